import { isUnknown, type UnknownMarker } from "../normalized/unknown.js";
import { isRecord } from "../../plain-data.js";

export { isRecord };

/** A member of an object, or undefined. */
export const member = (value: unknown, key: string): unknown => (isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined);

/**
 * A nested Terraform block: HCL blocks arrive as arrays of objects (`users { ... }`), the
 * attribute syntax of newer providers as one object (`okta_otp = { ... }`). Returns the object
 * and the path step that reaches it.
 */
export function block(parent: unknown, key: string): { value: Record<string, unknown>; path: Array<string | number> } | undefined {
  const raw = member(parent, key);
  if (isRecord(raw) && !isUnknown(raw)) return { value: raw, path: [key] };
  if (Array.isArray(raw) && isRecord(raw[0])) return { value: raw[0], path: [key, 0] };
  return undefined;
}

/** Terraform and JSON booleans, including the strings Terraform coerces (`"true"`). */
export function bool(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  return undefined;
}

/** A string value, or undefined. */
export const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** The marker when `value` is one. */
export const marker = (value: unknown): UnknownMarker | undefined => (isUnknown(value) ? value : undefined);

/** A short literal rendering of a value for messages and settings (`"OPTIONAL"`, `false`, `var.x`). */
export function shown(value: unknown): string {
  if (isUnknown(value)) return "$expr" in value ? value.$expr : "unknown";
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "unset";
  return JSON.stringify(value) ?? String(value);
}
