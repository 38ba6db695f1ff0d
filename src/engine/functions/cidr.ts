import { celFunc, CelScalar } from "@bufbuild/cel";
import { parseIpRange, rangeContains, rangesOverlap, type IpRange } from "./support/ip-ranges.js";

const { BOOL, STRING } = CelScalar;

function range(fn: string, text: string): IpRange {
  const parsed = parseIpRange(text);
  if (!parsed.ok) throw new Error(`${fn}: ${JSON.stringify(text)} is not a CIDR block or IP address: ${parsed.reason}`);
  return parsed.range;
}

/**
 * `cidrContains(cidr, ipOrCidr)`: whether every address of the second argument (an address or
 * a block) lies in the first. Different address families are never contained.
 */
export const cidrContains = celFunc("cidrContains", [STRING, STRING], BOOL, (outer, inner) =>
  rangeContains(range("cidrContains", outer), range("cidrContains", inner)),
);

/** `cidrOverlaps(a, b)`: whether the two blocks share at least one address. */
export const cidrOverlaps = celFunc("cidrOverlaps", [STRING, STRING], BOOL, (a, b) =>
  rangesOverlap(range("cidrOverlaps", a), range("cidrOverlaps", b)),
);

/** `isCidr(s)`: whether the string is a CIDR block with an explicit prefix (`/n` or an IPv4 netmask). Never an error. */
export const isCidr = celFunc("isCidr", [STRING], BOOL, (text) => {
  const parsed = parseIpRange(text);
  return parsed.ok && parsed.hasPrefix;
});

/**
 * `isAllAddresses(s)`: whether the block is a whole address space: any `/0` (`0.0.0.0/0`,
 * `::/0`, `0.0.0.0/0.0.0.0`, and `1.2.3.4/0`, which tools read as the same thing).
 */
export const isAllAddresses = celFunc("isAllAddresses", [STRING], BOOL, (text) => range("isAllAddresses", text).prefix === 0);
