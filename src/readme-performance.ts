import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "./package-root.js";

export const PERFORMANCE_START = "<!-- performance:start (generated from bench/results.json by npm run build) -->";
export const PERFORMANCE_END = "<!-- performance:end -->";

interface Side {
  ms: number;
  peakMiB: number;
  found: number;
}

interface Results {
  command: string;
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number; os: string; node: string };
  runs: number;
  rows: Array<{ corpus: string; files: number; floor4: Side; floor5: Side; norecur: Side; timeRatio: { floor4: number; floor5: number }; memoryRatio: { floor4: number } }>;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** The README's performance table, from the last `npm run bench` committed as bench/results.json. */
export function renderPerformanceSection(): string {
  const file = join(packageRoot(), "bench", "results.json");
  if (!existsSync(file)) return `${PERFORMANCE_START}\n_No benchmark results committed yet: run \`npm run bench\`._\n${PERFORMANCE_END}`;
  const results = JSON.parse(readFileSync(file, "utf8")) as Results;
  const m = results.machine;
  const lines = [
    PERFORMANCE_START,
    `Measured ${results.date} with \`${results.command}\` on ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}; whole processes, median of ${results.runs}.`,
    "The floor reads every file and loads the YAML ones with js-yaml 4 (the fastest parse that reads what kubectl reads) and checks `:latest` in plain JavaScript; norecur runs every built-in policy.",
    "",
    "| corpus | files | floor (js-yaml 4) | floor (js-yaml 5) | norecur | × floor 4 | × floor 5 | peak MiB floor 4 / norecur | findings |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.rows.map(
      (r) =>
        `| ${r.corpus} | ${r.files.toLocaleString("en-US")} | ${seconds(r.floor4.ms)} | ${seconds(r.floor5.ms)} | ${seconds(r.norecur.ms)} | ${r.timeRatio.floor4}× | ${r.timeRatio.floor5}× | ${r.floor4.peakMiB} / ${r.norecur.peakMiB} | ${r.norecur.found.toLocaleString("en-US")} |`,
    ),
    PERFORMANCE_END,
  ];
  return lines.join("\n");
}
