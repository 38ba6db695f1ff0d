import type { Adapter } from "./adapter.js";
/** Subject kind → the adapter producing it. Literal and sorted. */
export declare const adapters: Readonly<Record<string, Adapter>>;
/** The formats whose files an adapter can turn into subjects; `undefined` means every format. */
export declare const adapterFormats: Readonly<Record<string, readonly string[] | undefined>>;
