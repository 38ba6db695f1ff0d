/** Config file names tried in order when none is named (as the config loader does). */
export declare const DEFAULT_CONFIG_NAMES: readonly [".norecur.yml", ".norecur.yaml"];
/** Which files judge a run, on one side of a change; paths relative to the checked directory, forward slashes. */
export interface RuleFiles {
    /** Config files that would be read (or could be, when none is named). */
    configs: string[];
    /** Policy directories. */
    policyDirs: string[];
    /** The waivers file. */
    waivers: string;
}
/** What the command line says about rules, which holds on both sides of a change. */
export interface RuleOptions {
    /** Config file named on the command line; false for none. */
    config?: string | false;
    /** Extra policy directories from the command line, relative to the checked directory. */
    policyDirs?: readonly string[];
}
/**
 * The rule files a config text implies. Read leniently: the config on one side of a change may
 * be broken or from an older schema, and a listing of changes must still be produced.
 */
export declare function ruleFiles(configFile: string | undefined, configText: string | undefined, options: RuleOptions): RuleFiles;
/** Whether `file` is a policy file the loader would read from one of `dirs`. */
export declare function isPolicyFile(file: string, dirs: readonly string[]): boolean;
