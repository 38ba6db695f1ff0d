/** The part of js-yaml 4 (installed as `js-yaml-4`) that the YAML fast path uses; see yaml-values.ts. */
declare module "js-yaml-4" {
  export interface Type {
    readonly tag: string;
  }
  /** A type a plain scalar is resolved to when its text matches (null, bool, int, float, merge). */
  export interface ImplicitType extends Type {
    resolve(source: string): boolean;
    construct(source: string): unknown;
  }
  export interface Schema {
    extend(types: { implicit?: Type[]; explicit?: Type[] }): Schema;
    /** The implicit types in the order the loader tries them on a plain scalar. */
    readonly compiledImplicit: readonly ImplicitType[];
  }
  export const CORE_SCHEMA: Schema;
  export const types: { readonly merge: Type };
  export function load(text: string, options?: { schema?: Schema }): unknown;
  export function loadAll(text: string, iterator: (document: unknown) => void, options?: { schema?: Schema; filename?: string }): void;
}
