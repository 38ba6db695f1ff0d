export declare const domainMatches: import("@bufbuild/cel").CelFunc;
/** `domainMatchesAny(host, patterns)`: whether at least one pattern of the list admits the host. */
export declare const domainMatchesAny: import("@bufbuild/cel").CelFunc;
export declare const wildcardCovers: import("@bufbuild/cel").CelFunc;
