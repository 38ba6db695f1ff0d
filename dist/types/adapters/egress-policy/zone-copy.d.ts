/**
 * A copy of a Kubernetes document with only what a namespace zone reads of a workload: its
 * `apiVersion`, `kind`, name and namespace, and the `image` of each container at its place in
 * its pod spec (other containers are `null`, so that indices and paths stay as written). A
 * `List` keeps its items at their places. Undefined when no object in it runs an image. Strings
 * are copied: a slice of the file's text would keep the whole text alive.
 */
export declare function zoneCopy(value: unknown): unknown;
