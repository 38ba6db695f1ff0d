/** Opts out: `NORECUR_COMPILE_CACHE=0`. */
export declare const COMPILE_CACHE_SWITCH = "NORECUR_COMPILE_CACHE";
/** Runs the CommonJS file `file` as Node would load it, with its code cache when one is usable. */
export declare function runWithCompileCache(file: string, env?: NodeJS.ProcessEnv): void;
