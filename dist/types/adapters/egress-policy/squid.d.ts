import type { Adapter } from "../adapter.js";
/**
 * Squid forward proxies, one zone per top-level Squid file (`squid.conf`, or a file no other
 * scanned file includes that has `http_access` rules). Included files are read where their
 * `include` line stands (the run's include step expands them). `http_access` rules are read as
 * Squid runs them: top-down, first match wins, and with no match the opposite of the last rule
 * applies. The proxy allows by default when some `allow` rule names no destination ACL (only
 * clients, ports or methods) and no earlier `deny !<destination>` has already refused every
 * unlisted destination: the blocklist shape of a stock configuration. Domains of `dstdomain`
 * and `ssl::server_name` ACLs in `allow` rules are the allowlist; values read from files are
 * unknown. An include that names a file missing from the scan makes the verdict after it
 * unknown; a glob that matches nothing adds nothing, as in Squid.
 */
export declare const squidAdapter: Adapter;
