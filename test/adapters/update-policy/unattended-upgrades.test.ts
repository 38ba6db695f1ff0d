import { describe, expect, it } from "vitest";
import { unattendedUpgradeSubjects } from "../../../src/adapters/update-policy/unattended-upgrades.js";
import { documentsOf, where } from "./documents.js";

describe("unattended-upgrades update-policy subjects", () => {
  it("reads apt.conf.d in name order, then apt.conf; later single values win, names compare case-insensitively", () => {
    const subjects = unattendedUpgradeSubjects(
      documentsOf({
        "etc/apt/apt.conf": 'apt::periodic::unattended-upgrade "1";\n',
        "etc/apt/apt.conf.d/99off": 'APT::Periodic::Unattended-Upgrade "0";\n',
        "etc/apt/apt.conf.d/20auto-upgrades": 'APT::Periodic::Unattended-Upgrade "1";\n',
      }),
      ["."],
    );
    expect(subjects.map((s) => s.id)).toEqual(["unattended-upgrades:etc/apt"]);
    expect((subjects[0]?.value as { switches: unknown }).switches).toEqual([{ setting: "APT::Periodic::Unattended-Upgrade", covers: "all", enabled: true }]);
    expect(where(subjects[0], ["switches", 0])).toBe("etc/apt/apt.conf:1:35");
  });

  it("adds origin lists up across files, and a #clear drops what came before", () => {
    const base = 'Unattended-Upgrade::Allowed-Origins { "${distro_id}:${distro_codename}-security"; };\n';
    const kept = unattendedUpgradeSubjects(documentsOf({ "a/apt/apt.conf.d/50u": base, "a/apt/apt.conf.d/60u": 'Unattended-Upgrade::Allowed-Origins { "Docker:stable"; };\n' }), ["."]);
    const cleared = unattendedUpgradeSubjects(
      documentsOf({ "b/apt/apt.conf.d/50u": base, "b/apt/apt.conf.d/60u": '#clear Unattended-Upgrade::Allowed-Origins;\nUnattended-Upgrade::Allowed-Origins { "Docker:stable"; };\n' }),
      ["."],
    );
    const origins = (subject: unknown): unknown => (subject as { value: { switches: Array<{ enabled: unknown }> } }).value.switches[0]?.enabled;
    expect(origins(kept[0])).toBe(true);
    expect(origins(cleared[0])).toBe(false);
    expect(where(cleared[0], ["switches", 0])).toBe("b/apt/apt.conf.d/60u:2:1");
  });

  it("says nothing about settings a directory does not make", () => {
    const [subject] = unattendedUpgradeSubjects(documentsOf({ "etc/apt/apt.conf.d/10periodic": 'APT::Periodic::Update-Package-Lists "1";\n' }), ["."]);
    expect((subject?.value as { switches: unknown }).switches).toEqual([]);
  });
});
