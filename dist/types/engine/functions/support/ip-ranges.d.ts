/** A block of addresses: a network address and a prefix length, IPv4 or IPv6. */
export interface IpRange {
    /** Address family. */
    family: 4 | 6;
    /** The address bytes as written (host bits may be set; they are ignored when comparing). */
    bytes: readonly number[];
    /** Prefix length: 0–32 for IPv4, 0–128 for IPv6. */
    prefix: number;
}
/** A parsed range, or why the text is not one. */
export type ParsedRange = {
    ok: true;
    range: IpRange;
    hasPrefix: boolean;
} | {
    ok: false;
    reason: string;
};
/**
 * Reads `10.0.0.0/8`, `2001:db8::/32`, `10.0.0.0/255.0.0.0` (IPv4 netmask) or, as a one-host
 * range, a bare address. An IPv4-mapped IPv6 block (`::ffff:10.0.0.0/104`) is read as the IPv4
 * block it stands for, so it compares with IPv4 ranges.
 */
export declare function parseIpRange(text: string): ParsedRange;
/** Whether every address of `inner` is in `outer`. Ranges of different families never are. */
export declare function rangeContains(outer: IpRange, inner: IpRange): boolean;
/** Whether two ranges share at least one address. */
export declare function rangesOverlap(a: IpRange, b: IpRange): boolean;
