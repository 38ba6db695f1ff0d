/**
 * `text` in storage of its own, for a string kept until the end of a run. In V8 a string sliced
 * from a longer one keeps the longer one alive, and a string joined from parts is a tree of
 * 32-byte nodes (one per `+` or template part) for as long as it lives: an id such as
 * `Deployment/team-1/web-1/web`, built once per subject, took about 190 bytes that way and takes
 * about 58 flat.
 */
export declare function ownString(text: string): string;
