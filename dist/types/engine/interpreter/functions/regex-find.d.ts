/** `s.regexFind(pattern)` (../../functions/regex.ts). */
export declare const regexFind: import("@bufbuild/cel").CelFunc;
