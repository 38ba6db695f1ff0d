/** A test that a file may hold a document others join with, by its path or its text (`AdapterStream.joins`). */
export type JoinTest = (path: string, text: string) => boolean;
/** A join test made of others, which it keeps. */
type JoinedTest = JoinTest & {
    readonly parts: readonly JoinTest[];
};
/** A join test on the text alone: whether it may name one of its words. */
type WordTest = JoinTest & {
    readonly words: readonly string[];
};
/**
 * Whether a file's text may name one of `words` (see mayName). Tests of words that a run's kinds
 * make are searched for together ({@link joinTestsOnce}).
 */
export declare function textMayName(words: readonly string[]): WordTest;
/**
 * A join test that passes when any of `tests` does, and keeps them, so that a run whose kinds
 * share a test (three kinds join with Kustomizations) runs it once per file
 * ({@link joinTestsOnce}) instead of once per kind that makes it part of its own.
 */
export declare function anyJoinTest(...tests: JoinTest[]): JoinedTest;
/** The tests a join test is made of: its parts, or itself. */
export declare function joinTestParts(test: JoinTest): readonly JoinTest[];
/**
 * Tests passing for a file exactly when one of `tests` does, each distinct part once and every
 * test of words merged into one: each of those read the whole text of every file of its format
 * (a manifest's was searched for `Kustomization` twice, and for the egress kinds' words once
 * more), and one search finds any of their words. Tests of the path come first: they are cheap.
 */
export declare function joinTestsOnce(tests: readonly JoinTest[]): JoinTest[];
export {};
