import type { Settings } from "../settings.js";
/**
 * The Action's inputs as one typed object. Defaults are repeated here (a test checks they equal
 * action.yml's) because a runner fills them in but a process started with only some `INPUT_*`
 * variables, as in tests or other CI systems, does not.
 */
export declare const INPUT_DEFAULTS: {
    readonly paths: ".";
    readonly config: "";
    readonly policies: "";
    readonly builtin: "true";
    readonly "fail-on": "";
    readonly "fail-on-new-only": "false";
    readonly "allow-empty": "false";
    readonly diff: "auto";
    readonly base: "";
    readonly "rules-from": "base";
    readonly annotations: "true";
    readonly "job-summary": "true";
    readonly "pr-comment": "true";
    readonly sarif: "norecur.sarif";
    readonly "result-json": "";
    readonly "github-settings": "false";
    readonly "github-org": "";
    readonly token: "${{ github.token }}";
};
/** Name of an input of action.yml. */
export type InputName = keyof typeof INPUT_DEFAULTS;
/** What the Action was asked to do. */
export interface ActionSettings {
    /** The run itself, as the CLI would build it. */
    check: Settings;
    /** Fail only on findings the pull request introduces. */
    failOnNewOnly: boolean;
    /** Succeed when nothing was checked. */
    allowEmpty: boolean;
    /** Compare with a base revision: `auto` (in pull requests) or `off`. */
    diff: "auto" | "off";
    /** Explicit base revision, else the pull request's base. */
    base?: string;
    /** Where policies, config and waivers come from in a pull request. */
    rulesFrom: "base" | "head";
    /** Emit annotations. */
    annotations: boolean;
    /** Write the job summary. */
    jobSummary: boolean;
    /** Maintain the pull-request comment. */
    prComment: boolean;
    /** SARIF output path, relative to the workspace. */
    sarif?: string;
    /** JSON result output path, relative to the workspace. */
    resultJson?: string;
    /** Read GitHub organisation and repository settings. */
    githubSettings: boolean;
    /** Organisation to read. */
    githubOrg?: string;
    /** API token (never printed). */
    token?: string;
}
/** Reads one input's raw text; undefined when it is not set at all (then its default applies). */
export type InputReader = (name: InputName) => string | undefined;
/** Builds the Action's settings from its inputs. @throws NorecurError (usage) naming the input. */
export declare function actionSettings(read: InputReader, cwd: string): ActionSettings;
