export declare const cidrContains: import("@bufbuild/cel").CelFunc;
export declare const cidrOverlaps: import("@bufbuild/cel").CelFunc;
export declare const isCidr: import("@bufbuild/cel").CelFunc;
export declare const isAllAddresses: import("@bufbuild/cel").CelFunc;
