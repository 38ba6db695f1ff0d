import { describe, expect, it } from "vitest";
import type { ParsedDocument } from "../../src/adapters/adapter.js";
import type { Candidate } from "../../src/discover/discover.js";
import { CandidateReader } from "../../src/stream/read-in-batches.js";
import type { StreamPlan } from "../../src/stream/stream-plan.js";

/**
 * Kubernetes files stream, a file whose text says `kind: Kustomization` or `kind: Namespace` is
 * read first, and kept to the end unless it is a CustomResourceDefinition; batches of one make no
 * subject. A Namespace changes only what the `zones` kind
 * keeps: of a file naming `shop`, once a Namespace has been read.
 */
const plan: StreamPlan = {
  first: (_path, _format, text) => text.includes("Kustomization") || text.includes("Namespace"),
  firstByName: (name) => name === "kustomization.yaml",
  // A CustomResourceDefinition's text may name a Namespace, but none of its documents is one.
  keptFirst: (_path, _format, text) => !text.includes("CustomResourceDefinition"),
  changesKeptOnly: (_path, _format, text) => text.includes("Namespace"),
  keepsOnly: new Set(["zones"]),
  // What the zones kind keeps of a file is decided by its text; these words say nothing.
  keepWords: () => undefined,
  start: (context) => {
    const zones = context.length > 0 && context.some((d) => (d.document as unknown as { file: string }).file.includes("namespace"));
    const keeper = {
      subjects: () => [],
      ...(zones ? { keep: (d: ParsedDocument) => d, mayKeep: (_path: string, text: string) => text.includes("shop") } : {}),
    };
    return { streams: (format) => format === "kubernetes", adapters: new Map([["document", { subjects: () => [] }], ["zones", keeper]]) };
  },
};

const candidate = (path: string, format = "kubernetes", text = `kind: Deployment # ${path}\n`): Candidate => ({ path, realPath: `/repo/${path}`, format, text });

/** A reader over `files`, recording what it parses, restarts and reads again. */
function reading(holdBytes: number, single = true, readPlan: StreamPlan = plan) {
  const log: string[] = [];
  /** The files parsed for a batch (ParseOptions.transient), in order. */
  const batched: string[] = [];
  const onDisk = new Map<string, string>();
  const reader = new CandidateReader(
    {
      plan: readPlan,
      policies: () => [],
      batchSize: 1,
      holdBytes,
      parse: (c, _values, how) => {
        const record = how?.record ?? true;
        if (how?.transient === true) batched.push(c.path);
        log.push(`${record ? "parse" : "parse again"} ${c.path} ${JSON.stringify(c.text)}`);
        return [{ format: c.format, document: { file: c.path, words: c.text.split("# ")[1] ?? "" } } as unknown as ParsedDocument];
      },
      restart: () => log.push("restart"),
      readAgain: (c) => {
        log.push(`read again ${c.path}`);
        const text = onDisk.get(c.path);
        return text === undefined ? { reason: "cannot read: ENOENT" } : { text };
      },
      unreadable: (c, reason) => log.push(`unreadable ${c.path}: ${reason}`),
    },
    single,
  );
  return { reader, log, onDisk, batched };
}

async function offerAll(reader: CandidateReader, files: Candidate[]) {
  for (const file of files) reader.offer(file, ["."]);
  return reader.finish([...files], ["."]);
}

