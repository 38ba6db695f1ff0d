import type { Adapter } from "../adapter.js";
import { auth0Subjects } from "./auth0.js";
import { awsIamSubjects } from "./aws-iam.js";
import { cognitoSubjects } from "./cognito.js";
import { entraSubjects } from "./entra.js";
import { githubSubjects } from "./github.js";
import { gitlabSubjects } from "./gitlab.js";
import { keycloakSubjects } from "./keycloak.js";
import { oktaSubjects } from "./okta.js";
import { openvpnSubjects } from "./openvpn.js";

/**
 * `identity-policy` subjects: whether a second factor is required, for whom, and with what
 * gaps, across identity providers, VPNs, code hosting and cloud IAM. Each product is a module
 * in this folder; see docs/subjects/identity-policy.md for the shape.
 */
export const identityPolicyAdapter: Adapter = ({ documents }) => [
  ...auth0Subjects(documents),
  ...awsIamSubjects(documents),
  ...cognitoSubjects(documents),
  ...entraSubjects(documents),
  ...githubSubjects(documents),
  ...gitlabSubjects(documents),
  ...keycloakSubjects(documents),
  ...oktaSubjects(documents),
  ...openvpnSubjects(documents),
];

/** Formats the `identity-policy` adapters read. */
export const identityPolicyFormats: readonly string[] = ["github-settings", "keycloak-realm", "openvpn", "terraform", "terraform-plan"];
