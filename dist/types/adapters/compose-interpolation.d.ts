import type { ParsedDocument } from "./adapter.js";
/**
 * Compose's variable interpolation (`docker compose config`), for the values a repository
 * holds: `.env` beside the Compose file, and the defaults written inline. `$$` is a dollar sign;
 * `$VAR` and `${VAR}` take the variable's value; `${VAR:-default}` / `${VAR-default}` fall
 * back to the default when the variable is unset or empty / unset; `${VAR:+alt}` /
 * `${VAR+alt}` give `alt` when it is set (and not empty); `${VAR:?msg}` / `${VAR?msg}` require
 * it. The shell's environment may still override `.env` at `docker compose up`, as tfvars
 * override a Terraform default; these are the values the repository itself declares.
 *
 * Returns undefined when a variable the text needs is in neither place: it depends on an
 * environment the repository does not show.
 */
export declare function interpolate(text: string, variables: Readonly<Record<string, string>>): string | undefined;
/**
 * The variables of the `.env` file in each directory that has one (`docker compose` reads the
 * one beside the Compose file), by directory.
 */
export declare function dotenvByDirectory(documents: readonly ParsedDocument[]): Map<string, Record<string, string>>;
