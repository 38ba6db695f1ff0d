import type { Adapter } from "./adapter.js";
import { documentAdapter } from "./document.js";
import { kubernetesObjectAdapter } from "./kubernetes-object.js";
import { repositoryAdapter } from "./repository.js";
import { terraformResourceAdapter } from "./terraform-resource.js";

/** Subject kind → the adapter producing it. Literal and sorted. */
export const adapters: Readonly<Record<string, Adapter>> = {
  document: documentAdapter,
  "kubernetes-object": kubernetesObjectAdapter,
  repository: repositoryAdapter,
  "terraform-resource": terraformResourceAdapter,
};

/** The formats whose files an adapter can turn into subjects; `undefined` means every format. */
export const adapterFormats: Readonly<Record<string, readonly string[] | undefined>> = {
  document: undefined,
  "kubernetes-object": ["kubernetes"],
  repository: [],
  "terraform-resource": ["terraform"],
};
