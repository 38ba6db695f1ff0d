import { describe, expect, it } from "vitest";
import { updatePolicyAdapter } from "../../../src/adapters/update-policy/index.js";
import { bakeBuilds } from "../../../src/adapters/update-policy/bake-builds.js";
import { documentsOf, where } from "./documents.js";

const imagesOf = (files: Record<string, string>) =>
  updatePolicyAdapter({ documents: documentsOf(files), roots: ["."] })
    .filter((s) => s.id.startsWith("dockerfile:"))
    .map((s) => ({ id: s.id, image: (s.value as { image: Record<string, unknown> }).image, at: where(s, ["image"]) }));

describe("Bake files: which Dockerfile each target builds", () => {
  it("resolves context and dockerfile from the Bake file's folder, through inherits, the child's settings winning", () => {
    const documents = documentsOf({
      "build/docker-bake.hcl": [
        'target "common" {',
        '  context = "../services"',
        "  args = { REGISTRY = \"registry.example.com\", BASE = \"alpine:3.20\" }",
        "}",
        'target "api" {',
        '  inherits   = ["common"]',
        '  dockerfile = "api/Dockerfile"',
        "  args = { BASE = \"alpine:3.21\" }",
        "}",
        'target "remote" {',
        '  context = "https://github.com/example/tools.git#main"',
        "}",
        'target "loop" {',
        '  inherits = ["loop"]',
        "}",
        'target "inline" {',
        '  context           = "../services"',
        '  dockerfile-inline = "FROM alpine:3.21\\nRUN true"',
        "}",
      ].join("\n"),
    });
    const builds = bakeBuilds(documents);
    expect([...builds.keys()].sort()).toEqual(["services/Dockerfile", "services/api/Dockerfile"]);
    // The inline target builds the Dockerfile written in the Bake file, not services/Dockerfile.
    expect(builds.get("services/Dockerfile")?.map((b) => b.target)).toEqual(["common"]);
    const api = builds.get("services/api/Dockerfile")?.[0];
    expect(api?.target).toBe("api");
    expect(Object.fromEntries([...(api?.args ?? new Map())].map(([k, v]) => [k, v.value]))).toEqual({ REGISTRY: "registry.example.com", BASE: "alpine:3.21" });
  });

  it("reads docker-bake.json as Bake reads it", () => {
    const documents = documentsOf({ "docker-bake.json": JSON.stringify({ target: { web: { context: "web", args: { BASE: "nginx:1.27.3" } } } }) });
    expect(bakeBuilds(documents).get("web/Dockerfile")?.[0]?.args.get("BASE")?.value).toBe("nginx:1.27.3");
  });
});

describe("Bake targets decide what a FROM pulls", () => {
  const dockerfile = ["ARG VERSION=3.20", "ARG BASE=alpine:${VERSION}", "FROM ${BASE}", "RUN true"].join("\n");

  it("an arg a FROM reads through another ARG's default replaces it, pointing at the target's setting", () => {
    const [image, ...rest] = imagesOf({ Dockerfile: dockerfile, "docker-bake.hcl": 'target "default" {\n  args = { VERSION = "3.21" }\n}' });
    expect(rest).toEqual([]);
    expect(image?.image["reference"]).toBe("alpine:3.21");
    expect(image?.at).toBe("docker-bake.hcl:2:22");
  });

  it("targets that build the file differently give one subject each; a target that changes nothing keeps the file's own", () => {
    const bake = ['target "a" {', '  args = { VERSION = "3.21" }', "}", 'target "b" {', '  args = { UNUSED = "x" }', "}"].join("\n");
    expect(imagesOf({ Dockerfile: dockerfile, "docker-bake.hcl": bake }).map((s) => [s.id, s.image["reference"]])).toEqual([
      ["dockerfile:Dockerfile#0 (bake target a)", "alpine:3.21"],
      ["dockerfile:Dockerfile#0", "alpine:3.20"],
    ]);
  });

  it("a named context replaces the image: another target is built, docker-image:// is another image", () => {
    const bake = ['target "default" {', '  contexts = { "alpine:3.20" = "docker-image://alpine:3.21.2" }', "}"].join("\n");
    expect(imagesOf({ Dockerfile: dockerfile, "docker-bake.hcl": bake }).map((s) => s.image["reference"])).toEqual(["alpine:3.21.2"]);
    const built = ['target "base" {', '  context = "base"', "}", 'target "default" {', '  contexts = { "alpine:3.20" = "target:base" }', "}"].join("\n");
    const [image] = imagesOf({ Dockerfile: dockerfile, "base/Dockerfile": "FROM debian:12.8", "docker-bake.hcl": built }).filter((s) => s.id.startsWith("dockerfile:Dockerfile"));
    expect(image?.image).toMatchObject({ reference: "alpine:3.20", builtBy: "bake" });
  });

  it("an arg or an args map that is not a literal makes the image unknown", () => {
    const [image] = imagesOf({ Dockerfile: dockerfile, "docker-bake.hcl": 'target "default" {\n  args = { BASE = "alpine:${TAG}" }\n}' });
    expect(image?.image["reference"]).toHaveProperty("$unknown");
    expect(image?.at).toBe("docker-bake.hcl:2:19");
    const [whole] = imagesOf({ Dockerfile: dockerfile, "docker-bake.hcl": 'target "default" {\n  args = var_args\n}' });
    expect(whole?.image["reference"]).toHaveProperty("$unknown");
  });
});
