import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/**
 * unattended-upgrades on Debian and Ubuntu, one subject per APT configuration directory.
 * `APT::Periodic::Unattended-Upgrade "0"` (or `APT::Periodic::Enable "0"`) stops every run;
 * `Allowed-Origins` / `Origins-Pattern` without a security origin let security fixes wait. List
 * items add up across files (a `#clear` drops those read before); single values take the last file's.
 */
export declare function unattendedUpgradeSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[];
