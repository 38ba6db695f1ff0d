import { SUBJECT_KINDS } from "../types.js";

/**
 * JSON Schema of a policy file. The build writes it to `schemas/policy.schema.json` so
 * editors can complete policy files; the loader validates every policy against it.
 */
const JSON_TYPES = ["array", "boolean", "integer", "null", "number", "object", "string"] as const;

const celExpression = { type: "string", minLength: 1, description: "A CEL expression." } as const;
const pathPattern = {
  type: "string",
  description: "A dotted path: a.b[0], a[*], a.*, a[\"x.y\"].",
} as const;

const target = {
  type: "object",
  additionalProperties: false,
  required: ["kind"],
  properties: {
    kind: { enum: [...SUBJECT_KINDS], description: "Subject kind: raw (document, kubernetes-object, repository, terraform-resource) or normalized across products (page-cache, update-policy, identity-policy, egress-policy)." },
    formats: { type: "array", items: { type: "string" }, minItems: 1, description: "Only files read as these formats." },
    paths: { type: "array", items: { type: "string" }, minItems: 1, description: "Only files matching these globs." },
    where: { ...celExpression, description: "CEL filter over `subject`." },
    select: { type: "array", items: pathPattern, minItems: 1, description: "Each match becomes a subject." },
  },
} as const;

export const policySchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://norecur.dev/schemas/policy.schema.json",
  title: "norecur policy",
  type: "object",
  additionalProperties: false,
  required: ["id", "title", "severity", "description", "incidents", "target", "assert", "remediation"],
  properties: {
    id: { type: "string", pattern: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$", description: "Stable id, e.g. NR-UPD-001." },
    title: { type: "string", minLength: 1 },
    severity: { enum: ["critical", "high", "medium", "low", "info"] },
    description: { type: "string", minLength: 1 },
    incidents: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "lesson"],
        properties: { id: { type: "string", minLength: 1 }, lesson: { type: "string", minLength: 1 } },
      },
    },
    controls: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["framework", "id"],
        properties: { framework: { type: "string" }, id: { type: "string" }, title: { type: "string" } },
      },
    },
    target,
    related: target,
    params: {
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["description", "default"],
        properties: {
          description: { type: "string" },
          default: {},
          type: {
            description: "JSON Schema type of the param's values; inferred from the default when absent. Defaults and config overrides are checked against it.",
            anyOf: [{ enum: [...JSON_TYPES] }, { type: "array", items: { enum: [...JSON_TYPES] }, minItems: 1 }],
          },
          items: { type: "object", description: "JSON Schema of each element of a list param." },
          enum: { type: "array", minItems: 1, description: "The only values allowed." },
        },
      },
    },
    variables: {
      type: "object",
      description: "Named CEL expressions, defined once and used as `vars.NAME` in `where`, `when`, `cel` and messages.",
      propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
      additionalProperties: celExpression,
    },
    assert: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        oneOf: [{ required: ["cel"] }, { required: ["schema"] }],
        properties: {
          cel: celExpression,
          schema: { type: "object", description: "A JSON Schema (draft-07) the subject must satisfy." },
          when: celExpression,
          each: pathPattern,
          path: pathPattern,
          message: { type: "string", minLength: 1 },
        },
      },
    },
    remediation: {
      type: "object",
      additionalProperties: false,
      required: ["summary"],
      properties: { summary: { type: "string" }, before: { type: "string" }, after: { type: "string" } },
    },
    references: { type: "array", items: { type: "string" } },
    waivable: { type: "boolean", description: "False when no waiver may ever cover this policy (default true)." },
    tests: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "root", "expect"],
        properties: {
          name: { type: "string" },
          root: { type: "string" },
          expect: { type: "array", items: { type: "string" } },
        },
      },
    },
  },
} as const;
