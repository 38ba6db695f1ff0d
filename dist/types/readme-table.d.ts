/** The README text with its built-in policy table regenerated (used by the build and its test). */
export declare function readmeWithPolicyTable(readme: string): string;
