import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/discover/detect-format.js";

const SERVICES = "services:\n  web:\n    image: nginx:1.27.2\n";

describe("Docker Compose files", () => {
  it.each([
    ["compose.yaml", "compose"],
    ["deploy/compose.yml", "compose"],
    ["compose.override.yaml", "compose"],
    ["docker-compose.yml", "compose"],
    ["ops/docker-compose.prod.yaml", "compose"],
    ["compose-notes.yaml", "yaml"],
    ["my-compose.yml", "yaml"],
  ])("detects %s as %s", (path, format) => {
    expect(detectFormat(path, () => SERVICES, [])).toBe(format);
  });

  it("is chosen by name before the Kubernetes content sniff and generic YAML", () => {
    expect(detectFormat("compose.yaml", () => "apiVersion: v1\nkind: ConfigMap\n", [])).toBe("compose");
  });
});
