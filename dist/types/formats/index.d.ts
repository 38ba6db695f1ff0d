import type { Parser } from "../types.js";
/** Every syntax parser, by id. A literal list, so what ships is what is read here. */
export declare const parsers: Readonly<Record<string, Parser>>;
/** The parser with this id, or undefined for an unknown id (including `constructor` and the like). */
export declare function getParser(id: string): Parser | undefined;
