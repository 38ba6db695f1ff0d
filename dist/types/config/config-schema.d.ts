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
        readonly "fail-on": {
            readonly enum: readonly ["critical", "high", "medium", "low", "info"];
            readonly description: "Lowest severity that fails the run (default low).";
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
