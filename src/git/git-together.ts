import type { Readable } from "node:stream";
import { childProcess, gitAsync, MAX_BUFFER, type GitAnswer } from "./git.js";

/** The shell that runs them: POSIX `sh`, at the path POSIX systems keep it. */
const SHELL = "/bin/sh";

/**
 * Runs several gits at once through one POSIX shell, and answers each as `gitAsync` would: this
 * process starts one child instead of one per git (see staged-queries.ts for why that matters).
 * Git `i` writes its output to the pipe at descriptor 3 + i; the shell waits for each and prints
 * their exit statuses on its standard output; their error messages share its standard error. The
 * command lines are norecur's own (nothing scanned or typed reaches them), quoted for the shell
 * all the same. If the shell cannot start, each git is started on its own.
 */
export function gitTogether<const T extends ReadonlyArray<readonly string[]>>(cwd: string, commands: T): { [K in keyof T]: Promise<GitAnswer> } {
  const script = [
    ...commands.map((args, i) => `${["git", ...args].map(quoted).join(" ")} >&${3 + i} & p${i}=$!`),
    ...commands.map((_, i) => `wait $p${i}; s${i}=$?`),
    `echo ${commands.map((_, i) => `$s${i}`).join(" ")}`,
  ].join("\n");
  const child = childProcess().spawn(SHELL, ["-c", script], { cwd, stdio: ["ignore", "pipe", "pipe", ...commands.map(() => "pipe" as const)] });
  const whole = new Promise<GitAnswer[]>((settle) => {
    const outputs = [1, 2, ...commands.map((_, i) => 3 + i)].map((fd) => collected((child.stdio[fd] ?? null) as Readable | null));
    let size = 0;
    for (const output of outputs) {
      output.onData = (bytes) => {
        size += bytes;
        if (size > MAX_BUFFER) child.kill();
      };
    }
    child.on("error", () => settle(Promise.all(commands.map((args) => gitAsync(cwd, args)))));
    child.on("close", () => {
      const [statusLine, stderr, ...outs] = outputs.map((output) => output.text());
      const statuses = (statusLine ?? "").trim().split(" ").map(Number);
      settle(
        commands.map((args, i) =>
          statuses[i] === 0 && size <= MAX_BUFFER
            ? { ok: true, out: outs[i] ?? "" }
            : { ok: false, error: new Error(`Command failed: git ${args.join(" ")}${size > MAX_BUFFER ? " (output too large)" : ""}\n${stderr ?? ""}`) },
        ),
      );
    });
  });
  return commands.map((_, i) => whole.then((answers) => answers[i] as GitAnswer)) as { [K in keyof T]: Promise<GitAnswer> };
}

/** A pipe's bytes as they arrive, read as UTF-8 once it closes. */
function collected(stream: Readable | null): { onData: (bytes: number) => void; text: () => string } {
  const chunks: Buffer[] = [];
  const output = { onData: (_bytes: number): void => undefined, text: () => Buffer.concat(chunks).toString("utf8") };
  stream?.on("data", (chunk: Buffer) => {
    chunks.push(chunk);
    output.onData(chunk.length);
  });
  return output;
}

/** `'it'\''s'`: a word the shell reads as the exact string. */
function quoted(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}
