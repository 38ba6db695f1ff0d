import { plainText } from "../../plain-data.js";
import type { DocPath, Document, Subject } from "../../types.js";
import type { Adapter } from "../adapter.js";
import { unknownValue } from "../normalized/unknown.js";
import { ZoneBuilder, asList, isRecord, type EgressPort } from "./model.js";
import { scalarTokens } from "./scalar-tokens.js";

/**
 * GitHub Actions jobs guarded by step-security/harden-runner, one zone per job that uses it.
 * `egress-policy: block` is default-deny with `allowed-endpoints` (`host:port`, separated by
 * whitespace) as the allowlist; `audit` only records traffic: allow by default. Without the
 * input the action's default applies (`block` in its action.yml); with `policy` or
 * `use-policy-store` the policy comes from the StepSecurity policy store and cannot be known.
 * Each endpoint is placed at its own word where the scalar's layout allows (see scalarTokens).
 */
export const hardenRunnerAdapter: Adapter = ({ documents }) => {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "github-workflow" || !isRecord(document.value) || !isRecord(document.value["jobs"])) continue;
    for (const [jobId, job] of Object.entries(document.value["jobs"])) {
      const steps = isRecord(job) ? asList(job["steps"]) : [];
      const index = steps.findIndex((step) => isRecord(step) && typeof step["uses"] === "string" && /^step-security\/harden-runner(@|$)/i.test(step["uses"]));
      const step = steps[index];
      if (!isRecord(step)) continue;
      const at = ["jobs", jobId, "steps", index];
      const zone = new ZoneBuilder("harden-runner", format, { document, path: at }, { kind: "workflow-job", name: `${document.file}#${jobId}` });
      const inputs = isRecord(step["with"]) ? step["with"] : {};
      const policy = inputs["egress-policy"];
      const fromStore = (typeof inputs["policy"] === "string" && inputs["policy"] !== "") || plainText(inputs["use-policy-store"]) === "true";
      if (fromStore) zone.defaultAction(unknownValue("the egress policy comes from the StepSecurity policy store"), document, [...at, "with"]);
      else if (policy === undefined) zone.defaultAction("deny", document, [...at, "uses"]);
      else if (policy === "block") zone.defaultAction("deny", document, [...at, "with", "egress-policy"]);
      else if (policy === "audit") zone.defaultAction("allow", document, [...at, "with", "egress-policy"]);
      else zone.defaultAction(unknownValue(`egress-policy ${JSON.stringify(policy)} is not a literal audit or block`), document, [...at, "with", "egress-policy"]);
      addEndpoints(zone, inputs["allowed-endpoints"], document, [...at, "with", "allowed-endpoints"]);
      subjects.push(zone.build({ job: jobId }));
    }
  }
  return subjects;
};

function addEndpoints(zone: ZoneBuilder, value: unknown, document: Document, at: DocPath): void {
  if (value === undefined || value === null) return;
  if (typeof value !== "string" || value.includes("${{")) {
    zone.allow("domains", { domain: unknownValue("allowed-endpoints is computed by an expression"), exact: false, ports: [] }, document, at);
    return;
  }
  for (const { text, range } of scalarTokens(document, at, value)) {
    const match = /^(.*?)(?::(\d+))?$/.exec(text);
    const host = (match?.[1] ?? text).toLowerCase();
    const port = match?.[2];
    const ports: EgressPort[] = port === undefined ? [] : [{ protocol: "TCP", from: Number(port), to: Number(port) }];
    // A word's own range, when known, through a view of the document that places it.
    const source: Document = range ? { file: document.file, index: document.index, value: document.value, locate: () => range } : document;
    zone.allow("domains", { domain: host, exact: !host.includes("*"), ports }, source, at);
  }
}
