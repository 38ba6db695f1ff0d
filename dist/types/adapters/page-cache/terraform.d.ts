import type { DocPath, Document } from "../../types.js";
import type { AdapterInput } from "../adapter.js";
import type { Origin } from "../normalized/source-map.js";
/** A Terraform resource with its resolved attributes and the way back to its source. */
export interface Resource {
    type: string;
    name: string;
    address: string;
    /** The module directory. */
    module: string;
    body: Record<string, unknown>;
    document: Document;
    /** Path of the resource block in its document. */
    path: DocPath;
}
/** The Terraform resources of the run (var/local literals resolved), grouped for lookups. */
export declare function terraformResources(input: AdapterInput): Resource[];
/** An origin inside a resource block. */
export declare function inResource(resource: Resource, ...rest: DocPath): Origin;
/** The first block of a nested block attribute (`x { }` reads as `x = [{ }]`; the v5 attribute style as `x = { }`). */
export declare function block(value: unknown, key: string): {
    value: Record<string, unknown>;
    path: DocPath;
} | undefined;
/** Every block of a repeated nested block attribute, with its path. */
export declare function blocks(value: unknown, key: string): Array<{
    value: Record<string, unknown>;
    path: DocPath;
}>;
/** The resource a reference such as `aws_cloudfront_cache_policy.forms.id` names, in the same module. */
export declare function referenced(resources: readonly Resource[], from: Resource, value: unknown, type: string): Resource | undefined;
