/** A test that a file may hold a document others join with, by its path or its text (`AdapterStream.joins`). */
export type JoinTest = (path: string, text: string) => boolean;
/** A join test made of others, which it keeps. */
type JoinedTest = JoinTest & {
    readonly parts: readonly JoinTest[];
};
/**
 * A join test that passes when any of `tests` does, and keeps them: a run whose kinds share a
 * test (three kinds join with Kustomizations) runs each distinct test once per file
 * (src/stream/stream-plan.ts) instead of once per kind that makes it part of its own. Each test
 * reads the whole text of every file of its format.
 */
export declare function anyJoinTest(...tests: JoinTest[]): JoinedTest;
/** The tests a join test is made of: its parts, or itself. */
export declare function joinTestParts(test: JoinTest): readonly JoinTest[];
export {};
