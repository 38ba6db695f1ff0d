import type { parse } from "@bufbuild/cel";
import type { FieldSchema } from "../../adapters/normalized/schemas/field-schema.js";
/** What each variable of an expression holds; a variable mapped to `undefined` holds data nothing is known of. */
export type VariableSchemas = Readonly<Record<string, FieldSchema | undefined>>;
/** A field an expression reads that cannot exist, with its offset in the expression (0-based). */
export interface BadReference {
    /** `subject.gaps[*].kindd: there is no field ...`. */
    message: string;
    /** Offset of the reference in the expression, when known. */
    offset?: number;
}
/**
 * The first field reference of a CEL expression that the schemas say cannot exist:
 * `subject.secondFactr`, `item.kindd` under an `each`, `params.formPath`, or a field of a
 * comprehension variable (`subject.gaps.exists(g, g.kindd == 'x')`). Expressions that do not parse
 * are left to the compiler, which reports them with their own message.
 */
export declare function findBadReference(source: string | ReturnType<typeof parse>, variables: VariableSchemas): BadReference | undefined;
