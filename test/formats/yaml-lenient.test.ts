import { describe, expect, it } from "vitest";
import { yamlParser } from "../../src/formats/yaml.js";
import { only } from "../helpers/parse.js";

/** A StatefulSet whose command string continues on lines indented less than its `- "` (the shape of the Kubernetes documentation's Kafka example). */
const KAFKA = [
  "apiVersion: apps/v1", //                                      1
  "kind: StatefulSet", //                                        2
  "metadata:", //                                                3
  "  name: kafka", //                                            4
  "spec:", //                                                    5
  "  template:", //                                              6
  "    spec:", //                                                7
  "      containers:", //                                        8
  "        - name: broker", //                                   9
  "          image: registry.example.com/kafka:3.7.0", //        10
  "          command:", //                                       11
  "            - sh", //                                         12
  "            - -c", //                                         13
  '            - "exec kafka-server-start.sh server.properties \\', // 14
  "          --override broker.id=1 \\", //                      15
  '          --override listeners=PLAINTEXT://:9093"', //        16
  "          ports:", //                                         17
  "            - containerPort: 9093", //                        18
  "",
].join("\n");

describe("YAML as kubectl and PyYAML read it", () => {
  it("reads a double-quoted scalar whose continuation lines are indented less than its item, with positions", () => {
    const doc = only(yamlParser.parse(KAFKA, "kafka.yaml"));
    const container = (doc.value as { spec: { template: { spec: { containers: Array<{ command: string[]; ports: unknown[] }> } } } }).spec.template.spec.containers[0];
    expect(container?.command[2]).toBe("exec kafka-server-start.sh server.properties --override broker.id=1 --override listeners=PLAINTEXT://:9093");
    expect(doc.locate(["spec", "template", "spec", "containers", 0, "image"])).toMatchObject({ line: 10, column: 18 });
    expect(doc.locate(["spec", "template", "spec", "containers", 0, "ports", 0, "containerPort"])).toMatchObject({ line: 18, column: 30 });
    expect(doc.locate(["spec", "template", "spec", "containers", 0, "command", 2])).toMatchObject({ line: 14, column: 15 });
  });

  it("reads a single-quoted scalar continued at the item's own indentation", () => {
    const text = "args:\n  - 'first part\n  second part'\n  - tail\n";
    expect(only(yamlParser.parse(text, "a.yaml")).value).toEqual({ args: ["first part second part", "tail"] });
  });

  it("reads a flow sequence whose closing bracket sits at its key's indentation (Compose files), with positions", () => {
    const text = [
      "services:", //                   1
      "  flagd:", //                    2
      "    image: example/flagd:1.2", // 3
      "    command: [", //              4
      '      "start",', //              5
      '      "--uri"', //               6
      "    ]", //                       7
      "    ports:", //                  8
      '      - "8013"', //              9
      "",
    ].join("\n");
    const doc = only(yamlParser.parse(text, "compose.yaml"));
    expect(doc.value).toEqual({ services: { flagd: { image: "example/flagd:1.2", command: ["start", "--uri"], ports: ["8013"] } } });
    expect(doc.locate(["services", "flagd", "image"])).toMatchObject({ line: 3, column: 12 });
    expect(doc.locate(["services", "flagd", "ports", 0])).toMatchObject({ line: 9, column: 9 });
  });

  it.each([
    ["a mapping key indented less than its siblings", "spec:\n    replicas: 1\n  selector: {}\n"],
    ["a plain multi-line scalar continued too far left", "spec:\n  - name: a\n  b\n    c: d\n"],
    ["an unterminated double-quoted scalar", 'command:\n  - "exec\nname: x\n'],
    ["a closed flow sequence followed by a key indented less than its siblings", "spec:\n    args: [a, b]\n  selector: {}\n"],
  ])("keeps rejecting what they reject too: %s", (_what, text) => {
    const result = yamlParser.parse(text, "bad.yaml");
    expect(result.ok).toBe(false);
  });
});
