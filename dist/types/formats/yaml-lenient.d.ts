/**
 * Two leniencies kubectl and docker compose (Go yaml) and PyYAML have that js-yaml lacks.
 *
 * A quoted scalar whose continuation lines are indented less than the block that holds it, as in
 *
 *     command:
 *     - sh
 *     - -c
 *     - "exec server --id=1 \
 *       --listeners=PLAINTEXT://:9093"      ← indented less than `- "` would require
 *
 * (the Kubernetes documentation's Kafka StatefulSet has this shape). Inside a quoted scalar
 * the leading blanks of a continuation line are folded away, so indenting such a line further
 * changes no value, and no line number.
 *
 * A flow collection whose closing bracket (or an entry) sits at the indentation of its key, as
 * in Compose files:
 *
 *     command: [
 *       "start",
 *       "--uri"
 *     ]                                      ← js-yaml: "deficient indentation"
 *
 * Inside brackets, indentation carries no meaning, so indenting such a line changes no value.
 *
 * We do either, one line at a time, only where the parser reported too little indentation and
 * the line continues a quoted scalar or a flow collection left open above it; anything else a
 * strict parser rejects stays rejected.
 */
/**
 * `text` with line `line` (0-based) indented enough, when it continues a quoted scalar opened on
 * an earlier line; undefined when it does not (the error stands).
 */
export declare function indentQuotedContinuation(text: string, line: number): string | undefined;
/**
 * `text` with line `line` (0-based) indented enough, when it lies inside a flow collection
 * (`[` or `{`) opened on an earlier line and still open; undefined when it does not.
 */
export declare function indentFlowContinuation(text: string, line: number): string | undefined;
