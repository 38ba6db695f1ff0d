import ipaddr from "ipaddr.js";

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
export type ParsedRange = { ok: true; range: IpRange; hasPrefix: boolean } | { ok: false; reason: string };

// Decimal octets only: ipaddr.js also reads `010` as octal and `10` as a 32-bit number, forms
// that mean different things to different tools and have no place in a policy check.
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const PREFIX = /^(?:0|[1-9]\d{0,2})$/;

/**
 * Reads `10.0.0.0/8`, `2001:db8::/32`, `10.0.0.0/255.0.0.0` (IPv4 netmask) or, as a one-host
 * range, a bare address. An IPv4-mapped IPv6 block (`::ffff:10.0.0.0/104`) is read as the IPv4
 * block it stands for, so it compares with IPv4 ranges.
 */
export function parseIpRange(text: string): ParsedRange {
  const slash = text.indexOf("/");
  const addressText = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? undefined : text.slice(slash + 1);
  const address = parseAddress(addressText);
  if (address === undefined) return { ok: false, reason: `${JSON.stringify(addressText)} is not an IPv4 or IPv6 address` };
  const max = address.family === 4 ? 32 : 128;
  let prefix = max;
  if (prefixText !== undefined) {
    const parsed = parsePrefix(prefixText, address.family);
    if (typeof parsed === "string") return { ok: false, reason: parsed };
    prefix = parsed;
  }
  return { ok: true, range: unmapIpv4(address.family, address.bytes, prefix), hasPrefix: prefixText !== undefined };
}

function parseAddress(text: string): { family: 4 | 6; bytes: number[] } | undefined {
  if (IPV4.test(text)) return { family: 4, bytes: ipaddr.IPv4.parse(text).toByteArray() };
  // Zone ids (`fe80::1%eth0`) name an interface, not a range.
  if (!text.includes(":") || text.includes("%") || !ipaddr.IPv6.isValid(text)) return undefined;
  return { family: 6, bytes: ipaddr.IPv6.parse(text).toByteArray() };
}

function parsePrefix(text: string, family: 4 | 6): number | string {
  const max = family === 4 ? 32 : 128;
  if (PREFIX.test(text)) {
    const prefix = Number(text);
    return prefix <= max ? prefix : `prefix length /${text} is larger than ${max}`;
  }
  if (family === 4 && IPV4.test(text)) {
    const prefix = ipaddr.IPv4.parse(text).prefixLengthFromSubnetMask();
    return prefix ?? `netmask ${text} is not contiguous`;
  }
  return `${JSON.stringify(text)} is not a prefix length`;
}

function unmapIpv4(family: 4 | 6, bytes: number[], prefix: number): IpRange {
  const mapped = family === 6 && prefix >= 96 && bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  return mapped ? { family: 4, bytes: bytes.slice(12), prefix: prefix - 96 } : { family, bytes, prefix };
}

/** Whether the first `bits` bits of two same-family ranges are equal. */
function samePrefix(a: IpRange, b: IpRange, bits: number): boolean {
  for (let bit = 0; bit < bits; bit += 8) {
    const left = a.bytes[bit / 8] ?? 0;
    const right = b.bytes[bit / 8] ?? 0;
    const width = Math.min(8, bits - bit);
    const mask = (0xff << (8 - width)) & 0xff;
    if ((left & mask) !== (right & mask)) return false;
  }
  return true;
}

/** Whether every address of `inner` is in `outer`. Ranges of different families never are. */
export function rangeContains(outer: IpRange, inner: IpRange): boolean {
  return outer.family === inner.family && inner.prefix >= outer.prefix && samePrefix(outer, inner, outer.prefix);
}

/** Whether two ranges share at least one address. */
export function rangesOverlap(a: IpRange, b: IpRange): boolean {
  return a.family === b.family && samePrefix(a, b, Math.min(a.prefix, b.prefix));
}
