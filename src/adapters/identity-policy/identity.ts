import type { DocPath, Document, Subject } from "../../types.js";
import { SourceMap } from "../normalized/source-map.js";
import { normalizedSubject } from "../normalized/subject.js";
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

/**
 * Collects the normalized fields of one `identity-policy` subject with the origin of each, so
 * every finding lands on the product's own line whatever field the policy reads.
 */
export class IdentityBuilder {
  readonly #sources: SourceMap;
  readonly #value: Record<string, unknown>;
  readonly #gaps: Gap[] = [];
  readonly #unverified: UnknownMarker[] = [];
  #factors: Array<Factor | (Omit<Factor, "enrolment"> & { enrolment: UnknownMarker })> | undefined;

  constructor(
    readonly product: string,
    readonly format: string,
    readonly id: string,
    root: At,
    service: IdentityService,
    name: string,
  ) {
    this.#sources = new SourceMap({ document: root.document, path: root.path });
    this.#value = { service, name, secondFactor: "off", setting: "", scope: "all", covers: [] };
  }

  /** Sets the second-factor verdict, the setting that decides it (in the product's words) and where that setting is. */
  secondFactor(level: SecondFactor | UnknownMarker, setting: string, at: At): this {
    this.#value["secondFactor"] = level;
    this.#value["setting"] = setting;
    this.#sources.add(["secondFactor"], at);
    return this;
  }

  /** Whom the subject covers: everyone, or only the named groups/users/roles. */
  scope(scope: "all" | "some" | UnknownMarker, covers: string[], at?: At): this {
    this.#value["scope"] = scope;
    this.#value["covers"] = covers;
    if (at) this.#sources.add(["scope"], at);
    return this;
  }

  /** Records where a value deeper in a field was read (an element of a list field). */
  origin(path: DocPath, at: At): this {
    this.#sources.add(path, at);
    return this;
  }

  /** Records another normalized field (e.g. `gracePeriodHours`). */
  field(name: string, value: unknown, at?: At): this {
    this.#value[name] = value;
    if (at) this.#sources.add([name], at);
    return this;
  }

  /**
   * Records a second factor the product offers, at the setting that offers it. Products whose
   * configuration names no factors leave `factors` absent: absent is "not known here", `[]` is none.
   */
  factor(factor: Factor | (Omit<Factor, "enrolment"> & { enrolment: UnknownMarker }), at: At): this {
    this.#factors ??= [];
    // A finding about the factors as a whole points at the first one listed.
    if (this.#factors.length === 0) this.#sources.add(["factors"], at);
    this.#sources.add(["factors", this.#factors.length], at);
    this.#factors.push(factor);
    return this;
  }

  /** States that the configuration lists its factors and offers none (so far), at the setting that would list them. */
  factorsListed(at: At): this {
    if (!this.#factors) {
      this.#factors = [];
      this.#sources.add(["factors"], at);
    }
    return this;
  }

  /** Records a gap at the setting that opens it. */
  gap(gap: Gap, at: At): this {
    this.#sources.add(["gaps", this.#gaps.length], at);
    this.#gaps.push(gap);
    return this;
  }

  /** Records a value that could decide a gap but cannot be read statically. */
  unverified(marker: UnknownMarker, at: At): this {
    this.#sources.add(["unverified", this.#unverified.length], at);
    this.#unverified.push(marker);
    return this;
  }

  /** The subject. */
  build(meta: Record<string, unknown> = {}): Subject {
    return normalizedSubject({
      kind: "identity-policy",
      id: this.id,
      product: this.product,
      format: this.format,
      value: { ...this.#value, ...(this.#factors ? { factors: this.#factors } : {}), gaps: this.#gaps, unverified: this.#unverified },
      sources: this.#sources,
      meta,
    });
  }
}
