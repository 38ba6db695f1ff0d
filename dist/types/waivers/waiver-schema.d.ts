/**
 * JSON Schema of the waivers file (`.norecur/waivers.yml` by default). The build writes it to
 * `schemas/waivers.schema.json` so editors can complete waivers; the loader validates with it.
 * Rules that depend on the run (the expiry horizon, non-waivable policies, global scope) are
 * checked after the schema, with the same `file:line:col: key: message` errors.
 */
export declare const waiverSchema: {
    readonly $schema: "http://json-schema.org/draft-07/schema#";
    readonly $id: "https://norecur.dev/schemas/waivers.schema.json";
    readonly title: "norecur waivers";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["version", "waivers"];
    readonly properties: {
        readonly version: {
            readonly const: 1;
            readonly description: "Version of this file's format.";
        };
        readonly waivers: {
            readonly type: "array";
            readonly description: "Exceptions to policies, each with an owner, a reason and an expiry.";
            readonly items: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["policy", "reason", "owner", "expires"];
                readonly properties: {
                    readonly policy: {
                        readonly type: "string";
                        readonly pattern: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$";
                        readonly description: "Id of the waived policy.";
                    };
                    readonly paths: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                        readonly minItems: 1;
                        readonly description: "Globs of the files whose findings are waived, relative to the directory checked.";
                    };
                    readonly subject: {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly description: "Subject id (or glob) whose findings are waived, e.g. Deployment/shop/*.";
                    };
                    readonly reason: {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly description: "Why the exception is needed.";
                    };
                    readonly owner: {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly description: "Who answers for it (a person, not a team alias, is best).";
                    };
                    readonly expires: {
                        readonly type: "string";
                        readonly pattern: "^\\d{4}-\\d{2}-\\d{2}$";
                        readonly description: "Last day it applies, YYYY-MM-DD (UTC).";
                    };
                    readonly ticket: {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly description: "Ticket or link where it was discussed.";
                    };
                    readonly "approved-by": {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly description: "Who approved it; an extension without one fails the run.";
                    };
                };
            };
        };
    };
};
