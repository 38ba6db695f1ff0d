import { parseIpRange, rangeContains, rangesOverlap, type IpRange } from "./support/ip-ranges.js";

/*
 * norecur's address functions (docs/functions.md), as plain functions of strings: the
 * interpreter declares them (interpreter/functions/cidr.ts) and the fast path calls them
 * (cel-native-calls.ts). A thrown Error is the CEL error the policy author sees.
 */

function range(fn: string, text: string): IpRange {
  const parsed = parseIpRange(text);
  if (!parsed.ok) throw new Error(`${fn}: ${JSON.stringify(text)} is not a CIDR block or IP address: ${parsed.reason}`);
  return parsed.range;
}

/**
 * `cidrContains(cidr, ipOrCidr)`: whether every address of the second argument (an address or
 * a block) lies in the first. Different address families are never contained.
 */
export function cidrContains(outer: string, inner: string): boolean {
  return rangeContains(range("cidrContains", outer), range("cidrContains", inner));
}

/** `cidrOverlaps(a, b)`: whether the two blocks share at least one address. */
export function cidrOverlaps(a: string, b: string): boolean {
  return rangesOverlap(range("cidrOverlaps", a), range("cidrOverlaps", b));
}

/** `isCidr(s)`: whether the string is a CIDR block with an explicit prefix (`/n` or an IPv4 netmask). Never an error. */
export function isCidr(text: string): boolean {
  const parsed = parseIpRange(text);
  return parsed.ok && parsed.hasPrefix;
}

/**
 * `isAllAddresses(s)`: whether the block is a whole address space: any `/0` (`0.0.0.0/0`,
 * `::/0`, `0.0.0.0/0.0.0.0`, and `1.2.3.4/0`, which tools read as the same thing).
 */
export function isAllAddresses(text: string): boolean {
  return range("isAllAddresses", text).prefix === 0;
}
