import type { Adapter } from "../adapter.js";
/**
 * GitHub Actions jobs guarded by step-security/harden-runner, one zone per job that uses it.
 * `egress-policy: block` is default-deny with `allowed-endpoints` (`host:port`, separated by
 * whitespace) as the allowlist; `audit` only records traffic: allow by default. Without the
 * input the action's default applies (`block` in its action.yml); with `policy` or
 * `use-policy-store` the policy comes from the StepSecurity policy store and cannot be known.
 * Each endpoint is placed at its own word where the scalar's layout allows (see scalarTokens).
 */
export declare const hardenRunnerAdapter: Adapter;
