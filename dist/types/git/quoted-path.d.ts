/**
 * A path as git prints it in diff headers: wrapped in double quotes with C escapes (octal bytes
 * for non-ASCII) when it holds unusual characters, plain otherwise. Octal escapes are bytes of
 * UTF-8, so they are collected as bytes and decoded once.
 */
export declare function unquoteGitPath(text: string): string;
