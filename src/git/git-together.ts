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
 * all the same. Where there is no POSIX shell (Windows), or it cannot start, each git is started
 * on its own.
 */
export function gitTogether<const T extends ReadonlyArray<readonly string[]>>(cwd: string, commands: T): { [K in keyof T]: Promise<GitAnswer> } {
  type Answers = { [K in keyof T]: Promise<GitAnswer> };
  if (process.platform === "win32") return commands.map((args) => gitAsync(cwd, args)) as Answers;
  const script = [
    ...commands.map((args, i) => `${["git", ...args].map(quoted).join(" ")} >&${3 + i} & p${i}=$!`),
    ...commands.map((_, i) => `wait $p${i}; s${i}=$?`),
    `echo ${commands.map((_, i) => `$s${i}`).join(" ")}`,
  ].join("\n");
  const child = childProcess().spawn(SHELL, ["-c", script], { cwd, stdio: ["ignore", "pipe", "pipe", ...commands.map(() => "pipe" as const)] });
  const whole = new Promise<GitAnswer[]>((settle) => {
    let size = 0;
    const counted = (bytes: number): void => {
      size += bytes;
      if (size > MAX_BUFFER) child.kill();
    };
    const outputs = [1, 2, ...commands.map((_, i) => 3 + i)].map((fd) => collected((child.stdio[fd] ?? null) as Readable | null, counted));
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
  return commands.map((_, i) => whole.then((answers) => answers[i] as GitAnswer)) as Answers;
}

/** A pipe's bytes as they arrive (each chunk's size told to `counted`), read as UTF-8 once it closes. */
function collected(stream: Readable | null, counted: (bytes: number) => void): { text: () => string } {
  const chunks: Buffer[] = [];
  stream?.on("data", (chunk: Buffer) => {
    chunks.push(chunk);
    counted(chunk.length);
  });
  return { text: () => Buffer.concat(chunks).toString("utf8") };
}

/** `'it'\''s'`: a word the shell reads as the exact string. */
function quoted(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}
