import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { it } from "vitest";
import { blockDocumentValues } from "../src/formats/yaml-values.js";
import { blockTrees } from "../src/formats/yaml-block-tree.js";
it("why", () => {
  const files = execSync(`find ${process.env.DIR} -name '*.yaml' -o -name '*.yml'`, { maxBuffer: 1 << 28 }).toString().trim().split("\n");
  const counts = new Map<string, [number, number]>(); let total = 0, totalBytes = 0;
  for (const f of files) {
    const t = readFileSync(f, "utf8");
    if (t.includes("{{")) continue;
    if (blockDocumentValues(t) !== undefined) continue;
    total++; totalBytes += t.length;
    let bad: string;
    if (blockTrees(t) !== undefined) bad = "(values gave up)";
    else if (/\t/.test(t)) bad = "(tab)"; else if (/\r/.test(t)) bad = "(cr)";
    else {
      const lines = t.split("\n"); let ok = 0;
      for (let n = 1; n <= lines.length; n++) { const prefix = lines.slice(0, n).join("\n") + "\n"; if (blockTrees(prefix) !== undefined || !/^\s*[^\s#]/m.test(prefix.replace(/^---.*$/gm, ""))) ok = n; else if (n - ok > 40) break; }
      bad = (lines[ok] ?? "").trim().replace(/[a-z0-9_]+/gi, "w").replace(/(w[ .,]*){3,}/g, "w..").slice(0, 24);
      if (process.env.SHOWLINE === bad) console.log("AT", f, ok, JSON.stringify(lines.slice(Math.max(0, ok - 2), ok + 2)));
    }
    const a = counts.get(bad) ?? [0, 0]; a[0]++; a[1] += t.length; counts.set(bad, a);
  }
  console.log("refused", total, totalBytes, [...counts].sort((a, b) => b[1][1] - a[1][1]).slice(0, 25));
}, 600000);
