export declare const domainMatches: import("@bufbuild/cel").CelFunc;
/** `domainMatchesAny(host, patterns)`, its list of patterns checked to hold strings only. */
export declare const domainMatchesAny: import("@bufbuild/cel").CelFunc;
export declare const wildcardCovers: import("@bufbuild/cel").CelFunc;
