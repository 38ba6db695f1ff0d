/** JSON Schema of `.norecur.yml`; the build writes it to `schemas/config.schema.json`. */
export declare const configSchema: {
    readonly $schema: "http://json-schema.org/draft-07/schema#";
    readonly $id: "https://norecur.dev/schemas/config.schema.json";
    readonly title: "norecur configuration";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly properties: {
        readonly policies: {
            readonly type: "array";
            readonly items: {
                readonly type: "string";
            };
            readonly description: "Extra policy directories, relative to this file.";
        };
        readonly builtin: {
            readonly type: "boolean";
            readonly description: "Load the built-in policy pack (default true).";
        };
        readonly disable: {
            readonly type: "array";
            readonly description: "Policies switched off, each with the reason.";
            readonly items: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["id", "reason"];
                readonly properties: {
                    readonly id: {
                        readonly type: "string";
                    };
                    readonly reason: {
                        readonly type: "string";
                        readonly minLength: 1;
                    };
                };
            };
        };
        readonly params: {
            readonly type: "object";
            readonly description: "Parameter overrides, by policy id.";
            readonly additionalProperties: {
                readonly type: "object";
            };
        };
        readonly ignore: {
            readonly type: "array";
            readonly items: {
                readonly type: "string";
            };
            readonly description: "Globs of paths never scanned.";
        };
        readonly "max-file-size": {
            readonly type: "integer";
            readonly minimum: 1024;
            readonly maximum: 104857600;
            readonly description: "Largest file read, in bytes (default 10485760, 10 MiB); larger files are skipped with the reason.";
        };
        readonly "fail-on": {
            readonly enum: readonly ["critical", "high", "medium", "low", "info"];
            readonly description: "Lowest severity that fails the run (default low).";
        };
        readonly waivers: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly description: "Governed exceptions: where they live and the rules they must follow.";
            readonly properties: {
                readonly file: {
                    readonly type: "string";
                    readonly minLength: 1;
                    readonly description: "Waivers file, relative to this file (default .norecur/waivers.yml).";
                };
                readonly "max-horizon-days": {
                    readonly type: "integer";
                    readonly minimum: 1;
                    readonly description: "Furthest an expiry may lie from today, in days (default 90).";
                };
                readonly "expiring-within-days": {
                    readonly type: "integer";
                    readonly minimum: 0;
                    readonly description: "Waivers expiring within this many days are listed as expiring (default 14).";
                };
                readonly "allow-global": {
                    readonly type: "boolean";
                    readonly description: "Allow waivers without a path or subject scope (default false).";
                };
                readonly "non-waivable": {
                    readonly type: "array";
                    readonly items: {
                        readonly type: "string";
                    };
                    readonly description: "Policy ids no waiver may cover.";
                };
            };
        };
        readonly formats: {
            readonly type: "array";
            readonly description: "Format overrides for custom paths, tried before the built-in detection.";
            readonly items: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["paths", "format"];
                readonly properties: {
                    readonly paths: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                        readonly minItems: 1;
                    };
                    readonly format: {
                        readonly type: "string";
                    };
                };
            };
        };
    };
};
