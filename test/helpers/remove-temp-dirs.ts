import { afterAll } from "vitest";
import { removeTempDirs } from "./temp-dir.js";

// A setup file: every test file removes the temporary directories it made once its tests are over.
afterAll(removeTempDirs);
