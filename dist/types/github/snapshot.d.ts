import type { UnknownMarker } from "../adapters/normalized/unknown.js";
/** Where `norecur snapshot github` writes and the `github-settings` format is looked for. */
export declare const DEFAULT_GITHUB_SNAPSHOT = ".norecur/github-settings.json";
/**
 * The GitHub settings snapshot (`.norecur/github-settings.json`, format `github-settings`).
 * Field names are GitHub's own where GitHub has one. A value the token could not read is an
 * `{ "$unknown": reason }` marker, which a policy reports as unknown, never as a pass.
 */
export interface GitHubSettingsSnapshot {
    /** Shape version; bumped on a breaking change. */
    version: 1;
    /** Where the values came from: read live from the REST API. */
    source: "api";
    /** When the read finished (ISO 8601, UTC). */
    fetchedAt: string;
    /** The organization, when one was asked for. */
    organization?: OrganizationSettings;
    /** The repositories read, sorted by full name. */
    repositories: RepositorySettings[];
}
/** Organization-wide 2FA facts (incidents where a contractor account without 2FA was taken over). */
export interface OrganizationSettings {
    login: string;
    /** "Require two-factor authentication" in the organization's settings. */
    two_factor_requirement_enabled: boolean | UnknownMarker;
    /** Logins of members without 2FA (sorted); an empty list is the safe value. */
    members_without_2fa: string[] | UnknownMarker;
    /** Logins of outside collaborators without 2FA (sorted). */
    outside_collaborators_without_2fa: string[] | UnknownMarker;
}
/** One repository's protection and security settings. */
export interface RepositorySettings {
    full_name: string;
    default_branch: string;
    /** Classic branch protection of the default branch; null when the branch has no classic rule. */
    branch_protection: BranchProtection | null | UnknownMarker;
    /** Ruleset rules in force on the default branch (rulesets do not show in `branch_protection`). */
    branch_rules: BranchRules | UnknownMarker;
    /** Dependabot security updates: enabled and not paused. */
    dependabot_security_updates: boolean | UnknownMarker;
    /** Secret scanning (security_and_analysis.secret_scanning.status is "enabled"). */
    secret_scanning: boolean | UnknownMarker;
    /** Outside collaborators and their role, sorted by login (absent in snapshots older than this field). */
    outside_collaborators?: OutsideCollaborator[] | UnknownMarker;
    /** Deploy keys, sorted by id (absent in snapshots older than this field). */
    deploy_keys?: DeployKey[] | UnknownMarker;
}
/** A user outside the organization with access to a repository. */
export interface OutsideCollaborator {
    login: string;
    /** `admin`, `maintain`, `write`, `triage`, `read` or a custom role's name. */
    role_name: string;
}
/** A repository's deploy key, without the key itself. */
export interface DeployKey {
    id: number;
    title: string;
    /** False when the key may push. */
    read_only: boolean;
}
/** The parts of a branch protection rule the policies read. */
export interface BranchProtection {
    /** Approvals a pull request needs; 0 when reviews are not required. */
    required_approving_review_count: number;
    /** Whether administrators are held to the rule too. */
    enforce_admins: boolean;
}
/** The ruleset rules enforced on a branch, merged over every repository and organization ruleset. */
export interface BranchRules {
    /** Rule types in force, sorted: "pull_request", "deletion", "non_fast_forward", "required_status_checks", ... */
    rule_types: string[];
    /** The highest approval count any `pull_request` rule asks; 0 when none does. */
    required_approving_review_count: number;
}
/**
 * The snapshot as the file `norecur snapshot github` writes: pretty JSON, trailing newline. The
 * Action passes the same text as a virtual file, so findings point at the same lines either way.
 */
export declare function formatSnapshot(snapshot: GitHubSettingsSnapshot): string;
