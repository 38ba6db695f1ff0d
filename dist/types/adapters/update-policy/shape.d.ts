import type { UnknownMarker } from "../normalized/unknown.js";
import { isRecord } from "../../plain-data.js";
export { isRecord };
/** What a subject is about. */
export type ComponentType = "wordpress-core" | "wordpress-plugin" | "container-image" | "os-packages" | "update-bot" | "dependencies";
/** A yes/no that may not be known statically. */
export type Flag = boolean | UnknownMarker;
/**
 * A setting that switches some updates on or off. `covers` says which: `all` (every update of
 * the component, security fixes included), `security` (security fixes only) or `version`
 * (version updates only: security fixes still arrive, e.g. Dependabot's
 * `open-pull-requests-limit: 0`).
 */
export interface UpdateSwitch {
    /** The setting as the product names it, e.g. `AUTOMATIC_UPDATER_DISABLED`. */
    setting: string;
    /** Which updates it governs. */
    covers: "all" | "security" | "version";
    /** Whether those updates stay on. */
    enabled: Flag;
}
/** A rule under which updates are applied with no human review (Renovate automerge, WordPress major core updates). */
export interface AutomergeRule {
    /** The setting that turns it on. */
    setting: string;
    /** Update types it applies to: `major`, `minor`, `patch`, `pin`, `digest`, ... or `all`; a marker when computed. */
    updateTypes: string[] | UnknownMarker;
    /** Days a release must have been public before it is merged; absent where the product has no such option. */
    minimumReleaseAgeDays?: number | UnknownMarker;
}
/** A container image reference. */
export interface ImageReference {
    /** The reference as the runtime sees it, e.g. `wordpress:6.6`, `nginx@sha256:...`. */
    reference: string | UnknownMarker;
    /** Where it is used: `kubernetes`, `compose` or `dockerfile`. */
    context: "kubernetes" | "compose" | "dockerfile";
    /** A build tool of the repository that replaces the reference with what it builds. */
    builtBy?: "skaffold" | "ko" | "bake";
}
/** An update bot configuration and what it keeps up to date. */
export interface UpdateBot {
    /** `dependabot` or `renovate`. */
    name: "dependabot" | "renovate";
    /** Whether the bot runs at all (Renovate `enabled`). */
    enabled: Flag;
    /** Dependabot: one entry per `updates[]` item, directories normalised to `/path` form. */
    ecosystems?: Array<{
        ecosystem: string;
        directories: string[];
    }>;
    /** Renovate: managers explicitly enabled (`enabledManagers`; null: all), and those switched off. */
    managers?: {
        enabled: string[] | null;
        disabled: string[];
    };
    /** Renovate `ignorePaths` globs written in the file. */
    ignorePaths?: string[];
}
/** A dependency manifest found in the repository, with the bot settings that would cover it. */
export interface Manifest {
    /** Ecosystem in words: `npm`, `composer`, `python`, `go`, `ruby`, `docker`, `github-actions`, `terraform`. */
    ecosystem: string;
    /** Directory, relative to the scan root, in Dependabot's `/path` form. */
    directory: string;
    /** Dependabot `package-ecosystem` values that cover it. */
    dependabot: string[];
    /** Renovate managers that cover it. */
    renovate: string[];
    /** The manifest's path relative to the scan root (Renovate `ignorePaths` match it). */
    path: string;
}
/** The normalized `update-policy` value. Fields a product has nothing to say about are absent. */
export interface UpdatePolicyValue {
    /** The scan root the files belong to. */
    root: string;
    /** What is being kept up to date. */
    component: {
        type: ComponentType;
        name: string;
    };
    /** Updates applied automatically, with no review. */
    autoUpdate?: {
        enabled: Flag;
        setting: string;
    };
    /** Settings that switch updates on or off. */
    switches?: UpdateSwitch[];
    /** Rules that merge updates with no review. */
    automerge?: AutomergeRule[];
    /** The image, for `container-image`. */
    image?: ImageReference;
    /** The bot, for `update-bot`. */
    bot?: UpdateBot;
    /** The manifest, for `dependencies`. */
    manifest?: Manifest;
}
/** The scan root a file belongs to: the longest root that contains it. */
export declare function rootOf(file: string, roots: readonly string[]): string;
/** A file's path relative to its root. */
export declare function relativeTo(root: string, file: string): string;
