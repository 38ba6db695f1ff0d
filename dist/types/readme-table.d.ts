/** The README text with its generated tables (built-in policies, formats, Action inputs and outputs, performance) regenerated; used by the build and its test. */
export declare function readmeWithGeneratedTables(readme: string): string;
