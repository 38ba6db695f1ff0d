import { plainText } from "../../plain-data.js";
import { posix } from "node:path";
import type { DocPath, Document, Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import { SourceMap } from "../normalized/source-map.js";
import { normalizedSubject } from "../normalized/subject.js";
import type { UpdatePolicyValue, UpdateSwitch } from "./shape.js";
import { isRecord, rootOf } from "./shape.js";

/** A value found under an apt name, with the path its parser gave it (names keep their first spelling). */
interface Found {
  value: unknown;
  path: DocPath;
}

/** The value at `A::B::C` in an apt-conf tree; apt compares names case-insensitively. */
function lookup(config: unknown, name: string): Found | undefined {
  let node = config;
  const path: Array<string | number> = ["config"];
  for (const part of name.split("::")) {
    if (!isRecord(node)) return undefined;
    const key = Object.keys(node).find((k) => k.toLowerCase() === part.toLowerCase());
    if (key === undefined) return undefined;
    path.push(key);
    node = node[key];
  }
  return { value: node, path };
}

/** A list's items: `{ "a"; "b"; }`, or `#items` beside a value of the same name. */
function items(found: Found): string[] {
  if (Array.isArray(found.value)) return found.value.map(String);
  if (isRecord(found.value) && Array.isArray(found.value["#items"])) return found.value["#items"].map(String);
  return typeof found.value === "string" && found.value !== "" ? [found.value] : [];
}

/** An origin pattern or `origin:archive` pair for a security pocket (`-security`, `label=Debian-Security`, ESM `-apps-security`). */
const SECURITY_ORIGIN = /security/i;
const ORIGIN_LISTS = ["Unattended-Upgrade::Allowed-Origins", "Unattended-Upgrade::Origins-Pattern"];

/** apt reads `apt.conf.d/*` in name order, then `apt.conf`; `etc/apt` is the unit a host reads. */
function aptDirectory(file: string): string {
  const dir = posix.dirname(file);
  return posix.basename(dir) === "apt.conf.d" ? posix.dirname(dir) : dir;
}

/**
 * unattended-upgrades on Debian and Ubuntu, one subject per APT configuration directory.
 * `APT::Periodic::Unattended-Upgrade "0"` (or `APT::Periodic::Enable "0"`) stops every run;
 * `Allowed-Origins` / `Origins-Pattern` without a security origin let security fixes wait. List
 * items add up across files (a `#clear` drops those read before); single values take the last file's.
 */
export function unattendedUpgradeSubjects(documents: readonly ParsedDocument[], roots: readonly string[]): Subject[] {
  const byDirectory = new Map<string, Document[]>();
  for (const { document, format } of documents) {
    if (format !== "apt-conf" || !isRecord(document.value)) continue;
    const dir = aptDirectory(document.file);
    byDirectory.set(dir, [...(byDirectory.get(dir) ?? []), document]);
  }
  const subjects: Subject[] = [];
  for (const [dir, files] of byDirectory) {
    const ordered = [...files].sort((a, b) => order(a.file) - order(b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const first = ordered[0];
    if (first === undefined) continue;
    const sources = new SourceMap({ document: first, path: [] });
    const last = new Map<string, { document: Document; found: Found }>();
    const origins: Array<{ list: string; text: string }> = [];
    let originsSetIn: { document: Document; path: DocPath } | undefined;
    for (const document of ordered) {
      const tree = document.value as { config: unknown; clears?: unknown };
      const clears = Array.isArray(tree.clears) ? tree.clears.map((c) => plainText(c).toLowerCase()) : [];
      for (const name of ["APT::Periodic::Unattended-Upgrade", "APT::Periodic::Enable"]) {
        const found = lookup(tree.config, name);
        if (found !== undefined && typeof found.value === "string") last.set(name, { document, found });
      }
      for (const name of ORIGIN_LISTS) {
        if (clears.includes(name.toLowerCase())) origins.splice(0, origins.length, ...origins.filter((o) => o.list !== name));
        const found = lookup(tree.config, name);
        if (found === undefined) continue;
        originsSetIn = { document, path: found.path }; // the last file to set a list has the last word
        for (const text of items(found)) origins.push({ list: name, text });
      }
    }
    const switches: UpdateSwitch[] = [];
    for (const [name, { document, found }] of last) {
      sources.add(["switches", switches.length], { document, path: found.path });
      switches.push({ setting: name, covers: "all", enabled: !/^\s*0*\s*$/.test(plainText(found.value)) });
    }
    if (originsSetIn !== undefined) {
      sources.add(["switches", switches.length], originsSetIn);
      switches.push({ setting: "Unattended-Upgrade::Allowed-Origins / Origins-Pattern (no security origin)", covers: "security", enabled: origins.some((o) => SECURITY_ORIGIN.test(o.text)) });
    }
    const value: UpdatePolicyValue = { root: rootOf(first.file, roots), component: { type: "os-packages", name: "unattended-upgrades" }, switches };
    subjects.push(
      normalizedSubject({ kind: "update-policy", id: `unattended-upgrades:${dir}`, product: "unattended-upgrades", format: "apt-conf", value: value as unknown as Record<string, unknown>, sources }),
    );
  }
  return subjects;
}

/** `apt.conf.d/*` before `apt.conf`. */
function order(file: string): number {
  return posix.basename(posix.dirname(file)) === "apt.conf.d" ? 0 : 1;
}
