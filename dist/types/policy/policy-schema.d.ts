export declare const policySchema: {
    readonly $schema: "http://json-schema.org/draft-07/schema#";
    readonly $id: "https://norecur.dev/schemas/policy.schema.json";
    readonly title: "norecur policy";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["id", "title", "severity", "description", "incidents", "target", "assert", "remediation"];
    readonly properties: {
        readonly id: {
            readonly type: "string";
            readonly pattern: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$";
            readonly description: "Stable id, e.g. NR-UPD-001.";
        };
        readonly title: {
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly severity: {
            readonly enum: readonly ["critical", "high", "medium", "low", "info"];
        };
        readonly description: {
            readonly type: "string";
            readonly minLength: 1;
        };
        readonly incidents: {
            readonly type: "array";
            readonly items: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["id", "lesson"];
                readonly properties: {
                    readonly id: {
                        readonly type: "string";
                        readonly minLength: 1;
                    };
                    readonly lesson: {
                        readonly type: "string";
                        readonly minLength: 1;
                    };
                };
            };
        };
        readonly controls: {
            readonly type: "array";
            readonly items: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["framework", "id"];
                readonly properties: {
                    readonly framework: {
                        readonly type: "string";
                    };
                    readonly id: {
                        readonly type: "string";
                    };
                    readonly title: {
                        readonly type: "string";
                    };
                };
            };
        };
        readonly target: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["kind"];
            readonly properties: {
                readonly kind: {
                    readonly enum: readonly ["document", "kubernetes-object", "repository", "terraform-resource", "page-cache", "update-policy", "identity-policy", "egress-policy", "response-headers"];
                    readonly description: "Subject kind: raw (document, kubernetes-object, repository, terraform-resource) or normalized across products (page-cache, update-policy, identity-policy, egress-policy).";
                };
                readonly formats: {
                    readonly type: "array";
                    readonly items: {
                        readonly type: "string";
                    };
                    readonly minItems: 1;
                    readonly description: "Only files read as these formats.";
                };
                readonly paths: {
                    readonly type: "array";
                    readonly items: {
                        readonly type: "string";
                    };
                    readonly minItems: 1;
                    readonly description: "Only files matching these globs.";
                };
                readonly where: {
                    readonly type: "string";
                    readonly minLength: 1;
                    readonly description: "CEL filter over `subject`.";
                };
                readonly select: {
                    readonly type: "array";
                    readonly items: {
                        readonly type: "string";
                        readonly description: "A dotted path: a.b[0], a[*], a.*, a[\"x.y\"].";
                    };
                    readonly minItems: 1;
                    readonly description: "Each match becomes a subject.";
                };
            };
        };
        readonly related: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["kind"];
            readonly properties: {
                readonly kind: {
                    readonly enum: readonly ["document", "kubernetes-object", "repository", "terraform-resource", "page-cache", "update-policy", "identity-policy", "egress-policy", "response-headers"];
                    readonly description: "Subject kind: raw (document, kubernetes-object, repository, terraform-resource) or normalized across products (page-cache, update-policy, identity-policy, egress-policy).";
                };
                readonly formats: {
                    readonly type: "array";
                    readonly items: {
                        readonly type: "string";
                    };
                    readonly minItems: 1;
                    readonly description: "Only files read as these formats.";
                };
                readonly paths: {
                    readonly type: "array";
                    readonly items: {
                        readonly type: "string";
                    };
                    readonly minItems: 1;
                    readonly description: "Only files matching these globs.";
                };
                readonly where: {
                    readonly type: "string";
                    readonly minLength: 1;
                    readonly description: "CEL filter over `subject`.";
                };
                readonly select: {
                    readonly type: "array";
                    readonly items: {
                        readonly type: "string";
                        readonly description: "A dotted path: a.b[0], a[*], a.*, a[\"x.y\"].";
                    };
                    readonly minItems: 1;
                    readonly description: "Each match becomes a subject.";
                };
            };
        };
        readonly params: {
            readonly type: "object";
            readonly additionalProperties: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["description", "default"];
                readonly properties: {
                    readonly description: {
                        readonly type: "string";
                    };
                    readonly default: {};
                    readonly type: {
                        readonly description: "JSON Schema type of the param's values; inferred from the default when absent. Defaults and config overrides are checked against it.";
                        readonly anyOf: readonly [{
                            readonly enum: readonly ["array", "boolean", "integer", "null", "number", "object", "string"];
                        }, {
                            readonly type: "array";
                            readonly items: {
                                readonly enum: readonly ["array", "boolean", "integer", "null", "number", "object", "string"];
                            };
                            readonly minItems: 1;
                        }];
                    };
                    readonly items: {
                        readonly type: "object";
                        readonly description: "JSON Schema of each element of a list param.";
                    };
                    readonly enum: {
                        readonly type: "array";
                        readonly minItems: 1;
                        readonly description: "The only values allowed.";
                    };
                };
            };
        };
        readonly variables: {
            readonly type: "object";
            readonly description: "Named CEL expressions, defined once and used as `vars.NAME` in `where`, `when`, `cel` and messages.";
            readonly propertyNames: {
                readonly pattern: "^[A-Za-z_][A-Za-z0-9_]*$";
            };
            readonly additionalProperties: {
                readonly type: "string";
                readonly minLength: 1;
                readonly description: "A CEL expression.";
            };
        };
        readonly assert: {
            readonly type: "array";
            readonly minItems: 1;
            readonly items: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly oneOf: readonly [{
                    readonly required: readonly ["cel"];
                }, {
                    readonly required: readonly ["schema"];
                }];
                readonly properties: {
                    readonly cel: {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly description: "A CEL expression.";
                    };
                    readonly schema: {
                        readonly type: "object";
                        readonly description: "A JSON Schema (draft-07) the subject must satisfy.";
                    };
                    readonly when: {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly description: "A CEL expression.";
                    };
                    readonly each: {
                        readonly type: "string";
                        readonly description: "A dotted path: a.b[0], a[*], a.*, a[\"x.y\"].";
                    };
                    readonly path: {
                        readonly type: "string";
                        readonly description: "A dotted path: a.b[0], a[*], a.*, a[\"x.y\"].";
                    };
                    readonly message: {
                        readonly type: "string";
                        readonly minLength: 1;
                    };
                };
            };
        };
        readonly remediation: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["summary"];
            readonly properties: {
                readonly summary: {
                    readonly type: "string";
                };
                readonly before: {
                    readonly type: "string";
                };
                readonly after: {
                    readonly type: "string";
                };
            };
        };
        readonly references: {
            readonly type: "array";
            readonly items: {
                readonly type: "string";
            };
        };
        readonly waivable: {
            readonly type: "boolean";
            readonly description: "False when no waiver may ever cover this policy (default true).";
        };
        readonly tests: {
            readonly type: "array";
            readonly items: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["name", "root", "expect"];
                readonly properties: {
                    readonly name: {
                        readonly type: "string";
                    };
                    readonly root: {
                        readonly type: "string";
                    };
                    readonly expect: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                };
            };
        };
    };
};
