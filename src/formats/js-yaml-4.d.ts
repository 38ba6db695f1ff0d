/** The part of js-yaml 4 (installed as `js-yaml-4`) that the YAML fast path uses; see yaml-values.ts. */
declare module "js-yaml-4" {
  export interface Type {
    readonly tag: string;
  }
  export interface Schema {
    extend(types: { implicit?: Type[]; explicit?: Type[] }): Schema;
  }
  export const CORE_SCHEMA: Schema;
  export const types: { readonly merge: Type };
  export function loadAll(text: string, iterator: (document: unknown) => void, options?: { schema?: Schema; filename?: string }): void;
}
