import type { SubjectKind } from "../types.js";
import type { Adapter } from "./adapter.js";
/** Subject kind → the adapter producing it. */
export declare const adapters: Readonly<Record<SubjectKind, Adapter>>;
/** The formats whose files an adapter can turn into subjects; `undefined` means every format. */
export declare const adapterFormats: Readonly<Record<SubjectKind, readonly string[] | undefined>>;
