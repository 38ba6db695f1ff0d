import type { Adapter } from "../adapter.js";
/**
 * Docker Compose, one zone per service. A container reaches the outside through any network that
 * is not `internal: true`, including the implicit `default` network of a service that names no
 * network, and through `network_mode: host` or `bridge`; `network_mode: none` has no network at
 * all. So a service is default-deny only when every network it is attached to is internal. An
 * `external` network is defined outside the file: whether it is internal cannot be known.
 * Labels are the service's `labels` (a map or a `KEY=value` list), `images` its `image`.
 * `meta.route` names the way out when there is one.
 */
export declare const composeAdapter: Adapter;
