import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  isUnknown,
  unknownValue
} from "./chunk-DARFTWNZ.js";
import {
  packageRoot
} from "./chunk-6H6NFEN3.js";
import {
  NorecurError
} from "./chunk-EJRCV5Q7.js";

// src/vendor.ts
import { createRequire } from "node:module";
import { join } from "node:path";
var BUNDLED = true;
var VENDORED = {
  ajv: "ajv",
  momoa: "@humanwhocodes/momoa",
  parse5: "parse5",
  toml: "toml-eslint-parser"
};
var loaded = /* @__PURE__ */ new Map();
var load = createRequire(import.meta.url);
function vendor(name) {
  let module = loaded.get(name);
  if (module === void 0) {
    module = BUNDLED ? load(join(packageRoot(), "dist", "vendor", `${name}.cjs`)) : load(VENDORED[name]);
    loaded.set(name, module);
  }
  return module;
}

// src/engine/path.ts
var PathSyntaxError = class extends Error {
};
var IDENT = /[A-Za-z_$][\w$-]*/y;
function parsePath(source) {
  const segments = [];
  let i = 0;
  const fail = (what) => {
    throw new PathSyntaxError(`${what} at column ${i + 1} of path "${source}"`);
  };
  if (source.trim() === "") return segments;
  while (i < source.length) {
    const ch = source[i];
    if (ch === "[") {
      const close = readBracket(source, i + 1, fail);
      segments.push(close.segment);
      i = close.end;
    } else {
      if (segments.length > 0) {
        if (ch !== ".") fail("expected '.' or '['");
        i += 1;
      }
      if (source[i] === "*") {
        segments.push({ wildcard: true });
        i += 1;
        continue;
      }
      IDENT.lastIndex = i;
      const match = IDENT.exec(source);
      if (!match) fail("expected a key");
      const key = match[0];
      segments.push(key);
      i += key.length;
    }
  }
  return segments;
}
function readBracket(source, start, fail) {
  const rest = source.slice(start);
  if (rest.startsWith("*]")) return { segment: { wildcard: true, blocks: true }, end: start + 2 };
  const index = /^(\d+)\]/.exec(rest);
  if (index) return { segment: Number(index[1]), end: start + index[0].length };
  const quoted = /^(["'])((?:\\.|(?!\1).)*)\1\]/.exec(rest);
  if (quoted) return { segment: (quoted[2] ?? "").replace(/\\(.)/g, "$1"), end: start + quoted[0].length };
  return fail("expected an index, '*' or a quoted key inside '[...]'");
}
function expandPath(value, pattern) {
  let frontier = [{ path: [], value }];
  for (const segment of pattern) {
    const next = [];
    for (const node of frontier) {
      for (const [key, child] of children(node.value, segment)) {
        next.push({ path: key === SELF ? node.path : [...node.path, key], value: child });
      }
    }
    frontier = next;
  }
  return frontier;
}
var SELF = /* @__PURE__ */ Symbol("self");
function children(value, segment) {
  if (Array.isArray(value)) {
    if (typeof segment === "object") return value.map((child, index) => [index, child]);
    if (typeof segment === "number" && segment < value.length) return [[segment, value[segment]]];
    return [];
  }
  if (value !== null && typeof value === "object") {
    const record = value;
    if (typeof segment === "object") return segment.blocks ? [[SELF, value]] : Object.keys(record).map((key2) => [key2, record[key2]]);
    const key = String(segment);
    return Object.hasOwn(record, key) ? [[key, record[key]]] : [];
  }
  return [];
}
function valueAt(value, path) {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[String(segment)];
  }
  return current;
}
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

// src/schema/ajv.ts
var instance;
var ajv = () => instance ??= new (vendor("ajv")).Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
function compileSchema(schema2) {
  try {
    return { ok: true, validate: ajv().compile(schema2) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
function ownSchemaValidator(schema2, name) {
  let validate;
  return () => {
    if (validate === void 0) {
      const compiled = compileSchema(schema2);
      if (!compiled.ok) throw new Error(`the ${name} schema itself is invalid: ${compiled.message}`);
      validate = compiled.validate;
    }
    return validate;
  };
}
function errorPath(error, root) {
  const path = [];
  const parts = error.instancePath === "" ? [] : error.instancePath.slice(1).split("/");
  for (const raw of parts) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    path.push(Array.isArray(valueAt(root, path)) ? Number(key) : key);
  }
  const extra = error.params.additionalProperty;
  if (error.keyword === "additionalProperties" && typeof extra === "string") path.push(extra);
  return path;
}
function errorMessage(error) {
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties":
      return `unknown key "${String(params["additionalProperty"])}"`;
    case "enum":
      return `must be one of ${JSON.stringify(params["allowedValues"])}`;
    case "oneOf":
      return "must have exactly one of the alternatives (e.g. either `cel` or `schema`)";
    default:
      return error.message ?? error.keyword;
  }
}
function mostSpecific(errors) {
  const useful = errors.filter((e) => e.keyword !== "if");
  const unique = /* @__PURE__ */ new Map();
  for (const error of useful) unique.set(`${error.instancePath}|${errorMessage(error)}`, error);
  return [...unique.values()];
}

// src/policy/param-types.ts
function paramSchema(spec2) {
  const declared = {};
  if (spec2.type !== void 0) declared["type"] = spec2.type;
  if (spec2.items !== void 0) declared["items"] = spec2.items;
  if (spec2.enum !== void 0) declared["enum"] = spec2.enum;
  if (Object.keys(declared).length > 0) return { ...declared, description: spec2.description };
  return { ...inferred(spec2.default), description: spec2.description };
}
function inferred(value) {
  if (value === null || value === void 0) return {};
  if (Array.isArray(value)) {
    const types2 = new Set(value.map(jsonType));
    const only = types2.size === 1 ? [...types2][0] : void 0;
    return { type: "array", ...only !== void 0 && only !== "null" ? { items: { type: only === "integer" ? "number" : only } } : {} };
  }
  const type2 = jsonType(value);
  return { type: type2 === "integer" ? "number" : type2 };
}
function jsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "string") return "string";
  return "object";
}
var checks = /* @__PURE__ */ new Map();
function paramValueProblem(spec2, value) {
  const { description: _description, ...schema2 } = paramSchema(spec2);
  const key = JSON.stringify(schema2);
  let check = checks.get(key);
  if (!check) {
    const compiled = compileSchema(schema2);
    check = compiled.ok ? (v) => compiled.validate(v) ? void 0 : (compiled.validate.errors ?? []).map((e) => `${e.instancePath === "" ? "" : `${e.instancePath.slice(1).replace(/\//g, ".")} `}${errorMessage(e)}`).join("; ") || "invalid value" : () => `the param's declared type is not a valid JSON Schema: ${compiled.message}`;
    checks.set(key, check);
  }
  return check(value);
}
function paramsObjectSchema(params) {
  return {
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(params).map(([name, spec2]) => [name, paramSchema(spec2)]))
  };
}

// src/config/config-schema.ts
var configSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://norecur.dev/schemas/config.schema.json",
  title: "norecur configuration",
  type: "object",
  additionalProperties: false,
  properties: {
    policies: {
      type: "array",
      items: { type: "string" },
      description: "Extra policy directories, relative to this file."
    },
    builtin: { type: "boolean", description: "Load the built-in policy pack (default true)." },
    disable: {
      type: "array",
      description: "Policies switched off, each with the reason.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "reason"],
        properties: { id: { type: "string" }, reason: { type: "string", minLength: 1 } }
      }
    },
    params: {
      type: "object",
      description: "Parameter overrides, by policy id.",
      additionalProperties: { type: "object" }
    },
    ignore: { type: "array", items: { type: "string" }, description: "Globs of paths never scanned." },
    "max-file-size": {
      type: "integer",
      minimum: 1024,
      maximum: 104857600,
      description: "Largest file read, in bytes (default 10485760, 10 MiB); larger files are skipped with the reason."
    },
    "fail-on": {
      enum: ["critical", "high", "medium", "low", "info"],
      description: "Lowest severity that fails the run (default low)."
    },
    waivers: {
      type: "object",
      additionalProperties: false,
      description: "Governed exceptions: where they live and the rules they must follow.",
      properties: {
        file: { type: "string", minLength: 1, description: "Waivers file, relative to this file (default .norecur/waivers.yml)." },
        "max-horizon-days": { type: "integer", minimum: 1, description: "Furthest an expiry may lie from today, in days (default 90)." },
        "expiring-within-days": { type: "integer", minimum: 0, description: "Waivers expiring within this many days are listed as expiring (default 14)." },
        "allow-global": { type: "boolean", description: "Allow waivers without a path or subject scope (default false)." },
        "non-waivable": { type: "array", items: { type: "string" }, description: "Policy ids no waiver may cover." }
      }
    },
    formats: {
      type: "array",
      description: "Format overrides for custom paths, tried before the built-in detection.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["paths", "format"],
        properties: {
          paths: { type: "array", items: { type: "string" }, minItems: 1 },
          format: { type: "string" }
        }
      }
    }
  }
};

// src/formats/positions.ts
var BOM = "\uFEFF";
function stripBom(text4) {
  return text4.startsWith(BOM) ? text4.slice(BOM.length) : text4;
}
var LineIndex = class {
  /** Indexes `text` once, in one pass. */
  constructor(text4) {
    this.text = text4;
    for (let i = 0; i < text4.length; i++) {
      const code = text4.charCodeAt(i);
      if (code === 10) {
        this.ends.push(i);
        this.starts.push(i + 1);
      } else if (code === 13) {
        this.ends.push(i);
        if (text4.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
    this.ends.push(text4.length);
  }
  text;
  /** Offset at which each line starts. */
  starts = [0];
  /** Offset at which each line's content ends (where its line break begins). */
  ends = [];
  /** Number of lines; an empty text, or a final line break, still counts the last (empty) line. */
  get lineCount() {
    return this.starts.length;
  }
  /**
   * The position of `offset`. Offsets outside the text are clamped to it; an offset inside a
   * line break maps to the end of that line.
   */
  position(offset) {
    const at4 = clamp(offset, 0, this.text.length);
    const line = this.lineOf(at4);
    const start = this.starts[line] ?? 0;
    const end = this.ends[line] ?? this.text.length;
    return { line: line + 1, column: Math.min(at4, end) - start + 1 };
  }
  /** The range from `start` to `end` (exclusive); an `end` before `start` collapses to `start`. */
  range(start, end) {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
  /**
   * A range for a problem reported at one offset: the character there, or an empty range when
   * the offset is at the end of a line or of the text (there is no character to underline).
   */
  pointRange(offset) {
    const at4 = clamp(offset, 0, this.text.length);
    const from = this.position(at4);
    const lineEnd = this.ends[from.line - 1] ?? this.text.length;
    return this.range(at4, at4 < lineEnd ? at4 + 1 : at4);
  }
  /** 0-based index of the line holding `offset`, by binary search over line starts. */
  lineOf(offset) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
};
function startRange() {
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}
function trimEnd(text4, start, end) {
  let at4 = Math.min(end, text4.length);
  while (at4 > start && isSpace(text4.charCodeAt(at4 - 1))) at4--;
  return Math.max(at4, start);
}
function errorText(error) {
  const raw = error instanceof Error ? error.message : String(error);
  const firstLine = raw.split(/\r\n|\r|\n/, 1)[0]?.trim() ?? "";
  return firstLine === "" ? "unreadable input" : firstLine;
}
function isSpace(code) {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
function clamp(value, low, high) {
  return Number.isFinite(value) ? Math.min(Math.max(value, low), high) : low;
}

// src/formats/line-ranges.ts
var PathRanges = class {
  constructor(lines) {
    this.lines = lines;
  }
  lines;
  spans = /* @__PURE__ */ new Map();
  /** Records `text[start, end)` for `path`; a later record for the same path replaces it (last one wins). */
  set(path, start, end) {
    this.spans.set(keyOf(path), [start, end]);
  }
  /** The range at `path`, else at its deepest recorded ancestor, else the whole text without surrounding blank lines. */
  locate(path) {
    for (let length = path.length; length > 0; length--) {
      const span = this.spans.get(keyOf(path.slice(0, length)));
      if (span !== void 0) return this.lines.range(span[0], span[1]);
    }
    const text4 = this.lines.text;
    let start = 0;
    while (start < text4.length && /\s/.test(text4.charAt(start))) start++;
    return this.lines.range(start, trimEnd(text4, start, text4.length));
  }
};
function rangedResult(file, value, ranges) {
  const document = { file, index: 0, value, locate: (path) => ranges.locate(path) };
  return { ok: true, documents: [document] };
}
function failure(message, range) {
  return { ok: false, errors: [{ message, range }] };
}
function lineSpans(text4) {
  const spans = [];
  let start = 0;
  for (let i = 0; i < text4.length; i++) {
    const code = text4.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    spans.push({ start, end: i });
    if (code === 13 && text4.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  spans.push({ start, end: text4.length });
  return spans;
}
function setOwn(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
function isBlank(code) {
  return code === 32 || code === 9;
}
function skipBlanks(text4, start, end) {
  let at4 = start;
  while (at4 < end && isBlank(text4.charCodeAt(at4))) at4++;
  return at4;
}
function trimBlanks(text4, start, end) {
  let at4 = end;
  while (at4 > start && isBlank(text4.charCodeAt(at4 - 1))) at4--;
  return at4;
}
function keyOf(path) {
  return JSON.stringify(path.map(String));
}

// src/formats/dockerfile/logical-lines.ts
var DIRECTIVE = /^#\s*([A-Za-z]+)\s*=\s*(\S*)\s*$/;
var HEREDOC = /(?<!<)<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
var HEREDOC_INSTRUCTIONS = /^\s*(?:RUN|COPY|ADD)\s/i;
function logicalLines(text4) {
  const spans = lineSpans(text4);
  const escape = escapeCharacter(text4);
  const out = [];
  let current;
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    if (span === void 0) break;
    const line = text4.slice(span.start, span.end);
    const trimmed = line.trim();
    if (trimmed.startsWith("#") || trimmed === "") continue;
    current ??= { text: "", offsets: [] };
    let end = line.length;
    while (end > 0 && /\s/.test(line.charAt(end - 1))) end--;
    const continues = end > 0 && line.charAt(end - 1) === escape;
    const contentEnd = continues ? end - 1 : line.length;
    for (let i = 0; i < contentEnd; i++) {
      current.text += line.charAt(i);
      current.offsets.push(span.start + i);
    }
    if (continues) continue;
    current.offsets.push(span.start + contentEnd);
    out.push(current);
    const skipped = skipHeredocs(current, text4, spans, n);
    if (typeof skipped !== "number") return skipped;
    n = skipped;
    current = void 0;
  }
  if (current !== void 0) {
    current.offsets.push(text4.length);
    out.push(current);
  }
  return out;
}
function skipHeredocs(line, text4, spans, n) {
  let at4 = n;
  if (!HEREDOC_INSTRUCTIONS.test(line.text)) return at4;
  for (const match of line.text.matchAll(HEREDOC)) {
    const [, dash, , word] = match;
    if (word === void 0) continue;
    const start = line.offsets[match.index] ?? 0;
    for (; ; ) {
      at4++;
      const span = spans[at4];
      if (span === void 0) return { start, end: (line.offsets[match.index + match[0].length - 1] ?? start) + 1 };
      const body = text4.slice(span.start, span.end);
      if ((dash === "-" ? body.replace(/^\t+/, "") : body) === word) break;
    }
  }
  return at4;
}
function escapeCharacter(text4) {
  for (const span of lineSpans(text4)) {
    const match = DIRECTIVE.exec(text4.slice(span.start, span.end));
    if (match === null) break;
    if (match[1]?.toLowerCase() === "escape" && (match[2] === "`" || match[2] === "\\")) return match[2];
  }
  return "\\";
}

// src/formats/dockerfile/substitute.ts
var MAX_EXPANSION_LENGTH = 4096;
var REFERENCE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/y;
function substitute(text4, variables, escape) {
  let out = "";
  let at4 = 0;
  while (at4 < text4.length) {
    const char = text4.charAt(at4);
    if (char === escape && text4.charAt(at4 + 1) === "$") {
      out += "$";
      at4 += 2;
      continue;
    }
    if (char !== "$") {
      out += char;
      at4++;
      continue;
    }
    REFERENCE.lastIndex = at4;
    const match = REFERENCE.exec(text4);
    if (match === null) return { ok: false };
    const name = match[1] ?? match[4] ?? "";
    const operator = match[2];
    const word = match[3] ?? "";
    const declared = variables.has(name);
    const value = variables.get(name);
    if (declared && value === void 0) return { ok: false };
    const set2 = value !== void 0;
    if (operator === void 0) out += value ?? "";
    else if (operator === ":-") out += set2 && value !== "" ? value : word;
    else if (operator === "-") out += set2 ? value : word;
    else if (operator === ":+") out += set2 && value !== "" ? word : "";
    else out += set2 ? word : "";
    if (out.length > MAX_EXPANSION_LENGTH) return { ok: false };
    at4 = REFERENCE.lastIndex;
  }
  return { ok: true, text: out };
}

// src/formats/dockerfile/index.ts
var PLATFORM_ARGS = ["TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT"];
var dockerfileParser = {
  id: "dockerfile",
  parse(raw, file) {
    const text4 = stripBom(raw);
    const lines = new LineIndex(text4);
    const instructions = logicalLines(text4);
    if (!Array.isArray(instructions)) return failure("heredoc without its closing delimiter line", lines.range(instructions.start, instructions.end));
    const escape = escapeCharacter(text4);
    const ranges = new PathRanges(lines);
    const value = { args: {}, stages: [] };
    const known2 = new Map(PLATFORM_ARGS.map((name) => [name, void 0]));
    const stageNames = /* @__PURE__ */ new Set();
    for (const line of instructions) {
      const words = split(line);
      const keyword = words[0];
      if (keyword === void 0) continue;
      const instruction = keyword.text.toUpperCase();
      if (instruction === "ARG" && value.stages.length === 0) {
        for (const word of words.slice(1)) {
          const [name2, ...rest] = word.text.split("=");
          if (name2 === void 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name2)) continue;
          const fallback = rest.length > 0 ? unquote(rest.join("=")) : void 0;
          const expanded2 = fallback === void 0 ? void 0 : substitute(fallback, known2, escape);
          known2.set(name2, expanded2?.ok === true ? expanded2.text : void 0);
          setOwn(value.args, name2, fallback ?? null);
          ranges.set(["args", name2], word.start, word.end);
        }
        continue;
      }
      if (instruction !== "FROM") {
        if (value.stages.length === 0 && instruction !== "ARG") {
          return failure(`${instruction} before the first FROM`, lines.range(keyword.start, keyword.end));
        }
        continue;
      }
      const args = words.slice(1);
      const flags = args.filter((w) => w.text.startsWith("--"));
      const [image, as, name, extra] = args.filter((w) => !w.text.startsWith("--"));
      if (image === void 0) return failure("FROM needs an image", lines.range(keyword.start, keyword.end));
      if (as !== void 0 && (as.text.toLowerCase() !== "as" || name === void 0) || extra !== void 0) {
        const at4 = as ?? image;
        return failure("expected FROM [--platform=...] image [AS name]", lines.range(at4.start, at4.end));
      }
      const path = ["stages", value.stages.length];
      const expanded = substitute(image.text, known2, escape);
      const stage = { from: image.text, image: expanded.ok ? expanded.text : { $expr: image.text } };
      if (expanded.ok && stageNames.has(expanded.text.toLowerCase())) stage.stage = expanded.text.toLowerCase();
      const platform = flags.find((f) => f.text.toLowerCase().startsWith("--platform="));
      if (platform !== void 0) {
        stage.platform = platform.text.slice("--platform=".length);
        ranges.set([...path, "platform"], platform.start, platform.end);
      }
      if (name !== void 0) {
        stage.name = name.text;
        stageNames.add(name.text.toLowerCase());
        ranges.set([...path, "name"], name.start, name.end);
      }
      value.stages.push(stage);
      ranges.set(path, keyword.start, (name ?? image).end);
      ranges.set([...path, "from"], image.start, image.end);
      ranges.set([...path, "image"], image.start, image.end);
      if (stage.stage !== void 0) ranges.set([...path, "stage"], image.start, image.end);
    }
    if (value.stages.length === 0) return failure("no FROM instruction", lines.range(0, 0));
    return rangedResult(file, value, ranges);
  }
};
function split(line) {
  const words = [];
  const { text: text4, offsets } = line;
  let at4 = 0;
  while (at4 < text4.length) {
    while (at4 < text4.length && /\s/.test(text4.charAt(at4))) at4++;
    if (at4 >= text4.length) break;
    const start = at4;
    let quote = "";
    while (at4 < text4.length && (quote !== "" || !/\s/.test(text4.charAt(at4)))) {
      const char = text4.charAt(at4);
      if (quote === "" && (char === '"' || char === "'")) quote = char;
      else if (char === quote) quote = "";
      at4++;
    }
    words.push({ text: text4.slice(start, at4), start: offsets[start] ?? 0, end: (offsets[at4 - 1] ?? 0) + 1 });
  }
  return words;
}
function unquote(text4) {
  const match = /^(["'])(.*)\1$/s.exec(text4);
  return match?.[2] ?? text4;
}
function sniffDockerfile(text4) {
  return /^[ \t]*FROM[ \t]/im.test(text4);
}

// src/formats/nginx/detect.ts
var NGINX_PATHS = [
  "**/nginx.conf",
  "**/nginx/**/*.conf",
  "**/*.nginx.conf",
  "**/*.nginx"
];
var NGINX_SNIFFED_PATHS = [
  "**/conf.d/*.conf",
  "**/sites-available/*",
  "**/sites-enabled/*",
  "**/snippets/*.conf",
  "**/vhosts.d/*.conf"
];
var NGINX_LINE = /^[ \t]*(?:(?:http|server|events|stream|upstream\s+[\w.-]+|map\s+\S+\s+\S+|location\s+[^\n{;]+|if\s*\([^\n]*\))\s*\{|(?:server_name|listen|root|fastcgi_pass|proxy_pass|fastcgi_cache\w*|proxy_cache\w*|add_header|try_files|worker_processes|include)\s[^\n=]*;)/m;
function sniffNginx(text4) {
  return NGINX_LINE.test(text4.slice(0, 64 * 1024));
}

// src/compare.ts
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/formats/nginx/inheritance.ts
var NOT_INHERITED = /* @__PURE__ */ new Set([
  "break",
  "fastcgi_pass",
  "grpc_pass",
  "include",
  "internal",
  "listen",
  "memcached_pass",
  "proxy_pass",
  "return",
  "rewrite",
  "scgi_pass",
  "server_name",
  "set",
  "try_files",
  "uwsgi_pass"
]);
var GROUP = {
  alias: "root",
  allow: "access",
  deny: "access",
  root: "root",
  xslt_param: "xslt",
  xslt_string_param: "xslt"
};
var INHERIT_CONTROLS = [
  ["add_header", "add_header_inherit"],
  ["add_trailer", "add_trailer_inherit"]
];
function groupOf(name) {
  return Object.hasOwn(GROUP, name) ? GROUP[name] ?? name : name;
}
function mergeLevel(outer, block4, blockPath) {
  const own = /* @__PURE__ */ new Map();
  block4.forEach((directive, i) => {
    if (directive.block !== void 0 || directive.raw !== void 0) return;
    const entries3 = own.get(directive.name) ?? [];
    entries3.push({ name: directive.name, args: directive.args, source: [...blockPath, i] });
    own.set(directive.name, entries3);
  });
  const ownGroups = new Set(Array.from(own.keys(), groupOf));
  const merged2 = /* @__PURE__ */ new Map();
  for (const [name, inherited] of Object.entries(outer)) {
    if (!NOT_INHERITED.has(name) && !ownGroups.has(groupOf(name))) merged2.set(name, inherited);
  }
  for (const [name, entries3] of own) merged2.set(name, entries3);
  for (const [name, control] of INHERIT_CONTROLS) applyInheritControl(merged2, name, control, own, outer);
  const entries2 = Array.from(merged2).sort(([a], [b]) => byCodeUnits(a, b));
  return Object.fromEntries(entries2);
}
function applyInheritControl(merged2, name, control, own, outer) {
  const settings = merged2.get(control);
  const mode = settings?.[settings.length - 1]?.args[0];
  const written = own.get(name) ?? [];
  const inherited = Object.hasOwn(outer, name) ? outer[name] ?? [] : [];
  if (mode === "off") {
    if (written.length > 0) merged2.set(name, written);
    else merged2.delete(name);
  } else if (mode === "merge" && inherited.length > 0) {
    merged2.set(name, [...written, ...inherited]);
  }
}

// src/plain-data.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function ownValue(record, key) {
  return Object.hasOwn(record, key) ? record[key] : void 0;
}
function prototypeGuard() {
  const before = Object.getOwnPropertyDescriptors(Object.prototype);
  return () => {
    const after = Object.getOwnPropertyDescriptors(Object.prototype);
    const names = Object.keys(after);
    if (names.length !== Object.keys(before).length) return false;
    return names.every((name) => {
      const was = before[name];
      const is = after[name];
      return was !== void 0 && is !== void 0 && was.value === is.value && was.get === is.get && was.set === is.set;
    });
  };
}
function plainText(value) {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value) ?? "undefined";
  } catch {
    return "(unreadable value)";
  }
}

// src/formats/nginx/effective.ts
function buildServers(directives) {
  const servers = [];
  const hasHttp = directives.some((d) => d.name === "http" && d.block !== void 0);
  const top = hasHttp ? {} : mergeLevel({}, directives, ["directives"]);
  directives.forEach((directive, i) => {
    const path = ["directives", i];
    if (directive.name === "http" && directive.block !== void 0) {
      const http = mergeLevel({}, directive.block, [...path, "block"]);
      directive.block.forEach((child, j) => {
        if (isBlock(child, "server")) servers.push(toServer(child, [...path, "block", j], http));
      });
    } else if (isBlock(directive, "server")) {
      servers.push(toServer(directive, path, top));
    }
  });
  return servers;
}
function toServer(server, source, outer) {
  const block4 = server.block ?? [];
  const effective = mergeLevel(outer, block4, [...source, "block"]);
  return {
    source,
    serverNames: block4.filter((d) => d.name === "server_name" && d.block === void 0).flatMap((d) => d.args),
    effective,
    locations: toLocations(block4, [...source, "block"], effective)
  };
}
function toLocations(block4, blockPath, outer) {
  const locations = [];
  block4.forEach((directive, i) => {
    if (!isBlock(directive, "location")) return;
    const source = [...blockPath, i];
    const inner = directive.block ?? [];
    const effective = mergeLevel(outer, inner, [...source, "block"]);
    locations.push({ source, ...matchOf(directive.args), effective, locations: toLocations(inner, [...source, "block"], effective) });
  });
  return locations;
}
function matchOf(args) {
  if (args.length >= 2) return { modifier: args[0] ?? "", pattern: args[1] ?? "" };
  const only = args[0] ?? "";
  if (only.startsWith("@")) return { modifier: "@", pattern: only };
  for (const modifier of ["=", "^~", "~*", "~"]) {
    if (only.startsWith(modifier) && only.length > modifier.length) return { modifier, pattern: only.slice(modifier.length) };
  }
  return { modifier: "", pattern: only };
}
function isBlock(directive, name) {
  return directive.name === name && directive.block !== void 0;
}

// src/formats/nginx/includes.ts
var MAX_INCLUDE_DEPTH = 32;
var INCLUDE_LIMITS = { files: 1e3, directives: 5e4 };
function resolveIncludes(document, lookup2) {
  const unresolved = [];
  let files = 0;
  let written = 0;
  const expand3 = (directives2, file, path, stack) => directives2.flatMap((directive, i) => {
    const here = [...path, i];
    const pattern = directive.args[0];
    if (directive.name === "include" && directive.block === void 0 && pattern !== void 0) {
      if (stack.length >= MAX_INCLUDE_DEPTH) {
        unresolved.push({ file, path: here, pattern, reason: "too deep" });
        return [];
      }
      const found = lookup2(pattern, file);
      if (found.length === 0) unresolved.push({ file, path: here, pattern, reason: "no match" });
      return found.flatMap((included) => {
        if (stack.includes(included.file)) {
          unresolved.push({ file, path: here, pattern, reason: "cycle" });
          return [];
        }
        files += 1;
        if (files > INCLUDE_LIMITS.files || written > INCLUDE_LIMITS.directives) {
          unresolved.push({ file, path: here, pattern, reason: "too large" });
          return [];
        }
        return expand3(directivesOf(included.value), included.file, ["directives"], [...stack, included.file]);
      });
    }
    written += 1;
    const resolved = { name: directive.name, args: directive.args, file, path: here };
    if (directive.raw !== void 0) resolved.raw = directive.raw;
    if (directive.block !== void 0) resolved.block = expand3(directive.block, file, [...here, "block"], stack);
    return [resolved];
  });
  const directives = expand3(directivesOf(document.value), document.file, ["directives"], [document.file]);
  return { directives, servers: buildServers(directives), unresolved };
}
function directivesOf(value) {
  if (typeof value !== "object" || value === null || !("directives" in value)) return [];
  const directives = value.directives;
  return Array.isArray(directives) ? directives : [];
}

// src/formats/nginx/locate.ts
function spanOf(nodes, value, path, whole) {
  return walkTree(nodes, toSourcePath(value, path), whole);
}
function walkTree(nodes, path, whole) {
  if (path[0] !== "directives") return whole;
  let list = nodes;
  let best = whole;
  let node;
  for (let i = 1; i < path.length; i++) {
    const segment = path[i];
    if (node === void 0) {
      const next = list[toIndex(segment)];
      if (next === void 0) return best;
      node = next;
      best = { start: next.start, end: next.end };
      continue;
    }
    if (segment === "name") return { start: node.name.start, end: node.name.end };
    if (segment === "raw") return node.raw ?? best;
    if (segment === "args") {
      const arg = node.args[toIndex(path[i + 1])];
      if (arg !== void 0) return { start: arg.start, end: arg.end };
      const first = node.args[0];
      const last2 = node.args[node.args.length - 1];
      return first !== void 0 && last2 !== void 0 ? { start: first.start, end: last2.end } : best;
    }
    if (segment !== "block" || node.block === void 0) return best;
    best = { start: node.block.start, end: node.block.end };
    list = node.block.children;
    node = void 0;
  }
  return best;
}
function toSourcePath(value, path) {
  if (path[0] === "directives") return path;
  let current = value;
  let base;
  let rest = [];
  for (const segment of path) {
    current = step(current, segment);
    if (current === void 0) break;
    rest.push(segment);
    const source = isRecord(current) ? current["source"] : void 0;
    if (Array.isArray(source)) {
      base = source;
      rest = [];
    }
  }
  if (base === void 0) return [];
  const [field3, index] = rest;
  if (field3 === "args" || field3 === "name") return index === void 0 ? [...base, field3] : [...base, field3, index];
  if (field3 === "pattern" || field3 === "modifier") {
    const directive = step(value, base[0] ?? "");
    const written = base.slice(1).reduce((at4, segment) => step(at4, segment), directive);
    const args = isRecord(written) && Array.isArray(written["args"]) ? written["args"].length : 1;
    return [...base, "args", args >= 2 && field3 === "pattern" ? 1 : 0];
  }
  return base;
}
function step(current, segment) {
  if (Array.isArray(current)) return current[toIndex(segment)];
  if (isRecord(current) && Object.hasOwn(current, String(segment))) return current[String(segment)];
  return void 0;
}
function toIndex(segment) {
  if (typeof segment === "number") return Number.isInteger(segment) ? segment : -1;
  return segment !== void 0 && /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
}

// src/formats/nginx/reader.ts
var SyntaxFailure = class {
  constructor(message, at4, end) {
    this.message = message;
    this.at = at4;
    this.end = end;
  }
  message;
  at;
  end;
};
var QUANTIFIER = /^\d+(,\d*)?\}/;
var Reader = class {
  constructor(text4) {
    this.text = text4;
  }
  text;
  pos = 0;
  /** Offset of the next unread character. */
  get offset() {
    return this.pos;
  }
  /** Continues after text consumed by someone else (a raw Lua block). */
  seek(offset) {
    this.pos = offset;
  }
  /** The next directive, block opening, block end or end of file; throws `SyntaxFailure`. */
  read() {
    const text4 = this.text;
    const words = [];
    let lastSpace = true;
    let needSpace = false;
    let comment = false;
    let escaped = false;
    let quote = "";
    let variable = false;
    let start = 0;
    for (; ; ) {
      if (this.pos >= text4.length) {
        if (quote !== "") {
          throw new SyntaxFailure(`unexpected end of file, expecting closing ${quote === '"' ? `'"'` : `"'"`} (unterminated string)`, start - 1);
        }
        if (words.length > 0 || !lastSpace) {
          throw new SyntaxFailure('unexpected end of file, expecting ";" or "}"', text4.length, text4.length);
        }
        return { kind: "eof" };
      }
      const at4 = this.pos;
      const ch = text4[this.pos++] ?? "";
      if (comment) {
        if (ch === "\n") comment = false;
        continue;
      }
      if (escaped) {
        escaped = false;
        continue;
      }
      if (needSpace) {
        if (isSpace2(ch)) {
          lastSpace = true;
          needSpace = false;
          continue;
        }
        if (ch === ";") return { kind: "directive", words, end: at4 + 1 };
        if (ch === "{") return { kind: "block", words, open: at4 };
        if (ch !== ")") throw new SyntaxFailure(`unexpected "${ch}" after a quoted string`, at4);
        lastSpace = true;
        needSpace = false;
      }
      if (lastSpace) {
        start = at4;
        if (isSpace2(ch)) continue;
        switch (ch) {
          case ";":
          case "{":
            if (words.length === 0) throw new SyntaxFailure(`unexpected "${ch}"`, at4);
            return ch === "{" ? { kind: "block", words, open: at4 } : { kind: "directive", words, end: at4 + 1 };
          case "}":
            if (words.length > 0) {
              throw new SyntaxFailure(`unexpected "}", expecting ";" to end the "${words[0]?.text ?? ""}" directive`, at4);
            }
            return { kind: "close", at: at4 };
          case "#":
            comment = true;
            continue;
          case "\\":
            escaped = true;
            break;
          case '"':
          case "'":
            start = at4 + 1;
            quote = ch;
            break;
          case "$":
            variable = true;
            break;
          default:
            break;
        }
        lastSpace = false;
        continue;
      }
      if (ch === "{" && variable) continue;
      variable = false;
      if (ch === "\\") {
        escaped = true;
        continue;
      }
      if (ch === "$") {
        variable = true;
        continue;
      }
      let found = false;
      if (quote !== "") {
        if (ch === quote) {
          words.push({ text: unescape(text4.slice(start, at4)), start: start - 1, end: at4 + 1 });
          quote = "";
          needSpace = true;
          found = true;
        }
      } else if (isSpace2(ch) || ch === ";" || ch === "{") {
        const word = text4.slice(start, at4);
        if (ch === "{" && QUANTIFIER.test(text4.slice(at4 + 1, at4 + 12))) {
          throw new SyntaxFailure(
            `unexpected "{" in "${word}{": nginx ends the argument here; quote an argument that contains "{" or ";"`,
            at4
          );
        }
        words.push({ text: unescape(word), start, end: at4 });
        lastSpace = true;
        found = true;
      }
      if (!found || quote !== "" || needSpace) continue;
      if (ch === ";") return { kind: "directive", words, end: at4 + 1 };
      if (ch === "{") return { kind: "block", words, open: at4 };
    }
  }
};
function isSpace2(ch) {
  return ch === " " || ch === "	" || ch === "\r" || ch === "\n";
}
function unescape(raw) {
  if (!raw.includes("\\")) return raw;
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? "";
    const next = raw[i + 1];
    if (ch === "\\" && next !== void 0) {
      if (next === '"' || next === "'" || next === "\\") {
        out += next;
        i++;
        continue;
      }
      const control = next === "t" ? "	" : next === "r" ? "\r" : next === "n" ? "\n" : void 0;
      if (control !== void 0) {
        out += control;
        i++;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

// src/formats/nginx/lua.ts
function skipLuaBlock(text4, from) {
  let depth = 1;
  let i = from;
  while (i < text4.length) {
    const ch = text4[i];
    if (ch === "-" && text4[i + 1] === "-") {
      const long = longBracketEnd(text4, i + 2);
      if (long === -1) return -1;
      if (long > 0) {
        i = long;
        continue;
      }
      while (i < text4.length && text4[i] !== "\n" && text4[i] !== "\r") i++;
      continue;
    }
    if (ch === "[") {
      const long = longBracketEnd(text4, i);
      if (long === -1) return -1;
      if (long > 0) {
        i = long;
        continue;
      }
    }
    if (ch === '"' || ch === "'") {
      i++;
      while (i < text4.length && text4[i] !== ch) i += text4[i] === "\\" ? 2 : 1;
      if (i >= text4.length) return -1;
    } else if (ch === "{") {
      depth++;
    } else if (ch === "}") {
      depth--;
      if (depth === 0) return i;
    }
    i++;
  }
  return -1;
}
function longBracketEnd(text4, at4) {
  if (text4[at4] !== "[") return 0;
  let level = 0;
  while (text4[at4 + 1 + level] === "=") level++;
  if (text4[at4 + 1 + level] !== "[") return 0;
  const close = `]${"=".repeat(level)}]`;
  const end = text4.indexOf(close, at4 + 2 + level);
  return end < 0 ? -1 : end + close.length;
}

// src/formats/nginx/tree.ts
var MAX_DEPTH = 128;
function parseTree(text4) {
  const reader = new Reader(text4);
  return readBlock(reader, void 0, 0);
}
function readBlock(reader, opener, depth) {
  const nodes = [];
  for (; ; ) {
    const statement = reader.read();
    switch (statement.kind) {
      case "eof":
        if (opener !== void 0) {
          const line = lineOf(reader.text, opener.block?.start ?? opener.start);
          throw new SyntaxFailure(
            `unexpected end of file, expecting "}" to close the "${opener.name.text}" block opened on line ${line}`,
            reader.text.length,
            reader.text.length
          );
        }
        return nodes;
      case "close":
        if (opener?.block === void 0) throw new SyntaxFailure('unexpected "}"', statement.at);
        opener.block.end = statement.at + 1;
        opener.end = statement.at + 1;
        return nodes;
      case "directive": {
        const [name, ...args] = statement.words;
        if (name === void 0) throw new SyntaxFailure('unexpected ";"', statement.end - 1);
        nodes.push({ name, args, start: name.start, end: statement.end });
        break;
      }
      case "block": {
        const [name, ...args] = statement.words;
        if (name === void 0) throw new SyntaxFailure('unexpected "{"', statement.open);
        const node = { name, args, start: name.start, end: statement.open + 1 };
        nodes.push(node);
        if (name.text.endsWith("_by_lua_block")) {
          const close = skipLuaBlock(reader.text, statement.open + 1);
          if (close < 0) {
            throw new SyntaxFailure(
              `unexpected end of file, expecting "}" to close the "${name.text}" block opened on line ${lineOf(reader.text, statement.open)}`,
              reader.text.length,
              reader.text.length
            );
          }
          node.raw = { text: reader.text.slice(statement.open + 1, close), start: statement.open + 1, end: close };
          node.block = { start: statement.open, end: close + 1, children: [] };
          node.end = close + 1;
          reader.seek(close + 1);
          break;
        }
        if (depth >= MAX_DEPTH) throw new SyntaxFailure(`blocks nested deeper than ${MAX_DEPTH} levels`, statement.open);
        node.block = { start: statement.open, end: statement.open + 1, children: [] };
        node.block.children = readBlock(reader, node, depth + 1);
        break;
      }
    }
  }
}
function lineOf(text4, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text4.length; i++) {
    const code = text4.charCodeAt(i);
    if (code === 10 || code === 13 && text4.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}

// src/formats/nginx/parser.ts
var nginxParser = {
  id: "nginx",
  parse: parseNginx
};
function parseNginx(raw, file) {
  const text4 = stripBom(raw);
  let nodes;
  try {
    nodes = parseTree(text4);
  } catch (error) {
    if (!(error instanceof SyntaxFailure)) return { ok: false, errors: [{ message: errorText(error), range: startRange() }] };
    const lines2 = new LineIndex(text4);
    const range = error.end === void 0 ? lines2.pointRange(error.at) : lines2.range(error.at, error.end);
    return { ok: false, errors: [{ message: error.message, range }] };
  }
  const directives = nodes.map(toDirective);
  const value = { directives, includes: collectIncludes(directives, ["directives"]), servers: buildServers(directives) };
  let lines;
  const document = {
    file,
    index: 0,
    value,
    locate: (path) => {
      lines ??= new LineIndex(text4);
      const span = spanOf(nodes, value, path, { start: 0, end: 0 });
      return lines.range(span.start, span.end);
    }
  };
  return { ok: true, documents: [document] };
}
function toDirective(node) {
  const directive = { name: node.name.text, args: node.args.map((arg) => arg.text) };
  if (node.raw !== void 0) directive.raw = node.raw.text;
  else if (node.block !== void 0) directive.block = node.block.children.map(toDirective);
  return directive;
}
function collectIncludes(directives, path) {
  return directives.flatMap((directive, i) => {
    const here = [...path, i];
    if (directive.block !== void 0) return collectIncludes(directive.block, [...here, "block"]);
    const pattern = directive.args[0];
    return directive.name === "include" && pattern !== void 0 ? [{ pattern, source: here }] : [];
  });
}

// src/formats/keycloak-realm.ts
var KEYCLOAK_REALM_PATHS = ["**/realm-export.json", "**/*-realm.json"];
var KEYCLOAK_REALM_SNIFFED_PATHS = ["**/*.json"];
var PARTIAL_IMPORT = /"(?:otpPolicyType|bruteForceProtected|browserFlow|sslRequired|registrationAllowed|webAuthnPolicyPasswordlessRpEntityName)"\s*:/;
function sniffKeycloakRealm(text4) {
  return /"realm"\s*:\s*"/.test(text4) && (/"(?:authenticationFlows|requiredActions)"\s*:\s*\[/.test(text4) || PARTIAL_IMPORT.test(text4) || /"clientId"\s*:/.test(text4) && /"publicClient"\s*:/.test(text4));
}
var PLACEHOLDER = /^(?:\$\{[A-Za-z_][A-Za-z0-9_.]*(?::[^}]*)?\}|\$\((?:env:)?[A-Za-z_][A-Za-z0-9_.]*(?::[^)]*)?\))$/;
function markRealmPlaceholders(value) {
  if (typeof value === "string") return PLACEHOLDER.test(value) ? { $expr: value } : value;
  if (Array.isArray(value)) return value.map(markRealmPlaceholders);
  if (typeof value === "object" && value !== null) {
    const out = {};
    for (const [key, entry] of Object.entries(value)) Object.defineProperty(out, key, { value: markRealmPlaceholders(entry), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

// src/formats/json.ts
var momoa = () => vendor("momoa");
var jsonParser = {
  id: "json",
  parse(raw, file) {
    const text4 = stripBom(raw);
    let value;
    try {
      value = JSON.parse(text4);
    } catch (error) {
      return { ok: false, errors: [strictJsonError(error, text4)] };
    }
    return { ok: true, documents: [singleDocument(file, value, text4, () => momoa().parse(text4, { mode: "json" }))] };
  }
};
var jsoncParser = momoaParser("jsonc");
var json5Parser = momoaParser("json5");
function momoaParser(mode) {
  return {
    id: mode,
    parse(raw, file) {
      const text4 = stripBom(raw);
      try {
        const ast = momoa().parse(text4, { mode, allowTrailingCommas: true });
        const value = momoa().evaluate(ast.body);
        return { ok: true, documents: [singleDocument(file, value, text4, () => ast)] };
      } catch (error) {
        return { ok: false, errors: [momoaError(error, text4, mode) ?? { message: errorText(error), range: startRange() }] };
      }
    }
  };
}
function singleDocument(file, value, text4, tree) {
  let positions;
  return {
    file,
    index: 0,
    value,
    locate(path) {
      positions ??= new JsonPositions(text4, tree);
      return positions.locate(path);
    }
  };
}
var JsonPositions = class {
  constructor(text4, tree) {
    this.text = text4;
    this.lines = new LineIndex(text4);
    this.root = tryTree(tree);
  }
  text;
  lines;
  root;
  locate(path) {
    if (this.root === void 0) return this.lines.range(0, trimEnd(this.text, 0, this.text.length));
    const node = walk(this.root, path);
    return this.lines.range(node.loc.start.offset, node.loc.end.offset);
  }
};
function tryTree(tree) {
  try {
    return tree().body;
  } catch {
    return void 0;
  }
}
function walk(root, path) {
  let current = root;
  for (const segment of path) {
    const next = childOf(current, segment);
    if (next === void 0) break;
    current = next;
  }
  return current;
}
function childOf(node, segment) {
  if (node.type === "Array") {
    const index = typeof segment === "number" ? segment : /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
    return node.elements[index]?.value;
  }
  if (node.type !== "Object") return void 0;
  const key = String(segment);
  for (let i = node.members.length - 1; i >= 0; i--) {
    const member4 = node.members[i];
    if (member4 === void 0) continue;
    const name = member4.name.type === "String" ? member4.name.value : member4.name.name;
    if (name === key) return member4.value;
  }
  return void 0;
}
function strictJsonError(error, text4) {
  try {
    momoa().parse(text4, { mode: "json" });
  } catch (momoaFailure) {
    const fromMomoa = momoaError(momoaFailure, text4, "json");
    if (fromMomoa !== void 0) return fromMomoa;
  }
  const message = errorText(error);
  const offset = /at position (\d+)/.exec(message)?.[1];
  const range = offset === void 0 ? startRange() : new LineIndex(text4).pointRange(Number(offset));
  return { message: message.replace(/\s*in JSON at position \d+.*$/, ""), range };
}
var TOKEN_TEXT = {
  LBrace: "'{'",
  RBrace: "'}'",
  LBracket: "'['",
  RBracket: "']'",
  Comma: "','",
  Colon: "':'"
};
function momoaError(error, text4, mode) {
  if (!(error instanceof Error)) return void 0;
  const offset = error.offset;
  if (typeof offset !== "number") return void 0;
  const lines = new LineIndex(text4);
  if (endsTooSoon(text4, mode)) {
    const end = trimEnd(text4, 0, text4.length);
    return { message: "Unexpected end of input.", range: lines.range(end, end) };
  }
  const message = errorText(error).replace(/\s*\(\d+:\d+\)$/, "").replace(/\b(LBrace|RBrace|LBracket|RBracket|Comma|Colon)\b/g, (name) => TOKEN_TEXT[name] ?? name);
  return { message, range: lines.pointRange(offset) };
}
function endsTooSoon(text4, mode) {
  try {
    momoa().parse(`${text4}
\0`, { mode, allowTrailingCommas: mode !== "json" });
    return false;
  } catch (error) {
    const offset = error instanceof Error ? error.offset : void 0;
    return typeof offset === "number" && offset >= text4.length;
  }
}

// src/formats/terraform-plan.ts
var terraformPlanParser = {
  id: "terraform-plan",
  parse(text4, file) {
    return jsonParser.parse(text4, file);
  }
};
function sniffTerraformPlan(text4) {
  return text4.includes('"resource_changes"');
}
function listResourceChanges(document) {
  const changes = field(document.value, "resource_changes");
  if (!Array.isArray(changes)) return [];
  const resources = [];
  changes.forEach((entry, index) => {
    const address = field(entry, "address");
    const type2 = field(entry, "type");
    const name = field(entry, "name");
    if (typeof address !== "string" || typeof type2 !== "string" || typeof name !== "string") return;
    const change = field(entry, "change");
    const actions = field(change, "actions");
    const moduleAddress = field(entry, "module_address");
    const mode = field(entry, "mode");
    resources.push({
      address,
      type: type2,
      name,
      ...typeof moduleAddress === "string" ? { moduleAddress } : {},
      mode: typeof mode === "string" ? mode : "managed",
      actions: Array.isArray(actions) ? actions.filter((action) => typeof action === "string") : [],
      after: field(change, "after") ?? null,
      path: ["resource_changes", index, "change", "after"]
    });
  });
  return resources;
}
function field(value, key) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
  return Object.hasOwn(value, key) ? value[key] : void 0;
}

// src/formats/wp-cli.ts
function sniffWpCliPlugins(text4) {
  const head = text4.slice(0, 4096);
  if (/^\s*\[\s*\]\s*$/.test(text4)) return true;
  return /^\s*\[\s*\{/.test(head) && /"name"\s*:/.test(head) && /"(?:auto_update|status)"\s*:/.test(head);
}
var WP_CLI_PLUGIN_PATHS = ["**/wp-cli/**/*.json", "**/wp-plugins*.json", "**/*.wp-cli.json"];

// src/discover/file-formats.ts
var YAML = ["**/*.yaml", "**/*.yml"];
function looksLikeKubernetes(text4) {
  return /^apiVersion\s*:/m.test(text4) && /^kind\s*:/m.test(text4) || /"apiVersion"\s*:/.test(text4) && /"kind"\s*:/.test(text4);
}
var formats = {
  "apt-conf": {
    id: "apt-conf",
    parser: "apt-conf",
    description: "APT configuration (unattended-upgrades)",
    paths: ["**/apt/apt.conf", "**/apt/apt.conf.d/*"]
  },
  skaffold: {
    id: "skaffold",
    parser: "yaml",
    description: "Skaffold configuration (its build artifacts replace image names at deploy time)",
    paths: ["**/skaffold.yaml", "**/skaffold.yml"]
  },
  compose: {
    id: "compose",
    parser: "yaml",
    description: "Docker Compose",
    paths: ["**/compose.yaml", "**/compose.yml", "**/compose.*.yaml", "**/compose.*.yml", "**/docker-compose*.yml", "**/docker-compose*.yaml"]
  },
  composer: { id: "composer", parser: "json", description: "PHP Composer manifest", paths: ["**/composer.json"] },
  dependabot: {
    id: "dependabot",
    parser: "yaml",
    description: "Dependabot configuration",
    paths: [".github/dependabot.yml", ".github/dependabot.yaml"]
  },
  "dependency-manifest": {
    id: "dependency-manifest",
    parser: "text-lines",
    description: "Dependency manifests read for their presence (go.mod, requirements.txt, Gemfile, pom.xml, build.gradle)",
    paths: ["**/go.mod", "**/requirements*.txt", "**/requirements/*.txt", "**/Gemfile", "**/pom.xml", "**/build.gradle", "**/build.gradle.kts"]
  },
  dockerfile: {
    id: "dockerfile",
    parser: "dockerfile",
    description: "Dockerfile / Containerfile",
    paths: ["**/Dockerfile", "**/Containerfile"],
    sniffedPaths: ["**/Dockerfile.*", "**/*.Dockerfile", "**/*.dockerfile", "**/Containerfile.*"],
    sniff: sniffDockerfile
  },
  dotenv: { id: "dotenv", parser: "dotenv", description: "dotenv variables", paths: ["**/.env", "**/.env.*", "**/*.env"] },
  "github-settings": {
    id: "github-settings",
    parser: "json",
    description: "GitHub organisation and repository settings snapshot (norecur snapshot github)",
    paths: [".norecur/github-settings.json"]
  },
  "github-workflow": {
    id: "github-workflow",
    parser: "yaml",
    description: "GitHub Actions workflow",
    paths: [".github/workflows/*.yml", ".github/workflows/*.yaml"]
  },
  html: {
    id: "html",
    parser: "html",
    description: "HTML pages and templates: scripts, stylesheets, CSP metas, forms (`.php` when it holds such markup)",
    paths: ["**/*.html", "**/*.htm", "**/*.twig", "**/*.erb", "**/*.vue", "**/*.hbs", "**/*.ejs"],
    // Most .php files are code; one is read as a template only when it writes the markup policies look at.
    sniffedPaths: ["**/*.php"],
    sniff: (text4) => /<(?:script|link|meta|form)\b/i.test(text4)
  },
  ini: {
    id: "ini",
    parser: "ini",
    description: "INI (php.ini, my.cnf)",
    paths: ["**/php.ini", "**/php.d/*.ini", "**/php/**/conf.d/*.ini", "**/my.cnf", "**/.my.cnf", "**/mysql/conf.d/*.cnf", "**/mysql/mysql.conf.d/*.cnf", "**/mariadb.conf.d/*.cnf"]
  },
  json: { id: "json", parser: "json", description: "JSON", paths: ["**/*.json"] },
  json5: { id: "json5", parser: "json5", description: "JSON5", paths: ["**/*.json5"] },
  jsonc: {
    id: "jsonc",
    parser: "jsonc",
    description: "JSON with comments",
    paths: ["**/*.jsonc", "**/tsconfig*.json", "**/jsconfig*.json", ".vscode/*.json", "**/.devcontainer/devcontainer.json", ".devcontainer.json"]
  },
  "keycloak-realm": {
    id: "keycloak-realm",
    parser: "keycloak-realm",
    description: "Keycloak realm export (realm-export.json, kc.sh export)",
    paths: KEYCLOAK_REALM_PATHS,
    sniffedPaths: KEYCLOAK_REALM_SNIFFED_PATHS,
    sniff: sniffKeycloakRealm
  },
  kubernetes: {
    id: "kubernetes",
    parser: "yaml",
    description: "Kubernetes objects (YAML or JSON with apiVersion and kind), kustomization files",
    // kustomize reads a kustomization file without apiVersion and kind as a Kustomization.
    paths: ["kustomization.yaml", "kustomization.yml", "Kustomization", "**/kustomization.yaml", "**/kustomization.yml", "**/Kustomization"],
    sniffedPaths: [...YAML, "**/*.json"],
    sniff: looksLikeKubernetes
  },
  "litespeed-export": {
    id: "litespeed-export",
    parser: "litespeed-export",
    description: "LiteSpeed Cache for WordPress settings export",
    paths: ["**/LSCWP_cfg-*.data"]
  },
  "nfs-exports": {
    id: "nfs-exports",
    parser: "nfs-exports",
    description: "NFS exports",
    paths: ["etc/exports", "**/etc/exports", "**/exports.d/*.exports"]
  },
  "netlify-headers": { id: "netlify-headers", parser: "netlify-headers", description: "Netlify _headers file", paths: ["**/_headers"] },
  "netlify-toml": { id: "netlify-toml", parser: "toml", description: "Netlify configuration (netlify.toml)", paths: ["**/netlify.toml"] },
  nginx: {
    id: "nginx",
    parser: "nginx",
    description: "nginx configuration",
    paths: NGINX_PATHS,
    sniffedPaths: NGINX_SNIFFED_PATHS,
    sniff: sniffNginx
  },
  openvpn: { id: "openvpn", parser: "openvpn", description: "OpenVPN configuration", paths: ["**/openvpn/**/*.conf", "**/*.ovpn"] },
  "package-json": { id: "package-json", parser: "json", description: "npm package manifest", paths: ["**/package.json"] },
  renovate: {
    id: "renovate",
    parser: "json5",
    description: "Renovate configuration",
    paths: [
      "renovate.json",
      "renovate.json5",
      ".github/renovate.json",
      ".github/renovate.json5",
      ".gitlab/renovate.json",
      ".gitlab/renovate.json5",
      ".renovaterc",
      ".renovaterc.json",
      ".renovaterc.json5"
    ]
  },
  "php-config": {
    id: "php-config",
    parser: "php-config",
    description: "WordPress PHP configuration (wp-config, WP Super Cache, W3 Total Cache, WP Rocket)",
    paths: ["**/wp-config.php", "**/wp-content/wp-cache-config.php", "**/wp-content/w3tc-config/*.php", "**/wp-content/wp-rocket-config/*.php"]
  },
  pyproject: { id: "pyproject", parser: "toml", description: "Python project manifest (pyproject.toml)", paths: ["**/pyproject.toml"] },
  "smb-conf": {
    id: "smb-conf",
    parser: "smb-conf",
    description: "Samba configuration",
    paths: ["**/smb.conf", "**/samba/*.conf", "**/smb.conf.d/*.conf"]
  },
  squid: {
    id: "squid",
    parser: "squid",
    description: "Squid proxy configuration",
    paths: ["**/squid.conf", "**/squid/conf.d/*.conf"],
    // Packaged and renamed copies (`squid3.conf-default`, `squid.conf.dist`): read when they hold Squid directives.
    sniffedPaths: ["**/squid*.conf*", "**/squid*/*.conf"],
    sniff: (text4) => /^[ \t]*(?:http_access|http_port|acl[ \t]+\S+[ \t]+\S+)[ \t]/m.test(text4.slice(0, 256 * 1024))
  },
  terraform: { id: "terraform", parser: "terraform", description: "Terraform (HCL and JSON syntax)", paths: ["**/*.tf", "**/*.tf.json"] },
  "terraform-plan": {
    id: "terraform-plan",
    parser: "terraform-plan",
    description: "Terraform plan JSON (terraform show -json)",
    paths: [],
    sniffedPaths: ["**/*plan*.json"],
    sniff: sniffTerraformPlan
  },
  "terraform-vars": { id: "terraform-vars", parser: "terraform", description: "Terraform variables", paths: ["**/*.tfvars", "**/*.tfvars.json"] },
  toml: { id: "toml", parser: "toml", description: "TOML", paths: ["**/*.toml"] },
  usbguard: {
    id: "usbguard",
    parser: "usbguard",
    description: "USBGuard daemon configuration and rules",
    paths: ["**/usbguard/usbguard-daemon.conf", "**/usbguard/rules.conf", "**/usbguard/rules.d/*.conf"]
  },
  "wp-cli-plugins": {
    id: "wp-cli-plugins",
    parser: "json",
    description: "WP-CLI plugin exports (wp plugin list / wp plugin auto-updates status, --format=json)",
    paths: [],
    sniffedPaths: WP_CLI_PLUGIN_PATHS,
    sniff: sniffWpCliPlugins
  },
  vercel: { id: "vercel", parser: "json", description: "Vercel project configuration (vercel.json)", paths: ["**/vercel.json"] },
  "wp-rocket-settings": {
    id: "wp-rocket-settings",
    parser: "json",
    description: "WP Rocket settings export",
    paths: ["**/wp-rocket-settings*.json"]
  },
  yaml: { id: "yaml", parser: "yaml", description: "YAML", paths: YAML }
};
var detectionOrder = [
  "dependabot",
  "github-workflow",
  "renovate",
  "package-json",
  "netlify-toml",
  "netlify-headers",
  "vercel",
  "skaffold",
  "compose",
  "composer",
  "pyproject",
  "dependency-manifest",
  "dockerfile",
  "wp-cli-plugins",
  "github-settings",
  "terraform-plan",
  "keycloak-realm",
  "jsonc",
  "kubernetes",
  "squid",
  "smb-conf",
  "nfs-exports",
  "usbguard",
  "apt-conf",
  "openvpn",
  "nginx",
  "ini",
  "dotenv",
  "php-config",
  "litespeed-export",
  "wp-rocket-settings",
  "terraform",
  "terraform-vars",
  "html",
  "toml",
  "json5",
  "json",
  "yaml"
];

// src/report/redact.ts
var SECRET_WORDS = "pass(?:word|wd|phrase)?|secret|token|api[-_]?key|private[-_]?key|credential|auth[-_]?key|salt|access[-_]?key|client[-_]?secret";
var SECRET_NAME = new RegExp(`(${SECRET_WORDS})`, "i");
var NOT_SECRET_NAME = /(polic(y|ies)|length|expir|rotation|required|enabled|reset|history|min|max|file|path|type|ttl|age|mode|hash(es|ing)?|attempts|lockout)$/i;
var SECRET_SHAPES = [
  /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b/g,
  // AWS access key ids
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g,
  // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{40,}\b/g,
  /\bglpat-[A-Za-z0-9_-]{20,}\b/g,
  // GitLab tokens
  /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g,
  // Stripe secret and restricted keys
  /\bwhsec_[A-Za-z0-9]{24,}\b/g,
  // Stripe webhook secrets
  /\bxox[abposre]-[A-Za-z0-9-]{10,}\b/g,
  // Slack tokens
  /\bhttps:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]+/g,
  // Slack webhooks
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  // Google API keys
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  // npm tokens
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----[\s\S]*?(-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|$)/g,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g
  // JWT
];
var URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@"'<>]*:)([^\s@/"'<>]+)(@)/gi;
var DEFINE = new RegExp(`(define\\s*\\(\\s*(['"])[^'"]*(?:${SECRET_WORDS})[^'"]*\\2\\s*,\\s*)(['"])((?:(?!\\3)[^\\n])*)\\3`, "gi");
var ASSIGNMENT = new RegExp(
  `([A-Za-z0-9_.-]*(?:${SECRET_WORDS})[A-Za-z0-9_.-]*)(["']?\\s*(?:=>|:|=)\\s*)(?:"([^"\\n]*)"|'([^'\\n]*)'|([^\\s"',;)}\\]]+))`,
  "gi"
);
var REDACTED = "[redacted]";
function isSecretName(name) {
  return SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name);
}
function redactText(text4) {
  let out = text4;
  for (const shape of SECRET_SHAPES) out = out.replace(shape, REDACTED);
  out = out.replace(URL_PASSWORD, `$1${REDACTED}$3`);
  out = out.replace(DEFINE, `$1$3${REDACTED}$3`);
  return out.replace(ASSIGNMENT, (match, name, between, double, single, bare) => {
    const value = double ?? single ?? bare ?? "";
    if (!isSecretName(name) || value === "" || value === REDACTED || /^\[?redacted\]?$/i.test(value)) return match;
    if (/^(yes|no|true|false|on|off)[:.]?$/i.test(value)) return match;
    const quote = double !== void 0 ? '"' : single !== void 0 ? "'" : "";
    return `${name}${between}${quote}${REDACTED}${quote}`;
  });
}
function redactValue(source, value) {
  const lastName = source.split(/[.[\]'"\s]+/).filter(Boolean).pop() ?? "";
  if (isSecretName(lastName) && (typeof value === "string" || typeof value === "number")) return REDACTED;
  return redactTree(value);
}
var NAME_FIELDS = ["name", "key", "id", "variable"];
var VALUE_FIELDS = /* @__PURE__ */ new Set(["value", "default", "raw", "text"]);
function redactTree(value) {
  if (typeof value === "string") return redactText(value);
  if (Array.isArray(value)) return value.map(redactTree);
  if (typeof value !== "object" || value === null) return value;
  const record = value;
  const named = NAME_FIELDS.some((field3) => Object.hasOwn(record, field3) && typeof record[field3] === "string" && isSecretName(record[field3]));
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    const scalar = typeof inner === "string" || typeof inner === "number";
    const redacted = scalar && (isSecretName(key) || named && VALUE_FIELDS.has(key)) ? REDACTED : redactTree(inner);
    Object.defineProperty(out, key, { value: redacted, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

// src/formats/includes/lookup.ts
import { posix } from "node:path";

// node_modules/re2js/build/index.js
var RE2Flags = class RE2Flags2 {
  static FOLD_CASE = 1;
  static LITERAL = 2;
  static CLASS_NL = 4;
  static DOT_NL = 8;
  static ONE_LINE = 16;
  static NON_GREEDY = 32;
  static PERL_X = 64;
  static UNICODE_GROUPS = 128;
  static WAS_DOLLAR = 256;
  static LOOKBEHIND = 512;
  static MATCH_NL = RE2Flags2.CLASS_NL | RE2Flags2.DOT_NL;
  static PERL = RE2Flags2.CLASS_NL | RE2Flags2.ONE_LINE | RE2Flags2.PERL_X | RE2Flags2.UNICODE_GROUPS;
  static POSIX = 0;
  static UNANCHORED = 0;
  static ANCHOR_START = 1;
  static ANCHOR_BOTH = 2;
};
var PublicFlags = {
  CASE_INSENSITIVE: 1,
  DOTALL: 2,
  MULTILINE: 4,
  DISABLE_UNICODE_GROUPS: 8,
  LONGEST_MATCH: 16,
  LOOKBEHINDS: 512
};
var ASCII_SIZE = 128;
var ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
var ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
var MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
  if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
  else ASCII_TO_UPPER[i] = i;
  if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
  else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
  static CODES = Object.freeze({
    "\x07": 7,
    "\b": 8,
    "	": 9,
    "\n": 10,
    "\v": 11,
    "\f": 12,
    "\r": 13,
    " ": 32,
    '"': 34,
    $: 36,
    "&": 38,
    "'": 39,
    "(": 40,
    ")": 41,
    "*": 42,
    "+": 43,
    "-": 45,
    ".": 46,
    0: 48,
    1: 49,
    2: 50,
    3: 51,
    4: 52,
    5: 53,
    6: 54,
    7: 55,
    8: 56,
    9: 57,
    ":": 58,
    "<": 60,
    ">": 62,
    "?": 63,
    A: 65,
    B: 66,
    C: 67,
    F: 70,
    P: 80,
    Q: 81,
    U: 85,
    Z: 90,
    "[": 91,
    "\\": 92,
    "]": 93,
    "^": 94,
    _: 95,
    "`": 96,
    a: 97,
    b: 98,
    f: 102,
    i: 105,
    m: 109,
    n: 110,
    r: 114,
    s: 115,
    t: 116,
    v: 118,
    x: 120,
    z: 122,
    "{": 123,
    "|": 124,
    "}": 125
  });
  static toUpperCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
    const s = String.fromCodePoint(codepoint).toUpperCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
  static toLowerCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
    const s = String.fromCodePoint(codepoint).toLowerCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
};
var UnicodeRangeTable = class {
  /**
  * @param {Uint32Array | number[]} data
  * @param {boolean} isStride1
  */
  constructor(data, isStride1 = false) {
    this.data = data;
    this.isStride1 = isStride1;
    this.SIZE = isStride1 ? 2 : 3;
  }
  getLo(index) {
    return this.data[index * this.SIZE];
  }
  getHi(index) {
    return this.data[index * this.SIZE + 1];
  }
  getStride(index) {
    return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
  }
  get length() {
    return this.data.length / this.SIZE;
  }
};
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
var B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
var decodeVLQ = (str2) => {
  const res = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < str2.length; i++) {
    const digit = B64_MAP[str2.charCodeAt(i)];
    value |= (digit & 31) << shift;
    if ((digit & 32) === 0) {
      res.push(value);
      value = 0;
      shift = 0;
    } else shift += 5;
  }
  return res;
};
var decodeRanges = (str2, isStride1) => {
  const res = decodeVLQ(str2);
  const numRanges = isStride1 ? res.length / 2 : res.length / 3;
  const out = new Uint32Array(numRanges * 3);
  let current = 0;
  let resIdx = 0;
  for (let i = 0; i < numRanges; i++) {
    current += res[resIdx++];
    out[i * 3] = current;
    current += res[resIdx++];
    out[i * 3 + 1] = current;
    out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
  }
  return out;
};
var decodeOrbit = (str2) => {
  const res = decodeVLQ(str2);
  const map2 = /* @__PURE__ */ new Map();
  let currentKey = 0;
  for (let i = 0; i < res.length; i += 2) {
    currentKey += res[i];
    const zz = res[i + 1];
    const delta = zz >>> 1 ^ -(zz & 1);
    map2.set(currentKey, currentKey + delta);
  }
  return map2;
};
var LazyMap = class {
  constructor(initializer) {
    this.initializer = initializer;
    this.cache = /* @__PURE__ */ new Map();
  }
  has(key) {
    return Object.hasOwn(this.initializer, key);
  }
  get(key) {
    if (this.cache.has(key)) return this.cache.get(key);
    const val = this.has(key) ? this.initializer[key]() : null;
    this.cache.set(key, val);
    return val;
  }
};
var UnicodeTables = class {
  static _CASE_ORBIT = null;
  static get CASE_ORBIT() {
    if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
    return this._CASE_ORBIT;
  }
  static _Print = null;
  static get Print() {
    if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
    return this._Print;
  }
  static CATEGORIES = new LazyMap({
    C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
    Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
    Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
    Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
    Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
    Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
    L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
    Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
    Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
    Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
    Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
    Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
    No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
    P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
    Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
    Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
    Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
    Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
    S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
    Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
    Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
    So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
    Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
    Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
    Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
    ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
    Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
    Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
    Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
    Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
    Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
    Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
    Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
    White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
  });
  static SCRIPTS = new LazyMap({
    Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
    Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
    Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
    Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
    Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
    Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
    Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
    Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
    Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
    Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
    Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
    Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
    Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
    Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
    Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
    Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
    Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
    Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
    Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
    Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
    Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
    Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
    Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
    Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
    Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
    Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
    Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
    Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
    Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
    Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
    Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
    Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
    Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
    Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
    Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
    Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
    Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
    Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
    Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
    Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
    Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
    Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
    Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
    Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
    Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
    Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
    Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
    Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
    Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
    Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
    Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
    Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
    Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
    Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
    Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
    Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
    Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
    Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
    Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
    Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
    Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
    Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
    Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
    Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
    Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
    Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
    Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
    Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
    Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
    Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
    Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
    Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
    Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
    Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
    Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
    Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
    Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
    Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
    Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
    Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
    Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
    Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
    Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
    Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
    Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
    Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
    Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
    Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
    Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
    Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
    Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
    Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
    Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
    Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
    Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
    Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
    Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
    Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
    Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
    Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
    New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
    Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
    Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
    Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
    Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
    Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
    Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
    Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
    Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
    Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
    Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
    Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
    Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
    Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
    Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
    Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
    Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
    Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
    Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
    Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
    Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
    Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
    Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
    Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
    Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
    Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
    Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
    Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
    Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
    Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
    Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
    Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
    Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
    Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
    SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
    Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
    Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
    Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
    Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
    Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
    Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
    Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
    Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
    Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
    Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
    Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
    Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
    Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
    Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
    Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
    Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
    Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
    Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
    Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
    Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
    Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
    Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
    Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
    Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
    Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
    Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
    Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
    Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
    Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
    Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
    Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
    Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
    Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
    Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
    Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
    Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
    Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
  });
  static FOLD_CATEGORIES = new LazyMap({
    L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
  });
  static FOLD_SCRIPT = new LazyMap({
    Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
  });
};
var Unicode = class Unicode2 {
  static MAX_RUNE = 1114111;
  static RUNE_ERROR = 65533;
  static isUnsearchable(r) {
    return r === Unicode2.RUNE_ERROR || r >= Unicode2.MIN_HIGH_SURROGATE && r <= Unicode2.MAX_LOW_SURROGATE;
  }
  static MAX_ASCII = 127;
  static MAX_LATIN1 = 255;
  static MAX_BMP = 65535;
  static MIN_FOLD = 65;
  static MAX_FOLD = 125251;
  static MIN_HIGH_SURROGATE = 55296;
  static MAX_HIGH_SURROGATE = 56319;
  static MIN_LOW_SURROGATE = 56320;
  static MAX_LOW_SURROGATE = 57343;
  static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
  static is32(ranges, r) {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const m = lo + Math.floor((hi - lo) / 2);
      const rlo = ranges.getLo(m);
      const rhi = ranges.getHi(m);
      if (rlo <= r && r <= rhi) {
        const stride = ranges.getStride(m);
        return (r - rlo) % stride === 0;
      }
      if (r < rlo) hi = m;
      else lo = m + 1;
    }
    return false;
  }
  static is(ranges, r) {
    if (r <= Unicode2.MAX_LATIN1) {
      for (let i = 0; i < ranges.length; i++) {
        if (r > ranges.getHi(i)) continue;
        const rlo = ranges.getLo(i);
        if (r < rlo) return false;
        const stride = ranges.getStride(i);
        return (r - rlo) % stride === 0;
      }
      return false;
    }
    return ranges.length > 0 && r >= ranges.getLo(0) && Unicode2.is32(ranges, r);
  }
  static isPrint(r) {
    if (r <= Unicode2.MAX_LATIN1) return r >= 32 && r < Unicode2.MAX_ASCII || r >= 161 && r !== 173;
    return Unicode2.is(UnicodeTables.Print, r);
  }
  static simpleFold(r) {
    if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
    if (r <= Unicode2.MAX_ASCII) {
      const l = Codepoint.toLowerCase(r);
      return l !== r ? l : Codepoint.toUpperCase(r);
    }
    return r;
  }
  static equalsIgnoreCase(r1, r2) {
    if (r1 === r2) return true;
    if (r1 < 0 || r2 < 0) return false;
    if (r1 <= Unicode2.MAX_ASCII && r2 <= Unicode2.MAX_ASCII) {
      if (65 <= r1 && r1 <= 90) r1 |= 32;
      if (65 <= r2 && r2 <= 90) r2 |= 32;
      return r1 === r2;
    }
    for (let r = Unicode2.simpleFold(r1); r !== r1; r = Unicode2.simpleFold(r)) if (r === r2) return true;
    return false;
  }
};
var RE2JSException = class extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSException";
  }
};
var RE2JSSyntaxException = class extends RE2JSException {
  /**
  * @param {string} error
  * @param {string|null} [input=null]
  */
  constructor(error, input = null) {
    let message = `error parsing regexp: ${error}`;
    if (input) message += `: \`${input}\``;
    super(message);
    this.name = "RE2JSSyntaxException";
    this.message = message;
    this.error = error;
    this.input = input;
  }
  /**
  * Retrieves the description of the error.
  * @returns {string}
  */
  getDescription() {
    return this.error;
  }
  /**
  * Retrieves the erroneous regular-expression pattern.
  * @returns {string|null}
  */
  getPattern() {
    return this.input;
  }
};
var RE2JSCompileException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSCompileException";
  }
};
var RE2JSGroupException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSGroupException";
  }
};
var RE2JSFlagsException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSFlagsException";
  }
};
var RE2JSInternalException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSInternalException";
  }
};
var FAST_PATH_TABLE_SIZE = 256;
var WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
var cachedNativeEncoder = null;
var cachedNativeDecoder = null;
var Utils = class Utils2 {
  static METACHARACTERS = "\\.+*?()|[]{}^$";
  static EMPTY_BEGIN_LINE = 1;
  static EMPTY_END_LINE = 2;
  static EMPTY_BEGIN_TEXT = 4;
  static EMPTY_END_TEXT = 8;
  static EMPTY_WORD_BOUNDARY = 16;
  static EMPTY_NO_WORD_BOUNDARY = 32;
  static EMPTY_ALL = -1;
  static emptyInts() {
    return [];
  }
  static isString(value) {
    return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
  }
  static typeName(value) {
    if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
    return Object.prototype.toString.call(value).slice(8, -1);
  }
  static checkPattern(pattern) {
    if (!Utils2.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils2.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
  }
  static checkInput(input) {
    if (!Utils2.isString(input) && !Utils2.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils2.typeName(input)}`);
  }
  static checkFlags(flags) {
    const known2 = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
    if (!Number.isInteger(flags) || (flags & ~known2) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
  }
  static isByteArray(input) {
    return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
  }
  static isalnum(c) {
    return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
  }
  static unhex(c) {
    if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
    if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
    if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
    return -1;
  }
  static escapeRune(rune) {
    let out = "";
    if (Unicode.isPrint(rune)) {
      if (Utils2.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
      out += String.fromCodePoint(rune);
    } else switch (rune) {
      case Codepoint.CODES['"']:
        out += '\\"';
        break;
      case Codepoint.CODES["\\"]:
        out += "\\\\";
        break;
      case Codepoint.CODES["	"]:
        out += "\\t";
        break;
      case Codepoint.CODES["\n"]:
        out += "\\n";
        break;
      case Codepoint.CODES["\r"]:
        out += "\\r";
        break;
      case Codepoint.CODES["\b"]:
        out += "\\b";
        break;
      case Codepoint.CODES["\f"]:
        out += "\\f";
        break;
      default: {
        let s = rune.toString(16);
        if (rune < 256) {
          out += "\\x";
          if (s.length === 1) out += "0";
          out += s;
        } else out += `\\x{${s}}`;
        break;
      }
    }
    return out;
  }
  static stringToRunes(str2) {
    const string = String(str2);
    const runes = [];
    let i = 0;
    while (i < string.length) {
      const cp = string.codePointAt(i);
      runes.push(cp);
      i += cp > Unicode.MAX_BMP ? 2 : 1;
    }
    return new Int32Array(runes);
  }
  static runeToString(r) {
    return String.fromCodePoint(r);
  }
  static isWordRune(r) {
    return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
  }
  static emptyOpContext(r1, r2) {
    let op = 0;
    if (r1 < 0) op |= Utils2.EMPTY_BEGIN_TEXT | Utils2.EMPTY_BEGIN_LINE;
    if (r1 === 10) op |= Utils2.EMPTY_BEGIN_LINE;
    if (r2 < 0) op |= Utils2.EMPTY_END_TEXT | Utils2.EMPTY_END_LINE;
    if (r2 === 10) op |= Utils2.EMPTY_END_LINE;
    if (Utils2.isWordRune(r1) !== Utils2.isWordRune(r2)) op |= Utils2.EMPTY_WORD_BOUNDARY;
    else op |= Utils2.EMPTY_NO_WORD_BOUNDARY;
    return op;
  }
  /**
  * Returns a string that quotes all regular expression metacharacters inside the argument text;
  * the returned string is a regular expression matching the literal text. For example,
  * {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
  * @param {string} str
  * @returns {string}
  */
  static quoteMeta(str2) {
    return str2.split("").map((s) => {
      if (Utils2.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
      return s;
    }).join("");
  }
  static charCount(codePoint) {
    return codePoint > Unicode.MAX_BMP ? 2 : 1;
  }
  /**
  * High-speed conversion from TypedArrays to standard JS Arrays.
  * Bypasses the expensive Symbol.iterator overhead of Array.from()
  */
  static toArray(typedArray) {
    const len = typedArray.length;
    const res = new Array(len);
    for (let i = 0; i < len; i++) res[i] = typedArray[i];
    return res;
  }
  static stringToUtf8ByteArray(str2) {
    if (globalThis.TextEncoder) {
      if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
      return cachedNativeEncoder.encode(str2);
    } else {
      let out = [], p = 0;
      for (let i = 0; i < str2.length; i++) {
        let c = str2.charCodeAt(i);
        if (c < 128) out[p++] = c;
        else if (c < 2048) {
          out[p++] = c >> 6 | 192;
          out[p++] = c & 63 | 128;
        } else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str2.length && (str2.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
          c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str2.charCodeAt(++i) & 1023);
          out[p++] = c >> 18 | 240;
          out[p++] = c >> 12 & 63 | 128;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        } else {
          out[p++] = c >> 12 | 224;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        }
      }
      return out;
    }
  }
  static utf8ByteArrayToString(bytes) {
    if (globalThis.TextDecoder) {
      if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
      const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
      return cachedNativeDecoder.decode(view);
    } else {
      let out = [], pos = 0, c = 0;
      while (pos < bytes.length) {
        let c1 = bytes[pos++];
        if (c1 < 128) out[c++] = String.fromCharCode(c1);
        else if (c1 > 191 && c1 < 224) {
          let c2 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
        } else if (c1 > 239 && c1 < 365) {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          let c4 = bytes[pos++];
          let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
          out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
          out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
        } else {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
        }
      }
      return out.join("");
    }
  }
};
var createEnum = (values = [], initNum = 0) => {
  const enumObject = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < values.length; i++) {
    const val = values[i];
    const keyVal = initNum + i;
    enumObject[val] = keyVal;
    enumObject[keyVal] = val;
  }
  return Object.freeze(enumObject);
};
var MatcherInputBase = class MatcherInputBase2 {
  static Encoding = createEnum(["UTF_16", "UTF_8"]);
  getEncoding() {
    throw Error("not implemented");
  }
  /** @returns {string} */
  asCharSequence() {
    throw Error("not implemented");
  }
  /** @returns {Uint8Array|number[]|null} */
  asBytes() {
    throw Error("not implemented");
  }
  /** @returns {number} */
  length() {
    throw Error("not implemented");
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF8Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_8;
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF16Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_16;
  }
};
var Utf8MatcherInput = class extends MatcherInputBase {
  /** @param {Uint8Array|number[]|null} bytes */
  constructor(bytes = null) {
    super();
    this.bytes = bytes;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_8;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return Utils.utf8ByteArrayToString(this.bytes);
  }
  /**
  *
  * @returns {Uint8Array|number[]|null}
  */
  asBytes() {
    return this.bytes;
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.bytes.length;
  }
};
var Utf16MatcherInput = class extends MatcherInputBase {
  /** @param {string|null} charSequence */
  constructor(charSequence = null) {
    super();
    this.charSequence = charSequence;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_16;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return this.charSequence;
  }
  /**
  *
  * @returns {number[]}
  */
  asBytes() {
    return Utils.stringToUtf8ByteArray(this.charSequence.toString());
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.charSequence.length;
  }
};
var MatcherInput = class {
  /**
  * Return the MatcherInput for UTF_16 encoding.
  * @returns {Utf16MatcherInput}
  */
  static utf16(charSequence) {
    Utils.checkInput(charSequence);
    return new Utf16MatcherInput(charSequence);
  }
  /**
  * Return the MatcherInput for UTF_8 encoding.
  * @returns {Utf8MatcherInput}
  */
  static utf8(input) {
    if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
    return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
  }
};
var MachineInputBase = class {
  static EOF() {
    return -8;
  }
  constructor() {
    this.start = 0;
    this.end = 0;
  }
  canCheckPrefix() {
    return true;
  }
  endPos() {
    return this.end - this.start;
  }
  hasString() {
    return false;
  }
  hasAnyString() {
    return false;
  }
  prefixLength() {
    return 0;
  }
};
var MachineUTF8Input = class MachineUTF8Input2 extends MachineInputBase {
  static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
  constructor(bytes, start = 0, end = bytes.length) {
    super();
    this.bytes = bytes;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const target = prefilter.bytes;
    if (target.length === 0) return true;
    const idx = this.indexOf(this.bytes, target, this.start + pos);
    return idx !== -1 && idx <= this.end - target.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c = this.bytes[pos] & 255;
    if (c < 128) return c << 3 | 1;
    let size;
    let rune;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) {
      size = 2;
      rune = c & 31;
    } else if (c >= 224 && c <= 239) {
      size = 3;
      rune = c & 15;
      if (c === 224) lo = 160;
      else if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      size = 4;
      rune = c & 7;
      if (c === 240) lo = 144;
      else if (c === 244) hi = 143;
    } else return MachineUTF8Input2.RUNE_ERROR_STEP;
    if (pos + size > this.end) return MachineUTF8Input2.RUNE_ERROR_STEP;
    const c1 = this.bytes[pos + 1] & 255;
    if (c1 < lo || c1 > hi) return MachineUTF8Input2.RUNE_ERROR_STEP;
    rune = rune << 6 | c1 & 63;
    if (size > 2) {
      const c2 = this.bytes[pos + 2] & 255;
      if ((c2 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
      rune = rune << 6 | c2 & 63;
      if (size > 3) {
        const c3 = this.bytes[pos + 3] & 255;
        if ((c3 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
        rune = rune << 6 | c3 & 63;
      }
    }
    return rune << 3 | size;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
    return i < 0 ? i : i - pos;
  }
  context(pos) {
    pos += this.start;
    let r1 = -1;
    if (pos > this.start && pos <= this.end) {
      let start = pos - 1;
      r1 = this.bytes[start--];
      if (r1 >= 128) {
        let lim = pos - 4;
        if (lim < this.start) lim = this.start;
        while (start >= lim && (this.bytes[start] & 192) === 128) start--;
        if (start < this.start) start = this.start;
        const r = this.step(start - this.start);
        r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
      }
    }
    const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  indexOf(source, target, fromIndex = 0) {
    let targetLength = target.length;
    if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
    const firstByte = target[0];
    let limit = this.end - targetLength;
    const hasNativeIndexOf = typeof source.indexOf === "function";
    let i = fromIndex;
    while (i <= limit) {
      if (hasNativeIndexOf) {
        i = source.indexOf(firstByte, i);
        if (i === -1 || i > limit) return -1;
      } else {
        while (i <= limit && source[i] !== firstByte) i++;
        if (i > limit) return -1;
      }
      let match = true;
      for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
        match = false;
        break;
      }
      if (match) return i;
      i++;
    }
    return -1;
  }
  prefixLength(re2) {
    return re2.prefixUTF8.length;
  }
};
var MachineUTF16Input = class extends MachineInputBase {
  constructor(charSequence, start = 0, end = charSequence.length) {
    super();
    this.charSequence = charSequence;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
    return idx !== -1 && idx <= this.end - prefilter.str.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c1 = this.charSequence.charCodeAt(pos);
    if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
    const c2 = this.charSequence.charCodeAt(pos + 1);
    if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
    return c1 << 3 | 1;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.charSequence.indexOf(re2.prefix, pos);
    if (i < 0 || i > this.end - re2.prefix.length) return -1;
    return i - pos;
  }
  context(pos) {
    pos += this.start;
    const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
    const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  prefixLength(re2) {
    return re2.prefix.length;
  }
};
var MachineInput = class {
  static fromUTF8(bytes, start = 0, end = bytes.length) {
    return new MachineUTF8Input(bytes, start, end);
  }
  static fromUTF16(charSequence, start = 0, end = void 0) {
    Utils.checkInput(charSequence);
    return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
  }
};
var Matcher = class Matcher2 {
  /**
  * V8 and WebKit have historical hard limits on the number of arguments
  * that can be passed to a function. We cap replacer arguments to prevent
  * Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
  */
  static MAX_REPLACER_ARGS = 65535;
  /**
  * Quotes '\' and '$' in {@code s}, so that the returned string could be used in
  * {@link #appendReplacement} as a literal replacement of {@code s}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str2, javaMode = false) {
    if (javaMode) {
      if (str2.indexOf("\\") < 0 && str2.indexOf("$") < 0) return str2;
      return str2.split("").map((s) => {
        const c = s.codePointAt(0);
        if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
        return s;
      }).join("");
    }
    if (str2.indexOf("$") < 0) return str2;
    return str2.split("").map((s) => {
      if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
      return s;
    }).join("");
  }
  /**
  *
  * @param {import('./index.js').RE2JS} pattern
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  */
  constructor(pattern, input) {
    if (pattern === null) throw new Error("pattern is null");
    this.patternInput = pattern;
    const re2 = this.patternInput.re2();
    this.patternGroupCount = re2.numberOfCapturingGroups();
    this.groups = [];
    this.namedGroups = re2.namedGroups;
    this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
    this.numberOfInstructions = re2.numberOfInstructions();
    this.lookbehindState = null;
    if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
    else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
    else this.resetMatcherInput(MatcherInput.utf16(input));
  }
  /**
  * Returns the {@code RE2JS} associated with this {@code Matcher}.
  * @returns {import('./index.js').RE2JS}
  */
  pattern() {
    return this.patternInput;
  }
  /**
  * Resets the {@code Matcher}, rewinding input and discarding any match information.
  *
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  reset() {
    this.matcherInputLength = this.matcherInput.length();
    this.appendPos = 0;
    this.hasMatch = false;
    this.hasGroups = false;
    this.anchorFlag = 0;
    return this;
  }
  /**
  * Resets the {@code Matcher} and changes the input.
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  resetMatcherInput(input) {
    if (input === null) throw new Error("input is null");
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    this.matcherInput = input;
    if (this.lookbehindState !== null) this.lookbehindState.reset();
    else this.lookbehindState = this.patternInput.re2().createLookbehindState();
    this.reset();
    return this;
  }
  /**
  * Returns the start of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  start(group2 = 0) {
    if (typeof group2 === "string") {
      const groupInt = this.namedGroups[group2];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group2}' not found`);
      group2 = groupInt;
    }
    this.loadGroup(group2);
    return this.groups[2 * group2];
  }
  /**
  * Returns the end of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  end(group2 = 0) {
    if (typeof group2 === "string") {
      const groupInt = this.namedGroups[group2];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group2}' not found`);
      group2 = groupInt;
    }
    this.loadGroup(group2);
    return this.groups[2 * group2 + 1];
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.numberOfInstructions;
  }
  /**
  * Returns the named group of the most recent match, or {@code null} if the group was not matched.
  * @param {string|number} [group=0]
  * @returns {string|null}
  */
  group(group2 = 0) {
    if (typeof group2 === "string") {
      const groupInt = this.namedGroups[group2];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group2}' not found`);
      group2 = groupInt;
    }
    const start = this.start(group2);
    const end = this.end(group2);
    if (start < 0 && end < 0) return null;
    return this.substring(start, end);
  }
  /**
  * Returns a dictionary map of all named capturing groups and their matched values.
  * If a group was not matched, its value will be `null`.
  * @returns {Record<string, string|null>}
  */
  getNamedGroups() {
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    const result = /* @__PURE__ */ Object.create(null);
    for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
    return result;
  }
  /**
  * Returns the number of subgroups in this pattern.
  *
  * @returns {number} the number of subgroups; the overall match (group 0) does not count
  */
  groupCount() {
    return this.patternGroupCount;
  }
  /**
  * Helper: finds subgroup information if needed for group.
  * @param {number} group
  * @private
  */
  loadGroup(group2) {
    if (!Number.isInteger(group2) || group2 < 0 || group2 > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group2}`);
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    if (group2 === 0 || this.hasGroups) return;
    const end = this.matcherInputLength;
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
    if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
    this.groups = res[1];
    this.hasGroups = true;
  }
  /**
  * Matches the entire input against the pattern (anchored start and end). If there is a match,
  * {@code matches} sets the match state to describe it.
  *
  * @returns {boolean} true if the entire input matches the pattern
  */
  matches() {
    return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
  }
  /**
  * Matches the beginning of input against the pattern (anchored start). If there is a match,
  * {@code lookingAt} sets the match state to describe it.
  *
  * @returns {boolean} true if the beginning of the input matches the pattern
  */
  lookingAt() {
    return this.genMatch(0, RE2Flags.ANCHOR_START);
  }
  /**
  * Matches the input against the pattern (unanchored), starting at a specified position. If there
  * is a match, {@code find} sets the match state to describe it.
  *
  * @param {number|null} [start=null] the input position where the search begins
  * @returns {boolean} if it finds a match
  * @throws IndexOutOfBoundsException if start is not a valid input position
  */
  find(start = null) {
    if (start !== null) {
      if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
      this.reset();
      return this.genMatch(start, 0);
    }
    start = 0;
    if (this.hasMatch) {
      start = this.groups[1];
      if (this.groups[0] === this.groups[1]) {
        const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
        if (r < 0) start++;
        else start += r & 7;
      }
    }
    return this.genMatch(start, RE2Flags.UNANCHORED);
  }
  /**
  * Helper: does match starting at start, with RE2 anchor flag.
  * @param {number} startByte
  * @param {number} anchor
  * @returns {boolean}
  * @private
  */
  genMatch(startByte, anchor) {
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
    if (!res[0]) {
      this.hasMatch = false;
      return false;
    }
    this.groups = res[1];
    this.hasMatch = true;
    this.hasGroups = this.patternGroupCount === 0;
    this.anchorFlag = anchor;
    return true;
  }
  /**
  * Helper: return substring for [start, end).
  * @param {number} start
  * @param {number} end
  * @returns {string}
  */
  substring(start, end) {
    if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
    return this.matcherInput.asCharSequence().substring(start, end).toString();
  }
  /**
  * Helper for Pattern: return input length.
  * @returns {number}
  */
  inputLength() {
    return this.matcherInputLength;
  }
  /**
  * Appends to result two strings: the text from the append position up to the beginning of the
  * most recent match, and then the replacement with submatch groups substituted for references to
  * them. It advances the append position to where the most recent match ended.
  *
  * By default the replacement is expanded as by String.prototype.replace (see
  * appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
  * many digits as still form a valid group number, ${name} is a named group, and a backslash
  * escapes the next character (so "\\$" in a JS string literal inserts a literal $).
  *
  * @param {string} replacement the replacement string
  * @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @throws IllegalStateException if there was no most recent match
  * @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
  * @private
  */
  appendReplacement(replacement, javaMode = false) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
    return res;
  }
  /**
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJava(replacement) {
    let res = "";
    let last2 = 0;
    const m = replacement.length;
    let i = 0;
    while (i < m) {
      const cCode = replacement.codePointAt(i);
      if (cCode === Codepoint.CODES["\\"]) {
        if (last2 < i) res += replacement.substring(last2, i);
        i++;
        if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
        last2 = i;
        i++;
        continue;
      }
      if (cCode === Codepoint.CODES["$"]) {
        if (last2 < i) res += replacement.substring(last2, i);
        if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
        const nextCode = replacement.codePointAt(i + 1);
        if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
          let n = nextCode - Codepoint.CODES["0"];
          let j = i + 2;
          for (; j < m; j++) {
            const digit = replacement.codePointAt(j);
            if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
            n = n * 10 + digit - Codepoint.CODES["0"];
          }
          if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
          const group2 = this.group(n);
          if (group2 !== null) res += group2;
          i = j;
          last2 = i;
        } else if (nextCode === Codepoint.CODES["{"]) {
          let j = i + 2;
          while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
          if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
          const groupName = replacement.substring(i + 2, j);
          const groupVal = this.group(groupName);
          if (groupVal !== null) res += groupVal;
          i = j + 1;
          last2 = i;
        } else throw new RE2JSGroupException("Illegal group reference");
        continue;
      }
      i++;
    }
    if (last2 < m) res += replacement.substring(last2, m);
    return res;
  }
  /**
  * Expands |replacement| for the current match by the rules of String.prototype.replace
  * (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
  * after it, $n and $nn a group (two digits only when they form a valid group number, so with
  * one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
  * (empty when no such group), only when the pattern has named groups. Anything else, such as
  * "$0" or "$<" without a closing ">", is kept as is.
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJs(replacement) {
    const isDigit = (c) => c >= 48 && c <= 57;
    const groupCount = this.patternGroupCount;
    let res = "";
    let i = 0;
    while (i < replacement.length) {
      const dollar = replacement.indexOf("$", i);
      if (dollar < 0) break;
      res += replacement.substring(i, dollar);
      i = dollar;
      const c = replacement.charCodeAt(i + 1);
      if (c === Codepoint.CODES["$"]) {
        res += "$";
        i += 2;
      } else if (c === Codepoint.CODES["&"]) {
        res += this.group(0);
        i += 2;
      } else if (c === Codepoint.CODES["`"]) {
        res += this.substring(0, this.start(0));
        i += 2;
      } else if (c === Codepoint.CODES["'"]) {
        res += this.substring(this.end(0), this.matcherInputLength);
        i += 2;
      } else if (isDigit(c)) {
        let digits = 1;
        let index = c - 48;
        const c2 = replacement.charCodeAt(i + 2);
        if (isDigit(c2) && index * 10 + c2 - 48 <= groupCount) {
          digits = 2;
          index = index * 10 + c2 - 48;
        }
        if (index >= 1 && index <= groupCount) {
          const group2 = this.group(index);
          if (group2 !== null) res += group2;
        } else res += replacement.substring(i, i + 1 + digits);
        i += 1 + digits;
      } else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
        const gt = replacement.indexOf(">", i + 2);
        if (gt < 0) {
          res += "$<";
          i += 2;
        } else {
          const name = replacement.substring(i + 2, gt);
          if (Object.hasOwn(this.namedGroups, name)) {
            const group2 = this.group(name);
            if (group2 !== null) res += group2;
          }
          i = gt + 1;
        }
      } else {
        res += "$";
        i += 1;
      }
    }
    return res + replacement.substring(i);
  }
  /**
  * Return the substring of the input from the append position to the end of the
  * input.
  * @returns {string}
  */
  appendTail() {
    return this.substring(this.appendPos, this.matcherInputLength);
  }
  /**
  * Returns the input with all matches replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the matches replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceAll(replacement, javaMode = false) {
    return this.replace(replacement, true, javaMode);
  }
  /**
  * Returns the input with the first match replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the first match replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceFirst(replacement, javaMode = false) {
    return this.replace(replacement, false, javaMode);
  }
  /**
  * Helper: replaceAll/replaceFirst hybrid.
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [all=true] - replace all matches
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @private
  */
  replace(replacement, all2 = true, javaMode = false) {
    let res = "";
    this.reset();
    const isFunc = typeof replacement === "function";
    let originalInput = null;
    if (isFunc) {
      if (this.groupCount() >= Matcher2.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
      originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
    }
    while (this.find()) {
      res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
      if (!all2) break;
    }
    res += this.appendTail();
    return res;
  }
  /**
  * Evaluates a replacer function for the current match and appends the result,
  * along with any un-matched preceding text, advancing the append position.
  * @param {Function} replacer - the replacer function
  * @param {string|Uint8Array|number[]} originalInput - the cached original input reference
  * @returns {string} the evaluated string to append
  * @private
  */
  appendReplacementFunc(replacer, originalInput) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    const args = this.matchArray();
    args.push(s, originalInput);
    if (this.hasNamedGroups) args.push(this.namedGroupsObject());
    res += String(replacer(...args));
    return res;
  }
  /**
  * The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
  * did not take part in the match. Used by exec(), matchAll() and replacer functions.
  * @returns {Array<string|undefined>}
  * @private
  */
  matchArray() {
    const result = [this.group(0)];
    for (let i = 1; i <= this.patternGroupCount; i++) {
      const group2 = this.group(i);
      result.push(group2 === null ? void 0 : group2);
    }
    return result;
  }
  /**
  * The named groups, as the groups property of a JS RegExpExecArray: an object without a
  * prototype mapping each name to its group (undefined when it did not take part in the match),
  * or undefined when the pattern has no named groups.
  * @returns {Record<string, string|undefined>|undefined}
  * @private
  */
  namedGroupsObject() {
    if (!this.hasNamedGroups) return;
    const result = this.getNamedGroups();
    for (const name in result) if (result[name] === null) result[name] = void 0;
    return result;
  }
};
var Inst = class Inst2 {
  static ALT = 1;
  static ALT_MATCH = 2;
  static CAPTURE = 3;
  static EMPTY_WIDTH = 4;
  static FAIL = 5;
  static MATCH = 6;
  static NOP = 7;
  static RUNE = 8;
  static RUNE1 = 9;
  static RUNE_ANY = 10;
  static RUNE_ANY_NOT_NL = 11;
  static LB_WRITE = 12;
  static LB_CHECK = 13;
  static isRuneOp(op) {
    return Inst2.RUNE <= op && op <= Inst2.RUNE_ANY_NOT_NL;
  }
  static escapeRunes(runes) {
    let out = '"';
    for (let rune of runes) out += Utils.escapeRune(rune);
    out += '"';
    return out;
  }
  constructor(op) {
    this.op = op;
    this.out = 0;
    this.arg = 0;
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.next = null;
  }
  matchRune(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
      return r === r0;
    }
    const len = this.runes.length;
    if (len === 0) return false;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return false;
        if (r <= this.runes[j + 1]) return true;
      }
      return false;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1];
  }
  matchRunePos(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
      return r === r0 ? 0 : -1;
    }
    const len = this.runes.length;
    if (len === 0) return -1;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return -1;
        if (r <= this.runes[j + 1]) return Math.floor(j / 2);
      }
      return -1;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    switch (this.op) {
      case Inst2.ALT:
        return `alt -> ${this.out}, ${this.arg}`;
      case Inst2.ALT_MATCH:
        return `altmatch -> ${this.out}, ${this.arg}`;
      case Inst2.CAPTURE:
        return `cap ${this.arg} -> ${this.out}`;
      case Inst2.EMPTY_WIDTH:
        return `empty ${this.arg} -> ${this.out}`;
      case Inst2.MATCH:
        return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
      case Inst2.FAIL:
        return "fail";
      case Inst2.NOP:
        return `nop -> ${this.out}`;
      case Inst2.LB_WRITE:
        return `lbwrite ${this.arg} -> ${this.out}`;
      case Inst2.LB_CHECK:
        return `lbcheck ${this.arg} -> ${this.out}`;
      case Inst2.RUNE:
        if (this.runes === null) return "rune <null>";
        return [
          "rune ",
          Inst2.escapeRunes(this.runes),
          (this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
          " -> ",
          this.out
        ].join("");
      case Inst2.RUNE1:
        return `rune1 ${Inst2.escapeRunes(this.runes)} -> ${this.out}`;
      case Inst2.RUNE_ANY:
        return `any -> ${this.out}`;
      case Inst2.RUNE_ANY_NOT_NL:
        return `anynotnl -> ${this.out}`;
      default:
        throw new Error("unhandled case in Inst.toString");
    }
  }
};
var Queue = class Queue2 {
  constructor(numInst) {
    this.sparse = new Int32Array(numInst);
    this.densePcs = new Int32Array(numInst);
    this.denseCaps = null;
    this.size = 0;
    this.ncap = 0;
    this.mainThreads = 0;
  }
  static INITIAL_THREADS = 32;
  init(ncap) {
    this.ncap = ncap;
    const needed = Math.min(this.densePcs.length, Queue2.INITIAL_THREADS) * ncap;
    if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
  }
  growCaps(needed) {
    const limit = this.densePcs.length * this.ncap;
    const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
    grown.set(this.denseCaps);
    this.denseCaps = grown;
  }
  contains(pc) {
    const j = this.sparse[pc];
    return j < this.size && this.densePcs[j] === pc;
  }
  isEmpty() {
    return this.size === 0;
  }
  add(pc) {
    const j = this.size++;
    this.sparse[pc] = j;
    this.densePcs[j] = pc;
    return j;
  }
  clear() {
    this.size = 0;
    this.mainThreads = 0;
  }
  toString() {
    let out = "{";
    for (let i = 0; i < this.size; i++) {
      if (i !== 0) out += ", ";
      out += this.densePcs[i];
    }
    out += "}";
    return out;
  }
};
var LookbehindState = class {
  constructor(prog) {
    this.pos = -1;
    this.pcs = new Int32Array(prog.numInst());
    this.size = 0;
    this.lbTable = new Int32Array(prog.numLb + 1);
  }
  reset() {
    this.pos = -1;
    this.size = 0;
  }
};
var Machine = class Machine2 {
  static fromRE2(re2) {
    const m = new Machine2();
    m.prog = re2.prog;
    m.re2 = re2;
    m.q0 = new Queue(m.prog.numInst());
    m.q1 = new Queue(m.prog.numInst());
    m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
    m.matched = false;
    m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
    m.ncap = 0;
    return m;
  }
  constructor() {
    this.prog = null;
    this.re2 = null;
    this.q0 = null;
    this.q1 = null;
    this.addStack = null;
    this.matched = false;
    this.matchcap = null;
    this.ncap = 0;
    this.lbTable = null;
  }
  init(ncap) {
    this.ncap = ncap;
    if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1);
    this.q0.init(ncap);
    this.q1.init(ncap);
    if (this.prog.numLb > 0) {
      if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
      this.lbTable.fill(-1);
    }
  }
  submatches() {
    if (this.ncap === 0) return Utils.emptyInts();
    return Utils.toArray(this.matchcap.subarray(0, this.ncap));
  }
  match(input, pos, anchor, lbState = null) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return false;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    this.matched = false;
    this.matchcap.fill(-1);
    const hasLookbehinds = this.prog.numLb > 0;
    const matchStartPos = pos;
    let currentPos = pos;
    let resumeLookbehinds = false;
    if (hasLookbehinds) {
      if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
        currentPos = lbState.pos;
        resumeLookbehinds = true;
      } else currentPos = 0;
    }
    let saveLookbehinds = hasLookbehinds && lbState !== null;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag2;
    if (currentPos === 0) flag2 = Utils.emptyOpContext(-1, rune);
    else flag2 = input.context(currentPos);
    if (hasLookbehinds) {
      if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag2);
      else this.spawnLookbehinds(runq, currentPos, flag2);
    }
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
        if (this.matched) break;
        if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
          const advance = input.index(this.re2, currentPos);
          if (advance < 0) break;
          currentPos += advance;
          r = input.step(currentPos);
          rune = r >> 3;
          width = r & 7;
          r = input.step(currentPos + width);
          rune1 = r >> 3;
          width1 = r & 7;
          flag2 = input.context(currentPos);
        }
      }
      if (currentPos >= matchStartPos) {
        if (saveLookbehinds) {
          this.saveLookbehinds(lbState, runq, currentPos);
          saveLookbehinds = false;
        }
        if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
          if (this.ncap > 0) this.matchcap[0] = currentPos;
          this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag2);
        }
      }
      const nextPos = currentPos + width;
      flag2 = input.context(nextPos);
      this.step(runq, nextq, currentPos, nextPos, rune, flag2, anchor, currentPos === input.endPos());
      if (width === 0) break;
      if (this.ncap === 0 && this.matched) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    runq.clear();
    nextq.clear();
    return this.matched;
  }
  matchSet(input, pos, anchor) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return [];
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    let currentPos = this.prog.numLb > 0 ? 0 : pos;
    let matchStartPos = pos;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag2 = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
    const matches = /* @__PURE__ */ new Set();
    if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag2);
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
      }
      if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
        if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag2);
      }
      const nextPos = currentPos + width;
      flag2 = input.context(nextPos);
      for (let j = 0; j < runq.size; j++) {
        const pc = runq.densePcs[j];
        const i = this.prog.inst[pc];
        const capOffset = j * this.ncap;
        let add = false;
        switch (i.op) {
          case Inst.MATCH:
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
            matches.add(i.arg);
            break;
          case Inst.RUNE:
            add = i.matchRune(rune);
            break;
          case Inst.RUNE1:
            add = rune === i.runes[0];
            break;
          case Inst.RUNE_ANY:
            add = true;
            break;
          case Inst.RUNE_ANY_NOT_NL:
            add = rune !== 10;
            break;
          default:
            continue;
        }
        if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag2);
      }
      runq.clear();
      if (width === 0) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    nextq.clear();
    return Array.from(matches).sort((a, b) => a - b);
  }
  step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
    const longest = this.re2.longest;
    for (let j = 0; j < runq.size; j++) {
      const pc = runq.densePcs[j];
      const capOffset = j * this.ncap;
      if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
      const i = this.prog.inst[pc];
      let add = false;
      switch (i.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
          if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
            runq.denseCaps[capOffset + 1] = pos;
            for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
          }
          if (!longest) runq.size = 0;
          this.matched = true;
          break;
        case Inst.RUNE:
          add = i.matchRune(c);
          break;
        case Inst.RUNE1:
          add = c === i.runes[0];
          break;
        case Inst.RUNE_ANY:
          add = true;
          break;
        case Inst.RUNE_ANY_NOT_NL:
          add = c !== 10;
          break;
        default:
          continue;
      }
      if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
    }
    runq.clear();
  }
  spawnLookbehinds(q, pos, flag2) {
    for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag2);
  }
  restoreLookbehinds(lbState, q, flag2) {
    this.lbTable.set(lbState.lbTable);
    for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag2);
  }
  saveLookbehinds(lbState, q, pos) {
    let size = 0;
    for (let j = 0; j < q.size; j++) {
      const pc = q.densePcs[j];
      if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
    }
    lbState.size = size;
    lbState.pos = pos;
    lbState.lbTable.set(this.lbTable);
  }
  add(q, pc, pos, capArray, capOffset, cond) {
    const stk = this.addStack;
    let nstk = 0;
    for (; ; ) {
      while (pc !== 0 && !q.contains(pc)) {
        const d = q.add(pc);
        const inst = this.prog.inst[pc];
        switch (inst.op) {
          case Inst.FAIL:
            pc = 0;
            break;
          case Inst.ALT:
          case Inst.ALT_MATCH:
            stk[nstk++] = inst.arg;
            stk[nstk++] = 0;
            pc = inst.out;
            break;
          case Inst.EMPTY_WIDTH:
            pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
            break;
          case Inst.NOP:
            pc = inst.out;
            break;
          case Inst.CAPTURE:
            if (inst.arg < this.ncap) {
              stk[nstk++] = -inst.arg - 1;
              stk[nstk++] = capArray[capOffset + inst.arg];
              capArray[capOffset + inst.arg] = pos;
            }
            pc = inst.out;
            break;
          case Inst.LB_WRITE:
            this.lbTable[Math.abs(inst.arg)] = pos;
            pc = inst.out;
            break;
          case Inst.LB_CHECK:
            if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
            else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
            break;
          case Inst.MATCH:
          case Inst.RUNE:
          case Inst.RUNE1:
          case Inst.RUNE_ANY:
          case Inst.RUNE_ANY_NOT_NL:
            if (this.prog.lbInst[pc] === 0) q.mainThreads++;
            if (this.ncap > 0) {
              const destOffset = d * this.ncap;
              if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
              for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
            }
            pc = 0;
            break;
          default:
            throw new RE2JSInternalException("unhandled");
        }
      }
      if (nstk === 0) return;
      nstk -= 2;
      const entry = stk[nstk];
      if (entry < 0) {
        capArray[capOffset - entry - 1] = stk[nstk + 1];
        pc = 0;
      } else pc = entry;
    }
  }
};
var hashState = (pcs, flag2, ids) => {
  let h = -2128831035;
  for (let i = 0; i < pcs.length; i++) {
    h ^= pcs[i];
    h = Math.imul(h, 16777619);
  }
  h ^= flag2;
  h = Math.imul(h, 16777619);
  for (let i = 0; i < ids.length; i++) {
    h ^= ids[i];
    h = Math.imul(h, 16777619);
  }
  return h;
};
var arraysEqual = (a, b) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};
var isState = (state, pcs, flag2, ids) => state.flag === flag2 && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
var NO_IDS = [];
var END_TEXT = -1;
var DFAState = class {
  constructor(nfaStates, flag2, matchIDs) {
    this.nfaStates = nfaStates;
    this.flag = flag2;
    this.isMatch = (flag2 & DFA.FLAG_MATCH) !== 0;
    this.matchIDs = matchIDs;
    this.next = null;
    this.nextAnchored = null;
  }
};
var DFA = class DFA2 {
  static FLAG_EMPTY_MASK = 255;
  static FLAG_MATCH = 256;
  static FLAG_LAST_WORD = 512;
  static FLAG_NEED_SHIFT = 16;
  static STATE_OVERHEAD = 150;
  static ARRAY_OVERHEAD = 40;
  static ELEMENT_SIZE = 8;
  static TABLE_OVERHEAD = 48;
  static PROGRESS_PER_STATE = 10;
  constructor(prog, maxMem = 8388608) {
    this.prog = prog;
    this.maxMem = maxMem;
    this.stateCache = /* @__PURE__ */ new Map();
    this.stateCount = 0;
    this.startStates = /* @__PURE__ */ new Map();
    this.failed = false;
    for (let pc = 0; pc < prog.numInst(); pc++) {
      const op = prog.getInst(pc).op;
      if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
        this.failed = true;
        break;
      }
    }
    this.computeRuneClasses();
    this.stateBudget = maxMem;
    this.memBudget = maxMem;
  }
  computeRuneClasses() {
    const bounds = /* @__PURE__ */ new Set();
    const addRange = (lo, hi) => {
      bounds.add(lo);
      bounds.add(hi + 1);
    };
    for (let pc = 0; pc < this.prog.numInst(); pc++) {
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.RUNE:
        case Inst.RUNE1:
          if (inst.runes.length === 1) {
            addRange(inst.runes[0], inst.runes[0]);
            if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
          } else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
          break;
        case Inst.RUNE_ANY_NOT_NL:
          addRange(10, 10);
          break;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
          if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
            addRange(48, 57);
            addRange(65, 90);
            addRange(95, 95);
            addRange(97, 122);
          }
      }
    }
    bounds.delete(0);
    this.classBounds = Int32Array.from(bounds).sort();
    this.numClasses = this.classBounds.length + 1;
    const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
    for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
    this.latin1Class = latin1Class;
  }
  runeClass(r) {
    if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
    return this.searchClass(r);
  }
  searchClass(r) {
    const bounds = this.classBounds;
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (bounds[mid] <= r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  closure(pcs, flag2) {
    const closure2 = /* @__PURE__ */ new Set();
    const stack = Array.from(pcs);
    let needflags = 0;
    while (stack.length > 0) {
      const pc = stack.pop();
      if (pc === 0 || closure2.has(pc)) continue;
      closure2.add(pc);
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          stack.push(inst.out);
          stack.push(inst.arg);
          break;
        case Inst.NOP:
        case Inst.CAPTURE:
          stack.push(inst.out);
          break;
        case Inst.EMPTY_WIDTH:
          needflags |= inst.arg;
          if ((inst.arg & ~flag2) === 0) stack.push(inst.out);
      }
    }
    return {
      pcs: Array.from(closure2).sort((a, b) => a - b),
      needflags
    };
  }
  getState(pcs, flag2, ids) {
    const hash = hashState(pcs, flag2, ids);
    const cached = this.stateCache.get(hash);
    if (cached instanceof DFAState) {
      if (isState(cached, pcs, flag2, ids)) return cached;
    } else if (cached !== void 0) {
      for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag2, ids)) return cached[i];
    }
    const cost = DFA2.stateCost(pcs, ids);
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const state = new DFAState(pcs, flag2, ids);
    if (cached === void 0) this.stateCache.set(hash, state);
    else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
    else cached.push(state);
    this.stateCount++;
    return state;
  }
  static stateCost(pcs, ids) {
    const idsCost = ids.length === 0 ? 0 : DFA2.ARRAY_OVERHEAD + DFA2.ELEMENT_SIZE * ids.length;
    return DFA2.STATE_OVERHEAD + DFA2.ELEMENT_SIZE * pcs.length + idsCost;
  }
  *cachedStates() {
    for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
    else yield* cached;
  }
  makeState(pcs, flag2, ids) {
    const closure2 = this.closure(pcs, flag2 & DFA2.FLAG_EMPTY_MASK);
    let stateFlag = flag2;
    if (closure2.needflags === 0) stateFlag &= DFA2.FLAG_MATCH;
    stateFlag |= closure2.needflags << DFA2.FLAG_NEED_SHIFT;
    return this.getState(closure2.pcs, stateFlag, ids);
  }
  allocTable(state, anchor) {
    const size = this.numClasses + 1;
    const cost = DFA2.TABLE_OVERHEAD + DFA2.ELEMENT_SIZE * size;
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const table = new Array(size).fill(null);
    if (anchor === RE2Flags.UNANCHORED) state.next = table;
    else state.nextAnchored = table;
    return table;
  }
  clearCache() {
    this.stateCache.clear();
    this.stateCount = 0;
    this.startStates.clear();
    this.memBudget = this.stateBudget;
  }
  resetCache(current) {
    this.clearCache();
    return this.getState(current.nfaStates, current.flag, current.matchIDs);
  }
  step(state, cls, rune, anchor) {
    let table = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
    if (table !== null) {
      const cached = table[cls];
      if (cached !== null) return cached;
    } else {
      table = this.allocTable(state, anchor);
      if (table === null) return null;
    }
    const needflag = state.flag >>> DFA2.FLAG_NEED_SHIFT;
    const oldbeforeflag = state.flag & DFA2.FLAG_EMPTY_MASK;
    let beforeflag = oldbeforeflag;
    let afterflag = 0;
    if (rune === 10) {
      beforeflag |= Utils.EMPTY_END_LINE;
      afterflag |= Utils.EMPTY_BEGIN_LINE;
    }
    if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
    const islastword = (state.flag & DFA2.FLAG_LAST_WORD) !== 0;
    const isword = rune !== END_TEXT && Utils.isWordRune(rune);
    beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
    let pcs = state.nfaStates;
    if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
    const nextPCs = [];
    let ismatch = false;
    let ids = NO_IDS;
    for (let i = 0; i < pcs.length; i++) {
      const inst = this.prog.getInst(pcs[i]);
      if (inst.op === Inst.MATCH) {
        if (!ismatch) {
          ismatch = true;
          ids = [];
        }
        ids.push(inst.arg);
      } else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
    }
    if (ids.length > 1) ids.sort((a, b) => a - b);
    if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
    let flag2 = afterflag;
    if (ismatch) flag2 |= DFA2.FLAG_MATCH;
    if (isword) flag2 |= DFA2.FLAG_LAST_WORD;
    const nextState = this.makeState(nextPCs, flag2, ids);
    if (nextState === null) return null;
    table[cls] = nextState;
    return nextState;
  }
  start(input, pos) {
    const context = input.context(pos);
    let flags;
    if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
    else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
    else {
      const r = input.step(pos);
      const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
      flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA2.FLAG_LAST_WORD : 0;
    }
    let state = this.startStates.get(flags);
    if (state === void 0) {
      state = this.makeState([this.prog.start], flags, NO_IDS);
      if (state === null) {
        this.clearCache();
        state = this.makeState([this.prog.start], flags, NO_IDS);
        if (state === null) return null;
      }
      this.startStates.set(flags, state);
    }
    return state;
  }
  stepOrReset(state, cls, rune, anchor, pos, search) {
    let next = this.step(state, cls, rune, anchor);
    if (next !== null) return next;
    if (search.resetPos >= 0 && pos - search.resetPos < DFA2.PROGRESS_PER_STATE * this.stateCount) return null;
    search.resetPos = pos;
    const restored = this.resetCache(state);
    if (restored === null) return null;
    next = this.step(restored, cls, rune, anchor);
    return next;
  }
  run(input, pos, anchor, state, onMatch) {
    const endPos = input.endPos();
    const latin1Class = this.latin1Class;
    const unanchored = anchor === RE2Flags.UNANCHORED;
    const search = { resetPos: -1 };
    let i = pos;
    while (i < endPos) {
      const r = input.step(i);
      const rune = r >> 3;
      const width = r & 7;
      if (width === 0) break;
      const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
      let next = unanchored && state.next !== null ? state.next[cls] : null;
      if (next === null) {
        next = this.stepOrReset(state, cls, rune, anchor, i, search);
        if (next === null) return null;
      }
      state = next;
      if (state.isMatch && onMatch(state, false)) return true;
      if (!unanchored && state.nfaStates.length === 0) return false;
      i += width;
    }
    state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
    if (state === null) return null;
    return state.isMatch && onMatch(state, true);
  }
  match(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    const startState = this.start(input, pos);
    if (startState === null) return null;
    return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
  }
  matchSet(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    const startState = this.start(input, pos);
    if (startState === null) return null;
    const matches = /* @__PURE__ */ new Set();
    const collect = (state, atEnd) => {
      if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
      return false;
    };
    if (this.run(input, pos, anchor, startState, collect) === null) return null;
    return Array.from(matches).sort((a, b) => a - b);
  }
};
var VISITED_BITS = 32;
var MAX_BACKTRACK_PROG = 500;
var INITIAL_JOB_CAPACITY = 256;
var MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
  constructor() {
    this.end = 0;
    this.cap = /* @__PURE__ */ new Int32Array(0);
    this.matchcap = /* @__PURE__ */ new Int32Array(0);
    this.ncap = 0;
    this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
    this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobLen = 0;
    this.visited = /* @__PURE__ */ new Uint32Array(0);
  }
  reset(prog, end, ncap) {
    this.end = end;
    this.jobLen = 0;
    this.ncap = ncap;
    const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
    if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
    else this.visited.fill(0, 0, visitedSize);
    if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
    else this.cap.fill(-1, 0, ncap);
    if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1, 0, ncap);
  }
  shouldVisit(pc, pos) {
    const n = pc * (this.end + 1) + pos;
    const idx = n >>> 5;
    const mask = 1 << (n & 31);
    if ((this.visited[idx] & mask) !== 0) return false;
    this.visited[idx] |= mask;
    return true;
  }
  push(re2, pc, pos, arg) {
    if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
      if (this.jobLen >= this.jobPc.length) {
        const newSize = this.jobPc.length * 2;
        const newPc = new Int32Array(newSize);
        newPc.set(this.jobPc);
        this.jobPc = newPc;
        const newArg = new Uint8Array(newSize);
        newArg.set(this.jobArg);
        this.jobArg = newArg;
        const newPos = new Int32Array(newSize);
        newPos.set(this.jobPos);
        this.jobPos = newPos;
      }
      this.jobPc[this.jobLen] = pc;
      this.jobArg[this.jobLen] = arg ? 1 : 0;
      this.jobPos[this.jobLen] = pos;
      this.jobLen++;
    }
  }
  tryBacktrack(re2, input, pc, pos, anchor) {
    const longest = re2.longest;
    this.push(re2, pc, pos, false);
    while (this.jobLen > 0) {
      this.jobLen--;
      let currentPc = this.jobPc[this.jobLen];
      let arg = this.jobArg[this.jobLen] === 1;
      let currentPos = this.jobPos[this.jobLen];
      let skipShouldVisit = true;
      while (true) {
        if (!skipShouldVisit) {
          if (!this.shouldVisit(currentPc, currentPos)) break;
        }
        skipShouldVisit = false;
        const inst = re2.prog.getInst(currentPc);
        switch (inst.op) {
          case Inst.FAIL:
            break;
          case Inst.ALT:
            if (arg) {
              arg = false;
              currentPc = inst.arg;
              continue;
            } else {
              this.push(re2, currentPc, currentPos, true);
              currentPc = inst.out;
              continue;
            }
          case Inst.ALT_MATCH: {
            const outInst = re2.prog.getInst(inst.out);
            if (Inst.isRuneOp(outInst.op)) {
              this.push(re2, inst.arg, currentPos, false);
              currentPc = inst.arg;
              currentPos = this.end;
              continue;
            }
            this.push(re2, inst.out, this.end, false);
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (!inst.matchRune(r >> 3)) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE1: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 !== inst.runes[0]) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY_NOT_NL: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 === 10) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.CAPTURE:
            if (arg) {
              this.cap[inst.arg] = currentPos;
              break;
            } else {
              if (inst.arg < this.ncap) {
                this.push(re2, currentPc, this.cap[inst.arg], true);
                this.cap[inst.arg] = currentPos;
              }
              currentPc = inst.out;
              continue;
            }
          case Inst.EMPTY_WIDTH: {
            const flag2 = input.context(currentPos);
            if ((inst.arg & ~flag2) !== 0) break;
            currentPc = inst.out;
            continue;
          }
          case Inst.NOP:
            currentPc = inst.out;
            continue;
          case Inst.MATCH: {
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
            if (this.ncap === 0) return true;
            if (this.ncap > 1) this.cap[1] = currentPos;
            const old = this.matchcap[1];
            if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
            if (!longest) return true;
            if (currentPos === this.end) return true;
            break;
          }
          case Inst.LB_WRITE:
          case Inst.LB_CHECK:
            throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
          default:
            throw new RE2JSInternalException("bad inst");
        }
        break;
      }
    }
    return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
  }
};
var bitStatePool = [];
var Backtracker = class Backtracker2 {
  static shouldBacktrack(prog) {
    return prog.numInst() <= MAX_BACKTRACK_PROG;
  }
  static maxBitStateLen(prog) {
    if (!Backtracker2.shouldBacktrack(prog)) return 0;
    return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
  }
  static execute(re2, input, pos, anchor, ncap) {
    const startCond = re2.cond;
    if (startCond === Utils.EMPTY_ALL) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
    const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
    const end = input.endPos();
    b.reset(re2.prog, end, ncap);
    let matched = false;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
      if (b.ncap > 0) b.cap[0] = pos;
      if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
    } else {
      let width = -1;
      for (; pos <= end && width !== 0; pos += width) {
        if (re2.prefix.length > 0) {
          const advance = input.index(re2, pos);
          if (advance < 0) break;
          pos += advance;
        }
        if (b.ncap > 0) b.cap[0] = pos;
        if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
          matched = true;
          break;
        }
        const r = input.step(pos);
        width = r === MachineInputBase.EOF() ? 0 : r & 7;
      }
    }
    if (!matched) {
      bitStatePool.push(b);
      return null;
    }
    const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
    bitStatePool.push(b);
    return result;
  }
};
var QueueOnePass = class {
  constructor(size) {
    this.sparse = new Uint32Array(size);
    this.dense = new Uint32Array(size);
    this.size = 0;
    this.nextIndex = 0;
  }
  empty() {
    return this.nextIndex >= this.size;
  }
  next() {
    return this.dense[this.nextIndex++];
  }
  clear() {
    this.size = 0;
    this.nextIndex = 0;
  }
  contains(u) {
    return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
  }
  insert(u) {
    if (!this.contains(u)) this.insertNew(u);
  }
  insertNew(u) {
    if (u >= this.sparse.length) return;
    this.sparse[u] = this.size;
    this.dense[this.size] = u;
    this.size++;
  }
};
var mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
  const leftLen = leftRunes.length;
  const rightLen = rightRunes.length;
  let lx = 0, rx = 0;
  const merged2 = [];
  const next = [];
  let ok = true;
  let ix = -1;
  const extend = (isLeft) => {
    const newArray = isLeft ? leftRunes : rightRunes;
    const low = isLeft ? lx : rx;
    const pc = isLeft ? leftPC : rightPC;
    if (ix > 0 && newArray[low] <= merged2[ix]) return false;
    merged2.push(newArray[low], newArray[low + 1]);
    if (isLeft) lx += 2;
    else rx += 2;
    ix += 2;
    next.push(pc);
    return true;
  };
  while (lx < leftLen || rx < rightLen) {
    if (rx >= rightLen) ok = extend(true);
    else if (lx >= leftLen) ok = extend(false);
    else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
    else ok = extend(true);
    if (!ok) return null;
  }
  return {
    merged: merged2,
    next
  };
};
var OnePassProg = class {
  constructor(prog) {
    this.start = prog.start;
    this.numCap = prog.numCap;
    this.inst = new Array(prog.inst.length);
    for (let i = 0; i < prog.inst.length; i++) {
      const orig = prog.inst[i];
      const inst = new Inst(orig.op);
      inst.out = orig.out;
      inst.arg = orig.arg;
      inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
      inst.next = null;
      this.inst[i] = inst;
    }
  }
};
var onePassCopy = (prog) => {
  const p = new OnePassProg(prog);
  for (let pc = 0; pc < p.inst.length; pc++) {
    const inst = p.inst[pc];
    if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
    let pAOther = "out";
    let pAAlt = "arg";
    let instAlt = p.inst[inst[pAAlt]];
    if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
      pAOther = "arg";
      pAAlt = "out";
      instAlt = p.inst[inst[pAAlt]];
      if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
    }
    const instOther = p.inst[inst[pAOther]];
    if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
    let pBAlt = "out";
    let pBOther = "arg";
    let patch = false;
    if (instAlt.out === pc) patch = true;
    else if (instAlt.arg === pc) {
      patch = true;
      pBAlt = "arg";
      pBOther = "out";
    }
    if (patch) instAlt[pBAlt] = inst[pAOther];
    if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
  }
  return p;
};
var makeOnePass = (p) => {
  if (p.inst.length >= 1e3) return null;
  const instQueue = new QueueOnePass(p.inst.length);
  const visitQueue = new QueueOnePass(p.inst.length);
  const onePassRunes = new Array(p.inst.length);
  const m = new Array(p.inst.length).fill(false);
  const check = (pc) => {
    let ok = true;
    const inst = p.inst[pc];
    if (visitQueue.contains(pc)) return true;
    visitQueue.insert(pc);
    switch (inst.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH: {
        ok = check(inst.out) && check(inst.arg);
        let matchOut = m[inst.out];
        let matchArg = m[inst.arg];
        if (matchOut && matchArg) return false;
        if (matchArg) {
          const tempOut = inst.out;
          inst.out = inst.arg;
          inst.arg = tempOut;
          const tempMatch = matchOut;
          matchOut = matchArg;
          matchArg = tempMatch;
        }
        if (matchOut) {
          m[pc] = true;
          inst.op = Inst.ALT_MATCH;
        }
        const leftRunes = onePassRunes[inst.out] || [];
        const rightRunes = onePassRunes[inst.arg] || [];
        const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
        if (!mergeRes) return false;
        onePassRunes[pc] = new Int32Array(mergeRes.merged);
        inst.next = new Uint32Array(mergeRes.next);
        break;
      }
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
        ok = check(inst.out);
        m[pc] = m[inst.out];
        onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
        break;
      case Inst.MATCH:
      case Inst.FAIL:
        m[pc] = inst.op === Inst.MATCH;
        break;
      case Inst.RUNE: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        if (!inst.runes || inst.runes.length === 0) {
          onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
          inst.next = new Uint32Array([inst.out]);
          break;
        }
        let runes = [];
        if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE1: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        let runes = [];
        if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else runes.push(inst.runes[0], inst.runes[0]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE_ANY:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
        inst.next = new Uint32Array([inst.out]);
        break;
      case Inst.RUNE_ANY_NOT_NL:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([
          0,
          9,
          11,
          Unicode.MAX_RUNE
        ]);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
    }
    return ok;
  };
  instQueue.clear();
  instQueue.insert(p.start);
  while (!instQueue.empty()) {
    visitQueue.clear();
    if (!check(instQueue.next())) return null;
  }
  for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
  return p;
};
var cleanupOnePass = (p, original) => {
  for (let ix = 0; ix < original.inst.length; ix++) {
    const instOriginal = original.inst[ix];
    switch (instOriginal.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH:
      case Inst.RUNE:
        break;
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
      case Inst.MATCH:
      case Inst.FAIL:
        p.inst[ix].next = null;
        break;
      case Inst.RUNE1:
      case Inst.RUNE_ANY:
      case Inst.RUNE_ANY_NOT_NL:
        p.inst[ix].next = null;
        p.inst[ix].op = instOriginal.op;
        p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
    }
  }
};
var OnePass = class OnePass2 {
  static compile(prog) {
    if (prog.start === 0) return null;
    if (prog.numLb > 0) return null;
    const startInst = prog.inst[prog.start];
    if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
    let hasAlt = false;
    for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
      hasAlt = true;
      break;
    }
    for (let i = 0; i < prog.inst.length; i++) {
      const inst = prog.inst[i];
      const opOut = prog.inst[inst.out].op;
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
          break;
        case Inst.EMPTY_WIDTH:
          if (opOut === Inst.MATCH) {
            if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
            return null;
          }
          break;
        default:
          if (opOut === Inst.MATCH && hasAlt) return null;
      }
    }
    let p = onePassCopy(prog);
    p = makeOnePass(p);
    if (p !== null) cleanupOnePass(p, prog);
    return p;
  }
  static next(inst, r) {
    const nextIdx = inst.matchRunePos(r);
    if (nextIdx >= 0) return inst.next[nextIdx];
    if (inst.op === Inst.ALT_MATCH) return inst.out;
    return 0;
  }
  static execute(re2, input, pos, anchor, ncap) {
    const onepass = re2.onepass;
    if (!onepass) return null;
    const matchcap = new Int32Array(ncap).fill(-1);
    let matched = false;
    let r = input.step(pos);
    let rune = r >> 3;
    let width = r & 7;
    let r1 = MachineInputBase.EOF();
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r1 = input.step(pos + width);
      if (r1 !== MachineInputBase.EOF()) {
        rune1 = r1 >> 3;
        width1 = r1 & 7;
      }
    }
    let flag2 = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
    let pc = onepass.start;
    let inst;
    while (true) {
      inst = onepass.inst[pc];
      pc = inst.out;
      switch (inst.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
          matched = true;
          if (matchcap.length > 0) {
            matchcap[0] = 0;
            matchcap[1] = pos;
          }
          return ncap === 0 ? [] : Utils.toArray(matchcap);
        case Inst.RUNE:
          if (!inst.matchRune(rune)) return null;
          break;
        case Inst.RUNE1:
          if (rune !== inst.runes[0]) return null;
          break;
        case Inst.RUNE_ANY:
          break;
        case Inst.RUNE_ANY_NOT_NL:
          if (rune === 10) return null;
          break;
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pc = OnePass2.next(inst, rune);
          continue;
        case Inst.FAIL:
          return null;
        case Inst.NOP:
          continue;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & ~flag2) !== 0) return null;
          continue;
        case Inst.CAPTURE:
          if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
          continue;
        default:
          throw new RE2JSInternalException("bad inst");
      }
      if (width === 0) break;
      flag2 = Utils.emptyOpContext(rune, rune1);
      pos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r1 = input.step(pos + width);
        if (r1 !== MachineInputBase.EOF()) {
          rune1 = r1 >> 3;
          width1 = r1 & 7;
        } else {
          rune1 = -1;
          width1 = 0;
        }
      }
    }
    if (!matched) return null;
    return ncap === 0 ? [] : Utils.toArray(matchcap);
  }
};
var Regexp = class Regexp2 {
  static Op = createEnum([
    "NO_MATCH",
    "EMPTY_MATCH",
    "LITERAL",
    "CHAR_CLASS",
    "ANY_CHAR_NOT_NL",
    "ANY_CHAR",
    "BEGIN_LINE",
    "END_LINE",
    "BEGIN_TEXT",
    "END_TEXT",
    "WORD_BOUNDARY",
    "NO_WORD_BOUNDARY",
    "CAPTURE",
    "STAR",
    "PLUS",
    "QUEST",
    "REPEAT",
    "CONCAT",
    "ALTERNATE",
    "PLB",
    "NLB",
    "LEFT_PAREN",
    "VERTICAL_BAR"
  ]);
  static isPseudoOp(op) {
    return op >= Regexp2.Op.LEFT_PAREN;
  }
  static emptySubs() {
    return [];
  }
  static quoteIfHyphen(rune) {
    if (rune === Codepoint.CODES["-"]) return "\\";
    return "";
  }
  static fromRegexp(re) {
    const regex = new Regexp2(re.op);
    regex.flags = re.flags;
    regex.subs = re.subs;
    regex.runes = re.runes;
    regex.cap = re.cap;
    regex.min = re.min;
    regex.max = re.max;
    regex.name = re.name;
    regex.namedGroups = re.namedGroups;
    regex.lb = re.lb;
    return regex;
  }
  constructor(op) {
    this.op = op;
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.min = 0;
    this.max = 0;
    this.cap = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  reinit() {
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.cap = 0;
    this.min = 0;
    this.max = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  toString() {
    return this.appendTo();
  }
  appendTo() {
    let out = "";
    switch (this.op) {
      case Regexp2.Op.NO_MATCH:
        out += "[^\\x00-\\x{10FFFF}]";
        break;
      case Regexp2.Op.EMPTY_MATCH:
        out += "(?:)";
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
      case Regexp2.Op.REPEAT: {
        const sub = this.subs[0];
        if (sub.op > Regexp2.Op.CAPTURE || sub.op === Regexp2.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        switch (this.op) {
          case Regexp2.Op.STAR:
            out += "*";
            break;
          case Regexp2.Op.PLUS:
            out += "+";
            break;
          case Regexp2.Op.QUEST:
            out += "?";
            break;
          case Regexp2.Op.REPEAT:
            out += `{${this.min}`;
            if (this.min !== this.max) {
              out += ",";
              if (this.max >= 0) out += this.max;
            }
            out += "}";
        }
        if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
        break;
      }
      case Regexp2.Op.CONCAT:
        for (let sub of this.subs) if (sub.op === Regexp2.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        break;
      case Regexp2.Op.ALTERNATE: {
        let sep = "";
        for (let sub of this.subs) {
          out += sep;
          sep = "|";
          out += sub.appendTo();
        }
        break;
      }
      case Regexp2.Op.LITERAL:
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
        for (let rune of this.runes) out += Utils.escapeRune(rune);
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
        break;
      case Regexp2.Op.ANY_CHAR_NOT_NL:
        out += "(?-s:.)";
        break;
      case Regexp2.Op.ANY_CHAR:
        out += "(?s:.)";
        break;
      case Regexp2.Op.PLB:
        out += `(?<=${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.NLB:
        out += `(?<!${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.name === null || this.name.length === 0) out += "(";
        else out += `(?P<${this.name}>`;
        if (this.subs[0].op !== Regexp2.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
        out += ")";
        break;
      case Regexp2.Op.BEGIN_TEXT:
        out += "\\A";
        break;
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
        else out += "\\z";
        break;
      case Regexp2.Op.BEGIN_LINE:
        out += "^";
        break;
      case Regexp2.Op.END_LINE:
        out += "$";
        break;
      case Regexp2.Op.WORD_BOUNDARY:
        out += "\\b";
        break;
      case Regexp2.Op.NO_WORD_BOUNDARY:
        out += "\\B";
        break;
      case Regexp2.Op.CHAR_CLASS:
        if (this.runes.length % 2 !== 0) {
          out += "[invalid char class]";
          break;
        }
        out += "[";
        if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
        else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
          out += "^";
          for (let i = 1; i < this.runes.length - 1; i += 2) {
            const lo = this.runes[i] + 1;
            const hi = this.runes[i + 1] - 1;
            out += Regexp2.quoteIfHyphen(lo);
            out += Utils.escapeRune(lo);
            if (lo !== hi) {
              out += "-";
              out += Regexp2.quoteIfHyphen(hi);
              out += Utils.escapeRune(hi);
            }
          }
        } else for (let i = 0; i < this.runes.length; i += 2) {
          const lo = this.runes[i];
          const hi = this.runes[i + 1];
          out += Regexp2.quoteIfHyphen(lo);
          out += Utils.escapeRune(lo);
          if (lo !== hi) {
            out += "-";
            out += Regexp2.quoteIfHyphen(hi);
            out += Utils.escapeRune(hi);
          }
        }
        out += "]";
        break;
      default:
        out += this.op;
    }
    return out;
  }
  maxCap() {
    let m = 0;
    if (this.op === Regexp2.Op.CAPTURE) m = this.cap;
    if (this.subs !== null) for (let sub of this.subs) {
      const n = sub.maxCap();
      if (m < n) m = n;
    }
    return m;
  }
  equals(that) {
    if (!(that !== null && that instanceof Regexp2)) return false;
    if (this.op !== that.op) return false;
    switch (this.op) {
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
        break;
      case Regexp2.Op.LITERAL:
      case Regexp2.Op.CHAR_CLASS:
        if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
        if (this.runes === null && that.runes === null) break;
        if (this.runes === null || that.runes === null) return false;
        if (this.runes.length !== that.runes.length) return false;
        for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
        break;
      case Regexp2.Op.ALTERNATE:
      case Regexp2.Op.CONCAT:
        if (this.subs.length !== that.subs.length) return false;
        for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.REPEAT:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.PLB:
      case Regexp2.Op.NLB:
        if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
    }
    return true;
  }
};
var RegexpWalker = class {
  static walk(root, handler) {
    const stack = [];
    let re = root;
    let result;
    for (; ; ) {
      if (re.subs.length === 0) result = handler.leaf(re);
      else {
        const state = handler.enter(re);
        if (state.result === void 0) {
          stack.push({
            re,
            state,
            i: 0
          });
          re = re.subs[0];
          continue;
        }
        result = state.result;
      }
      for (; ; ) {
        if (stack.length === 0) return result;
        const frame = stack[stack.length - 1];
        handler.child(frame.re, frame.state, result, frame.i);
        frame.i++;
        if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
          re = frame.re.subs[frame.i];
          break;
        }
        stack.pop();
        result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
      }
    }
  }
};
var AhoCorasick = class {
  constructor(words, alphabetSize) {
    const edges = /* @__PURE__ */ new Map();
    const parent = [0];
    const unit = [0];
    const depth = [0];
    const terminal = [0];
    for (const word of words) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const key = node * alphabetSize + word[i];
        let child = edges.get(key);
        if (child === void 0) {
          child = parent.length;
          edges.set(key, child);
          parent.push(node);
          unit.push(word[i]);
          depth.push(depth[node] + 1);
          terminal.push(0);
        }
        node = child;
      }
      terminal[node] = 1;
    }
    const numNodes = parent.length;
    const children2 = new Int32Array(numNodes - 1);
    for (let c = 1; c < numNodes; c++) children2[c - 1] = c;
    children2.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
    const childStart = new Int32Array(numNodes + 1);
    for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
    for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
    const childUnit = new Int32Array(numNodes - 1);
    for (let k = 0; k < children2.length; k++) childUnit[k] = unit[children2[k]];
    this.childStart = childStart;
    this.childUnit = childUnit;
    this.childNode = children2;
    const byDepth = new Int32Array(numNodes);
    for (let n = 0; n < numNodes; n++) byDepth[n] = n;
    byDepth.sort((a, b) => depth[a] - depth[b]);
    const fail = new Int32Array(numNodes);
    const match = Uint8Array.from(terminal);
    for (let k = 1; k < numNodes; k++) {
      const c = byDepth[k];
      const p = parent[c];
      if (p !== 0) {
        let f = fail[p];
        let next = this.next(f, unit[c]);
        while (next < 0 && f !== 0) {
          f = fail[f];
          next = this.next(f, unit[c]);
        }
        fail[c] = next >= 0 ? next : 0;
      }
      match[c] |= match[fail[c]];
    }
    this.fail = fail;
    this.match = match;
  }
  next(node, u) {
    let lo = this.childStart[node];
    let hi = this.childStart[node + 1];
    const units = this.childUnit;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const m = units[mid];
      if (m === u) return this.childNode[mid];
      if (m < u) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
  advance(node, u) {
    for (; ; ) {
      const next = this.next(node, u);
      if (next >= 0) return next;
      if (node === 0) return 0;
      node = this.fail[node];
    }
  }
  searchUTF16(charSeq, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, charSeq.charCodeAt(i));
      if (this.match[node] === 1) return true;
    }
    return false;
  }
  searchUTF8(bytes, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, bytes[i]);
      if (this.match[node] === 1) return true;
    }
    return false;
  }
};
var Prefilter = class Prefilter2 {
  static Type = {
    NONE: 0,
    EXACT: 1,
    AND: 2,
    OR: 3
  };
  static MAX_SCANS = 32;
  static MAX_AC_UNITS = 1 << 18;
  constructor(type2) {
    this.type = type2;
    this.subs = [];
    this.str = "";
    this.bytes = null;
    this.cost = type2 === Prefilter2.Type.EXACT ? 1 : 0;
    this.allExact = false;
    this.ac16 = null;
    this.ac8 = null;
  }
  automaton16() {
    if (this.ac16 === null) {
      const words = this.subs.map((s) => {
        const arr = new Array(s.str.length);
        for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
        return arr;
      });
      this.ac16 = new AhoCorasick(words, 65536);
    }
    return this.ac16;
  }
  automaton8() {
    if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
    return this.ac8;
  }
  eval(input, pos) {
    switch (this.type) {
      case Prefilter2.Type.NONE:
        return true;
      case Prefilter2.Type.EXACT:
        return input.hasString(this, pos);
      case Prefilter2.Type.AND:
        for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
        return true;
      case Prefilter2.Type.OR:
        if (this.allExact) return input.hasAnyString(this, pos);
        for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
        return false;
      default:
        return true;
    }
  }
};
var PrefilterTree = class PrefilterTree2 {
  static build(re) {
    if (!re) return new Prefilter(Prefilter.Type.NONE);
    return RegexpWalker.walk(re, PrefilterTree2.WALKER);
  }
  static WALKER = {
    leaf: (re) => PrefilterTree2.leaf(re),
    enter: (re) => PrefilterTree2.enter(re),
    child: (re, state, result) => PrefilterTree2.child(re, state, result),
    leave: (re, state) => PrefilterTree2.leave(re, state)
  };
  static leaf(re) {
    if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
    if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
    let str2 = "";
    for (let i = 0; i < re.runes.length; i++) {
      if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
      str2 += String.fromCodePoint(re.runes[i]);
    }
    const pf = new Prefilter(Prefilter.Type.EXACT);
    pf.str = str2;
    pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
    return pf;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.CAPTURE:
      case Regexp.Op.PLUS:
        return { sub: null };
      case Regexp.Op.REPEAT:
        if (re.min >= 1) return { sub: null };
        return { result: new Prefilter(Prefilter.Type.NONE) };
      case Regexp.Op.CONCAT:
        return {
          pf: new Prefilter(Prefilter.Type.AND),
          subs: []
        };
      case Regexp.Op.ALTERNATE:
        return {
          pf: new Prefilter(Prefilter.Type.OR),
          subs: []
        };
      default:
        return { result: new Prefilter(Prefilter.Type.NONE) };
    }
  }
  static child(re, state, s) {
    if (state.subs === void 0) {
      state.sub = s;
      return;
    }
    if (state.pf.type === Prefilter.Type.AND) {
      if (s.type === Prefilter.Type.NONE) return;
      if (s.type === Prefilter.Type.AND) {
        for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
        return;
      }
      state.subs.push(s);
      return;
    }
    if (s.type === Prefilter.Type.NONE) {
      state.result = new Prefilter(Prefilter.Type.NONE);
      return;
    }
    if (s.type === Prefilter.Type.OR) {
      for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
      return;
    }
    state.subs.push(s);
  }
  static leave(re, state) {
    if (state.subs === void 0) return state.sub;
    const pf = state.pf;
    const seen = /* @__PURE__ */ new Set();
    const subs = [];
    for (const sub of state.subs) {
      if (sub.type === Prefilter.Type.EXACT) {
        if (seen.has(sub.str)) continue;
        seen.add(sub.str);
      }
      subs.push(sub);
    }
    if (pf.type === Prefilter.Type.AND) {
      const kept = [];
      let cost2 = 0;
      for (const sub of subs) {
        if (cost2 + sub.cost > Prefilter.MAX_SCANS) continue;
        kept.push(sub);
        cost2 += sub.cost;
      }
      if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
      if (kept.length === 1) return kept[0];
      pf.subs = kept;
      pf.cost = cost2;
      return pf;
    }
    if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
    if (subs.length === 1) return subs[0];
    pf.subs = subs;
    let allExact = true;
    let cost = 0;
    let units = 0;
    for (const sub of subs) {
      if (sub.type !== Prefilter.Type.EXACT) allExact = false;
      else units += sub.bytes.length;
      cost += sub.cost;
    }
    if (allExact) {
      if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
      pf.allExact = true;
      pf.cost = 1;
      return pf;
    }
    if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
    pf.cost = cost;
    return pf;
  }
};
var PatchList = class {
  /**
  * @param {number} head - Encoded pointer to the start of the patch list.
  * @param {number} tail - Encoded pointer to the end of the patch list.
  */
  constructor(head = 0, tail = 0) {
    this.head = head;
    this.tail = tail;
  }
};
var Prog = class {
  constructor() {
    this.inst = [];
    this.start = 0;
    this.numCap = 2;
    this.lbStarts = [];
    this.numLb = 0;
    this.lbInst = null;
  }
  getInst(pc) {
    return this.inst[pc];
  }
  numInst() {
    return this.inst.length;
  }
  addInst(op) {
    this.inst.push(new Inst(op));
  }
  markLookbehindInsts() {
    const lbInst = new Uint8Array(this.inst.length);
    const pending = this.lbStarts.slice();
    while (pending.length > 0) {
      const pc = pending.pop();
      if (pc === 0 || lbInst[pc] === 1) continue;
      lbInst[pc] = 1;
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pending.push(i.out, i.arg);
          break;
        case Inst.MATCH:
        case Inst.FAIL:
          break;
        default:
          pending.push(i.out);
      }
    }
    this.lbInst = lbInst;
  }
  skipNop(pc) {
    let i = this.inst[pc];
    while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
      i = this.inst[pc];
      pc = i.out;
    }
    return i;
  }
  /** @returns {[boolean, string]} */
  prefix() {
    let prefix = "";
    let i = this.skipNop(this.start);
    if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
    while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
      prefix += String.fromCodePoint(i.runes[0]);
      i = this.skipNop(i.out);
    }
    return [i.op === Inst.MATCH, prefix];
  }
  startCond() {
    let flag2 = 0;
    let pc = this.start;
    loop: for (; ; ) {
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.EMPTY_WIDTH:
          flag2 |= i.arg;
          break;
        case Inst.FAIL:
          return -1;
        case Inst.CAPTURE:
        case Inst.NOP:
          break;
        default:
          break loop;
      }
      pc = i.out;
    }
    return flag2;
  }
  patch(l, val) {
    let head = l.head;
    while (head !== 0) {
      const i = this.inst[head >> 1];
      if ((head & 1) === 0) {
        head = i.out;
        i.out = val;
      } else {
        head = i.arg;
        i.arg = val;
      }
    }
  }
  append(l1, l2) {
    if (l1.head === 0) return l2;
    if (l2.head === 0) return l1;
    const i = this.inst[l1.tail >> 1];
    if ((l1.tail & 1) === 0) i.out = l2.head;
    else i.arg = l2.head;
    return new PatchList(l1.head, l2.tail);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    let out = "";
    for (let pc = 0; pc < this.inst.length; pc++) {
      const len = out.length;
      out += pc;
      if (pc === this.start) out += "*";
      out += "        ".substring(out.length - len);
      out += this.inst[pc];
      out += "\n";
    }
    return out;
  }
};
var ANY_RUNE_NOT_NL = new Int32Array([
  0,
  Codepoint.CODES["\n"] - 1,
  Codepoint.CODES["\n"] + 1,
  Unicode.MAX_RUNE
]);
var ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
var Frag = class {
  constructor(i = 0, out = new PatchList(), nullable = false) {
    this.i = i;
    this.out = out;
    this.nullable = nullable;
  }
};
var Compiler = class Compiler2 {
  static compileRegexp(re) {
    const c = new Compiler2();
    const f = c.compile(re);
    c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
    c.prog.start = f.i;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  static compileSet(regexps) {
    const c = new Compiler2();
    if (regexps.length === 0) {
      c.prog.start = c.newInst(Inst.FAIL).i;
      c.prog.markLookbehindInsts();
      return c.prog;
    }
    let starts = [];
    for (let i = 0; i < regexps.length; i++) {
      c.lbOffset = c.prog.numLb;
      const f = c.compile(regexps[i]);
      const m = c.newInst(Inst.MATCH);
      c.prog.getInst(m.i).arg = i;
      c.prog.patch(f.out, m.i);
      starts.push(f.i);
    }
    let start = starts[0];
    for (let i = 1; i < starts.length; i++) {
      const f = c.newInst(Inst.ALT);
      const inst = c.prog.getInst(f.i);
      inst.out = start;
      inst.arg = starts[i];
      start = f.i;
    }
    c.prog.start = start;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  constructor() {
    this.prog = new Prog();
    this.newInst(Inst.FAIL);
    this.lbOffset = 0;
    this.runeCache = /* @__PURE__ */ new Map();
    this.walker = {
      leaf: (re) => this.leaf(re),
      enter: (re) => this.enter(re),
      child: (re, state, result) => this.child(re, state, result),
      leave: (re, state) => this.leave(re, state)
    };
  }
  newInst(op) {
    this.prog.addInst(op);
    return new Frag(this.prog.numInst() - 1, new PatchList(), true);
  }
  nop() {
    const f = this.newInst(Inst.NOP);
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  fail() {
    return new Frag();
  }
  cap(arg) {
    const f = this.newInst(Inst.CAPTURE);
    f.out = new PatchList(f.i << 1, f.i << 1);
    this.prog.getInst(f.i).arg = arg;
    if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
    return f;
  }
  cat(f1, f2) {
    if (f1.i === 0 || f2.i === 0) {
      this.prog.patch(f1.out, 0);
      this.prog.patch(f2.out, 0);
      return this.fail();
    }
    this.prog.patch(f1.out, f2.i);
    return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
  }
  alt(f1, f2) {
    if (f1.i === 0) return f2;
    if (f2.i === 0) return f1;
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    i.out = f1.i;
    i.arg = f2.i;
    f.out = this.prog.append(f1.out, f2.out);
    f.nullable = f1.nullable || f2.nullable;
    return f;
  }
  loop(f1, nongreedy) {
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    this.prog.patch(f1.out, f.i);
    return f;
  }
  quest(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    f.out = this.prog.append(f.out, f1.out);
    return f;
  }
  star(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
    return this.loop(f1, nongreedy);
  }
  plus(f1, nongreedy) {
    if (f1.i === 0) return this.fail();
    return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
  }
  empty(op) {
    const f = this.newInst(Inst.EMPTY_WIDTH);
    this.prog.getInst(f.i).arg = op;
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  rune(runes, flags) {
    const f = this.newInst(Inst.RUNE);
    f.nullable = false;
    const i = this.prog.getInst(f.i);
    i.runes = runes;
    flags &= RE2Flags.FOLD_CASE;
    if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
    i.arg = flags;
    f.out = new PatchList(f.i << 1, f.i << 1);
    if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
    else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
    else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
    return f;
  }
  lookBehind(a, parsedLb) {
    const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
    const id = this.newInst(Inst.LB_WRITE);
    this.prog.getInst(id.i).arg = lb;
    const any = this.rune(ANY_RUNE, 0);
    const dotStar = this.star(any, true);
    const lbAutomaton = this.cat(dotStar, a);
    this.prog.patch(lbAutomaton.out, id.i);
    const checkId = this.newInst(Inst.LB_CHECK);
    this.prog.getInst(checkId.i).arg = lb;
    this.prog.lbStarts.push(lbAutomaton.i);
    if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
    checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
    return checkId;
  }
  compile(re) {
    return RegexpWalker.walk(re, this.walker);
  }
  leaf(re) {
    switch (re.op) {
      case Regexp.Op.NO_MATCH:
        return this.fail();
      case Regexp.Op.EMPTY_MATCH:
        return this.nop();
      case Regexp.Op.LITERAL: {
        if (re.runes.length === 0) return this.nop();
        let f = null;
        for (let r of re.runes) {
          let singleRune = this.runeCache.get(r);
          if (singleRune === void 0) {
            singleRune = new Int32Array([r]);
            this.runeCache.set(r, singleRune);
          }
          const f1 = this.rune(singleRune, re.flags);
          f = f === null ? f1 : this.cat(f, f1);
        }
        return f;
      }
      case Regexp.Op.CHAR_CLASS:
        return this.rune(re.runes, re.flags);
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return this.rune(ANY_RUNE_NOT_NL, 0);
      case Regexp.Op.ANY_CHAR:
        return this.rune(ANY_RUNE, 0);
      case Regexp.Op.BEGIN_LINE:
        return this.empty(Utils.EMPTY_BEGIN_LINE);
      case Regexp.Op.END_LINE:
        return this.empty(Utils.EMPTY_END_LINE);
      case Regexp.Op.BEGIN_TEXT:
        return this.empty(Utils.EMPTY_BEGIN_TEXT);
      case Regexp.Op.END_TEXT:
        return this.empty(Utils.EMPTY_END_TEXT);
      case Regexp.Op.WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_WORD_BOUNDARY);
      case Regexp.Op.NO_WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return this.nop();
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CAPTURE:
        return {
          bra: this.cap(re.cap << 1),
          sub: null
        };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return { f: null };
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  child(re, state, f1) {
    if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
    else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
    else state.sub = f1;
  }
  leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
        return this.lookBehind(state.sub, re.lb);
      case Regexp.Op.CAPTURE: {
        const ket = this.cap(re.cap << 1 | 1);
        return this.cat(this.cat(state.bra, state.sub), ket);
      }
      case Regexp.Op.STAR:
        return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.PLUS:
        return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.QUEST:
        return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return state.f;
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
};
var Simplify = class Simplify2 {
  static simplify(re) {
    if (re === null) return null;
    return RegexpWalker.walk(re, Simplify2.WALKER);
  }
  static WALKER = {
    leaf: (re) => Simplify2.leaf(re),
    enter: (re) => Simplify2.enter(re),
    child: (re, state, result, i) => Simplify2.child(re, state, result, i),
    leave: (re, state) => Simplify2.leave(re, state)
  };
  static leaf(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      if (re.runes === null) return re;
      if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
      if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
    }
    return re;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return {
          subs: [],
          changed: false
        };
      case Regexp.Op.REPEAT:
        if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
        return { sub: null };
      default:
        return { result: re };
    }
  }
  static child(re, state, nsub, i) {
    if (state.subs === void 0) {
      state.sub = nsub;
      return;
    }
    if (nsub !== re.subs[i]) state.changed = true;
    if (re.op === Regexp.Op.CONCAT) {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.result = new Regexp(Regexp.Op.NO_MATCH);
        return;
      }
      if (nsub.op === Regexp.Op.EMPTY_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.CONCAT) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    } else {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.ALTERNATE) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    }
    state.subs.push(nsub);
  }
  static leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE: {
        const sub = state.sub;
        if (sub !== re.subs[0]) {
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = [sub];
          return nre;
        }
        return re;
      }
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        if (state.changed) {
          const newSubs = state.subs;
          if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
          if (newSubs.length === 1) return newSubs[0];
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = newSubs;
          return nre;
        }
        return re;
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return Simplify2.simplify1(re.op, re.flags, state.sub, re);
      case Regexp.Op.REPEAT:
        return Simplify2.simplifyRepeat(re, state.sub);
      default:
        return re;
    }
  }
  static simplifyRepeat(re, sub) {
    if (re.max === -1) {
      if (re.min === 0) return Simplify2.simplify1(Regexp.Op.STAR, re.flags, sub, null);
      if (re.min === 1) return Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
      const subs = [];
      for (let i = 0; i < re.min - 1; i++) subs.push(sub);
      subs.push(Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
      return Simplify2.concat(subs);
    }
    if (re.min === 1 && re.max === 1) return sub;
    let prefixSubs = null;
    if (re.min > 0) {
      prefixSubs = [];
      for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
    }
    if (re.max > re.min) {
      let suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
      for (let i = re.min + 1; i < re.max; i++) suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, Simplify2.concat([sub, suffix]), null);
      if (prefixSubs === null) return suffix;
      prefixSubs.push(suffix);
    }
    if (prefixSubs !== null) return Simplify2.concat(prefixSubs);
    return new Regexp(Regexp.Op.NO_MATCH);
  }
  static concat(subs) {
    const newSubs = [];
    for (let i = 0; i < subs.length; i++) {
      const sub = subs[i];
      if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
      if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
      if (sub.op === Regexp.Op.CONCAT) {
        for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
        continue;
      }
      newSubs.push(sub);
    }
    if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
    if (newSubs.length === 1) return newSubs[0];
    const nre = new Regexp(Regexp.Op.CONCAT);
    nre.subs = newSubs;
    return nre;
  }
  static simplify1(op, flags, sub, re) {
    if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
    if (sub.op === Regexp.Op.NO_MATCH) {
      if (op === Regexp.Op.PLUS) return sub;
      return new Regexp(Regexp.Op.EMPTY_MATCH);
    }
    if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
    if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
    const nre = new Regexp(op);
    nre.flags = flags;
    nre.subs = [sub];
    return nre;
  }
};
var CharGroup = class {
  constructor(sign, cls) {
    this.sign = sign;
    this.cls = cls;
  }
};
var code1 = [48, 57];
var code2 = [
  9,
  10,
  12,
  13,
  32,
  32
];
var code3 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var PERL_GROUPS = /* @__PURE__ */ new Map([
  ["\\d", new CharGroup(1, code1)],
  ["\\D", new CharGroup(-1, code1)],
  ["\\s", new CharGroup(1, code2)],
  ["\\S", new CharGroup(-1, code2)],
  ["\\w", new CharGroup(1, code3)],
  ["\\W", new CharGroup(-1, code3)]
]);
var code4 = [
  48,
  57,
  65,
  90,
  97,
  122
];
var code5 = [
  65,
  90,
  97,
  122
];
var code6 = [0, 127];
var code7 = [
  9,
  9,
  32,
  32
];
var code8 = [
  0,
  31,
  127,
  127
];
var code9 = [48, 57];
var code10 = [33, 126];
var code11 = [97, 122];
var code12 = [32, 126];
var code13 = [
  33,
  47,
  58,
  64,
  91,
  96,
  123,
  126
];
var code14 = [
  9,
  13,
  32,
  32
];
var code15 = [65, 90];
var code16 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var code17 = [
  48,
  57,
  65,
  70,
  97,
  102
];
var POSIX_GROUPS = /* @__PURE__ */ new Map([
  ["[:alnum:]", new CharGroup(1, code4)],
  ["[:^alnum:]", new CharGroup(-1, code4)],
  ["[:alpha:]", new CharGroup(1, code5)],
  ["[:^alpha:]", new CharGroup(-1, code5)],
  ["[:ascii:]", new CharGroup(1, code6)],
  ["[:^ascii:]", new CharGroup(-1, code6)],
  ["[:blank:]", new CharGroup(1, code7)],
  ["[:^blank:]", new CharGroup(-1, code7)],
  ["[:cntrl:]", new CharGroup(1, code8)],
  ["[:^cntrl:]", new CharGroup(-1, code8)],
  ["[:digit:]", new CharGroup(1, code9)],
  ["[:^digit:]", new CharGroup(-1, code9)],
  ["[:graph:]", new CharGroup(1, code10)],
  ["[:^graph:]", new CharGroup(-1, code10)],
  ["[:lower:]", new CharGroup(1, code11)],
  ["[:^lower:]", new CharGroup(-1, code11)],
  ["[:print:]", new CharGroup(1, code12)],
  ["[:^print:]", new CharGroup(-1, code12)],
  ["[:punct:]", new CharGroup(1, code13)],
  ["[:^punct:]", new CharGroup(-1, code13)],
  ["[:space:]", new CharGroup(1, code14)],
  ["[:^space:]", new CharGroup(-1, code14)],
  ["[:upper:]", new CharGroup(1, code15)],
  ["[:^upper:]", new CharGroup(-1, code15)],
  ["[:word:]", new CharGroup(1, code16)],
  ["[:^word:]", new CharGroup(-1, code16)],
  ["[:xdigit:]", new CharGroup(1, code17)],
  ["[:^xdigit:]", new CharGroup(-1, code17)]
]);
var CharClass = class CharClass2 {
  static charClassToString(r, len) {
    let result = "[";
    for (let i = 0; i < len; i += 2) {
      if (i > 0) result += " ";
      const lo = r[i];
      const hi = r[i + 1];
      if (lo === hi) result += `0x${lo.toString(16)}`;
      else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
    }
    result += "]";
    return result;
  }
  static sortRanges(array, len) {
    const n = len >> 1;
    const order2 = new Array(n);
    for (let i = 0; i < n; i++) order2[i] = i;
    order2.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
    const sorted = array.slice(0, len);
    for (let i = 0; i < n; i++) {
      array[2 * i] = sorted[2 * order2[i]];
      array[2 * i + 1] = sorted[2 * order2[i] + 1];
    }
  }
  /**
  * @param {number[]|Int32Array} [r]
  */
  constructor(r = Utils.emptyInts()) {
    this.r = r;
    this.len = r.length;
  }
  toArray() {
    if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
    return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
  }
  toGrowableArray() {
    if (Array.isArray(this.r)) {
      this.r.length = this.len;
      return this.r;
    }
    return Array.from(this.r.subarray(0, this.len));
  }
  cleanClass() {
    if (this.len < 4) return this;
    CharClass2.sortRanges(this.r, this.len);
    let w = 2;
    for (let i = 2; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (lo <= this.r[w - 1] + 1) {
        if (hi > this.r[w - 1]) this.r[w - 1] = hi;
        continue;
      }
      this.r[w] = lo;
      this.r[w + 1] = hi;
      w += 2;
    }
    this.len = w;
    return this;
  }
  appendLiteral(x, flags) {
    return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
  }
  appendRange(lo, hi) {
    if (this.len > 0) {
      for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
        const rlo = this.r[this.len - i];
        const rhi = this.r[this.len - i + 1];
        if (lo <= rhi + 1 && rlo <= hi + 1) {
          if (lo < rlo) this.r[this.len - i] = lo;
          if (hi > rhi) this.r[this.len - i + 1] = hi;
          return this;
        }
      }
    }
    this.r[this.len++] = lo;
    this.r[this.len++] = hi;
    return this;
  }
  appendFoldedRange(lo, hi) {
    if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (lo < Unicode.MIN_FOLD) {
      this.appendRange(lo, Unicode.MIN_FOLD - 1);
      lo = Unicode.MIN_FOLD;
    }
    if (hi > Unicode.MAX_FOLD) {
      this.appendRange(Unicode.MAX_FOLD + 1, hi);
      hi = Unicode.MAX_FOLD;
    }
    for (let c = lo; c <= hi; c++) {
      this.appendRange(c, c);
      for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
    }
    return this;
  }
  appendClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
    return this;
  }
  appendFoldedClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
    return this;
  }
  appendNegatedClass(x) {
    let nextLo = 0;
    for (let i = 0; i < x.length; i += 2) {
      const lo = x[i];
      const hi = x[i + 1];
      if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
      nextLo = hi + 1;
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTable(table) {
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        this.appendRange(lo, hi);
        continue;
      }
      for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
    }
    return this;
  }
  appendNegatedTable(table) {
    let nextLo = 0;
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
        nextLo = hi + 1;
        continue;
      }
      for (let c = lo; c <= hi; c += stride) {
        if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
        nextLo = c + 1;
      }
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTableWithSign(table, sign) {
    return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
  }
  negateClass() {
    let nextLo = 0;
    let w = 0;
    for (let i = 0; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (nextLo <= lo - 1) {
        this.r[w] = nextLo;
        this.r[w + 1] = lo - 1;
        w += 2;
      }
      nextLo = hi + 1;
    }
    this.len = w;
    if (nextLo <= Unicode.MAX_RUNE) {
      this.r[this.len++] = nextLo;
      this.r[this.len++] = Unicode.MAX_RUNE;
    }
    return this;
  }
  appendClassWithSign(x, sign) {
    return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
  }
  appendGroup(g, foldCase) {
    let cls = g.cls;
    if (foldCase) cls = new CharClass2().appendFoldedClass(cls).cleanClass().toArray();
    return this.appendClassWithSign(cls, g.sign);
  }
  toString() {
    return CharClass2.charClassToString(this.r, this.len);
  }
};
var StringIterator = class {
  constructor(str2) {
    this.str = str2;
    this.position = 0;
  }
  pos() {
    return this.position;
  }
  rewindTo(pos) {
    this.position = pos;
  }
  more() {
    return this.position < this.str.length;
  }
  peek() {
    return this.str.codePointAt(this.position);
  }
  skip(n) {
    this.position += n;
  }
  skipString(s) {
    this.position += s.length;
  }
  pop() {
    const r = this.str.codePointAt(this.position);
    this.position += Utils.charCount(r);
    return r;
  }
  lookingAt(s) {
    return this.str.startsWith(s, this.position);
  }
  rest() {
    return this.str.substring(this.position);
  }
  from(beforePos) {
    return this.str.substring(beforePos, this.position);
  }
  toString() {
    return this.rest();
  }
};
var Parser = class Parser2 {
  static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
  static ERR_INVALID_CHAR_RANGE = "invalid character class range";
  static ERR_INVALID_ESCAPE = "invalid escape sequence";
  static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
  static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
  static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
  static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
  static ERR_MISSING_BRACKET = "missing closing ]";
  static ERR_MISSING_PAREN = "missing closing )";
  static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
  static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
  static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
  static ERR_UNEXPECTED_PAREN = "unexpected )";
  static ERR_NESTING_DEPTH = "expression nests too deeply";
  static ERR_LARGE = "expression too large";
  static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
  static MAX_HEIGHT = 1e3;
  static MAX_SIZE = 1398101;
  static MAX_RUNES = 33554432;
  static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    Unicode.MAX_RUNE,
    1
  ]));
  static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1
  ]));
  static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1,
    383,
    383,
    1,
    8490,
    8490,
    1
  ]));
  static unicodeTable(name) {
    if (name === "Any") return {
      tab: Parser2.ANY_TABLE,
      fold: Parser2.ANY_TABLE,
      sign: 1
    };
    if (name === "Ascii") return {
      tab: Parser2.ASCII_TABLE,
      fold: Parser2.ASCII_FOLD_TABLE,
      sign: 1
    };
    if (name === "Assigned") return {
      tab: UnicodeTables.CATEGORIES.get("Cn"),
      fold: UnicodeTables.CATEGORIES.get("Cn"),
      sign: -1
    };
    if (name === "Lc") return {
      tab: UnicodeTables.CATEGORIES.get("LC"),
      fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
      sign: 1
    };
    if (UnicodeTables.CATEGORIES.has(name)) return {
      tab: UnicodeTables.CATEGORIES.get(name),
      fold: UnicodeTables.FOLD_CATEGORIES.get(name),
      sign: 1
    };
    if (UnicodeTables.SCRIPTS.has(name)) return {
      tab: UnicodeTables.SCRIPTS.get(name),
      fold: UnicodeTables.FOLD_SCRIPT.get(name),
      sign: 1
    };
    return null;
  }
  static minFoldRune(r) {
    if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
    let min = r;
    const r0 = r;
    for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
    return min;
  }
  static leadingRegexp(re) {
    if (re.op === Regexp.Op.EMPTY_MATCH) return null;
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = re.subs[0];
      if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
      return sub;
    }
    return re;
  }
  static literalRegexp(s, flags) {
    const re = new Regexp(Regexp.Op.LITERAL);
    re.flags = flags;
    re.runes = Utils.stringToRunes(s);
    return re;
  }
  /**
  * Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
  * @param {string} pattern
  * @param {number} flags
  */
  static parse(pattern, flags) {
    return new Parser2(pattern, flags).parseInternal();
  }
  static parseRepeat(t) {
    const start = t.pos();
    if (!t.more() || !t.lookingAt("{")) return -1;
    t.skip(1);
    const min = Parser2.parseInt(t);
    if (min === -1) return -1;
    if (!t.more()) return -1;
    let max;
    if (!t.lookingAt(",")) max = min;
    else {
      t.skip(1);
      if (!t.more()) return -1;
      if (t.lookingAt("}")) max = -1;
      else if ((max = Parser2.parseInt(t)) === -1) return -1;
    }
    if (!t.more() || !t.lookingAt("}")) return -1;
    t.skip(1);
    if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(start));
    return min << 16 | max & Unicode.MAX_BMP;
  }
  static isValidCaptureName(name) {
    if (name.length === 0) return false;
    for (let i = 0; i < name.length; i++) {
      const c = name.codePointAt(i);
      if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
    }
    return true;
  }
  static parseInt(t) {
    const start = t.pos();
    while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
    const n = t.from(start);
    if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
    if (n.length > 8) return -2;
    return parseInt(n, 10);
  }
  static isCharClass(re) {
    return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
  }
  static matchRune(re, r) {
    switch (re.op) {
      case Regexp.Op.LITERAL:
        return re.runes.length === 1 && re.runes[0] === r;
      case Regexp.Op.CHAR_CLASS:
        for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
        return false;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return r !== Codepoint.CODES["\n"];
      case Regexp.Op.ANY_CHAR:
        return true;
    }
    return false;
  }
  static mergeCharClass(dst, src) {
    switch (dst.op) {
      case Regexp.Op.ANY_CHAR:
        break;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        if (Parser2.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
        break;
      case Regexp.Op.CHAR_CLASS: {
        const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
        if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
        else cc.appendClass(src.runes);
        dst.runes = cc.toGrowableArray();
        break;
      }
      case Regexp.Op.LITERAL:
        if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
        dst.op = Regexp.Op.CHAR_CLASS;
        dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
    }
  }
  static parseEscape(t) {
    const startPos = t.pos();
    t.skip(1);
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_TRAILING_BACKSLASH);
    let c = t.pop();
    bigswitch: switch (c) {
      case Codepoint.CODES["1"]:
      case Codepoint.CODES["2"]:
      case Codepoint.CODES["3"]:
      case Codepoint.CODES["4"]:
      case Codepoint.CODES["5"]:
      case Codepoint.CODES["6"]:
      case Codepoint.CODES["7"]:
        if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
      case Codepoint.CODES["0"]: {
        let r = c - Codepoint.CODES["0"];
        for (let i = 1; i < 3; i++) {
          if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
          r = r * 8 + t.peek() - Codepoint.CODES["0"];
          t.skip(1);
        }
        return r;
      }
      case Codepoint.CODES["x"]: {
        if (!t.more()) break;
        c = t.pop();
        if (c === Codepoint.CODES["{"]) {
          let nhex = 0;
          let r = 0;
          while (true) {
            if (!t.more()) break bigswitch;
            c = t.pop();
            if (c === Codepoint.CODES["}"]) break;
            const v = Utils.unhex(c);
            if (v < 0) break bigswitch;
            r = r * 16 + v;
            if (r > Unicode.MAX_RUNE) break bigswitch;
            nhex++;
          }
          if (nhex === 0) break bigswitch;
          return r;
        }
        const x = Utils.unhex(c);
        if (!t.more()) break;
        c = t.pop();
        const y = Utils.unhex(c);
        if (x < 0 || y < 0) break;
        return x * 16 + y;
      }
      case Codepoint.CODES["a"]:
        return Codepoint.CODES["\x07"];
      case Codepoint.CODES["f"]:
        return Codepoint.CODES["\f"];
      case Codepoint.CODES["n"]:
        return Codepoint.CODES["\n"];
      case Codepoint.CODES["r"]:
        return Codepoint.CODES["\r"];
      case Codepoint.CODES["t"]:
        return Codepoint.CODES["	"];
      case Codepoint.CODES["v"]:
        return Codepoint.CODES["\v"];
      default:
        if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, t.from(startPos));
  }
  static parseClassChar(t, wholeClassPos) {
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_BRACKET, t.from(wholeClassPos));
    if (t.lookingAt("\\")) return Parser2.parseEscape(t);
    return t.pop();
  }
  static hasCapture(re) {
    if (re === null) return false;
    if (re.op === Regexp.Op.CAPTURE) return true;
    if (re.subs) {
      for (let sub of re.subs) if (Parser2.hasCapture(sub)) return true;
    }
    return false;
  }
  constructor(wholeRegexp, flags = 0) {
    this.wholeRegexp = wholeRegexp;
    this.flags = flags;
    this.numCap = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.stack = [];
    this.free = null;
    this.numRegexp = 0;
    this.numRunes = 0;
    this.repeats = 0;
    this.height = null;
    this.size = null;
    this.nlb = 0;
  }
  newRegexp(op) {
    let re = this.free;
    if (re !== null && re.subs !== null && re.subs.length > 0) {
      this.free = re.subs[0];
      re.reinit();
      re.op = op;
    } else {
      re = new Regexp(op);
      this.numRegexp += 1;
    }
    return re;
  }
  reuse(re) {
    if (this.height !== null && this.height.has(re)) this.height.delete(re);
    if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
    this.free = re;
  }
  checkLimits(re) {
    if (this.numRunes > Parser2.MAX_RUNES) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
    this.checkSize(re);
    this.checkHeight(re);
  }
  checkSize(re) {
    if (this.size === null) {
      if (this.repeats === 0) this.repeats = 1;
      if (re.op === Regexp.Op.REPEAT) {
        let n = re.max;
        if (n === -1) n = re.min;
        if (n <= 0) n = 1;
        if (n > Math.floor(Parser2.MAX_SIZE / this.repeats)) this.repeats = Parser2.MAX_SIZE;
        else this.repeats *= n;
      }
      if (this.numRegexp < Math.floor(Parser2.MAX_SIZE / this.repeats)) return;
      this.size = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkSize(reEx);
    }
    if (this.calcSize(re, true) > Parser2.MAX_SIZE) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
  }
  calcSize(re, force = false) {
    if (!force && this.size !== null) {
      if (this.size.has(re)) return this.size.get(re);
    }
    let size = 0;
    switch (re.op) {
      case Regexp.Op.LITERAL:
        size = re.runes.length;
        break;
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
        size = 2 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        size = 1 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.CONCAT:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        break;
      case Regexp.Op.ALTERNATE:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        if (re.subs.length > 1) size = size + re.subs.length - 1;
        break;
      case Regexp.Op.REPEAT: {
        let sub = this.calcSize(re.subs[0]);
        if (re.max === -1) {
          if (re.min === 0) size = 2 + sub;
          else size = 1 + re.min * sub;
          break;
        }
        size = re.max * sub + (re.max - re.min);
        break;
      }
    }
    size = Math.max(1, size);
    if (this.size === null) this.size = /* @__PURE__ */ new Map();
    this.size.set(re, size);
    return size;
  }
  checkHeight(re) {
    if (this.numRegexp < Parser2.MAX_HEIGHT) return;
    if (this.height === null) {
      this.height = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkHeight(reEx);
    }
    if (this.calcHeight(re, true) > Parser2.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser2.ERR_NESTING_DEPTH);
  }
  calcHeight(re, force = false) {
    if (!force && this.height !== null) {
      if (this.height.has(re)) return this.height.get(re);
    }
    let h = 1;
    for (let sub of re.subs) {
      const hsub = this.calcHeight(sub);
      if (h < 1 + hsub) h = 1 + hsub;
    }
    if (this.height === null) this.height = /* @__PURE__ */ new Map();
    this.height.set(re, h);
    return h;
  }
  pop() {
    return this.stack.pop();
  }
  popToPseudo() {
    const n = this.stack.length;
    let i = n;
    while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
    return this.stack.splice(i, n - i);
  }
  push(re) {
    this.numRunes += re.runes.length;
    if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
      if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags & ~RE2Flags.FOLD_CASE;
    } else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
      if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags | RE2Flags.FOLD_CASE;
    } else this.maybeConcat(-1, 0);
    this.stack.push(re);
    this.checkLimits(re);
    return re;
  }
  maybeConcat(r, flags) {
    const n = this.stack.length;
    if (n < 2) return false;
    const re1 = this.stack[n - 1];
    const re2 = this.stack[n - 2];
    if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
    if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
    for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
    if (r >= 0) {
      re1.runes = [r];
      re1.flags = flags;
      return true;
    }
    this.pop();
    this.reuse(re1);
    return false;
  }
  newLiteral(r, flags) {
    const re = this.newRegexp(Regexp.Op.LITERAL);
    re.flags = flags;
    if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser2.minFoldRune(r);
    re.runes = [r];
    return re;
  }
  literal(r) {
    this.push(this.newLiteral(r, this.flags));
  }
  op(op) {
    const re = this.newRegexp(op);
    re.flags = this.flags;
    return this.push(re);
  }
  repeat(op, min, max, beforePos, t, lastRepeatPos) {
    let flags = this.flags;
    if ((flags & RE2Flags.PERL_X) !== 0) {
      if (t.more() && t.lookingAt("?")) {
        t.skip(1);
        flags ^= RE2Flags.NON_GREEDY;
      }
      if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
    }
    const n = this.stack.length;
    if (n === 0) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const sub = this.stack[n - 1];
    if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const re = this.newRegexp(op);
    re.min = min;
    re.max = max;
    re.flags = flags;
    re.subs = [sub];
    this.stack[n - 1] = re;
    this.checkLimits(re);
    if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
  }
  repeatIsValid(re, n) {
    if (re.op === Regexp.Op.REPEAT) {
      let m = re.max;
      if (m === 0) return true;
      if (m < 0) m = re.min;
      if (m > n) return false;
      if (m > 0) n = Math.trunc(n / m);
    }
    for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
    return true;
  }
  concat() {
    this.maybeConcat(-1, 0);
    const subs = this.popToPseudo();
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.CONCAT));
  }
  alternate() {
    const subs = this.popToPseudo();
    if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
  }
  cleanAlt(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR;
      } else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR_NOT_NL;
      }
    }
  }
  collapse(subs, op) {
    if (subs.length === 1) return subs[0];
    let len = 0;
    for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
    let newsubs = new Array(len).fill(null);
    let i = 0;
    for (let sub of subs) if (sub.op === op) {
      for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
      this.reuse(sub);
    } else newsubs[i++] = sub;
    let re = this.newRegexp(op);
    re.subs = newsubs;
    if (op === Regexp.Op.ALTERNATE) {
      re.subs = this.factor(re.subs);
      if (re.subs.length === 1) {
        const old = re;
        re = re.subs[0];
        this.reuse(old);
      }
    }
    return re;
  }
  factor(array) {
    if (array.length < 2) return array;
    let s = 0;
    let lensub = array.length;
    let lenout = 0;
    let str2 = null;
    let strlen = 0;
    let strflags = 0;
    let start = 0;
    for (let i = 0; i <= lensub; i++) {
      let istr = null;
      let istrlen = 0;
      let iflags = 0;
      if (i < lensub) {
        let re = array[s + i];
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
        if (re.op === Regexp.Op.LITERAL) {
          istr = re.runes;
          istrlen = re.runes.length;
          iflags = re.flags & RE2Flags.FOLD_CASE;
        }
        if (iflags === strflags) {
          let same = 0;
          while (same < strlen && same < istrlen && str2[same] === istr[same]) same++;
          if (same > 0) {
            strlen = same;
            continue;
          }
        }
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = this.newRegexp(Regexp.Op.LITERAL);
        prefix.flags = strflags;
        prefix.runes = str2.slice(0, strlen);
        for (let j = start; j < i; j++) {
          array[s + j] = this.removeLeadingString(array[s + j], strlen);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      str2 = istr;
      strlen = istrlen;
      strflags = iflags;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    let first = null;
    for (let i = 0; i <= lensub; i++) {
      let ifirst = null;
      if (i < lensub) {
        ifirst = Parser2.leadingRegexp(array[s + i]);
        if (first !== null && first.equals(ifirst) && (Parser2.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser2.isCharClass(first.subs[0]))) continue;
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = first;
        for (let j = start; j < i; j++) {
          const reuse = j !== start;
          array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      first = ifirst;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i <= lensub; i++) {
      if (i < lensub && Parser2.isCharClass(array[s + i])) continue;
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        let max = start;
        for (let j = start + 1; j < i; j++) {
          const subMax = array[s + max];
          const subJ = array[s + j];
          if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
        }
        const tmp = array[s + start];
        array[s + start] = array[s + max];
        array[s + max] = tmp;
        for (let j = start + 1; j < i; j++) {
          Parser2.mergeCharClass(array[s + start], array[s + j]);
          this.reuse(array[s + j]);
        }
        this.cleanAlt(array[s + start]);
        array[lenout++] = array[s + start];
      }
      if (i < lensub) array[lenout++] = array[s + i];
      start = i + 1;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i < lensub; ++i) {
      if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
      array[lenout++] = array[s + i];
    }
    lensub = lenout;
    s = 0;
    return array.slice(s, lensub);
  }
  removeLeadingString(re, n) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = this.removeLeadingString(re.subs[0], n);
      re.subs[0] = sub;
      if (sub.op === Regexp.Op.EMPTY_MATCH) {
        this.reuse(sub);
        switch (re.subs.length) {
          case 0:
          case 1:
            re.op = Regexp.Op.EMPTY_MATCH;
            re.subs = Regexp.emptySubs();
            break;
          case 2: {
            const old = re;
            re = re.subs[1];
            this.reuse(old);
            break;
          }
          default:
            re.subs = re.subs.slice(1, re.subs.length);
        }
      }
      return re;
    }
    if (re.op === Regexp.Op.LITERAL) {
      re.runes = re.runes.slice(n, re.runes.length);
      if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
    }
    return re;
  }
  removeLeadingRegexp(re, reuse) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      if (reuse) this.reuse(re.subs[0]);
      re.subs = re.subs.slice(1, re.subs.length);
      switch (re.subs.length) {
        case 0:
          re.op = Regexp.Op.EMPTY_MATCH;
          re.subs = Regexp.emptySubs();
          break;
        case 1: {
          const old = re;
          re = re.subs[0];
          this.reuse(old);
          break;
        }
      }
      return re;
    }
    if (reuse) this.reuse(re);
    return this.newRegexp(Regexp.Op.EMPTY_MATCH);
  }
  parseInternal() {
    if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser2.literalRegexp(this.wholeRegexp, this.flags);
    let lastRepeatPos = -1;
    let min = -1;
    let max = -1;
    const t = new StringIterator(this.wholeRegexp);
    while (t.more()) {
      let repeatPos = -1;
      bigswitch: switch (t.peek()) {
        case Codepoint.CODES["("]:
          if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
            if (t.lookingAt("(?<=")) {
              this.parsePosLookBehind();
              t.skip(4);
              break;
            }
            if (t.lookingAt("(?<!")) {
              this.parseNegLookBehind();
              t.skip(4);
              break;
            }
          }
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
            this.parsePerlFlags(t);
            break;
          }
          this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
          t.skip(1);
          break;
        case Codepoint.CODES["|"]:
          this.parseVerticalBar();
          t.skip(1);
          break;
        case Codepoint.CODES[")"]:
          this.parseRightParen();
          t.skip(1);
          break;
        case Codepoint.CODES["^"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
          else this.op(Regexp.Op.BEGIN_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["$"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
          else this.op(Regexp.Op.END_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["."]:
          if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
          else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
          t.skip(1);
          break;
        case Codepoint.CODES["["]:
          this.parseClass(t);
          break;
        case Codepoint.CODES["*"]:
        case Codepoint.CODES["+"]:
        case Codepoint.CODES["?"]: {
          repeatPos = t.pos();
          let op = null;
          switch (t.pop()) {
            case Codepoint.CODES["*"]:
              op = Regexp.Op.STAR;
              break;
            case Codepoint.CODES["+"]:
              op = Regexp.Op.PLUS;
              break;
            case Codepoint.CODES["?"]:
              op = Regexp.Op.QUEST;
          }
          this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["{"]: {
          const before = t.pos();
          const minMax = Parser2.parseRepeat(t);
          if (minMax < 0) {
            t.rewindTo(before);
            this.literal(t.pop());
            break;
          }
          repeatPos = before;
          min = minMax >> 16;
          max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
          this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["\\"]: {
          const savedPos = t.pos();
          t.skip(1);
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
            case Codepoint.CODES["A"]:
              this.op(Regexp.Op.BEGIN_TEXT);
              break bigswitch;
            case Codepoint.CODES["b"]:
              this.op(Regexp.Op.WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["B"]:
              this.op(Regexp.Op.NO_WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["C"]:
              throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, "\\C");
            case Codepoint.CODES["Q"]: {
              let lit = t.rest();
              const i = lit.indexOf("\\E");
              if (i >= 0) {
                lit = lit.substring(0, i);
                t.skipString(lit);
                t.skipString("\\E");
              } else t.skipString(lit);
              let j = 0;
              while (j < lit.length) {
                const codepoint = lit.codePointAt(j);
                this.literal(codepoint);
                j += Utils.charCount(codepoint);
              }
              break bigswitch;
            }
            case Codepoint.CODES["z"]:
              this.op(Regexp.Op.END_TEXT);
              break bigswitch;
            default:
              t.rewindTo(savedPos);
          }
          else t.rewindTo(savedPos);
          const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
          re.flags = this.flags;
          if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
            const cc2 = new CharClass();
            if (this.parseUnicodeClass(t, cc2)) {
              re.runes = cc2.toArray();
              this.push(re);
              break bigswitch;
            }
          }
          const cc = new CharClass();
          if (this.parsePerlClassEscape(t, cc)) {
            re.runes = cc.toArray();
            this.push(re);
            break bigswitch;
          }
          t.rewindTo(savedPos);
          this.reuse(re);
          this.literal(Parser2.parseEscape(t));
          break;
        }
        default:
          this.literal(t.pop());
      }
      lastRepeatPos = repeatPos;
    }
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_PAREN, this.wholeRegexp);
    this.stack[0].namedGroups = this.namedGroups;
    return this.stack[0];
  }
  parsePerlFlags(t) {
    const startPos = t.pos();
    const s = t.rest();
    if (s.startsWith("(?P<") || s.startsWith("(?<")) {
      const begin = s.charAt(2) === "P" ? 4 : 3;
      const end = s.indexOf(">");
      if (end < 0) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s);
      const name = s.substring(begin, end);
      t.skipString(name);
      t.skip(begin + 1);
      if (!Parser2.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
      const re = this.op(Regexp.Op.LEFT_PAREN);
      re.cap = ++this.numCap;
      if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser2.ERR_DUPLICATE_NAMED_CAPTURE, name);
      this.namedGroups[name] = this.numCap;
      re.name = name;
      return;
    }
    t.skip(2);
    let flags = this.flags;
    let sign = 1;
    let sawFlag = false;
    loop: while (t.more()) {
      const c = t.pop();
      switch (c) {
        case Codepoint.CODES["i"]:
          flags |= RE2Flags.FOLD_CASE;
          sawFlag = true;
          break;
        case Codepoint.CODES["m"]:
          flags &= ~RE2Flags.ONE_LINE;
          sawFlag = true;
          break;
        case Codepoint.CODES["s"]:
          flags |= RE2Flags.DOT_NL;
          sawFlag = true;
          break;
        case Codepoint.CODES["U"]:
          flags |= RE2Flags.NON_GREEDY;
          sawFlag = true;
          break;
        case Codepoint.CODES["-"]:
          if (sign < 0) break loop;
          sign = -1;
          flags = ~flags;
          sawFlag = false;
          break;
        case Codepoint.CODES[":"]:
        case Codepoint.CODES[")"]:
          if (sign < 0) {
            if (!sawFlag) break loop;
            flags = ~flags;
          }
          if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
          this.flags = flags;
          return;
        default:
          break loop;
      }
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_PERL_OP, t.from(startPos));
  }
  parsePosLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = ++this.nlb;
    return this.push(re);
  }
  parseNegLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = -++this.nlb;
    return this.push(re);
  }
  parseVerticalBar() {
    this.concat();
    if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
  }
  swapVerticalBar() {
    const n = this.stack.length;
    if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser2.isCharClass(this.stack[n - 1]) && Parser2.isCharClass(this.stack[n - 3])) {
      let re1 = this.stack[n - 1];
      let re3 = this.stack[n - 3];
      if (re1.op > re3.op) {
        const tmp = re3;
        re3 = re1;
        re1 = tmp;
        this.stack[n - 3] = re3;
      }
      Parser2.mergeCharClass(re3, re1);
      this.reuse(re1);
      this.pop();
      return true;
    }
    if (n >= 2) {
      const re1 = this.stack[n - 1];
      const re2 = this.stack[n - 2];
      if (re2.op === Regexp.Op.VERTICAL_BAR) {
        if (n >= 3) this.cleanAlt(this.stack[n - 3]);
        this.stack[n - 2] = re1;
        this.stack[n - 1] = re2;
        return true;
      }
    }
    return false;
  }
  parseRightParen() {
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    const re1 = this.pop();
    const re2 = this.pop();
    if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    this.flags = re2.flags;
    if (re2.lb !== 0) {
      if (Parser2.hasCapture(re1)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
      if (re2.lb > 0) re2.op = Regexp.Op.PLB;
      else re2.op = Regexp.Op.NLB;
      re2.subs = [re1];
      this.push(re2);
      return;
    }
    if (re2.cap === 0) this.push(re1);
    else {
      re2.op = Regexp.Op.CAPTURE;
      re2.subs = [re1];
      this.push(re2);
    }
  }
  parsePerlClassEscape(t, cc) {
    const beforePos = t.pos();
    if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
    t.pop();
    const p = t.from(beforePos);
    const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
    if (g === null) return false;
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseNamedClass(t, cc) {
    const cls = t.rest();
    const i = cls.indexOf(":]");
    if (i < 0) return false;
    const name = cls.substring(0, i + 2);
    t.skipString(name);
    const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
    if (g === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, name);
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseUnicodeClass(t, cc) {
    const startPos = t.pos();
    if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
    t.skip(1);
    let sign = 1;
    let c = t.pop();
    if (c === Codepoint.CODES["P"]) sign = -1;
    if (!t.more()) {
      t.rewindTo(startPos);
      throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
    }
    c = t.pop();
    let name;
    if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
    else {
      const rest = t.rest();
      const end = rest.indexOf("}");
      if (end < 0) {
        t.rewindTo(startPos);
        throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
      }
      name = rest.substring(0, end);
      t.skipString(name);
      t.skip(1);
    }
    if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
      sign = 0 - sign;
      name = name.substring(1);
    }
    const pair = Parser2.unicodeTable(name);
    if (pair === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(startPos));
    if (pair.sign < 0) sign = 0 - sign;
    const tab = pair.tab;
    const fold = pair.fold;
    if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
    else {
      const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
      cc.appendClassWithSign(Array.from(tmp), sign);
    }
    return true;
  }
  parseClass(t) {
    const startPos = t.pos();
    t.skip(1);
    const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
    re.flags = this.flags;
    const cc = new CharClass();
    let sign = 1;
    if (t.more() && t.lookingAt("^")) {
      sign = -1;
      t.skip(1);
      if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
    }
    let first = true;
    while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
      if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
        const s = t.rest();
        if (s === "-" || !s.startsWith("-]")) {
          t.rewindTo(startPos);
          throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
        }
      }
      first = false;
      const beforePos = t.pos();
      if (t.lookingAt("[:")) {
        if (this.parseNamedClass(t, cc)) continue;
        t.rewindTo(beforePos);
      }
      if (this.parseUnicodeClass(t, cc)) continue;
      if (this.parsePerlClassEscape(t, cc)) continue;
      t.rewindTo(beforePos);
      const lo = Parser2.parseClassChar(t, startPos);
      let hi = lo;
      if (t.more() && t.lookingAt("-")) {
        t.skip(1);
        if (t.more() && t.lookingAt("]")) t.skip(-1);
        else {
          hi = Parser2.parseClassChar(t, startPos);
          if (hi < lo) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
        }
      }
      if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
      else cc.appendFoldedRange(lo, hi);
    }
    t.skip(1);
    cc.cleanClass();
    if (sign < 0) cc.negateClass();
    re.runes = cc.toArray();
    this.push(re);
  }
};
var RE2 = class RE22 {
  static initTest(expr) {
    const re2 = RE22.compile(expr);
    const res = new RE22(re2.expr, re2.prog, re2.numSubexp, re2.longest);
    res.cond = re2.cond;
    res.prefix = re2.prefix;
    res.prefixUTF8 = re2.prefixUTF8;
    res.prefixComplete = re2.prefixComplete;
    res.prefixRune = re2.prefixRune;
    res.prefilter = re2.prefilter;
    res.namedGroups = re2.namedGroups;
    return res;
  }
  /**
  * Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
  * used to match against text.
  *
  * When matching against text, the regexp returns a match that begins as early as possible in the
  * input (leftmost), and among those it chooses the one that a backtracking search would have
  * found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
  * and other implementations use, although this package implements it without the expense of
  * backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
  */
  static compile(expr) {
    return RE22.compileImpl(expr, RE2Flags.PERL, false);
  }
  /**
  * {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
  * (egrep) syntax and changes the match semantics to leftmost-longest.
  *
  * That is, when matching against text, the regexp returns a match that begins as early as
  * possible in the input (leftmost), and among those it chooses a match that is as long as
  * possible. This so-called leftmost-longest matching is the same semantics that early regular
  * expression implementations used and that POSIX specifies.
  *
  * However, there can be multiple leftmost-longest matches, with different submatch choices, and
  * here this package diverges from POSIX. Among the possible leftmost-longest matches, this
  * package chooses the one that a backtracking search would have found first, while POSIX
  * specifies that the match be chosen to maximize the length of the first subexpression, then the
  * second, and so on from left to right. The POSIX rule is computationally prohibitive and not
  * even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
  */
  static compilePOSIX(expr) {
    return RE22.compileImpl(expr, RE2Flags.POSIX, true);
  }
  static compileImpl(expr, mode, longest) {
    let re = Parser.parse(expr, mode);
    const maxCap = re.maxCap();
    const namedGroups = re.namedGroups;
    re = Simplify.simplify(re);
    const prefilter = PrefilterTree.build(re);
    const prog = Compiler.compileRegexp(re);
    const re2 = new RE22(expr, prog, maxCap, longest);
    re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
    const [prefixCompl, prefixStr] = prog.prefix();
    re2.prefixComplete = prefixCompl;
    re2.prefix = prefixStr;
    re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
    if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
    re2.namedGroups = namedGroups;
    return re2;
  }
  /**
  * Returns true iff textual regular expression {@code pattern} matches string {@code s}.
  *
  * More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
  */
  static match(pattern, s) {
    return RE22.compile(pattern).match(s);
  }
  constructor(expr, prog, numSubexp = 0, longest = 0) {
    this.expr = expr;
    this.prog = prog;
    this.numSubexp = numSubexp;
    this.longest = longest;
    this.cond = prog.startCond();
    this.prefix = null;
    this.prefixUTF8 = null;
    this.prefixComplete = false;
    this.prefixRune = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.machinePool = [];
    this.lazyDFA = null;
    this.onepass = OnePass.compile(this.prog);
    this.prefilter = null;
  }
  get dfa() {
    if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
    return this.lazyDFA;
  }
  matchPrefixComplete(input, pos, anchor, ncap) {
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    let matchStart = -1;
    let matchEnd = -1;
    const pLen = input.prefixLength(this);
    if (anchor === RE2Flags.UNANCHORED) {
      const idx = input.index(this, pos);
      if (idx < 0) return null;
      matchStart = pos + idx;
      matchEnd = matchStart + pLen;
    } else if (anchor === RE2Flags.ANCHOR_BOTH) {
      if (input.endPos() !== pLen) return null;
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    } else if (anchor === RE2Flags.ANCHOR_START) {
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    }
    if (matchStart < 0) return null;
    if (ncap > 0) {
      const matchcap = new Int32Array(ncap).fill(-1);
      matchcap[0] = matchStart;
      matchcap[1] = matchEnd;
      return Array.from(matchcap);
    }
    return [];
  }
  createLookbehindState() {
    return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
  }
  executeEngine(input, pos, anchor, ncap, lbState = null) {
    if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
    if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
      if (!this.prefilter.eval(input, pos)) return null;
    }
    if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
    if (ncap > 0) {
      if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
      return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
    }
    if (this.prog.numLb === 0) {
      const dfaResult = this.dfa.match(input, pos, anchor);
      if (dfaResult !== null) return dfaResult ? [] : null;
      if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
    }
    return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
  }
  /**
  * Returns the number of parenthesized subexpressions in this regular expression.
  */
  numberOfCapturingGroups() {
    return this.numSubexp;
  }
  /**
  * Returns the number of instructions in this compiled regular expression program.
  */
  numberOfInstructions() {
    return this.prog.numInst();
  }
  get() {
    return this.machinePool.length > 0 ? this.machinePool.pop() : null;
  }
  reset() {
    this.machinePool.length = 0;
  }
  put(m) {
    this.machinePool.push(m);
  }
  toString() {
    return this.expr;
  }
  doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
    let m = this.get();
    if (!m) m = Machine.fromRE2(this);
    m.init(ncap);
    const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
    this.put(m);
    return cap;
  }
  match(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Matches the regular expression against input starting at position start and ending at position
  * end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
  * pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
  * array. It is most efficient not to ask for submatch boundaries.
  *
  * @param input the input byte array
  * @param start the beginning position in the input
  * @param end the end position in the input
  * @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
  * @param group the array to fill with submatch positions
  * @param ngroup the number of array pairs to fill in
  * @param lbState optional state carried between successive matches over the same input (see
  *   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
  * @returns true if a match was found
  */
  matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
  }
  matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
    if (start > end) return [false, null];
    const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
    const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
    if (groupMatch === null) return [false, null];
    return [true, groupMatch];
  }
  /**
  * Returns true iff this regexp matches the UTF-8 byte array {@code b}.
  */
  matchUTF8(b) {
    return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Returns a copy of {@code src} in which all matches for this regexp have been replaced by
  * {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAll(src, repl) {
    return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
  }
  /**
  * Returns a copy of {@code src} in which only the first match for this regexp has been replaced
  * by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceFirst(src, repl) {
    return this.replaceAllFunc(src, () => repl, 1);
  }
  /**
  * Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
  * been replaced by the return value of of function {@code repl} (whose first argument is the
  * matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAllFunc(src, replFunc, maxReplaces) {
    let lastMatchEnd = 0;
    let searchPos = 0;
    let out = "";
    const input = MachineInput.fromUTF16(src);
    const lbState = this.createLookbehindState();
    let numReplaces = 0;
    while (searchPos <= src.length) {
      const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
      if (a === null || a.length === 0) break;
      out += src.substring(lastMatchEnd, a[0]);
      if (a[1] > lastMatchEnd || a[0] === 0) {
        out += replFunc(src.substring(a[0], a[1]));
        numReplaces++;
      }
      lastMatchEnd = a[1];
      const width = input.step(searchPos) & 7;
      if (searchPos + width > a[1]) searchPos += width;
      else if (searchPos + 1 > a[1]) searchPos++;
      else searchPos = a[1];
      if (numReplaces >= maxReplaces) break;
    }
    out += src.substring(lastMatchEnd);
    return out;
  }
  pad(a) {
    if (a === null) return null;
    let n = (1 + this.numSubexp) * 2;
    if (a.length < n) {
      let a2 = new Array(n).fill(-1);
      for (let i = 0; i < a.length; i++) a2[i] = a[i];
      a = a2;
    }
    return a;
  }
  allMatches(input, n, deliverFun = (v) => v) {
    let result = [];
    const end = input.endPos();
    if (n < 0) n = end + 1;
    let pos = 0;
    let i = 0;
    let prevMatchEnd = -1;
    const lbState = this.createLookbehindState();
    while (i < n && pos <= end) {
      const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
      if (matches === null || matches.length === 0) break;
      let accept = true;
      if (matches[1] === pos) {
        if (matches[0] === prevMatchEnd) accept = false;
        const r = input.step(pos);
        if (r < 0) pos = end + 1;
        else pos += r & 7;
      } else pos = matches[1];
      prevMatchEnd = matches[1];
      if (accept) {
        result.push(deliverFun(this.pad(matches)));
        i++;
      }
    }
    return result;
  }
  /**
  * Returns an array holding the text of the leftmost match in {@code b} of this regular
  * expression.
  *
  * A return value of null indicates no match.
  */
  findUTF8(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return b.slice(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
  *
  * A return value of null indicates no match.
  */
  findUTF8Index(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return a.slice(0, 2);
  }
  /**
  * Returns a string holding the text of the leftmost match in {@code s} of this regular
  * expression.
  *
  * If there is no match, the return value is an empty string, but it will also be empty if the
  * regular expression successfully matches an empty string. Use {@link #findIndex} or
  * {@link #findSubmatch} if it is necessary to distinguish these cases.
  */
  find(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return "";
    return s.substring(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code s} of this regular expression. The match itself is at
  * {@code s.substring(loc[0], loc[1])}.
  *
  * A return value of null indicates no match.
  */
  findIndex(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
  }
  /**
  * Returns an array of arrays the text of the leftmost match of the regular expression in
  * {@code b} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findUTF8Submatch(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
  * <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
  *
  * A return value of null indicates no match.
  */
  findUTF8SubmatchIndex(b) {
    return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * Returns an array of strings holding the text of the leftmost match of the regular expression in
  * {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatch(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatchIndex(s) {
    return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  *
  * TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
  * by |b|.
  */
  findAllUTF8(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Index(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
  * to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
  * description above.
  *
  * A return value of null indicates no match.
  */
  findAll(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
  * it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Submatch(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8SubmatchIndex(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n);
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatch(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatchIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n);
    if (result.length === 0) return null;
    return result;
  }
};
var RE2Set = class RE2Set2 {
  /** @type {number} */
  static UNANCHORED = RE2Flags.UNANCHORED;
  /** @type {number} */
  static ANCHOR_START = RE2Flags.ANCHOR_START;
  /** @type {number} */
  static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
  /**
  * Constructs a new RE2Set with the specified anchor mode and flags.
  * @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
  * @param {number} [flags=0] - The public flags to apply to all patterns in the set.
  * @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
  */
  constructor(anchor = RE2Set2.UNANCHORED, flags = 0, maxMem = 8388608) {
    if (![
      RE2Set2.UNANCHORED,
      RE2Set2.ANCHOR_START,
      RE2Set2.ANCHOR_BOTH
    ].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
    Utils.checkFlags(flags);
    this.anchor = anchor;
    this.jsFlags = flags;
    this.maxMem = maxMem;
    let re2Flags = RE2Flags.PERL;
    if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    this.re2Flags = re2Flags;
    this.regexps = [];
    this.prog = null;
    this.dfa = null;
    this.dummyRe2 = null;
  }
  /**
  * Adds a new regular expression pattern to the set.
  * Patterns cannot be added after the set has been compiled.
  * @param {string} pattern - The regular expression pattern to add.
  * @returns {number} The integer index assigned to the added pattern.
  * @throws {RE2JSCompileException} If patterns are added after compilation.
  */
  add(pattern) {
    if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
    Utils.checkPattern(pattern);
    let fregex = pattern;
    if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    const re = Parser.parse(fregex, this.re2Flags);
    this.regexps.push(Simplify.simplify(re));
    return this.regexps.length - 1;
  }
  /**
  * Compiles the added patterns into a single state machine.
  * This is automatically called on the first match if not called explicitly.
  * @returns {void}
  */
  compile() {
    if (this.prog) return;
    const prog = Compiler.compileSet(this.regexps);
    if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
    this.prog = prog;
    this.dfa = new DFA(this.prog, this.maxMem);
    this.dummyRe2 = {
      prog: this.prog,
      cond: this.prog.startCond(),
      prefix: "",
      prefixRune: 0,
      longest: false
    };
  }
  /**
  * Matches the input against the compiled set of regular expressions.
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
  * @returns {number[]} An array of indices representing the patterns that successfully matched the input.
  */
  match(input) {
    if (!this.prog) this.compile();
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    let internalAnchor = RE2Flags.UNANCHORED;
    if (this.anchor === RE2Set2.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
    else if (this.anchor === RE2Set2.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
    const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
    if (dfaResult !== null) return dfaResult;
    const machine = Machine.fromRE2(this.dummyRe2);
    machine.init(0);
    return machine.matchSet(machineInput, 0, internalAnchor);
  }
};
var TranslateRegExpString = class TranslateRegExpString2 {
  static isHexadecimal(ch) {
    return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
  }
  static translate(data) {
    let prefixFlags = "";
    if (Object.prototype.toString.call(data) === "[object RegExp]") {
      if (data.ignoreCase) prefixFlags += "i";
      if (data.multiline) prefixFlags += "m";
      if (data.dotAll) prefixFlags += "s";
      data = data.source;
    }
    if (typeof data !== "string") return data;
    let result = "";
    let changed = false;
    let size = data.length;
    if (size === 0) {
      result = "(?:)";
      changed = true;
    }
    let inCharClass = false;
    let i = 0;
    while (i < size) {
      let ch = data[i];
      if (ch === "\\") {
        if (i + 1 < size) {
          ch = data[i + 1];
          switch (ch) {
            case "\\":
              result += "\\\\";
              i += 2;
              continue;
            case "c":
              if (i + 2 < size) {
                let code = data[i + 2].charCodeAt(0);
                if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
                  let val = code % 32;
                  result += "\\x";
                  result += (val >> 4).toString(16).toUpperCase();
                  result += (val & 15).toString(16).toUpperCase();
                  i += 3;
                  changed = true;
                  continue;
                }
              }
              result += "c";
              i += 2;
              changed = true;
              continue;
            case "u":
              if (i + 2 < size) {
                if (data[i + 2] === "{") {
                  let j = i + 3;
                  let hasHex = false;
                  let closed = false;
                  while (j < size) {
                    const hexChar = data[j];
                    if (hexChar === "}") {
                      closed = true;
                      break;
                    }
                    if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                    hasHex = true;
                    j++;
                  }
                  if (closed && hasHex) {
                    result += "\\x";
                    i += 2;
                    changed = true;
                    continue;
                  }
                } else if (i + 5 < size) {
                  let isHex4 = true;
                  for (let j = 0; j < 4; j++) if (!TranslateRegExpString2.isHexadecimal(data[i + 2 + j])) {
                    isHex4 = false;
                    break;
                  }
                  if (isHex4) {
                    result += "\\x{" + data.substring(i + 2, i + 6) + "}";
                    i += 6;
                    changed = true;
                    continue;
                  }
                }
              }
              result += "u";
              i += 2;
              changed = true;
              continue;
            case "x": {
              let isValidHex = false;
              if (i + 2 < size && data[i + 2] === "{") {
                let j = i + 3;
                let hasHex = false;
                let closed = false;
                while (j < size) {
                  const hexChar = data[j];
                  if (hexChar === "}") {
                    closed = true;
                    break;
                  }
                  if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                  hasHex = true;
                  j++;
                }
                if (closed && hasHex) isValidHex = true;
              } else if (i + 3 < size && TranslateRegExpString2.isHexadecimal(data[i + 2]) && TranslateRegExpString2.isHexadecimal(data[i + 3])) isValidHex = true;
              if (isValidHex) {
                result += "\\x";
                i += 2;
              } else {
                result += "x";
                i += 2;
                changed = true;
              }
              continue;
            }
            case "n":
            case "r":
            case "t":
            case "a":
            case "f":
            case "v":
            case "d":
            case "D":
            case "s":
            case "S":
            case "w":
            case "W":
            case "b":
            case "B":
            case "p":
            case "P":
            case "A":
            case "z":
            case "Q":
            case "E":
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7":
              result += "\\" + ch;
              i += 2;
              continue;
            default: {
              let cp2 = data.codePointAt(i + 1);
              if (cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122) {
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
                changed = true;
              } else {
                result += "\\";
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
              }
              continue;
            }
          }
        }
      } else if (ch === "/") {
        result += "\\/";
        i += 1;
        changed = true;
        continue;
      } else if (ch === "[") {
        if (!inCharClass && data[i + 1] === "]") {
          result += "[^\\x00-\\x{10FFFF}]";
          i += 2;
          changed = true;
          continue;
        }
        if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
          result += "[\\x00-\\x{10FFFF}]";
          i += 3;
          changed = true;
          continue;
        }
        inCharClass = true;
      } else if (ch === "]") inCharClass = false;
      else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
        if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
          result += "(?P<";
          i += 3;
          changed = true;
          continue;
        }
      }
      let cp = data.codePointAt(i);
      let symSize = Utils.charCount(cp);
      result += data.substring(i, i + symSize);
      i += symSize;
    }
    const finalResult = changed ? result : data;
    if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
    return finalResult;
  }
};
var execResult = (m, input) => {
  const result = m.matchArray();
  result.index = m.start(0);
  result.input = input;
  result.groups = m.namedGroupsObject();
  return result;
};
var RE2JS = class RE2JS2 {
  /**
  * Flag: case insensitive matching.
  */
  static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
  /**
  * Flag: dot ({@code .}) matches all characters, including newline.
  */
  static DOTALL = PublicFlags.DOTALL;
  /**
  * Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
  * beginning and end of input.
  */
  static MULTILINE = PublicFlags.MULTILINE;
  /**
  * Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
  */
  static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
  /**
  * Flag: matches longest possible string.
  */
  static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
  /**
  * Flag: enable linear-time captureless lookbehinds.
  */
  static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
  /**
  * Returns a literal pattern string for the specified string.
  *
  * This method produces a string that can be used to create a <code>RE2JS</code> that would
  * match the string <code>s</code> as if it were a literal pattern.
  *
  * Metacharacters or escape sequences in the input sequence will be given no special meaning.
  *
  * @param {string} str The string to be literalized
  * @returns {string} A literal string replacement
  */
  static quote(str2) {
    return Utils.quoteMeta(str2);
  }
  /**
  * Quotes '\' and '$' in {@code str}, so that the returned string could be used in
  * replacement methods as a literal replacement of {@code str}.
  *
  * This is a convenience delegation to {@link Matcher.quoteReplacement}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str2, javaMode = false) {
    return Matcher.quoteReplacement(str2, javaMode);
  }
  /**
  * Translates a given regular expression string to ensure compatibility with RE2JS.
  *
  * This function preprocesses the input regex string by applying necessary transformations,
  * such as escaping special characters (e.g., `/`), converting named capture groups to
  * RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
  * resulting regex is safe and properly formatted before compilation.
  *
  * @param {string|RegExp} expr - The regular expression string to be translated.
  * @returns {string} - The transformed regular expression string, ready for compilation.
  */
  static translateRegExp(expr) {
    return TranslateRegExpString.translate(expr);
  }
  /**
  * Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
  * @param {string} regex
  * @param {number} [flags=0]
  * @returns {RE2JS}
  */
  static compile(regex, flags = 0) {
    Utils.checkPattern(regex);
    Utils.checkFlags(flags);
    let fregex = regex;
    if ((flags & RE2JS2.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((flags & RE2JS2.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((flags & RE2JS2.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    let re2Flags = RE2Flags.PERL;
    if ((flags & RE2JS2.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & RE2JS2.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    const p = new RE2JS2(regex, flags);
    p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS2.LONGEST_MATCH) !== 0);
    return p;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string} regex the regular expression
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  * @throws RE2JSSyntaxException if the regular expression is malformed
  */
  static matches(regex, input) {
    return RE2JS2.compile(regex).testExact(input);
  }
  /**
  * This is visible for testing.
  * @private
  */
  static initTest(pattern, flags, re2) {
    if (pattern == null) throw new Error("pattern is null");
    if (re2 == null) throw new Error("re2 is null");
    const p = new RE2JS2(pattern, flags);
    p.re2Input = re2;
    return p;
  }
  /**
  *
  * @param {string} pattern
  * @param {number} flags
  */
  constructor(pattern, flags) {
    this.patternInput = pattern;
    this.flagsInput = flags;
    this.re2Input = null;
  }
  /**
  * Releases memory used by internal caches associated with this pattern. Does not change the
  * observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
  */
  reset() {
    this.re2Input.reset();
  }
  /**
  * Returns the flags used in the constructor.
  * @returns {number}
  */
  flags() {
    return this.flagsInput;
  }
  /**
  * Returns the pattern used in the constructor.
  * @returns {string}
  */
  pattern() {
    return this.patternInput;
  }
  re2() {
    return this.re2Input;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  */
  matches(input) {
    return this.testExact(input);
  }
  /**
  * Creates a new {@code Matcher} matching the pattern against the input.
  *
  * @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
  * @returns {Matcher}
  */
  matcher(input) {
    if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
    return new Matcher(this, input);
  }
  /**
  * Tests whether the regular expression matches any part of the input string.
  * Performance Note: This method is highly optimized. Because it only returns
  * a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
  * and guarantees execution on the high-speed DFA engine whenever possible.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
  */
  test(input) {
    if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
    return this.re2Input.match(input);
  }
  /**
  * Tests whether the regular expression matches the ENTIRE input string.
  * * **Performance Note:** This operates identically to `.matches()`, but is significantly
  * faster because it does not request capture group data. By requesting 0 capture groups,
  * it securely routes execution through the DFA fast-path.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
  */
  testExact(input) {
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
  }
  /**
  * Executes a search for a match in a specified string.
  * Returns a result array, or null if no match is found.
  * The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
  * including `.index`, `.input`, and `.groups` properties.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {Array|null} the match array with index, input, and groups properties, or null
  */
  exec(input) {
    const m = this.matcher(input);
    return m.find() ? execResult(m, input) : null;
  }
  /**
  * Splits input around instances of the regular expression. It returns an array giving the strings
  * that occur before, between, and after instances of the regular expression.
  *
  * If {@code limit <= 0}, there is no limit on the size of the returned array. If
  * {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
  * {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
  * of the input, possibly including additional matches of the pattern.
  *
  * @param {string} input the input string to be split
  * @param {number} [limit=0] the limit
  * @returns {string[]} the split strings
  */
  split(input, limit = 0) {
    const m = this.matcher(input);
    const result = [];
    let emptiesSkipped = 0;
    let last2 = 0;
    while (m.find()) {
      if (last2 === 0 && m.end() === 0) {
        last2 = m.end();
        continue;
      }
      if (limit > 0 && result.length === limit - 1) break;
      if (last2 === m.start()) {
        if (limit === 0) {
          emptiesSkipped += 1;
          last2 = m.end();
          continue;
        }
      } else while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last2, m.start()));
      last2 = m.end();
    }
    if (limit === 0 && last2 !== m.inputLength()) {
      while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last2, m.inputLength()));
    }
    if (limit !== 0 || result.length === 0 && !(last2 === m.inputLength() && last2 > 0)) result.push(m.substring(last2, m.inputLength()));
    return result;
  }
  /**
  * Returns an iterator of all results matching a string against the regular expression,
  * including capturing groups.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {IterableIterator<RegExpMatchArray>}
  */
  *matchAll(input) {
    const m = this.matcher(input);
    while (m.find()) yield execResult(m, input);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    return this.patternInput;
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.re2Input.numberOfInstructions();
  }
  /**
  * Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
  * pattern and is excluded from this count.
  *
  * @returns {number} the number of capturing groups in this pattern
  */
  groupCount() {
    return this.re2Input.numberOfCapturingGroups();
  }
  /**
  * Return a map of the capturing groups in this matcher's pattern, where key is the name and value
  * is the index of the group in the pattern.
  * @returns {Record<string, number>}
  */
  namedGroups() {
    return this.re2Input.namedGroups;
  }
  /**
  *
  * @param {*} other
  * @returns {boolean}
  */
  equals(other) {
    if (this === other) return true;
    if (other === null || this.constructor !== other.constructor) return false;
    return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
  }
};

// src/engine/functions/support/glob-class.ts
var POSIX_CLASSES = /* @__PURE__ */ new Set([
  "alnum",
  "alpha",
  "ascii",
  "blank",
  "cntrl",
  "digit",
  "graph",
  "lower",
  "print",
  "punct",
  "space",
  "upper",
  "word",
  "xdigit"
]);
function readGlobClass(pattern, start) {
  let i = start + 1;
  let negated = false;
  if (pattern[i] === "!" || pattern[i] === "^") {
    negated = true;
    i += 1;
  }
  const items2 = [];
  let first = true;
  while (i < pattern.length) {
    if (pattern[i] === "]" && !first) {
      return { end: i + 1, source: `[${negated ? "^" : ""}${items2.join("")}]` };
    }
    first = false;
    if (pattern.startsWith("[:", i)) {
      const close = pattern.indexOf(":]", i + 2);
      if (close >= 0) {
        const name = pattern.slice(i + 2, close);
        if (!POSIX_CLASSES.has(name)) throw new Error(`unknown character class [:${name}:]`);
        items2.push(`[:${name}:]`);
        i = close + 2;
        continue;
      }
    }
    const low = readMember(pattern, i);
    if (low === void 0) return void 0;
    i = low.end;
    if (pattern[i] === "-" && i + 1 < pattern.length && pattern[i + 1] !== "]") {
      const high = readMember(pattern, i + 1);
      if (high === void 0) return void 0;
      i = high.end;
      checkNotSlash(low.char);
      checkNotSlash(high.char);
      if ((low.char.codePointAt(0) ?? 0) > (high.char.codePointAt(0) ?? 0)) {
        throw new Error(`invalid range ${low.char}-${high.char} in a character class`);
      }
      items2.push(`${escapeClassChar(low.char)}-${escapeClassChar(high.char)}`);
    } else {
      checkNotSlash(low.char);
      items2.push(escapeClassChar(low.char));
    }
  }
  return void 0;
}
function readMember(pattern, i) {
  let at4 = i;
  if (pattern[at4] === "\\") at4 += 1;
  const code = pattern.codePointAt(at4);
  if (code === void 0) return void 0;
  const char = String.fromCodePoint(code);
  return { char, end: at4 + char.length };
}
function checkNotSlash(char) {
  if (char === "/") throw new Error("a character class cannot match '/'");
}
function escapeClassChar(char) {
  return /^[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]$/.test(char) ? `\\${char}` : char;
}

// src/engine/functions/support/glob-braces.ts
var MAX_GLOB_ALTERNATIVES = 256;
function expandBraces(pattern) {
  const { parts, end } = parseSequence(pattern, 0, false);
  if (end < pattern.length) throw new Error("unmatched '}' (escape it as \\} to match it literally)");
  return expand(parts);
}
function parseSequence(pattern, start, inGroup) {
  const parts = [];
  let text4 = "";
  let i = start;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "\\") {
      text4 += pattern.slice(i, i + 2);
      i += 2;
    } else if (c === "[") {
      const cls = readGlobClass(pattern, i);
      const end = cls === void 0 ? i + 1 : cls.end;
      text4 += pattern.slice(i, end);
      i = end;
    } else if (c === "{") {
      if (text4 !== "") parts.push({ text: text4 });
      text4 = "";
      const group2 = parseGroup(pattern, i);
      parts.push(group2.part);
      i = group2.end;
    } else if (c === "}" || inGroup && c === ",") {
      break;
    } else {
      text4 += c;
      i += 1;
    }
  }
  if (text4 !== "") parts.push({ text: text4 });
  return { parts, end: i };
}
function parseGroup(pattern, open) {
  const options = [];
  let i = open + 1;
  for (; ; ) {
    const option = parseSequence(pattern, i, true);
    options.push(option.parts);
    i = option.end;
    if (i >= pattern.length) throw new Error("unclosed '{' (escape it as \\{ to match it literally)");
    if (pattern[i] === "}") break;
    i += 1;
  }
  const end = i + 1;
  if (options.length > 1) return { part: { options }, end };
  const body = pattern.slice(open + 1, i);
  if (body.includes("..")) {
    throw new Error(`brace ranges like {${body}} are not supported; list the alternatives instead, e.g. {1,2,3}`);
  }
  return { part: { options: [[{ text: "\\{" }, ...options[0] ?? [], { text: "\\}" }]] }, end };
}
function expand(parts) {
  let results = [""];
  for (const part of parts) {
    if ("text" in part) {
      results = results.map((prefix) => prefix + part.text);
      continue;
    }
    const suffixes = part.options.flatMap((option) => expand(option));
    if (results.length * suffixes.length > MAX_GLOB_ALTERNATIVES) {
      throw new Error(`braces expand to more than ${MAX_GLOB_ALTERNATIVES} alternatives`);
    }
    results = results.flatMap((prefix) => suffixes.map((suffix) => prefix + suffix));
  }
  return results;
}

// src/engine/functions/support/glob-matcher.ts
var MAX_GLOB_LENGTH = 1024;
var MAX_GLOB_SEGMENTS = 1024;
function compileGlob(pattern) {
  if (pattern === "") throw new Error("glob pattern is empty");
  if (pattern.length > MAX_GLOB_LENGTH) throw new Error(`glob pattern is longer than ${MAX_GLOB_LENGTH} characters`);
  let bangs = 0;
  while (pattern[bangs] === "!") bangs += 1;
  const negated = bangs % 2 === 1;
  let body = pattern.slice(bangs);
  if (body === "") throw new Error("glob pattern has nothing after '!'");
  while (body.startsWith("./")) body = body.slice(2);
  const tokenized = expandBraces(body).map(tokenize);
  const total = tokenized.reduce((sum, segments) => sum + segments.length, 0);
  if (total > MAX_GLOB_SEGMENTS) throw new Error(`glob pattern expands to more than ${MAX_GLOB_SEGMENTS} path segments`);
  const alternatives = tokenized.map((segments) => segments.map(toSegment));
  return {
    pattern,
    test(path) {
      const parts = path.split("/");
      const matched = path !== "" && alternatives.some((segments) => matchSegments(segments, parts));
      return matched !== negated;
    }
  };
}
function tokenize(alternative) {
  const segments = [];
  let tokens = [];
  const pushText = (text4) => {
    const last2 = tokens[tokens.length - 1];
    if (last2?.kind === "text") last2.text += text4;
    else tokens.push({ kind: "text", text: text4 });
  };
  let i = 0;
  while (i < alternative.length) {
    const c = alternative[i] ?? "";
    if (c === "\\") {
      const code = alternative.codePointAt(i + 1);
      if (code === void 0) throw new Error("glob pattern ends with a lone backslash");
      const escaped = String.fromCodePoint(code);
      pushText(escaped);
      i += 1 + escaped.length;
    } else if (c === "/") {
      segments.push(tokens);
      tokens = [];
      i += 1;
    } else if (c === "*") {
      const last2 = tokens[tokens.length - 1];
      if (last2?.kind === "star") last2.count += 1;
      else tokens.push({ kind: "star", count: 1 });
      i += 1;
    } else if (c === "?") {
      tokens.push({ kind: "any" });
      i += 1;
    } else if (c === "[") {
      const cls = readGlobClass(alternative, i);
      if (cls === void 0) throw new Error("unclosed '[' (escape it as \\[ to match it literally)");
      tokens.push({ kind: "class", source: cls.source });
      i = cls.end;
    } else if (c === "(" || c === ")") {
      throw new Error("parentheses (extglobs such as @(a|b)) are not supported; use {a,b}, or escape them as \\( \\)");
    } else {
      pushText(c);
      i += 1;
    }
  }
  segments.push(tokens);
  return segments;
}
function toSegment(tokens) {
  const [only] = tokens;
  if (tokens.length === 0) return { kind: "literal", text: "" };
  if (tokens.length === 1 && only?.kind === "star") return only.count === 2 ? { kind: "globstar" } : { kind: "name" };
  if (tokens.length === 1 && only?.kind === "text") return { kind: "literal", text: only.text };
  const source = tokens.map((token) => {
    switch (token.kind) {
      case "text":
        return RE2JS.quote(token.text);
      case "star":
        return "[^/]*";
      case "any":
        return "[^/]";
      case "class":
        return token.source;
    }
  }).join("");
  return { kind: "regex", re: RE2JS.compile(source) };
}
function matchesSegment(segment, part) {
  switch (segment.kind) {
    case "literal":
      return segment.text === part;
    case "globstar":
      return part !== "." && part !== "..";
    case "name":
      return part !== "" && part !== "." && part !== "..";
    case "regex":
      return part !== "" && part !== "." && part !== ".." && segment.re.testExact(part);
  }
}
function matchSegments(segments, parts) {
  const start = new Uint8Array(segments.length + 1);
  start[0] = 1;
  let live = closure(segments, start);
  for (const part of parts) {
    const next = new Uint8Array(segments.length + 1);
    let any = false;
    for (let i = 0; i < segments.length; i += 1) {
      const segment = segments[i];
      if (live[i] !== 1 || segment === void 0 || !matchesSegment(segment, part)) continue;
      next[segment.kind === "globstar" ? i : i + 1] = 1;
      any = true;
    }
    if (!any) return false;
    live = closure(segments, next);
  }
  return live[segments.length] === 1;
}
function closure(segments, live) {
  for (let i = 0; i < segments.length; i += 1) {
    if (live[i] === 1 && segments[i]?.kind === "globstar") live[i + 1] = 1;
  }
  return live;
}

// src/formats/includes/lookup.ts
var INCLUDE_PRODUCTS = {
  nginx: { main: "nginx.conf", prefix: "/etc/nginx" },
  squid: { main: "squid.conf", prefix: "/etc/squid" }
};
function createLookup(product, documents) {
  const { main, prefix } = INCLUDE_PRODUCTS[product];
  const sorted = [...documents].sort((a, b) => byCodeUnits(a.file, b.file));
  const mainDirs = sorted.filter((d) => posix.basename(d.file) === main).map((d) => posix.dirname(d.file));
  const byFile = new Map(sorted.map((d) => [d.file, d]));
  const answers = /* @__PURE__ */ new Map();
  const matching = (patterns) => {
    const key = JSON.stringify(patterns);
    let found = answers.get(key);
    if (found === void 0) {
      found = matchAll(sorted, byFile, patterns);
      answers.set(key, found);
    }
    return found;
  };
  return (pattern, fromFile) => {
    const confDir = governingDir(posix.dirname(fromFile), mainDirs);
    const found = matching(candidates(pattern, fromFile, confDir, prefix));
    if (found.length > 0) return found;
    const tail = pattern.startsWith(`${prefix}/`) ? pattern.slice(prefix.length + 1) : pattern.startsWith("/") ? "" : pattern;
    return tail === "" ? [] : matching([`{,**/}${tail}`]);
  };
}
var GLOB_CHARS = /[*?[\]{}\\!]/;
function matchAll(sorted, byFile, patterns) {
  if (!patterns.some((p) => GLOB_CHARS.test(p))) {
    const found = new Set(patterns.flatMap((p) => byFile.get(p) ?? []));
    return sorted.filter((document) => found.has(document));
  }
  const matchers = patterns.flatMap((candidate) => matcherFor(candidate));
  return matchers.length === 0 ? [] : sorted.filter((document) => matchers.some((matcher) => matcher.test(document.file)));
}
function candidates(pattern, fromFile, confDir, prefix) {
  const found = /* @__PURE__ */ new Set();
  const add = (base, rest) => {
    const joined = posix.normalize(posix.join(base, rest));
    if (joined !== ".." && !joined.startsWith("../") && !posix.isAbsolute(joined) && joined !== ".") found.add(joined);
  };
  if (pattern.startsWith("/")) {
    if (pattern === prefix || pattern.startsWith(`${prefix}/`)) add(confDir, pattern.slice(prefix.length + 1));
    const mirror = mirroredRoot(confDir, prefix);
    if (mirror !== void 0) add(mirror, pattern.slice(1));
    add(".", pattern.slice(1));
  } else {
    add(confDir, pattern);
    add(posix.dirname(fromFile), pattern);
  }
  return [...found];
}
function governingDir(dir, mainDirs) {
  let best;
  for (const candidate of mainDirs) {
    const covers = candidate === "." || dir === candidate || dir.startsWith(`${candidate}/`);
    if (covers && (best === void 0 || candidate.length > best.length)) best = candidate;
  }
  return best ?? dir;
}
function mirroredRoot(confDir, prefix) {
  const tail = prefix.slice(1);
  if (confDir === tail) return ".";
  return confDir.endsWith(`/${tail}`) ? confDir.slice(0, -tail.length - 1) : void 0;
}
function matcherFor(pattern) {
  if (pattern.startsWith("!")) return [];
  try {
    return [compileGlob(pattern)];
  } catch {
    return [];
  }
}

// src/formats/includes/squid.ts
var MAX_INCLUDE_DEPTH2 = 32;
function resolveSquid(document, lookup2) {
  const out = { directives: [], http_access: [], acls: {}, unresolved: [] };
  let files = 0;
  const expand3 = (current, stack) => {
    const config2 = asSquid(current.value);
    if (config2 === void 0) return;
    mergeAcls(out.acls, config2.acls, current.file);
    let rule = 0;
    config2.directives.forEach((directive, i) => {
      const path = ["directives", i];
      if (directive.name === "http_access") {
        const parsed = config2.http_access[rule];
        if (parsed !== void 0) out.http_access.push({ ...parsed, file: current.file, path: ["http_access", rule] });
        rule++;
      }
      if (directive.name !== "include") {
        out.directives.push({ ...directive, file: current.file, path });
        return;
      }
      for (const pattern of directive.args) {
        const unresolved = (reason) => {
          out.unresolved.push({ file: current.file, path, pattern, reason });
        };
        if (stack.length >= MAX_INCLUDE_DEPTH2) {
          unresolved("too deep");
          continue;
        }
        const found = lookup2(pattern, current.file);
        if (found.length === 0) unresolved("no match");
        for (const included of found) {
          if (stack.includes(included.file)) unresolved("cycle");
          else if (++files > INCLUDE_LIMITS.files || out.directives.length > INCLUDE_LIMITS.directives) unresolved("too large");
          else expand3(included, [...stack, included.file]);
        }
      }
    });
  };
  expand3(document, [document.file]);
  return out;
}
function mergeAcls(into, acls, file) {
  for (const [name, acl] of Object.entries(acls)) {
    const known2 = Object.hasOwn(into, name) ? into[name] : void 0;
    if (known2 === void 0) {
      Object.defineProperty(into, name, {
        value: { ...acl, flags: [...acl.flags], values: [...acl.values], files: [...acl.files], file, path: ["acls", name] },
        enumerable: true,
        writable: true,
        configurable: true
      });
      continue;
    }
    known2.values.push(...acl.values);
    known2.files.push(...acl.files);
  }
}
function asSquid(value) {
  if (typeof value !== "object" || value === null) return void 0;
  const config2 = value;
  return Array.isArray(config2.directives) && Array.isArray(config2.http_access) && typeof config2.acls === "object" ? config2 : void 0;
}

// src/formats/includes/missing.ts
var NGINX_STOCK = /(^|\/)(fastcgi_params|fastcgi\.conf|proxy_params|uwsgi_params|scgi_params|mime\.types|koi-utf|koi-win|win-utf|snippets\/fastcgi-php\.conf|snippets\/snakeoil\.conf|options-ssl-nginx\.conf)$/;
var GLOB = /[*?[\]{}]/;
function hidesSettings(include) {
  if (include.reason === "cycle") return false;
  if (include.reason === "no match" && GLOB.test(include.pattern)) return false;
  return !NGINX_STOCK.test(include.pattern);
}
function incompleteMarker(unresolved) {
  const first = unresolved.find(hidesSettings);
  return first === void 0 ? null : { $unknown: `include ${first.pattern} names no file in the scanned tree${first.reason === "no match" ? "" : ` (${first.reason})`}` };
}

// src/formats/includes/trace.ts
function sourceOf(resolved, path) {
  if (path[0] === "incomplete" && isRecord(resolved) && Array.isArray(resolved["unresolved"])) {
    const include = resolved["unresolved"].find(hidesSettings);
    if (include !== void 0) return { file: include.file, path: include.path };
  }
  let current = resolved;
  let found;
  let tail = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const next = childOf2(current, segment);
    if (next === void 0) {
      tail.push(...path.slice(i));
      break;
    }
    current = next;
    const origin = originOf(current, resolved);
    if (origin === void 0) {
      tail.push(segment);
    } else {
      found = origin;
      tail = [];
    }
  }
  return found && { file: found.file, path: [...found.path, ...tail] };
}
function originOf(node, resolved) {
  if (!isRecord(node)) return void 0;
  const { file, path, source } = node;
  if (typeof file === "string" && Array.isArray(path)) return { file, path };
  if (!Array.isArray(source)) return void 0;
  let target = resolved;
  for (const segment of source) target = childOf2(target, segment);
  return target === node ? void 0 : originOf(target, resolved);
}
function childOf2(value, segment) {
  if (Array.isArray(value)) return typeof segment === "number" ? value[segment] : void 0;
  if (!isRecord(value)) return void 0;
  const key = String(segment);
  return Object.hasOwn(value, key) ? value[key] : void 0;
}

// src/formats/includes/index.ts
function isLinked(document) {
  return typeof document.trace === "function";
}
function linkIncludes(parsed) {
  const replacements = /* @__PURE__ */ new Map();
  for (const product of Object.keys(INCLUDE_PRODUCTS)) {
    const documents = parsed.filter((p) => p.format === product).map((p) => p.document);
    if (documents.length === 0) continue;
    const lookup2 = createLookup(product, documents);
    const byFile = new Map(documents.map((d) => [d.file, d]));
    const includedBy = /* @__PURE__ */ new Map();
    const resolved = /* @__PURE__ */ new Map();
    for (const document of documents) {
      if (!hasIncludes(document.value)) continue;
      const view = resolve(product, document, lookup2);
      resolved.set(document, view);
      for (const file of filesIn(view)) {
        if (file !== document.file) includedBy.set(file, (includedBy.get(file) ?? /* @__PURE__ */ new Set()).add(document.file));
      }
    }
    for (const document of documents) {
      const view = resolved.get(document);
      const includers = [...includedBy.get(document.file) ?? []].sort();
      if (view === void 0 && includers.length === 0) continue;
      const extra = {};
      if (view !== void 0) extra["resolved"] = view;
      if (includers.length > 0) extra["includedBy"] = includers;
      replacements.set(document, linked(document, extra, byFile));
    }
  }
  if (replacements.size === 0) return [...parsed];
  return parsed.map((p) => {
    const replacement = replacements.get(p.document);
    return replacement === void 0 ? p : { ...p, document: replacement };
  });
}
function resolve(product, document, lookup2) {
  if (product === "squid") {
    const view = resolveSquid(document, lookup2);
    return { ...view, incomplete: incompleteMarker(view.unresolved) };
  }
  const { directives, servers, unresolved } = resolveIncludes(document, lookup2);
  return { directives, servers, unresolved, incomplete: incompleteMarker(unresolved) };
}
function linked(document, extra, byFile) {
  const value = { ...document.value, ...extra };
  const here = (path) => ({ file: document.file, range: document.locate(path), path });
  return {
    file: document.file,
    index: document.index,
    value,
    locate: (path) => document.locate(path),
    trace(path) {
      if (path[0] !== "resolved") return here(path);
      const source = sourceOf(extra["resolved"], path.slice(1));
      const target = source === void 0 ? void 0 : byFile.get(source.file);
      if (source === void 0 || target === void 0) return here([]);
      return { file: target.file, range: target.locate(source.path), path: source.path };
    }
  };
}
function hasIncludes(value) {
  if (typeof value !== "object" || value === null || !("includes" in value)) return false;
  return Array.isArray(value.includes) && value.includes.length > 0;
}
function filesIn(view) {
  const files = /* @__PURE__ */ new Set();
  const visit = (directives) => {
    if (!Array.isArray(directives)) return;
    for (const directive of directives) {
      files.add(directive.file);
      visit(directive.block);
    }
  };
  visit(view.directives);
  return files;
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary2 = atob(input);
  const result = new Uint8Array(binary2.length);
  for (let index = 0; index < binary2.length; index++) result[index] = binary2.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary2 = "";
  for (let index = 0; index < object.length; index++) binary2 += String.fromCharCode(object[index]);
  return btoa(binary2);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map2 = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map2.set(key, o[key]);
    return map2;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map2 = /* @__PURE__ */ new Map();
    for (const key of data) map2.set(key, null);
    return map2;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates2 = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates2) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map2 = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map2.set(key, obj[key]);
    return map2;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map2 = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map2.set(key, o[key]);
    return map2;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception2, compact) {
  let where = "";
  if (!exception2.mark) return exception2.reason;
  if (exception2.mark.name) where += `in "${exception2.mark.name}" `;
  where += `(${exception2.mark.line + 1}:${exception2.mark.column + 1})`;
  if (!compact && exception2.mark.snippet) where += `

${exception2.mark.snippet}`;
  return `${exception2.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/formats/yaml-event-positions.ts
var MAX_MERGE_DEPTH = 256;
var YamlEventPositions = class {
  constructor(text4, events) {
    this.text = text4;
    this.events = events;
    this.lines = new LineIndex(text4);
    this.ends = new Int32Array(events.length);
    this.aliases = new Int32Array(events.length).fill(-1);
    const open = [];
    const anchors = /* @__PURE__ */ new Map();
    events.forEach((event, i) => {
      this.ends[i] = i;
      if (event.type === EVENT_ID.POP) {
        const start = open.pop();
        if (start !== void 0) this.ends[start] = i;
        return;
      }
      if (event.type === EVENT_ID.DOCUMENT) {
        open.push(i);
        anchors.clear();
        return;
      }
      if (event.type === EVENT_ID.ALIAS) {
        this.aliases[i] = anchors.get(text4.slice(event.anchorStart, event.anchorEnd)) ?? -1;
        return;
      }
      if (event.anchorStart >= 0) anchors.set(text4.slice(event.anchorStart, event.anchorEnd), i);
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) open.push(i);
    });
  }
  text;
  events;
  lines;
  /** For a MAPPING or SEQUENCE event, the index of its POP; for others, their own index. */
  ends;
  /** For an ALIAS event, the index of the node its anchor was last set on (-1 if none). */
  aliases;
  /** The range of the value at `path` below the root node at event `root`, as far as the path exists. */
  locate(root, path) {
    let current = this.resolve(root);
    for (const segment of path) {
      const next = this.childOf(current, segment, 0);
      if (next === void 0) break;
      current = next;
    }
    return this.rangeOf(current);
  }
  /** Index just past the subtree of the node at `i`. */
  after(i) {
    return (this.ends[i] ?? i) + 1;
  }
  /** Aliases stand for their anchored node; positions point at the anchored text. */
  resolve(i) {
    const target = this.aliases[i] ?? -1;
    return this.events[i]?.type === EVENT_ID.ALIAS && target >= 0 ? target : i;
  }
  /**
   * The node for one path step. For a key whose value is empty (`resources:`), the key itself:
   * there is no value text to point at, and the key is what a reader looks for.
   */
  childOf(node, segment, depth) {
    const event = this.events[node];
    if (event?.type === EVENT_ID.SEQUENCE) {
      const index = toIndex2(segment);
      if (index === void 0) return void 0;
      let i = node + 1;
      for (let n = 0; n < index && i < this.ends[node]; n++) i = this.after(i);
      return i < this.ends[node] ? this.resolve(i) : void 0;
    }
    if (event?.type !== EVENT_ID.MAPPING) return void 0;
    const key = String(segment);
    const merges = [];
    for (let i = node + 1; i < this.ends[node]; ) {
      const value = this.after(i);
      const keyEvent = this.events[i];
      if (keyEvent?.type === EVENT_ID.SCALAR) {
        if (keyEvent.style === SCALAR_STYLE.PLAIN && this.source(keyEvent) === "<<") merges.push(value);
        else if (this.keyMatches(keyEvent, key)) return this.isEmpty(value) ? i : this.resolve(value);
      }
      i = this.after(value);
    }
    if (depth >= MAX_MERGE_DEPTH) return void 0;
    for (const merge2 of merges) {
      for (const source of this.mergeSources(this.resolve(merge2))) {
        const found = this.childOf(source, segment, depth + 1);
        if (found !== void 0) return found;
      }
    }
    return void 0;
  }
  /** The mappings a `<<` value merges: itself, or each item of a sequence. */
  mergeSources(value) {
    if (this.events[value]?.type !== EVENT_ID.SEQUENCE) return [value];
    const sources = [];
    for (let i = value + 1; i < this.ends[value]; i = this.after(i)) sources.push(this.resolve(i));
    return sources;
  }
  /** js-yaml turns every scalar key into the string of its value; compare the same way. */
  keyMatches(event, key) {
    const source = this.source(event);
    if (source === key) return true;
    return event.style === SCALAR_STYLE.PLAIN && plainKeyString(source) === key;
  }
  source(event) {
    return event.valueStart < 0 ? "" : getScalarValue(this.text, event);
  }
  /** A scalar with no source text: the value of `key:` or of an empty document. */
  isEmpty(i) {
    const event = this.events[i];
    return event?.type === EVENT_ID.SCALAR && event.valueStart < 0;
  }
  rangeOf(i) {
    const start = this.startOf(i);
    return this.lines.range(start, trimEnd(this.text, start, this.endOf(i, 0)));
  }
  startOf(i) {
    const event = this.events[i];
    switch (event?.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        return event.start;
      case EVENT_ID.SCALAR:
        if (event.valueStart < 0) return Math.max(event.tagStart, event.anchorStart, 0);
        if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) return event.valueStart - 1;
        if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) return blockIndicator(this.text, event.valueStart);
        return event.valueStart;
      case EVENT_ID.ALIAS:
        return Math.max(event.anchorStart - 1, 0);
      default:
        return 0;
    }
  }
  /**
   * Where a node's text ends. A block collection ends where its last entry ends (not over
   * trailing comments and blank lines); a flow collection at its closing bracket.
   */
  endOf(i, depth) {
    const event = this.events[i];
    if (event === void 0) return 0;
    if (event.type === EVENT_ID.SCALAR) {
      if (event.valueStart < 0) return this.startOf(i);
      const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
      return quoted ? event.valueEnd + 1 : event.valueEnd;
    }
    if (event.type === EVENT_ID.ALIAS) return event.anchorEnd;
    if (event.type !== EVENT_ID.MAPPING && event.type !== EVENT_ID.SEQUENCE) return 0;
    const end = this.ends[i];
    let last2 = -1;
    let lastKey = -1;
    for (let child = i + 1, n = 0; child < end; child = this.after(child), n++) {
      if (event.type === EVENT_ID.MAPPING && n % 2 === 0) lastKey = child;
      last2 = child;
    }
    let lastEnd = event.start + 1;
    if (last2 >= 0 && depth < MAX_MERGE_DEPTH) {
      const point = event.type === EVENT_ID.MAPPING && this.isEmpty(last2) && lastKey >= 0 ? lastKey : last2;
      lastEnd = this.endOf(point, depth + 1);
    }
    if (event.style === COLLECTION_STYLE.FLOW) return closingBracket(this.text, lastEnd);
    return last2 < 0 ? event.start : lastEnd;
  }
};
function blockIndicator(text4, valueStart) {
  for (let i = valueStart - 1; i >= 0; i--) {
    const c = text4[i];
    if (c === "|" || c === ">") return i;
  }
  return valueStart;
}
function closingBracket(text4, from) {
  for (let i = from; i < text4.length; i++) {
    const c = text4[i];
    if (c === "]" || c === "}") return i + 1;
    if (c === "#") {
      const eol = text4.indexOf("\n", i);
      if (eol < 0) break;
      i = eol;
    }
  }
  return from;
}
function plainKeyString(source) {
  if (/^(?:null|Null|NULL|~)$/.test(source)) return "null";
  if (/^(?:true|True|TRUE)$/.test(source)) return "true";
  if (/^(?:false|False|FALSE)$/.test(source)) return "false";
  if (/^[-+]?[0-9]+$/.test(source)) return String(Number.parseInt(source, 10));
  if (/^0o[0-7]+$/.test(source)) return String(Number.parseInt(source.slice(2), 8));
  if (/^0x[0-9a-fA-F]+$/.test(source)) return String(Number.parseInt(source.slice(2), 16));
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(source)) return String(Number.parseFloat(source));
  return source;
}
function toIndex2(segment) {
  if (typeof segment === "number") return Number.isInteger(segment) && segment >= 0 ? segment : void 0;
  return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : void 0;
}

// src/formats/yaml-lenient.ts
var MAX_SCALAR_LINES = 200;
function indentQuotedContinuation(text4, line) {
  const lines = text4.split("\n");
  const target = lines[line];
  if (target === void 0 || line === 0) return void 0;
  for (let open = line - 1; open >= Math.max(0, line - MAX_SCALAR_LINES); open--) {
    const start = quotedValueStart(lines[open] ?? "");
    if (start === void 0) continue;
    if (!leftOpen(lines.slice(open, line), start)) return void 0;
    return indentUnder(lines, open, line);
  }
  return void 0;
}
function quotedValueStart(line) {
  const match = /^(\s*(?:-\s+)*(?:[^\s#"'][^#"']*?:\s+)?)(["'])/.exec(line);
  if (match === null || match[2] === void 0) return void 0;
  return { column: (match[1] ?? "").length, quote: match[2] };
}
function leftOpen(lines, start) {
  const text4 = lines.join("\n").slice(start.column + 1);
  if (start.quote === '"') {
    for (let i = 0; i < text4.length; i++) {
      if (text4[i] === "\\") i++;
      else if (text4[i] === '"') return false;
    }
    return true;
  }
  for (let i = 0; i < text4.length; i++) {
    if (text4[i] === "'" && text4[i + 1] === "'") i++;
    else if (text4[i] === "'") return false;
  }
  return true;
}
function indentFlowContinuation(text4, line) {
  const lines = text4.split("\n");
  const target = lines[line];
  if (target === void 0 || line === 0) return void 0;
  let depth = 0;
  for (let open = line - 1; open >= Math.max(0, line - MAX_SCALAR_LINES); open--) {
    const balance = flowBalance(lines[open] ?? "");
    if (balance === void 0) return void 0;
    depth += balance;
    if (depth <= 0) continue;
    return indentUnder(lines, open, line);
  }
  return void 0;
}
function flowBalance(line) {
  let balance = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "#" && (i === 0 || /\s/.test(line[i - 1] ?? ""))) break;
    if (c === '"') {
      i++;
      while (i < line.length && line[i] !== '"') i += line[i] === "\\" ? 2 : 1;
      if (i >= line.length) return void 0;
    } else if (c === "'") {
      i++;
      while (i < line.length && !(line[i] === "'" && line[i + 1] !== "'")) i += line[i] === "'" ? 2 : 1;
      if (i >= line.length) return void 0;
    } else if (c === "[" || c === "{") balance++;
    else if (c === "]" || c === "}") balance--;
  }
  return balance;
}
function indentUnder(lines, open, line) {
  const target = lines[line] ?? "";
  const indent = ((lines[open] ?? "").match(/^ */)?.[0].length ?? 0) + 2;
  const current = target.match(/^[ \t]*/)?.[0].length ?? 0;
  if (current >= indent) return void 0;
  lines[line] = " ".repeat(indent) + target.slice(current);
  return lines.join("\n");
}

// node_modules/js-yaml-4/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number2) {
    return number2 === 0 && Number.NEGATIVE_INFINITY === 1 / number2;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError2(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException22(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError2(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException22.prototype = Object.create(Error.prototype);
  YAMLException22.prototype.constructor = YAMLException22;
  YAMLException22.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError2(this, compact);
  };
  exception = YAMLException22;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine2(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart2(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet2(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine2(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart2((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine2(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart2((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine2(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart2((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet2;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException22 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException22('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException22('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException22 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema22(definition) {
    return this.extend(definition);
  }
  Schema22.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException22("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException22("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException22("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException22("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException22("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema22.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema22;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema22 = requireSchema();
  failsafe = new Schema22({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger2(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger2(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger2(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger2(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger2(data));
  }
  function parseYamlInteger2(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger2(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger2,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN2 = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN2 = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat2(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN2.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN2.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat2(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat2,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat2,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP2 = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP2 = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp2(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP2.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP2.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP2.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP2.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp2,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary2(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary2(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary2,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary2
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException22 = requireException();
  const makeSnippet2 = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN2 = 1;
  const CONTEXT_FLOW_OUT2 = 2;
  const CONTEXT_BLOCK_IN2 = 3;
  const CONTEXT_BLOCK_OUT2 = 4;
  const CHOMPING_CLIP2 = 1;
  const CHOMPING_STRIP2 = 2;
  const CHOMPING_KEEP2 = 3;
  const PATTERN_NON_PRINTABLE2 = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS2 = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE2 = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI2 = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol2(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace2(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol2(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator2(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode2(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen2(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode2(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence2(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint2(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck2 = new Array(256);
  const simpleEscapeMap2 = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck2[i] = simpleEscapeSequence2(i) ? 1 : 0;
    simpleEscapeMap2[i] = simpleEscapeSequence2(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet2(mark);
    return new YAMLException22(message, mark);
  }
  function throwError2(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor2(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState2(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState2(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError2(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError2(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError2(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError2(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError2(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE2.test(handle)) {
        throwError2(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError2(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI2.test(prefix)) {
        throwError2(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError2(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError2(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE2.test(_result)) {
        throwError2(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork2(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError2(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError2(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork2(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork2(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError2(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError2(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError2(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError2(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace2(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace2(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol2(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator2(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol2(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar2(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol2(ch) || isFlowIndicator2(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol2(following) || withinFlowCollection && isFlowIndicator2(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol2(following) || withinFlowCollection && isFlowIndicator2(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol2(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator2(state) || withinFlowCollection && isFlowIndicator2(ch)) {
        break;
      } else if (isEol2(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace2(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace2(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar2(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol2(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace2(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator2(state)) {
        throwError2(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace2(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError2(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar2(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol2(ch)) {
          skipSeparationSpace2(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck2[ch]) {
          state.result += simpleEscapeMap2[ch];
          state.position++;
        } else if ((tmp = escapedHexLen2(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode2(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError2(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint2(hexResult);
          state.position++;
        } else {
          throwError2(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol2(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace2(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator2(state)) {
        throwError2(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace2(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError2(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection2(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor2(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace2(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError2(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError2(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol2(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace2(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN2, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace2(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace2(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN2, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace2(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError2(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar2(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP2;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP2 === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP2 : CHOMPING_STRIP2;
        } else {
          throwError2(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode2(ch)) >= 0) {
        if (tmp === 0) {
          throwError2(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError2(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace2(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace2(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol2(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol2(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError2(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP2) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP2) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace2(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol2(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence2(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor2(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError2(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol2(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace2(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN2, false, true);
      _result.push(state.result);
      skipSeparationSpace2(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError2(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping2(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor2(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError2(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol2(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError2(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT2, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace2(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol2(ch)) {
              throwError2(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError2(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError2(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT2, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace2(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError2(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty2(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError2(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError2(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol2(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE2.test(tagHandle)) {
              throwError2(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError2(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS2.test(tagName)) {
        throwError2(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI2.test(tagName)) {
      throwError2(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError2(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError2(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty2(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError2(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol2(ch) && !isFlowIndicator2(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError2(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias2(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol2(ch) && !isFlowIndicator2(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError2(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError2(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace2(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState2(state);
    beginAnchorTransaction(state);
    restoreState2(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping2(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState2(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError2(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT2 === nodeContext || CONTEXT_BLOCK_IN2 === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace2(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState2(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty2(state) && !readAnchorProperty2(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace2(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT2 === nodeContext) {
      if (CONTEXT_FLOW_IN2 === nodeContext || CONTEXT_FLOW_OUT2 === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence2(state, blockIndent) || readBlockMapping2(state, blockIndent, flowIndent)) || readFlowCollection2(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar2(state, flowIndent) || readSingleQuotedScalar2(state, flowIndent) || readDoubleQuotedScalar2(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias2(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError2(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar2(state, flowIndent, CONTEXT_FLOW_IN2 === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor2(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence2(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor2(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError2(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor2(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError2(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError2(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError2(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor2(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument2(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace2(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol2(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError2(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace2(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol2(ch));
          break;
        }
        if (isEol2(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol2(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace2(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace2(state, true, -1);
    } else if (hasDirectives) {
      throwError2(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT2, false, true);
    skipSeparationSpace2(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator2(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace2(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError2(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError2(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument2(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load22(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException22("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load22;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException22 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException22("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException22("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException22("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException22("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block4, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block4;
    if (block4) {
      block4 = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block4 && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block4 && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException22("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema: Schema3,
  FAILSAFE_SCHEMA: FAILSAFE_SCHEMA2,
  JSON_SCHEMA: JSON_SCHEMA2,
  CORE_SCHEMA: CORE_SCHEMA2,
  DEFAULT_SCHEMA,
  load: load2,
  loadAll,
  dump,
  YAMLException: YAMLException3,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/formats/yaml-values.ts
var SCHEMA = CORE_SCHEMA2.extend({ implicit: [types.merge] });
var MAYBE_COMPLEX_KEY = /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)|[\]}][ \t]*:(?:[ \t]|$)|[:,[{-][ \t]*\{[ \t]*[[{]/m;
var OBJECT_KEY = "[object Object]";
function fastYamlValues(text4) {
  if (MAYBE_COMPLEX_KEY.test(text4)) return void 0;
  const values = [];
  try {
    loadAll(text4, (value) => values.push(value), { schema: SCHEMA });
  } catch {
    return void 0;
  }
  if (text4.includes("{") && values.some(hasObjectKey)) return void 0;
  return values;
}
function hasObjectKey(value) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === null || typeof next !== "object" || seen.has(next)) continue;
    seen.add(next);
    if (!Array.isArray(next) && Object.hasOwn(next, OBJECT_KEY)) return true;
    for (const child of Array.isArray(next) ? next : Object.values(next)) stack.push(child);
  }
  return false;
}

// src/formats/yaml.ts
var SCHEMA2 = CORE_SCHEMA.withTags(mergeTag);
var MAX_DEPTH2 = 256;
var yamlParser = {
  id: "yaml",
  parse: parseYaml
};
var MAX_REPAIRS = 100;
function parseYaml(raw, file) {
  const original = stripBom(raw);
  const fast = fastYamlValues(original);
  if (fast !== void 0 && !fast.some((value) => value === null || value === void 0)) {
    return { ok: true, documents: toDocuments(file, fast, lazySource(original, fast.length)) };
  }
  const read = readEvents(original);
  if (!read.ok) return { ok: false, errors: [read.error] };
  try {
    const values = constructFromEvents(read.events, { source: read.text, schema: SCHEMA2 });
    const source = positionSource(read.text, read.events);
    return { ok: true, documents: toDocuments(file, values, () => source) };
  } catch (error) {
    return { ok: false, errors: [toParseError(read.repaired ? firstError(original, error) : error, original)] };
  }
}
function readEvents(original) {
  let text4 = original;
  for (let repairs = 0; ; repairs++) {
    try {
      return { ok: true, text: text4, events: parseEvents(text4, { maxDepth: MAX_DEPTH2 }), repaired: repairs > 0 };
    } catch (error) {
      const line = repairs < MAX_REPAIRS ? deficientIndentationLine(error) : void 0;
      const repaired = line === void 0 ? void 0 : indentQuotedContinuation(text4, line) ?? indentFlowContinuation(text4, line);
      if (repaired === void 0) return { ok: false, error: toParseError(repairs === 0 ? error : firstError(original, error), original) };
      text4 = repaired;
    }
  }
}
function positionSource(text4, events) {
  let positions;
  return { roots: documentRoots(events), positions: () => positions ??= new YamlEventPositions(text4, events) };
}
function lazySource(original, count) {
  let source;
  return () => {
    if (source === void 0) {
      const read = readEvents(original);
      const candidate = read.ok ? positionSource(read.text, read.events) : void 0;
      source = candidate?.roots.length === count ? candidate : { roots: Array.from({ length: count }, () => ({ offset: 0, event: -1, empty: false })), positions: () => void 0 };
    }
    return source;
  };
}
function deficientIndentationLine(error) {
  if (!(error instanceof YAMLException) || !/deficient indentation/.test(error.reason ?? "")) return void 0;
  return error.mark?.line;
}
function firstError(original, fallback) {
  try {
    constructFromEvents(parseEvents(original, { maxDepth: MAX_DEPTH2 }), { source: original, schema: SCHEMA2 });
    return fallback;
  } catch (error) {
    return error;
  }
}
function toDocuments(file, values, source) {
  const locateIn = (index, path) => {
    const root = source().roots[index];
    const positions = source().positions();
    if (root === void 0 || positions === void 0 || root.event < 0) return startRange();
    return positions.locate(root.event, path);
  };
  const documents = [];
  values.forEach((value, index) => {
    if (value === null || value === void 0) {
      const root = source().roots[index];
      if (root === void 0 || root.empty) return;
    }
    documents.push({ file, index, value, locate: (path) => locateIn(index, path) });
  });
  return documents;
}
function documentRoots(events) {
  const roots = [];
  events.forEach((event, i) => {
    if (event.type !== EVENT_ID.DOCUMENT) return;
    const root = events[i + 1];
    switch (root?.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        roots.push({ offset: root.start, event: i + 1, empty: false });
        break;
      case EVENT_ID.SCALAR: {
        const empty = root.valueStart < 0 && root.tagStart < 0 && root.anchorStart < 0;
        roots.push({ offset: Math.max(root.valueStart, root.tagStart, root.anchorStart, 0), event: i + 1, empty });
        break;
      }
      case EVENT_ID.ALIAS:
        roots.push({ offset: root.anchorStart, event: i + 1, empty: false });
        break;
      default:
        roots.push({ offset: 0, event: -1, empty: true });
    }
  });
  return roots;
}
function toParseError(error, text4) {
  if (!(error instanceof YAMLException)) return { message: errorText(error), range: startRange() };
  const message = error.reason !== "" ? error.reason : errorText(error);
  const mark = error.mark;
  if (mark === void 0) return { message, range: startRange() };
  const lines = new LineIndex(text4);
  if (mark.position >= 0 && mark.position <= text4.length) return { message, range: lines.pointRange(mark.position) };
  const line = mark.line + 1;
  const column = mark.column + 1;
  return { message, range: { line, column, endLine: line, endColumn: column } };
}

// src/adapters/document.ts
var documentAdapter = ({ documents }) => documents.map(({ document, format }) => ({
  kind: "document",
  id: `${document.file}#${document.index}`,
  file: document.file,
  format,
  document,
  path: [],
  value: document.value,
  // A document with resolved includes places findings on `resolved/...` paths in the included file.
  ...isLinked(document) ? { trace: document.trace } : {}
}));

// src/adapters/terraform-resource.ts
import { posix as posix2 } from "node:path";

// src/formats/hcl/syntax.ts
var HclSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var MAX_DEPTH3 = 256;
var IDENTIFIER = /[\p{ID_Start}_][\p{ID_Continue}\-]*/uy;
var NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var OPERATORS = ["||", "&&", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%"];
var OPERATOR_START = new Set(OPERATORS.map((op) => op[0]));
var STRING_SPECIAL = /* @__PURE__ */ new Set(['"', "\\", "$", "%", "\n", "\r"]);
var CLOSERS = { "(": ")", "[": "]", "{": "}" };
function parseHclBody(text4) {
  return new Reader2(text4).file();
}
var Reader2 = class {
  constructor(text4) {
    this.text = text4;
  }
  text;
  pos = 0;
  depth = 0;
  /** Whether a line break ends the expression being read (false inside brackets and interpolations). */
  newlinesEnd = true;
  file() {
    return this.body(false);
  }
  body(inBlock) {
    const items2 = [];
    for (; ; ) {
      this.skip(true);
      const c = this.peek();
      if (c === "") {
        if (inBlock) this.fail("Expected '}' to close the block, found the end of the file.");
        return items2;
      }
      if (c === "}") {
        if (inBlock) return items2;
        this.fail("Unexpected '}'.");
      }
      items2.push(this.item());
      this.skip(false);
      const after = this.peek();
      if (after === "" || after === "\n" || after === "\r" || after === "}" && inBlock) continue;
      this.fail(`Unexpected ${describe(after)} after ${describe(this.lastItemName(items2))}; expected a newline.`);
    }
  }
  lastItemName(items2) {
    const last2 = items2[items2.length - 1];
    return last2 === void 0 ? "" : last2.kind === "attribute" ? last2.name : last2.type;
  }
  item() {
    const start = this.pos;
    const name = this.identifier();
    if (name === void 0) this.fail(`Expected an attribute or block name, found ${describe(this.peek())}.`);
    this.skip(false);
    if (this.peek() === "=" && this.text[this.pos + 1] !== "=") {
      this.pos++;
      this.skip(false);
      const value = this.withNewlines(true, () => this.expression());
      return { kind: "attribute", name, value, start, end: value.end };
    }
    const labels = [];
    for (; ; ) {
      const c = this.peek();
      if (c === '"') {
        const labelStart = this.pos;
        const label = this.quoted();
        if (label.kind !== "literal") this.fail("A block label must be a literal string.", labelStart);
        labels.push(String(label.value));
      } else {
        const label = this.identifier();
        if (label === void 0) break;
        labels.push(label);
      }
      this.skip(false);
    }
    if (this.peek() !== "{") this.fail(`Expected '=' or '{' after '${name}', found ${describe(this.peek())}.`);
    this.pos++;
    const body = this.nested(() => this.withNewlines(true, () => this.body(true)));
    this.pos++;
    return { kind: "block", type: name, labels, body, start, end: this.pos };
  }
  expression() {
    const start = this.pos;
    const condition = this.binary();
    const save = this.pos;
    this.skip(!this.newlinesEnd);
    if (this.peek() !== "?") {
      this.pos = save;
      return condition;
    }
    this.pos++;
    this.skip(!this.newlinesEnd);
    this.nested(() => this.expression());
    this.skip(!this.newlinesEnd);
    this.expect(":");
    this.skip(!this.newlinesEnd);
    const otherwise = this.nested(() => this.expression());
    return { kind: "expression", start, end: otherwise.end };
  }
  binary() {
    const first = this.unary();
    let last2 = first;
    for (; ; ) {
      const save = this.pos;
      this.skip(!this.newlinesEnd);
      const operator = OPERATOR_START.has(this.peek()) ? OPERATORS.find((op) => this.text.startsWith(op, this.pos)) : void 0;
      if (operator === void 0) {
        this.pos = save;
        break;
      }
      this.pos += operator.length;
      this.skip(!this.newlinesEnd);
      last2 = this.unary();
    }
    return last2 === first ? first : { kind: "expression", start: first.start, end: last2.end };
  }
  unary() {
    const c = this.peek();
    if (c !== "!" && c !== "-") return this.postfix(this.primary());
    const start = this.pos;
    this.pos++;
    this.skip(!this.newlinesEnd);
    const operand = this.nested(() => this.unary());
    if (c === "-" && operand.kind === "literal" && typeof operand.value === "number") {
      return { kind: "literal", value: -operand.value, start, end: operand.end };
    }
    return { kind: "expression", start, end: operand.end };
  }
  postfix(primary) {
    let end = primary.end;
    for (; ; ) {
      const save = this.pos;
      this.skip(!this.newlinesEnd);
      const c = this.peek();
      if (c === "." && this.text[this.pos + 1] !== ".") {
        this.pos++;
        if (this.peek() === "*") this.pos++;
        else if (this.number() === void 0 && this.identifier() === void 0) {
          this.fail(`Expected an attribute name after '.', found ${describe(this.peek())}.`);
        }
      } else if (c === "[") {
        this.pos++;
        this.withNewlines(false, () => {
          this.skip(true);
          if (this.peek() === "*") this.pos++;
          else this.nested(() => this.expression());
          this.skip(true);
          this.expect("]");
        });
      } else {
        this.pos = save;
        break;
      }
      end = this.pos;
    }
    return end === primary.end ? primary : { kind: "expression", start: primary.start, end };
  }
  primary() {
    const start = this.pos;
    const c = this.peek();
    if (c === '"') return this.quoted();
    if (c === "<" && this.text[this.pos + 1] === "<") return this.heredoc();
    if (c === "[") return this.nested(() => this.tuple());
    if (c === "{") return this.nested(() => this.object());
    if (c === "(") {
      this.pos++;
      this.withNewlines(false, () => {
        this.skip(true);
        this.nested(() => this.expression());
        this.skip(true);
        this.expect(")");
      });
      return { kind: "expression", start, end: this.pos };
    }
    const number2 = this.number();
    if (number2 !== void 0) return { kind: "literal", value: number2, start, end: this.pos };
    const name = this.identifier();
    if (name === void 0) {
      this.fail(c === "" ? "Expected an expression, found the end of the file." : `Expected an expression, found ${describe(c)}.`);
    }
    while (this.text.startsWith("::", this.pos)) {
      this.pos += 2;
      if (this.identifier() === void 0) this.fail("Expected a name after '::'.");
    }
    if (this.peek() === "(") {
      this.pos++;
      const call = this.withNewlines(false, () => this.callArguments());
      return { kind: "expression", start, end: this.pos, call: { name, ...call } };
    }
    if (name === "true" || name === "false") return { kind: "literal", value: name === "true", start, end: this.pos };
    if (name === "null") return { kind: "literal", value: null, start, end: this.pos };
    return { kind: "expression", start, end: this.pos };
  }
  callArguments() {
    const args = [];
    let expanded = false;
    for (; ; ) {
      this.skip(true);
      if (this.peek() === ")") break;
      args.push(this.nested(() => this.expression()));
      this.skip(true);
      if (this.text.startsWith("...", this.pos)) {
        this.pos += 3;
        expanded = true;
        this.skip(true);
      }
      if (this.peek() === ",") {
        this.pos++;
        continue;
      }
      if (this.peek() !== ")") this.fail(`Expected ',' or ')' in the function arguments, found ${describe(this.peek())}.`);
    }
    this.pos++;
    return { args, expanded };
  }
  tuple() {
    const start = this.pos;
    this.pos++;
    if (this.startsFor()) return this.skipFor(start, "]");
    const items2 = [];
    this.withNewlines(false, () => {
      for (; ; ) {
        this.skip(true);
        if (this.peek() === "]") break;
        items2.push(this.expression());
        this.skip(true);
        if (this.peek() === ",") {
          this.pos++;
          continue;
        }
        if (this.peek() !== "]") this.fail(`Expected ',' or ']' in the list, found ${describe(this.peek())}.`);
      }
    });
    this.pos++;
    return { kind: "tuple", items: items2, start, end: this.pos };
  }
  object() {
    const start = this.pos;
    this.pos++;
    if (this.startsFor()) return this.skipFor(start, "}");
    const items2 = [];
    this.withNewlines(true, () => {
      for (; ; ) {
        this.skip(true);
        if (this.peek() === "}") break;
        const key = this.objectKey();
        this.skip(false);
        const c = this.peek();
        if (c !== "=" && c !== ":" || this.text[this.pos + 1] === "=") {
          this.fail(`Expected '=' or ':' after the key '${key}', found ${describe(c)}.`);
        }
        this.pos++;
        this.skip(false);
        items2.push({ key, value: this.expression() });
        this.skip(false);
        const after = this.peek();
        if (after === ",") this.pos++;
        else if (after !== "\n" && after !== "\r" && after !== "}") {
          this.fail(`Expected ',', a newline or '}' after the value of '${key}', found ${describe(after)}.`);
        }
      }
    });
    this.pos++;
    return { kind: "object", items: items2, start, end: this.pos };
  }
  /** A bare name or a literal string is the key itself; any other key expression is kept as its text. */
  objectKey() {
    const start = this.pos;
    const name = this.identifier();
    if (name !== void 0) {
      const save = this.pos;
      this.skip(false);
      const c = this.peek();
      this.pos = save;
      if (c === "=" || c === ":") return name;
      this.pos = start;
    }
    const key = this.withNewlines(true, () => this.binary());
    if (key.kind === "literal") return String(key.value);
    return this.text.slice(key.start, key.end);
  }
  /** After an opening bracket: whether a `for` expression starts here. */
  startsFor() {
    const save = this.pos;
    this.skip(true);
    const isFor = this.identifier() === "for" && /[ \t]/.test(this.peek());
    this.pos = save;
    return isFor;
  }
  /** A `for` expression is never literal: it is only skipped, brackets and strings balanced. */
  skipFor(start, close) {
    this.withNewlines(false, () => this.skipUntil(close));
    return { kind: "expression", start, end: this.pos };
  }
  /** Skips tokens up to and including `close`, through nested brackets, strings and heredocs. */
  skipUntil(close) {
    for (; ; ) {
      this.skip(true);
      const c = this.peek();
      if (c === "") this.fail(`Expected '${close}', found the end of the file.`);
      if (c === close) {
        this.pos++;
        return;
      }
      const nestedClose = CLOSERS[c];
      if (c === '"') this.quoted();
      else if (c === "<" && this.text[this.pos + 1] === "<" && /[-A-Za-z_]/.test(this.text[this.pos + 2] ?? "")) this.heredoc();
      else if (nestedClose !== void 0) {
        this.pos++;
        this.nested(() => this.skipUntil(nestedClose));
      } else if (c === ")" || c === "]" || c === "}") this.fail(`Unexpected '${c}'; expected '${close}'.`);
      else this.pos++;
    }
  }
  /** A quoted template. Literal when it has no interpolation or directive. */
  quoted() {
    const start = this.pos;
    this.pos++;
    let value = "";
    let literal = true;
    for (; ; ) {
      const c = this.peek();
      if (c === "" || c === "\n" || c === "\r") this.fail(`Unterminated string: expected '"' before the end of the line.`, start);
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === "\\") {
        value += this.escape();
      } else if ((c === "$" || c === "%") && this.text[this.pos + 1] === c && this.text[this.pos + 2] === "{") {
        value += `${c}{`;
        this.pos += 3;
      } else if ((c === "$" || c === "%") && this.text[this.pos + 1] === "{") {
        literal = false;
        this.pos += 2;
        this.nested(() => this.withNewlines(false, () => c === "$" ? this.interpolation() : this.skipUntil("}")));
      } else {
        const run = this.pos;
        this.pos++;
        while (this.pos < this.text.length && !STRING_SPECIAL.has(this.text[this.pos] ?? "")) this.pos++;
        value += this.text.slice(run, this.pos);
      }
    }
    return literal ? { kind: "literal", value, start, end: this.pos } : { kind: "expression", start, end: this.pos };
  }
  interpolation() {
    this.skip(true);
    if (this.peek() === "~") this.pos++;
    this.skip(true);
    this.expression();
    this.skip(true);
    if (this.peek() === "~") this.pos++;
    this.skip(true);
    this.expect("}");
  }
  escape() {
    const at4 = this.pos;
    const c = this.text[this.pos + 1] ?? "";
    const simple = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
    const direct = simple[c];
    if (direct !== void 0) {
      this.pos += 2;
      return direct;
    }
    const digits = c === "u" ? 4 : c === "U" ? 8 : 0;
    const hex = this.text.slice(this.pos + 2, this.pos + 2 + digits);
    if (digits > 0 && /^[0-9A-Fa-f]+$/.test(hex) && hex.length === digits) {
      const code = Number.parseInt(hex, 16);
      if (code <= 1114111) {
        this.pos += 2 + digits;
        return String.fromCodePoint(code);
      }
    }
    return this.fail(`Invalid escape sequence '\\${c}'.`, at4);
  }
  /** `<<EOF` / `<<-EOF` up to the line holding only the marker; `-` removes the common indentation. */
  heredoc() {
    const start = this.pos;
    this.pos += 2;
    const indented = this.peek() === "-";
    if (indented) this.pos++;
    const marker2 = this.identifier();
    if (marker2 === void 0) this.fail("Expected a heredoc marker after '<<'.");
    if (this.peek() === "\r") this.pos++;
    if (this.peek() !== "\n") this.fail(`Expected a line break after the heredoc marker '${marker2}'.`);
    this.pos++;
    const lines = [];
    for (; ; ) {
      if (this.pos >= this.text.length) this.fail(`Unterminated heredoc: no line '${marker2}' closes it.`, start);
      const lineStart = this.pos;
      let lineEnd = this.text.indexOf("\n", lineStart);
      if (lineEnd === -1) lineEnd = this.text.length;
      const contentEnd = this.text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
      const line = this.text.slice(lineStart, contentEnd);
      if (line.trim() === marker2) {
        this.pos = lineStart + line.indexOf(marker2) + marker2.length;
        break;
      }
      lines.push(line);
      this.pos = Math.min(lineEnd + 1, this.text.length);
      if (lineEnd === this.text.length) this.pos = this.text.length;
    }
    const body = (indented ? dedent(lines) : lines).map((line) => `${line}
`).join("");
    if (/(?<![$])\$\{|(?<![%])%\{/.test(body.replace(/\$\$\{|%%\{/g, ""))) {
      return { kind: "expression", start, end: this.pos };
    }
    return { kind: "literal", value: body.replace(/([$%])\1\{/g, "$1{"), start, end: this.pos };
  }
  identifier() {
    IDENTIFIER.lastIndex = this.pos;
    const match = IDENTIFIER.exec(this.text);
    if (match === null) return void 0;
    this.pos += match[0].length;
    return match[0];
  }
  number() {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (match === null) return void 0;
    this.pos += match[0].length;
    return Number(match[0]);
  }
  /** Skips blanks and comments; line breaks too when `newlines` is set. */
  skip(newlines) {
    const text4 = this.text;
    for (; ; ) {
      const c = text4.charCodeAt(this.pos);
      if (c === 32 || c === 9) this.pos++;
      else if ((c === 10 || c === 13) && newlines) this.pos++;
      else if (c === 35 || c === 47 && text4.charCodeAt(this.pos + 1) === 47) {
        while (this.pos < text4.length && text4.charCodeAt(this.pos) !== 10 && text4.charCodeAt(this.pos) !== 13) this.pos++;
      } else if (c === 47 && text4.charCodeAt(this.pos + 1) === 42) {
        const close = text4.indexOf("*/", this.pos + 2);
        if (close === -1) this.fail("Unterminated comment: expected '*/'.");
        this.pos = close + 2;
      } else return;
    }
  }
  peek() {
    return this.text[this.pos] ?? "";
  }
  expect(c) {
    if (this.peek() !== c) this.fail(`Expected '${c}', found ${describe(this.peek())}.`);
    this.pos++;
  }
  withNewlines(newlinesEnd, read) {
    const saved = this.newlinesEnd;
    this.newlinesEnd = newlinesEnd;
    try {
      return read();
    } finally {
      this.newlinesEnd = saved;
    }
  }
  nested(read) {
    if (++this.depth > MAX_DEPTH3) this.fail(`Nesting deeper than ${MAX_DEPTH3} levels.`);
    try {
      return read();
    } finally {
      this.depth--;
    }
  }
  fail(message, offset = this.pos) {
    throw new HclSyntaxError(message, offset);
  }
};
function describe(c) {
  if (c === "") return "the end of the file";
  if (c === "\n" || c === "\r") return "a line break";
  return `'${c}'`;
}
function dedent(lines) {
  let common2 = Infinity;
  for (const line of lines) {
    if (line.trim() === "") continue;
    common2 = Math.min(common2, line.length - line.trimStart().length);
  }
  if (common2 === Infinity || common2 === 0) return [...lines];
  return lines.map((line) => line.slice(Math.min(common2, line.length - line.trimStart().length)));
}

// src/formats/hcl/value.ts
function fileValue(items2, text4) {
  const root = emptyObject(0, text4.length);
  for (const item of items2) {
    if (item.kind === "attribute") {
      setMember(root, item.name, expressionValue(item.value, text4));
    } else if (item.type === "locals" && item.labels.length === 0) {
      const locals = objectAt(root, "locals", item);
      for (const member4 of item.body) {
        if (member4.kind === "attribute") setMember(locals, member4.name, expressionValue(member4.value, text4));
      }
    } else {
      addBlock(root, item, text4, item.type === "provider" || item.labels.length === 0);
    }
  }
  return root;
}
function bodyValue(block4, text4) {
  const object = emptyObject(block4.start, block4.end);
  for (const item of block4.body) {
    if (item.kind === "attribute") setMember(object, item.name, expressionValue(item.value, text4));
    else addBlock(object, item, text4, true);
  }
  return object;
}
function addBlock(parent, block4, text4, repeatable) {
  const keys = [block4.type, ...block4.labels];
  const last2 = keys.pop() ?? block4.type;
  let container = parent;
  for (const key of keys) container = objectAt(container, key, block4);
  const body = bodyValue(block4, text4);
  if (!repeatable) {
    setMember(container, last2, body);
    return;
  }
  const existing = member(container, last2);
  if (existing !== void 0 && Array.isArray(existing.value) && existing.span.items !== void 0) {
    existing.value.push(body.value);
    existing.span.items.push(body.span);
  } else {
    setMember(container, last2, { value: [body.value], span: { start: block4.start, end: block4.end, items: [body.span] } });
  }
}
function objectAt(parent, key, block4) {
  const existing = member(parent, key);
  if (existing !== void 0 && isPlainObject2(existing.value) && existing.span.keys !== void 0) return existing;
  const created = emptyObject(block4.start, block4.end);
  setMember(parent, key, created);
  return created;
}
function expressionValue(expression, text4) {
  switch (expression.kind) {
    case "literal":
      return { value: expression.value, span: { start: expression.start, end: expression.end } };
    case "tuple": {
      const items2 = expression.items.map((item) => expressionValue(item, text4));
      return {
        value: items2.map((item) => item.value),
        span: { start: expression.start, end: expression.end, items: items2.map((item) => item.span) }
      };
    }
    case "object": {
      const object = emptyObject(expression.start, expression.end);
      for (const item of expression.items) setMember(object, item.key, expressionValue(item.value, text4));
      return object;
    }
    case "expression": {
      const merging = expression.call?.name === "merge" && !expression.call.expanded;
      const merged2 = merging ? mergedObjects(expression.call?.args ?? [], expression, text4) : void 0;
      if (merged2 !== void 0) return merged2;
      const marker2 = { $expr: text4.slice(expression.start, expression.end) };
      if (merging) mergeParts.set(marker2, (expression.call?.args ?? []).map((arg) => expressionValue(arg, text4).value));
      return { value: marker2, span: { start: expression.start, end: expression.end } };
    }
  }
}
var mergeParts = /* @__PURE__ */ new WeakMap();
function mergeArguments(marker2) {
  return mergeParts.get(marker2);
}
function mergedObjects(args, call, text4) {
  const parts = args.map((arg) => expressionValue(arg, text4));
  if (!parts.every((part) => isPlainObject2(part.value) && !isExpressionMarker(part.value))) return void 0;
  const object = emptyObject(call.start, call.end);
  for (const part of parts) {
    for (const key of Object.keys(part.value)) {
      const child = member(part, key);
      if (child !== void 0) setMember(object, key, child);
    }
  }
  return object;
}
function spanAt(root, path) {
  let current = root;
  for (const segment of path) {
    let next;
    if (current.items !== void 0) {
      const index = typeof segment === "number" ? segment : /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
      next = current.items[index];
    } else if (current.keys !== void 0) {
      next = current.keys.get(String(segment));
    }
    if (next === void 0) break;
    current = next;
  }
  return current;
}
function holdsExpression(value) {
  if (isExpressionMarker(value)) return true;
  if (Array.isArray(value)) return value.some(holdsExpression);
  return isPlainObject2(value) && Object.values(value).some(holdsExpression);
}
function isExpressionMarker(value) {
  return isPlainObject2(value) && typeof value["$expr"] === "string" && Object.keys(value).length === 1;
}
function emptyObject(start, end) {
  return { value: {}, span: { start, end, keys: /* @__PURE__ */ new Map() } };
}
function member(parent, key) {
  const span = parent.span.keys?.get(key);
  if (span === void 0 || !isPlainObject2(parent.value)) return void 0;
  return { value: parent.value[key], span };
}
function setMember(parent, key, child) {
  if (!isPlainObject2(parent.value)) return;
  if (key === "__proto__") {
    Object.defineProperty(parent.value, key, { value: child.value, writable: true, enumerable: true, configurable: true });
  } else {
    parent.value[key] = child.value;
  }
  parent.span.keys?.set(key, child.span);
}
function isPlainObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/formats/hcl/type-defaults.ts
function withTypeDefaults(type2, value) {
  const text4 = `t = ${type2}
`;
  let items2;
  try {
    items2 = parseHclBody(text4);
  } catch {
    return void 0;
  }
  const attribute = items2[0];
  if (items2.length !== 1 || attribute?.kind !== "attribute") return void 0;
  return fill(attribute.value, value, text4, 0);
}
var MAX_DEPTH4 = 32;
function fill(type2, value, text4, depth) {
  if (depth > MAX_DEPTH4) return void 0;
  if (value === null || type2.kind !== "expression" || type2.call === void 0) return { value };
  const { name, args } = type2.call;
  const [inner] = args;
  if (name === "optional") return inner === void 0 ? void 0 : fill(inner, value, text4, depth + 1);
  if ((name === "list" || name === "set") && inner !== void 0 && Array.isArray(value)) {
    const items2 = [];
    for (const item of value) {
      const filled = fill(inner, item, text4, depth + 1);
      if (filled === void 0) return void 0;
      items2.push(filled.value);
    }
    return { value: items2 };
  }
  if (name === "map" && inner !== void 0 && isRecord(value) && !isExpressionMarker(value)) {
    const out = {};
    for (const [key, member4] of Object.entries(value)) {
      const filled = fill(inner, member4, text4, depth + 1);
      if (filled === void 0) return void 0;
      setOwn(out, key, filled.value);
    }
    return { value: out };
  }
  if (name === "object" && inner?.kind === "object" && isRecord(value) && !isExpressionMarker(value)) {
    const out = { ...value };
    for (const item of inner.items) {
      const attributeType = item.value;
      const given = Object.hasOwn(value, item.key);
      const fallback = attributeType.kind === "expression" && attributeType.call?.name === "optional" ? attributeType.call.args[1] : void 0;
      if (!given && fallback === void 0) continue;
      const start = given ? value[item.key] : expressionValue(fallback, text4).value;
      if (holdsExpression(start)) {
        if (given) continue;
        return void 0;
      }
      const filled = fill(attributeType, start, text4, depth + 1);
      if (filled === void 0) return void 0;
      setOwn(out, item.key, filled.value);
    }
    return { value: out };
  }
  return { value };
}

// src/formats/hcl/resolve.ts
var VARIABLE = /^var\.([\p{ID_Start}_][\p{ID_Continue}\-]*)$/u;
var LOCAL = /^local\.([\p{ID_Start}_][\p{ID_Continue}\-]*)$/u;
var MAX_PASSES = 8;
var MAX_RESOLVED_NODES = 1e4;
var MAX_RESOLVED_DEPTH = 64;
function resolveLiterals(value, module = [value]) {
  let scope2 = scopes.get(module);
  if (scope2 === void 0) {
    scope2 = scopeOf(module);
    scopes.set(module, scope2);
  }
  return substitute2(value, scope2.variables, scope2.locals);
}
var scopes = /* @__PURE__ */ new WeakMap();
function scopeOf(module) {
  const variables = /* @__PURE__ */ new Map();
  const locals = /* @__PURE__ */ new Map();
  for (const file of module) {
    for (const [name, declaration] of entries(field2(file, "variable"))) {
      const fallback = field2(declaration, "default");
      if (fallback === void 0) continue;
      const type2 = field2(declaration, "type");
      const typed = typeof fallback === "object" && fallback !== null && isExpressionMarker(type2) && hasOptionalDefault(type2.$expr) ? withTypeDefaults(type2.$expr, fallback) : { value: fallback };
      if (typed !== void 0 && substitutable(typed.value, /* @__PURE__ */ new WeakMap())) variables.set(name, typed.value);
    }
    for (const [name, local] of entries(field2(file, "locals"))) locals.set(name, local);
  }
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const [name, local] of locals) {
      const next = substitute2(local, variables, literalOnly(locals));
      if (next !== local) changed = true;
      locals.set(name, next);
    }
    if (!changed) break;
  }
  return { variables, locals: literalOnly(locals) };
}
function substitute2(value, variables, locals) {
  return replaceExpressions(value, (marker2) => {
    const text4 = marker2.$expr.trim();
    const variable = VARIABLE.exec(text4)?.[1];
    if (variable !== void 0 && variables.has(variable)) return { value: variables.get(variable) };
    const local = LOCAL.exec(text4)?.[1];
    if (local !== void 0 && locals.has(local)) return { value: locals.get(local) };
    const parts = mergeArguments(marker2);
    const object = parts === void 0 ? void 0 : merged(parts.map((part) => substitute2(part, variables, locals)));
    return object === void 0 ? void 0 : { value: object };
  });
}
function replaceExpressions(value, lookup2) {
  if (isExpressionMarker(value)) {
    const found = lookup2(value);
    return found === void 0 ? value : found.value;
  }
  if (Array.isArray(value)) {
    const items2 = value.map((item) => replaceExpressions(item, lookup2));
    return items2.some((item, i) => item !== value[i]) ? items2 : value;
  }
  if (typeof value === "object" && value !== null) {
    let copy;
    for (const [key, member4] of Object.entries(value)) {
      const next = replaceExpressions(member4, lookup2);
      if (next === member4) continue;
      copy ??= { ...value };
      setOwn(copy, key, next);
    }
    return copy ?? value;
  }
  return value;
}
function literalOnly(locals) {
  const memo = /* @__PURE__ */ new WeakMap();
  return new Map([...locals].filter(([, local]) => substitutable(local, memo)));
}
function substitutable(value, memo) {
  const shape = shapeOf(value, memo, 0);
  return shape.literal && shape.nodes <= MAX_RESOLVED_NODES && shape.depth <= MAX_RESOLVED_DEPTH;
}
function shapeOf(value, memo, level) {
  if (isExpressionMarker(value)) return { literal: false, nodes: 1, depth: 0 };
  if (typeof value !== "object" || value === null) return { literal: true, nodes: 1, depth: 0 };
  const known2 = memo.get(value);
  if (known2 !== void 0) return known2;
  if (level > MAX_RESOLVED_DEPTH) return { literal: false, nodes: MAX_RESOLVED_NODES + 1, depth: level };
  const shape = { literal: true, nodes: 1, depth: 0 };
  for (const member4 of Array.isArray(value) ? value : Object.values(value)) {
    const inner = shapeOf(member4, memo, level + 1);
    shape.literal &&= inner.literal;
    shape.nodes = Math.min(shape.nodes + inner.nodes, MAX_RESOLVED_NODES + 1);
    shape.depth = Math.max(shape.depth, inner.depth + 1);
  }
  memo.set(value, shape);
  return shape;
}
function field2(value, key) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
  return Object.hasOwn(value, key) ? value[key] : void 0;
}
function entries(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return Object.entries(value);
}
function merged(parts) {
  if (!parts.every((part) => typeof part === "object" && part !== null && !Array.isArray(part) && !isExpressionMarker(part))) return void 0;
  const out = {};
  for (const part of parts) {
    for (const [key, member4] of Object.entries(part)) setOwn(out, key, member4);
  }
  return out;
}
function hasOptionalDefault(type2) {
  for (const match of type2.matchAll(/\boptional\s*\(/g)) {
    let depth = 1;
    for (let i = (match.index ?? 0) + match[0].length; i < type2.length && depth > 0; i++) {
      const c = type2[i];
      if (c === "(" || c === "{" || c === "[") depth++;
      else if (c === ")" || c === "}" || c === "]") depth--;
      else if (c === "," && depth === 1) return true;
    }
  }
  return false;
}

// src/adapters/terraform-expression.ts
function evaluateExpression(text4, files, instance2 = {}) {
  return new Evaluator(files, 0, instance2).run(text4);
}
var references = /* @__PURE__ */ new WeakMap();
var UNKNOWN = /* @__PURE__ */ Symbol("unknown");
var MAX_LOCAL_DEPTH = 8;
var MAX_NESTING = 32;
var MAX_LENGTH = 2e3;
var Evaluator = class _Evaluator {
  constructor(files, depth, instance2) {
    this.files = files;
    this.depth = depth;
    this.instance = instance2;
  }
  files;
  depth;
  instance;
  tokens = [];
  at = 0;
  nesting = 0;
  run(text4) {
    if (text4.length > MAX_LENGTH) return void 0;
    const tokens = tokenize2(text4);
    if (tokens === void 0) return void 0;
    this.tokens = tokens;
    this.at = 0;
    const value = this.ternary();
    return value === UNKNOWN || this.at !== this.tokens.length ? void 0 : value;
  }
  peek(value) {
    const token = this.tokens[this.at];
    return token?.kind === "op" && token.value === value;
  }
  take(value) {
    if (!this.peek(value)) return false;
    this.at++;
    return true;
  }
  ternary() {
    const condition = this.or();
    if (!this.take("?")) return condition;
    const whenTrue = this.ternary();
    if (!this.take(":")) return UNKNOWN;
    const whenFalse = this.ternary();
    if (typeof condition !== "boolean") return UNKNOWN;
    return condition ? whenTrue : whenFalse;
  }
  or() {
    let left = this.and();
    while (this.take("||")) {
      const right = this.and();
      left = left === true || right === true ? true : left === false && right === false ? false : UNKNOWN;
    }
    return left;
  }
  and() {
    let left = this.equality();
    while (this.take("&&")) {
      const right = this.equality();
      left = left === false || right === false ? false : left === true && right === true ? true : UNKNOWN;
    }
    return left;
  }
  equality() {
    let left = this.comparison();
    for (; ; ) {
      const equal = this.take("==");
      if (!equal && !this.take("!=")) return left;
      const right = this.comparison();
      if (left === UNKNOWN || right === UNKNOWN) left = UNKNOWN;
      else left = equal === (JSON.stringify(left) === JSON.stringify(right));
    }
  }
  comparison() {
    let left = this.unary();
    for (const op of ["<=", ">=", "<", ">"]) {
      if (!this.take(op)) continue;
      const right = this.unary();
      if (typeof left !== "number" || typeof right !== "number") return UNKNOWN;
      left = op === "<" ? left < right : op === ">" ? left > right : op === "<=" ? left <= right : left >= right;
      break;
    }
    return left;
  }
  unary() {
    if (this.take("!")) {
      const value = this.unary();
      return typeof value === "boolean" ? !value : UNKNOWN;
    }
    if (this.take("-")) {
      const value = this.unary();
      return typeof value === "number" ? -value : UNKNOWN;
    }
    return this.postfix(this.primary());
  }
  /** `value[index]` and `value.name`, on values known here. */
  postfix(start) {
    let value = start;
    for (; ; ) {
      if (this.take("[")) {
        const index = this.ternary();
        if (!this.take("]")) return UNKNOWN;
        value = member2(value, index);
      } else if (this.peek(".") && this.tokens[this.at + 1]?.kind === "name") {
        this.at++;
        value = member2(value, this.tokens[this.at++].value);
      } else {
        return value;
      }
    }
  }
  primary() {
    const token = this.tokens[this.at++];
    if (token === void 0) return UNKNOWN;
    if (token.kind === "op" && (token.value === "(" || token.value === "[" || token.value === "{")) {
      if (++this.nesting > MAX_NESTING) return UNKNOWN;
      try {
        return this.bracketed(token.value);
      } finally {
        this.nesting--;
      }
    }
    if (token.kind === "number" || token.kind === "string") return token.value;
    if (token.kind === "template") return this.template(token.parts);
    if (token.kind === "op") return UNKNOWN;
    const name = token.value;
    if (name === "true" || name === "false") return name === "true";
    if (name === "null") return null;
    if (this.take("(")) return this.call(name);
    const iterator = this.instance.iterators !== void 0 && Object.hasOwn(this.instance.iterators, name) ? this.instance.iterators[name] : void 0;
    if (iterator !== void 0 && this.take(".")) {
      const field3 = this.tokens[this.at++];
      return field3?.kind === "name" && field3.value === "key" ? iterator.key : field3?.kind === "name" && field3.value === "value" ? iterator.value : UNKNOWN;
    }
    if ((name === "var" || name === "local" || name === "count" || name === "each") && this.take(".")) {
      const field3 = this.tokens[this.at++];
      if (field3?.kind !== "name") return UNKNOWN;
      if (name === "count") return field3.value === "index" && this.instance.countIndex !== void 0 ? this.instance.countIndex : UNKNOWN;
      if (name === "each") {
        const each = this.instance.each;
        if (each === void 0) return UNKNOWN;
        return field3.value === "key" ? each.key : field3.value === "value" ? each.value : UNKNOWN;
      }
      return this.reference(`${name}.${field3.value}`);
    }
    return UNKNOWN;
  }
  bracketed(open) {
    if (open === "[") return this.tuple();
    if (open === "{") return this.object();
    const inner = this.ternary();
    return this.take(")") ? inner : UNKNOWN;
  }
  /** `"${var.prefix}-logs"`: each interpolation must give a string, number or boolean. */
  template(parts) {
    if (this.depth >= MAX_LOCAL_DEPTH) return UNKNOWN;
    let out = "";
    for (const part of parts) {
      if ("text" in part) {
        out += part.text;
        continue;
      }
      const value = new _Evaluator(this.files, this.depth + 1, this.instance).run(part.expression);
      if (typeof value === "string") out += value;
      else if (typeof value === "number" || typeof value === "boolean") out += String(value);
      else return UNKNOWN;
    }
    return out;
  }
  /** `[a, b]`, after its `[`. */
  tuple() {
    const items2 = [];
    if (this.take("]")) return items2;
    do {
      if (this.peek("]")) break;
      const item = this.ternary();
      if (item === UNKNOWN) return UNKNOWN;
      items2.push(item);
    } while (this.take(","));
    return this.take("]") ? items2 : UNKNOWN;
  }
  /** `{ key = value, "other" = value }`, after its `{`. */
  object() {
    const out = {};
    while (!this.take("}")) {
      const key = this.tokens[this.at++];
      if (key === void 0 || key.kind !== "name" && key.kind !== "string") return UNKNOWN;
      if (!this.take("=") && !this.take(":")) return UNKNOWN;
      const value = this.ternary();
      if (value === UNKNOWN) return UNKNOWN;
      setOwn(out, String(key.value), value);
      this.take(",");
    }
    return out;
  }
  call(name) {
    const args = [];
    if (!this.take(")")) {
      do
        args.push(this.ternary());
      while (this.take(","));
      if (!this.take(")")) return UNKNOWN;
    }
    if (name === "coalesce" && args.length >= 1) {
      for (const arg2 of args) {
        if (arg2 === UNKNOWN) return UNKNOWN;
        if (arg2 !== null && arg2 !== "") return arg2;
      }
      return UNKNOWN;
    }
    if (name === "lookup" && (args.length === 2 || args.length === 3)) {
      const [map2, key, fallback] = args;
      if (!isRecord(map2) || isExpressionMarker(map2) || typeof key !== "string") return UNKNOWN;
      if (Object.hasOwn(map2, key)) return holdsExpression(map2[key]) ? UNKNOWN : map2[key];
      return args.length === 3 ? fallback : UNKNOWN;
    }
    const [arg] = args;
    if (args.length !== 1 || arg === UNKNOWN) return UNKNOWN;
    if (name === "length") {
      if (Array.isArray(arg)) return arg.length;
      if (typeof arg === "string") return [...arg].length;
      return isRecord(arg) ? Object.keys(arg).length : UNKNOWN;
    }
    if (name === "toset" && Array.isArray(arg) && arg.every((item) => typeof item === "string")) return [...new Set(arg)];
    return UNKNOWN;
  }
  /** A variable's literal default or a local's value; a local that is itself an expression is evaluated in turn. */
  reference(text4) {
    let known2 = references.get(this.files);
    if (known2 === void 0) references.set(this.files, known2 = /* @__PURE__ */ new Map());
    if (known2.has(text4)) return known2.get(text4);
    const value = this.lookUp(text4);
    known2.set(text4, value);
    return value;
  }
  lookUp(text4) {
    const name = text4.slice("local.".length);
    const written = text4.startsWith("local.") ? localAsWritten(name, this.files) : { $expr: text4 };
    if (written === void 0) return UNKNOWN;
    const value = resolveLiterals(written, this.files);
    if (!isExpressionMarker(value)) return holdsExpression(value) ? UNKNOWN : value;
    if (value.$expr.trim() === text4 || this.depth >= MAX_LOCAL_DEPTH) return UNKNOWN;
    const inner = new _Evaluator(this.files, this.depth + 1, {}).run(value.$expr);
    return inner === void 0 ? UNKNOWN : inner;
  }
};
function member2(value, key) {
  if (value === UNKNOWN || key === UNKNOWN) return UNKNOWN;
  if (Array.isArray(value) && typeof key === "number" && Number.isInteger(key) && key >= 0 && key < value.length) return value[key];
  if (isRecord(value) && !isExpressionMarker(value) && typeof key === "string" && Object.hasOwn(value, key)) {
    const found = value[key];
    return holdsExpression(found) ? UNKNOWN : found;
  }
  return UNKNOWN;
}
function localAsWritten(name, files) {
  for (const file of files) {
    const locals = isRecord(file) ? file["locals"] : void 0;
    if (isRecord(locals) && Object.hasOwn(locals, name)) return locals[name];
  }
  return void 0;
}
function tokenize2(text4) {
  const tokens = [];
  let i = 0;
  const at4 = (pattern) => {
    pattern.lastIndex = i;
    const match = pattern.exec(text4);
    if (match !== null) i += match[0].length;
    return match;
  };
  while (i < text4.length) {
    if (at4(SPACE)) continue;
    const number2 = at4(NUMBER2);
    if (number2) {
      tokens.push({ kind: "number", value: Number(number2[0]) });
      continue;
    }
    const name = at4(NAME);
    if (name) {
      tokens.push({ kind: "name", value: name[0] });
      continue;
    }
    const string = at4(STRING);
    if (string) {
      let value;
      try {
        value = JSON.parse(`"${string[1] ?? ""}"`);
      } catch {
        return void 0;
      }
      tokens.push({ kind: "string", value });
      continue;
    }
    if (text4[i] === '"') {
      const template = readTemplate(text4, i);
      if (template === void 0) return void 0;
      tokens.push({ kind: "template", parts: template.parts });
      i = template.end;
      continue;
    }
    const op = at4(OPERATOR);
    if (op === null) return void 0;
    tokens.push({ kind: "op", value: op[0] });
  }
  return tokens;
}
var SPACE = /\s+|#[^\n]*|\/\/[^\n]*/y;
var NUMBER2 = /\d+(?:\.\d+)?/y;
var NAME = /[A-Za-z_][\w-]*/y;
var STRING = /"((?:[^"\\$%]|\\.)*)"/y;
var OPERATOR = /&&|\|\||==|!=|<=|>=|[!?:()<>,.\-[\]{}=]/y;
function readTemplate(text4, start) {
  const parts = [];
  let literal = "";
  let i = start + 1;
  const flush = () => {
    if (literal === "") return true;
    try {
      parts.push({ text: JSON.parse(`"${literal}"`) });
    } catch {
      return false;
    }
    literal = "";
    return true;
  };
  while (i < text4.length) {
    const c = text4[i];
    if (c === "\\") {
      literal += text4.slice(i, i + 2);
      i += 2;
    } else if (c === '"') {
      return flush() ? { parts, end: i + 1 } : void 0;
    } else if ((c === "$" || c === "%") && text4[i + 1] === c && text4[i + 2] === "{") {
      literal += `${c}{`;
      i += 3;
    } else if (c === "%" && text4[i + 1] === "{") {
      return void 0;
    } else if (c === "$" && text4[i + 1] === "{") {
      if (!flush()) return void 0;
      const close = interpolationEnd(text4, i + 2);
      if (close < 0) return void 0;
      parts.push({ expression: text4.slice(i + 2, close) });
      i = close + 1;
    } else if (c === "\n") {
      return void 0;
    } else {
      literal += c;
      i++;
    }
  }
  return void 0;
}
function interpolationEnd(text4, from) {
  let depth = 1;
  for (let i = from; i < text4.length; i++) {
    const c = text4[i];
    if (c === '"') {
      const inner = readTemplate(text4, i);
      if (inner === void 0) return -1;
      i = inner.end - 1;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}

// src/adapters/terraform-count.ts
function countOf(body, files) {
  if (!isRecord(body)) return void 0;
  const count = body["count"];
  const value = isExpressionMarker(count) ? evaluateExpression(count.$expr, files) : count;
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : void 0;
}
function forEachOf(body, files) {
  if (!isRecord(body) || body["for_each"] === void 0) return void 0;
  const forEach = body["for_each"];
  const value = isExpressionMarker(forEach) ? evaluateExpression(forEach.$expr, files) : forEach;
  if (Array.isArray(value)) {
    if (!value.every((item) => typeof item === "string")) return void 0;
    const set2 = {};
    for (const item of value) setOwn(set2, item, item);
    return set2;
  }
  return isRecord(value) && !isExpressionMarker(value) ? value : void 0;
}
function createsNoInstance(body, files) {
  if (countOf(body, files) === 0) return true;
  const forEach = forEachOf(body, files);
  return forEach !== void 0 && Object.keys(forEach).length === 0;
}

// src/adapters/terraform-instances.ts
var MAX_RESOURCE_INSTANCES = 100;
function resourceInstances(body, files) {
  if (!isRecord(body)) return [{ body, scope: {} }];
  const evaluated = (scope2) => replaceExpressions(body, (marker2) => known(evaluateExpression(marker2.$expr.trim(), files, scope2)));
  const count = countOf(body, files);
  if (count !== void 0 && count >= 1 && count <= MAX_RESOURCE_INSTANCES) {
    return Array.from({ length: count }, (_, index) => ({ key: index, body: evaluated({ countIndex: index }), scope: { countIndex: index } }));
  }
  const forEach = forEachOf(body, files);
  if (forEach !== void 0) {
    const keys = Object.keys(forEach);
    if (keys.length >= 1 && keys.length <= MAX_RESOURCE_INSTANCES) {
      return keys.map((key) => {
        const scope2 = { each: { key, value: forEach[key] } };
        return { key, body: evaluated(scope2), scope: scope2 };
      });
    }
  }
  return [{ body: evaluated({}), scope: {} }];
}
function known(value) {
  return value === void 0 ? void 0 : { value };
}
function instanceSuffix(key) {
  if (key === void 0) return "";
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

// src/adapters/terraform-references.ts
function attachReferences(subjects) {
  for (const members of byModuleInstance(subjects).values()) {
    const byAddress = /* @__PURE__ */ new Map();
    for (const member4 of members) {
      const address = localAddress(member4);
      const same = byAddress.get(address);
      if (same) same.push(member4);
      else byAddress.set(address, [member4]);
    }
    const attached = new Map(members.map((s) => [s, []]));
    for (const other of members) {
      const named = /* @__PURE__ */ new Set();
      const ownKey = instanceKey(other);
      for (const text4 of expressionsIn(other.value)) {
        for (const match of text4.matchAll(REFERENCE2)) {
          const index = match[3];
          const wanted = index === void 0 ? void 0 : /^(count\.index|each\.key)$/.test(index) ? ownKey : literalKey(index);
          for (const target of byAddress.get(`${match[1]}.${match[2]}`) ?? []) {
            if (target === other) continue;
            const key = instanceKey(target);
            if (wanted !== void 0 && key !== void 0 && key !== wanted) continue;
            named.add(target);
          }
        }
      }
      for (const target of named) {
        attached.get(target)?.push({
          address: String(other.meta?.["address"] ?? ""),
          type: String(other.meta?.["type"] ?? ""),
          name: String(other.meta?.["name"] ?? ""),
          file: other.file,
          value: other.value
        });
      }
    }
    for (const target of members) target.meta = { ...target.meta ?? {}, attached: attached.get(target) ?? [] };
  }
}
var REFERENCE2 = /(?<![\w.])([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)(?:\[\s*(\d+|"(?:[^"\\]|\\.)*"|count\.index|each\.key)\s*\])?/g;
function instanceKey(subject) {
  const match = /\[(\d+|"(?:[^"\\]|\\.)*")\]$/.exec(String(subject.meta?.["address"] ?? ""));
  return match?.[1] === void 0 ? void 0 : literalKey(match[1]);
}
function literalKey(index) {
  if (/^\d+$/.test(index)) return index;
  try {
    const key = JSON.parse(index);
    return typeof key === "string" ? key : void 0;
  } catch {
    return void 0;
  }
}
function localAddress(subject) {
  return `${String(subject.meta?.["type"] ?? "")}.${String(subject.meta?.["name"] ?? "")}`;
}
function byModuleInstance(subjects) {
  const instances = /* @__PURE__ */ new Map();
  for (const subject of subjects) {
    const meta = subject.meta ?? {};
    const key = `${String(meta["module"] ?? ".")}\0${String(meta["root"] ?? "")}\0${String(meta["moduleAddress"] ?? "")}`;
    const members = instances.get(key);
    if (members) members.push(subject);
    else instances.set(key, [subject]);
  }
  return instances;
}
function expressionsIn(value, out = []) {
  if (isUnknown(value)) {
    if ("$expr" in value) out.push(value.$expr);
  } else if (Array.isArray(value)) {
    for (const item of value) expressionsIn(item, out);
  } else if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) expressionsIn(child, out);
  }
  return out;
}

// src/adapters/terraform-dynamic-blocks.ts
function withDynamicBlocks(value, evaluate = () => void 0, iterators = {}) {
  if (Array.isArray(value)) {
    let changed = false;
    const items2 = value.map((item) => {
      const next = withDynamicBlocks(item, evaluate, iterators);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? items2 : value;
  }
  if (!isRecord(value) || isExpressionMarker(value)) return value;
  let out;
  for (const [key, child] of Object.entries(value)) {
    const next = withDynamicBlocks(child, evaluate, iterators);
    if (next !== child) setOwn(out ??= { ...value }, key, next);
  }
  const dynamic = value["dynamic"];
  if (!isRecord(dynamic) || isExpressionMarker(dynamic)) return out ?? value;
  out ??= { ...value };
  for (const [name, declared] of Object.entries(dynamic)) {
    const generated = (Array.isArray(declared) ? declared : [declared]).flatMap((block4) => generatedBlocks(name, block4, evaluate, iterators));
    if (generated.length === 0) continue;
    const existing = Object.hasOwn(out, name) ? out[name] : void 0;
    const statics = existing === void 0 ? [] : Array.isArray(existing) ? existing : [existing];
    setOwn(out, name, generated.some(isUnknown) && statics.length === 0 && generated.length === 1 ? generated[0] : [...statics, ...generated]);
  }
  return out;
}
function generatedBlocks(name, block4, evaluate, iterators) {
  if (!isRecord(block4)) return [unknownValue(`${name} blocks are generated by a dynamic block`)];
  const forEach = block4["for_each"];
  const content = block4["content"];
  const body = Array.isArray(content) ? content[0] : content;
  const elements = Array.isArray(forEach) ? forEach.map((item, index) => [index, item]) : isRecord(forEach) && !isExpressionMarker(forEach) ? Object.entries(forEach) : void 0;
  if (elements?.length === 0) return [];
  if (elements !== void 0 && isRecord(body)) {
    const named = block4["iterator"];
    const iterator = typeof named === "string" ? named : isExpressionMarker(named) ? named.$expr.trim() : name;
    return elements.map(([key, element]) => {
      const scope2 = { ...iterators, [iterator]: { key, value: element } };
      const values = replaceExpressions(body, (marker2) => known(evaluate(marker2.$expr.trim(), scope2)));
      return withDynamicBlocks(values, evaluate, scope2);
    });
  }
  const over = isExpressionMarker(forEach) ? ` (for_each = ${forEach.$expr.length > 80 ? `${forEach.$expr.slice(0, 77)}...` : forEach.$expr})` : "";
  return [unknownValue(`${name} blocks are generated by a dynamic block${over}`)];
}

// src/adapters/terraform-unset.ts
function withoutNullAttributes(value) {
  if (Array.isArray(value)) {
    let changed = false;
    const items2 = value.map((item) => {
      const next = withoutNullAttributes(item);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? items2 : value;
  }
  if (!isRecord(value)) return value;
  let out;
  for (const [key, child] of Object.entries(value)) {
    if (child === null) {
      out ??= { ...value };
      delete out[key];
      continue;
    }
    const next = withoutNullAttributes(child);
    if (next !== child) setOwn(out ??= { ...value }, key, next);
  }
  return out ?? value;
}

// src/adapters/normalized/source-map.ts
var keyOf2 = (path) => JSON.stringify(path);
var SourceMap = class {
  /** @param root Origin of the subject as a whole (its path is `[]`). */
  constructor(root) {
    this.root = root;
    this.#origins.set(keyOf2([]), root);
  }
  root;
  #origins = /* @__PURE__ */ new Map();
  /** Records that the normalized value at `path` was read from `origin`. Returns `this`. */
  add(path, origin) {
    this.#origins.set(keyOf2(path), origin);
    return this;
  }
  /** The origin recorded for `path` exactly, if any. */
  get(path) {
    return this.#origins.get(keyOf2(path));
  }
  /** The source position of the normalized value at `path`. */
  trace(path) {
    for (let length = path.length; length >= 0; length--) {
      const origin = this.#origins.get(keyOf2(path.slice(0, length)));
      if (!origin) continue;
      const rest = origin.follow ? path.slice(length) : [];
      const sourcePath2 = [...origin.path, ...rest];
      return { file: origin.document.file, range: origin.document.locate(sourcePath2), path: sourcePath2 };
    }
    const sourcePath = this.root.path;
    return { file: this.root.document.file, range: this.root.document.locate(sourcePath), path: sourcePath };
  }
};

// src/adapters/normalized/subject.ts
function normalizedSubject(input) {
  const { root } = input.sources;
  return {
    kind: input.kind,
    id: input.id,
    file: root.document.file,
    format: input.format,
    path: [],
    value: input.value,
    meta: { product: input.product, ...input.meta ?? {} },
    trace: (path) => input.sources.trace(path)
  };
}

// src/adapters/egress-policy/model.ts
var ZoneBuilder = class {
  constructor(product, format, root, zone) {
    this.product = product;
    this.format = format;
    this.sources = new SourceMap(root);
    this.value = {
      zone,
      labels: {},
      defaultAction: "allow",
      shape: "blocklist",
      allowed: emptyDestinations(),
      denied: emptyDestinations()
    };
  }
  product;
  format;
  sources;
  value;
  /** Sets the labels and where they were read. */
  labels(labels, document, path) {
    this.value.labels = labels;
    this.sources.add(["labels"], { document, path, follow: true });
    return this;
  }
  /** Adds an image a workload of the zone runs, read at `path` of `document`. */
  image(image, document, path) {
    const images = this.value.images ??= [];
    if (images.includes(image)) return this;
    this.sources.add(["images", images.length], { document, path });
    images.push(image);
    return this;
  }
  /** Sets the default action (and the shape it implies) and the place that decides it. */
  defaultAction(action, document, path) {
    this.value.defaultAction = action;
    this.value.shape = action === "deny" ? "allowlist" : action === "allow" ? "blocklist" : action;
    this.sources.add(["defaultAction"], { document, path });
    this.sources.add(["shape"], { document, path });
    return this;
  }
  /** Adds an allowed destination read at `path` of `document`. */
  allow(category, entry, document, path) {
    return this.#push("allowed", category, entry, document, path);
  }
  /** Adds a denied destination (a blocklist entry). */
  deny(category, entry, document, path) {
    return this.#push("denied", category, entry, document, path);
  }
  #push(side, category, entry, document, path) {
    const list = this.value[side][category];
    this.sources.add([side, category, list.length], { document, path });
    list.push(entry);
    return this;
  }
  /** The subject, with id `<product>:<zone name>`. */
  build(meta = {}) {
    return normalizedSubject({
      kind: "egress-policy",
      id: `${this.product}:${this.value.zone.name}`,
      product: this.product,
      format: this.format,
      value: this.value,
      sources: this.sources,
      meta
    });
  }
};
function emptyDestinations() {
  return { any: [], cidrs: [], domains: [], peers: [] };
}
var asList = (value) => Array.isArray(value) ? value : value === void 0 || value === null ? [] : [value];
var text = (value, key) => {
  const field3 = isRecord(value) ? value[key] : void 0;
  return typeof field3 === "string" ? field3 : void 0;
};
function addTo(map2, key, item) {
  const list = map2.get(key);
  if (list) list.push(item);
  else map2.set(key, [item]);
}

// src/formats/hcl/parser.ts
var hclParser = {
  id: "hcl",
  parse(raw, file) {
    const text4 = stripBom(raw);
    let located;
    try {
      located = fileValue(parseHclBody(text4), text4);
    } catch (error) {
      const range = error instanceof HclSyntaxError ? new LineIndex(text4).pointRange(error.offset) : startRange();
      return { ok: false, errors: [{ message: errorText(error), range }] };
    }
    const root = located.span;
    let lines;
    return {
      ok: true,
      documents: [
        {
          file,
          index: 0,
          value: located.value,
          locate(path) {
            lines ??= new LineIndex(text4);
            const span = spanAt(root, path);
            return lines.range(span.start, span.end);
          }
        }
      ]
    };
  }
};

// src/adapters/identity-policy/terraform-jsonencode.ts
var CALL = /^jsonencode\(/;
function jsonencodeArgument(document, path, expression, module) {
  const call = CALL.exec(expression);
  const close = expression.trimEnd();
  if (!call || !close.endsWith(")")) return void 0;
  const argument = expression.slice(call[0].length, close.length - 1);
  if (!/^[ \t]*[{[]/.test(argument)) return void 0;
  const { line, column } = document.locate(path);
  const prefix = "x =".padEnd(call[0].length, " ");
  const text4 = " ".repeat(column - 1) + prefix + argument + "\n";
  const parsed = hclParser.parse(text4, document.file);
  const inner = parsed.ok ? parsed.documents[0] : void 0;
  if (!inner || inner.value === null || typeof inner.value !== "object" || !("x" in inner.value)) return void 0;
  const value = resolveLiterals(inner.value["x"], module);
  const shift = line - 1;
  return {
    file: document.file,
    index: document.index,
    value,
    locate: (at4) => {
      const range = inner.locate(["x", ...at4]);
      return { ...range, line: range.line + shift, endLine: range.endLine + shift };
    }
  };
}

// src/adapters/terraform-policy-document.ts
var DATA_DOCUMENT = /^data\.aws_iam_policy_document\.([A-Za-z_][\w-]*)\.json$/;
function policyDocumentOf(body, path, document, module) {
  const raw = isRecord(body) ? body["policy"] : void 0;
  if (raw === void 0) return void 0;
  if (typeof raw === "string") {
    try {
      return normalized(JSON.parse(raw)) ?? unknownValue("the policy is not a JSON policy document");
    } catch {
      return unknownValue("the policy text is not JSON");
    }
  }
  if (!isUnknown(raw)) return unknownValue("the policy is not a JSON policy document");
  if (!("$expr" in raw)) return raw;
  const expression = raw.$expr.trim();
  if (expression.startsWith("jsonencode(")) {
    const inner = jsonencodeArgument(document, [...path, "policy"], expression, module);
    return (inner && normalized(inner.value)) ?? unknownValue(`\`${short(expression)}\` is not literal HCL`);
  }
  const data = DATA_DOCUMENT.exec(expression);
  const block4 = data ? dataDocument(module, data[1] ?? "") : void 0;
  return block4 ?? unknownValue(`\`${short(expression)}\` is not a policy document of this module`);
}
function short(expression) {
  const line = expression.split("\n")[0] ?? "";
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
function normalized(value) {
  if (!isRecord(value)) return void 0;
  const statement = value["Statement"];
  if (statement === void 0) return void 0;
  return { ...value, Statement: Array.isArray(statement) ? statement : [statement] };
}
function dataDocument(module, name) {
  for (const file of module) {
    const data = isRecord(file) ? file["data"] : void 0;
    const documents = isRecord(data) ? data["aws_iam_policy_document"] : void 0;
    const block4 = isRecord(documents) ? documents[name] : void 0;
    if (!isRecord(block4)) continue;
    if (block4["source_policy_documents"] !== void 0 || block4["override_policy_documents"] !== void 0) return void 0;
    const statements = Array.isArray(block4["statement"]) ? block4["statement"] : isRecord(block4["statement"]) ? [block4["statement"]] : [];
    return { Statement: statements.map(renderStatement) };
  }
  return void 0;
}
function renderStatement(block4) {
  if (!isRecord(block4)) return block4;
  const out = { Effect: block4["effect"] ?? "Allow" };
  if (block4["sid"] !== void 0) out["Sid"] = block4["sid"];
  if (block4["actions"] !== void 0) out["Action"] = block4["actions"];
  if (block4["not_actions"] !== void 0) out["NotAction"] = block4["not_actions"];
  if (block4["resources"] !== void 0) out["Resource"] = block4["resources"];
  const principals = principalsOf(block4["principals"]);
  if (principals !== void 0) out["Principal"] = principals;
  const notPrincipals = principalsOf(block4["not_principals"]);
  if (notPrincipals !== void 0) out["NotPrincipal"] = notPrincipals;
  const conditions = Array.isArray(block4["condition"]) ? block4["condition"] : isRecord(block4["condition"]) ? [block4["condition"]] : [];
  if (conditions.length > 0) {
    const condition = {};
    for (const c of conditions) {
      if (!isRecord(c) || typeof c["test"] !== "string" || typeof c["variable"] !== "string") return { ...out, Condition: unknownValue("a condition block is not literal") };
      const test = condition[c["test"]] ??= {};
      test[c["variable"]] = c["values"];
    }
    out["Condition"] = condition;
  }
  return out;
}
function principalsOf(blocks2) {
  const list = Array.isArray(blocks2) ? blocks2 : isRecord(blocks2) ? [blocks2] : [];
  if (list.length === 0) return void 0;
  const out = {};
  for (const block4 of list) {
    if (!isRecord(block4) || typeof block4["type"] !== "string") return unknownValue("a principals block is not literal");
    if (block4["type"] === "*") return "*";
    const identifiers = Array.isArray(block4["identifiers"]) ? block4["identifiers"] : [block4["identifiers"]];
    out[block4["type"]] = [...out[block4["type"]] ?? [], ...identifiers];
  }
  return out;
}

// src/adapters/terraform-plan-values.ts
var AFTER_APPLY = "the value is known only after apply";
function withoutKeys(address) {
  return address.replace(/\[[^\]]*\]/g, "");
}
function afterUnknown(plan, afterPath) {
  let node = plan;
  for (const segment of [...afterPath.slice(0, -1), "after_unknown"]) {
    if (Array.isArray(node) && typeof segment === "number") node = node[segment];
    else if (isRecord(node) && typeof segment === "string") node = node[segment];
    else return void 0;
  }
  return node;
}
function overlay(after, unknown) {
  if (unknown === true) return unknownValue(AFTER_APPLY);
  if (Array.isArray(after) && Array.isArray(unknown)) return after.map((v, i) => overlay(v, unknown[i]));
  if (isRecord(after) && isRecord(unknown)) {
    const out = {};
    for (const key of /* @__PURE__ */ new Set([...Object.keys(after), ...Object.keys(unknown)])) {
      const value = overlay(ownValue(after, key), ownValue(unknown, key));
      if (value !== void 0) setOwn(out, key, value);
    }
    return out;
  }
  return after;
}
function configurationReferences(plan) {
  const out = /* @__PURE__ */ new Map();
  const visit = (module, prefix, depth) => {
    if (!isRecord(module) || depth > 32) return;
    for (const resource of asList(module["resources"])) {
      if (!isRecord(resource) || typeof resource["address"] !== "string" || !isRecord(resource["expressions"])) continue;
      const attributes = /* @__PURE__ */ new Map();
      for (const [name, expression] of Object.entries(resource["expressions"])) {
        const refs = isRecord(expression) ? asList(expression["references"]).filter((r) => typeof r === "string") : [];
        attributes.set(name, refs);
      }
      out.set(`${prefix}${resource["address"]}`, attributes);
    }
    const calls = module["module_calls"];
    if (isRecord(calls)) for (const [name, call] of Object.entries(calls)) visit(isRecord(call) ? call["module"] : void 0, `${prefix}module.${name}.`, depth + 1);
  };
  const configuration = isRecord(plan) ? plan["configuration"] : void 0;
  visit(isRecord(configuration) ? configuration["root_module"] : void 0, "", 0);
  return out;
}

// src/adapters/terraform-plan-resources.ts
function planResourceSubjects(documents) {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "terraform-plan") continue;
    const references2 = configurationReferences(document.value);
    const planned = [];
    for (const resource of listResourceChanges(document)) {
      if (resource.mode !== "managed" || !isRecord(resource.after)) continue;
      const moduleAddress = resource.moduleAddress ?? "";
      const value = withoutNullAttributes(overlay(resource.after, afterUnknown(document.value, resource.path)));
      const policyDocument2 = policyDocumentOf(value, resource.path, document, []);
      planned.push({
        kind: "terraform-resource",
        id: `${document.file}:${resource.address}`,
        file: document.file,
        format,
        document,
        path: resource.path,
        value,
        meta: {
          type: resource.type,
          name: resource.name,
          address: resource.address,
          module: document.file,
          ...moduleAddress !== "" ? { moduleAddress } : {},
          ...policyDocument2 !== void 0 ? { policyDocument: policyDocument2 } : {},
          plan: true
        }
      });
    }
    attachPlanned(planned, references2);
    subjects.push(...planned);
  }
  return subjects;
}
function attachPlanned(planned, references2) {
  const attached = new Map(planned.map((s) => [s, []]));
  const byConfigAddress = /* @__PURE__ */ new Map();
  for (const subject of planned) {
    const key = withoutKeys(String(subject.meta?.["address"]));
    byConfigAddress.set(key, [...byConfigAddress.get(key) ?? [], subject]);
  }
  for (const other of planned) {
    const address = String(other.meta?.["address"]);
    const configAddress = withoutKeys(address);
    const modulePrefix = configAddress.slice(0, configAddress.length - `${String(other.meta?.["type"])}.${String(other.meta?.["name"])}`.length);
    const named = /* @__PURE__ */ new Set();
    for (const refs of references2.get(configAddress)?.values() ?? []) {
      for (const ref of refs) {
        const local = /^([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)/.exec(ref);
        if (local === null || local[1] === "data" || local[1] === "var" || local[1] === "local" || local[1] === "module") continue;
        for (const target of byConfigAddress.get(`${modulePrefix}${local[1]}.${local[2]}`) ?? []) {
          if (target !== other && sameInstanceKey(String(target.meta?.["address"]), address)) named.add(target);
        }
      }
    }
    for (const target of named) {
      attached.get(target)?.push({ address, type: String(other.meta?.["type"]), name: String(other.meta?.["name"]), file: other.file, value: other.value });
    }
  }
  for (const subject of planned) subject.meta = { ...subject.meta ?? {}, attached: attached.get(subject) ?? [] };
}
function sameInstanceKey(a, b) {
  const key = (address) => /(\[[^\]]*\])$/.exec(address)?.[1];
  const x = key(a);
  const y = key(b);
  return x === void 0 || y === void 0 || x === y;
}

// src/adapters/terraform-resource.ts
var META_ARGUMENTS = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
var terraformResourceAdapter = ({ documents }) => {
  let subjects = built.get(documents);
  if (subjects === void 0) {
    subjects = buildSubjects(documents);
    built.set(documents, subjects);
  }
  return [...subjects];
};
var built = /* @__PURE__ */ new WeakMap();
function buildSubjects(documents) {
  const modules2 = /* @__PURE__ */ new Map();
  for (const parsed of documents) {
    if (parsed.format !== "terraform") continue;
    const dir = posix2.dirname(parsed.document.file);
    modules2.set(dir, [...modules2.get(dir) ?? [], parsed]);
  }
  const calls = new Map([...modules2].map(([dir, files]) => [dir, callsOf(dir, files, modules2)]));
  const called = new Set([...calls.values()].flatMap((list) => list.map((call) => call.child)));
  const subjects = [];
  const visited = /* @__PURE__ */ new Set();
  let instances = 0;
  const visit = (dir, instance2) => {
    visited.add(dir);
    instances += 1;
    subjects.push(...resourcesOf(dir, modules2.get(dir) ?? [], instance2));
    for (const call of calls.get(dir) ?? []) {
      if (instance2.stack.includes(call.child)) continue;
      if (instances >= MAX_MODULE_INSTANCES) break;
      const argumentsOfCall = replaceExpressions(resolveLiterals(call.body, instance2.values), (marker2) => known(evaluateExpression(marker2.$expr.trim(), instance2.values)));
      const childValues = (modules2.get(call.child) ?? []).map((f) => withArguments(f.document.value, argumentsOfCall));
      visit(call.child, {
        root: instance2.root,
        prefix: `${instance2.prefix}module.${call.name}.`,
        values: childValues,
        stack: [...instance2.stack, call.child]
      });
    }
  };
  const start = (dir) => visit(dir, { root: dir, prefix: "", values: valuesOf(modules2.get(dir) ?? []), stack: [dir] });
  for (const dir of modules2.keys()) if (!called.has(dir)) start(dir);
  for (const dir of modules2.keys()) if (!visited.has(dir)) start(dir);
  attachReferences(subjects);
  return subjects;
}
var MAX_MODULE_INSTANCES = 1e3;
function resourcesOf(dir, files, instance2) {
  const subjects = [];
  for (const { document, format } of files) {
    const resolved = resolveLiterals(document.value, instance2.values);
    const resources = isRecord(resolved) ? resolved["resource"] : void 0;
    if (!isRecord(resources)) continue;
    for (const [type2, byName] of Object.entries(resources)) {
      if (!isRecord(byName)) continue;
      for (const [name, body] of Object.entries(byName)) {
        if (createsNoInstance(body, instance2.values)) continue;
        for (const { key, body: values, scope: evaluation } of resourceInstances(body, instance2.values)) {
          const address = `${instance2.prefix}${type2}.${name}${instanceSuffix(key)}`;
          const called = instance2.prefix !== "";
          const scope2 = called ? instance2.root : dir;
          const policyDocument2 = policyDocumentOf(values, ["resource", type2, name], document, instance2.values);
          subjects.push({
            kind: "terraform-resource",
            id: scope2 === "." ? address : `${scope2}:${address}`,
            file: document.file,
            format,
            document,
            path: ["resource", type2, name],
            value: withDynamicBlocks(withoutNullAttributes(values), (text4, iterators) => evaluateExpression(text4, instance2.values, { ...evaluation, iterators })),
            meta: {
              type: type2,
              name,
              address,
              module: dir,
              ...called ? { moduleAddress: instance2.prefix.slice(0, -1), root: instance2.root } : {},
              ...policyDocument2 !== void 0 ? { policyDocument: policyDocument2 } : {}
            }
          });
        }
      }
    }
  }
  return subjects;
}
function callsOf(dir, files, modules2) {
  const calls = [];
  for (const { document } of files) {
    const blocks2 = isRecord(document.value) ? document.value["module"] : void 0;
    if (!isRecord(blocks2)) continue;
    for (const [name, body] of Object.entries(blocks2)) {
      const source = isRecord(body) ? body["source"] : void 0;
      if (!isRecord(body) || typeof source !== "string" || !/^\.\.?\//.test(source)) continue;
      const child = posix2.normalize(posix2.join(dir, source)).replace(/\/+$/, "");
      if (modules2.has(child) && child !== dir) calls.push({ name, child, body });
    }
  }
  return calls;
}
function withArguments(file, args) {
  if (!isRecord(file) || !isRecord(file["variable"])) return file;
  const variables = { ...file["variable"] };
  for (const [name, value] of Object.entries(args)) {
    const declaration = variables[name];
    if (META_ARGUMENTS.has(name) || !Object.hasOwn(variables, name) || !isRecord(declaration)) continue;
    const { default: _replaced, ...rest } = declaration;
    variables[name] = isLiteral(value) ? { ...rest, default: value } : rest;
  }
  return { ...file, variable: variables };
}
function valuesOf(files) {
  return files.map((f) => f.document.value);
}
function isLiteral(value) {
  if (isExpressionMarker(value)) return false;
  if (Array.isArray(value)) return value.every(isLiteral);
  return isRecord(value) ? Object.values(value).every(isLiteral) : true;
}
var terraformResourceSubjects = (input) => [...terraformResourceAdapter(input), ...planResourceSubjects(input.documents)];

// src/adapters/egress-policy/aws-security-group.ts
var awsSecurityGroupAdapter = (input) => {
  const subjects = [];
  for (const { module, resources } of modules(input)) {
    const rulesOf2 = /* @__PURE__ */ new Map();
    const storesOf = /* @__PURE__ */ new Map();
    for (const resource of resources) {
      for (const group2 of groupsNamed(resource.body["security_group_id"], resource.key)) addTo(rulesOf2, group2, resource);
      const attached = /* @__PURE__ */ new Set([...groupsNamed(resource.body["vpc_security_group_ids"], resource.key), ...groupsNamed(resource.body["security_group_ids"], resource.key)]);
      for (const group2 of attached) addTo(storesOf, group2, resource);
    }
    for (const group2 of resources.filter((r) => r.type === "aws_security_group")) {
      const address = `${group2.type}.${group2.name}`;
      const name = group2.id;
      const zone = new ZoneBuilder("terraform", "terraform", { document: group2.document, path: group2.path }, { kind: "security-group", name });
      const tags = group2.body["tags"];
      zone.labels(isRecord(tags) && !isUnknown(tags) ? tags : tags === void 0 ? {} : unknownValue("the group's tags are not a literal map"), group2.document, [...group2.path, ...tags === void 0 ? [] : ["tags"]]);
      zone.defaultAction("deny", group2.document, group2.path);
      const inline = group2.body["egress"];
      if (isUnknown(inline)) zone.allow("cidrs", { cidr: unknownValue(egressUnknown(inline)), ports: [] }, group2.document, [...group2.path, isDynamic(group2.body) ? "dynamic" : "egress"]);
      else {
        asList(inline).forEach(
          (block4, i) => isUnknown(block4) ? zone.allow("cidrs", { cidr: unknownValue(egressUnknown(block4)), ports: [] }, group2.document, [...group2.path, "dynamic", "egress"]) : addLegacyRule(zone, block4, group2.document, [...group2.path, "egress", i])
        );
      }
      const rules = [...rulesOf2.get(address) ?? [], ...group2.key === void 0 ? [] : rulesOf2.get(`${address}[${group2.key}]`) ?? []];
      const stores = [...storesOf.get(address) ?? [], ...group2.key === void 0 ? [] : storesOf.get(`${address}[${group2.key}]`) ?? []];
      for (const rule of rules) {
        if (rule.type === "aws_security_group_rule" && rule.body["type"] === "egress") addLegacyRule(zone, rule.body, rule.document, rule.path);
        if (rule.type === "aws_vpc_security_group_egress_rule") addVpcRule(zone, rule.body, rule.document, rule.path);
      }
      zone.value.dataStores = stores.map((r) => ({ address: `${r.type}.${r.name}`, type: r.type }));
      subjects.push(zone.build({ module, address }));
    }
  }
  return subjects;
};
function modules(input) {
  return [...byModuleInstance(terraformResourceAdapter(input)).values()].map((members) => ({
    module: String(members[0]?.meta?.["module"] ?? "."),
    resources: members.flatMap(
      (subject) => subject.document && isRecord(subject.value) ? [{ id: subject.id, type: String(subject.meta?.["type"]), name: String(subject.meta?.["name"]), key: instanceKey(subject), body: subject.value, document: subject.document, path: subject.path }] : []
    )
  }));
}
function groupsNamed(value, ownKey) {
  const groups = /* @__PURE__ */ new Set();
  for (const expression of expressions(value)) {
    for (const match of expression.matchAll(/(?:^|[^\w.])(aws_security_group\.[\p{L}\p{N}_-]+)(?:\[\s*([^\]]*?)\s*\])?\.id\b/gu)) {
      const [, group2, index] = match;
      if (group2 === void 0) continue;
      const key = index === void 0 ? void 0 : /^(count\.index|each\.key)$/.test(index) ? ownKey : literalKey(index);
      groups.add(key === void 0 ? group2 : `${group2}[${key}]`);
    }
  }
  return groups;
}
function egressUnknown(marker2) {
  return isRecord(marker2) && typeof marker2["$unknown"] === "string" ? marker2["$unknown"] : "the egress rules are computed";
}
function isDynamic(body) {
  return isRecord(body["dynamic"]) && "egress" in body["dynamic"];
}
function expressions(value) {
  if (isRecord(value) && typeof value["$expr"] === "string") return [value["$expr"]];
  if (Array.isArray(value)) return value.flatMap(expressions);
  return [];
}
function ports(protocol, from, to) {
  if (protocol === "-1" || protocol === -1 || protocol === "all") return [];
  if (protocol === void 0 || protocol === null) return [{ protocol: unknownValue("the rule sets no protocol") }];
  const name = typeof protocol === "string" ? protocol.toUpperCase() : isUnknown(protocol) ? protocol : plainText(protocol);
  const port = (v) => typeof v === "number" || isUnknown(v) ? v : v === void 0 || v === null ? unknownValue("the rule sets no port") : unknownValue(`port ${plainText(v)} is not a number`);
  return [{ protocol: name, from: port(from), to: port(to) }];
}
function addLegacyRule(zone, rule, document, at4) {
  if (!isRecord(rule)) return;
  const range = ports(rule["protocol"], rule["from_port"], rule["to_port"]);
  for (const key of ["cidr_blocks", "ipv6_cidr_blocks"]) {
    const list = rule[key];
    if (isUnknown(list)) {
      zone.allow("cidrs", { cidr: list, ports: range }, document, [...at4, key]);
      continue;
    }
    asList(list).forEach((cidr, k) => cidr !== null && zone.allow("cidrs", { cidr: typeof cidr === "string" || isUnknown(cidr) ? cidr : plainText(cidr), ports: range }, document, [...at4, key, k]));
  }
  for (const [key, kind] of [["prefix_list_ids", "prefix-list"], ["security_groups", "security-group"], ["source_security_group_id", "security-group"]]) {
    const value = rule[key];
    (isUnknown(value) ? [value] : asList(value)).forEach((peer, k) => peer !== null && zone.allow("peers", { peer: `${kind}(${describe2(peer)})`, ports: range }, document, Array.isArray(value) ? [...at4, key, k] : [...at4, key]));
  }
  if (rule["self"] === true) zone.allow("peers", { peer: "security-group(self)", ports: range }, document, [...at4, "self"]);
}
function addVpcRule(zone, body, document, path) {
  const range = ports(body["ip_protocol"], body["from_port"], body["to_port"]);
  for (const key of ["cidr_ipv4", "cidr_ipv6"]) {
    const cidr = body[key];
    if (cidr !== void 0 && cidr !== null) zone.allow("cidrs", { cidr: typeof cidr === "string" || isUnknown(cidr) ? cidr : plainText(cidr), ports: range }, document, [...path, key]);
  }
  for (const [key, kind] of [["prefix_list_id", "prefix-list"], ["referenced_security_group_id", "security-group"]]) {
    if (body[key] !== void 0 && body[key] !== null) zone.allow("peers", { peer: `${kind}(${describe2(body[key])})`, ports: range }, document, [...path, key]);
  }
}
function describe2(value) {
  if (isRecord(value) && typeof value["$expr"] === "string") return value["$expr"];
  return typeof value === "string" ? value : JSON.stringify(value);
}

// src/adapters/egress-policy/aws-security-group-plan.ts
var awsSecurityGroupPlanAdapter = ({ documents }) => {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "terraform-plan") continue;
    const references2 = configurationReferences(document.value);
    const planned = listResourceChanges(document).filter((r) => r.mode === "managed" && isRecord(r.after)).map((r, order2) => ({ ...r, body: overlay(r.after, afterUnknown(document.value, r.path)), configAddress: withoutKeys(r.address), order: order2 }));
    const index = (attributes) => {
      const out = /* @__PURE__ */ new Map();
      for (const resource of planned) {
        const keys = /* @__PURE__ */ new Set();
        const module = resource.configAddress.slice(0, resource.configAddress.length - `${resource.type}.${resource.name}`.length);
        for (const attribute of attributes) {
          for (const id of asList(resource.body[attribute])) if (typeof id === "string") keys.add(`id:${id}`);
          for (const ref of references2.get(resource.configAddress)?.get(attribute) ?? []) if (ref.endsWith(".id")) keys.add(`config:${module}${ref.slice(0, -3)}`);
        }
        for (const key of keys) addTo(out, key, resource);
      }
      return out;
    };
    const rulesOf2 = index(["security_group_id"]);
    const storesOf = index(["vpc_security_group_ids", "security_group_ids"]);
    const joined = (map2, group2) => {
      const id = group2.body["id"];
      const found = /* @__PURE__ */ new Set([...typeof id === "string" ? map2.get(`id:${id}`) ?? [] : [], ...map2.get(`config:${group2.configAddress}`) ?? []]);
      return [...found].sort((a, b) => a.order - b.order);
    };
    for (const group2 of planned.filter((r) => r.type === "aws_security_group")) {
      const zone = new ZoneBuilder("terraform", format, { document, path: group2.path }, { kind: "security-group", name: `${document.file}:${group2.address}` });
      const tags = group2.body["tags"];
      zone.labels(isRecord(tags) && !isUnknown(tags) ? tags : tags === void 0 || tags === null ? {} : unknownValue("the group's tags are known only after apply"), document, [...group2.path, "tags"]);
      zone.defaultAction("deny", document, group2.path);
      const inline = group2.body["egress"];
      if (isUnknown(inline)) zone.allow("cidrs", { cidr: inline, ports: [] }, document, [...group2.path, "egress"]);
      else asList(inline).forEach((block4, i) => addLegacyRule(zone, block4, document, [...group2.path, "egress", i]));
      for (const rule of joined(rulesOf2, group2)) {
        if (rule.type === "aws_security_group_rule" && rule.body["type"] === "egress") addLegacyRule(zone, rule.body, document, rule.path);
        if (rule.type === "aws_vpc_security_group_egress_rule") addVpcRule(zone, rule.body, document, rule.path);
      }
      zone.value.dataStores = joined(storesOf, group2).map((r) => ({ address: r.address, type: r.type }));
      subjects.push(zone.build({ address: group2.address }));
    }
  }
  return subjects;
};

// src/adapters/unnamed-object.ts
function unnamedObjectName(document, path) {
  const where = document.index > 0 || path.length > 0 ? `#${document.index + 1}${path.length > 0 ? `.${path.join(".")}` : ""}` : "";
  return `(unnamed in ${document.file}${where})`;
}

// src/adapters/egress-policy/k8s-objects.ts
function kubernetesObjects(documents) {
  const out = [];
  for (const { document, format } of documents) {
    if (format !== "kubernetes") continue;
    const root = document.value;
    const candidates2 = text(root, "kind") === "List" && isRecord(root) && Array.isArray(root["items"]) ? root["items"].map((value, i) => ({ value, path: ["items", i] })) : [{ value: root, path: [] }];
    for (const { value, path } of candidates2) {
      const apiVersion = text(value, "apiVersion");
      const kind = text(value, "kind");
      if (!isRecord(value) || apiVersion === void 0 || kind === void 0) continue;
      const metadata = value["metadata"];
      out.push({
        document,
        path,
        apiVersion,
        kind,
        name: text(metadata, "name") ?? unnamedObjectName(document, path),
        namespace: text(metadata, "namespace") ?? "default",
        value
      });
    }
  }
  return out;
}
function selectsAll(selector) {
  if (selector === void 0 || selector === null) return true;
  if (!isRecord(selector)) return false;
  const labels = selector["matchLabels"];
  const expressions2 = selector["matchExpressions"];
  const emptyLabels = labels === void 0 || labels === null || isRecord(labels) && Object.keys(labels).length === 0;
  const emptyExpressions = expressions2 === void 0 || expressions2 === null || Array.isArray(expressions2) && expressions2.length === 0;
  return emptyLabels && emptyExpressions;
}
function selectorText(selector) {
  if (selectsAll(selector) || !isRecord(selector)) return "*";
  const parts = [];
  const labels = selector["matchLabels"];
  if (isRecord(labels)) for (const [k, v] of Object.entries(labels)) parts.push(`${k}=${plainText(v)}`);
  const expressions2 = selector["matchExpressions"];
  if (Array.isArray(expressions2)) {
    for (const e of expressions2) {
      const values = isRecord(e) && Array.isArray(e["values"]) ? ` (${e["values"].map(plainText).join(",")})` : "";
      parts.push(`${text(e, "key") ?? "?"} ${text(e, "operator") ?? "?"}${values}`);
    }
  }
  return parts.join(",");
}

// src/adapters/egress-policy/ports.ts
function kubernetesPorts(ports2, portKey = "port") {
  if (!Array.isArray(ports2)) return [];
  return ports2.map((entry) => {
    const protocol = isRecord(entry) && typeof entry["protocol"] === "string" ? entry["protocol"].toUpperCase() : "TCP";
    const port = isRecord(entry) ? entry[portKey] : void 0;
    const end = isRecord(entry) ? entry["endPort"] : void 0;
    if (port === void 0 || port === null || port === "0" || port === 0) return { protocol, from: 0, to: 65535 };
    const number2 = typeof port === "number" ? port : typeof port === "string" && /^\d+$/.test(port) ? Number(port) : void 0;
    if (number2 === void 0) return isUnknown(port) ? { protocol, from: port, to: port } : { protocol, name: plainText(port) };
    return { protocol, from: number2, to: typeof end === "number" ? end : number2 };
  });
}

// src/adapters/egress-policy/cilium.ts
var KINDS = /* @__PURE__ */ new Set(["CiliumNetworkPolicy", "CiliumClusterwideNetworkPolicy"]);
var WORLD = /* @__PURE__ */ new Set(["world", "world-ipv4", "world-ipv6", "all"]);
var L3 = ["toFQDNs", "toCIDR", "toCIDRSet", "toEntities", "toEndpoints", "toServices", "toGroups", "toNodes", "toRequires"];
var ciliumAdapter = ({ documents }) => {
  const subjects = [];
  for (const policy of kubernetesObjects(documents).filter((o) => KINDS.has(o.kind) && o.apiVersion.startsWith("cilium.io/"))) {
    const specs = specsOf(policy);
    const egress = specs.filter(({ spec: spec2 }) => asList(spec2["egress"]).length > 0 || asList(spec2["egressDeny"]).length > 0);
    const first = egress[0];
    if (first === void 0) continue;
    const name = policy.kind === "CiliumClusterwideNetworkPolicy" ? policy.name : `${policy.namespace}/${policy.name}`;
    const zone = new ZoneBuilder("cilium", "kubernetes", { document: policy.document, path: policy.path }, { kind: "cilium-policy", name });
    const metadata = policy.value["metadata"];
    const labels = isRecord(metadata) && isRecord(metadata["labels"]) ? metadata["labels"] : void 0;
    zone.labels(labels ?? {}, policy.document, [...policy.path, "metadata", ...labels ? ["labels"] : []]);
    const enforcing = egress.find(({ spec: spec2 }) => !(isRecord(spec2["enableDefaultDeny"]) && spec2["enableDefaultDeny"]["egress"] === false));
    if (enforcing) zone.defaultAction("deny", policy.document, [...enforcing.path, asList(enforcing.spec["egress"]).length > 0 ? "egress" : "egressDeny"]);
    else zone.defaultAction("allow", policy.document, [...first.path, "enableDefaultDeny", "egress"]);
    for (const { spec: spec2, path } of egress) {
      asList(spec2["egress"]).forEach((rule, i) => addRule(zone, "allow", rule, policy, [...path, "egress", i]));
      asList(spec2["egressDeny"]).forEach((rule, i) => addRule(zone, "deny", rule, policy, [...path, "egressDeny", i]));
    }
    subjects.push(zone.build({ namespace: policy.kind === "CiliumClusterwideNetworkPolicy" ? null : policy.namespace }));
  }
  return subjects;
};
function specsOf(policy) {
  const out = [];
  const single = policy.value["spec"];
  if (isRecord(single)) out.push({ spec: single, path: [...policy.path, "spec"] });
  asList(policy.value["specs"]).forEach((s, i) => {
    if (isRecord(s)) out.push({ spec: s, path: [...policy.path, "specs", i] });
  });
  return out;
}
function rulePorts(rule) {
  return asList(rule["toPorts"]).flatMap((entry) => isRecord(entry) ? kubernetesPorts(entry["ports"]) : []);
}
function addRule(zone, action, rule, policy, at4) {
  if (!isRecord(rule)) return;
  const add = action === "allow" ? zone.allow.bind(zone) : zone.deny.bind(zone);
  const ports2 = rulePorts(rule);
  const { document } = policy;
  if (!L3.some((key) => key in rule)) {
    add("any", { via: `a rule of ${policy.kind} ${policy.name} with no destination`, ports: ports2 }, document, at4);
    return;
  }
  asList(rule["toFQDNs"]).forEach((fqdn, k) => {
    if (!isRecord(fqdn)) return;
    if (typeof fqdn["matchName"] === "string") add("domains", { domain: fqdn["matchName"].toLowerCase().replace(/\.$/, ""), exact: true, ports: ports2 }, document, [...at4, "toFQDNs", k, "matchName"]);
    if (typeof fqdn["matchPattern"] === "string") add("domains", { domain: fqdnPattern(fqdn["matchPattern"]), exact: !fqdn["matchPattern"].includes("*"), ports: ports2 }, document, [...at4, "toFQDNs", k, "matchPattern"]);
  });
  asList(rule["toCIDR"]).forEach((cidr, k) => add("cidrs", { cidr: plainText(cidr), ports: ports2 }, document, [...at4, "toCIDR", k]));
  asList(rule["toCIDRSet"]).forEach((set2, k) => {
    if (isRecord(set2) && typeof set2["cidr"] === "string") add("cidrs", { cidr: set2["cidr"], ports: ports2 }, document, [...at4, "toCIDRSet", k, "cidr"]);
    else add("cidrs", { cidr: unknownValue("a CIDR group reference is resolved in the cluster"), ports: ports2 }, document, [...at4, "toCIDRSet", k]);
  });
  asList(rule["toEntities"]).forEach((entity, k) => {
    const name = plainText(entity);
    if (WORLD.has(name)) add("any", { via: `toEntities: ${name} in ${policy.kind} ${policy.name}`, ports: ports2 }, document, [...at4, "toEntities", k]);
    else add("peers", { peer: `entity(${name})`, ports: ports2 }, document, [...at4, "toEntities", k]);
  });
  for (const key of ["toEndpoints", "toServices", "toGroups", "toNodes"]) {
    asList(rule[key]).forEach((peer, k) => add("peers", { peer: `${key}(${key === "toEndpoints" || key === "toNodes" ? selectorText(peer) : JSON.stringify(peer)})`, ports: ports2 }, document, [...at4, key, k]));
  }
}
function fqdnPattern(pattern) {
  const lower = pattern.toLowerCase().replace(/\.$/, "");
  if (lower === "*" || lower === "**") return "*";
  const rest = lower.replace(/^\*\*?\./, "");
  if (!rest.includes("*")) return lower === rest ? rest : `*.${rest}`;
  return unknownValue(`Cilium matchPattern "${pattern}" has a wildcard inside a label`);
}

// src/adapters/egress-policy/compose.ts
import { posix as posix4 } from "node:path";

// src/adapters/compose-interpolation.ts
import { posix as posix3 } from "node:path";
function interpolate(text4, variables) {
  let out = "";
  let i = 0;
  while (i < text4.length) {
    const dollar = text4.indexOf("$", i);
    if (dollar < 0) return out + text4.slice(i);
    out += text4.slice(i, dollar);
    const next = text4[dollar + 1];
    if (next === "$") {
      out += "$";
      i = dollar + 2;
    } else if (next === "{") {
      const close = closingBrace(text4, dollar + 2);
      if (close < 0) return void 0;
      const value = expand2(text4.slice(dollar + 2, close), variables);
      if (value === void 0) return void 0;
      out += value;
      i = close + 1;
    } else {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text4.slice(dollar + 1))?.[0];
      if (name === void 0) {
        out += "$";
        i = dollar + 1;
        continue;
      }
      if (!Object.hasOwn(variables, name)) return void 0;
      out += variables[name];
      i = dollar + 1 + name.length;
    }
  }
  return out;
}
function closingBrace(text4, from) {
  let depth = 1;
  for (let i = from; i < text4.length; i++) {
    if (text4[i] === "$" && text4[i + 1] === "{") {
      depth++;
      i++;
    } else if (text4[i] === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
function expand2(body, variables) {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([\s\S]*))?$/.exec(body);
  if (match === null) return void 0;
  const [, name = "", operator, word = ""] = match;
  const set2 = Object.hasOwn(variables, name);
  const value = set2 ? variables[name] : void 0;
  const filled = value !== void 0 && value !== "";
  switch (operator) {
    case void 0:
      return value;
    case ":-":
      return filled ? value : interpolate(word, variables);
    case "-":
      return set2 ? value : interpolate(word, variables);
    case ":+":
      return filled ? interpolate(word, variables) : "";
    case "+":
      return set2 ? interpolate(word, variables) : "";
    case ":?":
      return filled ? value : void 0;
    case "?":
      return set2 ? value : void 0;
    default:
      return void 0;
  }
}
function dotenvByDirectory(documents) {
  const found = /* @__PURE__ */ new Map();
  for (const { document, format } of documents) {
    if (format !== "dotenv" || posix3.basename(document.file) !== ".env" || !isRecord(document.value)) continue;
    const variables = document.value["variables"];
    if (isRecord(variables)) found.set(posix3.dirname(document.file), variables);
  }
  return found;
}

// src/adapters/egress-policy/compose.ts
var composeAdapter = ({ documents }) => {
  const subjects = [];
  const dotenv = dotenvByDirectory(documents);
  for (const { document, format } of documents) {
    if (format !== "compose" || !isRecord(document.value) || !isRecord(document.value["services"])) continue;
    const networks = isRecord(document.value["networks"]) ? document.value["networks"] : {};
    for (const [name, service] of Object.entries(document.value["services"])) {
      if (!isRecord(service)) continue;
      const at4 = ["services", name];
      const zone = new ZoneBuilder("compose", format, { document, path: at4 }, { kind: "compose-service", name: `${document.file}#${name}` });
      const labels = service["labels"];
      zone.labels(labelMap(labels), document, labels === void 0 ? at4 : [...at4, "labels"]);
      const image = service["image"];
      if (typeof image === "string") zone.image(interpolate(image, dotenv.get(posix4.dirname(document.file)) ?? {}) ?? image, document, [...at4, "image"]);
      const mode = service["network_mode"];
      let route = "";
      if (typeof mode === "string") {
        route = `network_mode: ${mode}`;
        const action = mode === "none" ? "deny" : mode === "host" || mode === "bridge" ? "allow" : unknownValue(`network_mode ${mode} shares another container's network`);
        zone.defaultAction(action, document, [...at4, "network_mode"]);
      } else {
        const verdict = attachments(service, at4).map((a) => ({ ...a, internal: isInternal(Object.hasOwn(networks, a.network) ? networks[a.network] : void 0) }));
        const open = verdict.find((a) => a.internal === false);
        const unknown = verdict.find((a) => a.internal !== true && a.internal !== false);
        if (open) route = service["networks"] === void 0 ? "the implicit default network, which is not internal" : `network ${open.network}, which is not internal`;
        if (open) zone.defaultAction("allow", document, open.path);
        else if (unknown) zone.defaultAction(unknown.internal, document, unknown.path);
        else zone.defaultAction("deny", document, verdict[0]?.path ?? at4);
      }
      subjects.push(zone.build({ service: name, route }));
    }
  }
  return subjects;
};
function attachments(service, at4) {
  const networks = service["networks"];
  if (Array.isArray(networks)) return networks.map((n, i) => ({ network: plainText(n), path: [...at4, "networks", i] }));
  if (isRecord(networks)) return Object.keys(networks).map((n) => ({ network: n, path: [...at4, "networks", n] }));
  return [{ network: "default", path: at4 }];
}
function isInternal(definition) {
  if (!isRecord(definition)) return false;
  if (definition["internal"] === true) return true;
  if (definition["external"] === true || isRecord(definition["external"])) return unknownValue("the network is external: it is defined outside this file");
  return false;
}
function labelMap(labels) {
  if (isRecord(labels)) return labels;
  if (!Array.isArray(labels)) return {};
  return Object.fromEntries(
    labels.flatMap((entry) => {
      const [key, ...value] = plainText(entry).split("=");
      return key ? [[key, value.join("=")]] : [];
    })
  );
}

// src/adapters/egress-policy/scalar-tokens.ts
function scalarTokens(document, path, value) {
  const tokens = [...value.matchAll(/[^\s,]+/g)].map((m) => ({ text: m[0], index: m.index }));
  const at4 = document.locate(path);
  const place = (line, column, text4) => ({ line, column, endLine: line, endColumn: column + text4.length });
  if (at4.line === at4.endLine) {
    const width = at4.endColumn - at4.column;
    const quote = width === value.length + 2 && !/["'\\]/.test(value) ? 1 : width === value.length ? 0 : void 0;
    if (quote === void 0) return tokens.map(({ text: text4 }) => ({ text: text4 }));
    return tokens.map(({ text: text4, index }) => ({ text: text4, range: place(at4.line, at4.column + quote + index, text4) }));
  }
  const contentLines = at4.endLine - at4.line;
  const lines = value.replace(/\n+$/, "").split("\n");
  const last2 = lines[lines.length - 1] ?? "";
  if (lines.length === contentLines) {
    const indent = at4.endColumn - 1 - last2.length;
    let offset = 0;
    return lines.flatMap((line, i) => {
      const start = offset;
      offset += line.length + 1;
      return tokens.filter(({ index }) => index >= start && index < start + line.length).map(({ text: text4, index }) => ({ text: text4, range: place(at4.line + 1 + i, indent + 1 + index - start, text4) }));
    });
  }
  const lastToken = tokens[tokens.length - 1];
  if (lines.length === 1 && lastToken !== void 0 && tokens.length === contentLines && value.trimEnd().endsWith(lastToken.text)) {
    const indent = at4.endColumn - 1 - lastToken.text.length;
    return tokens.map(({ text: text4 }, i) => ({ text: text4, range: place(at4.line + 1 + i, indent + 1, text4) }));
  }
  return tokens.map(({ text: text4 }) => ({ text: text4 }));
}

// src/adapters/egress-policy/harden-runner.ts
var hardenRunnerAdapter = ({ documents }) => {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "github-workflow" || !isRecord(document.value) || !isRecord(document.value["jobs"])) continue;
    for (const [jobId, job] of Object.entries(document.value["jobs"])) {
      const steps = isRecord(job) ? asList(job["steps"]) : [];
      const index = steps.findIndex((step3) => isRecord(step3) && typeof step3["uses"] === "string" && /^step-security\/harden-runner(@|$)/i.test(step3["uses"]));
      const step2 = steps[index];
      if (!isRecord(step2)) continue;
      const at4 = ["jobs", jobId, "steps", index];
      const zone = new ZoneBuilder("harden-runner", format, { document, path: at4 }, { kind: "workflow-job", name: `${document.file}#${jobId}` });
      const inputs = isRecord(step2["with"]) ? step2["with"] : {};
      const policy = inputs["egress-policy"];
      const fromStore = typeof inputs["policy"] === "string" && inputs["policy"] !== "" || plainText(inputs["use-policy-store"]) === "true";
      if (fromStore) zone.defaultAction(unknownValue("the egress policy comes from the StepSecurity policy store"), document, [...at4, "with"]);
      else if (policy === void 0) zone.defaultAction("deny", document, [...at4, "uses"]);
      else if (policy === "block") zone.defaultAction("deny", document, [...at4, "with", "egress-policy"]);
      else if (policy === "audit") zone.defaultAction("allow", document, [...at4, "with", "egress-policy"]);
      else zone.defaultAction(unknownValue(`egress-policy ${JSON.stringify(policy)} is not a literal audit or block`), document, [...at4, "with", "egress-policy"]);
      addEndpoints(zone, inputs["allowed-endpoints"], document, [...at4, "with", "allowed-endpoints"]);
      subjects.push(zone.build({ job: jobId }));
    }
  }
  return subjects;
};
function addEndpoints(zone, value, document, at4) {
  if (value === void 0 || value === null) return;
  if (typeof value !== "string" || value.includes("${{")) {
    zone.allow("domains", { domain: unknownValue("allowed-endpoints is computed by an expression"), exact: false, ports: [] }, document, at4);
    return;
  }
  for (const { text: text4, range } of scalarTokens(document, at4, value)) {
    const match = /^(.*?)(?::(\d+))?$/.exec(text4);
    const host = (match?.[1] ?? text4).toLowerCase();
    const port = match?.[2];
    const ports2 = port === void 0 ? [] : [{ protocol: "TCP", from: Number(port), to: Number(port) }];
    const source = range ? { file: document.file, index: document.index, value: document.value, locate: () => range } : document;
    zone.allow("domains", { domain: host, exact: !host.includes("*"), ports: ports2 }, source, at4);
  }
}

// src/adapters/egress-policy/istio.ts
var istioAdapter = ({ documents }) => {
  const objects = kubernetesObjects(documents);
  const entries2 = objects.filter((o) => o.kind === "ServiceEntry" && o.apiVersion.startsWith("networking.istio.io/"));
  const meshes = objects.flatMap(meshSource);
  const subjects = [];
  for (const source of meshes) {
    const { object } = source;
    const zone = new ZoneBuilder("istio", "kubernetes", { document: object.document, path: object.path }, { kind: "mesh", name: `${object.kind}/${object.namespace}/${object.name}` });
    const policy = isRecord(source.mesh) ? source.mesh["outboundTrafficPolicy"] : void 0;
    const mode = isRecord(policy) ? policy["mode"] : void 0;
    const modePath = source.nested ? mode !== void 0 ? [...source.at, "outboundTrafficPolicy", "mode"] : policy !== void 0 ? [...source.at, "outboundTrafficPolicy"] : source.at : source.at;
    zone.defaultAction(mode === void 0 ? "allow" : modeAction(mode), object.document, modePath);
    if (subjects.length === 0) addServiceEntries(zone, entries2);
    subjects.push(zone.build());
  }
  const firstEntry = entries2[0];
  if (meshes.length === 0 && firstEntry !== void 0) {
    const zone = new ZoneBuilder("istio", "kubernetes", { document: firstEntry.document, path: firstEntry.path }, { kind: "mesh", name: "the Istio mesh (its configuration is not in the scanned files)" });
    zone.defaultAction(unknownValue("the mesh's outboundTrafficPolicy is not in the scanned files (Istio's default is ALLOW_ANY)"), firstEntry.document, firstEntry.path);
    addServiceEntries(zone, entries2);
    subjects.push(zone.build());
  }
  for (const sidecar of objects.filter((o) => o.kind === "Sidecar" && o.apiVersion.startsWith("networking.istio.io/"))) {
    const spec2 = sidecar.value["spec"];
    const policy = isRecord(spec2) ? spec2["outboundTrafficPolicy"] : void 0;
    if (!isRecord(policy) || policy["mode"] === void 0) continue;
    const zone = new ZoneBuilder("istio", "kubernetes", { document: sidecar.document, path: sidecar.path }, { kind: "sidecar", name: `${sidecar.namespace}/${sidecar.name}` });
    zone.defaultAction(modeAction(policy["mode"]), sidecar.document, [...sidecar.path, "spec", "outboundTrafficPolicy", "mode"]);
    subjects.push(zone.build({ namespace: sidecar.namespace }));
  }
  return subjects;
};
function modeAction(mode) {
  if (mode === "ALLOW_ANY") return "allow";
  if (mode === "REGISTRY_ONLY") return "deny";
  return unknownValue(`outboundTrafficPolicy mode ${JSON.stringify(mode)} is neither ALLOW_ANY nor REGISTRY_ONLY`);
}
function meshSource(object) {
  if (object.kind === "IstioOperator" && object.apiVersion.startsWith("install.istio.io/")) {
    const spec2 = object.value["spec"];
    const mesh = isRecord(spec2) ? spec2["meshConfig"] : void 0;
    const at4 = [...object.path, "spec", ...mesh !== void 0 ? ["meshConfig"] : []];
    return [{ object, mesh, at: at4, nested: true }];
  }
  if (object.kind === "ConfigMap" && object.apiVersion === "v1" && object.name === "istio") {
    const data = object.value["data"];
    const text4 = isRecord(data) ? data["mesh"] : void 0;
    if (typeof text4 !== "string") return [];
    const parsed = yamlParser.parse(text4, "mesh");
    const mesh = parsed.ok ? parsed.documents[0]?.value ?? null : { outboundTrafficPolicy: { mode: unknownValue("the ConfigMap's mesh key is not valid YAML") } };
    return [{ object, mesh, at: [...object.path, "data", "mesh"], nested: false }];
  }
  return [];
}
function addServiceEntries(zone, entries2) {
  for (const entry of entries2) {
    const spec2 = entry.value["spec"];
    if (!isRecord(spec2)) continue;
    const ports2 = asList(spec2["ports"]).flatMap(
      (p) => isRecord(p) && typeof p["number"] === "number" ? [{ protocol: plainText(p["protocol"] ?? "TCP").toUpperCase(), from: p["number"], to: p["number"] }] : []
    );
    asList(spec2["hosts"]).forEach((host, i) => {
      if (typeof host !== "string") return;
      zone.allow("domains", { domain: host.toLowerCase().replace(/\.$/, ""), exact: !host.includes("*"), ports: ports2 }, entry.document, [...entry.path, "spec", "hosts", i]);
    });
  }
}

// src/adapters/update-policy/image-reference.ts
function imageFacts(reference) {
  const at4 = reference.indexOf("@");
  const name = at4 < 0 ? reference : reference.slice(0, at4);
  const colon = name.lastIndexOf(":");
  const tagged = colon > name.lastIndexOf("/");
  return {
    repository: tagged ? name.slice(0, colon) : name,
    tag: tagged ? name.slice(colon + 1) : null,
    digest: at4 >= 0 && /^sha256:[a-f0-9]{64}$/.test(reference.slice(at4 + 1))
  };
}

// src/adapters/update-policy/image-subject.ts
var IMAGE_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._:/@+$-]*$/;
function imageSubject(use) {
  const imageOrigin = use.imageOrigin ?? { document: use.document, path: use.imageAt };
  const sources = new SourceMap({ document: use.document, path: use.at }).add(["image"], imageOrigin).add(["image", "reference"], imageOrigin);
  const reference = typeof use.image.reference === "string" && !IMAGE_REFERENCE.test(use.image.reference) ? unknownValue(`${use.image.reference} is not an image reference: a placeholder filled in elsewhere`) : use.image.reference;
  const facts = typeof reference === "string" ? imageFacts(reference) : { tag: reference, digest: reference };
  const image = { ...use.image, reference, tag: facts.tag, digest: facts.digest };
  const value = { root: use.root, component: { type: "container-image", name: use.name }, image };
  return normalizedSubject({
    kind: "update-policy",
    id: use.id,
    product: use.product,
    format: use.format,
    value,
    sources,
    ...use.meta ? { meta: use.meta } : {}
  });
}

// src/adapters/update-policy/kustomize-images.ts
import { posix as posix5 } from "node:path";

// src/adapters/update-policy/shape.ts
function rootOf(file, roots) {
  let best = ".";
  for (const root of roots) {
    if ((root === "." || file === root || file.startsWith(`${root}/`)) && (best === "." || root.length > best.length)) best = root;
  }
  return best;
}
function relativeTo(root, file) {
  return root === "." ? file : file.slice(root.length + 1);
}

// src/adapters/update-policy/kustomize-images.ts
var text2 = (value) => typeof value === "string" && value !== "" ? value : typeof value === "number" && Number.isFinite(value) ? String(value) : void 0;
var KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
function isKustomization(value, file) {
  return value["kind"] === "Kustomization" || value["kind"] === void 0 && KUSTOMIZATION_FILE.test(file);
}
function kustomizations(documents) {
  const out = [];
  for (const { document, format } of documents) {
    const value = document.value;
    if (format !== "kubernetes" || !isRecord(value) || !isKustomization(value, document.file)) continue;
    const dir = posix5.dirname(document.file);
    const resources = (Array.isArray(value["resources"]) ? value["resources"] : []).filter((r) => typeof r === "string" && !/^[a-z]+:\/\//i.test(r)).map((r) => posix5.normalize(posix5.join(dir, r)));
    const images = [];
    (Array.isArray(value["images"]) ? value["images"] : []).forEach((entry, i) => {
      if (!isRecord(entry) || text2(entry["name"]) === void 0) return;
      const override = { name: plainText(entry["name"]), document, path: ["images", i] };
      for (const key of ["newName", "newTag", "digest"]) {
        const v = text2(entry[key]);
        if (v !== void 0) override[key] = v;
      }
      images.push(override);
    });
    const labels = {};
    const addPairs = (pairs2) => {
      if (!isRecord(pairs2)) return;
      for (const [key, v] of Object.entries(pairs2)) {
        const t = text2(v);
        if (t !== void 0) Object.defineProperty(labels, key, { value: t, enumerable: true, writable: true, configurable: true });
      }
    };
    addPairs(value["commonLabels"]);
    if (Array.isArray(value["labels"])) {
      for (const entry of value["labels"]) if (isRecord(entry)) addPairs(entry["pairs"]);
    }
    const namespace = text2(value["namespace"]);
    out.push({ dir, resources, images, labels, ...namespace !== void 0 ? { namespace } : {} });
  }
  return out;
}
function splitReference(reference) {
  const name = imageFacts(reference).repository;
  return { name, pin: reference.slice(name.length) };
}
var includes = (k, path) => k.resources.some((r) => r === path || path.startsWith(`${r}/`));
function kustomizeBuilds(file, all2) {
  const including = all2.filter((k) => includes(k, file));
  const tops = including.filter((k) => !including.some((other) => other !== k && includes(other, k.dir)));
  return tops.map((top) => {
    const chain = including.filter((k) => k === top || includes(top, k.dir));
    chain.sort((a, b) => chain.filter((k) => includes(k, b.dir)).length - chain.filter((k) => includes(k, a.dir)).length);
    const labels = {};
    let namespace;
    for (const k of chain) {
      for (const [key, v] of Object.entries(k.labels)) Object.defineProperty(labels, key, { value: v, enumerable: true, writable: true, configurable: true });
      if (k.namespace !== void 0) namespace = k.namespace;
    }
    return { build: top.dir, labels, ...namespace !== void 0 ? { namespace } : {} };
  });
}
function kustomize(reference, file, all2) {
  const including = all2.filter((k) => includes(k, file));
  const tops = including.filter((k) => !including.some((other) => other !== k && includes(other, k.dir)));
  const results = [];
  let unchanged = false;
  for (const top of tops) {
    const chain = including.filter((k) => k === top || includes(top, k.dir));
    chain.sort((a, b) => chain.filter((k) => includes(k, b.dir)).length - chain.filter((k) => includes(k, a.dir)).length);
    let current = { reference };
    let changed = false;
    for (const k of chain) {
      const { name, pin } = splitReference(current.reference);
      const override = k.images.find((o) => o.name === name);
      if (override === void 0) continue;
      changed = true;
      const key = override.digest !== void 0 ? "digest" : override.newTag !== void 0 ? "newTag" : void 0;
      const newPin = key === "digest" ? `@${override.digest}` : key === "newTag" ? `:${override.newTag}` : pin;
      const origin = key !== void 0 ? { document: override.document, path: [...override.path, key] } : current.origin;
      current = { reference: `${override.newName ?? name}${newPin}`, ...origin ? { origin } : {} };
    }
    if (changed) results.push({ ...current, build: top.dir });
    else unchanged = true;
  }
  return unchanged || results.length === 0 ? [{ reference }, ...results] : results;
}

// src/adapters/update-policy/kubernetes-images.ts
var POD_SPECS = [["spec"], ["spec", "template", "spec"], ["spec", "jobTemplate", "spec", "template", "spec"]];
var CONTAINER_LISTS = ["containers", "initContainers"];
function at(value, path) {
  let node = value;
  for (const segment of path) node = isRecord(node) ? node[String(segment)] : Array.isArray(node) ? node[Number(segment)] : void 0;
  return node;
}
function containerImages(object) {
  return POD_SPECS.flatMap((spec2) => {
    const containers = at(object, [...spec2, "containers"]);
    if (!Array.isArray(containers)) return [];
    return containers.flatMap(
      (container, i) => isRecord(container) && typeof container["image"] === "string" ? [{ image: container["image"], path: [...spec2, "containers", i, "image"] }] : []
    );
  });
}
function kubernetesImageSubjects(documents, roots) {
  const builds = kustomizations(documents);
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "kubernetes" || !isRecord(document.value)) continue;
    const objects = document.value["kind"] === "List" && Array.isArray(document.value["items"]) ? document.value["items"].flatMap((item, i) => isRecord(item) ? [{ object: item, path: ["items", i] }] : []) : [{ object: document.value, path: [] }];
    for (const { object, path } of objects) {
      const kind = typeof object["kind"] === "string" ? object["kind"] : "(no kind)";
      const metadata = isRecord(object["metadata"]) ? object["metadata"] : {};
      const name = typeof metadata["name"] === "string" ? metadata["name"] : unnamedObjectName(document, path);
      const namespace = typeof metadata["namespace"] === "string" ? `${metadata["namespace"]}/` : "";
      for (const spec2 of POD_SPECS) {
        for (const list of CONTAINER_LISTS) {
          const containers = at(object, [...spec2, list]);
          if (!Array.isArray(containers)) continue;
          containers.forEach((container, i) => {
            if (!isRecord(container)) return;
            const containerAt = [...path, ...spec2, list, i];
            const image = container["image"];
            const containerName = typeof container["name"] === "string" ? container["name"] : `${list}[${i}]`;
            const id = `${kind}/${namespace}${name}/${containerName}`;
            const uses = typeof image === "string" ? kustomize(image, document.file, builds) : [{ reference: unknownValue(`container ${containerName} has no image: it is set outside this file`) }];
            for (const use of uses) {
              subjects.push(
                imageSubject({
                  id: "build" in use && use.build !== void 0 ? `${id} (kustomize ${use.build})` : id,
                  product: "kubernetes",
                  format,
                  root: rootOf(document.file, roots),
                  document,
                  at: containerAt,
                  imageAt: [...containerAt, "image"],
                  ..."origin" in use && use.origin !== void 0 ? { imageOrigin: use.origin } : {},
                  name: containerName,
                  image: { reference: use.reference, context: "kubernetes" },
                  meta: { objectKind: kind, object: `${kind}/${namespace}${name}`, ..."build" in use && use.build !== void 0 ? { build: use.build } : {} }
                })
              );
            }
          });
        }
      }
    }
  }
  return subjects;
}

// src/adapters/egress-policy/kubernetes.ts
var kubernetesNetworkPolicyAdapter = ({ documents }) => {
  const objects = kubernetesObjects(documents);
  const byNamespace = /* @__PURE__ */ new Map();
  for (const object of objects) if (object.kind !== "Namespace") addTo(byNamespace, object.namespace, object);
  const subjects = [];
  const namespaces = objects.filter((o) => o.kind === "Namespace" && o.apiVersion === "v1");
  const declared = new Set(namespaces.map((ns) => ns.name));
  const implied = [...byNamespace].flatMap(([name, members]) => {
    const first = declared.has(name) ? void 0 : members.find((o) => o.kind === "NetworkPolicy" || o.kind === "CiliumNetworkPolicy");
    return first ? [{ ...first, name }] : [];
  });
  for (const ns of [...namespaces, ...implied]) {
    const zone = new ZoneBuilder("kubernetes", "kubernetes", { document: ns.document, path: ns.path }, { kind: "namespace", name: ns.name });
    const metadata = ns.kind === "Namespace" ? ns.value["metadata"] : void 0;
    const labels = isRecord(metadata) && isRecord(metadata["labels"]) ? metadata["labels"] : void 0;
    zone.labels(labels ?? {}, ns.document, [...ns.path, "metadata", ...labels ? ["labels"] : []]);
    const inNamespace = byNamespace.get(ns.name) ?? [];
    for (const object of inNamespace) for (const { image, path } of containerImages(object.value)) zone.image(image, object.document, [...object.path, ...path]);
    const policies = inNamespace.filter((o) => o.kind === "NetworkPolicy" && o.apiVersion.startsWith("networking.k8s.io/") && governsEgress(o));
    const isolating = policies.find((p) => selectsAll(spec(p)["podSelector"])) ?? inNamespace.find(ciliumIsolatesAll);
    if (isolating) {
      const at4 = "policyTypes" in spec(isolating) ? ["spec", "policyTypes"] : ["spec"];
      zone.defaultAction("deny", isolating.document, [...isolating.path, ...at4]);
    } else {
      zone.defaultAction("allow", ns.document, ns.path);
    }
    for (const policy of policies) addRules(zone, policy);
    subjects.push(zone.build({ namespace: ns.name, ...isolating ? { isolatedBy: `${isolating.kind} ${isolating.name}` } : {} }));
  }
  return subjects;
};
function spec(object) {
  const value = object.value["spec"];
  return isRecord(value) ? value : {};
}
function governsEgress(policy) {
  const types2 = spec(policy)["policyTypes"];
  if (Array.isArray(types2)) return types2.includes("Egress");
  return "egress" in spec(policy);
}
function ciliumIsolatesAll(object) {
  if (object.kind !== "CiliumNetworkPolicy") return false;
  const specs = [object.value["spec"], ...asList(object.value["specs"])].filter(isRecord);
  return specs.some((s) => {
    const defaults = s["enableDefaultDeny"];
    const disabled = isRecord(defaults) && defaults["egress"] === false;
    const hasEgress = asList(s["egress"]).length > 0 || asList(s["egressDeny"]).length > 0;
    return !disabled && hasEgress && selectsAll(s["endpointSelector"]);
  });
}
function addRules(zone, policy) {
  const rules = spec(policy)["egress"];
  if (!Array.isArray(rules)) return;
  rules.forEach((rule, i) => {
    const at4 = [...policy.path, "spec", "egress", i];
    const ports2 = kubernetesPorts(isRecord(rule) ? rule["ports"] : void 0);
    const peers = isRecord(rule) ? asList(rule["to"]) : [];
    if (peers.length === 0) {
      const via = isRecord(rule) && Object.keys(rule).length === 0 ? "an empty egress rule" : "an egress rule without `to`";
      zone.allow("any", { via: `${via} in NetworkPolicy ${policy.name}`, ports: ports2 }, policy.document, at4);
      return;
    }
    peers.forEach((peer, j) => {
      const peerAt = [...at4, "to", j];
      const block4 = isRecord(peer) ? peer["ipBlock"] : void 0;
      if (isRecord(block4)) {
        const cidr = block4["cidr"];
        zone.allow("cidrs", { cidr: typeof cidr === "string" ? cidr : plainText(cidr), ports: ports2 }, policy.document, [...peerAt, "ipBlock", "cidr"]);
        return;
      }
      const parts = [];
      if (isRecord(peer) && "namespaceSelector" in peer) parts.push(`namespace(${selectorText(peer["namespaceSelector"])})`);
      if (isRecord(peer) && "podSelector" in peer) parts.push(`pod(${selectorText(peer["podSelector"])})`);
      zone.allow("peers", { peer: parts.join("/") || "(empty peer)", ports: ports2 }, policy.document, peerAt);
    });
  });
}

// src/adapters/egress-policy/squid.ts
import { posix as posix6 } from "node:path";
var DESTINATION = /* @__PURE__ */ new Set(["dstdomain", "dstdom_regex", "dst", "dst_as", "ssl::server_name", "ssl::server_name_regex", "url_regex"]);
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "127.0.0.1/32", "127.0.0.1/255.255.255.255", "::1", "::1/128"]);
var PREDEFINED = { all: "src", localhost: "src", to_localhost: "dst", to_linklocal: "dst", manager: "url_regex", CONNECT: "method" };
var squidAdapter = ({ documents }) => {
  const squid = documents.filter((d) => d.format === "squid" && isSquidConfig(d.document.value)).map((d) => d.document);
  const byFile = new Map(squid.map((d) => [d.file, d]));
  const subjects = [];
  for (const document of squid) {
    const value = document.value;
    if (value.includedBy !== void 0) continue;
    const { steps, files } = stepsOf(document, byFile);
    if (posix6.basename(document.file) !== "squid.conf" && !steps.some((s) => s.kind === "rule")) continue;
    subjects.push(zoneOf(document, steps, files));
  }
  return subjects;
};
function isSquidConfig(value) {
  return isRecord(value) && Array.isArray(value["directives"]) && Array.isArray(value["http_access"]) && Array.isArray(value["includes"]) && isRecord(value["acls"]);
}
function isAcl(value) {
  return isRecord(value) && typeof value["type"] === "string" && Array.isArray(value["values"]) && Array.isArray(value["files"]);
}
function config(document) {
  return document.value;
}
function asResolved(value) {
  if (!isRecord(value)) return void 0;
  const { directives, http_access, unresolved } = value;
  return Array.isArray(directives) && Array.isArray(http_access) && Array.isArray(unresolved) ? value : void 0;
}
function stepsOf(main, byFile) {
  const resolved = asResolved(main.value.resolved);
  if (resolved === void 0) return { steps: config(main).http_access.map((rule, index) => ({ kind: "rule", rule, document: main, index })), files: [main] };
  const files = /* @__PURE__ */ new Set([main]);
  for (const directive of resolved.directives) {
    const document = byFile.get(directive.file);
    if (document) files.add(document);
  }
  const steps = [];
  const pending = [...resolved.unresolved];
  const flush = (before) => {
    for (let i = 0; i < pending.length; ) {
      const u = pending[i];
      if (u !== void 0 && (before === void 0 || u.file === before.file && Number(u.path[1]) < before.at)) {
        const document = byFile.get(u.file);
        if (document) steps.push({ kind: "unresolved", pattern: u.pattern, reason: u.reason, document, path: u.path });
        pending.splice(i, 1);
      } else i++;
    }
  };
  let next = 0;
  for (const directive of resolved.directives) {
    flush({ file: directive.file, at: Number(directive.path[1]) });
    if (directive.name !== "http_access") continue;
    const rule = resolved.http_access[next++];
    const document = rule ? byFile.get(rule.file) : void 0;
    if (rule && document) steps.push({ kind: "rule", rule, document, index: Number(rule.path[1]) });
  }
  flush();
  return { steps, files: [...files] };
}
function zoneOf(main, steps, files) {
  const acls = /* @__PURE__ */ new Map();
  for (const document of files) {
    for (const [name, acl] of Object.entries(config(document).acls)) {
      if (isAcl(acl)) addTo(acls, name, { name, acl, document });
    }
  }
  const typeOf = (name) => acls.get(name)?.[0]?.acl.type ?? PREDEFINED[name];
  const isLoopback = (name) => {
    if (name !== "localhost") return false;
    const defined = acls.get(name);
    if (defined === void 0) return true;
    return defined.every(({ acl }) => acl.type === "src" && acl.files.length === 0 && acl.values.every((v) => LOOPBACK.has(v)));
  };
  const zone = new ZoneBuilder("squid", "squid", { document: main, path: [] }, { kind: "squid-proxy", name: main.file });
  let restricted = false;
  let unseen;
  let decided;
  const decide = (action, document, path) => {
    decided = unseen ? { action: unknownValue(`include ${unseen.pattern} (${unseen.reason}) may add rules that Squid reads first`), document: unseen.document, path: unseen.path } : { action, document, path };
  };
  for (const step2 of steps) {
    if (step2.kind === "unresolved") {
      if (!(step2.reason === "no match" && /[*?[]/.test(step2.pattern))) unseen ??= step2;
      continue;
    }
    const { rule, document, index } = step2;
    const at4 = ["http_access", index];
    const refs = Array.isArray(rule.acls) ? rule.acls.filter((ref) => isRecord(ref) && typeof ref.name === "string") : [];
    const positive = refs.filter((ref) => !ref.negated && DESTINATION.has(typeOf(ref.name) ?? ""));
    const undefinedAcl = refs.find((ref) => typeOf(ref.name) === void 0);
    if (rule.action === "deny") {
      if (refs.every((ref) => ref.name === "all" && !ref.negated)) {
        decide("deny", document, at4);
        break;
      }
      if (refs.some((ref) => ref.negated && DESTINATION.has(typeOf(ref.name) ?? ""))) restricted = true;
      for (const ref of positive) addAcl(zone, "deny", acls.get(ref.name) ?? []);
      continue;
    }
    if (refs.some((ref) => !ref.negated && isLoopback(ref.name))) continue;
    for (const ref of positive) addAcl(zone, "allow", acls.get(ref.name) ?? []);
    if (positive.length > 0 || restricted) continue;
    decide(undefinedAcl ? unknownValue(`ACL ${undefinedAcl.name} is not defined in the scanned files`) : "allow", document, at4);
    break;
  }
  const last2 = [...steps].reverse().find((s) => s.kind === "rule");
  if (decided === void 0 && last2?.kind === "rule") {
    decide(last2.rule.action === "allow" ? "deny" : "allow", last2.document, ["http_access", last2.index]);
  }
  if (decided === void 0) decide("deny", main, []);
  if (decided) zone.defaultAction(decided.action, decided.document, decided.path);
  return zone.build();
}
function addAcl(zone, side, sources) {
  const add = side === "allow" ? zone.allow.bind(zone) : zone.deny.bind(zone);
  for (const { name, acl, document } of sources) {
    const at4 = ["acls", name];
    const domainType = acl.type === "dstdomain" || acl.type === "ssl::server_name";
    acl.values.forEach((value, k) => {
      if (typeof value !== "string") return;
      if (domainType) add("domains", { domain: value.toLowerCase(), exact: !value.startsWith("."), ports: [] }, document, [...at4, "values", k]);
      else if (acl.type === "dst" && !value.includes("-")) add("cidrs", { cidr: value, ports: [] }, document, [...at4, "values", k]);
      else if (acl.type === "dst") add("cidrs", { cidr: unknownValue(`address range ${value} is not a CIDR block`), ports: [] }, document, [...at4, "values", k]);
      else add("domains", { domain: unknownValue(`${acl.type} ${value} is a regular expression, not a domain list`), exact: false, ports: [] }, document, [...at4, "values", k]);
    });
    acl.files.forEach((file, k) => {
      if (typeof file !== "string") return;
      const marker2 = unknownValue(`the values of ACL ${name} are listed in ${file}, which is not read`);
      if (acl.type === "dst") add("cidrs", { cidr: marker2, ports: [] }, document, [...at4, "files", k]);
      else add("domains", { domain: marker2, exact: false, ports: [] }, document, [...at4, "files", k]);
    });
  }
}

// src/adapters/egress-policy/index.ts
var products = [
  kubernetesNetworkPolicyAdapter,
  ciliumAdapter,
  istioAdapter,
  awsSecurityGroupAdapter,
  awsSecurityGroupPlanAdapter,
  squidAdapter,
  hardenRunnerAdapter,
  composeAdapter
];
var egressPolicyAdapter = (input) => products.flatMap((product) => product(input));
var egressPolicyFormats = ["kubernetes", "terraform", "terraform-plan", "squid", "github-workflow", "compose", "dotenv"];

// src/adapters/normalized/product-reader.ts
function combineReaders(readers) {
  return {
    adapter: (input) => readers.flatMap((reader) => reader.read(input)),
    formats: [...new Set(readers.flatMap((reader) => reader.formats))].sort()
  };
}

// src/adapters/identity-policy/factors.ts
var PHISHING_RESISTANT = /* @__PURE__ */ new Set(["webauthn", "smart-card"]);
function factor(kind, name, enrolment) {
  return { kind, name, phishable: !PHISHING_RESISTANT.has(kind), enrolment };
}
var OKTA_FACTORS = {
  okta_otp: "otp-app",
  google_otp: "otp-app",
  okta_verify: "push",
  okta_push: "push",
  custom_app: "push",
  okta_sms: "sms",
  phone_number: "sms",
  okta_call: "voice",
  okta_email: "email",
  fido_webauthn: "webauthn",
  fido_u2f: "webauthn",
  webauthn: "webauthn",
  smart_card_idp: "smart-card",
  duo: "duo",
  rsa_token: "otp-token",
  symantec_vip: "otp-token",
  yubikey_token: "otp-token",
  hotp: "otp-token",
  onprem_mfa: "otp-token"
};
function oktaFactorType(type2) {
  if (type2 === "password" || type2 === "question") return void 0;
  if (type2 === "sms") return "sms";
  if (type2 === "call") return "voice";
  if (type2 === "email") return "email";
  if (type2 === "push" || type2 === "signed_nonce") return "push";
  if (type2 === "webauthn" || type2 === "u2f") return "webauthn";
  if (type2 === "token:software:totp") return "otp-app";
  if (type2.startsWith("token")) return "otp-token";
  return "other";
}
function entraCombination(combination) {
  const methods = combination.split(",").map((m) => m.trim());
  const second = methods.find((m) => m !== "password") ?? methods[0] ?? "";
  if (second === "sms") return "sms";
  if (second === "voice") return "voice";
  if (second === "softwareOath") return "otp-app";
  if (second === "hardwareOath") return "otp-token";
  if (second === "microsoftAuthenticatorPush" || second === "deviceBasedPush") return "push";
  if (second === "fido2") return "webauthn";
  if (second === "windowsHelloForBusiness" || second.startsWith("x509Certificate")) return "smart-card";
  if (second === "email") return "email";
  return "other";
}
function keycloakAuthenticator(id) {
  if (id === "auth-otp-form" || id === "direct-grant-validate-otp") return "otp-app";
  if (id === "webauthn-authenticator" || id === "webauthn-authenticator-passwordless") return "webauthn";
  if (id === "auth-recovery-authn-code-form") return "other";
  if (/(^|-)sms(-|$)/i.test(id)) return "sms";
  if (/email-(otp|code|authenticator)/i.test(id)) return "email";
  return void 0;
}

// src/adapters/normalized/builder.ts
var NormalizedBuilder = class {
  /** @param root Where the subject as a whole is: findings on fields with no origin of their own land here. */
  constructor(kind, root, initial) {
    this.kind = kind;
    this.sources = new SourceMap(root);
    this.value = initial;
  }
  kind;
  value;
  sources;
  /** Sets a field, and where it was read when known. */
  set(field3, value, at4) {
    this.value[field3] = value;
    if (at4) this.sources.add([field3], at4);
    return this;
  }
  /** Appends to a list field; the element keeps its own origin. */
  push(field3, element, at4) {
    const current = this.value[field3] ?? [];
    if (this.value[field3] === void 0) this.value[field3] = current;
    this.sources.add([field3, current.length], at4);
    current.push(element);
    return this;
  }
  /** Records where the value at a deeper path was read (a whole list's setting, a nested field). */
  origin(path, at4) {
    this.sources.add(path, at4);
    return this;
  }
  /** The subject; `meta.product` is `product`. */
  build(input) {
    return normalizedSubject({
      kind: this.kind,
      id: input.id,
      product: input.product,
      format: input.format,
      value: { ...this.value },
      sources: this.sources,
      ...input.meta ? { meta: input.meta } : {}
    });
  }
};

// src/adapters/identity-policy/identity.ts
var IdentityBuilder = class {
  constructor(product, format, id, root, service, name) {
    this.product = product;
    this.format = format;
    this.id = id;
    this.#builder = new NormalizedBuilder("identity-policy", { document: root.document, path: root.path }, {
      service,
      name,
      secondFactor: "off",
      setting: "",
      scope: "all",
      covers: [],
      gaps: [],
      unverified: []
    });
  }
  product;
  format;
  id;
  #builder;
  /** Sets the second-factor verdict, the setting that decides it (in the product's words) and where that setting is. */
  secondFactor(level, setting, at4) {
    this.#builder.set("secondFactor", level, at4).set("setting", setting);
    return this;
  }
  /** Whom the subject covers: everyone, or only the named groups/users/roles. */
  scope(scope2, covers, at4) {
    this.#builder.set("scope", scope2, at4).set("covers", covers);
    return this;
  }
  /** Records where a value deeper in a field was read (an element of a list field). */
  origin(path, at4) {
    this.#builder.origin(path, at4);
    return this;
  }
  /** Records another normalized field (e.g. `gracePeriodHours`). */
  field(name, value, at4) {
    this.#builder.set(name, value, at4);
    return this;
  }
  /**
   * Records a second factor the product offers, at the setting that offers it. Products whose
   * configuration names no factors leave `factors` absent: absent is "not known here", `[]` is none.
   */
  factor(factor2, at4) {
    if ((this.#builder.value.factors ?? []).length === 0) this.#builder.origin(["factors"], at4);
    this.#builder.push("factors", factor2, at4);
    return this;
  }
  /** States that the configuration lists its factors and offers none (so far), at the setting that would list them. */
  factorsListed(at4) {
    if (this.#builder.value.factors === void 0) this.#builder.set("factors", [], at4);
    return this;
  }
  /** Records a gap at the setting that opens it. */
  gap(gap, at4) {
    this.#builder.push("gaps", gap, at4);
    return this;
  }
  /** Records a value that could decide a gap but cannot be read statically. */
  unverified(marker2, at4) {
    this.#builder.push("unverified", marker2, at4);
    return this;
  }
  /** The subject. */
  build(meta = {}) {
    return this.#builder.build({ id: this.id, product: this.product, format: this.format, meta });
  }
};

// src/adapters/identity-policy/terraform-blocks.ts
import { posix as posix7 } from "node:path";

// src/adapters/identity-policy/values.ts
var member3 = (value, key) => isRecord(value) && Object.hasOwn(value, key) ? value[key] : void 0;
function block(parent, key) {
  const raw = member3(parent, key);
  if (isRecord(raw) && !isUnknown(raw)) return { value: raw, path: [key] };
  if (Array.isArray(raw) && isRecord(raw[0])) return { value: raw[0], path: [key, 0] };
  return void 0;
}
function bool2(value) {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  return void 0;
}
var text3 = (value) => typeof value === "string" ? value : void 0;
var marker = (value) => isUnknown(value) ? value : void 0;
function shown(value) {
  if (isUnknown(value)) return "$expr" in value ? value.$expr : "unknown";
  if (typeof value === "string") return JSON.stringify(value);
  if (value === void 0) return "unset";
  return JSON.stringify(value) ?? String(value);
}

// src/adapters/identity-policy/plan-blocks.ts
function planBlocks(documents, mode, types2) {
  const blocks2 = [];
  for (const { document, format } of documents) {
    if (format !== "terraform-plan") continue;
    const changes = member3(document.value, "resource_changes");
    for (const planned of listResourceChanges(document)) {
      if ((planned.mode === "data" ? "data" : "resource") !== mode || !types2.has(planned.type) || !isRecord(planned.after)) continue;
      const index = planned.path[1];
      const afterUnknown2 = member3(member3(Array.isArray(changes) && typeof index === "number" ? changes[index] : void 0, "change"), "after_unknown");
      blocks2.push({
        document,
        mode,
        type: planned.type,
        name: planned.name,
        address: planned.address,
        path: planned.path,
        value: withUnknowns(planned.after, afterUnknown2),
        module: document.file,
        format: "terraform-plan"
      });
    }
  }
  return blocks2;
}
function withUnknowns(after, flags) {
  if (flags === true) return after === void 0 || after === null ? unknownValue("known only after terraform apply") : after;
  if (Array.isArray(flags)) {
    const list = Array.isArray(after) ? [...after] : [];
    flags.forEach((flag2, i) => list[i] = withUnknowns(list[i], flag2));
    return Array.isArray(after) || list.some((v) => v !== void 0) ? list : after;
  }
  if (isRecord(flags)) {
    if (!isRecord(after)) return after;
    const copy = { ...after };
    for (const [key, flag2] of Object.entries(flags)) {
      const merged2 = withUnknowns(after[key], flag2);
      if (merged2 !== void 0) copy[key] = merged2;
    }
    return copy;
  }
  return after;
}

// src/adapters/identity-policy/terraform-blocks.ts
var resolvedCache = /* @__PURE__ */ new WeakMap();
var TERRAFORM_FORMATS = ["terraform", "terraform-plan"];
function terraformBlocks(documents, mode, types2) {
  const blocks2 = mode === "resource" ? resourceBlocks(documents, types2) : dataBlocks(documents, types2);
  return [...blocks2, ...planBlocks(documents, mode, types2)];
}
function resourceBlocks(documents, types2) {
  return terraformResourceAdapter({ documents, roots: [] }).flatMap((subject) => {
    const type2 = String(subject.meta?.["type"]);
    if (!types2.has(type2) || !subject.document || !isRecord(subject.value)) return [];
    const block4 = {
      document: subject.document,
      mode: "resource",
      type: type2,
      name: String(subject.meta?.["name"]),
      address: subject.id,
      path: subject.path,
      value: subject.value,
      module: String(subject.meta?.["module"]),
      format: "terraform"
    };
    return [block4];
  });
}
function dataBlocks(documents, types2) {
  const mode = "data";
  const modules2 = terraformModules(documents);
  const blocks2 = [];
  for (const [module, files] of modules2) {
    const values = files.map((d) => d.value);
    for (const document of files) {
      const top = isRecord(document.value) ? document.value[mode] : void 0;
      if (!isRecord(top) || !Object.keys(top).some((type2) => types2.has(type2))) continue;
      let resolved = resolvedCache.get(document);
      if (resolved === void 0) {
        resolved = resolveLiterals(document.value, values);
        resolvedCache.set(document, resolved);
      }
      const byType = isRecord(resolved) ? resolved[mode] : void 0;
      if (!isRecord(byType)) continue;
      for (const [type2, byName] of Object.entries(byType)) {
        if (!types2.has(type2) || !isRecord(byName)) continue;
        for (const [name, body] of Object.entries(byName)) {
          if (!isRecord(body)) continue;
          const local = `data.${type2}.${name}`;
          blocks2.push({
            document,
            mode,
            type: type2,
            name,
            address: module === "." ? local : `${module}:${local}`,
            path: [mode, type2, name],
            value: body,
            module,
            format: "terraform"
          });
        }
      }
    }
  }
  return blocks2;
}
function terraformModules(documents) {
  const modules2 = /* @__PURE__ */ new Map();
  for (const parsed of documents) {
    if (parsed.format !== "terraform") continue;
    const dir = posix7.dirname(parsed.document.file);
    modules2.set(dir, [...modules2.get(dir) ?? [], parsed.document]);
  }
  return modules2;
}

// src/adapters/identity-policy/auth0.ts
var LEVELS = { "all-applications": "required", "confidence-score": "risk-based", never: "off" };
var FACTOR_KEYS = [
  ["email", "email"],
  ["phone", "sms"],
  ["otp", "otp-app"],
  ["push", "push"],
  ["duo", "duo"],
  ["webauthn_roaming", "webauthn"],
  ["webauthn_platform", "webauthn"]
];
function auth0Subjects(documents) {
  return terraformBlocks(documents, "resource", /* @__PURE__ */ new Set(["auth0_guardian"])).map((guardian) => {
    const body = guardian.value;
    const at4 = { document: guardian.document, path: guardian.path };
    const builder = new IdentityBuilder("auth0", guardian.format, guardian.address, at4, "identity-provider", guardian.name);
    const policy = body["policy"];
    const policyAt = { document: guardian.document, path: [...guardian.path, "policy"] };
    const unknown = marker(policy);
    if (unknown) builder.secondFactor(unknown, `policy = ${shown(policy)}`, policyAt);
    else builder.secondFactor((typeof policy === "string" ? ownValue(LEVELS, policy) : void 0) ?? "off", `policy = ${shown(policy)}`, policy === void 0 ? at4 : policyAt);
    const enabled = (key) => {
      const flag2 = body[key];
      if (typeof flag2 === "boolean" || marker(flag2)) return bool2(flag2);
      const nested = block(body, key);
      return nested ? bool2(nested.value["enabled"]) : void 0;
    };
    builder.factorsListed(at4);
    for (const [key, kind] of FACTOR_KEYS) {
      const where = { document: guardian.document, path: [...guardian.path, key] };
      const state = enabled(key);
      if (state === void 0 && body[key] !== void 0) {
        const switched = marker(body[key]) ?? marker(block(body, key)?.value["enabled"]) ?? { $unknown: `${key} is not a literal` };
        builder.factor({ ...factor(kind, key, "optional"), enrolment: switched }, where);
      }
      if (state !== true) continue;
      if (key !== "phone") {
        builder.factor(factor(kind, key, "optional"), where);
        continue;
      }
      const types2 = block(body, "phone")?.value["message_types"];
      const kinds = Array.isArray(types2) ? types2.filter((t) => t === "sms" || t === "voice") : ["sms"];
      for (const type2 of kinds.length > 0 ? kinds : ["sms"]) builder.factor(factor(type2 === "voice" ? "voice" : "sms", "phone", "optional"), where);
    }
    return builder.build({ address: guardian.address });
  });
}
var auth0Reader = { formats: TERRAFORM_FORMATS, read: ({ documents }) => auth0Subjects(documents) };

// src/adapters/identity-policy/aws-iam.ts
var MFA_KEY = "aws:multifactorauthpresent";
var POLICY_RESOURCES = /* @__PURE__ */ new Set(["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]);
function awsIamSubjects(documents) {
  const subjects = [];
  const modules2 = terraformModules(documents);
  for (const found of terraformBlocks(documents, "resource", POLICY_RESOURCES)) {
    const conditions = policyAttribute(found, (modules2.get(found.module) ?? []).map((d) => d.value));
    if (conditions.length > 0) subjects.push(subjectFor(found, conditions));
  }
  for (const found of terraformBlocks(documents, "data", /* @__PURE__ */ new Set(["aws_iam_policy_document"]))) {
    const conditions = policyDocument(found);
    if (conditions.length > 0) subjects.push(subjectFor(found, conditions));
  }
  return subjects;
}
function subjectFor(found, conditions) {
  const name = text3(found.value["name"]) ?? (found.mode === "data" ? `data.${found.type}.${found.name}` : `${found.type}.${found.name}`);
  const builder = new IdentityBuilder("aws-iam", found.format, found.address, { document: found.document, path: found.path }, "cloud-iam", name);
  const denies = conditions.filter((c) => c.effect.toLowerCase() === "deny");
  const denyAbsent = denies.some((c) => c.operator.toLowerCase() === "null" && c.values.includes("true"));
  const ifExists = denies.find((c) => c.operator.toLowerCase() === "boolifexists" && c.values.includes("false"));
  const boolOnly = denies.filter((c) => c.operator.toLowerCase() === "bool" && c.values.includes("false"));
  const first = conditions[0];
  if (ifExists) builder.secondFactor("required", "Deny with BoolIfExists aws:MultiFactorAuthPresent = false", ifExists.at);
  else if (boolOnly[0]) builder.secondFactor(denyAbsent ? "required" : "conditional", "Deny with Bool aws:MultiFactorAuthPresent = false", boolOnly[0].at);
  else if (first) builder.secondFactor("optional", `${first.effect} with ${first.operator} aws:MultiFactorAuthPresent: other policies can still allow without MFA`, first.at);
  builder.field("conditions", conditions.map((c) => ({ effect: c.effect, operator: c.operator, values: c.values })), conditions[0]?.at);
  conditions.forEach((c, index) => builder.origin(["conditions", index], c.at));
  return builder.build({ address: found.address });
}
function policyAttribute(found, module) {
  const raw = found.value["policy"];
  const path = [...found.path, "policy"];
  if (typeof raw === "string") {
    let parsed;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return [];
    }
    return jsonConditions(parsed, () => ({ document: found.document, path }));
  }
  if (!isUnknown(raw) || !("$expr" in raw)) return [];
  const inner = jsonencodeArgument(found.document, path, raw.$expr, module);
  if (!inner) return [];
  return jsonConditions(inner.value, (at4) => ({ document: inner, path: at4 }));
}
function jsonConditions(policy, at4) {
  const statements = isRecord(policy) ? policy["Statement"] : void 0;
  const list = Array.isArray(statements) ? statements.map((statement, index) => ({ statement, path: ["Statement", index] })) : [{ statement: statements, path: ["Statement"] }];
  const out = [];
  for (const { statement, path } of list) {
    if (!isRecord(statement) || !isRecord(statement["Condition"])) continue;
    const effect = text3(statement["Effect"]) ?? "";
    for (const [operator, tests] of Object.entries(statement["Condition"])) {
      if (!isRecord(tests)) continue;
      for (const [key, value] of Object.entries(tests)) {
        if (key.toLowerCase() !== MFA_KEY) continue;
        out.push({ effect, operator, values: strings(value), at: at4([...path, "Condition", operator]) });
      }
    }
  }
  return out;
}
function policyDocument(found) {
  const statements = Array.isArray(found.value["statement"]) ? found.value["statement"] : [];
  const out = [];
  statements.forEach((statement, s) => {
    if (!isRecord(statement)) return;
    const effect = text3(statement["effect"]) ?? "Allow";
    const conditions = Array.isArray(statement["condition"]) ? statement["condition"] : [];
    conditions.forEach((condition, c) => {
      if (!isRecord(condition) || text3(condition["variable"])?.toLowerCase() !== MFA_KEY) return;
      const document = found.document;
      out.push({
        effect,
        operator: text3(condition["test"]) ?? "",
        values: strings(condition["values"]),
        at: { document, path: [...found.path, "statement", s, "condition", c, "test"] }
      });
    });
  });
  return out;
}
function strings(value) {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v) => typeof v === "string" ? [v.toLowerCase()] : typeof v === "boolean" ? [String(v)] : []);
}
var awsIamReader = { formats: TERRAFORM_FORMATS, read: ({ documents }) => awsIamSubjects(documents) };

// src/adapters/identity-policy/cognito.ts
var LEVELS2 = { ON: "required", OPTIONAL: "optional", OFF: "off" };
function cognitoSubjects(documents) {
  return terraformBlocks(documents, "resource", /* @__PURE__ */ new Set(["aws_cognito_user_pool"])).map((pool) => {
    const at4 = { document: pool.document, path: pool.path };
    const name = text3(pool.value["name"]) ?? pool.name;
    const builder = new IdentityBuilder("cognito", pool.format, pool.address, at4, "identity-provider", name);
    const raw = pool.value["mfa_configuration"];
    const setting = { document: pool.document, path: [...pool.path, "mfa_configuration"] };
    const unknown = marker(raw);
    if (unknown) builder.secondFactor(unknown, `mfa_configuration = ${shown(raw)}`, setting);
    else if (raw === void 0) builder.secondFactor("off", "mfa_configuration is not set (default OFF)", at4);
    else builder.secondFactor((typeof raw === "string" ? ownValue(LEVELS2, raw.toUpperCase()) : void 0) ?? "off", `mfa_configuration = ${shown(raw)}`, setting);
    builder.factorsListed(at4);
    const offered = [["sms_configuration", "sms"], ["email_mfa_configuration", "email"], ["software_token_mfa_configuration", "otp-app"]];
    for (const [key, kind] of offered) {
      const found = block(pool.value, key);
      if (!found && pool.value[key] === void 0) continue;
      const where = { document: pool.document, path: [...pool.path, key] };
      const switched = found && key === "software_token_mfa_configuration" ? found.value["enabled"] : true;
      const unknownSwitch = marker(switched);
      if (unknownSwitch) builder.factor({ ...factor(kind, key, "optional"), enrolment: unknownSwitch }, where);
      else if (bool2(switched) !== false) builder.factor(factor(kind, key, "optional"), where);
    }
    return builder.build({ address: pool.address });
  });
}
var cognitoReader = { formats: TERRAFORM_FORMATS, read: ({ documents }) => cognitoSubjects(documents) };

// src/adapters/identity-policy/exclusions.ts
function addExclusions(builder, list, where, kind, describe3) {
  if (list === void 0 || list === null) return;
  if (isUnknown(list)) {
    builder.unverified(list, where);
    return;
  }
  if (!Array.isArray(list)) return;
  list.forEach((entry, index) => {
    const at4 = { document: where.document, path: [...where.path, index] };
    if (isUnknown(entry)) builder.unverified(entry, at4);
    else if (typeof entry === "string" && entry !== "") builder.gap({ kind, who: entry, detail: describe3(entry) }, at4);
  });
}

// src/adapters/identity-policy/entra-strength.ts
var BUILT_IN_STRENGTHS = {
  "00000000-0000-0000-0000-000000000003": ["windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor", "deviceBasedPush"],
  "00000000-0000-0000-0000-000000000004": ["windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor"]
};
function addStrengthFactors(builder, id, at4, strengths) {
  if (id === void 0) return;
  const builtIn = typeof id === "string" ? BUILT_IN_STRENGTHS[id] : void 0;
  if (builtIn) {
    builder.factorsListed(at4);
    for (const method of builtIn) builder.factor(factor(entraCombination(method), method, "optional"), at4);
    return;
  }
  const reference = marker(id);
  const address = reference && "$expr" in reference ? /^(azuread_authentication_strength_policy\.[\w-]+)\.id$/.exec(reference.$expr.trim())?.[1] : void 0;
  const strength = address ? strengths.get(address) : void 0;
  if (!strength) return;
  const combinations = strength.value["allowed_combinations"];
  const listAt = { document: strength.document, path: [...strength.path, "allowed_combinations"] };
  if (!Array.isArray(combinations)) {
    const unknown = marker(combinations);
    if (unknown) builder.unverified(unknown, listAt);
    return;
  }
  builder.factorsListed(listAt);
  combinations.forEach((combination, index) => {
    const where = { document: strength.document, path: [...listAt.path, index] };
    if (typeof combination === "string") builder.factor(factor(entraCombination(combination), combination, "optional"), where);
    else if (marker(combination)) builder.unverified(marker(combination), where);
  });
}

// src/adapters/identity-policy/entra.ts
function entraSubjects(documents) {
  const subjects = [];
  const policies = terraformBlocks(documents, "resource", /* @__PURE__ */ new Set(["azuread_conditional_access_policy"]));
  const blocked = blockedClientApps(policies);
  const strengths = new Map(terraformBlocks(documents, "resource", /* @__PURE__ */ new Set(["azuread_authentication_strength_policy"])).map((b) => [b.address, b]));
  for (const found of policies) {
    const grant = block(found.value, "grant_controls");
    if (!grant) continue;
    const controls = grant.value["built_in_controls"];
    const strength = grant.value["authentication_strength_policy_id"];
    const asksMfa = Array.isArray(controls) && controls.some((c) => c === "mfa" || isUnknown(c)) || isUnknown(controls) || strength !== void 0;
    if (!asksMfa) continue;
    subjects.push(conditionalAccess(found, grant, controls, blocked, strengths));
  }
  return subjects;
}
function conditionalAccess(found, grant, controls, blocked, strengths) {
  const here = (path) => ({ document: found.document, path: [...found.path, ...path] });
  const name = text3(found.value["display_name"]) ?? found.name;
  const builder = new IdentityBuilder("entra-id", found.format, found.address, here([]), "identity-provider", name);
  const grantPath = grant.path;
  const state = found.value["state"];
  const operator = grant.value["operator"];
  const weaker = Array.isArray(controls) ? controls.filter((c) => typeof c === "string" && c !== "mfa" && c !== "block") : [];
  if (isUnknown(state)) builder.secondFactor(state, `state = ${shown(state)}`, here(["state"]));
  else if (state === "enabledForReportingButNotEnforced") builder.secondFactor("report-only", `state = ${shown(state)}`, here(["state"]));
  else if (state === "disabled") builder.secondFactor("disabled", `state = ${shown(state)}`, here(["state"]));
  else if (isUnknown(operator) && weaker.length > 0) builder.secondFactor(operator, `operator = ${shown(operator)}`, here([...grantPath, "operator"]));
  else if (text3(operator)?.toUpperCase() === "OR" && weaker.length > 0)
    builder.secondFactor("alternative", `operator = "OR" with ${weaker.join(", ")}`, here([...grantPath, "operator"]));
  else builder.secondFactor("required", `built_in_controls = ${shown(controls)}`, here([...grantPath, "built_in_controls"]));
  const conditions = block(found.value, "conditions");
  const users = conditions ? block(conditions.value, "users") : void 0;
  const apps = conditions ? block(conditions.value, "applications") : void 0;
  const usersPath = [...conditions?.path ?? [], ...users?.path ?? []];
  const appsPath = [...conditions?.path ?? [], ...apps?.path ?? []];
  const included = users?.value["included_users"];
  const includedApps = apps?.value["included_applications"];
  const everyone = Array.isArray(included) && included.includes("All");
  const allApps = Array.isArray(includedApps) && includedApps.includes("All");
  const covers = ["included_users", "included_groups", "included_roles"].flatMap((key) => {
    const list = users?.value[key];
    return Array.isArray(list) ? list.map(shown) : [];
  });
  const undecided = marker(included) ?? marker(includedApps);
  if (undecided) builder.scope(undecided, covers, here(usersPath));
  else builder.scope(everyone && allApps ? "all" : "some", allApps ? covers : [...covers, `applications ${shown(includedApps)}`], here(everyone ? appsPath : usersPath));
  if (users) {
    const list = (key) => ({ document: found.document, path: [...found.path, ...usersPath, key] });
    addExclusions(builder, users.value["excluded_users"], list("excluded_users"), "excluded-user", (who) => `User ${who} is excluded from "${name}" and signs in without its second factor.`);
    addExclusions(builder, users.value["excluded_groups"], list("excluded_groups"), "excluded-group", (who) => `Group ${who} is excluded from "${name}": its members sign in without its second factor.`);
    addExclusions(builder, users.value["excluded_roles"], list("excluded_roles"), "excluded-role", (who) => `Directory role ${who} is excluded from "${name}": its holders, administrators, sign in without its second factor.`);
  }
  if (apps) {
    const list = { document: found.document, path: [...found.path, ...appsPath, "excluded_applications"] };
    addExclusions(builder, apps.value["excluded_applications"], list, "excluded-application", (who) => `Application ${who} is excluded from "${name}": sign-ins to it need no second factor.`);
  }
  const locations = conditions ? block(conditions.value, "locations") : void 0;
  if (conditions && locations) {
    const included2 = locations.value["included_locations"];
    const includedAt = here([...conditions.path, ...locations.path, "included_locations"]);
    const named = (m) => m !== void 0 && "$expr" in m && /^azuread_named_location\.[\w-]+\.id$/.test(m.$expr.trim());
    const includedMarker = marker(included2) ?? (Array.isArray(included2) ? included2.map(marker).find((m) => m !== void 0 && !named(m)) : void 0);
    const where = `locations ${Array.isArray(included2) ? included2.map(shown).join(", ") : shown(included2)}`;
    if (includedMarker) builder.scope(includedMarker, [...covers, where], includedAt);
    else if (Array.isArray(included2) && !included2.includes("All")) builder.scope("some", [...covers, where], includedAt);
    const list = { document: found.document, path: [...found.path, ...conditions.path, ...locations.path, "excluded_locations"] };
    addExclusions(
      builder,
      locations.value["excluded_locations"],
      list,
      "excluded-location",
      (who) => `Sign-ins from ${who === "AllTrusted" ? "every trusted network (AllTrusted)" : `location ${who}`} are excluded from "${name}" and need no second factor.`
    );
  }
  addStrengthFactors(builder, grant.value["authentication_strength_policy_id"], here([...grantPath, "authentication_strength_policy_id"]), strengths);
  const clientApps = conditions?.value["client_app_types"];
  const clientAt = here([...conditions?.path ?? [], "client_app_types"]);
  if (isUnknown(clientApps)) builder.unverified(clientApps, clientAt);
  else if (Array.isArray(clientApps) && !clientApps.includes("all")) {
    const skipped = CLIENT_APP_TYPES.filter((type2) => !clientApps.includes(type2) && !blocked.has(type2));
    if (skipped.length > 0)
      builder.gap(
        { kind: "client-apps", who: "", detail: `client_app_types = ${shown(clientApps)}: sign-ins from ${skipped.join(", ")} clients skip "${name}" and no enabled policy blocks them.` },
        clientAt
      );
  }
  return builder.build({ address: found.address });
}
var CLIENT_APP_TYPES = ["browser", "mobileAppsAndDesktopClients", "exchangeActiveSync", "other"];
function blockedClientApps(policies) {
  const blocked = /* @__PURE__ */ new Set();
  for (const found of policies) {
    const controls = block(found.value, "grant_controls")?.value["built_in_controls"];
    const conditions = block(found.value, "conditions");
    const users = conditions ? block(conditions.value, "users")?.value : void 0;
    const apps = conditions ? block(conditions.value, "applications")?.value : void 0;
    const types2 = conditions?.value["client_app_types"];
    const none = (list) => list === void 0 || list === null || Array.isArray(list) && list.length === 0;
    if (found.value["state"] !== "enabled" || !Array.isArray(controls) || !controls.includes("block") || !Array.isArray(users?.["included_users"]) || !users["included_users"].includes("All") || !["excluded_users", "excluded_groups", "excluded_roles"].every((key) => none(users[key])) || !Array.isArray(apps?.["included_applications"]) || !apps["included_applications"].includes("All") || !none(apps["excluded_applications"]) || !Array.isArray(types2))
      continue;
    for (const type2 of types2) if (typeof type2 === "string") blocked.add(type2);
  }
  return blocked;
}
var entraReader = { formats: TERRAFORM_FORMATS, read: ({ documents }) => entraSubjects(documents) };

// src/adapters/identity-policy/github.ts
function githubSubjects(documents) {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "github-settings" || !isRecord(document.value)) continue;
    const org = document.value["organization"];
    if (!isRecord(org)) continue;
    const login = text3(org["login"]) ?? "organization";
    const here = (path) => ({ document, path: ["organization", ...path] });
    const builder = new IdentityBuilder("github", "github-settings", `github:${login}`, here([]), "code-hosting", login);
    const required = org["two_factor_requirement_enabled"];
    const setting = `two_factor_requirement_enabled = ${JSON.stringify(required ?? null)}`;
    if (isUnknown(required)) builder.secondFactor(required, setting, here(["two_factor_requirement_enabled"]));
    else if (required === true) builder.secondFactor("required", setting, here(["two_factor_requirement_enabled"]));
    else if (required === false) builder.secondFactor("off", setting, here(["two_factor_requirement_enabled"]));
    else builder.secondFactor({ $unknown: "two_factor_requirement_enabled is missing from the snapshot (needs the admin:org scope)" }, setting, here(["two_factor_requirement_enabled"]));
    const lists = [
      { key: "members_without_2fa", kind: "member-without-2fa", what: "Member" },
      { key: "outside_collaborators_without_2fa", kind: "outside-collaborator-without-2fa", what: "Outside collaborator" }
    ];
    for (const { key, kind, what } of lists) {
      const list = org[key];
      if (isUnknown(list)) builder.unverified(list, here([key]));
      else if (list === void 0 || list === null) builder.unverified({ $unknown: `${key} is missing from the snapshot` }, here([]));
      else if (Array.isArray(list))
        list.forEach((entry, index) => {
          const who = isRecord(entry) ? text3(entry["login"]) : text3(entry);
          if (who !== void 0) builder.gap({ kind, who, detail: `${what} ${who} of ${login} has no second factor.` }, here([key, index]));
        });
    }
    subjects.push(builder.build({ organization: login, source: document.value["source"] ?? null }));
  }
  return subjects;
}
var githubReader = { formats: ["github-settings"], read: ({ documents }) => githubSubjects(documents) };

// src/adapters/identity-policy/gitlab.ts
var DEFAULT_GRACE_HOURS = 48;
function gitlabSubjects(documents) {
  return terraformBlocks(documents, "resource", /* @__PURE__ */ new Set(["gitlab_group", "gitlab_application_settings"])).map((group2) => {
    const body = group2.value;
    const at4 = { document: group2.document, path: group2.path };
    const instance2 = group2.type === "gitlab_application_settings";
    const name = instance2 ? "instance settings" : text3(body["full_path"]) ?? text3(body["path"]) ?? text3(body["name"]) ?? group2.name;
    const builder = new IdentityBuilder("gitlab", group2.format, group2.address, at4, "code-hosting", name);
    const raw = body["require_two_factor_authentication"];
    const rawAt = { document: group2.document, path: [...group2.path, "require_two_factor_authentication"] };
    const unknown = marker(raw);
    if (unknown) builder.secondFactor(unknown, `require_two_factor_authentication = ${shown(raw)}`, rawAt);
    else if (raw === void 0) builder.secondFactor("off", "require_two_factor_authentication is not set (default false)", at4);
    else builder.secondFactor(bool2(raw) === true ? "required" : "off", `require_two_factor_authentication = ${shown(raw)}`, rawAt);
    const grace = body["two_factor_grace_period"];
    if (bool2(raw) !== true) return builder.build({ address: group2.address, type: group2.type });
    if (grace === void 0) builder.field("gracePeriodHours", DEFAULT_GRACE_HOURS, at4);
    else builder.field("gracePeriodHours", typeof grace === "string" && /^\d+$/.test(grace) ? Number(grace) : grace, { document: group2.document, path: [...group2.path, "two_factor_grace_period"] });
    return builder.build({ address: group2.address, type: group2.type });
  });
}
var gitlabReader = { formats: TERRAFORM_FORMATS, read: ({ documents }) => gitlabSubjects(documents) };

// src/adapters/identity-policy/keycloak-flows.ts
var SESSION_ALTERNATIVES = /* @__PURE__ */ new Set(["auth-cookie", "identity-provider-redirector"]);
var RANK = { off: 0, optional: 1, conditional: 2, required: 3 };
function flowStrength(realm, alias, realmPath) {
  const flows = Array.isArray(realm["authenticationFlows"]) ? realm["authenticationFlows"] : void 0;
  if (!flows) return void 0;
  const executionsOf = (name, seen) => {
    const index = flows.findIndex((f) => isRecord(f) && f["alias"] === name);
    const flow = flows[index];
    if (!isRecord(flow) || seen.has(name)) return void 0;
    const list = Array.isArray(flow["authenticationExecutions"]) ? flow["authenticationExecutions"] : [];
    return list.flatMap(
      (raw, at4) => isRecord(raw) ? [{
        requirement: text3(raw["requirement"]) ?? "DISABLED",
        authenticator: text3(raw["authenticator"]),
        flowAlias: raw["authenticatorFlow"] === true ? text3(raw["flowAlias"]) : void 0,
        path: [...realmPath, "authenticationFlows", index, "authenticationExecutions", at4, "requirement"]
      }] : []
    );
  };
  const leadsToSecondFactor = (execution, seen) => {
    if (execution.authenticator !== void 0 && keycloakAuthenticator(execution.authenticator) !== void 0) return true;
    if (execution.flowAlias === void 0) return false;
    const inner = executionsOf(execution.flowAlias, seen);
    return (inner ?? []).some((e) => e.requirement !== "DISABLED" && leadsToSecondFactor(e, /* @__PURE__ */ new Set([...seen, execution.flowAlias ?? ""])));
  };
  const walk2 = (name, seen, cap) => {
    const executions = executionsOf(name, seen);
    if (!executions) return void 0;
    const inner = /* @__PURE__ */ new Set([...seen, name]);
    const hasRequired = executions.some((e) => e.requirement === "REQUIRED" || e.requirement === "CONDITIONAL");
    let best;
    for (const execution of executions) {
      const own = stepLevel(execution, executions, hasRequired, (e) => leadsToSecondFactor(e, inner));
      if (own === void 0) continue;
      const capped = cap && RANK[cap.level] < RANK[own.level] ? cap : own;
      const found = execution.authenticator !== void 0 && keycloakAuthenticator(execution.authenticator) !== void 0 ? capped.level === "required" ? { level: "required", path: execution.path, reason: `${execution.authenticator} is REQUIRED` } : capped : execution.flowAlias !== void 0 ? walk2(execution.flowAlias, inner, capped.level === "required" ? void 0 : capped) : void 0;
      if (found && (!best || RANK[found.level] > RANK[best.level])) best = found;
    }
    return best;
  };
  return walk2(alias, /* @__PURE__ */ new Set(), void 0);
}
function stepLevel(execution, siblings, hasRequired, leadsToSecondFactor) {
  const what = execution.flowAlias !== void 0 ? `subflow "${execution.flowAlias}"` : execution.authenticator ?? "step";
  switch (execution.requirement) {
    case "REQUIRED":
      return { level: "required", path: execution.path, reason: `${what} is REQUIRED` };
    case "CONDITIONAL":
      return { level: "conditional", path: execution.path, reason: `${what} is CONDITIONAL: it asks only users its conditions select (by default, those who already configured OTP)` };
    case "ALTERNATIVE": {
      if (hasRequired) return void 0;
      const bypass = siblings.find(
        (s) => s !== execution && s.requirement === "ALTERNATIVE" && !SESSION_ALTERNATIVES.has(s.authenticator ?? "") && !leadsToSecondFactor(s)
      );
      return bypass ? { level: "optional", path: execution.path, reason: `${what} is ALTERNATIVE to ${bypass.flowAlias ?? bypass.authenticator ?? "another step"}, which signs users in without it` } : { level: "required", path: execution.path, reason: `${what} is ALTERNATIVE` };
    }
    default:
      return void 0;
  }
}
function flowFactors(realm, alias, realmPath) {
  const flows = Array.isArray(realm["authenticationFlows"]) ? realm["authenticationFlows"] : [];
  const out = [];
  const visit = (name, seen) => {
    const index = flows.findIndex((f) => isRecord(f) && f["alias"] === name);
    const flow = flows[index];
    if (!isRecord(flow) || seen.has(name)) return;
    const list = Array.isArray(flow["authenticationExecutions"]) ? flow["authenticationExecutions"] : [];
    list.forEach((raw, at4) => {
      if (!isRecord(raw)) return;
      const requirement = text3(raw["requirement"]) ?? "DISABLED";
      if (requirement === "DISABLED") return;
      const flowAlias = raw["authenticatorFlow"] === true ? text3(raw["flowAlias"]) : void 0;
      if (flowAlias !== void 0) return visit(flowAlias, /* @__PURE__ */ new Set([...seen, name]));
      const authenticator = text3(raw["authenticator"]);
      const kind = authenticator === void 0 ? void 0 : keycloakAuthenticator(authenticator);
      if (kind && authenticator) out.push({ kind, authenticator, requirement, path: [...realmPath, "authenticationFlows", index, "authenticationExecutions", at4, "authenticator"] });
    });
  };
  visit(alias, /* @__PURE__ */ new Set());
  return out;
}

// src/adapters/identity-policy/keycloak.ts
var ENROL_ACTIONS = /* @__PURE__ */ new Set(["CONFIGURE_TOTP", "webauthn-register", "webauthn-register-passwordless"]);
function keycloakSubjects(documents) {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "keycloak-realm") continue;
    const realms = Array.isArray(document.value) ? document.value.map((value, index) => ({ value, path: [index] })) : [{ value: document.value, path: [] }];
    for (const { value, path } of realms) {
      if (isRecord(value) && typeof value["realm"] === "string" && value["enabled"] !== false) subjects.push(realmSubject(document, value, path));
    }
  }
  return subjects;
}
function realmSubject(document, realm, root) {
  const name = typeof realm["realm"] === "string" ? realm["realm"] : shown(realm["realm"]);
  const here = (path) => ({ document, path: [...root, ...path] });
  const builder = new IdentityBuilder("keycloak", "keycloak-realm", `${document.file}#${name}`, here([]), "identity-provider", name);
  const enrolment = defaultEnrolment(realm);
  const browserAlias = text3(realm["browserFlow"]) ?? "browser";
  const browser = strengthOf(realm, browserAlias, root);
  if (browser.level === "required") builder.secondFactor("required", `browser flow "${browserAlias}": ${browser.reason}`, here(browser.path.slice(root.length)));
  else if (enrolment) builder.secondFactor("required", `required action ${enrolment.alias} is a default action`, here(enrolment.path));
  else builder.secondFactor(browser.level, `browser flow "${browserAlias}": ${browser.reason}`, here(browser.path.slice(root.length)));
  if (Array.isArray(realm["authenticationFlows"])) {
    builder.factorsListed(here([]));
    for (const step2 of flowFactors(realm, browserAlias, root)) {
      builder.factor(factor(step2.kind, step2.authenticator, step2.requirement === "REQUIRED" ? "required" : "optional"), here(step2.path.slice(root.length)));
    }
  }
  const grantAlias = text3(realm["directGrantFlow"]) ?? "direct grant";
  const grant = strengthOf(realm, grantAlias, root);
  const clients = Array.isArray(realm["clients"]) ? realm["clients"] : [];
  clients.forEach((client, index) => {
    if (!isRecord(client) || client["enabled"] === false || client["bearerOnly"] === true) return;
    const clientId = text3(client["clientId"]) ?? `clients[${index}]`;
    const overrides = member3(client, "authenticationFlowBindingOverrides");
    const grantOverride = text3(member3(overrides, "direct_grant"));
    const grantFlow = grantOverride ? strengthOf(realm, grantOverride, root) : grant;
    if (client["directAccessGrantsEnabled"] === true && grantFlow.level !== "required" && !enrolment) {
      builder.gap(
        {
          kind: "password-grant",
          who: clientId,
          detail: `Client ${clientId} allows the password grant (directAccessGrantsEnabled) and the direct grant flow "${grantOverride ?? grantAlias}" does not require OTP (${grantFlow.reason}): a password alone gets a token.`
        },
        here(["clients", index, "directAccessGrantsEnabled"])
      );
    }
    const browserOverride = text3(member3(overrides, "browser"));
    if (browserOverride) {
      const own = strengthOf(realm, browserOverride, root);
      if (own.level !== "required" && !(enrolment && own.level === "conditional"))
        builder.gap(
          { kind: "flow-override", who: clientId, detail: `Client ${clientId} overrides the browser flow with "${browserOverride}", which does not require OTP (${own.reason}): its users sign in with a password alone.` },
          here(["clients", index, "authenticationFlowBindingOverrides", "browser"])
        );
    }
  });
  return builder.build({ realm: name });
}
function strengthOf(realm, alias, root) {
  const found = flowStrength(realm, alias, root);
  if (found) return found;
  const flows = Array.isArray(realm["authenticationFlows"]) ? realm["authenticationFlows"] : [];
  const exported = flows.findIndex((f) => isRecord(f) && f["alias"] === alias);
  if (exported >= 0) return { level: "off", path: [...root, "authenticationFlows", exported, "alias"], reason: "it has no OTP or WebAuthn step" };
  const builtIn = alias === "browser" || alias === "direct grant";
  return {
    level: builtIn ? "conditional" : "off",
    path: [...root, alias === "direct grant" ? "directGrantFlow" : "browserFlow"],
    reason: builtIn ? "the built-in flow asks OTP only from users who already configured it" : `flow "${alias}" is not in the export`
  };
}
function defaultEnrolment(realm) {
  const actions = Array.isArray(realm["requiredActions"]) ? realm["requiredActions"] : [];
  for (let index = 0; index < actions.length; index++) {
    const action = actions[index];
    if (!isRecord(action)) continue;
    const alias = text3(action["alias"]) ?? text3(action["providerId"]) ?? "";
    if (ENROL_ACTIONS.has(alias) && action["enabled"] !== false && action["defaultAction"] === true)
      return { alias, path: ["requiredActions", index, "defaultAction"] };
  }
  return void 0;
}
var keycloakReader = { formats: ["keycloak-realm"], read: ({ documents }) => keycloakSubjects(documents) };

// src/adapters/identity-policy/okta-challenge.ts
function challengeRule(found, builder) {
  const here = (path) => ({ document: found.document, path: [...found.path, ...path] });
  const raw = found.value["factor_sequence"];
  const unknown = marker(raw);
  if (unknown) {
    builder.secondFactor(unknown, `factor_sequence = ${shown(raw)}`, here(["factor_sequence"]));
    return;
  }
  const sequences = Array.isArray(raw) ? raw : raw !== void 0 ? [raw] : [];
  if (sequences.length === 0) {
    builder.secondFactor("off", 'access = "CHALLENGE" without a factor_sequence', here(["access"]));
    return;
  }
  builder.factorsListed(here(["factor_sequence"]));
  let single;
  sequences.forEach((sequence, index) => {
    const path = Array.isArray(raw) ? ["factor_sequence", index] : ["factor_sequence"];
    const secondary = member3(sequence, "secondary_criteria");
    const criteria = Array.isArray(secondary) ? secondary : secondary !== void 0 ? [secondary] : [];
    criteria.forEach((criterion, at4) => {
      const type2 = text3(member3(criterion, "factor_type"));
      const kind = type2 === void 0 ? void 0 : oktaFactorType(type2);
      const where = here([...path, "secondary_criteria", ...Array.isArray(secondary) ? [at4] : [], "factor_type"]);
      if (kind) builder.factor(factor(kind, type2 ?? kind, "optional"), where);
    });
    if (criteria.length === 0) single ??= index;
  });
  if (single === void 0) {
    builder.secondFactor("required", 'access = "CHALLENGE": every factor_sequence has a secondary_criteria', here(["access"]));
  } else {
    const path = Array.isArray(raw) ? ["factor_sequence", single] : ["factor_sequence"];
    const primary = shown(member3(sequences[single], "primary_criteria_factor_type"));
    builder.secondFactor("off", `access = "CHALLENGE": factor_sequence with primary ${primary} has no secondary_criteria`, here(path));
  }
}

// src/adapters/identity-policy/okta.ts
var ENROLMENT = { REQUIRED: "required", OPTIONAL: "optional", NOT_ALLOWED: "disabled" };
var SECOND_FACTORS = [
  "okta_otp",
  "okta_verify",
  "okta_push",
  "okta_sms",
  "okta_call",
  "okta_email",
  "google_otp",
  "fido_webauthn",
  "fido_u2f",
  "phone_number",
  "duo",
  "rsa_token",
  "symantec_vip",
  "yubikey_token",
  "hotp",
  "onprem_mfa",
  "webauthn",
  "smart_card_idp",
  "custom_app"
];
var AUTHENTICATOR_KEYS = { fido_webauthn: "webauthn", okta_otp: "okta_verify", okta_push: "okta_verify" };
function oktaSubjects(documents) {
  const subjects = [];
  const types2 = /* @__PURE__ */ new Set(["okta_policy_mfa", "okta_policy_mfa_default", "okta_policy_rule_signon", "okta_app_signon_policy_rule"]);
  const deactivated = inactiveAuthenticators(documents);
  for (const found of terraformBlocks(documents, "resource", types2)) {
    if (found.type === "okta_policy_mfa" || found.type === "okta_policy_mfa_default") subjects.push(enrollmentPolicy(found, deactivated));
    else if (text3(found.value["access"])?.toUpperCase() !== "DENY") subjects.push(signOnRule(found));
  }
  return subjects;
}
function builderFor(found) {
  const name = text3(found.value["name"]) ?? (found.type === "okta_policy_mfa_default" ? "Default Policy" : found.name);
  return new IdentityBuilder("okta", found.format, found.address, { document: found.document, path: found.path }, "identity-provider", name);
}
function inactive(found, builder) {
  const status = found.value["status"];
  if (text3(status)?.toUpperCase() !== "INACTIVE") return false;
  builder.secondFactor("disabled", `status = ${shown(status)}`, { document: found.document, path: [...found.path, "status"] });
  return true;
}
function enrollmentPolicy(found, deactivatedKeys) {
  const builder = builderFor(found);
  const here = (path) => ({ document: found.document, path: [...found.path, ...path] });
  if (found.type === "okta_policy_mfa_default") builder.scope("all", ["Everyone"]);
  else addScope(builder, found, "groups_included");
  if (inactive(found, builder)) return builder.build({ address: found.address, type: found.type });
  builder.factorsListed(here([]));
  let required;
  let deactivated;
  let optional;
  let unknown;
  for (const key of SECOND_FACTORS) {
    const settings = block(found.value, key);
    if (!settings) continue;
    const enroll = settings.value["enroll"];
    const seen = { key, at: here([key, ...settings.path.slice(1), "enroll"]), enroll };
    const level = text3(enroll)?.toUpperCase();
    const authenticator = deactivatedKeys.get(AUTHENTICATOR_KEYS[key] ?? key);
    const kind = OKTA_FACTORS[key] ?? "other";
    const enrolment = marker(enroll) ?? (authenticator ? "disabled" : ENROLMENT[level ?? ""] ?? "optional");
    builder.factor({ ...factor(kind, key, "optional"), enrolment }, seen.at);
    if (marker(enroll)) unknown ??= seen;
    else if (level === "REQUIRED" && authenticator) deactivated ??= { ...seen, authenticator };
    else if (level === "REQUIRED") required ??= seen;
    else if (level === "OPTIONAL") optional ??= seen;
  }
  if (required) builder.secondFactor("required", `${required.key}.enroll = "REQUIRED"`, required.at);
  else if (unknown) builder.secondFactor(marker(unknown.enroll) ?? { $unknown: "enroll is not a literal" }, `${unknown.key}.enroll = ${shown(unknown.enroll)}`, unknown.at);
  else if (deactivated)
    builder.secondFactor("off", `${deactivated.key} is REQUIRED but its okta_authenticator is INACTIVE, so nobody can enrol it`, deactivated.authenticator);
  else if (optional) builder.secondFactor("optional", `${optional.key}.enroll = "OPTIONAL" and no second factor is REQUIRED`, optional.at);
  else builder.secondFactor("off", "no second factor is REQUIRED", here([]));
  return builder.build({ address: found.address, type: found.type });
}
function inactiveAuthenticators(documents) {
  const found = /* @__PURE__ */ new Map();
  for (const authenticator of terraformBlocks(documents, "resource", /* @__PURE__ */ new Set(["okta_authenticator"]))) {
    const key = text3(authenticator.value["key"]);
    if (key !== void 0 && text3(authenticator.value["status"])?.toUpperCase() === "INACTIVE")
      found.set(key, { document: authenticator.document, path: [...authenticator.path, "status"] });
  }
  return found;
}
function signOnRule(found) {
  const builder = builderFor(found);
  const here = (key) => ({ document: found.document, path: [...found.path, key] });
  if (found.type === "okta_app_signon_policy_rule") addScope(builder, found, "groups_included");
  if (!inactive(found, builder)) {
    if (found.type === "okta_policy_rule_signon" && text3(found.value["access"])?.toUpperCase() === "CHALLENGE") {
      challengeRule(found, builder);
    } else if (found.type === "okta_policy_rule_signon") {
      const raw = found.value["mfa_required"];
      const unknown = marker(raw);
      if (unknown) builder.secondFactor(unknown, `mfa_required = ${shown(raw)}`, here("mfa_required"));
      else if (bool2(raw) === true) builder.secondFactor("required", "mfa_required = true", here("mfa_required"));
      else builder.secondFactor("off", raw === void 0 ? "mfa_required is not set (default false)" : `mfa_required = ${shown(raw)}`, raw === void 0 ? here("name") : here("mfa_required"));
    } else {
      const raw = found.value["factor_mode"];
      const unknown = marker(raw);
      if (unknown) builder.secondFactor(unknown, `factor_mode = ${shown(raw)}`, here("factor_mode"));
      else if (text3(raw)?.toUpperCase() === "1FA") builder.secondFactor("off", 'factor_mode = "1FA"', here("factor_mode"));
      else builder.secondFactor("required", raw === void 0 ? "factor_mode is not set (default 2FA)" : `factor_mode = ${shown(raw)}`, raw === void 0 ? here("name") : here("factor_mode"));
    }
  }
  addExclusions(builder, found.value["users_excluded"], here("users_excluded"), "excluded-user", (who) => `User ${who} is excluded from this rule and signs in without its second factor.`);
  addExclusions(builder, found.value["groups_excluded"], here("groups_excluded"), "excluded-group", (who) => `Group ${who} is excluded from this rule: its members sign in without its second factor.`);
  return builder.build({ address: found.address, type: found.type });
}
function addScope(builder, found, key) {
  const groups = found.value[key];
  const at4 = { document: found.document, path: [...found.path, key] };
  if (groups === void 0) return;
  const covers = Array.isArray(groups) ? groups.map(shown) : [shown(groups)];
  if (!Array.isArray(groups)) {
    const unknown2 = marker(groups);
    if (unknown2) builder.scope(unknown2, covers, at4);
    return;
  }
  const expressions2 = groups.map((g) => {
    const m = marker(g);
    return m && "$expr" in m ? m.$expr.trim() : void 0;
  });
  const everyone = expressions2.some((e) => e !== void 0 && /^data\.okta_everyone_group\.[\w-]+\.id$/.test(e));
  const managed = (e) => e !== void 0 && /^okta_group\.[\w-]+\.id$/.test(e);
  const unknown = groups.map((g, i) => managed(expressions2[i]) ? void 0 : marker(g)).find((m) => m !== void 0);
  if (everyone || groups.length === 0) builder.scope("all", covers, at4);
  else if (unknown) builder.scope(unknown, covers, at4);
  else builder.scope("some", covers, at4);
}
var oktaReader = { formats: TERRAFORM_FORMATS, read: ({ documents }) => oktaSubjects(documents) };

// src/adapters/identity-policy/openvpn.ts
var OTP_PLUGIN = /otp|duo|google-auth|totp|privacyidea|linotp/i;
function openvpnSubjects(documents) {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "openvpn" || !isRecord(document.value) || !Array.isArray(document.value["directives"])) continue;
    const directives = document.value["directives"].flatMap(
      (raw, index) => isRecord(raw) && typeof raw["name"] === "string" && Array.isArray(raw["args"]) ? [{ name: raw["name"], args: raw["args"].map(String), index }] : []
    );
    const server = directives.find(
      (d) => d.name === "server" || d.name === "server-bridge" || d.name === "mode" && d.args[0] === "server"
    );
    if (!server) continue;
    const at4 = (d, part = []) => ({ document, path: ["directives", d.index, ...part] });
    const last2 = (name) => directives.filter((d) => d.name === name).at(-1);
    const builder = new IdentityBuilder("openvpn", "openvpn", document.file, at4(server), "vpn", document.file);
    const verify = last2("verify-client-cert");
    const legacy = last2("client-cert-not-required");
    const certOff = verify && verify.args[0] !== "require" ? verify : legacy;
    const userChecks = directives.filter((d) => d.name === "plugin" || d.name === "auth-user-pass-verify" || d.name === "management-client-auth");
    const otp = userChecks.find((d) => d.name === "plugin" && OTP_PLUGIN.test(d.args[0] ?? ""));
    const certText = certOff ? [certOff.name, ...certOff.args].join(" ") : "";
    if (otp) builder.secondFactor("required", `plugin ${otp.args[0] ?? ""} verifies a one-time code`, at4(otp, ["args", 0]));
    else if (certOff && userChecks.length > 0)
      builder.secondFactor("off", `${certText}: the user check (${userChecks[0]?.name ?? ""}) is the only factor`, at4(certOff));
    else if (certOff) builder.secondFactor("off", `${certText} and no user check: clients connect unauthenticated`, at4(certOff));
    else if (userChecks.length === 0) builder.secondFactor("off", "no plugin, auth-user-pass-verify or management-client-auth: the client certificate is the only factor", at4(server));
    else builder.secondFactor("required", `client certificate and ${userChecks[0]?.name ?? ""}`, at4(userChecks[0] ?? server));
    const optional = last2("auth-user-pass-optional");
    if (optional && userChecks.length > 0)
      builder.gap({ kind: "user-check-optional", who: "", detail: "auth-user-pass-optional lets clients connect without a username and password, skipping the second factor." }, at4(optional));
    const duplicate = last2("duplicate-cn");
    if (duplicate)
      builder.gap({ kind: "shared-certificate", who: "", detail: "duplicate-cn lets several clients connect with the same certificate, so the certificate no longer identifies one person." }, at4(duplicate));
    subjects.push(builder.build());
  }
  return subjects;
}
var openvpnReader = { formats: ["openvpn"], read: ({ documents }) => openvpnSubjects(documents) };

// src/adapters/identity-policy/index.ts
var identityPolicy = combineReaders([auth0Reader, awsIamReader, cognitoReader, entraReader, githubReader, gitlabReader, keycloakReader, oktaReader, openvpnReader]);
var identityPolicyAdapter = identityPolicy.adapter;
var identityPolicyFormats = identityPolicy.formats;

// src/adapters/kubernetes-object.ts
function isObjectHead(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const head = value;
  return typeof head["apiVersion"] === "string" && typeof head["kind"] === "string";
}
var kubernetesObjectAdapter = ({ documents }) => {
  const builds = kustomizations(documents);
  return documents.filter(({ format }) => format === "kubernetes").flatMap(({ document, format }) => {
    const value = document.value;
    if (!isObjectHead(value)) return [];
    const items2 = value.kind === "List" && Array.isArray(value.items) ? value.items.map((item, i) => ({ item, path: ["items", i] })) : [{ item: value, path: [] }];
    return items2.filter(({ item }) => isObjectHead(item)).map(({ item, path }) => {
      const head = item;
      const name = typeof head.metadata?.name === "string" ? head.metadata.name : unnamedObjectName(document, path);
      const namespace = typeof head.metadata?.namespace === "string" ? `${head.metadata.namespace}/` : "";
      const kustomized = kustomizeBuilds(document.file, builds);
      return {
        kind: "kubernetes-object",
        id: `${head.kind}/${namespace}${name}`,
        file: document.file,
        format,
        document,
        path,
        value: item,
        ...kustomized.length > 0 ? { meta: { kustomize: kustomized } } : {}
      };
    });
  });
};

// src/adapters/page-cache/cdn-headers.ts
import { posix as posix9 } from "node:path";

// src/adapters/page-cache/builder.ts
var IN_FRONT_OF_AN_ORIGIN = /* @__PURE__ */ new Set(["cloudfront", "cloudflare", "netlify", "vercel"]);
var PageCacheBuilder = class {
  #builder;
  #origin;
  constructor(root, scope2, name) {
    this.#builder = new NormalizedBuilder("page-cache", root, {
      scope: scope2,
      name,
      enabled: false,
      appliesTo: [],
      excludedPaths: [],
      unresolvedExclusions: [],
      bypassCookies: [],
      overridesPrivate: false,
      forcedPublic: [],
      cachedMethods: ["GET", "HEAD"],
      origin: { kind: "unknown", evidence: "" }
    });
  }
  /** Sets a yes/no field, read from `origin`. */
  flag(field3, value, origin) {
    this.#builder.set(field3, value, origin);
    return this;
  }
  /** Names where a list field is configured, so that a finding about a missing entry points there. */
  listOrigin(field3, origin) {
    this.#builder.origin([field3], origin);
    return this;
  }
  /** Appends a rule read from `origin`. */
  rule(field3, rule, origin) {
    this.#builder.push(field3, rule, origin);
    return this;
  }
  /** A cookie setting that cannot be read statically: checks of the cookies become unknown. */
  unknownCookies(marker2, origin) {
    this.#builder.push("bypassCookies", marker2, origin);
    return this;
  }
  /** An exclusion that cannot be read statically. */
  unresolvedExclusion(marker2, origin) {
    this.#builder.push("unresolvedExclusions", marker2, origin);
    return this;
  }
  /** Sets the cached methods, read from `origin`. */
  methods(methods, origin) {
    this.#builder.set("cachedMethods", methods, origin);
    return this;
  }
  /** States what the cache stores pages of, at the setting that shows it. */
  origin(origin, at4) {
    this.#origin = origin;
    if (at4) this.#builder.origin(["origin"], at4);
    return this;
  }
  /** The finished subject. */
  build(input) {
    this.#builder.set(
      "origin",
      this.#origin ?? (IN_FRONT_OF_AN_ORIGIN.has(input.product) ? { kind: "unknown", evidence: "nothing in the scanned files says what the origin serves" } : { kind: "application", evidence: `${input.product} caches the pages the site renders` })
    );
    return this.#builder.build(input);
  }
};

// src/adapters/page-cache/shape.ts
function escapeRegex(text4) {
  return text4.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}
function prefixRule(pattern, setting) {
  return { syntax: "prefix", pattern, match: `^${escapeRegex(pattern)}`, setting };
}
function exactRule(pattern, setting) {
  return { syntax: "exact", pattern, match: `^${escapeRegex(pattern)}$`, setting };
}
function containsRule(pattern, setting) {
  return { syntax: "contains", pattern, match: escapeRegex(pattern), setting };
}
function regexRule(pattern, setting, match = pattern) {
  return { syntax: "regex", pattern, match, setting };
}
function wildcardRule(pattern, setting, questionMark) {
  let body = "";
  for (const char of pattern) {
    if (char === "*") body += ".*";
    else if (char === "?" && questionMark) body += ".";
    else body += escapeRegex(char);
  }
  return { syntax: "wildcard", pattern, match: `^${body}$`, setting };
}
function everyPath(setting) {
  return { syntax: "prefix", pattern: "/", match: "^/", setting };
}

// src/adapters/page-cache/route-patterns.ts
function netlifyPathRule(path, setting) {
  const local = path.replace(/^[a-z]+:\/\/[^/]*/i, "") || "/";
  let body = "";
  for (let i = 0; i < local.length; i++) {
    const char = local.charAt(i);
    const name = /^:[A-Za-z_]\w*/.exec(local.slice(i));
    if (char === "*") body += ".*";
    else if (name) {
      body += "[^/]+";
      i += name[0].length - 1;
    } else body += escapeRegex(char);
  }
  return { syntax: "wildcard", pattern: path, match: `^${body}$`, setting };
}
function group(source, open) {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === "\\") i++;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return { inner: source.slice(open + 1, i), next: i + 1 };
  }
  return void 0;
}
function vercelSourceRule(source, setting) {
  let out = "";
  let i = 0;
  while (i < source.length) {
    const char = source.charAt(i);
    const name = /^:[A-Za-z_]\w*/.exec(source.slice(i));
    if (char === "(") {
      const read = group(source, i);
      if (!read) return void 0;
      out += `(?:${read.inner})`;
      i = read.next;
      if ("*+?".includes(source.charAt(i)) && source.charAt(i) !== "") out += source.charAt(i++);
    } else if (name) {
      i += name[0].length;
      let body = "[^/]+";
      if (source.charAt(i) === "(") {
        const read = group(source, i);
        if (!read) return void 0;
        body = `(?:${read.inner})`;
        i = read.next;
      }
      const modifier = source.charAt(i);
      const slash = out.endsWith("/") ? "/" : "";
      const head = slash ? out.slice(0, -1) : out;
      if (modifier === "*") out = `${head}(?:${slash}${body})*`;
      else if (modifier === "+") out = `${head}(?:${slash}${body})+`;
      else if (modifier === "?") out = `${head}(?:${slash}${body})?`;
      else out += body;
      if ("*+?".includes(modifier) && modifier !== "") i++;
    } else if (char === "\\") {
      out += escapeRegex(source.charAt(i + 1));
      i += 2;
    } else {
      out += escapeRegex(char);
      i++;
    }
  }
  return { syntax: "regex", pattern: source, match: `^${out}${out.endsWith("/") ? "" : "/?"}$`, setting };
}

// src/adapters/page-cache/values.ts
function toFlag(value) {
  if (isUnknown(value)) return value;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (typeof value === "string") {
    const text4 = value.trim().toLowerCase();
    if (["1", "true", "on", "yes"].includes(text4)) return true;
    if (["0", "false", "off", "no", ""].includes(text4)) return false;
  }
  return void 0;
}
function toInteger(value) {
  if (isUnknown(value)) return value;
  const number2 = typeof value === "string" && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number2 === "number" && Number.isInteger(number2) ? number2 : void 0;
}
function listEntries(value) {
  if (Array.isArray(value)) return value.map((entry, i) => [i, entry]);
  if (value !== null && typeof value === "object" && !isUnknown(value)) return Object.entries(value);
  return [];
}
function at2(document, path, follow = false) {
  return follow ? { document, path, follow } : { document, path };
}

// src/adapters/page-cache/wordpress.ts
import { posix as posix8 } from "node:path";
function loggedInCookieRule(setting) {
  return { syntax: "prefix", pattern: "wordpress_logged_in", match: "^wordpress_logged_in", setting };
}
function namedCookieRule(name, setting) {
  return /^wordpress_logged_in_[0-9a-f]{32}$/.test(name) ? { ...loggedInCookieRule(setting), pattern: name } : exactRule(name, setting);
}
function siteOf(file) {
  const index = file.lastIndexOf("wp-content/");
  const root = index < 0 ? posix8.dirname(file) : file.slice(0, index).replace(/\/$/, "");
  return root === "" || root === "." ? "the WordPress site" : `the WordPress site in ${root}/`;
}

// src/adapters/page-cache/cdn-headers.ts
var CACHING_HEADERS = /* @__PURE__ */ new Set(["cache-control", "cdn-cache-control", "netlify-cdn-cache-control", "vercel-cdn-cache-control"]);
function decision(product, name, value) {
  const directives = value.toLowerCase().split(",").map((d) => d.trim());
  if (directives.some((d) => d === "private" || d === "no-store" || d === "no-cache")) return "private";
  const seconds = (key) => Number(directives.find((d) => d.startsWith(`${key}=`))?.slice(key.length + 1) ?? "0");
  if (seconds("s-maxage") > 0) return "shared";
  if (name.toLowerCase() !== "cache-control") return seconds("max-age") > 0 ? "shared" : "none";
  return product === "netlify" && directives.includes("public") && seconds("max-age") > 0 ? "shared" : "none";
}
function cdnHeaderSubjects(documents) {
  const subjects = [];
  for (const { document, format } of documents) {
    const product = format === "vercel" ? "vercel" : format === "netlify-toml" || format === "netlify-headers" ? "netlify" : void 0;
    if (!product) continue;
    const rules = format === "vercel" ? vercelRules(document.value) : format === "netlify-toml" ? netlifyTomlRules(document.value) : netlifyHeaderRules(document.value);
    const excluded = rules.filter((r) => r.headers.some((h) => decision(product, h.name, h.value) === "private"));
    for (const rule of rules) {
      const shared = rule.headers.find((h) => decision(product, h.name, h.value) === "shared");
      if (!shared || excluded.includes(rule)) continue;
      const cache = new PageCacheBuilder(at2(document, rule.rulePath), "rule", `${posix9.basename(document.file)} ${rule.rule.pattern}`);
      cache.flag("enabled", true, at2(document, shared.path));
      cache.rule("appliesTo", rule.rule, at2(document, rule.pathPath));
      cache.listOrigin("excludedPaths", at2(document, shared.path)).listOrigin("bypassCookies", at2(document, shared.path));
      for (const other of excluded) cache.rule("excludedPaths", { ...other.rule, setting: "a rule marking it private / no-store" }, at2(document, other.pathPath));
      for (const cookie of rule.missingCookies) cache.rule("bypassCookies", namedCookieRule(cookie.name, "missing cookie condition"), at2(document, cookie.path));
      for (const vary of rule.headers.filter((h) => h.name.toLowerCase() === "netlify-vary")) {
        const cookies = /(?:^|,)\s*cookie=([^,]+)/i.exec(vary.value)?.[1] ?? "";
        for (const name of cookies.split("|").map((c) => c.trim()).filter((c) => c !== "")) cache.rule("bypassCookies", namedCookieRule(name, "Netlify-Vary cookie"), at2(document, vary.path));
      }
      cache.methods(["GET", "HEAD"]);
      subjects.push(cache.build({ id: `${product}:${document.file}#${rule.rule.pattern}`, product, format }));
    }
  }
  return subjects;
}
function netlifyHeaderRules(value) {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry, i) => {
    if (!isRecord(entry) || typeof entry["path"] !== "string" || !isRecord(entry["headers"])) return [];
    const headers = Object.entries(entry["headers"]).flatMap(
      ([name, values]) => Array.isArray(values) ? values.flatMap((v, k) => typeof v === "string" ? [{ name, value: v, path: [i, "headers", name, k] }] : []) : []
    );
    return [{ rule: netlifyPathRule(entry["path"], "_headers path"), rulePath: [i], pathPath: [i, "path"], headers: relevant(headers), missingCookies: [] }];
  });
}
function netlifyTomlRules(value) {
  const tables = isRecord(value) && Array.isArray(value["headers"]) ? value["headers"] : [];
  return tables.flatMap((table, i) => {
    if (!isRecord(table) || typeof table["for"] !== "string" || !isRecord(table["values"])) return [];
    const headers = Object.entries(table["values"]).flatMap(
      ([name, v]) => typeof v === "string" ? [{ name, value: v, path: ["headers", i, "values", name] }] : Array.isArray(v) ? [{ name, value: v.filter((x) => typeof x === "string").join(", "), path: ["headers", i, "values", name] }] : []
    );
    return [{ rule: netlifyPathRule(table["for"], "[[headers]] for"), rulePath: ["headers", i], pathPath: ["headers", i, "for"], headers: relevant(headers), missingCookies: [] }];
  });
}
function vercelRules(value) {
  const entries2 = isRecord(value) && Array.isArray(value["headers"]) ? value["headers"] : [];
  return entries2.flatMap((entry, i) => {
    if (!isRecord(entry) || typeof entry["source"] !== "string" || !Array.isArray(entry["headers"])) return [];
    const rule = vercelSourceRule(entry["source"], "headers source");
    if (!rule) return [];
    const headers = entry["headers"].flatMap(
      (h, j) => isRecord(h) && typeof h["key"] === "string" && typeof h["value"] === "string" ? [{ name: h["key"], value: h["value"], path: ["headers", i, "headers", j, "value"] }] : []
    );
    const missing = Array.isArray(entry["missing"]) ? entry["missing"] : [];
    const missingCookies = missing.flatMap(
      (m, k) => isRecord(m) && m["type"] === "cookie" && typeof m["key"] === "string" && m["value"] === void 0 ? [{ name: m["key"], path: ["headers", i, "missing", k, "key"] }] : []
    );
    return [{ rule, rulePath: ["headers", i], pathPath: ["headers", i, "source"], headers: relevant(headers), missingCookies }];
  });
}
function relevant(headers) {
  return headers.filter((h) => CACHING_HEADERS.has(h.name.toLowerCase()) || h.name.toLowerCase() === "netlify-vary");
}
var cdnHeadersReader = { formats: ["netlify-headers", "netlify-toml", "vercel"], read: ({ documents }) => cdnHeaderSubjects(documents) };

// src/adapters/page-cache/cloudflare-expression.ts
var PATH_FIELDS = /* @__PURE__ */ new Set(["http.request.uri.path", "raw.http.request.uri.path", "http.request.uri", "raw.http.request.uri"]);
var HOST_FIELDS = /* @__PURE__ */ new Set(["http.host"]);
var MAX_LENGTH2 = 16 * 1024;
function readSelection(expression) {
  if (expression.length > MAX_LENGTH2) return void 0;
  const tokens = tokenize3(expression);
  if (tokens === void 0) return void 0;
  const parser = new Parser3(tokens);
  const node = parser.expression();
  if (!parser.done()) return void 0;
  const selection = { paths: "all", excludedPaths: [], bypassCookies: [] };
  for (const part of node.kind === "and" ? node.parts : [node]) {
    if (part.kind === "true" || part.kind === "compare" && HOST_FIELDS.has(part.field)) continue;
    const paths = rulesOf(part, PATH_FIELDS, "expression");
    if (paths) {
      if (selection.paths !== "all") return void 0;
      selection.paths = paths;
      continue;
    }
    if (part.kind !== "not") return void 0;
    const excluded = rulesOf(part.part, PATH_FIELDS, "not (...) in the expression");
    const cookies = rulesOf(part.part, /* @__PURE__ */ new Set(["http.cookie"]), "not http.cookie in the expression");
    if (excluded) selection.excludedPaths.push(...excluded);
    else if (cookies) selection.bypassCookies.push(...cookies);
    else return void 0;
  }
  return selection;
}
function cookieRules(expression) {
  const tokens = expression.length > MAX_LENGTH2 ? void 0 : tokenize3(expression);
  if (tokens === void 0) return void 0;
  const parser = new Parser3(tokens);
  const node = parser.expression();
  return parser.done() ? rulesOf(node, /* @__PURE__ */ new Set(["http.cookie"]), "expression") : void 0;
}
function rulesOf(node, fields, setting) {
  const parts = node.kind === "or" ? node.parts : [node];
  const rules = [];
  for (const part of parts) {
    if (part.kind !== "compare" || !fields.has(part.field)) return void 0;
    for (const value of part.values) {
      switch (part.operator) {
        case "starts_with":
          rules.push(prefixRule(value, setting));
          break;
        case "ends_with":
          rules.push(regexRule(value, setting, `${escapeRegex(value)}$`));
          break;
        case "eq":
        case "==":
        case "in":
          rules.push(exactRule(value, setting));
          break;
        case "contains":
          rules.push({ syntax: "contains", pattern: value, match: escapeRegex(value), setting });
          break;
        case "matches":
        case "~":
          rules.push(regexRule(value, setting));
          break;
        default:
          return void 0;
      }
    }
  }
  return rules;
}
function tokenize3(text4) {
  const tokens = [];
  let i = 0;
  while (i < text4.length) {
    const char = text4.charAt(i);
    if (/\s/.test(char)) {
      i++;
    } else if (char === '"') {
      let value = "";
      i++;
      while (i < text4.length && text4.charAt(i) !== '"') {
        if (text4.charAt(i) === "\\" && i + 1 < text4.length) i++;
        value += text4.charAt(i);
        i++;
      }
      if (i >= text4.length) return void 0;
      i++;
      tokens.push({ kind: "string", text: value });
    } else if (/[A-Za-z_.0-9]/.test(char)) {
      const start = i;
      while (i < text4.length && /[A-Za-z_.0-9]/.test(text4.charAt(i))) i++;
      tokens.push({ kind: "word", text: text4.slice(start, i) });
    } else {
      const two = text4.slice(i, i + 2);
      const op = ["==", "!=", "&&", "||"].includes(two) ? two : char;
      tokens.push({ kind: "punct", text: op });
      i += op.length;
    }
  }
  return tokens;
}
var Parser3 = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  at = 0;
  depth = 0;
  done() {
    return this.at === this.tokens.length;
  }
  expression() {
    const parts = [this.conjunction()];
    while (this.take("or") || this.take("||")) parts.push(this.conjunction());
    return parts.length === 1 ? parts[0] ?? { kind: "other" } : { kind: "or", parts };
  }
  conjunction() {
    const parts = [this.unary()];
    while (this.take("and") || this.take("&&")) parts.push(this.unary());
    return parts.length === 1 ? parts[0] ?? { kind: "other" } : { kind: "and", parts };
  }
  unary() {
    let negations = 0;
    while (this.take("not") || this.take("!")) negations++;
    if (negations > 0) {
      const part = this.unary();
      return negations % 2 === 1 ? { kind: "not", part } : part.kind === "other" ? part : { kind: "not", part: { kind: "not", part } };
    }
    if (this.take("(")) {
      if (++this.depth > 64) return { kind: "other" };
      const inner = this.expression();
      this.depth--;
      return this.take(")") ? inner : { kind: "other" };
    }
    return this.comparison();
  }
  comparison() {
    const head = this.tokens[this.at];
    if (head?.kind !== "word") {
      this.at = this.tokens.length + 1;
      return { kind: "other" };
    }
    this.at++;
    if (head.text === "true") return { kind: "true" };
    if ((head.text === "starts_with" || head.text === "ends_with") && this.take("(")) {
      const field3 = this.tokens[this.at++];
      const comma = this.take(",");
      const value2 = this.tokens[this.at++];
      if (field3?.kind === "word" && comma && value2?.kind === "string" && this.take(")")) return { kind: "compare", field: field3.text, operator: head.text, values: [value2.text] };
      return { kind: "other" };
    }
    const operator = this.tokens[this.at];
    if (operator === void 0) return { kind: "other" };
    this.at++;
    if (operator.text === "in" && this.take("{")) {
      const values = [];
      while (this.tokens[this.at]?.kind === "string") values.push(this.tokens[this.at++]?.text ?? "");
      return this.take("}") ? { kind: "compare", field: head.text, operator: "in", values } : { kind: "other" };
    }
    const value = this.tokens[this.at];
    if (value?.kind !== "string") return { kind: "other" };
    this.at++;
    return { kind: "compare", field: head.text, operator: operator.text, values: [value.text] };
  }
  take(text4) {
    const token = this.tokens[this.at];
    if (token === void 0 || token.kind === "string" || token.text !== text4) return false;
    this.at++;
    return true;
  }
};

// src/adapters/page-cache/terraform.ts
function terraformResources(input) {
  if (!input.documents.some((d) => d.format === "terraform")) return [];
  return terraformResourceAdapter(input).flatMap((subject) => {
    const meta = subject.meta ?? {};
    if (!subject.document || !isRecord(subject.value)) return [];
    return [
      {
        type: String(meta["type"]),
        name: String(meta["name"]),
        address: String(meta["address"]),
        module: String(meta["module"]),
        body: subject.value,
        document: subject.document,
        path: subject.path
      }
    ];
  });
}
function inResource(resource, ...rest) {
  return { document: resource.document, path: [...resource.path, ...rest] };
}
function block2(value, key) {
  if (!isRecord(value)) return void 0;
  const field3 = value[key];
  if (Array.isArray(field3) && isRecord(field3[0])) return { value: field3[0], path: [key, 0] };
  if (isRecord(field3) && !isUnknown(field3)) return { value: field3, path: [key] };
  return void 0;
}
function blocks(value, key) {
  if (!isRecord(value)) return [];
  const field3 = value[key];
  if (Array.isArray(field3)) return field3.flatMap((entry, i) => isRecord(entry) && !isUnknown(entry) ? [{ value: entry, path: [key, i] }] : []);
  if (isRecord(field3) && !isUnknown(field3)) return [{ value: field3, path: [key] }];
  return [];
}
function referenced(resources, from, value, type2) {
  if (!isUnknown(value) || !("$expr" in value)) return void 0;
  const match = /^([A-Za-z0-9_]+)\.([A-Za-z0-9_-]+)\.id$/.exec(value.$expr.trim());
  if (!match || match[1] !== type2) return void 0;
  return resources.find((r) => r.module === from.module && r.type === type2 && r.name === match[2]);
}

// src/adapters/page-cache/cloudflare-origin.ts
var STATIC_HOST = /(\.s3-website[.-][a-z0-9-]+\.amazonaws\.com|\.s3[.-]([a-z0-9-]+\.)?amazonaws\.com|\.pages\.dev|\.github\.io)\.?$/i;
var STATIC_ATTRIBUTE = /^aws_s3_bucket(_website_configuration)?\.[\w-]+\.(website_endpoint|website_domain|bucket_regional_domain_name|bucket_domain_name)$/;
function zoneOrigin(resources, cache) {
  const zone = cache.body["zone_id"];
  const sameZone = (record) => {
    const other = record.body["zone_id"];
    if (zone === void 0 || other === void 0) return true;
    return JSON.stringify(zone) === JSON.stringify(other);
  };
  const records = resources.filter((r) => r.type === "cloudflare_record" && r.module === cache.module && sameZone(r) && toFlag(r.body["proxied"]) === true);
  if (records.length === 0) return { origin: { kind: "unknown", evidence: "no proxied cloudflare_record in the scanned files" } };
  const targetOf = (record) => {
    const key = "content" in record.body ? "content" : "value";
    const raw = record.body[key];
    if (typeof raw === "string") return { key, text: raw, isStatic: STATIC_HOST.test(raw) };
    const expression = isUnknown(raw) && "$expr" in raw ? raw.$expr.trim() : "";
    return { key, text: expression || "a value that is not a literal", isStatic: STATIC_ATTRIBUTE.test(expression) };
  };
  const dynamic = records.find((r) => !targetOf(r).isStatic);
  if (dynamic) {
    const target2 = targetOf(dynamic);
    return { origin: { kind: "application", evidence: `${dynamic.address} proxies to ${target2.text}` }, at: inResource(dynamic, target2.key) };
  }
  const first = records[0];
  const target = targetOf(first);
  return { origin: { kind: "static", evidence: `every proxied record points at a static host (${first.address}: ${target.text})` }, at: inResource(first, target.key) };
}

// src/adapters/page-cache/cloudflare.ts
function cloudflareSubjects(input) {
  const resources = terraformResources(input);
  const served = (cache) => zoneOrigin(resources, cache);
  return [
    ...resources.filter((r) => r.type === "cloudflare_ruleset").flatMap((r) => rulesetSubjects(r, served(r))),
    ...pageRuleSubjects(resources.filter((r) => r.type === "cloudflare_page_rule"), served)
  ];
}
function rulesetSubjects(ruleset, served) {
  if (ruleset.body["phase"] !== "http_request_cache_settings") return [];
  const rules = blocks(ruleset.body, "rules").filter((r) => r.value["action"] === "set_cache_settings" && toFlag(r.value["enabled"] ?? true) !== false);
  const subjects = [];
  rules.forEach((rule, index) => {
    const parameters = block2(rule.value, "action_parameters");
    if (!parameters || toFlag(parameters.value["cache"]) !== true) return;
    const here = (...rest) => inResource(ruleset, ...rule.path, ...rest);
    const label = typeof rule.value["description"] === "string" ? rule.value["description"] : `rule ${index + 1}`;
    const cache = new PageCacheBuilder(here(), "rule", `${ruleset.address} ${label}`);
    cache.flag("enabled", true, here(...parameters.path, "cache"));
    const expression = rule.value["expression"];
    const selection = typeof expression === "string" ? readSelection(expression) : void 0;
    if (selection === void 0) {
      const marker2 = isUnknown(expression) ? expression : unknownValue("the rule's expression is beyond what norecur reads");
      cache.unresolvedExclusion(marker2, here("expression"));
      cache.rule("appliesTo", everyPath("expression (not read)"), here("expression"));
    } else {
      for (const path of selection.paths === "all" ? [everyPath("expression")] : selection.paths) cache.rule("appliesTo", path, here("expression"));
      for (const path of selection.excludedPaths) cache.rule("excludedPaths", path, here("expression"));
      for (const cookie of selection.bypassCookies) cache.rule("bypassCookies", cookie, here("expression"));
    }
    cache.listOrigin("excludedPaths", here("expression")).listOrigin("bypassCookies", here("expression"));
    rules.slice(index + 1).forEach((later) => {
      const laterParameters = block2(later.value, "action_parameters");
      if (!laterParameters || toFlag(laterParameters.value["cache"]) !== false) return;
      const from = inResource(ruleset, ...later.path, "expression");
      const text4 = later.value["expression"];
      if (typeof text4 !== "string") {
        if (isUnknown(text4)) cache.unresolvedExclusion(text4, from);
        return;
      }
      const cookies = cookieRules(text4);
      const laterSelection = cookies ? void 0 : readSelection(text4);
      if (cookies) for (const cookie of cookies) cache.rule("bypassCookies", cookie, from);
      else if (laterSelection && laterSelection.paths !== "all") for (const path of laterSelection.paths) cache.rule("excludedPaths", path, from);
      else cache.unresolvedExclusion(unknownValue("a later bypass rule's expression is beyond what norecur reads"), from);
    });
    const edge = block2(parameters.value, "edge_ttl");
    const mode = edge?.value["mode"];
    const modeOrigin = edge ? here(...parameters.path, ...edge.path, "mode") : here(...parameters.path);
    cache.flag("overridesPrivate", isUnknown(mode) ? mode : mode === "override_origin", modeOrigin);
    cache.origin(served.origin, served.at);
    subjects.push(cache.build({ id: `cloudflare:${ruleset.address}#${label}`, product: "cloudflare", format: "terraform", meta: { address: ruleset.address } }));
  });
  return subjects;
}
function targetPath(target) {
  const withoutScheme = target.replace(/^[a-z*]+:\/\//i, "");
  const slash = withoutScheme.indexOf("/");
  return slash < 0 ? "/*" : withoutScheme.slice(slash);
}
function pageRuleSubjects(rules, served) {
  const priorityOf = (rule) => typeof rule.body["priority"] === "number" ? rule.body["priority"] : 1;
  const subjects = [];
  for (const rule of rules) {
    const actions = block2(rule.body, "actions");
    if (!actions || actions.value["cache_level"] !== "cache_everything") continue;
    const here = (...rest) => inResource(rule, ...rest);
    const target = rule.body["target"];
    const cache = new PageCacheBuilder(here(), "rule", `${rule.address} ${typeof target === "string" ? target : ""}`.trim());
    cache.flag("enabled", true, here(...actions.path, "cache_level"));
    if (typeof target === "string") cache.rule("appliesTo", wildcardRule(targetPath(target), "target", false), here("target"));
    else cache.rule("appliesTo", everyPath("target (not a literal)"), here("target"));
    cache.listOrigin("excludedPaths", here("target"));
    for (const other of rules) {
      if (other === rule || priorityOf(other) <= priorityOf(rule)) continue;
      const otherTarget = other.body["target"];
      if (typeof otherTarget === "string") cache.rule("excludedPaths", wildcardRule(targetPath(otherTarget), "a higher-priority page rule", false), inResource(other, "target"));
      else if (isUnknown(otherTarget)) cache.unresolvedExclusion(otherTarget, inResource(other, "target"));
    }
    const cookie = actions.value["bypass_cache_on_cookie"];
    cache.listOrigin("bypassCookies", "bypass_cache_on_cookie" in actions.value ? here(...actions.path, "bypass_cache_on_cookie") : here(...actions.path));
    if (typeof cookie === "string" && cookie !== "") cache.rule("bypassCookies", regexRule(cookie, "bypass_cache_on_cookie", `^(?:${cookie})$`), here(...actions.path, "bypass_cache_on_cookie"));
    const ttl = actions.value["edge_cache_ttl"];
    const overrides = isUnknown(ttl) ? ttl : typeof ttl === "number" && ttl > 0;
    cache.flag("overridesPrivate", overrides, "edge_cache_ttl" in actions.value ? here(...actions.path, "edge_cache_ttl") : here(...actions.path, "cache_level"));
    const origin = served(rule);
    cache.origin(origin.origin, origin.at);
    subjects.push(cache.build({ id: `cloudflare:${rule.address}`, product: "cloudflare", format: "terraform", meta: { address: rule.address } }));
  }
  return subjects;
}
var cloudflareReader = { formats: ["terraform"], read: cloudflareSubjects };

// src/adapters/page-cache/cloudfront-modules.ts
function cloudfrontModuleSubjects(input) {
  const subjects = [];
  for (const { document, format } of input.documents) {
    if (format !== "terraform" || !isRecord(document.value) || !isRecord(document.value["module"])) continue;
    for (const [name, call] of Object.entries(document.value["module"])) {
      const source = isRecord(call) ? call["source"] : void 0;
      if (typeof source !== "string" || source.startsWith("./") || source.startsWith("../") || !/cloudfront/i.test(source)) continue;
      const at4 = { document, path: ["module", name] };
      const reason = unknownValue(`the distribution is built by module "${name}" (${source}), whose code is not in the scanned files`);
      const cache = new PageCacheBuilder(at4, "distribution", `module.${name}`);
      cache.rule("appliesTo", everyPath(`module "${name}"`), at4);
      cache.flag("enabled", reason, at4).flag("overridesPrivate", reason, at4);
      cache.unknownCookies(reason, at4);
      cache.origin({ kind: "unknown", evidence: `module "${name}"` }, at4);
      subjects.push(cache.build({ id: `cloudfront:${document.file}#module.${name}`, product: "cloudfront", format: "terraform", meta: { address: `module.${name}` } }));
    }
  }
  return subjects;
}
var cloudfrontModulesReader = { formats: ["terraform"], read: cloudfrontModuleSubjects };

// src/adapters/page-cache/cloudfront-origin.ts
var S3_DOMAIN = /(\.s3[.-]([a-z0-9-]+\.)?amazonaws\.com$|\.s3-website[.-][a-z0-9-]+\.amazonaws\.com$)/;
var S3_ATTRIBUTE = /^aws_s3_bucket(_website_configuration)?\.[\w-]+\.(bucket_regional_domain_name|bucket_domain_name|website_endpoint|website_domain)$/;
function behaviorOrigin(distribution, behavior, here) {
  const target = behavior["target_origin_id"];
  const at4 = here("target_origin_id");
  if (typeof target !== "string") return { origin: { kind: "unknown", evidence: "target_origin_id is not a literal" }, at: at4 };
  const origin = blocks(distribution.body, "origin").find((o) => o.value["origin_id"] === target);
  if (!origin) return { origin: { kind: "unknown", evidence: `origin "${target}" is not among the distribution's literal origin blocks` }, at: at4 };
  const domain = origin.value["domain_name"];
  const domainAt = inResource(distribution, ...origin.path, "domain_name");
  const expression = isUnknown(domain) && "$expr" in domain ? domain.$expr.trim() : void 0;
  if (origin.value["s3_origin_config"] !== void 0) return { origin: { kind: "static", evidence: `origin "${target}" is an S3 bucket (s3_origin_config)` }, at: domainAt };
  if (typeof domain === "string" && S3_DOMAIN.test(domain)) return { origin: { kind: "static", evidence: `origin "${target}" is the S3 endpoint ${domain}` }, at: domainAt };
  if (expression !== void 0 && S3_ATTRIBUTE.test(expression)) return { origin: { kind: "static", evidence: `origin "${target}" is ${expression}` }, at: domainAt };
  if (typeof domain === "string") return { origin: { kind: "application", evidence: `origin "${target}" is ${domain}` }, at: domainAt };
  return { origin: { kind: "application", evidence: `origin "${target}" is ${expression ?? "a server named elsewhere"}, not an S3 bucket` }, at: domainAt };
}

// src/adapters/page-cache/cloudfront.ts
var MANAGED = [
  { id: "4135ea2d-6df8-44a3-9df3-4b5a84be39ad", name: "Managed-CachingDisabled", minTtl: 0, maxTtl: 0 },
  { id: "658327ea-f89d-4fab-a63d-7e88639e58f6", name: "Managed-CachingOptimized", minTtl: 1, maxTtl: 31536e3 },
  { id: "b2884449-e4de-46a7-ac36-70bc7f1ddd6d", name: "Managed-CachingOptimizedForUncompressedObjects", minTtl: 1, maxTtl: 31536e3 }
];
function cloudfrontSubjects(input) {
  const resources = terraformResources(input);
  const subjects = [];
  for (const distribution of resources) {
    if (distribution.type !== "aws_cloudfront_distribution") continue;
    const ordered = blocks(distribution.body, "ordered_cache_behavior");
    const built2 = dynamicBehaviors(distribution);
    subjects.push(...built2.map((b) => b.subject));
    const behaviors = [...ordered.map((b) => ({ ...b, ordered: true })), ...blocks(distribution.body, "default_cache_behavior").map((b) => ({ ...b, ordered: false }))];
    behaviors.forEach((behavior, index) => {
      const pattern = behavior.value["path_pattern"];
      const label = behavior.ordered ? typeof pattern === "string" ? pattern : "ordered behavior" : "default";
      const cache = new PageCacheBuilder(inResource(distribution, ...behavior.path), "behavior", `${distribution.address} ${label}`);
      const here = (...rest) => inResource(distribution, ...behavior.path, ...rest);
      if (!behavior.ordered) cache.rule("appliesTo", everyPath("default_cache_behavior"), here());
      else if (typeof pattern === "string") cache.rule("appliesTo", pathRule(pattern, "path_pattern"), here("path_pattern"));
      else cache.rule("appliesTo", everyPath("path_pattern (not a literal)"), here("path_pattern"));
      cache.listOrigin("excludedPaths", here());
      for (const b of built2) if (b.ordered) cache.unresolvedExclusion(unknownValue("ordered_cache_behavior built by a dynamic block"), b.at);
      ordered.slice(0, behavior.ordered ? index : ordered.length).forEach((earlier) => {
        const earlierPattern = earlier.value["path_pattern"];
        const from = inResource(distribution, ...earlier.path, "path_pattern");
        if (typeof earlierPattern === "string") cache.rule("excludedPaths", pathRule(earlierPattern, "an earlier ordered_cache_behavior"), from);
        else if (isUnknown(earlierPattern)) cache.unresolvedExclusion(earlierPattern, from);
      });
      const settings = settingsOf(resources, distribution, behavior.value, here);
      cache.flag("enabled", isUnknown(settings.maxTtl) ? settings.maxTtl : settings.maxTtl > 0, settings.maxOrigin);
      cache.flag("overridesPrivate", isUnknown(settings.minTtl) ? settings.minTtl : settings.minTtl > 0, settings.minOrigin);
      cache.listOrigin("bypassCookies", settings.cookieOrigin);
      if (isUnknown(settings.cookies)) cache.unknownCookies(settings.cookies, settings.cookieOrigin);
      else if (settings.cookies === "all" || settings.cookies === "allExcept") {
        cache.rule("bypassCookies", regexRule("(any cookie)", `cookies in the cache key: ${settings.cookies}`, ""), settings.cookieOrigin);
      } else if (settings.cookies === "whitelist") {
        settings.cookieNames.forEach((name) => {
          if (typeof name !== "string") return;
          cache.rule("bypassCookies", namedCookieRule(name, "cookies in the cache key"), settings.cookieOrigin);
        });
      }
      const served = behaviorOrigin(distribution, behavior.value, here);
      cache.origin(served.origin, served.at);
      const methods = behavior.value["cached_methods"];
      if (Array.isArray(methods)) cache.methods(methods.filter((m) => typeof m === "string").map((m) => m.toUpperCase()), here("cached_methods"));
      subjects.push(
        cache.build({
          id: `cloudfront:${distribution.module === "." ? "" : `${distribution.module}:`}${distribution.address}#${label}`,
          product: "cloudfront",
          format: "terraform",
          meta: { address: distribution.address }
        })
      );
    });
  }
  return subjects;
}
function pathRule(pattern, setting) {
  const rooted = pattern.startsWith("/") || pattern.startsWith("*") ? pattern : `/${pattern}`;
  return { ...wildcardRule(rooted, setting, true), pattern };
}
function number(value, fallback) {
  if (value === void 0) return fallback;
  if (isUnknown(value)) return value;
  return typeof value === "number" ? value : unknownValue("a TTL that is not a number");
}
function settingsOf(resources, distribution, behavior, here) {
  const policyId = behavior["cache_policy_id"];
  if (policyId !== void 0) {
    const at4 = here("cache_policy_id");
    const managed = MANAGED.find((m) => m.id === policyId || m.name === managedName(distribution, policyId));
    if (managed) return { minTtl: managed.minTtl, maxTtl: managed.maxTtl, minOrigin: at4, maxOrigin: at4, cookies: "none", cookieNames: [], cookieOrigin: at4 };
    const policy = referenced(resources, distribution, policyId, "aws_cloudfront_cache_policy");
    if (!policy) {
      const unknown = isUnknown(policyId) ? policyId : unknownValue(`cache policy ${plainText(policyId)} is not one this tool knows`);
      return { minTtl: unknown, maxTtl: unknown, minOrigin: at4, maxOrigin: at4, cookies: unknown, cookieNames: [], cookieOrigin: at4 };
    }
    const key = block2(policy.body, "parameters_in_cache_key_and_forwarded_to_origin");
    const cookiesConfig = key ? block2(key.value, "cookies_config") : void 0;
    const cookies2 = cookiesConfig ? block2(cookiesConfig.value, "cookies") : void 0;
    const cookiePath = key && cookiesConfig ? [...key.path, ...cookiesConfig.path] : [];
    return {
      minTtl: number(policy.body["min_ttl"], 0),
      maxTtl: number(policy.body["max_ttl"], 31536e3),
      minOrigin: "min_ttl" in policy.body ? inResource(policy, "min_ttl") : inResource(policy),
      maxOrigin: "max_ttl" in policy.body ? inResource(policy, "max_ttl") : at4,
      cookies: cookieBehavior(cookiesConfig?.value["cookie_behavior"]),
      cookieNames: Array.isArray(cookies2?.value["items"]) ? cookies2.value["items"] : [],
      cookieOrigin: cookiesConfig ? inResource(policy, ...cookiePath, "cookie_behavior") : inResource(policy)
    };
  }
  const forwarded = block2(behavior, "forwarded_values");
  const cookies = forwarded ? block2(forwarded.value, "cookies") : void 0;
  const forward = cookies?.value["forward"];
  return {
    minTtl: number(behavior["min_ttl"], 0),
    maxTtl: number(behavior["max_ttl"], 31536e3),
    minOrigin: "min_ttl" in behavior ? here("min_ttl") : here(),
    maxOrigin: "max_ttl" in behavior ? here("max_ttl") : here(),
    cookies: forward === void 0 ? "none" : isUnknown(forward) ? forward : forward === "whitelist" ? "whitelist" : plainText(forward),
    cookieNames: Array.isArray(cookies?.value["whitelisted_names"]) ? cookies.value["whitelisted_names"] : [],
    cookieOrigin: forwarded && cookies ? here(...forwarded.path, ...cookies.path, "forward") : here()
  };
}
function cookieBehavior(value) {
  if (value === void 0) return "none";
  if (isUnknown(value)) return value;
  return plainText(value);
}
function managedName(distribution, value) {
  if (!isUnknown(value) || !("$expr" in value)) return void 0;
  const match = /^data\.aws_cloudfront_cache_policy\.([A-Za-z0-9_-]+)\.id$/.exec(value.$expr.trim());
  if (!match) return void 0;
  const data = isRecord(distribution.document.value) ? distribution.document.value["data"] : void 0;
  const byName = isRecord(data) ? data["aws_cloudfront_cache_policy"] : void 0;
  const source = isRecord(byName) ? byName[match[1] ?? ""] : void 0;
  const name = isRecord(source) ? source["name"] : void 0;
  return typeof name === "string" ? name : void 0;
}
function dynamicBehaviors(distribution) {
  const out = [];
  const dynamic = block2(distribution.body, "dynamic");
  if (!dynamic) return out;
  for (const key of ["ordered_cache_behavior", "default_cache_behavior"]) {
    if (dynamic.value[key] === void 0) continue;
    const at4 = inResource(distribution, ...dynamic.path, key);
    const cache = new PageCacheBuilder(at4, "behavior", `${distribution.address} dynamic ${key}`);
    const reason = unknownValue(`${key} is built by a dynamic block`);
    cache.rule("appliesTo", everyPath(`dynamic "${key}"`), at4);
    cache.flag("enabled", reason, at4).flag("overridesPrivate", reason, at4);
    cache.unknownCookies(reason, at4);
    cache.origin({ kind: "unknown", evidence: `dynamic "${key}"` }, at4);
    const id = `cloudfront:${distribution.module === "." ? "" : `${distribution.module}:`}${distribution.address}#dynamic ${key}`;
    out.push({ subject: cache.build({ id, product: "cloudfront", format: "terraform", meta: { address: distribution.address } }), ordered: key === "ordered_cache_behavior", at: at4 });
  }
  return out;
}
var cloudfrontReader = { formats: ["terraform"], read: cloudfrontSubjects };

// src/adapters/page-cache/litespeed.ts
function uriRule(entry, setting) {
  const path = entry.trim().replace(/\s+\d+$/, "");
  const start = path.startsWith("^");
  const end = path.endsWith("$") && path.length > (start ? 1 : 0);
  const body = path.slice(start ? 1 : 0, end ? -1 : void 0);
  const syntax = start && end ? "exact" : start ? "prefix" : "contains";
  return { syntax, pattern: entry.trim(), match: `${start ? "^" : ""}${escapeRegex(body)}${end ? "$" : ""}`, setting };
}
function litespeedSubjects(documents) {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "litespeed-export" || !isRecord(document.value)) continue;
    subjects.push(fromExport(document, format, document.value));
  }
  return subjects;
}
function fromExport(document, format, options) {
  const has = (id) => Object.hasOwn(options, id);
  const origin = (id, ...rest) => at2(document, [id, ...rest]);
  const site = siteOf(document.file);
  const cache = new PageCacheBuilder(at2(document, []), "site", site);
  cache.rule("appliesTo", everyPath("every page of the site"), at2(document, []));
  const enabled = has("cache") ? toFlag(options["cache"]) : true;
  cache.flag("enabled", enabled ?? true, has("cache") ? origin("cache") : void 0);
  cache.listOrigin("excludedPaths", has("cache-exc") ? origin("cache-exc") : at2(document, []));
  const excluded = options["cache-exc"];
  if (isUnknown(excluded)) cache.unresolvedExclusion(excluded, origin("cache-exc"));
  for (const [key, entry] of listEntries(excluded)) {
    if (typeof entry === "string" && entry.trim() !== "") cache.rule("excludedPaths", uriRule(entry, "cache-exc"), origin("cache-exc", key));
  }
  const loginPage = has("cache-page_login") ? toFlag(options["cache-page_login"]) : true;
  if (loginPage === false) cache.rule("excludedPaths", exactRule("/wp-login.php", "cache-page_login off"), origin("cache-page_login"));
  cache.listOrigin("bypassCookies", has("cache-exc_cookies") ? origin("cache-exc_cookies") : at2(document, []));
  for (const [key, entry] of listEntries(options["cache-exc_cookies"])) {
    if (typeof entry === "string" && entry.trim() !== "") cache.rule("bypassCookies", regexRule(entry.trim(), "cache-exc_cookies"), origin("cache-exc_cookies", key));
  }
  cache.flag("servesLoggedIn", false, has("cache-priv") ? origin("cache-priv") : void 0);
  cache.listOrigin("forcedPublic", has("cache-force_pub_uri") ? origin("cache-force_pub_uri") : at2(document, []));
  for (const id of ["cache-force_pub_uri", "cache-force_uri"]) {
    for (const [key, entry] of listEntries(options[id])) {
      if (typeof entry === "string" && entry.trim() !== "") cache.rule("forcedPublic", uriRule(entry, id), origin(id, key));
    }
  }
  cache.methods(["GET"]);
  return cache.build({ id: `litespeed-cache:${document.file}`, product: "litespeed-cache", format, meta: { site } });
}
var litespeedReader = { formats: ["litespeed-export"], read: ({ documents }) => litespeedSubjects(documents) };

// src/adapters/page-cache/nginx-includes.ts
function includedFiles(documents, lookup2) {
  const included = /* @__PURE__ */ new Set();
  for (const document of documents) {
    const value = document.value;
    const includes2 = typeof value === "object" && value !== null && "includes" in value && Array.isArray(value.includes) ? value.includes : [];
    for (const include of includes2) {
      if (typeof include.pattern !== "string") continue;
      for (const found of lookup2(include.pattern, document.file)) if (found.file !== document.file) included.add(found.file);
    }
  }
  return included;
}

// src/adapters/page-cache/nginx-scope.ts
function unresolvedInBlock(directives, unresolved, source) {
  const node = nodeAt(directives, source);
  if (node === void 0) return [];
  return unresolved.filter(
    (u) => u.file === node.file && u.path.length === node.path.length + 2 && u.path[node.path.length] === "block" && node.path.every((s, i) => u.path[i] === s)
  );
}
function enclosingBlocks(source) {
  const blocks2 = [];
  for (let end = 2; end <= source.length; end += 2) blocks2.push(source.slice(0, end));
  return blocks2;
}
function nodeAt(directives, path) {
  if (path[0] !== "directives") return void 0;
  let list = directives;
  let node;
  for (let i = 1; i < path.length; i++) {
    const segment = path[i];
    if (segment === "block") {
      list = node?.block;
      continue;
    }
    node = typeof segment === "number" ? list?.[segment] : void 0;
    if (node === void 0) return void 0;
  }
  return node;
}
function last(effective, name) {
  const list = Object.hasOwn(effective, name) ? effective[name] : void 0;
  return list?.[list.length - 1];
}
function all(effective, name) {
  return Object.hasOwn(effective, name) ? effective[name] ?? [] : [];
}
var CONDITION = /^\(\s*(\$\w+)\s*(!~\*|~\*|!~|~|!=|=)\s*(.*?)\s*\)$/s;
function conditionsIn(node, originOf2) {
  const conditions = [];
  for (const child of node?.block ?? []) {
    if (child.name !== "if" || child.block === void 0) continue;
    const match = CONDITION.exec(child.args.join(" "));
    if (!match) continue;
    const [, variable = "", operator = "", operand = ""] = match;
    const sets = child.block.filter((d) => d.name === "set" && d.args.length === 2 && d.args[1] !== "" && d.args[1] !== "0").map((d) => d.args[0] ?? "");
    const origin = originOf2(child, child.args.length === 4 ? ["args", 2] : ["args"]);
    if (origin) conditions.push({ variable, operator, operand, origin, sets });
  }
  return conditions;
}
function matchRule(location, setting) {
  const { modifier, pattern } = location;
  if (modifier === "~" || modifier === "~*") return regexRule(pattern, setting, modifier === "~*" ? `(?i)${pattern}` : pattern);
  if (modifier === "=") return exactRule(pattern, setting);
  if (modifier === "@") return everyPath(`${setting}: a named location, reached from try_files`);
  return prefixRule(pattern, setting);
}
function appliesTo(location) {
  const setting = `location ${location.modifier ? `${location.modifier} ` : ""}${location.pattern}`;
  if ((location.modifier === "~" || location.modifier === "~*") && /php/i.test(location.pattern)) {
    return everyPath(`${setting} (the PHP front controller serves every page)`);
  }
  return matchRule(location, setting);
}
function takesPrecedence(other, otherIndex, self, selfIndex) {
  const isRegex = (l) => l.modifier === "~" || l.modifier === "~*";
  if (self.modifier === "=" || self.modifier === "@" || other.modifier === "@") return false;
  if (other.modifier === "=") return true;
  if (isRegex(other)) return isRegex(self) ? otherIndex < selfIndex : self.modifier !== "^~";
  if (isRegex(self)) return other.modifier === "^~";
  return other.pattern.length > self.pattern.length;
}
function mapsIn(directives, originOf2) {
  const levels = [directives, ...directives.filter((d) => d.name === "http" && d.block !== void 0).map((d) => d.block ?? [])];
  const maps = [];
  for (const level of levels) {
    for (const directive of level) {
      const [source, target] = directive.args;
      if (directive.name !== "map" || directive.block === void 0 || source === void 0 || target === void 0) continue;
      const entries2 = [];
      for (const line of directive.block) {
        const value = line.args[0];
        const origin = originOf2(line, ["name"]);
        if (value === void 0 || origin === void 0 || line.block !== void 0 || ["hostnames", "volatile", "include"].includes(line.name)) continue;
        const name = line.name.startsWith("\\") ? line.name.slice(1) : line.name;
        if (line.name === "default") entries2.push({ kind: "default", pattern: "", ignoreCase: false, value, origin });
        else if (name.startsWith("~*")) entries2.push({ kind: "regex", pattern: name.slice(2), ignoreCase: true, value, origin });
        else if (name.startsWith("~")) entries2.push({ kind: "regex", pattern: name.slice(1), ignoreCase: false, value, origin });
        else entries2.push({ kind: "exact", pattern: name, ignoreCase: false, value, origin });
      }
      maps.push({ source, target, entries: entries2 });
    }
  }
  return maps;
}

// src/adapters/page-cache/nginx.ts
var MODULES = [
  { prefix: "fastcgi", handler: "fastcgi_pass" },
  { prefix: "proxy", handler: "proxy_pass" }
];
function nginxSubjects(parsed) {
  const documents = parsed.filter((p) => p.format === "nginx").map((p) => p.document);
  if (documents.length === 0) return [];
  const byFile = new Map(documents.map((d) => [d.file, d]));
  const lookup2 = createLookup("nginx", documents);
  const included = includedFiles(documents, lookup2);
  const subjects = [];
  for (const root of documents) {
    if (included.has(root.file)) continue;
    const resolved = resolveIncludes(root, lookup2);
    const nodeOrigin = (node, extra = []) => {
      const document = node ? byFile.get(node.file) : void 0;
      return node && document ? { document, path: [...node.path, ...extra] } : void 0;
    };
    const context = {
      root,
      nodeAt: (path) => nodeAt(resolved.directives, path),
      origin: (path, extra = []) => nodeOrigin(nodeAt(resolved.directives, path), extra),
      nodeOrigin,
      maps: mapsIn(resolved.directives, nodeOrigin),
      missingIncludes: (source) => enclosingBlocks(source).flatMap((block4) => unresolvedInBlock(resolved.directives, resolved.unresolved, block4)).filter(hidesSettings).flatMap((u) => {
        const document = byFile.get(u.file);
        return document ? [{ pattern: u.pattern, origin: { document, path: u.path } }] : [];
      })
    };
    for (const server of resolved.servers) {
      const serverConditions = conditionsIn(context.nodeAt(server.source), nodeOrigin);
      const name = server.serverNames[0] ?? "_";
      const visit = (locations) => {
        locations.forEach((location, index) => {
          for (const module of MODULES) {
            const subject = locationSubject(context, { module, location, siblings: locations, index, serverConditions, name });
            if (subject) subjects.push(subject);
          }
          visit(location.locations);
        });
      };
      visit(server.locations);
    }
  }
  return subjects;
}
function locationSubject(context, input) {
  const { module, location } = input;
  const { origin } = context;
  const { prefix } = module;
  const zone = last(location.effective, `${prefix}_cache`);
  if (zone === void 0 || zone.args[0] === "off" || !(module.handler in location.effective)) return void 0;
  const zoneOrigin2 = origin(zone.source, ["args", 0]);
  const locationOrigin = origin(location.source);
  if (!zoneOrigin2 || !locationOrigin) return void 0;
  const scopeName = `${input.name} location ${location.modifier ? `${location.modifier} ` : ""}${location.pattern}`;
  const cache = new PageCacheBuilder(locationOrigin, "location", scopeName);
  cache.flag("enabled", true, zoneOrigin2);
  cache.rule("appliesTo", appliesTo(location), origin(location.source, ["args"]) ?? locationOrigin);
  const bypass = all(location.effective, `${prefix}_cache_bypass`);
  const noCache = all(location.effective, `${prefix}_no_cache`);
  const skips = (variable) => bypass.some((d) => d.args.includes(variable)) && noCache.some((d) => d.args.includes(variable));
  const listOrigin = (noCache[0] && origin(noCache[0].source)) ?? (bypass[0] && origin(bypass[0].source)) ?? zoneOrigin2;
  cache.listOrigin("excludedPaths", listOrigin).listOrigin("bypassCookies", listOrigin);
  const excludedMethods = /* @__PURE__ */ new Set();
  const pathVariables = (atServer) => atServer ? ["$request_uri", "$uri", "$document_uri"] : ["$request_uri"];
  const conditions = [
    ...input.serverConditions.map((c) => ({ ...c, atServer: true })),
    ...conditionsIn(context.nodeAt(location.source), context.nodeOrigin).map((c) => ({ ...c, atServer: false }))
  ];
  for (const condition of conditions) {
    if (!condition.sets.some(skips)) continue;
    const { variable, operator, operand, origin: from } = condition;
    const ignoreCase = operator === "~*";
    if (pathVariables(condition.atServer).includes(variable)) {
      if (operator === "~" || operator === "~*") cache.rule("excludedPaths", regexRule(operand, `if (${variable} ${operator} ...)`, ignoreCase ? `(?i)${operand}` : operand), from);
      else if (operator === "=") cache.rule("excludedPaths", exactRule(operand, `if (${variable} = ...)`), from);
    } else if (variable === "$http_cookie" && (operator === "~" || operator === "~*")) {
      cache.rule("bypassCookies", regexRule(operand, `if ($http_cookie ${operator} ...)`, ignoreCase ? `(?i)${operand}` : operand), from);
    } else if (variable === "$request_method" && operator === "=") {
      excludedMethods.add(operand.toUpperCase());
    }
  }
  for (const map2 of context.maps) {
    if (!skips(map2.target)) continue;
    for (const entry of map2.entries) {
      if (entry.value === "" || entry.value === "0") continue;
      const setting = `map ${map2.source} ${map2.target}`;
      const rule = entry.kind === "default" ? regexRule("default", `${setting} (default)`, "") : entry.kind === "regex" ? regexRule(entry.pattern, setting, entry.ignoreCase ? `(?i)${entry.pattern}` : entry.pattern) : exactRule(entry.pattern, setting);
      if (map2.source === "$request_uri") cache.rule("excludedPaths", rule, entry.origin);
      else if (map2.source === "$http_cookie") cache.rule("bypassCookies", rule, entry.origin);
      else if (map2.source === "$request_method" && entry.kind === "exact") excludedMethods.add(entry.pattern.toUpperCase());
    }
  }
  for (const directive of bypass) {
    directive.args.forEach((arg, i) => {
      if (!skips(arg)) return;
      const from = origin(directive.source, ["args", i]);
      if (!from) return;
      if (arg.startsWith("$cookie_")) cache.rule("bypassCookies", exactRule(arg.slice("$cookie_".length), `${prefix}_cache_bypass ${arg}`), from);
      else if (arg === "$http_cookie") cache.rule("bypassCookies", regexRule("(any cookie)", `${prefix}_cache_bypass $http_cookie`, ""), from);
    });
  }
  const key = last(location.effective, `${prefix}_cache_key`);
  const keyText = key?.args.join(" ") ?? "";
  const keyOrigin = key ? origin(key.source, ["args", 0]) : void 0;
  if (keyOrigin) {
    for (const match of keyText.matchAll(/\$(?:\{cookie_(\w+)\}|cookie_(\w+))/g)) {
      const name = match[1] ?? match[2] ?? "";
      cache.rule("bypassCookies", namedCookieRule(name, `${prefix}_cache_key`), keyOrigin);
    }
    if (/\$(?:\{http_cookie\}|http_cookie\b)/.test(keyText)) cache.rule("bypassCookies", regexRule("(any cookie)", `${prefix}_cache_key $http_cookie`, ""), keyOrigin);
  }
  siblingExclusions(context, input, cache);
  const missing = context.missingIncludes(location.source)[0];
  if (missing) {
    const why = (what) => unknownValue(`include ${missing.pattern} names no file in the scanned tree, and it may ${what}`);
    cache.unresolvedExclusion(why("exclude pages from the cache"), missing.origin);
    cache.unknownCookies(why("bypass the cache for cookies"), missing.origin);
  }
  const ignored = last(location.effective, `${prefix}_ignore_headers`);
  const overriding = ignored?.args.findIndex((h) => /^(set-cookie|cache-control)$/i.test(h)) ?? -1;
  if (ignored && overriding >= 0) cache.flag("overridesPrivate", true, origin(ignored.source, ["args", overriding]));
  else if (missing) cache.flag("overridesPrivate", unknownValue(`include ${missing.pattern} names no file in the scanned tree, and it may set ${prefix}_ignore_headers`), missing.origin);
  else cache.flag("overridesPrivate", false, ignored ? origin(ignored.source) : zoneOrigin2);
  const methods = last(location.effective, `${prefix}_cache_methods`);
  const listed = /* @__PURE__ */ new Set(["GET", "HEAD", ...methods?.args.map((m) => m.toUpperCase()) ?? []]);
  const cached = [...listed].filter((m) => !excludedMethods.has(m));
  const post = methods?.args.findIndex((m) => m.toUpperCase() === "POST") ?? -1;
  cache.methods(cached, methods ? origin(methods.source, post >= 0 ? ["args", post] : []) : zoneOrigin2);
  return cache.build({
    id: `nginx:${context.root.file}#${scopeName}#${prefix}_cache`,
    product: "nginx",
    format: "nginx",
    meta: { module: `${prefix}_cache`, server: input.name }
  });
}
function siblingExclusions(context, input, cache) {
  const { prefix } = input.module;
  input.siblings.forEach((other, i) => {
    if (i === input.index || !takesPrecedence(other, i, input.location, input.index)) return;
    const zone = last(other.effective, `${prefix}_cache`);
    if (zone !== void 0 && zone.args[0] !== "off") return;
    if (!(input.module.handler in other.effective) && !("return" in other.effective)) return;
    const from = context.origin(other.source, ["args"]);
    const setting = `location ${other.modifier ? `${other.modifier} ` : ""}${other.pattern} (no ${prefix}_cache)`;
    if (from) cache.rule("excludedPaths", matchRule(other, setting), from);
  });
}
var nginxReader = { formats: ["nginx"], read: ({ documents }) => nginxSubjects(documents) };

// src/adapters/page-cache/w3-total-cache.ts
var DEFAULT_REJECT_URI = ["wp-.*\\.php", "index\\.php"];
var BUILT_IN_REJECT_URI = ["wp-login", "wp-register"];
var BUILT_IN_REJECT_COOKIES = ["wp-postpass", "comment_author"];
function w3TotalCacheSubjects(documents) {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "php-config" || !/(^|\/)wp-content\/w3tc-config\/[^/]+\.php$/.test(document.file)) continue;
    const value = document.value;
    const config2 = isRecord(value) && isRecord(value["returned"]) ? value["returned"] : void 0;
    if (config2 === void 0 || !Object.keys(config2).some((key) => key.startsWith("pgcache."))) continue;
    const origin = (key, ...rest) => at2(document, ["returned", key, ...rest]);
    const has = (key) => Object.hasOwn(config2, key);
    const site = siteOf(document.file);
    const cache = new PageCacheBuilder(at2(document, ["returned"]), "site", site);
    cache.rule("appliesTo", everyPath("every page of the site"), at2(document, ["returned"]));
    const enabled = has("pgcache.enabled") ? toFlag(config2["pgcache.enabled"]) : false;
    cache.flag("enabled", enabled ?? false, has("pgcache.enabled") ? origin("pgcache.enabled") : void 0);
    if (has("pgcache.reject.uri")) {
      const list = config2["pgcache.reject.uri"];
      cache.listOrigin("excludedPaths", origin("pgcache.reject.uri"));
      if (isUnknown(list)) cache.unresolvedExclusion(list, origin("pgcache.reject.uri"));
      for (const [key, entry] of listEntries(list)) {
        if (isUnknown(entry)) cache.unresolvedExclusion(entry, origin("pgcache.reject.uri", key));
        else if (typeof entry === "string" && entry.trim() !== "") {
          cache.rule("excludedPaths", regexRule(entry, "pgcache.reject.uri", `(?i)${entry.trim()}`), origin("pgcache.reject.uri", key));
        }
      }
    } else {
      for (const entry of DEFAULT_REJECT_URI) cache.rule("excludedPaths", regexRule(entry, "pgcache.reject.uri (plugin default)", `(?i)${entry}`), at2(document, ["returned"]));
    }
    for (const uri of BUILT_IN_REJECT_URI) cache.rule("excludedPaths", containsRule(uri, "built in"), at2(document, ["returned"]));
    cache.listOrigin("bypassCookies", has("pgcache.reject.cookie") ? origin("pgcache.reject.cookie") : at2(document, ["returned"]));
    for (const [key, entry] of listEntries(config2["pgcache.reject.cookie"])) {
      if (typeof entry === "string" && entry !== "") cache.rule("bypassCookies", containsRule(entry, "pgcache.reject.cookie"), origin("pgcache.reject.cookie", key));
    }
    for (const cookie of BUILT_IN_REJECT_COOKIES) cache.rule("bypassCookies", prefixRule(cookie, "built in"), at2(document, ["returned"]));
    const rejectLogged = has("pgcache.reject.logged") ? toFlag(config2["pgcache.reject.logged"]) : true;
    const loggedOrigin = has("pgcache.reject.logged") ? origin("pgcache.reject.logged") : at2(document, ["returned"]);
    if (rejectLogged === void 0 || isUnknown(rejectLogged)) {
      cache.flag("servesLoggedIn", rejectLogged ?? unknownValue("pgcache.reject.logged is not a boolean"), loggedOrigin);
    } else {
      cache.flag("servesLoggedIn", !rejectLogged, loggedOrigin);
      if (rejectLogged) cache.rule("bypassCookies", loggedInCookieRule("pgcache.reject.logged"), loggedOrigin);
    }
    cache.methods(["GET"]);
    subjects.push(cache.build({ id: `w3-total-cache:${document.file}`, product: "w3-total-cache", format, meta: { site } }));
  }
  return subjects;
}
var w3TotalCacheReader = { formats: ["php-config"], read: ({ documents }) => w3TotalCacheSubjects(documents) };

// src/adapters/page-cache/wp-rocket.ts
var BUILT_IN_PHP_FILES = regexRule("\\.php$", "built in: PHP files other than index.php are not cached");
var BUILT_IN_REJECTED_COOKIES = ["wp-postpass_", "comment_author_", "comment_author_email_", "wptouch_switch_toggle"];
function wpRocketSubjects(documents) {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format === "wp-rocket-settings" && isRecord(document.value)) subjects.push(fromExport2(document, format, document.value));
    else if (format === "php-config" && /(^|\/)wp-content\/wp-rocket-config\/[^/]+\.php$/.test(document.file)) {
      const subject = fromRuntimeConfig(document, format);
      if (subject) subjects.push(subject);
    }
  }
  return subjects;
}
function anchored(pattern) {
  return `^(?:${pattern})$`;
}
function fromExport2(document, format, settings) {
  const site = siteOf(document.file);
  const has = (key) => Object.hasOwn(settings, key);
  const cache = new PageCacheBuilder(at2(document, []), "site", site);
  cache.rule("appliesTo", everyPath("every page of the site"), at2(document, []));
  cache.flag("enabled", true);
  cache.listOrigin("excludedPaths", has("cache_reject_uri") ? at2(document, ["cache_reject_uri"]) : at2(document, []));
  const rejectUri = settings["cache_reject_uri"];
  if (isUnknown(rejectUri)) cache.unresolvedExclusion(rejectUri, at2(document, ["cache_reject_uri"]));
  for (const [key, entry] of listEntries(rejectUri)) {
    if (typeof entry === "string" && entry.trim() !== "") {
      cache.rule("excludedPaths", regexRule(entry, "cache_reject_uri", anchored(entry.trim())), at2(document, ["cache_reject_uri", key]));
    }
  }
  cache.rule("excludedPaths", BUILT_IN_PHP_FILES, at2(document, []));
  cache.listOrigin("bypassCookies", has("cache_reject_cookies") ? at2(document, ["cache_reject_cookies"]) : at2(document, []));
  for (const [key, entry] of listEntries(settings["cache_reject_cookies"])) {
    if (typeof entry === "string" && entry.trim() !== "") cache.rule("bypassCookies", regexRule(entry, "cache_reject_cookies", entry.trim()), at2(document, ["cache_reject_cookies", key]));
  }
  for (const cookie of BUILT_IN_REJECTED_COOKIES) cache.rule("bypassCookies", regexRule(cookie, "built in"), at2(document, []));
  const loggedIn = has("cache_logged_user") ? toFlag(settings["cache_logged_user"]) : false;
  const loggedOrigin = has("cache_logged_user") ? at2(document, ["cache_logged_user"]) : at2(document, []);
  if (isUnknown(loggedIn)) cache.flag("servesLoggedIn", loggedIn, loggedOrigin);
  else {
    cache.flag("servesLoggedIn", false, loggedOrigin);
    cache.rule("bypassCookies", loggedInCookieRule(loggedIn === true ? "cache_logged_user = 1 (a cache per user)" : "cache_logged_user = 0"), loggedOrigin);
  }
  cache.methods(["GET"]);
  return cache.build({ id: `wp-rocket:${document.file}`, product: "wp-rocket", format, meta: { site } });
}
function fromRuntimeConfig(document, format) {
  const value = document.value;
  const vars = isRecord(value) && isRecord(value["variables"]) ? value["variables"] : void 0;
  if (vars === void 0 || !Object.keys(vars).some((name) => name.startsWith("rocket_"))) return void 0;
  const site = siteOf(document.file);
  const origin = (name) => at2(document, ["variables", name]);
  const cache = new PageCacheBuilder(at2(document, []), "site", site);
  cache.rule("appliesTo", everyPath("every page of the site"), at2(document, []));
  cache.flag("enabled", true);
  const rejectUri = vars["rocket_cache_reject_uri"];
  cache.listOrigin("excludedPaths", "rocket_cache_reject_uri" in vars ? origin("rocket_cache_reject_uri") : at2(document, []));
  if (isUnknown(rejectUri)) cache.unresolvedExclusion(rejectUri, origin("rocket_cache_reject_uri"));
  else if (typeof rejectUri === "string" && rejectUri !== "") {
    cache.rule("excludedPaths", regexRule(rejectUri, "$rocket_cache_reject_uri", anchored(rejectUri)), origin("rocket_cache_reject_uri"));
  }
  cache.rule("excludedPaths", BUILT_IN_PHP_FILES, at2(document, []));
  const rejectCookies = vars["rocket_cache_reject_cookies"];
  cache.listOrigin("bypassCookies", "rocket_cache_reject_cookies" in vars ? origin("rocket_cache_reject_cookies") : at2(document, []));
  if (typeof rejectCookies === "string" && rejectCookies !== "") {
    cache.rule("bypassCookies", regexRule(rejectCookies, "$rocket_cache_reject_cookies"), origin("rocket_cache_reject_cookies"));
  }
  const rejectsLogin = typeof rejectCookies === "string" && rejectCookies.includes("wordpress_logged_in_");
  if (!rejectsLogin && typeof rejectCookies === "string" && typeof vars["rocket_cookie_hash"] === "string") {
    const common2 = "rocket_common_cache_logged_users" in vars ? toFlag(vars["rocket_common_cache_logged_users"]) : false;
    if (common2 === true || isUnknown(common2)) cache.flag("servesLoggedIn", common2, origin("rocket_common_cache_logged_users"));
    else {
      cache.flag("servesLoggedIn", false, origin("rocket_cache_reject_cookies"));
      cache.rule("bypassCookies", loggedInCookieRule("a cache per logged-in user"), origin("rocket_cookie_hash"));
    }
  }
  cache.methods(["GET"]);
  return cache.build({ id: `wp-rocket:${document.file}`, product: "wp-rocket", format, meta: { site } });
}
var wpRocketReader = { formats: ["php-config", "wp-rocket-settings"], read: ({ documents }) => wpRocketSubjects(documents) };

// src/adapters/page-cache/wp-super-cache.ts
var DEFAULT_REJECTED_URI = ["wp-.*\\.php", "index\\.php"];
var BUILT_IN_REJECTED_URI = ["/wp-admin/", "xmlrpc.php", "wp-app.php"];
function wpSuperCacheSubjects(documents) {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "php-config" || !document.file.endsWith("wp-content/wp-cache-config.php")) continue;
    const value = document.value;
    const vars = isRecord(value) && isRecord(value["variables"]) ? value["variables"] : {};
    const origin = (name, ...rest) => at2(document, ["variables", name, ...rest]);
    const site = siteOf(document.file);
    const cache = new PageCacheBuilder(at2(document, []), "site", site);
    cache.rule("appliesTo", everyPath("every page of the site"), at2(document, []));
    const enabled = "cache_enabled" in vars ? toFlag(vars["cache_enabled"]) : false;
    cache.flag("enabled", enabled ?? false, "cache_enabled" in vars ? origin("cache_enabled") : void 0);
    if ("cache_rejected_uri" in vars) {
      const list = vars["cache_rejected_uri"];
      cache.listOrigin("excludedPaths", origin("cache_rejected_uri"));
      if (isUnknown(list)) cache.unresolvedExclusion(list, origin("cache_rejected_uri"));
      for (const [key, entry] of listEntries(list)) {
        if (isUnknown(entry)) cache.unresolvedExclusion(entry, origin("cache_rejected_uri", key));
        else if (typeof entry === "string" && entry !== "") cache.rule("excludedPaths", regexRule(entry, "$cache_rejected_uri"), origin("cache_rejected_uri", key));
      }
    } else {
      for (const entry of DEFAULT_REJECTED_URI) cache.rule("excludedPaths", regexRule(entry, "$cache_rejected_uri (plugin default)"), at2(document, []));
    }
    for (const uri of BUILT_IN_REJECTED_URI) cache.rule("excludedPaths", containsRule(uri, "built in"), at2(document, []));
    cache.listOrigin("bypassCookies", "wpsc_rejected_cookies" in vars ? origin("wpsc_rejected_cookies") : "wp_cache_not_logged_in" in vars ? origin("wp_cache_not_logged_in") : at2(document, []));
    for (const [key, entry] of listEntries(vars["wpsc_rejected_cookies"])) {
      if (typeof entry === "string" && entry !== "") cache.rule("bypassCookies", regexRule(entry, "$wpsc_rejected_cookies"), origin("wpsc_rejected_cookies", key));
    }
    const notLoggedIn = "wp_cache_not_logged_in" in vars ? toInteger(vars["wp_cache_not_logged_in"]) : 0;
    const makeAnon = "wp_cache_make_known_anon" in vars ? toFlag(vars["wp_cache_make_known_anon"]) : false;
    const loggedInOrigin = "wp_cache_not_logged_in" in vars ? origin("wp_cache_not_logged_in") : at2(document, []);
    if (isUnknown(notLoggedIn)) {
      cache.flag("servesLoggedIn", notLoggedIn, loggedInOrigin);
    } else if (makeAnon === true || isUnknown(makeAnon)) {
      cache.flag("servesLoggedIn", makeAnon, origin("wp_cache_make_known_anon"));
    } else {
      cache.flag("servesLoggedIn", notLoggedIn === void 0, loggedInOrigin);
      if (notLoggedIn === 0) cache.rule("bypassCookies", loggedInCookieRule("$wp_cache_not_logged_in = 0 (the login cookie is part of the cache key)"), loggedInOrigin);
      else if (notLoggedIn === 1) cache.rule("bypassCookies", regexRule("(any cookie)", "$wp_cache_not_logged_in = 1", ""), loggedInOrigin);
      else if (notLoggedIn === 2) cache.rule("bypassCookies", loggedInCookieRule("$wp_cache_not_logged_in = 2"), loggedInOrigin);
    }
    cache.methods(["GET"]);
    subjects.push(cache.build({ id: `wp-super-cache:${document.file}`, product: "wp-super-cache", format, meta: { site } }));
  }
  return subjects;
}
var wpSuperCacheReader = { formats: ["php-config"], read: ({ documents }) => wpSuperCacheSubjects(documents) };

// src/adapters/page-cache/index.ts
var pageCache = combineReaders([
  w3TotalCacheReader,
  wpSuperCacheReader,
  wpRocketReader,
  litespeedReader,
  nginxReader,
  cloudfrontReader,
  cloudfrontModulesReader,
  cloudflareReader,
  cdnHeadersReader
]);
var pageCacheAdapter = pageCache.adapter;
var pageCacheFormats = pageCache.formats;

// src/adapters/repository.ts
var repositoryAdapter = ({ roots, repositoryBots }) => roots.map((root) => ({
  kind: "repository",
  id: root,
  file: root,
  format: "repository",
  path: [],
  value: { root, repositoryBotFiles: [...repositoryBots?.[root] ?? []] }
}));

// src/adapters/response-headers/csp.ts
var ENFORCED = "content-security-policy";
var REPORT_ONLY = "content-security-policy-report-only";
function isCspHeader(name) {
  const lower = name.trim().toLowerCase();
  return lower === ENFORCED || lower === REPORT_ONLY;
}
function parseCsp(text4) {
  const directives = /* @__PURE__ */ Object.create(null);
  for (const part of text4.split(";")) {
    const tokens = part.trim().split(/\s+/).filter((t) => t !== "");
    const name = tokens[0]?.toLowerCase();
    if (name === void 0 || Object.hasOwn(directives, name)) continue;
    directives[name] = tokens.slice(1);
  }
  return { ...directives };
}
function cspValue(header, value) {
  const enforced = header.trim().toLowerCase() === ENFORCED;
  if (typeof value !== "string") return { header, enforced, value, directives: value, scriptSrc: value, connectSrc: value, formAction: value };
  const directives = parseCsp(value);
  const pick = (...names) => {
    for (const name of names) if (Object.hasOwn(directives, name)) return directives[name] ?? null;
    return null;
  };
  return {
    header,
    enforced,
    value,
    directives,
    scriptSrc: pick("script-src", "default-src"),
    connectSrc: pick("connect-src", "default-src"),
    formAction: pick("form-action")
  };
}

// src/adapters/response-headers/shape.ts
var ResponseHeadersBuilder = class {
  value;
  sources;
  constructor(root, name) {
    this.sources = new SourceMap(root);
    this.value = { name, csp: [], discarded: [], unread: null };
  }
  /** A CSP header; `valueOrigin` is where its value is written (findings point there). */
  csp(csp, valueOrigin) {
    this.sources.add(["csp", this.value.csp.length], { ...valueOrigin, follow: false });
    this.value.csp.push(csp);
    return this;
  }
  /** An inherited CSP dropped here; `origin` is the level's own add_header that drops it. */
  discard(entry, origin) {
    this.sources.add(["discarded", this.value.discarded.length], origin);
    this.value.discarded.push(entry);
    return this;
  }
  /** An inherited CSP that may or may not be dropped: the level includes a file that was not found. */
  maybeDiscarded(marker2, origin) {
    this.sources.add(["discarded", this.value.discarded.length], origin);
    this.value.discarded.push(marker2);
    return this;
  }
  /** A file included here or around this level that the scan does not hold: it may send headers. */
  unread(marker2, origin) {
    this.sources.add(["unread"], origin);
    this.value.unread = marker2;
    return this;
  }
  /** Whether the scope says anything a CSP policy can judge. */
  get empty() {
    return this.value.csp.length === 0 && this.value.discarded.length === 0 && this.value.unread === null;
  }
  build(input) {
    return normalizedSubject({
      kind: "response-headers",
      id: input.id,
      product: input.product,
      format: input.format,
      value: { ...this.value },
      sources: this.sources,
      ...input.meta ? { meta: input.meta } : {}
    });
  }
};
function at3(document, path) {
  return { document, path };
}

// src/adapters/response-headers/cdn-headers.ts
function cdnHeaderSubjects2(documents) {
  const subjects = [];
  for (const { document, format } of documents) {
    const rules = format === "netlify-headers" ? netlifyHeaderRules2(document.value) : format === "netlify-toml" ? netlifyTomlRules2(document.value) : format === "vercel" ? vercelRules2(document.value) : void 0;
    if (!rules) continue;
    const product = format === "vercel" ? "vercel" : "netlify";
    for (const rule of rules) {
      const builder = new ResponseHeadersBuilder(at3(document, rule.rulePath), `${product} ${rule.pattern}`);
      for (const header of rule.headers) if (isCspHeader(header.name)) builder.csp(cspValue(header.name, header.value), at3(document, header.path));
      if (!builder.empty) subjects.push(builder.build({ id: `${product}:${document.file}#${rule.pattern}`, product, format }));
    }
  }
  return subjects;
}
function netlifyHeaderRules2(value) {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry, i) => {
    if (!isRecord(entry) || typeof entry["path"] !== "string" || !isRecord(entry["headers"])) return [];
    const headers = Object.entries(entry["headers"]).flatMap(
      ([name, values]) => Array.isArray(values) ? values.flatMap((v, k) => typeof v === "string" ? [{ name, value: v, path: [i, "headers", name, k] }] : []) : []
    );
    return [{ pattern: entry["path"], rulePath: [i], headers }];
  });
}
function netlifyTomlRules2(value) {
  const tables = isRecord(value) && Array.isArray(value["headers"]) ? value["headers"] : [];
  return tables.flatMap((table, i) => {
    if (!isRecord(table) || typeof table["for"] !== "string" || !isRecord(table["values"])) return [];
    const headers = Object.entries(table["values"]).flatMap(
      ([name, v]) => typeof v === "string" ? [{ name, value: v, path: ["headers", i, "values", name] }] : []
    );
    return [{ pattern: table["for"], rulePath: ["headers", i], headers }];
  });
}
function vercelRules2(value) {
  const entries2 = isRecord(value) && Array.isArray(value["headers"]) ? value["headers"] : [];
  return entries2.flatMap((entry, i) => {
    if (!isRecord(entry) || typeof entry["source"] !== "string" || !Array.isArray(entry["headers"])) return [];
    const headers = entry["headers"].flatMap(
      (h, j) => isRecord(h) && typeof h["key"] === "string" && typeof h["value"] === "string" ? [{ name: h["key"], value: h["value"], path: ["headers", i, "headers", j, "value"] }] : []
    );
    return [{ pattern: entry["source"], rulePath: ["headers", i], headers }];
  });
}

// src/adapters/response-headers/cloudfront.ts
function block3(value, key) {
  if (!isRecord(value)) return void 0;
  const field3 = value[key];
  if (Array.isArray(field3) && isRecord(field3[0]) && !isUnknown(field3[0])) return { value: field3[0], path: [key, 0] };
  if (isRecord(field3) && !isUnknown(field3)) return { value: field3, path: [key] };
  return void 0;
}
function cloudfrontSubjects2(input) {
  if (!input.documents.some((d) => d.format === "terraform")) return [];
  const subjects = [];
  for (const resource of terraformResourceAdapter(input)) {
    const meta = resource.meta ?? {};
    if (meta["type"] !== "aws_cloudfront_response_headers_policy" || !resource.document) continue;
    const security = block3(resource.value, "security_headers_config");
    const csp = security ? block3(security.value, "content_security_policy") : void 0;
    if (!security || !csp) continue;
    const text4 = csp.value["content_security_policy"];
    const path = [...resource.path, ...security.path, ...csp.path];
    const builder = new ResponseHeadersBuilder({ document: resource.document, path: resource.path }, `cloudfront ${String(meta["address"])}`);
    const value = typeof text4 === "string" || isUnknown(text4) ? text4 : "";
    builder.csp(cspValue("Content-Security-Policy", value), { document: resource.document, path: [...path, "content_security_policy"] });
    subjects.push(builder.build({ id: `cloudfront:${resource.id}`, product: "cloudfront", format: "terraform", meta: { address: meta["address"] } }));
  }
  return subjects;
}

// src/adapters/response-headers/templated-csp.ts
var HOLE = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|<\?(?:php|=)?[\s\S]*?\?>|<%[\s\S]*?%>|\$\{[^}]*\}/g;
var MARK = "\0";
function nonceOnlyPolicy(marker2) {
  if (!("$expr" in marker2)) return void 0;
  const text4 = marker2.$expr.replace(HOLE, MARK);
  if (!text4.includes(MARK) || /[{}]|<\?|<%/.test(text4)) return void 0;
  const tokens = text4.split(/[\s;]+/);
  const onlyNonces = tokens.every((token) => !token.includes(MARK) || /^'nonce-[^']*'$/i.test(token));
  return onlyNonces ? text4.replaceAll(MARK, "templated") : void 0;
}

// src/adapters/response-headers/html.ts
function htmlSubjects(documents) {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "html" || !isRecord(document.value) || !Array.isArray(document.value["metas"])) continue;
    const builder = new ResponseHeadersBuilder(at3(document, []), `page ${document.file}`);
    document.value["metas"].forEach((meta, i) => {
      if (!isRecord(meta)) return;
      const header = meta["httpEquiv"];
      if (typeof header !== "string" || !isCspHeader(header)) return;
      const content = meta["content"];
      const value = typeof content === "string" ? content : isUnknown(content) ? nonceOnlyPolicy(content) ?? content : "";
      builder.csp(cspValue(header, value), at3(document, ["metas", i, content === void 0 ? "attrs" : "content"]));
    });
    if (!builder.empty) subjects.push(builder.build({ id: `html:${document.file}`, product: "html", format }));
  }
  return subjects;
}

// src/adapters/response-headers/nginx.ts
function nginxSubjects2(parsed) {
  const documents = parsed.filter((p) => p.format === "nginx").map((p) => p.document);
  if (documents.length === 0) return [];
  const byFile = new Map(documents.map((d) => [d.file, d]));
  const lookup2 = createLookup("nginx", documents);
  const subjects = [];
  for (const root of documents) {
    if (isRecord(root.value) && Array.isArray(root.value["includedBy"])) continue;
    const resolved = resolveIncludes(root, lookup2);
    const missingIncludes = (source) => unresolvedInBlock(resolved.directives, resolved.unresolved, source).filter(hidesSettings).flatMap((u) => {
      const document = byFile.get(u.file);
      return document ? [{ document, path: u.path }] : [];
    });
    const origin = (source, extra = []) => {
      const node = nodeAt(resolved.directives, source);
      const document = node ? byFile.get(node.file) : void 0;
      return node && document ? { document, path: [...node.path, ...extra] } : void 0;
    };
    const http = httpHeaders(resolved.directives);
    for (const server of resolved.servers) {
      const serverName = `nginx server ${server.serverNames[0] ?? "_"}`;
      const around = enclosingBlocks(server.source).flatMap(missingIncludes);
      const serverSubject = scope(root.file, serverName, server.source, server.effective, { effective: { add_header: http }, name: "the http block" }, origin, missingIncludes, around[0]);
      if (serverSubject) subjects.push(serverSubject);
      const visit = (locations, parent, parentName) => {
        for (const location of locations) {
          const name = `${parentName} location ${location.modifier ? `${location.modifier} ` : ""}${location.pattern}`;
          const own = (location.effective["add_header"] ?? []).some((d) => !sameSource(d.source, parent["add_header"]));
          if (own) {
            const subject = scope(root.file, name, location.source, location.effective, { effective: parent, name: parentName }, origin, missingIncludes);
            if (subject) subjects.push(subject);
          }
          visit(location.locations, location.effective, name);
        }
      };
      visit(server.locations, server.effective, serverName);
    }
  }
  return subjects;
}
function httpHeaders(directives) {
  const index = directives.findIndex((d) => d.name === "http" && d.block !== void 0);
  const http = index >= 0 ? directives[index]?.block ?? [] : directives;
  const base = index >= 0 ? ["directives", index, "block"] : ["directives"];
  return http.flatMap((d, i) => d.name === "add_header" && d.block === void 0 ? [{ name: d.name, args: d.args, source: [...base, i] }] : []);
}
function sameSource(source, list) {
  const key = JSON.stringify(source);
  return (list ?? []).some((d) => JSON.stringify(d.source) === key);
}
function scope(file, name, source, effective, parent, origin, missingIncludes, unread) {
  const rootOrigin = origin(source);
  if (!rootOrigin) return void 0;
  const builder = new ResponseHeadersBuilder(rootOrigin, name);
  if (unread) builder.unread(unknownValue("this level includes a file that is not in the scanned tree and may send a Content-Security-Policy"), unread);
  const headers = effective["add_header"] ?? [];
  for (const directive of headers) {
    const [header, value] = directive.args;
    if (header === void 0 || value === void 0 || !isCspHeader(header)) continue;
    const at4 = origin(directive.source, ["args", 1]);
    if (at4) builder.csp(cspValue(header, value), at4);
  }
  if (parent) {
    const first = headers.find((d) => !sameSource(d.source, parent.effective["add_header"]));
    const dropper = first ? origin(first.source) : void 0;
    for (const inherited of parent.effective["add_header"] ?? []) {
      const [header, value] = inherited.args;
      if (header === void 0 || value === void 0 || !isCspHeader(header)) continue;
      if (headers.some((d) => d.args[0]?.toLowerCase() === header.toLowerCase())) continue;
      const missing = missingIncludes(source)[0];
      if (missing) builder.maybeDiscarded(unknownValue(`this level includes a file that is not in the scanned tree and may set ${header} again`), missing);
      else if (dropper) builder.discard({ header, value, from: parent.name }, dropper);
    }
  }
  return builder.empty ? void 0 : builder.build({ id: `nginx:${file}#${name}`, product: "nginx", format: "nginx" });
}

// src/adapters/response-headers/index.ts
var responseHeadersAdapter = (input) => [
  ...nginxSubjects2(input.documents),
  ...htmlSubjects(input.documents),
  ...cdnHeaderSubjects2(input.documents),
  ...cloudfrontSubjects2(input)
];
var responseHeadersFormats = ["html", "netlify-headers", "netlify-toml", "nginx", "terraform", "vercel"];

// src/adapters/update-policy/compose-images.ts
import { posix as posix10 } from "node:path";
var INTERPOLATION = /\$(?:\{|[A-Za-z_])/;
function composeImageSubjects(documents, roots) {
  const built2 = /* @__PURE__ */ new Set();
  for (const { document, format } of documents) {
    if (format !== "compose" || !isRecord(document.value) || !isRecord(document.value["services"])) continue;
    for (const [service, body] of Object.entries(document.value["services"])) {
      if (isRecord(body) && body["build"] !== void 0) built2.add(JSON.stringify([posix10.dirname(document.file), service]));
    }
  }
  const dotenv = dotenvByDirectory(documents);
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "compose" || !isRecord(document.value) || !isRecord(document.value["services"])) continue;
    for (const [service, body] of Object.entries(document.value["services"])) {
      if (!isRecord(body) || built2.has(JSON.stringify([posix10.dirname(document.file), service])) || typeof body["image"] !== "string") continue;
      const image = body["image"];
      const literal = !INTERPOLATION.test(image.replaceAll("$$", ""));
      const resolved = literal ? image.replaceAll("$$", "$") : interpolate(image, dotenv.get(posix10.dirname(document.file)) ?? {});
      subjects.push(
        imageSubject({
          id: `compose:${document.file}#${service}`,
          product: "compose",
          format,
          root: rootOf(document.file, roots),
          document,
          at: ["services", service],
          imageAt: ["services", service, "image"],
          name: service,
          image: {
            reference: resolved ?? unknownValue(`image ${image} is interpolated from the environment`),
            context: "compose"
          }
        })
      );
    }
  }
  return subjects;
}

// src/adapters/update-policy/dependabot.ts
function slashPath(directory) {
  const trimmed = directory.trim().replace(/^\.?\/*/, "").replace(/\/+$/, "");
  return `/${trimmed}`;
}
function dependabotSubjects(documents, roots) {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "dependabot" || !isRecord(document.value)) continue;
    const updates = Array.isArray(document.value["updates"]) ? document.value["updates"] : [];
    const sources = new SourceMap({ document, path: [] });
    const ecosystems = [];
    const switches = [];
    updates.forEach((entry, u) => {
      if (!isRecord(entry)) return;
      const ecosystem = entry["package-ecosystem"];
      const directories = [entry["directory"], ...Array.isArray(entry["directories"]) ? entry["directories"] : []].filter((d) => typeof d === "string");
      if (typeof ecosystem === "string") {
        sources.add(["bot", "ecosystems", ecosystems.length], { document, path: ["updates", u] });
        ecosystems.push({ ecosystem, directories: directories.map(slashPath) });
      }
      const versionOnly = entry["target-branch"] !== void 0;
      const ignore = Array.isArray(entry["ignore"]) ? entry["ignore"] : [];
      ignore.forEach((rule, k) => {
        if (!isRecord(rule) || rule["dependency-name"] !== "*" || rule["versions"] !== void 0 || rule["update-types"] !== void 0) return;
        sources.add(["switches", switches.length], { document, path: ["updates", u, "ignore", k] });
        switches.push({ setting: `ignore dependency-name "*" (${plainText(ecosystem)})`, covers: versionOnly ? "version" : "all", enabled: false });
      });
      if (entry["open-pull-requests-limit"] === 0) {
        sources.add(["switches", switches.length], { document, path: ["updates", u, "open-pull-requests-limit"] });
        switches.push({ setting: `open-pull-requests-limit: 0 (${plainText(ecosystem)})`, covers: "version", enabled: false });
      }
    });
    const value = {
      root: rootOf(document.file, roots),
      component: { type: "update-bot", name: "dependabot" },
      bot: { name: "dependabot", enabled: true, ecosystems },
      switches
    };
    subjects.push(
      normalizedSubject({ kind: "update-policy", id: `dependabot:${document.file}`, product: "dependabot", format, value, sources })
    );
  }
  return subjects;
}

// src/adapters/update-policy/dockerfile-images.ts
function dockerfileImageSubjects(documents, roots) {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "dockerfile" || !isRecord(document.value)) continue;
    const { stages } = document.value;
    (Array.isArray(stages) ? stages : []).forEach((stage, i) => {
      if (!isRecord(stage) || typeof stage.image !== "string" && !isUnknown(stage.image)) return;
      if (stage.stage !== void 0 || typeof stage.image === "string" && stage.image.toLowerCase() === "scratch") return;
      const name = stage.name ?? String(i);
      subjects.push(
        imageSubject({
          id: `dockerfile:${document.file}#${name}`,
          product: "dockerfile",
          format,
          root: rootOf(document.file, roots),
          document,
          at: ["stages", i],
          imageAt: ["stages", i, "image"],
          name,
          image: { reference: stage.image, context: "dockerfile" }
        })
      );
    });
  }
  return subjects;
}

// src/adapters/update-policy/github-security-updates.ts
function githubSecurityUpdateSubjects(documents, roots) {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "github-settings" || !isRecord(document.value) || !Array.isArray(document.value["repositories"])) continue;
    document.value["repositories"].forEach((repository, i) => {
      if (!isRecord(repository)) return;
      const name = typeof repository["full_name"] === "string" ? repository["full_name"] : `repositories[${i}]`;
      const setting = repository["dependabot_security_updates"];
      const enabled = typeof setting === "boolean" || isUnknown(setting) ? setting : unknownValue(`dependabot_security_updates of ${name} is missing from the snapshot`);
      const sources = new SourceMap({ document, path: ["repositories", i] }).add(["switches", 0], {
        document,
        path: ["repositories", i, "dependabot_security_updates"]
      });
      const value = {
        root: rootOf(document.file, roots),
        component: { type: "update-bot", name: `dependabot security updates of ${name}` },
        switches: [{ setting: `dependabot_security_updates of ${name}`, covers: "security", enabled }]
      };
      subjects.push(
        normalizedSubject({ kind: "update-policy", id: `github:${name}`, product: "github", format, value, sources })
      );
    });
  }
  return subjects;
}

// src/adapters/update-policy/litespeed-self-update.ts
function flag(value) {
  if (value === void 0) return false;
  if (value === true || value === 1 || value === "1") return true;
  if (value === false || value === 0 || value === "0" || value === "") return false;
  return unknownValue("auto_upgrade is neither on nor off");
}
function litespeedSelfUpdateSubjects(documents, roots) {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "litespeed-export" || !isRecord(document.value)) continue;
    const sources = new SourceMap({ document, path: [] });
    if (Object.hasOwn(document.value, "auto_upgrade")) {
      sources.add(["autoUpdate"], { document, path: ["auto_upgrade"] }).add(["autoUpdate", "enabled"], { document, path: ["auto_upgrade"] });
    }
    const value = {
      root: rootOf(document.file, roots),
      component: { type: "wordpress-plugin", name: "litespeed-cache" },
      autoUpdate: { enabled: flag(document.value["auto_upgrade"]), setting: "auto_upgrade" }
    };
    subjects.push(
      normalizedSubject({ kind: "update-policy", id: `wordpress-plugin:${document.file}#litespeed-cache`, product: "litespeed-cache", format, value, sources, meta: { export: "litespeed-settings" } })
    );
  }
  return subjects;
}

// src/adapters/update-policy/manifests.ts
import { posix as posix11 } from "node:path";
var NPM = { ecosystem: "npm", dependabot: ["npm"], renovate: ["npm"] };
var COMPOSER = { ecosystem: "composer", dependabot: ["composer"], renovate: ["composer"] };
var PYPROJECT = { ecosystem: "python", dependabot: ["pip", "uv"], renovate: ["pep621", "poetry"] };
var REQUIREMENTS = { ecosystem: "python", dependabot: ["pip"], renovate: ["pip_requirements", "pip-compile"] };
var GO = { ecosystem: "go", dependabot: ["gomod"], renovate: ["gomod"] };
var RUBY = { ecosystem: "ruby", dependabot: ["bundler"], renovate: ["bundler"] };
var DOCKER = { ecosystem: "docker", dependabot: ["docker"], renovate: ["dockerfile"] };
var ACTIONS = { ecosystem: "github-actions", dependabot: ["github-actions"], renovate: ["github-actions"] };
var MAVEN = { ecosystem: "maven", dependabot: ["maven"], renovate: ["maven"] };
var GRADLE = { ecosystem: "gradle", dependabot: ["gradle"], renovate: ["gradle"] };
var TERRAFORM = { ecosystem: "terraform", dependabot: ["terraform"], renovate: ["terraform"] };
var INSTALLED = /(?:^|\/)(?:node_modules|bower_components|vendor)\//;
function ecosystemOf(format, file) {
  const name = posix11.basename(file);
  switch (format) {
    case "package-json":
      return NPM;
    case "composer":
      return COMPOSER;
    case "pyproject":
      return PYPROJECT;
    case "dockerfile":
      return DOCKER;
    case "github-workflow":
      return ACTIONS;
    case "terraform":
      return TERRAFORM;
    case "dependency-manifest":
      if (name === "pom.xml") return MAVEN;
      if (name.startsWith("build.gradle") || name.startsWith("settings.gradle")) return GRADLE;
      return name === "go.mod" ? GO : name === "Gemfile" ? RUBY : REQUIREMENTS;
    default:
      return void 0;
  }
}
function mavenModules(documents) {
  const modules2 = /* @__PURE__ */ new Set();
  for (const { document, format } of documents) {
    if (format !== "dependency-manifest" || posix11.basename(document.file) !== "pom.xml") continue;
    const lines = document.value.lines;
    if (!Array.isArray(lines)) continue;
    const dir = posix11.dirname(document.file);
    for (const line of lines) {
      if (typeof line !== "string") continue;
      for (const match of line.matchAll(/<module>\s*([^<\s]+)\s*<\/module>/g)) {
        const module = (match[1] ?? "").replace(/\/pom\.xml$/, "");
        const joined = posix11.normalize(posix11.join(dir, module));
        if (joined !== dir && !joined.startsWith("../")) modules2.add(joined);
      }
    }
  }
  return modules2;
}
function manifestSubjects(documents, roots) {
  const groups = /* @__PURE__ */ new Map();
  const modules2 = mavenModules(documents);
  for (const { document, format } of documents) {
    const ecosystem = ecosystemOf(format, document.file);
    if (ecosystem === void 0 || INSTALLED.test(document.file)) continue;
    if (ecosystem === MAVEN && modules2.has(posix11.dirname(document.file))) continue;
    const root = rootOf(document.file, roots);
    const path = relativeTo(root, document.file);
    const directory = ecosystem === ACTIONS ? "/" : slashPath(posix11.dirname(path));
    const key = JSON.stringify([root, ecosystem.ecosystem, ecosystem.dependabot, directory]);
    const group2 = groups.get(key) ?? { root, ecosystem, directory, documents: [], format };
    group2.documents.push(document);
    groups.set(key, group2);
  }
  const subjects = [];
  for (const { root, ecosystem, directory, documents: files, format } of groups.values()) {
    const first = [...files].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index)[0];
    if (first === void 0) continue;
    const manifest = { ...ecosystem, directory, path: relativeTo(root, first.file) };
    const value = { root, component: { type: "dependencies", name: `${ecosystem.ecosystem} ${directory}` }, manifest };
    subjects.push(
      normalizedSubject({
        kind: "update-policy",
        id: `manifest:${ecosystem.dependabot[0] ?? ecosystem.ecosystem}:${root === "." ? "" : `${root}:`}${directory}`,
        product: "manifest",
        format,
        value,
        sources: new SourceMap({ document: first, path: [] })
      })
    );
  }
  return subjects;
}

// src/adapters/update-policy/release-age.ts
var UNIT_DAYS = [
  [/^(?:ms|msecs?|milliseconds?)$/, 1 / 864e5],
  [/^(?:s|secs?|seconds?)$/, 1 / 86400],
  [/^(?:m|mins?|minutes?)$/, 1 / 1440],
  [/^(?:h|hrs?|hours?)$/, 1 / 24],
  [/^(?:d|days?)$/, 1],
  [/^(?:w|weeks?)$/, 7],
  [/^(?:months?)$/, 30],
  [/^(?:y|yrs?|years?)$/, 365]
];
function releaseAgeDays(value) {
  if (value === void 0 || value === null) return 0;
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value;
  if (typeof value !== "string") return unknownValue("minimumReleaseAge is not a duration");
  const match = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]+)\s*$/.exec(value);
  const amount = Number(match?.[1]);
  const unit = match?.[2]?.toLowerCase() ?? "";
  const factor2 = UNIT_DAYS.find(([pattern]) => pattern.test(unit))?.[1];
  if (match === null || factor2 === void 0) return unknownValue(`minimumReleaseAge "${value}" is not a duration Renovate reads`);
  return amount * factor2;
}

// src/adapters/update-policy/renovate-rules.ts
var UPDATE_TYPES = ["major", "minor", "patch", "pin", "digest"];
var PACKAGE_MATCHERS = /^(?:match|exclude)(?!UpdateTypes$|Managers$)/;
function presetName(entry) {
  return typeof entry === "string" ? /^(?:default)?:([A-Za-z]+)$/.exec(entry)?.[1] : void 0;
}
function strings2(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function appliesToAllPackages(rule) {
  return !Object.keys(rule).some((key) => PACKAGE_MATCHERS.test(key));
}

// src/adapters/update-policy/renovate-automerge.ts
var AUTOMERGE_PRESETS = {
  automergeAll: ["all"],
  automergeMajor: ["major", "minor", "patch"],
  automergeMinor: ["minor", "patch"],
  automergePatch: ["patch"],
  automergeDigest: ["digest"]
};
function isExternalPreset(entry) {
  return typeof entry === "string" && (/^[a-z-]+>/.test(entry) || entry.startsWith("@") || !entry.includes(":"));
}
function ownAge(holder) {
  for (const key of ["minimumReleaseAge", "stabilityDays"]) if (holder[key] !== void 0) return releaseAgeDays(holder[key]);
  return void 0;
}
function renovateAutomerge(config2, rules) {
  let age = ownAge(config2) ?? 0;
  for (const rule of rules) if (appliesToAllPackages(rule) && rule["matchUpdateTypes"] === void 0) age = ownAge(rule) ?? age;
  const out = [];
  (Array.isArray(config2["extends"]) ? config2["extends"] : []).forEach((entry, i) => {
    const types2 = AUTOMERGE_PRESETS[presetName(entry) ?? ""];
    if (types2) out.push({ rule: { setting: `extends ${plainText(entry)}`, updateTypes: types2, minimumReleaseAgeDays: age }, path: ["extends", i] });
    else if (isExternalPreset(entry)) {
      const reason = unknownValue(`preset ${plainText(entry)} is read from outside the repository and may turn automerge on`);
      out.push({ rule: { setting: `extends ${plainText(entry)}`, updateTypes: reason }, path: ["extends", i] });
    }
  });
  if (config2["automerge"] === true) {
    const off = /* @__PURE__ */ new Set();
    for (const type2 of UPDATE_TYPES) if (isRecord(config2[type2]) && config2[type2]["automerge"] === false) off.add(type2);
    for (const rule of rules) {
      if ((rule["automerge"] === false || rule["enabled"] === false) && appliesToAllPackages(rule) && rule["matchManagers"] === void 0) {
        strings2(rule["matchUpdateTypes"]).forEach((t) => off.add(t));
      }
    }
    const types2 = UPDATE_TYPES.filter((t) => !off.has(t));
    if (types2.length > 0) out.push({ rule: { setting: "automerge", updateTypes: off.size === 0 ? ["all"] : types2, minimumReleaseAgeDays: age }, path: ["automerge"] });
  }
  for (const type2 of UPDATE_TYPES) {
    const holder = config2[type2];
    if (isRecord(holder) && holder["automerge"] === true) {
      out.push({ rule: { setting: `${type2}.automerge`, updateTypes: [type2], minimumReleaseAgeDays: ownAge(holder) ?? age }, path: [type2, "automerge"] });
    }
  }
  rules.forEach((rule, i) => {
    if (rule["automerge"] !== true) return;
    const types2 = strings2(rule["matchUpdateTypes"]);
    out.push({
      rule: { setting: `packageRules[${i}].automerge`, updateTypes: types2.length > 0 ? types2 : ["all"], minimumReleaseAgeDays: ownAge(rule) ?? age },
      path: ["packageRules", i, "automerge"]
    });
  });
  return out;
}

// src/adapters/update-policy/renovate.ts
var DEFAULT_IGNORE_PATHS = ["**/node_modules/**", "**/bower_components/**"];
var MODULES_AND_TESTS = ["**/node_modules/**", "**/bower_components/**", "**/vendor/**", "**/examples/**", "**/__tests__/**", "**/test/**", "**/tests/**", "**/__fixtures__/**"];
var EXTENDING_MODULES_AND_TESTS = /* @__PURE__ */ new Set([
  ":ignoreModulesAndTests",
  "default:ignoreModulesAndTests",
  "config:recommended",
  "config:base",
  "config:best-practices",
  "config:js-app",
  "config:js-lib"
]);
function renovateSubjects(documents, roots) {
  const subjects = [];
  for (const { document, format } of documents) {
    const root = rootOf(document.file, roots);
    if (format === "renovate" && isRecord(document.value)) {
      subjects.push(renovateSubject(document, format, root, document.value, []));
    } else if (format === "package-json" && relativeTo(root, document.file) === "package.json" && isRecord(document.value) && isRecord(document.value["renovate"])) {
      subjects.push(renovateSubject(document, format, root, document.value["renovate"], ["renovate"]));
    }
  }
  return subjects;
}
function renovateSubject(document, format, root, config2, base) {
  const sources = new SourceMap({ document, path: base });
  const from = (...path) => ({ document, path: [...base, ...path] });
  const switches = [];
  const automerge = [];
  const addSwitch = (entry, path) => {
    sources.add(["switches", switches.length], from(...path));
    switches.push(entry);
  };
  const addAutomerge = (entry, path) => {
    sources.add(["automerge", automerge.length], from(...path));
    automerge.push(entry);
  };
  const alerts = isRecord(config2["vulnerabilityAlerts"]) ? config2["vulnerabilityAlerts"] : {};
  const extendsList = strings2(config2["extends"]);
  const rules = (Array.isArray(config2["packageRules"]) ? config2["packageRules"] : []).map((r) => isRecord(r) ? r : {});
  if (typeof config2["enabled"] === "boolean") addSwitch({ setting: "enabled", covers: "all", enabled: config2["enabled"] }, ["enabled"]);
  if (typeof alerts["enabled"] === "boolean") addSwitch({ setting: "vulnerabilityAlerts.enabled", covers: "security", enabled: alerts["enabled"] }, ["vulnerabilityAlerts", "enabled"]);
  (Array.isArray(config2["extends"]) ? config2["extends"] : []).forEach((entry, i) => {
    const preset = presetName(entry);
    if (preset === "disableRenovate") addSwitch({ setting: `extends ${plainText(entry)}`, covers: "all", enabled: config2["enabled"] === true }, ["extends", i]);
    if (preset === "disableVulnerabilityAlerts") addSwitch({ setting: `extends ${plainText(entry)}`, covers: "security", enabled: alerts["enabled"] === true }, ["extends", i]);
  });
  for (const { rule, path } of renovateAutomerge(config2, rules)) addAutomerge(rule, path);
  const disabled = /* @__PURE__ */ new Set();
  for (const [key, holder] of Object.entries(config2)) {
    if (isRecord(holder) && holder["enabled"] === false && key !== "vulnerabilityAlerts" && !UPDATE_TYPES.includes(key)) disabled.add(key);
  }
  for (const rule of rules) {
    if (rule["enabled"] === false && appliesToAllPackages(rule) && rule["matchUpdateTypes"] === void 0) strings2(rule["matchManagers"]).forEach((m) => disabled.add(m));
  }
  const runs = config2["enabled"] !== false && !(extendsList.some((e) => presetName(e) === "disableRenovate") && config2["enabled"] !== true);
  if (config2["enabledManagers"] !== void 0) sources.add(["bot", "managers"], from("enabledManagers"));
  const value = {
    root,
    component: { type: "update-bot", name: "renovate" },
    bot: {
      name: "renovate",
      enabled: runs,
      managers: { enabled: Array.isArray(config2["enabledManagers"]) ? strings2(config2["enabledManagers"]) : null, disabled: [...disabled] },
      // The file's own ignorePaths replace a preset's, which replace Renovate's default.
      ignorePaths: Array.isArray(config2["ignorePaths"]) ? strings2(config2["ignorePaths"]) : extendsList.some((e) => EXTENDING_MODULES_AND_TESTS.has(e)) ? MODULES_AND_TESTS : DEFAULT_IGNORE_PATHS
    },
    switches,
    automerge
  };
  return normalizedSubject({ kind: "update-policy", id: `renovate:${document.file}`, product: "renovate", format, value, sources });
}

// src/adapters/update-policy/build-tool-images.ts
function withBuildTools(documents, subjects) {
  const skaffold = skaffoldArtifacts(documents);
  for (const subject of subjects) {
    const value = subject.value;
    const image = isRecord(value) && isRecord(value["image"]) ? value["image"] : void 0;
    const reference = image?.["reference"];
    if (image === void 0 || typeof reference !== "string") continue;
    if (reference.startsWith("ko://")) image["builtBy"] = "ko";
    else if (skaffold.has(imageFacts(reference).repository)) image["builtBy"] = "skaffold";
  }
  return subjects;
}
function skaffoldArtifacts(documents) {
  const names = /* @__PURE__ */ new Set();
  const fromBuild = (build) => {
    if (!isRecord(build) || !Array.isArray(build["artifacts"])) return;
    for (const artifact of build["artifacts"]) if (isRecord(artifact) && typeof artifact["image"] === "string") names.add(artifact["image"]);
  };
  for (const { document, format } of documents) {
    if (format !== "skaffold" || !isRecord(document.value)) continue;
    fromBuild(document.value["build"]);
    const profiles = document.value["profiles"];
    if (Array.isArray(profiles)) {
      for (const profile of profiles) if (isRecord(profile)) fromBuild(profile["build"]);
    }
  }
  return names;
}

// src/adapters/update-policy/unattended-upgrades.ts
import { posix as posix12 } from "node:path";
function lookup(config2, name) {
  let node = config2;
  const path = ["config"];
  for (const part of name.split("::")) {
    if (!isRecord(node)) return void 0;
    const key = Object.keys(node).find((k) => k.toLowerCase() === part.toLowerCase());
    if (key === void 0) return void 0;
    path.push(key);
    node = node[key];
  }
  return { value: node, path };
}
function items(found) {
  if (Array.isArray(found.value)) return found.value.map(String);
  if (isRecord(found.value) && Array.isArray(found.value["#items"])) return found.value["#items"].map(String);
  return typeof found.value === "string" && found.value !== "" ? [found.value] : [];
}
var SECURITY_ORIGIN = /security/i;
var ORIGIN_LISTS = ["Unattended-Upgrade::Allowed-Origins", "Unattended-Upgrade::Origins-Pattern"];
function aptDirectory(file) {
  const dir = posix12.dirname(file);
  return posix12.basename(dir) === "apt.conf.d" ? posix12.dirname(dir) : dir;
}
function unattendedUpgradeSubjects(documents, roots) {
  const byDirectory = /* @__PURE__ */ new Map();
  for (const { document, format } of documents) {
    if (format !== "apt-conf" || !isRecord(document.value)) continue;
    const dir = aptDirectory(document.file);
    byDirectory.set(dir, [...byDirectory.get(dir) ?? [], document]);
  }
  const subjects = [];
  for (const [dir, files] of byDirectory) {
    const ordered = [...files].sort((a, b) => order(a.file) - order(b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const first = ordered[0];
    if (first === void 0) continue;
    const sources = new SourceMap({ document: first, path: [] });
    const last2 = /* @__PURE__ */ new Map();
    const origins = [];
    let originsSetIn;
    for (const document of ordered) {
      const tree = document.value;
      const clears = Array.isArray(tree.clears) ? tree.clears.map((c) => plainText(c).toLowerCase()) : [];
      for (const name of ["APT::Periodic::Unattended-Upgrade", "APT::Periodic::Enable"]) {
        const found = lookup(tree.config, name);
        if (found !== void 0 && typeof found.value === "string") last2.set(name, { document, found });
      }
      for (const name of ORIGIN_LISTS) {
        if (clears.includes(name.toLowerCase())) origins.splice(0, origins.length, ...origins.filter((o) => o.list !== name));
        const found = lookup(tree.config, name);
        if (found === void 0) continue;
        originsSetIn = { document, path: found.path };
        for (const text4 of items(found)) origins.push({ list: name, text: text4 });
      }
    }
    const switches = [];
    for (const [name, { document, found }] of last2) {
      sources.add(["switches", switches.length], { document, path: found.path });
      switches.push({ setting: name, covers: "all", enabled: !/^\s*0*\s*$/.test(plainText(found.value)) });
    }
    if (originsSetIn !== void 0) {
      sources.add(["switches", switches.length], originsSetIn);
      switches.push({ setting: "Unattended-Upgrade::Allowed-Origins / Origins-Pattern (no security origin)", covers: "security", enabled: origins.some((o) => SECURITY_ORIGIN.test(o.text)) });
    }
    const value = { root: rootOf(first.file, roots), component: { type: "os-packages", name: "unattended-upgrades" }, switches };
    subjects.push(
      normalizedSubject({ kind: "update-policy", id: `unattended-upgrades:${dir}`, product: "unattended-upgrades", format: "apt-conf", value, sources })
    );
  }
  return subjects;
}
function order(file) {
  return posix12.basename(posix12.dirname(file)) === "apt.conf.d" ? 0 : 1;
}

// src/adapters/update-policy/wordpress-core.ts
function truthy(value) {
  if (isUnknown(value)) return value;
  if (typeof value === "string") return value !== "" && value !== "0";
  if (typeof value === "number") return value !== 0;
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}
var MAJOR_CHANNELS = ["beta", "rc", "development", "branch-development"];
function wordpressCoreSubjects(documents, roots) {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "php-config" || !/(^|\/)wp-config\.php$/.test(document.file)) continue;
    const constants = isRecord(document.value) && isRecord(document.value["constants"]) ? document.value["constants"] : {};
    const sources = new SourceMap({ document, path: [] });
    const switches = [];
    const automerge = [];
    const add = (name, entry) => {
      sources.add(["switches", switches.length], { document, path: ["constants", name] });
      switches.push(entry);
    };
    for (const name of ["AUTOMATIC_UPDATER_DISABLED", "DISALLOW_FILE_MODS"]) {
      if (!Object.hasOwn(constants, name)) continue;
      const on = truthy(constants[name]);
      add(name, { setting: name, covers: "all", enabled: typeof on === "boolean" ? !on : on });
    }
    if (Object.hasOwn(constants, "WP_AUTO_UPDATE_CORE")) {
      const channel = constants["WP_AUTO_UPDATE_CORE"];
      add("WP_AUTO_UPDATE_CORE", { setting: "WP_AUTO_UPDATE_CORE", covers: "all", enabled: isUnknown(channel) ? channel : channel !== false });
      if (channel === true || isUnknown(channel) || typeof channel === "string" && MAJOR_CHANNELS.includes(channel)) {
        sources.add(["automerge", automerge.length], { document, path: ["constants", "WP_AUTO_UPDATE_CORE"] });
        automerge.push({ setting: "WP_AUTO_UPDATE_CORE", updateTypes: isUnknown(channel) ? channel : ["major", "minor", "patch"] });
      }
    }
    const value = { root: rootOf(document.file, roots), component: { type: "wordpress-core", name: "wordpress" }, switches, automerge };
    subjects.push(
      normalizedSubject({ kind: "update-policy", id: `wordpress-core:${document.file}`, product: "wordpress-core", format, value, sources })
    );
  }
  return subjects;
}

// src/adapters/update-policy/wordpress-plugins.ts
function autoUpdateOf(entry) {
  const flag2 = entry["auto_update"];
  if (flag2 === "on" || flag2 === "off") return { enabled: flag2 === "on", field: "auto_update" };
  const status = entry["status"];
  if (status === "enabled" || status === "disabled") return { enabled: status === "enabled", field: "status" };
  return { enabled: unknownValue("the export has no auto_update field for this plugin"), field: "auto_update" };
}
function wordpressPluginSubjects(documents, roots) {
  const subjects = [];
  for (const { document, format } of documents) {
    if (format !== "wp-cli-plugins" || !Array.isArray(document.value)) continue;
    document.value.forEach((entry, i) => {
      if (!isRecord(entry) || typeof entry["name"] !== "string") return;
      const { enabled, field: field3 } = autoUpdateOf(entry);
      const sources = new SourceMap({ document, path: [i] }).add(["component", "name"], { document, path: [i, "name"] }).add(["autoUpdate"], { document, path: [i, field3] }).add(["autoUpdate", "enabled"], { document, path: [i, field3] });
      const value = {
        root: rootOf(document.file, roots),
        component: { type: "wordpress-plugin", name: entry["name"] },
        autoUpdate: { enabled, setting: field3 }
      };
      subjects.push(
        normalizedSubject({
          kind: "update-policy",
          id: `wordpress-plugin:${document.file}#${entry["name"]}`,
          product: "wordpress-plugins",
          format,
          value,
          sources,
          meta: { export: field3 === "status" ? "auto-updates-status" : "plugin-list" }
        })
      );
    });
  }
  return subjects;
}

// src/adapters/update-policy/index.ts
var updatePolicyAdapter = ({ documents, roots }) => withBuildTools(documents, [
  ...wordpressCoreSubjects(documents, roots),
  ...wordpressPluginSubjects(documents, roots),
  ...litespeedSelfUpdateSubjects(documents, roots),
  ...dependabotSubjects(documents, roots),
  ...renovateSubjects(documents, roots),
  ...githubSecurityUpdateSubjects(documents, roots),
  ...kubernetesImageSubjects(documents, roots),
  ...composeImageSubjects(documents, roots),
  ...dockerfileImageSubjects(documents, roots),
  ...unattendedUpgradeSubjects(documents, roots),
  ...manifestSubjects(documents, roots)
]);
var updatePolicyFormats = [
  "apt-conf",
  "compose",
  "composer",
  "dependabot",
  "dependency-manifest",
  "dockerfile",
  "dotenv",
  "github-settings",
  "github-workflow",
  "kubernetes",
  "litespeed-export",
  "package-json",
  "php-config",
  "pyproject",
  "renovate",
  "skaffold",
  "terraform",
  "wp-cli-plugins"
];

// src/adapters/index.ts
var adapters = {
  document: documentAdapter,
  "kubernetes-object": kubernetesObjectAdapter,
  repository: repositoryAdapter,
  "terraform-resource": terraformResourceSubjects,
  "page-cache": pageCacheAdapter,
  "update-policy": updatePolicyAdapter,
  "identity-policy": identityPolicyAdapter,
  "egress-policy": egressPolicyAdapter,
  "response-headers": responseHeadersAdapter
};
var adapterFormats = {
  document: void 0,
  "kubernetes-object": ["kubernetes"],
  repository: [],
  "terraform-resource": ["terraform", "terraform-plan"],
  "page-cache": pageCacheFormats,
  "update-policy": updatePolicyFormats,
  "identity-policy": identityPolicyFormats,
  "egress-policy": egressPolicyFormats,
  "response-headers": responseHeadersFormats
};

// src/schema/read-validated-yaml.ts
import { readFileSync, statSync } from "node:fs";
var MAX_RULES_FILE_BYTES = 4 * 1024 * 1024;
function readValidatedYaml(file, displayPath, validate, code) {
  let text4;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new NorecurError(code, `${displayPath}: cannot read: not a regular file`);
    if (stats.size > MAX_RULES_FILE_BYTES) throw new NorecurError(code, `${displayPath}: cannot read: larger than ${MAX_RULES_FILE_BYTES / 1024 / 1024} MiB`);
    text4 = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof NorecurError) throw error;
    throw new NorecurError(code, `${displayPath}: cannot read: ${error.code ?? String(error)}`);
  }
  const parsed = yamlParser.parse(text4, displayPath);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    const where = first ? `${first.range.line}:${first.range.column}` : "1:1";
    throw new NorecurError(code, `${displayPath}:${where}: invalid YAML: ${first?.message ?? "unreadable"}`);
  }
  const document = parsed.documents[0];
  if (!document || parsed.documents.length > 1) {
    throw new NorecurError(code, `${displayPath}:1:1: expected exactly one YAML document`);
  }
  if (validate !== null && !validate(document.value)) {
    throw new NorecurError(code, describeSchemaErrors(displayPath, document, validate.errors ?? []));
  }
  return { value: document.value, document };
}
function describeSchemaErrors(displayPath, document, errors) {
  return mostSpecific(errors).map((error) => {
    const path = errorPath(error, document.value);
    const range = document.locate(path);
    const key = path.length > 0 ? formatPath(path) : "(top level)";
    return `${displayPath}:${range.line}:${range.column}: ${key}: ${errorMessage(error)}`;
  }).join("\n");
}

// src/config/load-config.ts
import { existsSync } from "node:fs";
import { dirname, relative, resolve as resolve3 } from "node:path";

// src/glob.ts
function globMatcher(patterns) {
  const matchers = patterns.map((pattern) => {
    try {
      return compileGlob(pattern);
    } catch (error) {
      throw new Error(`glob "${pattern}": ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return (path) => matchers.some((matcher) => matcher.test(path));
}
function globProblem(pattern) {
  try {
    compileGlob(pattern);
    return void 0;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// src/config/config.ts
import { resolve as resolve2 } from "node:path";

// src/config/default-ignore.ts
var DEFAULT_IGNORE = [
  "**/src/test/resources/**",
  "**/src/it/resources/**",
  "**/testdata/**",
  "**/test/fixtures/**",
  "**/tests/fixtures/**",
  "**/spec/fixtures/**",
  "**/__fixtures__/**"
];

// src/config/config.ts
var DEFAULT_WAIVERS_FILE = ".norecur/waivers.yml";
function defaultWaiverRules(cwd) {
  return { file: resolve2(cwd, DEFAULT_WAIVERS_FILE), explicit: false, maxHorizonDays: 90, expiringWithinDays: 14, allowGlobal: false, nonWaivable: [] };
}
function defaultConfig(cwd) {
  return { policies: [], builtin: true, disable: [], params: {}, ignore: [...DEFAULT_IGNORE], formats: [], waivers: defaultWaiverRules(cwd) };
}

// src/config/load-config.ts
var DEFAULT_NAMES = [".norecur.yml", ".norecur.yaml"];
var validateConfig = ownSchemaValidator(configSchema, "config");
function loadConfig(cwd, requested, reportedFrom = cwd) {
  if (requested === false) return defaultConfig(cwd);
  const file = requested !== void 0 ? resolve3(cwd, requested) : DEFAULT_NAMES.map((n) => resolve3(cwd, n)).find((f) => existsSync(f));
  if (!file) return defaultConfig(cwd);
  if (!existsSync(file)) throw new NorecurError("config", `config file not found: ${requested}`);
  const display = relative(reportedFrom, file).split("\\").join("/") || file;
  const { value, document } = readValidatedYaml(file, display, validateConfig(), "config");
  const raw = value ?? {};
  (raw.formats ?? []).forEach((override, i) => {
    if (!Object.hasOwn(formats, override.format)) {
      const at4 = document.locate(["formats", i, "format"]);
      throw new NorecurError("config", `${display}:${at4.line}:${at4.column}: formats[${i}].format: unknown format "${override.format}" (known: ${Object.keys(formats).join(", ")})`);
    }
  });
  const globs = [
    ...(raw.ignore ?? []).map((glob, i) => [glob, ["ignore", i]]),
    ...(raw.formats ?? []).flatMap((o, i) => o.paths.map((glob, j) => [glob, ["formats", i, "paths", j]]))
  ];
  for (const [glob, path] of globs) {
    const problem = globProblem(glob);
    if (problem === void 0) continue;
    const at4 = document.locate(path);
    throw new NorecurError("config", `${display}:${at4.line}:${at4.column}: ${path.join(".").replace(/\.(\d+)/g, "[$1]")}: "${glob}": ${problem}`);
  }
  return {
    policies: (raw.policies ?? []).map((p) => resolve3(dirname(file), p)),
    builtin: raw.builtin ?? true,
    disable: raw.disable ?? [],
    params: raw.params ?? {},
    ignore: raw.ignore ?? [...DEFAULT_IGNORE],
    ...raw["fail-on"] ? { failOn: raw["fail-on"] } : {},
    ...raw["max-file-size"] !== void 0 ? { maxFileBytes: raw["max-file-size"] } : {},
    formats: raw.formats ?? [],
    waivers: waiverRules(raw.waivers, dirname(file), reportedFrom, mirroredBack(cwd, reportedFrom, dirname(file))),
    source: { display, document }
  };
}
function mirroredBack(rulesRoot, cwd, dir) {
  const rel = relative(rulesRoot, dir);
  return rulesRoot === cwd || rel.startsWith("..") ? dir : resolve3(cwd, rel);
}
function waiverRules(raw, configDir, cwd, checkoutConfigDir) {
  const toPosix = (p) => p.split("\\").join("/");
  const pathBase = { config: toPosix(relative(cwd, checkoutConfigDir)), scanned: toPosix(relative(checkoutConfigDir, cwd)) };
  const defaults = { ...defaultWaiverRules(configDir), ...pathBase.config !== "" ? { pathBase } : {} };
  if (!raw) return defaults;
  return {
    ...pathBase.config !== "" ? { pathBase } : {},
    file: raw.file !== void 0 ? resolve3(configDir, raw.file) : defaults.file,
    explicit: raw.file !== void 0,
    maxHorizonDays: raw["max-horizon-days"] ?? defaults.maxHorizonDays,
    expiringWithinDays: raw["expiring-within-days"] ?? defaults.expiringWithinDays,
    allowGlobal: raw["allow-global"] ?? defaults.allowGlobal,
    nonWaivable: raw["non-waivable"] ?? []
  };
}
function checkConfigAgainstPolicies(config2, policies) {
  const fail = (path, message) => {
    const at4 = config2.source?.document.locate(path);
    const where = at4 ? `${config2.source?.display}:${at4.line}:${at4.column}` : "config";
    throw new NorecurError("config", `${where}: ${message}`);
  };
  config2.disable.forEach((entry, i) => {
    if (!policies.has(entry.id)) fail(["disable", i, "id"], `disable[${i}].id: unknown policy "${entry.id}"`);
  });
  config2.waivers.nonWaivable.forEach((id, i) => {
    if (!policies.has(id)) fail(["waivers", "non-waivable", i], `waivers.non-waivable[${i}]: unknown policy "${id}"`);
  });
  for (const [id, overrides] of Object.entries(config2.params)) {
    const policy = policies.get(id);
    if (!policy) fail(["params", id], `params: unknown policy "${id}"`);
    for (const name of Object.keys(overrides)) {
      if (!policy || !Object.hasOwn(policy.params, name)) fail(["params", id, name], `params.${id}: policy has no param "${name}"`);
      const spec2 = policy?.params[name];
      const problem = spec2 ? paramValueProblem(spec2, overrides[name]) : void 0;
      if (problem) fail(["params", id, name], `params.${id}.${name}: ${problem}`);
    }
  }
}

export {
  byCodeUnits,
  isRecord,
  ownValue,
  prototypeGuard,
  RE2JSSyntaxException,
  RE2JS,
  compileGlob,
  INCLUDE_PRODUCTS,
  createLookup,
  linkIncludes,
  stripBom,
  LineIndex,
  startRange,
  trimEnd,
  errorText,
  PathRanges,
  rangedResult,
  failure,
  lineSpans,
  setOwn,
  isBlank,
  skipBlanks,
  trimBlanks,
  vendor,
  jsonParser,
  jsoncParser,
  json5Parser,
  terraformPlanParser,
  hclParser,
  yamlParser,
  nginxParser,
  adapters,
  adapterFormats,
  globMatcher,
  globProblem,
  PathSyntaxError,
  parsePath,
  expandPath,
  valueAt,
  formatPath,
  compileSchema,
  ownSchemaValidator,
  errorPath,
  errorMessage,
  readValidatedYaml,
  paramSchema,
  paramValueProblem,
  paramsObjectSchema,
  configSchema,
  dockerfileParser,
  markRealmPlaceholders,
  formats,
  detectionOrder,
  loadConfig,
  checkConfigAgainstPolicies,
  REDACTED,
  isSecretName,
  redactText,
  redactValue
};
