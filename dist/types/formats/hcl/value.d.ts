import type { DocPath } from "../../types.js";
import type { BodyItem, Expression } from "./syntax.js";
/** The span of one value, with the spans of its members. Offsets index the (BOM-less) text. */
export interface Span {
    start: number;
    end: number;
    /** Members of an object value, by key. */
    keys?: Map<string, Span>;
    /** Elements of an array value. */
    items?: Span[];
}
/** A value and where it was written. */
export interface Located {
    value: unknown;
    span: Span;
}
/** The marker standing for an expression that is not a literal, e.g. `{ "$expr": "var.x" }`. */
export interface ExpressionMarker {
    $expr: string;
}
/**
 * A file body as Terraform's JSON syntax would spell it: labelled blocks nest by label
 * (`resource.aws_db_instance.main`), `locals` blocks merge into one object, and repeatable
 * blocks (nested blocks, `provider`, and unlabelled top-level blocks such as `moved`) become
 * arrays of objects, as in plan JSON. `spans` false builds the value alone (every span is
 * {@link NO_SPAN}): what a parse keeps, the spans being made again only to place a path.
 */
export declare function fileValue(items: readonly BodyItem[], text: string, spans?: boolean): Located;
/** Literal values as JSON values; anything else as an `{ "$expr": text }` marker. */
export declare function expressionValue(expression: Expression, text: string, spans?: boolean): Located;
/**
 * The arguments of `merge(...)` whose marker this is, when the call could not be merged from
 * literals alone (`merge(var.tags, { Name = "x" })`); undefined for any other expression.
 */
export declare function mergeArguments(marker: ExpressionMarker): readonly unknown[] | undefined;
/** The span at `path`, or that of its deepest existing ancestor. */
export declare function spanAt(root: Span, path: DocPath): Span;
/** Whether a value is, or holds at any depth, an expression marker. */
export declare function holdsExpression(value: unknown): boolean;
/** Whether a value is an expression marker, i.e. unknown until Terraform evaluates it. */
export declare function isExpressionMarker(value: unknown): value is ExpressionMarker;
