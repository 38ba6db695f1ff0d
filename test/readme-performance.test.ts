import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPerformanceSection } from "../src/readme-performance.js";
import { makeTree } from "./helpers/tree.js";

const side = (ms: number, peakMiB: number, found: number) => ({ ms, peakMiB, found });
const row = (spectral?: ReturnType<typeof side>) => ({
  corpus: "kubernetes-1000",
  files: 1000,
  floor4: side(120, 50, 100),
  floor5: side(190, 66, 100),
  norecur: side(400, 100, 100),
  ...(spectral ? { spectral } : {}),
  timeRatio: { floor4: 3.33, floor5: 2.11 },
  memoryRatio: { floor4: 2 },
});

function results(rows: unknown[], precommit?: object, largeStaged?: object, runs: object = { runs: 3 }): string {
  const file = join(makeTree({}), "results.json");
  const machine = { cpu: "CPU", cores: 2, memoryGiB: 8, os: "linux", node: "v20" };
  writeFileSync(file, JSON.stringify({ command: "node bench/kubernetes.mjs 1000", date: "2026-12-04", machine, ...runs, rows, ...(precommit ? { precommit } : {}), ...(largeStaged ? { largeStaged } : {}) }));
  return file;
}

describe("the README's performance section", () => {
  it("shows the two floors and norecur, with ratios, when no peer tool was measured", () => {
    const section = renderPerformanceSection(results([row()]));
    expect(section).toContain("| corpus | files | floor (js-yaml 4) | floor (js-yaml 5) | norecur | × floor 4 | × floor 5 | peak MiB floor 4 / norecur | findings |");
    expect(section).toContain("| kubernetes-1000 | 1,000 | 0.12 s | 0.19 s | 0.40 s | 3.33× | 2.11× | 50 / 100 | 100 |");
    expect(section).not.toContain("Spectral");
  });

  it("says how many runs each side had, and how the ratio to the floor was taken", () => {
    expect(renderPerformanceSection(results([row()]))).toContain("Node v20; whole processes, median of 3.");
    expect(renderPerformanceSection(results([row()], undefined, undefined, { runs: 7, peerRuns: 3 }))).toContain(
      "Node v20; whole processes, interleaved: median of 7 runs of the floor and of norecur, whose × floor 4 is the median of each round's ratio, and of 3 of the others.",
    );
  });

  it("gives the spread of the rounds' ratios to the floor when the bench recorded it", () => {
    const spread = { ...row(), timeRatioRange: { floor4: [2.9, 3.81] } };
    const section = renderPerformanceSection(results([spread], undefined, undefined, { runs: 7, peerRuns: 3 }));
    expect(section).toContain("| kubernetes-1000 | 1,000 | 0.12 s | 0.19 s | 0.40 s | 3.33× (2.90–3.81) | 2.11× | 50 / 100 | 100 |");
    expect(section).toContain("whose × floor 4 is the median of each round's ratio (in brackets the lowest and the highest of them: the machine is shared, and its speed drifts), and of 3 of the others.");
    expect(renderPerformanceSection(results([row()], undefined, undefined, { runs: 7, peerRuns: 3 }))).not.toContain("in brackets");
  });

  it("adds Spectral's time and peak memory when the run measured it", () => {
    const section = renderPerformanceSection(results([row(side(2100, 300, 100))]));
    expect(section).toContain("Spectral 6 lints the YAML files with the one equivalent rule");
    expect(section).toContain("| kubernetes-1000 | 1,000 | 0.12 s | 0.19 s | 0.40 s | 2.10 s | 3.33× | 2.11× | 50 / 100 / 300 | 100 |");
  });

  it("gives the pre-commit run against starting Node when the run measured it", () => {
    const section = renderPerformanceSection(results([row()], { files: 5, runs: 11, nodeMs: 52, norecurMs: 153, ratio: 2.94 }));
    expect(section).toContain("A pre-commit run (`norecur check` of 5 manifests from the CLI): 153 ms, 2.94× `node -e 0` (52 ms), median of 11.");
    expect(renderPerformanceSection(results([row()]))).not.toContain("pre-commit");
  });

  it("says when the pre-commit run was a staged one, as a hook runs it", () => {
    const section = renderPerformanceSection(results([row()], { files: 5, staged: true, runs: 11, nodeMs: 50, norecurMs: 150, ratio: 3 }));
    expect(section).toContain("A pre-commit run (`norecur check --staged` of a commit changing 5 manifests from the CLI): 150 ms, 3.00× `node -e 0` (50 ms), median of 11.");
    const cached = renderPerformanceSection(results([row()], { files: 5, staged: true, runs: 11, nodeMs: 50, norecurMs: 110, uncachedMs: 146, ratio: 2.2 }));
    expect(cached).toContain("110 ms, 2.20× `node -e 0` (50 ms); 146 ms without the command line's code cache, as a machine's first run, median of 11.");
  });

  it("gives the staged run in a large repository against a plain check of it, when the run measured it", () => {
    const section = renderPerformanceSection(results([row()], undefined, { files: 10005, staged: 5, runs: 5, stagedMs: 1412, checkMs: 1380, ratio: 1.02 }));
    expect(section).toContain("The same commit of 5 manifests in a repository of 10,005 files: `check --staged` 1.41 s, a plain `check` of the repository 1.38 s (1.02×), median of 5.");
    expect(renderPerformanceSection(results([row()]))).not.toContain("repository of 10,005");
  });
});
