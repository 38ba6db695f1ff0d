import type { Subject } from "../../types.js";
import type { ParsedDocument } from "../adapter.js";
import type { ProductReader } from "../normalized/product-reader.js";
import { isUnknown, unknownReason } from "../normalized/unknown.js";
import { IdentityBuilder } from "./identity.js";
import { isRecord } from "./values.js";

/** Plugins that verify a one-time code by themselves (the code is a second factor even without a client certificate). */
const OTP_PLUGIN = /otp|duo|google-auth|totp|privacyidea|linotp/i;

interface Directive {
  name: string;
  args: string[];
  index: number;
}

/**
 * OpenVPN servers (files with `server`, `server-bridge` or `mode server`; client profiles are
 * not subjects: the server decides). Two factors are a verified client certificate plus a
 * user check (`plugin`, `auth-user-pass-verify`, `management-client-auth`), or an OTP plugin.
 * `verify-client-cert none|optional` (legacy `client-cert-not-required`) drops the certificate;
 * `auth-user-pass-optional` lets clients skip the user check; `duplicate-cn` lets many people
 * share one certificate, so the certificate no longer identifies anyone.
 */
export function openvpnSubjects(documents: readonly ParsedDocument[]): Subject[] {
  const subjects: Subject[] = [];
  for (const { document, format } of documents) {
    if (format !== "openvpn" || !isRecord(document.value) || !Array.isArray(document.value["directives"])) continue;
    const directives: Directive[] = document.value["directives"].flatMap((raw, index) =>
      isRecord(raw) && typeof raw["name"] === "string" && Array.isArray(raw["args"])
        ? [{ name: raw["name"], args: raw["args"].map(String), index }]
        : [],
    );
    const server = directives.find(
      (d) => d.name === "server" || d.name === "server-bridge" || (d.name === "mode" && d.args[0] === "server"),
    );
    if (!server) continue;
    const at = (d: Directive, part: Array<string | number> = []) => ({ document, path: ["directives", d.index, ...part] });
    const last = (name: string) => directives.filter((d) => d.name === name).at(-1);
    const builder = new IdentityBuilder("openvpn", "openvpn", document.file, at(server), "vpn", document.file);

    const verify = last("verify-client-cert");
    const legacy = last("client-cert-not-required");
    const certOff = verify && verify.args[0] !== "require" ? verify : legacy;
    const userChecks = directives.filter((d) => d.name === "plugin" || d.name === "auth-user-pass-verify" || d.name === "management-client-auth");
    const otp = userChecks.find((d) => d.name === "plugin" && OTP_PLUGIN.test(d.args[0] ?? ""));
    const certText = certOff ? [certOff.name, ...certOff.args].join(" ") : "";
    // `config FILE` reads options norecur does not see: every verdict below rests on a directive
    // being absent (a plugin, `verify-client-cert none`), which that file may hold.
    const unread = isUnknown(document.value["unread"]) ? document.value["unread"] : undefined;
    if (otp) builder.secondFactor("required", `plugin ${otp.args[0] ?? ""} verifies a one-time code`, at(otp, ["args", 0]));
    else if (unread) builder.secondFactor(unread, unknownReason(unread), { document, path: ["unread"] });
    else if (certOff && userChecks.length > 0)
      builder.secondFactor("off", `${certText}: the user check (${userChecks[0]?.name ?? ""}) is the only factor`, at(certOff));
    else if (certOff) builder.secondFactor("off", `${certText} and no user check: clients connect unauthenticated`, at(certOff));
    else if (userChecks.length === 0) builder.secondFactor("off", "no plugin, auth-user-pass-verify or management-client-auth: the client certificate is the only factor", at(server));
    else builder.secondFactor("required", `client certificate and ${userChecks[0]?.name ?? ""}`, at(userChecks[0] ?? server));

    const optional = last("auth-user-pass-optional");
    if (optional && userChecks.length > 0)
      builder.gap({ kind: "user-check-optional", who: "", detail: "auth-user-pass-optional lets clients connect without a username and password, skipping the second factor." }, at(optional));
    const duplicate = last("duplicate-cn");
    if (duplicate)
      builder.gap({ kind: "shared-certificate", who: "", detail: "duplicate-cn lets several clients connect with the same certificate, so the certificate no longer identifies one person." }, at(duplicate));
    subjects.push(builder.build());
  }
  return subjects;
}

/** What this module reads, and how. */
export const openvpnReader: ProductReader = { formats: ["openvpn"], read: ({ documents }) => openvpnSubjects(documents) };
