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
  /** Runs of the floor (js-yaml 4) and norecur per corpus. */
  runs: number;
  /** Runs of js-yaml 5 and Spectral, when fewer (benches before had `runs` of every side, and the ratio of the medians). */
  peerRuns?: number;
  rows: Array<{
    corpus: string;
    files: number;
    floor4: Side;
    floor5: Side;
    norecur: Side;
    /** Absent when the peer tools were not installed for the run. */
    spectral?: Side;
    /** With `peerRuns`, `floor4` is the median of each round's ratio of norecur to the floor. */
    timeRatio: { floor4: number; floor5: number };
    /** The lowest and highest of the rounds' ratios behind `timeRatio.floor4` (benches before had none). */
    timeRatioRange?: { floor4: [number, number] };
    memoryRatio: { floor4: number };
  }>;
  /** `norecur check` of a few files from the CLI, against `node -e 0`. */
  /** `staged`: a `check --staged` run in a repository (the bench before it ran a plain `check` of the files). */
  precommit?: { files: number; runs: number; nodeMs: number; norecurMs: number; ratio: number; staged?: boolean; uncachedMs?: number };
  /** The same staged commit in a repository of `files` files, against a plain `check` of it. */
  largeStaged?: { files: number; staged: number; runs: number; stagedMs: number; checkMs: number; ratio: number };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
/** A ratio to two decimals, as the bench rounds them (3 is 3.00×, not 3×). */
const times = (ratio: number): string => `${ratio.toFixed(2)}×`;

/** The README's performance table, from the last `npm run bench` committed as bench/results.json. */
export function renderPerformanceSection(file: string = join(packageRoot(), "bench", "results.json")): string {
  if (!existsSync(file)) return `${PERFORMANCE_START}\n_No benchmark results committed yet: run \`npm run bench\`._\n${PERFORMANCE_END}`;
  const results = JSON.parse(readFileSync(file, "utf8")) as Results;
  const m = results.machine;
  const withSpectral = results.rows.some((r) => r.spectral !== undefined);
  const spectral = (r: Results["rows"][number], show: (side: Side) => string): string[] => (withSpectral ? [r.spectral ? show(r.spectral) : "—"] : []);
  const row = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  const lines = [
    PERFORMANCE_START,
    `Measured ${results.date} with \`${results.command}\` on ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}; whole processes, ${
      results.peerRuns === undefined
        ? `median of ${results.runs}.`
        : `interleaved: median of ${results.runs} runs of the floor and of norecur, whose × floor 4 is the median of each round's ratio${
            results.rows.some((r) => r.timeRatioRange !== undefined) ? " (in brackets the lowest and the highest of them: the machine is shared, and its speed drifts)" : ""
          }, and of ${results.peerRuns} of the others.`
    }`,
    `The floor reads every file and loads the YAML ones with js-yaml 4 (the fastest parse that reads what kubectl reads) and checks \`:latest\` in plain JavaScript; norecur runs every built-in policy${withSpectral ? "; Spectral 6 lints the YAML files with the one equivalent rule" : ""}.`,
    "",
    row(["corpus", "files", "floor (js-yaml 4)", "floor (js-yaml 5)", "norecur", ...(withSpectral ? ["Spectral"] : []), "× floor 4", "× floor 5", `peak MiB floor 4 / norecur${withSpectral ? " / Spectral" : ""}`, "findings"]),
    row(["---", "---:", "---:", "---:", "---:", ...(withSpectral ? ["---:"] : []), "---:", "---:", "---:", "---:"]),
    ...results.rows.map((r) =>
      row([
        r.corpus,
        r.files.toLocaleString("en-US"),
        seconds(r.floor4.ms),
        seconds(r.floor5.ms),
        seconds(r.norecur.ms),
        ...spectral(r, (side) => seconds(side.ms)),
        r.timeRatioRange === undefined ? times(r.timeRatio.floor4) : `${times(r.timeRatio.floor4)} (${r.timeRatioRange.floor4[0].toFixed(2)}–${r.timeRatioRange.floor4[1].toFixed(2)})`,
        times(r.timeRatio.floor5),
        `${r.floor4.peakMiB} / ${r.norecur.peakMiB}${withSpectral ? ` / ${r.spectral?.peakMiB ?? "—"}` : ""}`,
        r.norecur.found.toLocaleString("en-US"),
      ]),
    ),
    ...(results.precommit
      ? [
          "",
          `A pre-commit run (${results.precommit.staged ? `\`norecur check --staged\` of a commit changing ${results.precommit.files} manifests` : `\`norecur check\` of ${results.precommit.files} manifests`} from the CLI): ${results.precommit.norecurMs} ms, ${times(results.precommit.ratio)} \`node -e 0\` (${results.precommit.nodeMs} ms)${results.precommit.uncachedMs !== undefined ? `; ${results.precommit.uncachedMs} ms without the command line's code cache, as a machine's first run` : ""}, median of ${results.precommit.runs}.`,
        ]
      : []),
    ...(results.largeStaged
      ? [
          "",
          `The same commit of ${results.largeStaged.staged} manifests in a repository of ${results.largeStaged.files.toLocaleString("en-US")} files: \`check --staged\` ${seconds(results.largeStaged.stagedMs)}, a plain \`check\` of the repository ${seconds(results.largeStaged.checkMs)} (${times(results.largeStaged.ratio)}), median of ${results.largeStaged.runs}. A staged run checks the whole repository, so that cross-file policies see it all.`,
        ]
      : []),
    PERFORMANCE_END,
  ];
  return lines.join("\n");
}
