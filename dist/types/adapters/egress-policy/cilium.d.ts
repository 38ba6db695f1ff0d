import type { Adapter } from "../adapter.js";
/**
 * Cilium, one zone per CiliumNetworkPolicy / CiliumClusterwideNetworkPolicy that has egress
 * rules. A policy with `egress` or `egressDeny` rules puts the endpoints it selects into
 * default deny for egress unless `enableDefaultDeny.egress: false`; then its deny rules are a
 * blocklist. `toFQDNs` give domains (`matchName` exactly, `matchPattern` as a wildcard).
 */
export declare const ciliumAdapter: Adapter;
