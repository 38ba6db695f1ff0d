import type { FieldSchema } from "../../adapters/normalized/schemas/field-schema.js";
/**
 * The first field a `schema:` assertion names (under `properties`, `required`, `items`,
 * `patternProperties` aside) that the subject's schema says cannot exist, as a message; a
 * misspelt property in a JSON Schema assertion would otherwise never match and always pass.
 */
export declare function findBadSchemaField(assertion: unknown, subject: FieldSchema | undefined, label: string): string | undefined;
