import type { DocPath, Document, Subject } from "../../types.js";
import { NormalizedBuilder } from "../normalized/builder.js";
import type { UnknownMarker } from "../normalized/unknown.js";
import type { Factor } from "./factors.js";

/** What the subject controls access to; each MFA policy looks at one service. */
export type IdentityService = "identity-provider" | "vpn" | "code-hosting" | "cloud-iam";

/**
 * How strongly a second factor is demanded: `required` from everyone the subject covers;
 * `conditional` only from some (e.g. users who already enrolled); `optional` users may skip it;
 * `alternative` a weaker control satisfies the policy instead; `risk-based` only when a risk
 * score asks; `report-only` / `disabled` the policy is not enforced; `off` never.
 */
export type SecondFactor = "required" | "conditional" | "optional" | "alternative" | "risk-based" | "report-only" | "disabled" | "off";

/** A way around the second factor, placed at the setting that opens it. */
export interface Gap {
  /** What kind of gap: `excluded-user`, `password-grant`, `member-without-2fa`, ... */
  kind: string;
  /** Who or what it lets through (user, group, client, login); empty when it is everyone. */
  who: string | UnknownMarker;
  /** One sentence for the finding. */
  detail: string;
}

/** Where a value was read: a document and a path in it. */
export interface At {
  /** The parsed document holding the value. */
  document: Document;
  /** Path of the value in that document. */
  path: DocPath;
}

/** A factor whose enrolment setting is not a literal. */
export type UndecidedFactor = Omit<Factor, "enrolment"> & { enrolment: UnknownMarker };

/** The normalized fields of an `identity-policy` subject (schema: src/adapters/normalized/schemas/identity-policy.ts). */
export interface IdentityValue {
  service: IdentityService;
  name: string;
  secondFactor: SecondFactor | UnknownMarker;
  setting: string;
  scope: "all" | "some" | UnknownMarker;
  covers: string[];
  factors?: Array<Factor | UndecidedFactor>;
  gaps: Gap[];
  unverified: UnknownMarker[];
  /** A number, or whatever the setting holds when it is not one (a marker, a string). */
  gracePeriodHours?: unknown;
  conditions?: Array<{ effect: string | UnknownMarker; operator: string | UnknownMarker; values: string[] | UnknownMarker }>;
}

/**
 * Collects the normalized fields of one `identity-policy` subject on the shared
 * NormalizedBuilder, with the origin of each, so every finding lands on the product's own line
 * whatever field the policy reads.
 */
export class IdentityBuilder {
  readonly #builder: NormalizedBuilder<IdentityValue>;

  constructor(
    readonly product: string,
    readonly format: string,
    readonly id: string,
    root: At,
    service: IdentityService,
    name: string,
  ) {
    this.#builder = new NormalizedBuilder<IdentityValue>("identity-policy", { document: root.document, path: root.path }, {
      service,
      name,
      secondFactor: "off",
      setting: "",
      scope: "all",
      covers: [],
      gaps: [],
      unverified: [],
    });
  }

  /** Sets the second-factor verdict, the setting that decides it (in the product's words) and where that setting is. */
  secondFactor(level: SecondFactor | UnknownMarker, setting: string, at: At): this {
    this.#builder.set("secondFactor", level, at).set("setting", setting);
    return this;
  }

  /** Whom the subject covers: everyone, or only the named groups/users/roles. */
  scope(scope: "all" | "some" | UnknownMarker, covers: string[], at?: At): this {
    this.#builder.set("scope", scope, at).set("covers", covers);
    return this;
  }

  /** Records where a value deeper in a field was read (an element of a list field). */
  origin(path: DocPath, at: At): this {
    this.#builder.origin(path, at);
    return this;
  }

  /** Records another normalized field (e.g. `gracePeriodHours`). */
  field<K extends keyof IdentityValue & string>(name: K, value: IdentityValue[K], at?: At): this {
    this.#builder.set(name, value, at);
    return this;
  }

  /**
   * Records a second factor the product offers, at the setting that offers it. Products whose
   * configuration names no factors leave `factors` absent: absent is "not known here", `[]` is none.
   */
  factor(factor: Factor | UndecidedFactor, at: At): this {
    // A finding about the factors as a whole points at the first one listed.
    if ((this.#builder.value.factors ?? []).length === 0) this.#builder.origin(["factors"], at);
    this.#builder.push("factors", factor, at);
    return this;
  }

  /** States that the configuration lists its factors and offers none (so far), at the setting that would list them. */
  factorsListed(at: At): this {
    if (this.#builder.value.factors === undefined) this.#builder.set("factors", [], at);
    return this;
  }

  /** Records a gap at the setting that opens it. */
  gap(gap: Gap, at: At): this {
    this.#builder.push("gaps", gap, at);
    return this;
  }

  /** Records a value that could decide a gap but cannot be read statically. */
  unverified(marker: UnknownMarker, at: At): this {
    this.#builder.push("unverified", marker, at);
    return this;
  }

  /** The subject. */
  build(meta: Record<string, unknown> = {}): Subject {
    return this.#builder.build({ id: this.id, product: this.product, format: this.format, meta });
  }
}
