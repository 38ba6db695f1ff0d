import { parse } from "@bufbuild/cel";
import { ParsedExprSchema } from "@bufbuild/cel-spec/cel/expr/syntax_pb.js";
import { fromBinary, toBinary } from "@bufbuild/protobuf";

/** A parsed CEL expression, as `parse()` gives it. */
export type ParsedCel = ReturnType<typeof parse>;

/**
 * Expressions of the built-in pack parsed at build time (source → binary `ParsedExpr`, base64).
 * Parsing is most of compiling a policy: the pack's 300-odd expressions take about 170 ms to
 * parse in a cold process and under 30 ms to decode, so a pre-commit run of a few files
 * decodes the expressions it needs instead of parsing them. Keyed by the source text itself, so
 * an entry can only ever stand for the expression it was parsed from.
 */
const preparsed = new Map<string, string>();

/** While set, every expression parsed is recorded here (the build collects the pack's this way). */
let recording: Map<string, string> | undefined;

/** Makes pre-parsed expressions available to {@link parseCel}. */
export function addPreparsed(entries: Readonly<Record<string, string>>): void {
  for (const [source, packed] of Object.entries(entries)) if (typeof packed === "string") preparsed.set(source, packed);
}

/**
 * Parses a CEL expression, or decodes it when the build parsed it already.
 * @throws Error with the parser's message for a syntax error, as `parse()` does.
 */
export function parseCel(source: string): ParsedCel {
  const packed = preparsed.get(source);
  const decoded = packed === undefined ? undefined : decode(packed);
  if (packed !== undefined && decoded === undefined) preparsed.delete(source);
  const parsed = decoded ?? parse(source);
  // Encoded now: the compiler rewrites parts of the tree afterwards (guard calls).
  if (recording !== undefined && !recording.has(source)) recording.set(source, encode(parsed));
  return parsed;
}

/** Runs `work` and returns, beside its result, every expression it parsed, encoded for {@link addPreparsed}. */
export function recordParses<T>(work: () => T): { result: T; parsed: Record<string, string> } {
  const previous = recording;
  const seen = new Map<string, string>();
  recording = seen;
  try {
    const result = work();
    const parsed: Record<string, string> = {};
    for (const source of [...seen.keys()].sort()) parsed[source] = seen.get(source) as string;
    return { result, parsed };
  } finally {
    recording = previous;
  }
}

function encode(parsed: ParsedCel): string {
  return Buffer.from(toBinary(ParsedExprSchema, parsed)).toString("base64");
}

function decode(packed: string): ParsedCel | undefined {
  try {
    const decoded = fromBinary(ParsedExprSchema, Buffer.from(packed, "base64"));
    return decoded.expr === undefined ? undefined : (decoded as ParsedCel);
  } catch {
    // A damaged entry: parse the source instead.
    return undefined;
  }
}
