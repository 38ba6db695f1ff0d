/** The documents' values, or undefined when the slow path must decide (an error or a complex key). */
export declare function fastYamlValues(text: string): unknown[] | undefined;
