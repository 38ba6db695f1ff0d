/**
 * The shared vocabulary of norecur. Every stage of the pipeline
 * (discover → parse → adapt → evaluate → waive → report) speaks these types.
 */
/** How serious a finding is, from least to most severe. */
export type Severity = "info" | "low" | "medium" | "high" | "critical";
/** Severities in ascending order; the index is the rank used for thresholds. */
export declare const SEVERITIES: readonly Severity[];
/** A span of source text. Lines and columns are 1-based; columns count UTF-16 code units; the end column is exclusive. */
export interface Range {
    /** First line of the span. */
    line: number;
    /** Column of the first character. */
    column: number;
    /** Last line of the span. */
    endLine: number;
    /** Column just after the last character. */
    endColumn: number;
}
/** One step into a document: an object key or an array index. */
export type PathSegment = string | number;
/** A location inside a document, from its root. */
export type DocPath = readonly PathSegment[];
/** A problem found while parsing a file, with where the parser stopped. */
export interface ParseError {
    /** The parser's own explanation. */
    message: string;
    /** Where the problem is. */
    range: Range;
}
/** One parsed document of a file (YAML files may hold several). */
export interface Document {
    /** Path of the file, relative to the scan root, with forward slashes. */
    file: string;
    /** Position of the document in its file, from 0. */
    index: number;
    /** The plain data: objects, arrays, strings, numbers, booleans, null. */
    value: unknown;
    /**
     * The source range of the value at `path`. When the path does not exist, the range of
     * its deepest existing ancestor. Computed lazily: files without findings never pay for it.
     */
    locate(path: DocPath): Range;
}
/** What a parser returns. Parsers never throw on bad input. */
export type ParseResult = {
    ok: true;
    documents: Document[];
} | {
    ok: false;
    errors: ParseError[];
};
/** A syntax parser: YAML, JSON, JSONC, JSON5, ... */
export interface Parser {
    /** Parser id, e.g. `yaml`. */
    id: string;
    /** Parses text; `path` is only used to label documents. */
    parse(text: string, path: string, options?: ParseOptions): ParseResult;
}
/** What a parser may know of how its documents are used. */
export interface ParseOptions {
    /**
     * The documents are judged and let go with the next few files (a batch of a format that
     * streams, docs/streaming.md), not kept to the end of the run: values repeated across files
     * need not be shared between them.
     */
    transient?: boolean;
}
/** A kind of configuration file, chosen per file by path patterns and content sniffing. */
export interface Format {
    /** Format id shown to users, e.g. `kubernetes`, `dependabot`, `yaml`. */
    id: string;
    /** Id of the parser that reads it. */
    parser: string;
    /** One line for `--help` and docs. */
    description: string;
    /** Glob patterns (relative to the scan root) that select this format. */
    paths: readonly string[];
    /** Globs that select this format only when `sniff` accepts the file's text. */
    sniffedPaths?: readonly string[];
    /** Content test for `sniffedPaths`. */
    sniff?: (text: string) => boolean;
    /**
     * Bytes at the start of a file the sniff is asked about first, when its yes for a start of a
     * text is a yes for the whole text (it looks for lines that exist): a file it takes is then
     * decoded only if it is parsed.
     */
    sniffPrefix?: number;
}
/** A file met during discovery, and what became of it. */
export interface FileRecord {
    /** Path relative to the scan root, forward slashes. */
    path: string;
    /** The format it was read as, when one was chosen. */
    format?: string;
    /** evaluated: parsed and offered to policies; skipped: not read (see reason); errored: could not be parsed or read. */
    status: "evaluated" | "skipped" | "errored";
    /** Why the file was skipped or errored. */
    reason?: string;
}
/** Something a policy can talk about: a document, a Kubernetes object, an element inside one, the repository. */
export interface Subject {
    /** Subject kind: `document`, `kubernetes-object`, `repository`, ... */
    kind: string;
    /** Stable, human-readable id, e.g. `Deployment/shop/wordpress` or `.github/dependabot.yml#0`. */
    id: string;
    /** File the subject comes from (the scan root `.` for the repository). */
    file: string;
    /** Format of that file. */
    format: string;
    /** The document holding the subject; absent for the repository subject. */
    document?: Document;
    /** Where the subject sits inside its document. */
    path: DocPath;
    /** The subject's data, as policies see it. */
    value: unknown;
    /** Facts about the subject that are not part of its data (e.g. a Terraform resource's type and address), as CEL `meta`. */
    meta?: Record<string, unknown>;
    /**
     * For normalized subjects, whose value gathers fields from one or more files: the source file,
     * range and document path of the value at a path of `value`. Findings use it instead of `document`.
     */
    trace?: (path: DocPath) => {
        file: string;
        range: Range;
        path: DocPath;
    };
}
/** Outcome of one check. */
export type FindingStatus = "fail" | "unknown" | "waived";
/** One result a user acts on. */
export interface Finding {
    /** Policy id, or `parse-error` for files that could not be read. */
    policyId: string;
    /** Severity of the policy. */
    severity: Severity;
    /** fail: the check failed; unknown: it could not be decided (a warning); waived: covered by an exception. */
    status: FindingStatus;
    /** What is wrong, specifically. */
    message: string;
    /** File, relative to the scan root (`.` for repository-level findings). */
    file: string;
    /** Where in the file; absent for repository-level findings. */
    range?: Range;
    /** Path of the offending value inside its document. */
    path?: DocPath;
    /** Id of the subject the finding is about. */
    subject: string;
    /** Incident ids from the catalogue that this policy applies the lesson of. */
    incidents: readonly string[];
    /** The exception that covers it, when status is `waived`. */
    waiver?: WaiverDetails;
}
/** Why a finding is waived, as shown next to it. */
export interface WaiverDetails {
    /** Who answers for the exception. */
    owner: string;
    /** Why it was granted. */
    reason: string;
    /** Last day it applies, `YYYY-MM-DD` (UTC). */
    expires: string;
    /** Whole days from the run's date to the expiry; 0 on the last day. */
    daysLeft: number;
    /** Where the waiver is written, `file:line`. */
    source: string;
    /** Ticket or link, when given. */
    ticket?: string;
}
/** One exception to a policy, from the waivers file or an inline comment. */
export interface Waiver {
    /** Id of the policy it waives. */
    policy: string;
    /** Globs of finding files it covers (relative to the scan root); absent: any file. */
    paths?: string[];
    /** Subject id or glob it covers; absent: any subject. */
    subject?: string;
    /** Why it was granted. */
    reason: string;
    /** Who answers for it. */
    owner: string;
    /** Last day it applies, `YYYY-MM-DD` (UTC). */
    expires: string;
    /** Ticket or link. */
    ticket?: string;
    /** Who approved it. */
    approvedBy?: string;
    /** `file` for the waivers file, `inline` for a comment in a scanned file. */
    origin: "file" | "inline";
    /** File that holds it, relative to the run's cwd. */
    file: string;
    /** Where it is written in that file. */
    range: Range;
    /** For an inline waiver: the line of its file whose findings it covers. */
    line?: number;
}
/** Lifecycle of a waiver on the run's date. */
export type WaiverState = "active" | "expiring" | "expired" | "stale";
/** A waiver with what became of it in a run, as listed by `norecur waivers` and the JSON result. */
export interface WaiverReport {
    /** The waiver. */
    waiver: Waiver;
    /** expired: past its date; stale: active but matched no finding; expiring: active, within the warning window; else active. */
    state: WaiverState;
    /** Whole days to the expiry (negative once expired). */
    daysLeft: number;
    /** Number of findings it waived. */
    matched: number;
    /** How many times its expiry has been moved later, when checked against a base revision. */
    extensions?: number;
}
/** How many subjects a policy looked at. */
export interface PolicyCoverage {
    /** Policy id. */
    policyId: string;
    /** Number of subjects the policy evaluated. */
    subjects: number;
}
/** Counts shown at the end of a run. */
export interface RunSummary {
    /** Files parsed and offered to policies. */
    evaluated: number;
    /** Files not read, each with a reason. */
    skipped: number;
    /** Files that could not be parsed or read. */
    errored: number;
    /** Findings with status fail, by severity. */
    failures: Record<Severity, number>;
    /** Findings with status unknown. */
    unknown: number;
    /** Findings with status waived. */
    waived: number;
    /** Ids of active policies that matched no subject. */
    unmatchedPolicies: string[];
}
/** Everything a run produced, in a deterministic order. */
export interface RunResult {
    /** Version of this result's JSON shape. */
    version: 1;
    /**
     * The directory paths are reported from, relative to the repository root (the git work tree
     * holding it), when the run was not started at the root: SARIF URIs are prefixed with it.
     */
    repositoryPath?: string;
    /** The config file the run used, relative to the directory paths are reported from; absent when none was read. */
    config?: string;
    /** Lowest severity that fails the run. */
    failOn: Severity;
    /** Every file met, and what became of it, sorted by path. */
    files: FileRecord[];
    /** Findings sorted by file, line, column, policy id. */
    findings: Finding[];
    /** Per-policy subject counts, sorted by policy id. */
    coverage: PolicyCoverage[];
    /** Every waiver met and its state, sorted by file and line. */
    waivers: WaiverReport[];
    /** Totals. */
    summary: RunSummary;
    /**
     * The policies that judged this result (in a pull request, the base revision's): reporters
     * take rules, severities and help from here, never from disk. Not part of the JSON output.
     */
    policies?: readonly Policy[];
}
/** Raw subject kinds (a document, an object or resource in one) and normalized ones (one control across products). */
export declare const SUBJECT_KINDS: readonly ["document", "kubernetes-object", "repository", "terraform-resource", "page-cache", "update-policy", "identity-policy", "egress-policy", "response-headers"];
/** A subject kind a policy can target. */
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
/** What a policy looks at. */
export interface Target {
    /** Subject kind. */
    kind: SubjectKind;
    /** Only files read as these formats. */
    formats?: string[];
    /** Only files whose path matches one of these globs. */
    paths?: string[];
    /** CEL filter over `subject`. */
    where?: string;
    /** Wildcard paths; each match becomes its own subject. */
    select?: string[];
}
/** One check of a policy. Exactly one of `cel` and `schema` is set. */
export interface Assertion {
    /** CEL expression that must be true. */
    cel?: string;
    /** JSON Schema the subject (or item) must satisfy. */
    schema?: Record<string, unknown>;
    /** CEL guard: the assertion only applies where it is true. */
    when?: string;
    /** Wildcard path under the subject; the assertion runs per match, bound to `item`. */
    each?: string;
    /** Where a failing CEL assertion points, relative to the item or subject. */
    path?: string;
    /** Finding text, with `{{ expr }}` CEL templates. */
    message?: string;
}
/** A policy parameter and its default. */
export interface ParamSpec {
    /** What the parameter controls. */
    description: string;
    /** Value used unless the config overrides it. */
    default: unknown;
    /** JSON Schema type(s) of its values; inferred from the default's JSON type when absent. */
    type?: string | string[];
    /** JSON Schema of the elements of a list param. */
    items?: Record<string, unknown>;
    /** The only values allowed. */
    enum?: unknown[];
}
/** A fixture case run by `norecur test`. */
export interface PolicyTest {
    /** What the case shows. */
    name: string;
    /** Directory scanned, relative to the policy file. */
    root: string;
    /** Expected findings: `[ID ]file:line:col[ unknown]`, or `.` for the repository. */
    expect: string[];
}
/** A loaded, validated policy. */
export interface Policy {
    /** Stable id, e.g. `NR-UPD-001`. */
    id: string;
    /** One-line statement of the rule. */
    title: string;
    /** Severity of its findings. */
    severity: Severity;
    /** Why it matters. */
    description: string;
    /** Incidents whose lesson it applies. */
    incidents: Array<{
        id: string;
        lesson: string;
    }>;
    /** Control frameworks it maps to. */
    controls: Array<{
        framework: string;
        id: string;
        title?: string;
    }>;
    /** What it looks at. */
    target: Target;
    /** Other subjects of the run it reads, as `related`. */
    related?: Target;
    /** Parameters with defaults. */
    params: Record<string, ParamSpec>;
    /** Named CEL expressions, usable as `vars.NAME` in every expression and message of the policy. */
    variables?: Record<string, string>;
    /** Its checks. */
    assert: Assertion[];
    /** How to fix a finding. */
    remediation: {
        summary: string;
        before?: string;
        after?: string;
    };
    /** Further reading. */
    references: string[];
    /** Fixture cases. */
    tests: PolicyTest[];
    /** False when no exception may ever be granted for it (default true). */
    waivable?: boolean;
    /** Absolute path of the policy file. */
    file: string;
    /** Whether it ships with norecur. */
    builtin: boolean;
}
