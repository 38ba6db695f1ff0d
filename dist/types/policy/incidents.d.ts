/** An entry of the incident catalogue (`policies/incidents.yaml`). */
export interface Incident {
    /** Catalogue id, e.g. `tokyo-theatre-2024-02`. */
    id: string;
    /** Short title. */
    title: string;
    /** When it happened, as precisely as the source says. */
    date?: string;
    /** Where the facts come from. */
    source?: string;
    /** What happened. */
    summary: string;
    /** Root causes the report names. */
    causes: string[];
    /** Controls that would have prevented or contained it. */
    controls: string[];
}
/** The built-in incident catalogue, by id. */
export declare function loadIncidents(): Map<string, Incident>;
