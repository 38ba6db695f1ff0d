import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
/**
 * Auth0 Guardian (`auth0_guardian`): `policy = "never"` asks nobody, `"confidence-score"` only
 * when Auth0 judges a login risky. E-mail and SMS/voice codes as the only factors are a gap:
 * they travel over channels an attacker who owns the mailbox or number reads.
 */
export declare function auth0Subjects(documents: readonly ParsedDocument[]): Subject[];
