/** One instruction after line continuations are joined: its text and where each character came from. */
export interface LogicalLine {
    /** The joined text, continuations removed. */
    text: string;
    /** `offsets[i]` is the offset in the file of `text[i]`; one extra entry marks the end. */
    offsets: number[];
}
/** A heredoc (`RUN <<EOF` ... `EOF`) that never reaches its closing line. */
export interface OpenHeredoc {
    /** Offset of the `<<` that opened it. */
    start: number;
    /** Offset just after its delimiter word. */
    end: number;
}
/**
 * Splits a Dockerfile into instructions as BuildKit reads it: the escape character (`\`, or
 * what a `# escape=` directive chooses) at the end of a line continues the instruction, comment
 * lines inside a continuation are dropped, and heredoc bodies are skipped so that their content
 * is never read as instructions.
 */
export declare function logicalLines(text: string): LogicalLine[] | OpenHeredoc;
/** The escape character: `\`, unless a `# escape=` parser directive at the top of the file chooses `` ` ``. */
export declare function escapeCharacter(text: string): string;
