/**
 * The directory holding norecur's package.json. The policies, schemas and version ship beside
 * the code, so they are found by walking up from this module: the same lookup works from
 * `src/` under the tests and from the bundled `dist/`.
 */
export declare function packageRoot(): string;
/** norecur's version, from its package.json. */
export declare function packageVersion(): string;