describe("files judged while discovery reads them", () => {
  it("parses the files that stream a chunk of held text at a time, from the first chunk on, and lets their texts go", async () => {
    const { reader, log } = reading(40);
    const files = [candidate("a.yaml"), candidate("b.tf", "terraform", 'resource "x" "y" {}\n'), candidate("c.yaml"), candidate("d.yaml"), candidate("e.yaml")];
    reader.offer(files[0] as Candidate, ["."]);
    expect(log).toEqual([]);
    reader.offer(files[1] as Candidate, ["."]);
    // 26 + 20 characters held: the Kubernetes file held is parsed, the Terraform file waits for the end.
    expect(log).toEqual(['parse a.yaml "kind: Deployment # a.yaml\\n"']);
    reader.offer(files[2] as Candidate, ["."]);
    expect(log).toHaveLength(1);
    reader.offer(files[3] as Candidate, ["."]);
    expect(log.slice(1)).toEqual(['parse c.yaml "kind: Deployment # c.yaml\\n"', 'parse d.yaml "kind: Deployment # d.yaml\\n"']);
    reader.offer(files[4] as Candidate, ["."]);
    expect(files.map((f) => f.text === "")).toEqual([true, false, true, true, false]);
    const read = await reader.finish([...files], ["."]);
    // What is held when discovery ends is read with the files kept to the end, each in its place.
    expect(log.slice(3)).toEqual(['parse b.tf "resource \\"x\\" \\"y\\" {}\\n"', 'parse e.yaml "kind: Deployment # e.yaml\\n"']);
    expect(read.documents.map((d) => (d.document as unknown as { file: string }).file)).toEqual(["b.tf"]);
    expect(read.orders).toEqual([1]);
  });

  it("parses the files that go in batches as transient, and the files kept to the end or read first as kept", async () => {
    const during = reading(40);
    await offerAll(during.reader, [candidate("a.yaml"), candidate("b.tf", "terraform", 'resource "x" "y" {}\n'), candidate("c.yaml"), candidate("d.yaml"), candidate("e.yaml")]);
    // a, c and d judged while discovery read them, e in the batches at its end; b kept to the end.
    expect(during.batched).toEqual(["a.yaml", "c.yaml", "d.yaml", "e.yaml"]);
    const after = reading(Number.POSITIVE_INFINITY);
    await offerAll(after.reader, [candidate("a.yaml"), candidate("b/namespace.yaml", "kubernetes", "kind: Namespace # shop\n"), candidate("z.yaml")]);
    expect(after.log.map((line) => line.split(" ")[1])).toEqual(["b/namespace.yaml", "a.yaml", "z.yaml"]);
    expect(after.batched).toEqual(["a.yaml", "z.yaml"]);
  });

  it("puts in the batches, before the rest, a file read first whose documents hold nothing others join with", async () => {
    const { reader, log } = reading(Number.POSITIVE_INFINITY);
    const files = [
      candidate("a.yaml", "kubernetes", "kind: Deployment # shop a\n"),
      candidate("b/namespace.yaml", "kubernetes", "kind: Namespace # shop\n"),
      candidate("c/crd.yaml", "kubernetes", "kind: CustomResourceDefinition # the Namespace of shop\n"),
      candidate("z.yaml", "kubernetes", "kind: Deployment # shop z\n"),
    ];
    const read = await offerAll(reader, files);
    // The Namespace ends judging during discovery, so the CRD after it is read first; parsed
    // once, with the files read first, then taken in a batch of its own before the others.
    expect(log).toEqual([
      'parse b/namespace.yaml "kind: Namespace # shop\\n"',
      'parse c/crd.yaml "kind: CustomResourceDefinition # the Namespace of shop\\n"',
      'parse a.yaml "kind: Deployment # shop a\\n"',
      'parse z.yaml "kind: Deployment # shop z\\n"',
    ]);
    expect(reader.isReadFirst("c/crd.yaml")).toBe(true);
    expect(read.documents.map((d) => (d.document as unknown as { file: string }).file)).toEqual(["b/namespace.yaml"]);
    // What the zones kind kept of the batches still goes back in file order.
    expect(read.batches.withKept("zones", read.documents, read.orders).map((d) => (d.document as unknown as { file: string }).file)).toEqual(["a.yaml", "b/namespace.yaml", "c/crd.yaml", "z.yaml"]);
  });

  it("does not judge during discovery the files of a folder whose kustomization.yaml the walk listed ahead", async () => {
    const inFolder = reading(0);
    inFolder.reader.listed(["app/kustomization.yaml"]);
    const files = [candidate("app/d1.yaml"), candidate("app/d2.yaml"), candidate("app/kustomization.yaml", "kubernetes", "kind: Kustomization\n"), candidate("z.yaml")];
    const read = await offerAll(inFolder.reader, files);
    // Without the listing, app/d1.yaml and app/d2.yaml were judged, forgotten when the
    // Kustomization came, and read again; now they wait, and everything is parsed once.
    expect(inFolder.log).toEqual([
      'parse app/kustomization.yaml "kind: Kustomization\\n"',
      'parse app/d1.yaml "kind: Deployment # app/d1.yaml\\n"',
      'parse app/d2.yaml "kind: Deployment # app/d2.yaml\\n"',
      'parse z.yaml "kind: Deployment # z.yaml\\n"',
    ]);
    expect(read.documents.map((d) => (d.document as unknown as { file: string }).file)).toEqual(["app/kustomization.yaml"]);

    // One at the root builds every folder.
    const atRoot = reading(0);
    atRoot.reader.listed(["kustomization.yaml"]);
    await offerAll(atRoot.reader, [candidate("app/d1.yaml"), candidate("kustomization.yaml", "kubernetes", "kind: Kustomization\n")]);
    expect(atRoot.log).toEqual(['parse kustomization.yaml "kind: Kustomization\\n"', 'parse app/d1.yaml "kind: Deployment # app/d1.yaml\\n"']);

    // Files outside its folder, or after it, are judged as they come.
    const elsewhere = reading(0);
    elsewhere.reader.listed(["app/kustomization.yaml"]);
    const others = [candidate("a.yaml"), candidate("app/x/kustomization.yaml.bak", "kubernetes"), candidate("b.yaml")];
    await offerAll(elsewhere.reader, others);
    expect(elsewhere.log).toEqual(['parse a.yaml "kind: Deployment # a.yaml\\n"', 'parse app/x/kustomization.yaml.bak "kind: Deployment # app/x/kustomization.yaml.bak\\n"', 'parse b.yaml "kind: Deployment # b.yaml\\n"']);
  });

  it("forgets what it judged when a file read first turns up, and reads the files it let go again", async () => {
    const { reader, log, onDisk } = reading(0);
    const files = [candidate("a.yaml"), candidate("b.yaml"), candidate("k/kustomization.yaml", "kubernetes", "kind: Kustomization\n"), candidate("z.yaml")];
    onDisk.set("a.yaml", "kind: Deployment # again\n");
    const read = await offerAll(reader, files);
    expect(log).toEqual([
      'parse a.yaml "kind: Deployment # a.yaml\\n"',
      'parse b.yaml "kind: Deployment # b.yaml\\n"',
      "restart",
      'parse k/kustomization.yaml "kind: Kustomization\\n"',
      "read again a.yaml",
      'parse a.yaml "kind: Deployment # again\\n"',
      "read again b.yaml",
      "unreadable b.yaml: cannot read: ENOENT",
      'parse z.yaml "kind: Deployment # z.yaml\\n"',
    ]);
    expect(read.documents.map((d) => (d.document as unknown as { file: string }).file)).toEqual(["k/kustomization.yaml"]);
  });

  it("makes again only what the kinds that keep only kept when a file changing only that turns up late, reading again the files it may keep of", async () => {
    const { reader, log, onDisk } = reading(0);
    const files = [candidate("a.yaml", "kubernetes", "kind: Deployment # shop\n"), candidate("b.yaml"), candidate("y/namespace.yaml", "kubernetes", "kind: Namespace # shop\n"), candidate("z.yaml", "kubernetes", "kind: Deployment # shop z\n")];
    onDisk.set("a.yaml", "kind: Deployment # shop\n");
    onDisk.set("b.yaml", "kind: Deployment # b.yaml\n");
    onDisk.set("z.yaml", "kind: Deployment # shop z\n");
    const read = await offerAll(reader, files);
    expect(log).toEqual([
      'parse a.yaml "kind: Deployment # shop\\n"',
      'parse b.yaml "kind: Deployment # b.yaml\\n"',
      // Judging goes on past the Namespace: no restart.
      'parse z.yaml "kind: Deployment # shop z\\n"',
      'parse y/namespace.yaml "kind: Namespace # shop\\n"',
      "read again a.yaml",
      'parse again a.yaml "kind: Deployment # shop\\n"',
      // Read again, but not parsed: its text names no zone.
      "read again b.yaml",
      "read again z.yaml",
      'parse again z.yaml "kind: Deployment # shop z\\n"',
    ]);
    expect(read.documents.map((d) => (d.document as unknown as { file: string }).file)).toEqual(["y/namespace.yaml"]);
    // What the zones kind keeps, in file order among the documents kept to the end.
    expect(read.batches.withKept("zones", read.documents, read.orders).map((d) => (d.document as unknown as { file: string }).file)).toEqual(["a.yaml", "y/namespace.yaml", "z.yaml"]);
  });

  it("reads again only the files whose words, kept when they were taken, say they may be kept of", async () => {
    // The words of a file: what its text says after `# `; the zones kind may keep of a file whose words hold `shop`.
    const byWords: StreamPlan = {
      ...plan,
      keepWords: (documents) => documents.map((d) => (d.document as unknown as { words: string }).words),
      start: (context) => {
        const started = plan.start(context, ["."]);
        const zones = started?.adapters.get("zones");
        if (started === undefined || zones?.keep === undefined) return started;
        return { ...started, adapters: new Map([...started.adapters, ["zones", { ...zones, mayKeepWords: (_path: string, words: readonly string[]) => words.some((w) => w.includes("shop")) }]]) };
      },
    };
    const { reader, log, onDisk } = reading(0, true, byWords);
    const files = [candidate("a.yaml", "kubernetes", "kind: Deployment # shop\n"), candidate("b.yaml"), candidate("y/namespace.yaml", "kubernetes", "kind: Namespace # shop\n")];
    for (const file of files) onDisk.set(file.path, file.text);
    await offerAll(reader, files);
    expect(log.filter((line) => line.startsWith("read again"))).toEqual(["read again a.yaml"]);
  });

  it("waits for the end when paths come out of order, several paths are given, or the figure is never reached", async () => {
    const outOfOrder = reading(0);
    await offerAll(outOfOrder.reader, [candidate("b.yaml"), candidate("a.yaml")]);
    expect(outOfOrder.log).toEqual(['parse b.yaml "kind: Deployment # b.yaml\\n"', "restart", "read again b.yaml", "unreadable b.yaml: cannot read: ENOENT", 'parse a.yaml "kind: Deployment # a.yaml\\n"']);

    const several = reading(0, false);
    const files = [candidate("a.yaml"), candidate("b.yaml")];
    for (const file of files) several.reader.offer(file, ["."]);
    expect(several.log).toEqual([]);
    await several.reader.finish(files, ["."]);
    expect(several.log).toEqual(['parse a.yaml "kind: Deployment # a.yaml\\n"', 'parse b.yaml "kind: Deployment # b.yaml\\n"']);

    const small = reading(Number.POSITIVE_INFINITY);
    for (const file of [candidate("a.yaml"), candidate("b.yaml")]) small.reader.offer(file, ["."]);
    expect(small.log).toEqual([]);
  });
});
