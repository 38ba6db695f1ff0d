import { resolve } from "node:path";
import type { FormatOverride } from "../discover/detect-format.js";
import type { Document, Severity } from "../types.js";
import { DEFAULT_IGNORE } from "./default-ignore.js";

/** `.norecur.yml`, validated. */
export interface Config {
  /** Extra policy directories, absolute. */
  policies: string[];
  /** Whether to load the built-in pack. */
  builtin: boolean;
  /** Policies switched off, with reasons. */
  disable: Array<{ id: string; reason: string }>;
  /** Param overrides by policy id. */
  params: Record<string, Record<string, unknown>>;
  /** Globs never scanned. */
  ignore: string[];
  /** Lowest failing severity, when set. */
  failOn?: Severity;
  /** Format overrides. */
  formats: FormatOverride[];
  /** Largest file read, in bytes, when set (`max-file-size`); larger files are skipped with the reason. */
  maxFileBytes?: number;
  /** Rules for governed exceptions. */
  waivers: WaiverRules;
  /** Where it came from, for positioned errors; absent when no config file was read. */
  source?: { display: string; document: Document };
}

/** The `waivers` section of the config, with defaults applied. */
export interface WaiverRules {
  /** Absolute path of the waivers file. */
  file: string;
  /** Whether the file was named in the config (then it must exist). */
  explicit: boolean;
  /** Furthest an expiry may lie from the run's date, in days. */
  maxHorizonDays: number;
  /** Active waivers expiring within this many days are `expiring`. */
  expiringWithinDays: number;
  /** Whether a waiver may have no path or subject scope. */
  allowGlobal: boolean;
  /** Policy ids no waiver may cover, besides those marked `waivable: false`. */
  nonWaivable: string[];
  /**
   * Where the config that names these waivers sits relative to the directory paths are
   * reported from (`config`), and that directory relative to the config's (`scanned`), when
   * they differ: the waivers' `paths` globs are written relative to the config.
   */
  pathBase?: { config: string; scanned: string };
}

/** Default waivers file, relative to the directory checked from. */
export const DEFAULT_WAIVERS_FILE = ".norecur/waivers.yml";

/** Waiver rules when the config says nothing; the file is resolved against `cwd`. */
export function defaultWaiverRules(cwd: string): WaiverRules {
  return { file: resolve(cwd, DEFAULT_WAIVERS_FILE), explicit: false, maxHorizonDays: 90, expiringWithinDays: 14, allowGlobal: false, nonWaivable: [] };
}

/** The configuration used when there is no config file. */
export function defaultConfig(cwd: string): Config {
  return { policies: [], builtin: true, disable: [], params: {}, ignore: [...DEFAULT_IGNORE], formats: [], waivers: defaultWaiverRules(cwd) };
}
