import { type UnknownMarker } from "../normalized/unknown.js";
import { isRecord } from "../../plain-data.js";
export { isRecord };
/** A member of an object, or undefined. */
export declare const member: (value: unknown, key: string) => unknown;
/**
 * A nested Terraform block: HCL blocks arrive as arrays of objects (`users { ... }`), the
 * attribute syntax of newer providers as one object (`okta_otp = { ... }`). Returns the object
 * and the path step that reaches it.
 */
export declare function block(parent: unknown, key: string): {
    value: Record<string, unknown>;
    path: Array<string | number>;
} | undefined;
/** Terraform and JSON booleans, including the strings Terraform coerces (`"true"`). */
export declare function bool(value: unknown): boolean | undefined;
/** A string value, or undefined. */
export declare const text: (value: unknown) => string | undefined;
/** The marker when `value` is one. */
export declare const marker: (value: unknown) => UnknownMarker | undefined;
/** A short literal rendering of a value for messages and settings (`"OPTIONAL"`, `false`, `var.x`). */
export declare function shown(value: unknown): string;
