import type { Adapter } from "../adapter.js";
/**
 * Istio, one zone per mesh configuration (an IstioOperator's `spec.meshConfig` or the `istio`
 * ConfigMap's `mesh` key) and one per Sidecar that overrides `outboundTrafficPolicy`. The mesh
 * default is `ALLOW_ANY` (sidecars pass unknown hosts through): allow by default. With
 * `REGISTRY_ONLY` only registered hosts are reachable, so the allowlist is the hosts of every
 * ServiceEntry of the run, listed on the first mesh configuration only. ServiceEntries without any mesh configuration in the run still form a
 * zone, whose default cannot be known.
 */
export declare const istioAdapter: Adapter;
