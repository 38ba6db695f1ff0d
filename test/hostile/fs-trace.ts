import { createRequire, syncBuiltinESMExports } from "node:module";

const fs = createRequire(import.meta.url)("node:fs") as Record<string, unknown>;
const TRACED = ["openSync", "readFileSync", "readdirSync", "opendirSync", "statSync", "lstatSync", "existsSync", "readlinkSync", "accessSync"];

/**
 * Records every path the code under test hands to the synchronous file-system calls, the
 * in-process stand-in for `strace -e trace=open,openat,statx` (see hostile.test.ts).
 */
export function traceFs(): { paths: () => string[]; stop: () => void } {
  const seen: string[] = [];
  const originals = new Map<string, unknown>();
  const record = (path: unknown): void => {
    if (typeof path === "string") seen.push(path);
    else if (path instanceof URL) seen.push(path.pathname);
  };
  for (const name of TRACED) {
    const original = fs[name];
    if (typeof original !== "function") continue;
    originals.set(name, original);
    fs[name] = function traced(this: unknown, path: unknown, ...rest: unknown[]) {
      record(path);
      return (original as (...a: unknown[]) => unknown).call(this, path, ...rest);
    };
  }
  const realpath = fs["realpathSync"] as ((path: unknown, ...rest: unknown[]) => unknown) & { native: (path: unknown, ...rest: unknown[]) => unknown };
  const native = realpath.native;
  const tracedRealpath = Object.assign(
    function traced(this: unknown, path: unknown, ...rest: unknown[]) {
      record(path);
      return realpath.call(this, path, ...rest);
    },
    {
      native(path: unknown, ...rest: unknown[]) {
        record(path);
        return native(path, ...rest);
      },
    },
  );
  fs["realpathSync"] = tracedRealpath;
  syncBuiltinESMExports();
  return {
    paths: () => [...seen],
    stop: () => {
      for (const [name, original] of originals) fs[name] = original;
      fs["realpathSync"] = realpath;
      syncBuiltinESMExports();
    },
  };
}
