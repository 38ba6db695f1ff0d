import type { UnresolvedInclude } from "../nginx/includes.js";
/**
 * Whether an include that found nothing may hide settings: a literal path the scan does not
 * hold (the server has the file, the repository does not), or one cut by a bound. A glob that
 * matches nothing includes nothing, for the server too; a cycle's file is read already; the
 * packages' stock files hold no setting a policy reads.
 */
export declare function hidesSettings(include: Pick<UnresolvedInclude, "pattern" | "reason">): boolean;
/** `null`, or an unknown marker naming the first include that may hide settings. */
export declare function incompleteMarker(unresolved: readonly UnresolvedInclude[]): null | {
    $unknown: string;
};
