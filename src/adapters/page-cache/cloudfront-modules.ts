import type { Subject } from "../../types.js";
import type { AdapterInput } from "../adapter.js";
import { unknownValue } from "../normalized/unknown.js";
import { PageCacheBuilder } from "./builder.js";
import { everyPath } from "./shape.js";
import { isRecord } from "./values.js";
import type { ProductReader } from "../normalized/product-reader.js";

/**
 * A CloudFront distribution made by a module whose code is not in the scanned files (a registry
 * or Git source such as `terraform-aws-modules/cloudfront/aws`): its behaviors cannot be read, so
 * it is one subject whose caching is unknown, not a distribution that silently passes. Local
 * modules (`./`, `../`) are read as the resources they declare.
 */
export function cloudfrontModuleSubjects(input: AdapterInput): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of input.documents) {
    if (format !== "terraform" || !isRecord(document.value) || !isRecord(document.value["module"])) continue;
    for (const [name, call] of Object.entries(document.value["module"])) {
      const source = isRecord(call) ? call["source"] : undefined;
      if (typeof source !== "string" || source.startsWith("./") || source.startsWith("../") || !/cloudfront/i.test(source)) continue;
      const at = { document, path: ["module", name] };
      const reason = unknownValue(`the distribution is built by module "${name}" (${source}), whose code is not in the scanned files`);
      const cache = new PageCacheBuilder(at, "distribution", `module.${name}`);
      cache.rule("appliesTo", everyPath(`module "${name}"`), at);
      cache.flag("enabled", reason, at).flag("overridesPrivate", reason, at);
      cache.unknownCookies(reason, at);
      cache.origin({ kind: "unknown", evidence: `module "${name}"` }, at);
      subjects.push(cache.build({ id: `cloudfront:${document.file}#module.${name}`, product: "cloudfront", format: "terraform", meta: { address: `module.${name}` } }));
    }
  }
  return subjects;
}

/** What this module reads, and how. */
export const cloudfrontModulesReader: ProductReader = { formats: ["terraform"], read: cloudfrontModuleSubjects };
