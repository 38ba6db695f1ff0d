/**
 * A recursive-descent reader for HCL2 native syntax, as Terraform writes it. It keeps what a
 * policy needs (bodies, blocks, attributes, literal values, and the exact span of everything)
 * and reads the rest of the expression language only far enough to know where each
 * expression ends, so that a non-literal value can be kept as its source text.
 */
/** A literal scalar: what a policy can compare directly. */
export interface LiteralExpression {
    kind: "literal";
    value: string | number | boolean | null;
    start: number;
    end: number;
}
/** `[a, b]`: a tuple constructor. */
export interface TupleExpression {
    kind: "tuple";
    items: Expression[];
    start: number;
    end: number;
}
/** One `key = value` of an object constructor; `key` is the source text when it is not literal. */
export interface ObjectItem {
    key: string;
    value: Expression;
}
/** `{ a = 1 }`: an object constructor. */
export interface ObjectExpression {
    kind: "object";
    items: ObjectItem[];
    start: number;
    end: number;
}
/** Anything else (references, calls, operators, templates with interpolation, for expressions). */
export interface OtherExpression {
    kind: "expression";
    start: number;
    end: number;
    /** For a function call: its name and arguments (`expanded` when the last is followed by `...`). */
    call?: {
        name: string;
        args: Expression[];
        expanded: boolean;
    };
}
/** An expression with its span; offsets index the text, the end is exclusive. */
export type Expression = LiteralExpression | TupleExpression | ObjectExpression | OtherExpression;
/** `name = value`; the span covers the whole attribute. */
export interface Attribute {
    kind: "attribute";
    name: string;
    value: Expression;
    start: number;
    end: number;
}
/** `type "label" { ... }`; the span runs from the type to the closing brace. */
export interface Block {
    kind: "block";
    type: string;
    labels: string[];
    body: BodyItem[];
    start: number;
    end: number;
}
/** An item of a body. */
export type BodyItem = Attribute | Block;
/** Why reading stopped, and where. */
export declare class HclSyntaxError extends Error {
    readonly offset: number;
    constructor(message: string, offset: number);
}
/** Reads a whole file body. Throws `HclSyntaxError` at the first problem. */
export declare function parseHclBody(text: string): BodyItem[];
