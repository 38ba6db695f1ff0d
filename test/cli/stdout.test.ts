import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { streamWriter } from "../../src/cli/stdout.js";

function closedStream(code: string): { stream: NodeJS.WriteStream; writes: () => number } {
  let writes = 0;
  const stream = new Writable({
    write(_chunk, _encoding, callback) {
      writes++;
      callback(Object.assign(new Error(`write ${code}`), { code }));
    },
  });
  return { stream: stream as unknown as NodeJS.WriteStream, writes: () => writes };
}

describe("a closed stdout", () => {
  it.each(["EPIPE", "EIO"])("%s stops the writing quietly instead of crashing the run", async (code) => {
    const { stream, writes } = closedStream(code);
    const write = streamWriter(stream);
    write("first\n");
    await new Promise((done) => setImmediate(done));
    write("second\n");
    write("third\n");
    expect(writes()).toBe(1);
  });
});
