import type { Adapter } from "../adapter.js";
import { combineReaders } from "../normalized/product-reader.js";
import { auth0Reader } from "./auth0.js";
import { awsIamReader } from "./aws-iam.js";
import { cognitoReader } from "./cognito.js";
import { entraReader } from "./entra.js";
import { githubReader } from "./github.js";
import { gitlabReader } from "./gitlab.js";
import { keycloakReader } from "./keycloak.js";
import { oktaReader } from "./okta.js";
import { openvpnReader } from "./openvpn.js";

const identityPolicy = combineReaders([auth0Reader, awsIamReader, cognitoReader, entraReader, githubReader, gitlabReader, keycloakReader, oktaReader, openvpnReader]);

/**
 * `identity-policy` subjects: whether a second factor is required, for whom, with which factors
 * and gaps, across identity providers, VPNs, code hosting and cloud IAM. Each product is a module
 * in this folder that declares the formats it reads; see docs/subjects/identity-policy.md.
 */
export const identityPolicyAdapter: Adapter = identityPolicy.adapter;

/** Formats the `identity-policy` adapters read, gathered from the product modules. */
export const identityPolicyFormats: readonly string[] = identityPolicy.formats;
