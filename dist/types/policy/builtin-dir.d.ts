/** The built-in policy pack, shipped as YAML beside the code. */
export declare function builtinPolicyDir(): string;
