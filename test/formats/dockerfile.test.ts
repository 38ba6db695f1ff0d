import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/discover/detect-format.js";
import { dockerfileParser } from "../../src/formats/dockerfile/index.js";
import { only, range } from "../helpers/parse.js";

const MULTI_STAGE = [
  "# syntax=docker/dockerfile:1", //                                    1
  "ARG PHP_VERSION=8.3", //                                             2
  'ARG BASE="debian:12-slim" UNSET', //                                 3
  "FROM --platform=$BUILDPLATFORM composer:2.7 AS vendor", //           4
  "RUN composer install \\", //                                         5
  "# a comment inside the continuation", //                           6
  "    --no-dev", //                                                    7
  "FROM php:${PHP_VERSION}-apache AS app", //                           8
  "COPY --from=vendor /app/vendor /var/www/vendor", //                  9
  "RUN <<EOF", //                                                       10
  "FROM not-an-instruction:latest", //                                  11
  "EOF", //                                                             12
  "FROM ${BASE}", //                                                    13
  "from app", //                                                        14
  "FROM ${UNSET}-x", //                                                 15
  "",
].join("\n");

describe("dockerfileParser", () => {
  const document = only(dockerfileParser.parse(MULTI_STAGE, "Dockerfile"));

  it("reads global ARG defaults and every FROM, substituting known ARGs", () => {
    expect(document.value).toEqual({
      args: { PHP_VERSION: "8.3", BASE: "debian:12-slim", UNSET: null },
      stages: [
        { from: "composer:2.7", image: "composer:2.7", name: "vendor", platform: "$BUILDPLATFORM" },
        { from: "php:${PHP_VERSION}-apache", image: "php:8.3-apache", name: "app" },
        { from: "${BASE}", image: "debian:12-slim" },
        { from: "app", image: "app", stage: "app" },
        { from: "${UNSET}-x", image: { $expr: "${UNSET}-x" } },
      ],
    });
  });

  it.each([
    [["stages", 0, "image"], range(4, 32, 4, 44)],
    [["stages", 0, "name"], range(4, 48, 4, 54)],
    [["stages", 1, "image"], range(8, 6, 8, 31)],
    [["stages", 2], range(13, 1, 13, 13)],
    [["stages", 3, "stage"], range(14, 6, 14, 9)],
    [["args", "BASE"], range(3, 5, 3, 26)],
  ])("locates %j", (path, expected) => {
    expect(document.locate(path)).toEqual(expected);
  });

  it("expands ARG defaults that use earlier ARGs; a default built on an ARG without one is unknown", () => {
    const text = "ARG VERSION=12\nARG IMAGE=debian:${VERSION}-slim\nARG TAG\nARG OTHER=node:${TAG}\nFROM ${IMAGE}\nFROM ${OTHER}\n";
    expect(only(dockerfileParser.parse(text, "Dockerfile")).value).toEqual({
      args: { VERSION: "12", IMAGE: "debian:${VERSION}-slim", TAG: null, OTHER: "node:${TAG}" },
      stages: [
        { from: "${IMAGE}", image: "debian:12-slim" },
        { from: "${OTHER}", image: { $expr: "${OTHER}" } },
      ],
    });
  });

  it("treats the automatic platform ARGs as known only to the build", () => {
    const doc = only(dockerfileParser.parse("FROM --platform=$BUILDPLATFORM node:20-${TARGETARCH}\n", "Dockerfile"));
    expect(doc.value).toMatchObject({ stages: [{ image: { $expr: "node:20-${TARGETARCH}" }, platform: "$BUILDPLATFORM" }] });
  });

  it("honours a backtick escape directive for continuations", () => {
    const doc = only(dockerfileParser.parse("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 `\n  AS base\n", "Dockerfile"));
    expect(doc.value).toEqual({ args: {}, stages: [{ from: "mcr.microsoft.com/windows/servercore:ltsc2022", image: "mcr.microsoft.com/windows/servercore:ltsc2022", name: "base" }] });
    expect(doc.locate(["stages", 0, "name"])).toEqual(range(3, 6, 3, 10));
  });

  it("reads heredocs only in RUN, COPY and ADD, and not a shell here-string", () => {
    const text = 'FROM debian:12\nRUN cat <<<"EOT"\nLABEL note="a <<EOT b"\nFROM alpine:3.20\n';
    expect(only(dockerfileParser.parse(text, "Dockerfile")).value).toMatchObject({ stages: [{ image: "debian:12" }, { image: "alpine:3.20" }] });
  });

  it.each([
    ["RUN apt-get update\nFROM debian:12\n", "RUN before the first FROM", range(1, 1, 1, 4)],
    ["FROM\n", "FROM needs an image", range(1, 1, 1, 5)],
    ["FROM a b\n", "expected FROM [--platform=...] image [AS name]", range(1, 8, 1, 9)],
    ["# only a comment\n", "no FROM instruction", range(1, 1, 1, 1)],
    ["FROM debian:12\nRUN <<EOT\necho\n", "heredoc without its closing delimiter line", range(2, 5, 2, 10)],
  ])("reports %j as a positioned error", (text, message, at) => {
    expect(dockerfileParser.parse(text, "Dockerfile")).toEqual({ ok: false, errors: [{ message, range: at }] });
  });

  it("never throws on arbitrary text, and locates any path or reports one positioned error", () => {
    const unit = fc.constantFrom(..."FROMARG as=${}:-+\\`#<'\"\n\r \tEOF-x".split(""));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), fc.array(fc.oneof(fc.constantFrom("stages", "args", "image", "name"), fc.nat(3)), { maxLength: 4 }), (text, path) => {
        const result = dockerfileParser.parse(text, "Dockerfile");
        if (!result.ok) {
          expect(result.errors).toHaveLength(1);
          expect(result.errors[0]?.range.line).toBeGreaterThanOrEqual(1);
          return;
        }
        expect(result.documents[0]?.locate(path).line).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it.each([
    ["Dockerfile", "# no FROM yet\n", "dockerfile"],
    ["Dockerfile.prod", "FROM php:8.3-apache\n", "dockerfile"],
    ["images/worker.Dockerfile", "ARG B=debian:12\nfrom ${B}\n", "dockerfile"],
    ["Dockerfile.dockerignore", "node_modules\n*.log\n", undefined],
    ["Containerfile", "FROM fedora:40\n", "dockerfile"],
  ])("detects %s by name, or by a FROM line for suffixed names", (path, text, format) => {
    expect(detectFormat(path, () => text, [])).toBe(format);
  });
});

describe("dockerfile ARG expansion bound", () => {
  it("makes an image unknown instead of expanding an ARG chain that doubles at each step", () => {
    const args = ["ARG A0=x"];
    for (let i = 1; i <= 40; i++) args.push(`ARG A${i}=\${A${i - 1}-1}\${A${i - 1}-1}`);
    const started = performance.now();
    const parsed = dockerfileParser.parse(`${args.join("\n")}\nFROM alpine:\${A3}\nFROM alpine:\${A40}\n`, "Dockerfile");
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(parsed.ok).toBe(true);
    const stages = parsed.ok ? (parsed.documents[0]?.value as { stages: Array<{ image: unknown }> }).stages : [];
    expect(stages.map((s) => s.image)).toEqual(["alpine:xxxxxxxx", { $expr: "alpine:${A40}" }]);
  });
});
