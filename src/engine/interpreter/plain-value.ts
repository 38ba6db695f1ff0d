import { isCelList, isCelMap } from "@bufbuild/cel";
import { isReflectMessage } from "@bufbuild/protobuf/reflect";
import { timestampDate, type Timestamp } from "@bufbuild/protobuf/wkt";

/**
 * Most values a message shows of a list or map. A template such as `{{ subject }}` may meet a
 * YAML alias bomb (ten levels of ten aliases is 10^10 values): past the bound, `"…"`.
 */
const MAX_SHOWN_VALUES = 1_000;

/** A CEL result (list, map, int, timestamp) as a plain JSON-able value, for a message. */
export function plainValue(value: unknown, budget = { left: MAX_SHOWN_VALUES }): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value === null || value === undefined) return null;
  if ((isCelList(value) || isCelMap(value)) && --budget.left < 0) return "…";
  if (isCelList(value)) return [...value].map((item) => plainValue(item, budget));
  if (isCelMap(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of value) {
      if (budget.left < 0) break;
      Object.defineProperty(out, String(k), { value: plainValue(v, budget), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (isReflectMessage(value) && value.desc.typeName === "google.protobuf.Timestamp") {
    return timestampDate(value.message as Timestamp).toISOString();
  }
  if (typeof value === "object") return "[value]";
  return value;
}
