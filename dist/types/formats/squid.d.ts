import type { Parser } from "../types.js";
/** One directive line (continuations joined), in file order. */
export interface SquidDirective {
    name: string;
    /** Arguments; a `"quoted"` argument has its quotes removed. */
    args: string[];
}
/** An ACL, merged over every `acl NAME TYPE ...` line that defines it. */
export interface SquidAcl {
    /** ACL type: `dstdomain`, `src`, `ssl::server_name`, `port`, `method`, ... */
    type: string;
    /** Options written before the values (`-i`, `-n`, `-m=...`). */
    flags: string[];
    /** Values written inline, in order. */
    values: string[];
    /** Files named by `"/path/file"` arguments, whose lines Squid reads as further values. */
    files: string[];
}
/** A reference to an ACL in an access rule. */
export interface SquidAclRef {
    name: string;
    /** Written `!name`. */
    negated: boolean;
}
/** One `http_access` rule; rules are evaluated in order and the first whose ACLs all match wins. */
export interface SquidAccessRule {
    action: "allow" | "deny";
    /** ACLs on the line, all of which must match (AND). */
    acls: SquidAclRef[];
}
/** One `request_header_add` line. */
export interface SquidHeaderAdd {
    header: string;
    value: string;
    acls: SquidAclRef[];
}
/** The value of a `squid` document. */
export interface SquidConfig {
    /** Every directive, in file order. */
    directives: SquidDirective[];
    /** ACLs by name. */
    acls: Record<string, SquidAcl>;
    /** `http_access` rules in order: first match wins; with no match, the opposite of the last rule applies. */
    http_access: SquidAccessRule[];
    /** `include` targets (globs allowed), in file order. */
    includes: string[];
    /** `request_header_add` lines, in file order. */
    request_header_add: SquidHeaderAdd[];
}
/**
 * Squid's `squid.conf` and its `conf.d/*.conf` includes: one directive per line, a `\` at the
 * end of a line continues it, and `#` at the start of a word starts a comment (the stock
 * config writes `acl localnet src 10.0.0.0/8 # RFC 1918 ...`). Directive order is kept: `http_access` is first-match. A quoted
 * `acl` argument names a file of values (Squid's default, `configuration_includes_quoted_values
 * off`). A malformed `acl` or `http_access` line, or an unterminated quote, is an error: Squid
 * refuses to start on those.
 */
export declare const squidParser: Parser;
