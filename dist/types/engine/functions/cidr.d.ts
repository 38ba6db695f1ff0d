/**
 * `cidrContains(cidr, ipOrCidr)`: whether every address of the second argument (an address or
 * a block) lies in the first. Different address families are never contained.
 */
export declare function cidrContains(outer: string, inner: string): boolean;
/** `cidrOverlaps(a, b)`: whether the two blocks share at least one address. */
export declare function cidrOverlaps(a: string, b: string): boolean;
/** `isCidr(s)`: whether the string is a CIDR block with an explicit prefix (`/n` or an IPv4 netmask). Never an error. */
export declare function isCidr(text: string): boolean;
/**
 * `isAllAddresses(s)`: whether the block is a whole address space: any `/0` (`0.0.0.0/0`,
 * `::/0`, `0.0.0.0/0.0.0.0`, and `1.2.3.4/0`, which tools read as the same thing).
 */
export declare function isAllAddresses(text: string): boolean;
