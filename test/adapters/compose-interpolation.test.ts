import { describe, expect, it } from "vitest";
import { interpolate } from "../../src/adapters/compose-interpolation.js";

describe("Compose interpolation with the repository's .env and inline defaults", () => {
  const env = { IMAGE: "postgres:18.4", TAG: "1.27", EMPTY: "" };
  it.each([
    ["${IMAGE}", "postgres:18.4"],
    ["$IMAGE", "postgres:18.4"],
    ["nginx:${TAG}", "nginx:1.27"],
    ["nginx:${MISSING:-1.25}", "nginx:1.25"],
    ["nginx:${EMPTY:-1.25}", "nginx:1.25"],
    ["nginx:${EMPTY-1.25}", "nginx:"],
    ["nginx:${MISSING-1.25}", "nginx:1.25"],
    ["nginx${TAG:+:}${TAG}", "nginx:1.27"],
    ["nginx${MISSING+:x}", "nginx"],
    ["${MISSING:-${IMAGE}}", "postgres:18.4"],
    ["${TAG:?a tag is required}", "1.27"],
    ["price$$5", "price$5"],
  ])("%s is %s", (text, expected) => {
    expect(interpolate(text, env)).toBe(expected);
  });

  it.each([["${MISSING}"], ["$MISSING"], ["nginx:${MISSING:?set it}"], ["${EMPTY:?set it}"], ["${UNCLOSED"], ["${MISSING:-${ALSO_MISSING}}"]])(
    "%s depends on an environment the repository does not show",
    (text) => {
      expect(interpolate(text, env)).toBeUndefined();
    },
  );
});
