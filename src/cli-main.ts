import { main } from "./cli/main.js";
import { streamWriter } from "./cli/stdout.js";
import { packageVersion } from "./package-root.js";

/*
 * The command-line program, loaded by dist/cli.js (src/cli.ts) from a CommonJS bundle so that
 * V8's code cache can be kept between runs (src/cli/compile-cache.ts).
 */
void main(
  process.argv.slice(2),
  {
    out: streamWriter(process.stdout),
    err: streamWriter(process.stderr),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  },
  packageVersion(),
).then((code) => {
  process.exitCode = code;
});
