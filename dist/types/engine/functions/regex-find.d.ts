/** `s.regexFind(pattern)`: the first (leftmost) match of the pattern in the string, or `""`. */
export declare const regexFind: import("@bufbuild/cel").CelFunc;
