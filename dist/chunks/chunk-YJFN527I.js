import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  LineIndex,
  PathRanges,
  byCodeUnits,
  detectionOrder,
  dockerfileParser,
  errorText,
  failure,
  formats,
  globMatcher,
  globProblem,
  hclParser,
  isBlank,
  isRecord,
  json5Parser,
  jsonParser,
  jsoncParser,
  lineSpans,
  markRealmPlaceholders,
  nginxParser,
  ownValue,
  rangedResult,
  setOwn,
  skipBlanks,
  startRange,
  stripBom,
  terraformPlanParser,
  trimBlanks,
  trimEnd,
  vendor,
  yamlParser
} from "./chunk-BUIRFRZK.js";
import {
  NorecurError,
  __commonJS,
  __toESM
} from "./chunk-EJRCV5Q7.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define2 = (object, key2, value) => {
      Object.defineProperty(object, key2, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define2(this, "body", body);
        define2(this, "ignoreCase", ignoreCase);
        define2(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define2(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key2 = UNDERSCORE + MODE_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_IGNORE, key2);
      }
      get checkRegex() {
        const key2 = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_CHECK_IGNORE, key2);
      }
      _make(mode, key2) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define2(this, key2, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd2 = (body, stripLineEnd) => {
      let lineEnd3 = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd3 - 1] === "\r") {
          lineEnd3--;
        }
        end = lineEnd3;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd3 = end - 1;
      }
      if (end === lineEnd3) {
        return body.slice(0, lineEnd3);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd2(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define2(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define2(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/config/find-config.ts
import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
var CONFIG_NAMES = [".norecur.yml", ".norecur.yaml"];
function gitWorkTree(path) {
  for (let dir = startDirectory(path); ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return void 0;
  }
}
function findConfig(cwd, scanned, rulesDir = (d) => d) {
  const start = startDirectory(resolve(cwd, scanned), cwd);
  const stop = gitWorkTree(start) ?? (isInside(start, cwd) ? cwd : start);
  for (let dir = start; ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const file = resolve(rulesDir(dir), name);
      if (existsSync(file)) return file;
    }
    if (dir === stop || dirname(dir) === dir) return void 0;
  }
}
function startDirectory(path, fallback = process.cwd()) {
  try {
    return statSync(path).isDirectory() ? path : dirname(path);
  } catch {
    return existsSync(dirname(path)) ? dirname(path) : fallback;
  }
}
function isInside(path, dir) {
  const rel = relative(dir, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}

// src/discover/format-patterns.ts
function formatPatternMatcher(patterns) {
  const simple = patterns.every((pattern) => /^[A-Za-z0-9_.*?/+-]+$/.test(pattern) && !pattern.includes("***"));
  if (!simple) return globMatcher(patterns);
  const re = new RegExp(`^(?:${patterns.map(toRegExpSource).join("|")})$`);
  return (path) => path !== "" && re.test(path);
}
function toRegExpSource(pattern) {
  const segments = pattern.replace(/^(?:\.\/)+/, "").split("/");
  let out = "";
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === "**") {
      out += last ? i === 0 ? "[^]*" : "(?:/[^]*)?" : "(?:[^/]*/)*";
      return;
    }
    if (i > 0 && segments[i - 1] !== "**") out += "/";
    out += segment.replace(/[.+]/g, "\\$&").replace(/\*+/g, "[^/]*").replace(/\?/g, "[^/]");
  });
  return out;
}

// src/discover/detect-format.ts
var matchers = /* @__PURE__ */ new Map();
function matcherFor(patterns, compile = globMatcher) {
  const key2 = patterns.join("\0");
  let matcher = matchers.get(key2);
  if (!matcher) {
    matcher = compile(patterns);
    matchers.set(key2, matcher);
  }
  return matcher;
}
var builtinMatcherFor = (patterns) => matcherFor(patterns, formatPatternMatcher);
function detectFormat(path, read, overrides) {
  for (const override of overrides) {
    if (matcherFor(override.paths)(path)) return override.format;
  }
  for (const id of detectionOrder) {
    const format = formats[id];
    if (!format) continue;
    if (builtinMatcherFor(format.paths)(path)) return id;
    if (format.sniffedPaths && format.sniff && builtinMatcherFor(format.sniffedPaths)(path) && format.sniff(read())) return id;
  }
  return void 0;
}

// src/discover/discover.ts
import { existsSync as existsSync2, readdirSync, readFileSync } from "node:fs";
import { dirname as dirname3, isAbsolute as isAbsolute2, join, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";
var import_ignore = __toESM(require_ignore(), 1);

// src/discover/file-kind.ts
import { lstatSync, readlinkSync, realpathSync, statSync as statSync2 } from "node:fs";
import { dirname as dirname2, resolve as resolve2, sep } from "node:path";
function fileKind(path, root) {
  let link;
  try {
    link = lstatSync(path);
  } catch (error) {
    return { kind: "skip", reason: `cannot read: ${errorCode(error)}` };
  }
  let real = path;
  let stats = link;
  if (link.isSymbolicLink()) {
    const rootReal = realOrSelf(root);
    const inside = (target) => target === rootReal || target.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
    if (!inside(resolve2(realOrSelf(dirname2(path)), readlinkOrEmpty(path)))) return { kind: "skip", reason: "symlink points outside the scan root" };
    try {
      real = realpathSync(path);
    } catch (error) {
      return { kind: "skip", reason: `broken symlink (${errorCode(error)})` };
    }
    if (!inside(real)) return { kind: "skip", reason: "symlink points outside the scan root" };
    try {
      stats = statSync2(real);
    } catch (error) {
      return { kind: "skip", reason: `broken symlink (${errorCode(error)})` };
    }
  }
  if (stats.isFile()) return { kind: "file", real, size: stats.size };
  if (stats.isDirectory()) return { kind: "directory", real };
  return { kind: "skip", reason: `not a regular file (${special(stats)})` };
}
function special(stats) {
  if (stats.isFIFO()) return "FIFO";
  if (stats.isSocket()) return "socket";
  if (stats.isCharacterDevice()) return "character device";
  if (stats.isBlockDevice()) return "block device";
  return "unknown type";
}
function readlinkOrEmpty(path) {
  try {
    return readlinkSync(path);
  } catch {
    return "";
  }
}
function realOrSelf(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function errorCode(error) {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    const known = { EACCES: "permission denied", EPERM: "permission denied", ENOENT: "no such file", ELOOP: "too many levels of symlinks", EISDIR: "is a directory", ENAMETOOLONG: "name too long" };
    return Object.hasOwn(known, error.code) ? `${known[error.code]} (${error.code})` : error.code;
  }
  return error instanceof Error ? error.message : String(error);
}

// src/discover/discover.ts
var MAX_BYTES = 10 * 1024 * 1024;
var MAX_GITIGNORE_BYTES = 1024 * 1024;
var NEVER_WALKED = /* @__PURE__ */ new Set([".git", "node_modules"]);
var GLOB_CHARS = /[*?[\]{}]/;
var toPosix = (p) => sep2 === "/" ? p : p.split(sep2).join("/");
function discover(options) {
  const cwd = resolve3(options.cwd);
  const seen = /* @__PURE__ */ new Set();
  const roots = [];
  const candidates = [];
  const skipped = [];
  const unrecognised = /* @__PURE__ */ new Map();
  let configIgnored = globMatcher(options.ignore);
  const consider = (absolutePath, root) => {
    const path = toPosix(relative2(cwd, absolutePath)) || ".";
    if (seen.has(path)) return;
    seen.add(path);
    if (configIgnored(path)) return void skipped.push({ path, status: "skipped", reason: "ignored by config" });
    const kind = fileKind(absolutePath, root);
    if (kind.kind === "skip") return void skipped.push({ path, status: "skipped", reason: kind.reason });
    if (kind.kind === "directory") return void skipped.push({ path, status: "skipped", reason: "symlink to a directory (scanned at its real path)" });
    const rootRelative = toPosix(relative2(root, absolutePath));
    const outcome = classify(kind.real, kind.size, rootRelative, options);
    if ("reason" in outcome) {
      skipped.push({ path, ...outcome.format ? { format: outcome.format } : {}, status: "skipped", reason: outcome.reason });
      if (outcome.reason === NO_KNOWN_FORMAT) unrecognised.set(path, () => readText(kind.real, kind.size, options.maxBytes));
    } else candidates.push({ path, absolutePath, format: outcome.format, text: outcome.text });
  };
  for (const arg of options.paths) {
    const absolute = resolve3(cwd, arg);
    const named = toPosix(relative2(cwd, absolute));
    configIgnored = globMatcher(named === "" ? options.ignore : options.ignore.filter((glob) => !globMatcher([glob])(named)));
    if (GLOB_CHARS.test(arg) && !existsSync2(absolute)) {
      const problem = globProblem(toPosix(arg));
      if (problem !== void 0) throw new NorecurError("usage", `cannot use ${arg} as a glob: ${problem}`);
      const isMatch = globMatcher([toPosix(arg)]);
      const ignoredHere = configIgnored;
      walk(cwd, cwd, [], (file) => isMatch(toPosix(relative2(cwd, file))) ? consider(file, cwd) : void 0, skipped, cwd, ignoredHere);
      pushRoot(roots, ".");
      continue;
    }
    if (!existsSync2(absolute)) throw new NorecurError("usage", `no such file or directory: ${arg}`);
    if (fileKind(absolute, cwd).kind === "directory") {
      pushRoot(roots, toPosix(relative2(cwd, absolute)) || ".");
      walk(absolute, absolute, [], (file) => consider(file, absolute), skipped, cwd, configIgnored);
    } else {
      pushRoot(roots, ".");
      const inside = !relative2(cwd, absolute).startsWith("..") && !isAbsolute2(relative2(cwd, absolute));
      consider(absolute, inside ? cwd : gitWorkTree(absolute) ?? dirname3(absolute));
    }
  }
  candidates.sort((a, b) => byCodeUnits(a.path, b.path));
  return { roots, candidates, skipped, unrecognised };
}
function pushRoot(roots, root) {
  if (!roots.includes(root)) roots.push(root);
}
function walk(dir, root, layers, visit, skipped, cwd, configIgnored) {
  const rules = readGitignore(join(dir, ".gitignore"), root);
  const here = rules === void 0 ? layers : [...layers, { base: dir, rules }];
  const ignored = (full, isDir) => here.some((layer) => {
    const rel = toPosix(relative2(layer.base, full));
    return rel !== "" && !rel.startsWith("..") && layer.rules.ignores(isDir ? `${rel}/` : rel);
  });
  const record3 = (full, reason) => {
    skipped.push({ path: `${toPosix(relative2(cwd, full))}/`, status: "skipped", reason });
  };
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    skipped.push({ path: `${toPosix(relative2(cwd, dir)) || "."}/`, status: "skipped", reason: `cannot read directory: ${errorCode(error)}` });
    return;
  }
  for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (NEVER_WALKED.has(entry.name)) {
        if (entry.name !== ".git") record3(full, `${entry.name} is never scanned`);
        continue;
      }
      if (ignored(full, true)) {
        record3(full, "ignored by .gitignore");
        continue;
      }
      if (configIgnored(`${toPosix(relative2(cwd, full))}/`) || configIgnored(toPosix(relative2(cwd, full)))) {
        record3(full, "ignored by config");
        continue;
      }
      walk(full, root, here, visit, skipped, cwd, configIgnored);
    } else if (ignored(full, false)) {
      skipped.push({ path: toPosix(relative2(cwd, full)), status: "skipped", reason: "ignored by .gitignore" });
    } else {
      visit(full);
    }
  }
}
function readGitignore(path, root) {
  const kind = fileKind(path, root);
  if (kind.kind !== "file" || kind.size > MAX_GITIGNORE_BYTES) return void 0;
  try {
    return (0, import_ignore.default)().add(readFileSync(kind.real, "utf8"));
  } catch {
    return void 0;
  }
}
var NO_KNOWN_FORMAT = "no known format";
function readText(absolutePath, size, maxBytes) {
  try {
    const limit = maxBytes ?? MAX_BYTES;
    if (size > limit) return { reason: `cannot read: larger than the size limit (${size} > ${limit} bytes, config max-file-size)` };
    const text = readFileSync(absolutePath, "utf8");
    return text.slice(0, 8192).includes("\0") ? { reason: "binary content" } : { text };
  } catch (error) {
    return { reason: `cannot read: ${errorCode(error)}` };
  }
}
function classify(absolutePath, size, rootRelative, options) {
  let read;
  const text = () => {
    read ??= readText(absolutePath, size, options.maxBytes);
    return "text" in read ? read.text : "";
  };
  const failure2 = () => read !== void 0 && "reason" in read ? read.reason : void 0;
  const format = detectFormat(rootRelative, text, options.overrides);
  const unreadable = failure2();
  if (unreadable !== void 0) return { ...format ? { format } : {}, reason: unreadable };
  if (!format) return { reason: NO_KNOWN_FORMAT };
  if (!options.wanted(format)) return { format, reason: `no active policy reads ${format} files` };
  const content2 = text();
  const failed = failure2();
  if (failed !== void 0) return { format, reason: failed };
  if (/(^|\/)templates\//.test(rootRelative) && content2.includes("{{") && formats[format]?.parser !== "html") {
    return { format, reason: "template (Helm/Go): render it and check the output" };
  }
  return { format, text: content2 };
}

// src/formats/apt-conf.ts
var MAX_DEPTH = 256;
var aptConfParser = {
  id: "apt-conf",
  parse(raw, file) {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const tokens = tokenize(text);
    if (!Array.isArray(tokens)) return failure(tokens.message, lines.range(tokens.start, tokens.end));
    const root = newNode("", 0, text.length, 0);
    const reader = new Reader(text, tokens, root);
    const problem = reader.block(root, void 0);
    if (problem !== void 0) return failure(problem.message, lines.range(problem.start, problem.end));
    const ranges = new PathRanges(lines);
    const value = { config: {}, includes: reader.includes.map((t) => t.text), clears: reader.clears.map((t) => t.text) };
    reader.includes.forEach((token, n) => ranges.set(["includes", n], token.start, token.end));
    reader.clears.forEach((token, n) => ranges.set(["clears", n], token.start, token.end));
    for (const child of root.named.values()) setOwn(value.config, child.name, toPlain(child, ["config", child.name], ranges));
    return rangedResult(file, value, ranges);
  }
};
function newNode(name, start, end, depth) {
  return { name, named: /* @__PURE__ */ new Map(), items: [], block: false, start, end, depth };
}
function tooDeep(name) {
  return { message: "names are nested too deeply", start: name.start, end: name.end };
}
var Reader = class {
  constructor(text, tokens, root) {
    this.text = text;
    this.tokens = tokens;
    this.root = root;
  }
  text;
  tokens;
  root;
  includes = [];
  clears = [];
  at = 0;
  /** Reads statements until the `}` closing `open`, or the end of the file when `open` is undefined. */
  block(parent, open) {
    for (; ; ) {
      const token = this.tokens[this.at];
      if (token === void 0) return open === void 0 ? void 0 : { message: "unbalanced '{': missing '}'", start: open.start, end: open.end };
      this.at++;
      if (token.kind === ";") continue;
      if (token.kind === "}") {
        if (open === void 0) return { message: "unexpected '}'", start: token.start, end: token.end };
        if (this.tokens[this.at]?.kind === ";") this.at++;
        parent.end = token.end;
        return void 0;
      }
      if (token.kind === "include" || token.kind === "clear") {
        const problem2 = this.directive(token);
        if (problem2 !== void 0) return problem2;
        continue;
      }
      if (token.kind === "{") return { message: "'{' without a name", start: token.start, end: token.end };
      const problem = this.statement(parent, token);
      if (problem !== void 0) return problem;
    }
  }
  statement(parent, first) {
    const words = [first];
    let next = this.tokens[this.at];
    while (next !== void 0 && (next.kind === "word" || next.kind === "string")) {
      words.push(next);
      this.at++;
      next = this.tokens[this.at];
    }
    const last = words[words.length - 1] ?? first;
    if (next?.kind === "{") {
      if (words.length > 1) return { message: "unexpected value before '{'", start: last.start, end: last.end };
      this.at++;
      const target2 = resolve4(parent, first.text, first.start, next.end);
      if (target2 === void 0) return tooDeep(first);
      if (target2.item) return { message: "'{' after a name ending in '::'", start: next.start, end: next.end };
      target2.node.start = first.start;
      target2.node.block = true;
      return this.block(target2.node, next);
    }
    if (next?.kind !== ";") return { message: "expected ';'", start: last.end, end: last.end };
    this.at++;
    const [name, value, extra] = words;
    if (extra !== void 0 && value !== void 0) return { message: "expected ';' after the value", start: value.end, end: value.end };
    if (name === void 0) return void 0;
    if (value === void 0) {
      if (name.kind === "string") {
        if (parent === this.root) return { message: "a list item needs a name at the top level", start: name.start, end: name.end };
        parent.items.push({ text: name.text, start: name.start, end: name.end });
        return void 0;
      }
      const target2 = resolve4(parent, name.text, name.start, next.end);
      if (target2 === void 0) return tooDeep(name);
      if (!target2.item) target2.node.value = { text: "", start: name.start, end: name.end };
      return void 0;
    }
    const target = resolve4(parent, name.text, name.start, next.end);
    if (target === void 0) return tooDeep(name);
    const item = { text: value.text, start: value.start, end: value.end };
    if (target.item) target.node.items.push(item);
    else target.node.value = item;
    return void 0;
  }
  /** `#include` and `#clear` take the words after them on the same line, up to an optional `;`. */
  directive(token) {
    const args = [];
    let next = this.tokens[this.at];
    while (next !== void 0 && (next.kind === "word" || next.kind === "string") && !/[\r\n]/.test(this.text.slice(token.end, next.start))) {
      args.push(next);
      this.at++;
      next = this.tokens[this.at];
    }
    if (next?.kind === ";") this.at++;
    if (args.length === 0) return { message: `#${token.kind} needs an argument`, start: token.start, end: token.end };
    if (token.kind === "include") this.includes.push(...args);
    for (const arg of token.kind === "clear" ? args : []) {
      this.clears.push(arg);
      clear(this.root, arg.text);
    }
    return void 0;
  }
};
function resolve4(parent, name, start, end) {
  const parts = name.split("::");
  const item = parts.length > 1 && parts[parts.length - 1] === "";
  let node = parent;
  for (const part of parts) {
    if (part === "") continue;
    const key2 = part.toLowerCase();
    let child = node.named.get(key2);
    if (child === void 0) {
      if (node.depth >= MAX_DEPTH) return void 0;
      child = newNode(part, start, end, node.depth + 1);
      node.named.set(key2, child);
    }
    child.start = start;
    child.end = end;
    node = child;
  }
  return { node, item };
}
function clear(root, name) {
  const parts = name.split("::").filter((part) => part !== "");
  let node = root;
  for (const [n, part] of parts.entries()) {
    const key2 = part.toLowerCase();
    if (n === parts.length - 1) {
      node.named.delete(key2);
      return;
    }
    const child = node.named.get(key2);
    if (child === void 0) return;
    node = child;
  }
}
function toPlain(node, path, ranges) {
  ranges.set(path, node.start, node.end);
  if (node.named.size === 0 && node.items.length === 0 && (node.value !== void 0 || !node.block)) {
    if (node.value !== void 0) ranges.set(path, node.value.start, node.value.end);
    return node.value?.text ?? "";
  }
  if (node.named.size === 0 && node.value === void 0) {
    node.items.forEach((item, n) => ranges.set([...path, n], item.start, item.end));
    return node.items.map((item) => item.text);
  }
  const tree = {};
  for (const child of node.named.values()) setOwn(tree, child.name, toPlain(child, [...path, child.name], ranges));
  if (node.value !== void 0) {
    setOwn(tree, "#value", node.value.text);
    ranges.set([...path, "#value"], node.value.start, node.value.end);
  }
  if (node.items.length > 0) {
    setOwn(tree, "#items", node.items.map((item) => item.text));
    node.items.forEach((item, n) => ranges.set([...path, "#items", n], item.start, item.end));
  }
  return tree;
}
function tokenize(text) {
  const tokens = [];
  let at = 0;
  while (at < text.length) {
    const char = text.charAt(at);
    if (char === "\n" || char === "\r") {
      at++;
      continue;
    }
    if (char === " " || char === "	") {
      at++;
      continue;
    }
    if (text.startsWith("//", at)) {
      at = lineEnd(text, at);
      continue;
    }
    if (text.startsWith("/*", at)) {
      const close = text.indexOf("*/", at + 2);
      if (close < 0) return { message: "unterminated '/*' comment", start: at, end: at + 2 };
      at = close + 2;
      continue;
    }
    if (char === "#") {
      const directive = /^#(include|clear)(?=[ \t\r\n;"]|$)/.exec(text.slice(at, at + 9))?.[1];
      if (directive === "include" || directive === "clear") {
        tokens.push({ kind: directive, text: `#${directive}`, start: at, end: at + directive.length + 1 });
        at += directive.length + 1;
      } else {
        at = lineEnd(text, at);
      }
      continue;
    }
    if (char === "{" || char === "}" || char === ";") {
      tokens.push({ kind: char, text: char, start: at, end: at + 1 });
      at++;
      continue;
    }
    if (char === '"') {
      const close = text.indexOf('"', at + 1);
      if (close < 0) return { message: "unterminated string", start: at, end: at + 1 };
      tokens.push({ kind: "string", text: text.slice(at + 1, close), start: at, end: close + 1 });
      at = close + 1;
      continue;
    }
    const start = at;
    while (at < text.length && !/[ \t\r\n{};"]/.test(text.charAt(at)) && !text.startsWith("//", at) && !text.startsWith("/*", at)) at++;
    tokens.push({ kind: "word", text: text.slice(start, at), start, end: at });
  }
  return tokens;
}
function lineEnd(text, from) {
  let at = from;
  while (at < text.length && text.charAt(at) !== "\n" && text.charAt(at) !== "\r") at++;
  return at;
}

// src/formats/dotenv.ts
var QUOTES = { '"': "double", "'": "single", "`": "backtick" };
var dotenvParser = {
  id: "dotenv",
  parse(raw, file) {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const value = { variables: {}, entries: [] };
    let at = 0;
    while (at < text.length) {
      at = skip(text, at, (char) => isBlank(char.charCodeAt(0)) || char === "\n" || char === "\r");
      if (at >= text.length) break;
      if (text.charAt(at) === "#") {
        at = lineEnd2(text, at);
        continue;
      }
      const entryStart = at;
      let exported = false;
      const exportWord = /export[ \t]+/y;
      exportWord.lastIndex = at;
      if (exportWord.test(text)) {
        exported = true;
        at = exportWord.lastIndex;
      }
      const nameWord = /[A-Za-z_][A-Za-z0-9_.-]*/y;
      nameWord.lastIndex = at;
      const name = nameWord.exec(text)?.[0];
      if (name === void 0) return failure("expected a variable name", lines.range(at, lineEnd2(text, at)));
      const keyStart = at;
      const keyEnd = at + name.length;
      at = skip(text, keyEnd, (char) => isBlank(char.charCodeAt(0)));
      if (text.charAt(at) !== "=") return failure("expected '=' after the variable name", lines.pointRange(at));
      at = skip(text, at + 1, (char) => isBlank(char.charCodeAt(0)));
      const read = readValue(text, at);
      if ("message" in read) return failure(read.message, lines.range(read.start, read.end));
      const index = value.entries.length;
      value.entries.push({ key: name, value: read.value, exported, quote: read.quote });
      setOwn(value.variables, name, read.value);
      const valueStart = read.end > at ? at : entryStart;
      ranges.set(["entries", index], entryStart, Math.max(read.end, keyEnd + 1));
      ranges.set(["entries", index, "key"], keyStart, keyEnd);
      ranges.set(["entries", index, "value"], valueStart, Math.max(read.end, keyEnd + 1));
      ranges.set(["variables", name], valueStart, Math.max(read.end, keyEnd + 1));
      at = read.next;
    }
    return rangedResult(file, value, ranges);
  }
};
function readValue(text, start) {
  const quote = QUOTES[text.charAt(start)];
  if (quote === void 0) {
    const end = lineEnd2(text, start);
    let stop = end;
    for (let i = start; i < end; i++) {
      if (text.charAt(i) === "#" && i > start && isBlank(text.charCodeAt(i - 1))) {
        stop = i;
        break;
      }
    }
    while (stop > start && isBlank(text.charCodeAt(stop - 1))) stop--;
    return { value: text.slice(start, stop), quote: "none", end: stop, next: end };
  }
  const mark = text.charAt(start);
  let close = -1;
  for (let i = start + 1; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === "\\" && quote === "double") i++;
    else if (char === mark) {
      close = i;
      break;
    }
  }
  if (close < 0) return { message: "unterminated quoted value", start, end: start + 1 };
  const after = skip(text, close + 1, (char) => isBlank(char.charCodeAt(0)));
  const rest = text.charAt(after);
  if (after < text.length && rest !== "#" && rest !== "\n" && rest !== "\r") {
    return { message: "unexpected text after the closing quote", start: after, end: lineEnd2(text, after) };
  }
  const inner = text.slice(start + 1, close).replace(/\r\n?/g, "\n");
  const value = quote === "double" ? inner.replace(/\\([nrt"\\])/g, (_match, code) => ESCAPES[code] ?? code) : inner;
  return { value, quote, end: close + 1, next: lineEnd2(text, after) };
}
var ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function skip(text, from, test) {
  let at = from;
  while (at < text.length && test(text.charAt(at))) at++;
  return at;
}
function lineEnd2(text, from) {
  let at = from;
  while (at < text.length && text.charAt(at) !== "\n" && text.charAt(at) !== "\r") at++;
  return at;
}

// src/formats/html.ts
var parse5 = () => vendor("parse5");
var TEMPLATE_SYNTAX = /<\?|\{\{|\{%|<%|\$\{/;
var htmlParser = {
  id: "html",
  parse(raw, file) {
    const text = stripBom(raw);
    try {
      const ranges = new PathRanges(new LineIndex(text));
      const page = { scripts: [], links: [], metas: [], forms: [] };
      collect(parse5().parse(text, { sourceCodeLocationInfo: true }), page, ranges);
      return rangedResult(file, page, ranges);
    } catch (error) {
      return failure(errorText(error), startRange());
    }
  }
};
function collect(node, page, ranges) {
  for (const child of node.childNodes) {
    if (!("tagName" in child)) continue;
    record(child, page, ranges);
    collect("content" in child ? child.content : child, page, ranges);
  }
}
var SCRIPT_FIELDS = { src: "src", integrity: "integrity", crossorigin: "crossorigin" };
var LINK_FIELDS = { rel: "rel", href: "href", integrity: "integrity", crossorigin: "crossorigin" };
var META_FIELDS = { httpEquiv: "http-equiv", name: "name", content: "content" };
var FORM_FIELDS = { action: "action", method: "method" };
var BOUND = /^(?::|v-bind:)(.+)$/;
function record(element, page, ranges) {
  const attrs = {};
  for (const { name, value } of element.attrs) setOwn(attrs, name, TEMPLATE_SYNTAX.test(value) ? { $expr: value } : value);
  for (const { name, value } of element.attrs) {
    const bound = BOUND.exec(name)?.[1];
    if (bound !== void 0 && !Object.hasOwn(attrs, bound)) setOwn(attrs, bound, { $expr: value });
  }
  switch (element.tagName) {
    case "script":
      place(element, ["scripts", page.scripts.length], SCRIPT_FIELDS, ranges);
      page.scripts.push({ ...fieldsOf(attrs, SCRIPT_FIELDS), attrs });
      break;
    case "link":
      place(element, ["links", page.links.length], LINK_FIELDS, ranges);
      page.links.push({ ...fieldsOf(attrs, LINK_FIELDS), attrs });
      break;
    case "meta":
      if (!Object.hasOwn(attrs, "http-equiv") && !Object.hasOwn(attrs, "name")) break;
      place(element, ["metas", page.metas.length], META_FIELDS, ranges);
      page.metas.push({ ...fieldsOf(attrs, META_FIELDS), attrs });
      break;
    case "form":
      place(element, ["forms", page.forms.length], FORM_FIELDS, ranges);
      page.forms.push({ ...fieldsOf(attrs, FORM_FIELDS), attrs });
      break;
  }
}
function fieldsOf(attrs, fields) {
  const picked = {};
  for (const field of Object.keys(fields)) {
    const attribute = fields[field];
    if (Object.hasOwn(attrs, attribute)) picked[field] = attrs[attribute] ?? "";
  }
  return picked;
}
function place(element, path, fields, ranges) {
  const location = element.sourceCodeLocation;
  if (location === void 0 || location === null) return;
  const tag = location.startTag ?? location;
  ranges.set(path, tag.startOffset, tag.endOffset);
  const attributes = location.attrs ?? {};
  const written = (name) => attributes[name] ?? attributes[`:${name}`] ?? attributes[`v-bind:${name}`];
  for (const [name, at] of Object.entries(attributes)) {
    ranges.set([...path, "attrs", name], at.startOffset, at.endOffset);
    const bound = BOUND.exec(name)?.[1];
    if (bound !== void 0 && attributes[bound] === void 0) ranges.set([...path, "attrs", bound], at.startOffset, at.endOffset);
  }
  for (const [field, name] of Object.entries(fields)) {
    const at = written(name);
    if (at !== void 0) ranges.set([...path, field], at.startOffset, at.endOffset);
  }
}

// src/formats/ini.ts
var iniParser = {
  id: "ini",
  parse(raw, file) {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const value = { global: { keys: {}, entries: [] }, sections: [], includes: [] };
    let current = value.global;
    let prefix = ["global"];
    for (const span of lineSpans(text)) {
      const start = skipBlanks(text, span.start, span.end);
      const end = trimBlanks(text, start, span.end);
      if (start === end) continue;
      const first = text.charAt(start);
      if (first === ";" || first === "#") continue;
      if (first === "[") {
        const header = readHeader(text, start, end, true);
        if (typeof header === "string") return failure(header, lines.range(start, end));
        const section = { name: text.slice(header.nameStart, header.nameEnd), keys: {}, entries: [] };
        prefix = ["sections", value.sections.length];
        value.sections.push(section);
        current = section;
        ranges.set(prefix, start, header.close + 1);
        ranges.set([...prefix, "name"], header.nameStart, header.nameEnd);
        continue;
      }
      if (first === "!") {
        const match = /^!(includedir|include)[ \t]+(\S.*)$/.exec(text.slice(start, end));
        const directive = match?.[1];
        const target = match?.[2];
        if (directive !== "include" && directive !== "includedir" || target === void 0) {
          return failure("unknown '!' directive: expected !include or !includedir with a path", lines.range(start, end));
        }
        const index2 = value.includes.length;
        value.includes.push({ directive, path: target });
        ranges.set(["includes", index2], start, end);
        ranges.set(["includes", index2, "path"], end - target.length, end);
        continue;
      }
      const entry = readIniEntry(text, start, end);
      if (typeof entry === "string") return failure(entry, lines.range(start, end));
      const index = current.entries.length;
      const parsed = { key: entry.key, value: entry.value };
      current.entries.push(parsed);
      setOwn(current.keys, entry.key, entry.value);
      const valueStart = entry.valueStart ?? entry.keyStart;
      const valueEnd = entry.valueEnd ?? entry.keyEnd;
      if (current === value.global && index === 0) ranges.set(["global"], start, entry.lineEnd);
      ranges.set([...prefix, "entries", index], start, entry.lineEnd);
      ranges.set([...prefix, "entries", index, "key"], entry.keyStart, entry.keyEnd);
      ranges.set([...prefix, "entries", index, "value"], valueStart, valueEnd);
      ranges.set([...prefix, "keys", entry.key], valueStart, valueEnd);
    }
    return rangedResult(file, value, ranges);
  }
};
function readHeader(text, start, end, strict) {
  const close = text.indexOf("]", start);
  if (close < 0 || close >= end) return "section header has no closing ']'";
  const nameStart = skipBlanks(text, start + 1, close);
  const nameEnd = trimBlanks(text, nameStart, close);
  if (nameStart === nameEnd) return "section header has an empty name";
  if (strict) {
    const rest = skipBlanks(text, close + 1, end);
    const next = text.charAt(rest);
    if (rest < end && next !== ";" && next !== "#") return "unexpected text after section header";
  }
  return { nameStart, nameEnd, close };
}
function readIniEntry(text, start, end) {
  const equals = text.indexOf("=", start);
  if (equals < 0 || equals >= end) {
    const keyEnd2 = inlineCommentStart(text, start, end);
    return { key: text.slice(start, keyEnd2), keyStart: start, keyEnd: keyEnd2, value: true, valueStart: void 0, valueEnd: void 0, lineEnd: keyEnd2 };
  }
  const keyEnd = trimBlanks(text, start, equals);
  if (keyEnd === start) return "missing key before '='";
  const key2 = text.slice(start, keyEnd);
  const valueStart = skipBlanks(text, equals + 1, end);
  const quote = text.charAt(valueStart);
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, valueStart + 1);
    if (close < 0 || close >= end) return "unterminated quoted value";
    const after = inlineCommentStart(text, close + 1, end);
    if (after === close + 1) {
      const value2 = text.slice(valueStart + 1, close);
      return { key: key2, keyStart: start, keyEnd, value: value2, valueStart, valueEnd: close + 1, lineEnd: close + 1 };
    }
  }
  const valueEnd = inlineCommentStart(text, valueStart, end);
  const value = text.slice(valueStart, valueEnd);
  if (valueEnd === valueStart) return { key: key2, keyStart: start, keyEnd, value, valueStart: void 0, valueEnd: void 0, lineEnd: equals + 1 };
  return { key: key2, keyStart: start, keyEnd, value, valueStart, valueEnd, lineEnd: valueEnd };
}
function inlineCommentStart(text, start, end) {
  let quote = "";
  for (let i = start; i < end; i++) {
    const char = text.charAt(i);
    if (quote !== "") {
      if (char === quote) quote = "";
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if ((char === ";" || char === "#") && i > start && isBlank(text.charCodeAt(i - 1))) {
      return trimBlanks(text, start, i);
    }
  }
  return trimBlanks(text, start, end);
}
var SAMBA_SYNONYMS = {
  public: "guestok",
  onlyguest: "guestonly",
  minprotocol: "serverminprotocol",
  maxprotocol: "servermaxprotocol",
  protocol: "servermaxprotocol",
  allowhosts: "hostsallow",
  denyhosts: "hostsdeny",
  browsable: "browseable",
  createmode: "createmask",
  directorymode: "directorymask",
  directory: "path",
  printok: "printable",
  smbencrypt: "serversmbencrypt",
  user: "username",
  users: "username",
  group: "forcegroup"
};
var SAMBA_INVERSE = {
  writable: "readonly",
  writeable: "readonly",
  writeok: "readonly"
};
var SAMBA_BOOLEANS = /* @__PURE__ */ new Set([
  "guestok",
  "guestonly",
  "readonly",
  "browseable",
  "printable",
  "nullpasswords",
  "usershareallowguests",
  "encryptpasswords",
  "ntlmauth",
  "lanmanauth",
  "followsymlinks",
  "widelinks",
  "unixextensions",
  "allowinsecurewidelinks",
  "available",
  "inheritpermissions",
  "loadprinters"
]);
var sambaParser = {
  id: "smb-conf",
  parse(raw, file) {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const value = { global: { name: "global", keys: {}, entries: [] }, sections: [], unread: null };
    let current = value.global;
    let prefix = ["global"];
    let globalSeen = false;
    const spans = lineSpans(text);
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i];
      if (span === void 0) break;
      const start = skipBlanks(text, span.start, span.end);
      const end = trimBlanks(text, start, span.end);
      if (start === end) continue;
      const first = text.charAt(start);
      if (first === ";" || first === "#") continue;
      if (first === "[") {
        const header = readHeader(text, start, end, false);
        if (typeof header === "string") return failure(header, lines.range(start, end));
        const name = text.slice(header.nameStart, header.nameEnd);
        if (name.toLowerCase() === "global") {
          current = value.global;
          prefix = ["global"];
          if (!globalSeen) ranges.set(prefix, start, header.close + 1);
          globalSeen = true;
        } else {
          prefix = ["sections", value.sections.length];
          current = { name, keys: {}, entries: [] };
          value.sections.push(current);
          ranges.set(prefix, start, header.close + 1);
          ranges.set([...prefix, "name"], header.nameStart, header.nameEnd);
        }
        continue;
      }
      const parts = [{ start, end }];
      let last = { start, end };
      while (text.charAt(last.end - 1) === "\\" && i + 1 < spans.length) {
        const next = spans[++i];
        if (next === void 0) break;
        last = { start: skipBlanks(text, next.start, next.end), end: trimBlanks(text, next.start, next.end) };
        parts.push(last);
      }
      const equals = text.indexOf("=", start);
      if (equals < 0 || equals >= end) continue;
      const keyEnd = trimBlanks(text, start, equals);
      if (keyEnd === start) return failure("missing parameter name before '='", lines.range(start, end));
      const pieces = [];
      let valueStart;
      let valueEnd = equals + 1;
      parts.forEach((part, n) => {
        const from2 = n === 0 ? skipBlanks(text, equals + 1, part.end) : part.start;
        const to2 = trimBlanks(text, from2, n < parts.length - 1 ? part.end - 1 : part.end);
        if (to2 === from2) return;
        valueStart ??= from2;
        valueEnd = to2;
        pieces.push(text.slice(from2, to2));
      });
      const key2 = text.slice(start, keyEnd);
      const rawValue = pieces.join(" ");
      const entry = sambaEntry(key2, rawValue);
      if (!globalSeen && current === value.global && current.entries.length === 0) ranges.set(prefix, start, valueEnd);
      const index = current.entries.length;
      current.entries.push(entry);
      setOwn(current.keys, entry.canonicalKey, entry.value);
      const at = [...prefix, "entries", index];
      const from = valueStart ?? start;
      const to = valueEnd;
      ranges.set(at, start, valueEnd);
      ranges.set([...at, "key"], start, keyEnd);
      ranges.set([...at, "canonicalKey"], start, keyEnd);
      ranges.set([...at, "value"], from, to);
      ranges.set([...at, "raw"], from, to);
      ranges.set([...prefix, "keys", entry.canonicalKey], from, to);
      if (entry.canonicalKey === "include" && value.unread === null) {
        value.unread = { $unknown: `include = ${rawValue} brings in settings from a file that is not read` };
        ranges.set(["unread"], from, to);
      }
    }
    return rangedResult(file, value, ranges);
  }
};
function canonicalSambaKey(key2) {
  const squashed = key2.toLowerCase().replace(/\s+/g, "");
  const inverse = ownValue(SAMBA_INVERSE, squashed);
  if (inverse !== void 0) return { name: inverse, inverted: true };
  return { name: ownValue(SAMBA_SYNONYMS, squashed) ?? squashed, inverted: false };
}
function sambaEntry(key2, raw) {
  const canonical = canonicalSambaKey(key2);
  const word = raw.toLowerCase();
  let value = raw;
  if (word === "yes" || word === "true" || word === "on") value = true;
  else if (word === "no" || word === "false" || word === "off") value = false;
  else if ((word === "1" || word === "0") && (canonical.inverted || SAMBA_BOOLEANS.has(canonical.name))) value = word === "1";
  if (canonical.inverted && typeof value === "boolean") value = !value;
  return { key: key2, canonicalKey: canonical.name, value, raw };
}

// src/formats/keycloak-realm-parser.ts
var keycloakRealmParser = {
  id: "keycloak-realm",
  parse(text, file) {
    const result = jsonParser.parse(text, file);
    if (!result.ok) return result;
    return { ...result, documents: result.documents.map((document) => ({ file: document.file, index: document.index, value: markRealmPlaceholders(document.value), locate: (path) => document.locate(path) })) };
  }
};

// src/formats/litespeed-export.ts
var litespeedExportParser = {
  id: "litespeed-export",
  parse(raw, file) {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const trimmed = text.trim();
    if (trimmed !== "" && !trimmed.startsWith("[")) return parseBase64(text, trimmed, file, lines);
    const value = {};
    const where = /* @__PURE__ */ new Map();
    const spans = lineSpans(text);
    for (let index = 0; index < spans.length; index++) {
      const span = spans[index];
      if (span === void 0) continue;
      const content2 = text.slice(span.start, span.end);
      if (content2.trim() === "") continue;
      const line = index + 1;
      const parsed = jsonParser.parse(content2, file);
      if (!parsed.ok) {
        const first = parsed.errors[0];
        return failure(first?.message ?? "invalid JSON", shift(first?.range ?? lines.range(span.start, span.end), line));
      }
      const pair = parsed.documents[0]?.value;
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "string") {
        return failure('expected a ["option-id", value] pair', lines.range(span.start, trimEnd(text, span.start, span.end)));
      }
      setOwn(value, pair[0], pair[1]);
      where.set(pair[0], { ...span, line });
    }
    const located = /* @__PURE__ */ new Map();
    const document = {
      file,
      index: 0,
      value,
      locate: (path) => {
        const [key2, ...rest] = path;
        const span = key2 === void 0 ? void 0 : where.get(String(key2));
        if (key2 === void 0 || span === void 0) return lines.range(0, trimEnd(text, 0, text.length));
        let line = located.get(String(key2));
        if (line === void 0) {
          const parsed = jsonParser.parse(text.slice(span.start, span.end), file);
          if (!parsed.ok || parsed.documents[0] === void 0) return lines.range(span.start, span.end);
          line = parsed.documents[0];
          located.set(String(key2), line);
        }
        return shift(line.locate([1, ...rest]), span.line);
      }
    };
    return { ok: true, documents: [document] };
  }
};
function shift(range, line) {
  return { line: range.line + line - 1, column: range.column, endLine: range.endLine + line - 1, endColumn: range.endColumn };
}
function parseBase64(text, trimmed, file, lines) {
  const whole = lines.range(0, trimEnd(text, 0, text.length));
  if (!/^[A-Za-z0-9+/=\s]+$/.test(trimmed)) return failure('expected ["option-id", value] lines or a base64 export', whole);
  let value;
  try {
    value = JSON.parse(Buffer.from(trimmed.replace(/\s+/g, ""), "base64").toString("utf8"));
  } catch {
    return failure("the base64 export does not decode to JSON", whole);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return failure("the base64 export does not hold an object of options", whole);
  return { ok: true, documents: [{ file, index: 0, value, locate: () => whole }] };
}

// src/formats/netlify-headers.ts
var netlifyHeadersParser = {
  id: "netlify-headers",
  parse(raw, file) {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const rules = [];
    let ruleStart = 0;
    let headersStart;
    for (const line of lineSpans(text)) {
      const start = skipBlanks(text, line.start, line.end);
      const end = trimBlanks(text, start, line.end);
      if (start === end || text.charAt(start) === "#") continue;
      const content2 = text.slice(start, end);
      if (isPathLine(content2)) {
        ranges.set([rules.length], start, end);
        ranges.set([rules.length, "path"], start, end);
        rules.push({ path: content2, headers: {} });
        ruleStart = start;
        headersStart = void 0;
        continue;
      }
      const index = rules.length - 1;
      const rule = rules[index];
      if (rule === void 0) return failure("a header line comes before any path line", lines.range(start, end));
      const colon = text.indexOf(":", start);
      if (colon < 0 || colon >= end) return failure("a header line has no ':' between the name and the value", lines.range(start, end));
      const nameEnd = trimBlanks(text, start, colon);
      if (nameEnd === start) return failure("a header line has no name before ':'", lines.pointRange(colon));
      const valueStart = skipBlanks(text, colon + 1, end);
      if (valueStart === end) return failure("a header line has no value after ':'", lines.range(end, end));
      addHeader(rule, index, text.slice(start, nameEnd), text.slice(valueStart, end), { start, valueStart, end }, ranges);
      headersStart ??= start;
      ranges.set([index], ruleStart, end);
      ranges.set([index, "headers"], headersStart, end);
    }
    return rangedResult(file, rules, ranges);
  }
};
function isPathLine(content2) {
  return content2.startsWith("/") || /^https?:\/\//i.test(content2);
}
function addHeader(rule, index, name, value, at, ranges) {
  const lower = name.toLowerCase();
  const known = Object.keys(rule.headers).find((existing) => existing.toLowerCase() === lower);
  const key2 = known ?? name;
  if (known === void 0) {
    setOwn(rule.headers, key2, []);
    ranges.set([index, "headers", key2], at.start, at.end);
  }
  const values = rule.headers[key2] ?? [];
  ranges.set([index, "headers", key2, values.length], at.valueStart, at.end);
  values.push(value);
}

// src/formats/nfs-exports.ts
var OPPOSITES = {
  ro: "rw",
  rw: "ro",
  sync: "async",
  async: "sync",
  root_squash: "no_root_squash",
  no_root_squash: "root_squash",
  all_squash: "no_all_squash",
  no_all_squash: "all_squash",
  secure: "insecure",
  insecure: "secure",
  subtree_check: "no_subtree_check",
  no_subtree_check: "subtree_check",
  wdelay: "no_wdelay",
  no_wdelay: "wdelay",
  hide: "nohide",
  nohide: "hide",
  secure_locks: "insecure_locks",
  insecure_locks: "secure_locks"
};
var DEFAULTS = ["ro", "sync", "root_squash", "no_all_squash", "secure", "no_subtree_check", "wdelay", "hide", "secure_locks", "sec=sys"];
var WORLD_HOSTS = /* @__PURE__ */ new Set(["*", "", "0.0.0.0/0", "::/0"]);
var nfsExportsParser = {
  id: "nfs-exports",
  parse(raw, file) {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const value = { exports: [] };
    const logical = logicalLines(text);
    if (!Array.isArray(logical)) return failure(logical.message, lines.pointRange(logical.offset));
    for (const tokens of logical) {
      const problem = readExport(tokens, value, ranges);
      if (problem !== void 0) return failure(problem.message, lines.range(problem.start, problem.end));
    }
    return rangedResult(file, value, ranges);
  }
};
function logicalLines(text) {
  const result = [];
  let tokens = [];
  let at = 0;
  while (at <= text.length) {
    const char = text.charAt(at);
    if (at === text.length || char === "\n" || char === "\r") {
      if (tokens.length > 0) result.push(tokens);
      tokens = [];
      at++;
      continue;
    }
    if (isBlank(text.charCodeAt(at))) {
      at++;
    } else if (char === "\\" && (at + 1 === text.length || text.charAt(at + 1) === "\n" || text.charAt(at + 1) === "\r")) {
      at += text.startsWith("\r\n", at + 1) ? 3 : 2;
    } else if (char === "#") {
      while (at < text.length && text.charAt(at) !== "\n" && text.charAt(at) !== "\r") at++;
    } else {
      const start = at;
      let word = "";
      while (at < text.length && !/[ \t\r\n]/.test(text.charAt(at))) {
        if (text.charAt(at) === '"') {
          let close = at + 1;
          while (close < text.length && !'"\r\n'.includes(text.charAt(close))) close++;
          if (text.charAt(close) !== '"') return { message: "unterminated quote", offset: at };
          word += text.slice(at + 1, close);
          at = close + 1;
        } else {
          word += text.charAt(at);
          at++;
        }
      }
      tokens.push({ text: word, start, end: at });
    }
  }
  return result;
}
function readExport(tokens, value, ranges) {
  const [pathToken, ...rest] = tokens;
  if (pathToken === void 0) return void 0;
  if (pathToken.text.startsWith("-") || pathToken.text.startsWith("(")) {
    return { message: "expected an export path at the start of the line", start: pathToken.start, end: pathToken.end };
  }
  const index = value.exports.length;
  const at = ["exports", index];
  const entry = { path: pathToken.text, defaults: [], clients: [] };
  value.exports.push(entry);
  ranges.set(at, pathToken.start, (tokens[tokens.length - 1] ?? pathToken).end);
  ranges.set([...at, "path"], pathToken.start, pathToken.end);
  let lineDefaults = [];
  let clientTokens = rest;
  const first = rest[0];
  if (first?.text.startsWith("-") === true) {
    lineDefaults = splitOptions(first.text.slice(1), first.start + 1);
    entry.defaults = lineDefaults.map((piece) => piece.text);
    ranges.set([...at, "defaults"], first.start, first.end);
    lineDefaults.forEach((piece, n) => ranges.set([...at, "defaults", n], piece.start, piece.end));
    clientTokens = rest.slice(1);
  }
  if (clientTokens.length === 0) {
    const client = makeClient("*", false, true, lineDefaults);
    entry.clients.push(client.value);
    recordClient(ranges, [...at, "clients", 0], pathToken, pathToken, client);
    return void 0;
  }
  for (const [n, token] of clientTokens.entries()) {
    const open = token.text.indexOf("(");
    const close = token.text.indexOf(")");
    if (open < 0) {
      if (close >= 0) return { message: "')' without '(' in a client", start: token.start, end: token.end };
      const client2 = makeClient(token.text, false, false, lineDefaults);
      entry.clients.push(client2.value);
      recordClient(ranges, [...at, "clients", n], token, token, client2);
      continue;
    }
    if (close < 0) return { message: "unterminated option list: missing ')'", start: token.start, end: token.end };
    if (close !== token.text.length - 1 || token.text.indexOf("(", open + 1) >= 0) {
      return { message: "unexpected text in a client's option list", start: token.start, end: token.end };
    }
    const own = splitOptions(token.text.slice(open + 1, close), token.start + open + 1);
    const client = makeClient(open === 0 ? "*" : token.text.slice(0, open), open === 0, false, [...lineDefaults, ...own]);
    entry.clients.push(client.value);
    const paren = { text: "", start: token.start + open, end: token.end };
    const host = open === 0 ? token : { text: "", start: token.start, end: token.start + open };
    recordClient(ranges, [...at, "clients", n], token, host, client, paren);
  }
  return void 0;
}
function splitOptions(list, offset) {
  const pieces = [];
  let start = 0;
  for (const part of list.split(",")) {
    if (part !== "") pieces.push({ text: part, start: offset + start, end: offset + start + part.length });
    start += part.length + 1;
  }
  return pieces;
}
function makeClient(host, bare, implicit, written) {
  const options = {};
  const set = /* @__PURE__ */ new Map();
  for (const option of DEFAULTS) applyOption(options, option);
  for (const piece of written) {
    for (const key2 of applyOption(options, piece.text)) set.set(key2, piece);
  }
  const world = bare || WORLD_HOSTS.has(host);
  return {
    value: { host: host === "" ? "*" : host, world, worldFromSpace: bare, implicit, options, written: written.map((piece) => piece.text) },
    set,
    written
  };
}
function applyOption(options, option) {
  const equals = option.indexOf("=");
  if (equals < 0) {
    const opposite = ownValue(OPPOSITES, option);
    define(options, option, true);
    if (opposite === void 0) return [option];
    define(options, opposite, false);
    return [option, opposite];
  }
  const name = option.slice(0, equals);
  const text = option.slice(equals + 1);
  if (name === "sec") define(options, name, text.split(":").filter((flavour) => flavour !== ""));
  else if ((name === "anonuid" || name === "anongid") && /^-?\d+$/.test(text)) define(options, name, Number(text));
  else define(options, name, text);
  return [name];
}
function define(target, key2, value) {
  Object.defineProperty(target, key2, { value, enumerable: true, writable: true, configurable: true });
}
function recordClient(ranges, at, token, host, client, paren = token) {
  ranges.set(at, token.start, token.end);
  ranges.set([...at, "host"], host.start, host.end);
  ranges.set([...at, "options"], paren.start, paren.end);
  for (const [key2, piece] of client.set) ranges.set([...at, "options", key2], piece.start, piece.end);
  client.written.forEach((piece, n) => ranges.set([...at, "written", n], piece.start, piece.end));
}

// src/formats/openvpn.ts
var openvpnParser = {
  id: "openvpn",
  parse(raw, file) {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const value = { directives: [], options: {}, unread: null };
    const spans = lineSpans(text);
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i];
      if (span === void 0) break;
      const start = skipBlanks(text, span.start, span.end);
      const end = trimBlanks(text, start, span.end);
      if (start === end || text.charAt(start) === "#" || text.charAt(start) === ";") continue;
      const at = value.directives.length;
      const tag = /^<(\/?)([A-Za-z0-9-]+)>$/.exec(text.slice(start, end));
      if (tag !== null) {
        const name2 = tag[2] ?? "";
        if (tag[1] === "/") return failure("closing tag without an opening tag", lines.range(start, end));
        const close = findClose(text, spans, i + 1, name2);
        if (close === void 0) return failure("inline block is not closed", lines.range(start, end));
        value.directives.push({ name: name2, args: [], inline: true });
        setOwn(value.options, name2, []);
        ranges.set(["directives", at], start, close.end);
        ranges.set(["directives", at, "name"], start, end);
        ranges.set(["options", name2], start, close.end);
        i = close.line;
        continue;
      }
      const words = splitWords(text, start, end);
      if (!Array.isArray(words)) return failure(words.message, lines.pointRange(words.offset));
      const [first, ...args] = words;
      if (first === void 0) continue;
      const name = first.text.startsWith("--") ? first.text.slice(2) : first.text;
      const lineEnd3 = (words[words.length - 1] ?? first).end;
      value.directives.push({ name, args: args.map((word) => word.text), inline: false });
      setOwn(value.options, name, args.map((word) => word.text));
      ranges.set(["directives", at], first.start, lineEnd3);
      ranges.set(["directives", at, "name"], first.start, first.end);
      ranges.set(["options", name], first.start, lineEnd3);
      const firstArg = args[0];
      if (firstArg !== void 0) {
        ranges.set(["directives", at, "args"], firstArg.start, lineEnd3);
        ranges.set(["options", name], firstArg.start, lineEnd3);
      }
      args.forEach((word, n) => {
        ranges.set(["directives", at, "args", n], word.start, word.end);
        ranges.set(["options", name, n], word.start, word.end);
      });
      if (name === "config" && firstArg !== void 0 && value.unread === null) {
        value.unread = { $unknown: `config ${firstArg.text} brings in options from a file that is not read` };
        ranges.set(["unread"], first.start, lineEnd3);
      }
    }
    return rangedResult(file, value, ranges);
  }
};
function findClose(text, spans, from, name) {
  for (let line = from; line < spans.length; line++) {
    const span = spans[line];
    if (span === void 0) break;
    const start = skipBlanks(text, span.start, span.end);
    const end = trimBlanks(text, start, span.end);
    if (text.slice(start, end) === `</${name}>`) return { line, end };
  }
  return void 0;
}
function splitWords(text, start, end) {
  const words = [];
  let at = start;
  while (at < end) {
    if (isBlank(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const char = text.charAt(at);
    if (char === "#" || char === ";") break;
    const wordStart = at;
    let word = "";
    while (at < end && !isBlank(text.charCodeAt(at))) {
      const current = text.charAt(at);
      if (current === '"' || current === "'") {
        const close = closingQuote(text, at, end, current);
        if (close < 0) return { message: "unterminated quote", offset: at };
        word += unescape(text.slice(at + 1, close), current);
        at = close + 1;
      } else if (current === "\\" && at + 1 < end) {
        word += text.charAt(at + 1);
        at += 2;
      } else {
        word += current;
        at++;
      }
    }
    words.push({ text: word, start: wordStart, end: at });
  }
  return words;
}
function closingQuote(text, open, end, quote) {
  for (let at = open + 1; at < end; at++) {
    const char = text.charAt(at);
    if (quote === '"' && char === "\\") at++;
    else if (char === quote) return at;
  }
  return -1;
}
function unescape(inner, quote) {
  return quote === '"' ? inner.replace(/\\(.)/g, "$1") : inner;
}

// src/formats/php-config/read-literal.ts
var MAX_NESTING = 256;
function isError(read) {
  return read !== void 0 && "message" in read;
}
function skipTrivia(text, at) {
  let i = at;
  for (; ; ) {
    const char = text.charAt(i);
    if (char === " " || char === "	" || char === "\n" || char === "\r") i++;
    else if (char === "#" || text.startsWith("//", i)) {
      if (text.startsWith("#[", i)) return i;
      while (i < text.length && !/[\n\r]/.test(text.charAt(i)) && !text.startsWith("?>", i)) i++;
    } else if (text.startsWith("/*", i)) {
      const close = text.indexOf("*/", i + 2);
      i = close < 0 ? text.length : close + 2;
    } else return i;
  }
}
function readExpression(text, at, depth = 0) {
  const parts = [];
  let i = at;
  for (; ; ) {
    const part = readPrimary(text, i, depth);
    if (isError(part)) return part;
    if (part === void 0) break;
    parts.push(part);
    i = skipTrivia(text, part.end);
    if (text.charAt(i) !== "." || /[0-9=]/.test(text.charAt(i + 1))) break;
    i = skipTrivia(text, i + 1);
  }
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (first !== void 0 && last !== void 0 && atTerminator(text, i)) {
    if (parts.length === 1) return first;
    if (parts.every((part) => typeof part.value === "string" || typeof part.value === "number")) {
      return { value: parts.map((part) => String(part.value)).join(""), start: first.start, end: last.end, children: [] };
    }
  }
  return readComputed(text, at);
}
function atTerminator(text, at) {
  return at >= text.length || /[,)\];]/.test(text.charAt(at)) || text.startsWith("=>", at) || text.startsWith("?>", at);
}
function readPrimary(text, at, depth) {
  const char = text.charAt(at);
  if (char === "'" || char === '"') return readString(text, at);
  if (char === "[") return readArray(text, at, at + 1, "]", depth + 1);
  const arrayWord = /array\s*\(/iy;
  arrayWord.lastIndex = at;
  if (arrayWord.test(text)) return readArray(text, at, arrayWord.lastIndex, ")", depth + 1);
  const number = /[-+]?\s*(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|(?:[0-9][0-9_]*)?\.?[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?)(?![\w.])/y;
  number.lastIndex = at;
  const digits = number.exec(text)?.[0];
  if (digits !== void 0) return { value: numberOf(digits), start: at, end: at + digits.length, children: [] };
  const word = /(true|false|null)(?![\w\\(:])/iy;
  word.lastIndex = at;
  const keyword = word.exec(text)?.[1]?.toLowerCase();
  if (keyword === void 0) return void 0;
  const value = keyword === "null" ? null : keyword === "true";
  return { value, start: at, end: at + keyword.length, children: [] };
}
function numberOf(source) {
  const clean = source.replace(/[\s_]/g, "");
  const sign = clean.startsWith("-") ? -1 : 1;
  const body = clean.replace(/^[-+]/, "");
  if (/^0[xX]/.test(body)) return sign * parseInt(body.slice(2), 16);
  if (/^0[bB]/.test(body)) return sign * parseInt(body.slice(2), 2);
  if (/^0[0-7]+$/.test(body)) return sign * parseInt(body.slice(1), 8);
  return sign * Number(body);
}
var ESCAPES2 = { n: "\n", t: "	", r: "\r", v: "\v", e: "\x1B", f: "\f", "\\": "\\", $: "$", '"': '"' };
function readString(text, at) {
  const quote = text.charAt(at);
  let value = "";
  let interpolated = false;
  for (let i = at + 1; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === quote) {
      const end = i + 1;
      if (interpolated) return { value: { $expr: text.slice(at, end) }, start: at, end, children: [] };
      return { value, start: at, end, children: [] };
    }
    if (char === "\\") {
      const next = text.charAt(i + 1);
      if (quote === "'") value += next === "'" || next === "\\" ? next : `\\${next}`;
      else value += ESCAPES2[next] ?? `\\${next}`;
      i++;
    } else {
      if (quote === '"' && char === "$" && /[A-Za-z_{]/.test(text.charAt(i + 1))) interpolated = true;
      if (quote === '"' && char === "{" && text.charAt(i + 1) === "$") interpolated = true;
      value += char;
    }
  }
  return { message: "unterminated string", start: at, end: at + 1 };
}
function readArray(text, at, bodyStart, close, depth) {
  if (depth > MAX_NESTING) return { message: `arrays nested too deeply (more than ${MAX_NESTING} levels)`, start: at, end: bodyStart };
  const entries = [];
  let next = 0;
  let i = skipTrivia(text, bodyStart);
  while (text.charAt(i) !== close) {
    if (i >= text.length) return { message: "unterminated array", start: at, end: bodyStart };
    const first = readExpression(text, i, depth);
    if (isError(first)) return first;
    i = skipTrivia(text, first.end);
    let key2 = next;
    let element = first;
    if (text.startsWith("=>", i)) {
      key2 = arrayKey(first.value, next);
      const read = readExpression(text, skipTrivia(text, i + 2), depth);
      if (isError(read)) return read;
      element = read;
      i = skipTrivia(text, read.end);
    }
    if (typeof key2 === "number" && key2 >= next) next = key2 + 1;
    entries.push([key2, element]);
    if (text.charAt(i) === ",") i = skipTrivia(text, i + 1);
    else if (text.charAt(i) !== close) {
      if (i >= text.length) return { message: "unterminated array", start: at, end: bodyStart };
      return { message: `expected ',' or '${close}' in array`, start: i, end: i + 1 };
    }
  }
  return { ...arrayValue(entries), start: at, end: i + 1 };
}
function arrayKey(key2, next) {
  if (typeof key2 === "number") return Math.trunc(key2);
  if (typeof key2 === "string") return /^(0|-?[1-9][0-9]*)$/.test(key2) ? Number(key2) : key2;
  if (typeof key2 === "boolean") return key2 ? 1 : 0;
  if (key2 === null) return "";
  if (typeof key2 === "object" && "$expr" in key2) return String(key2.$expr);
  return next;
}
function arrayValue(entries) {
  if (entries.every(([key2], index) => key2 === index)) {
    return { value: entries.map(([, node]) => node.value), children: entries };
  }
  const value = {};
  for (const [key2, node] of entries) setOwn(value, String(key2), node.value);
  return { value, children: entries.map(([key2, node]) => [String(key2), node]) };
}
function readComputed(text, at) {
  let depth = 0;
  let i = at;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === "'" || char === '"') {
      const string = readString(text, i);
      if (isError(string)) return string;
      i = string.end;
      continue;
    }
    if (char === "/" || char === "#") {
      const after = skipTrivia(text, i);
      if (after > i) {
        i = after;
        continue;
      }
    }
    if (depth === 0 && atTerminator(text, i)) break;
    if (char === "(" || char === "[" || char === "{") depth++;
    else if (char === ")" || char === "]" || char === "}") depth--;
    i++;
  }
  let end = i;
  while (end > at && /\s/.test(text.charAt(end - 1))) end--;
  return { value: { $expr: text.slice(at, end) }, start: at, end, children: [] };
}

// src/formats/php-config.ts
var EXIT_GUARD = /^<\?php\s+(?:exit|die)\s*(?:\(\s*\))?\s*;?\s*\?>/i;
var phpConfigParser = {
  id: "php-config",
  parse(raw, file) {
    const text = stripBom(raw);
    const guard = EXIT_GUARD.exec(text);
    if (guard !== null) return parseGuardedJson(text, guard[0].length, file);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const value = { constants: {}, variables: {} };
    let depth = 0;
    let at = 0;
    let statementStart = true;
    while (at < text.length) {
      at = skipTrivia(text, at);
      if (at >= text.length) break;
      const char = text.charAt(at);
      const read = readDefine(text, at) ?? (depth === 0 && statementStart ? readAssignment(text, at) ?? readReturn(text, at) : void 0);
      if (read !== void 0) {
        if (isError(read)) return failure(read.message, lines.range(read.start, read.end));
        const { path, node } = read;
        const [root, name] = path;
        if (root === "returned") {
          value.returned = node.value;
          record2(ranges, ["returned"], node);
          break;
        }
        const target = root === "constants" ? value.constants : value.variables;
        if (typeof name !== "string" || root === "constants" && Object.hasOwn(target, name)) {
          at = read.next;
          continue;
        }
        if (path.length === 2) {
          setOwn(target, name, node.value);
        } else {
          const element = path[2] ?? "";
          const current = Object.hasOwn(target, name) ? target[name] : void 0;
          const holder = isRecord(current) ? current : Array.isArray(current) ? { ...current } : {};
          setOwn(holder, String(element), node.value);
          setOwn(target, name, holder);
        }
        record2(ranges, path, node);
        at = read.next;
        statementStart = true;
        continue;
      }
      if (char === "'" || char === '"') {
        const skipped = readExpression(text, at);
        at = isError(skipped) ? text.length : Math.max(skipped.end, at + 1);
        statementStart = false;
        continue;
      }
      if (char === "{") depth++;
      else if (char === "}") depth = Math.max(0, depth - 1);
      statementStart = char === ";" || char === "{" || char === "}" || char === ">" || char === ":";
      if (text.startsWith("<?php", at)) {
        at += 5;
        statementStart = true;
        continue;
      }
      if (text.startsWith("?>", at)) {
        const open = text.indexOf("<?php", at);
        at = open < 0 ? text.length : open;
        continue;
      }
      at = nextToken(text, at);
    }
    return rangedResult(file, value, ranges);
  }
};
function readDefine(text, at) {
  const word = /define\s*\(/iy;
  word.lastIndex = at;
  if (!word.test(text) || /[\w$>:\\]/.test(text.charAt(at - 1))) return void 0;
  const nameAt = skipTrivia(text, word.lastIndex);
  const name = readExpression(text, nameAt);
  if (isError(name)) return name;
  const comma = skipTrivia(text, name.end);
  if (typeof name.value !== "string" || text.charAt(comma) !== ",") return void 0;
  const node = readExpression(text, skipTrivia(text, comma + 1));
  if (isError(node)) return node;
  let next = skipTrivia(text, node.end);
  if (text.charAt(next) === ",") next = skipTrivia(text, readExpression(text, skipTrivia(text, next + 1)).end);
  if (text.charAt(next) !== ")") return { message: "expected ')' to close define(", start: next, end: next + 1 };
  return { path: ["constants", name.value], node, next: next + 1 };
}
function readAssignment(text, at) {
  const head = /\$([A-Za-z_][A-Za-z0-9_]*)\s*/y;
  head.lastIndex = at;
  const name = head.exec(text)?.[1];
  if (name === void 0) return void 0;
  const path = ["variables", name];
  let i = head.lastIndex;
  if (text.charAt(i) === "[") {
    const key2 = readExpression(text, skipTrivia(text, i + 1));
    if (isError(key2)) return key2;
    const close = skipTrivia(text, key2.end);
    if (text.charAt(close) !== "]" || typeof key2.value !== "string" && typeof key2.value !== "number") return void 0;
    path.push(key2.value);
    i = skipTrivia(text, close + 1);
  }
  if (text.charAt(i) !== "=" || /[=>]/.test(text.charAt(i + 1))) return void 0;
  const node = readExpression(text, skipTrivia(text, i + 1));
  if (isError(node)) return node;
  return { path, node, next: node.end };
}
function readReturn(text, at) {
  const word = /return\b/iy;
  word.lastIndex = at;
  if (!word.test(text)) return void 0;
  const node = readExpression(text, skipTrivia(text, word.lastIndex));
  if (isError(node)) return node;
  return { path: ["returned"], node, next: node.end };
}
function nextToken(text, at) {
  const word = /[$\w\\]+/y;
  word.lastIndex = at;
  return word.test(text) ? word.lastIndex : at + 1;
}
function record2(ranges, path, node) {
  ranges.set(path, node.start, node.end);
  for (const [key2, child] of node.children) record2(ranges, [...path, key2], child);
}
function parseGuardedJson(text, guardLength, file) {
  const blanked = text.slice(0, guardLength).replace(/[^\r\n]/g, " ") + text.slice(guardLength);
  const result = jsonParser.parse(blanked, file);
  if (!result.ok) return result;
  const json = result.documents[0];
  if (json === void 0) return result;
  const value = { constants: {}, variables: {}, returned: json.value };
  return {
    ok: true,
    documents: [
      {
        file,
        index: 0,
        value,
        locate: (path) => json.locate(path[0] === "returned" ? path.slice(1) : [])
      }
    ]
  };
}

// src/formats/squid.ts
var squidParser = {
  id: "squid",
  parse(raw, file) {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const value = { directives: [], acls: {}, http_access: [], includes: [], request_header_add: [] };
    const logical = logicalLines2(text);
    if (!Array.isArray(logical)) return failure(logical.message, lines.range(logical.start, logical.end));
    for (const tokens of logical) {
      const problem = readDirective(tokens, value, ranges);
      if (problem !== void 0) return failure(problem.message, lines.range(problem.start, problem.end));
    }
    return rangedResult(file, value, ranges);
  }
};
function readDirective(tokens, value, ranges) {
  const [name, ...args] = tokens;
  if (name === void 0) return void 0;
  const end = (tokens[tokens.length - 1] ?? name).end;
  const at = value.directives.length;
  value.directives.push({ name: name.text, args: args.map((arg) => arg.text) });
  ranges.set(["directives", at], name.start, end);
  ranges.set(["directives", at, "name"], name.start, name.end);
  args.forEach((arg, n) => ranges.set(["directives", at, "args", n], arg.start, arg.end));
  switch (name.text) {
    case "acl":
      return readAcl(name, args, value, ranges);
    case "http_access": {
      const [action, ...refs] = args;
      if (action === void 0 || action.text !== "allow" && action.text !== "deny") {
        const where = action ?? name;
        return { message: "http_access needs 'allow' or 'deny'", start: where.start, end: where.end };
      }
      const index = value.http_access.length;
      const path = ["http_access", index];
      value.http_access.push({ action: action.text, acls: readRefs(refs, [...path, "acls"], ranges) });
      ranges.set(path, name.start, end);
      ranges.set([...path, "action"], action.start, action.end);
      return void 0;
    }
    case "include": {
      for (const arg of args) {
        ranges.set(["includes", value.includes.length], arg.start, arg.end);
        value.includes.push(arg.text);
      }
      return void 0;
    }
    case "request_header_add": {
      const [header, text, ...refs] = args;
      if (header === void 0 || text === void 0) {
        return { message: "request_header_add needs a header name and a value", start: name.start, end };
      }
      const path = ["request_header_add", value.request_header_add.length];
      value.request_header_add.push({ header: header.text, value: text.text, acls: readRefs(refs, [...path, "acls"], ranges) });
      ranges.set(path, name.start, end);
      ranges.set([...path, "header"], header.start, header.end);
      ranges.set([...path, "value"], text.start, text.end);
      return void 0;
    }
    default:
      return void 0;
  }
}
function readAcl(directive, args, value, ranges) {
  const [name, type, ...rest] = args;
  if (name === void 0 || type === void 0) {
    return { message: "acl needs a name and a type", start: directive.start, end: (name ?? directive).end };
  }
  let acl = Object.hasOwn(value.acls, name.text) ? value.acls[name.text] : void 0;
  if (acl !== void 0 && acl.type !== type.text) {
    return { message: "acl is already defined with a different type", start: type.start, end: type.end };
  }
  const path = ["acls", name.text];
  if (acl === void 0) {
    acl = { type: type.text, flags: [], values: [], files: [] };
    setOwn(value.acls, name.text, acl);
    ranges.set(path, directive.start, (args[args.length - 1] ?? type).end);
    ranges.set([...path, "type"], type.start, type.end);
  }
  let flagsDone = false;
  for (const arg of rest) {
    if (!flagsDone && !arg.quoted && arg.text.startsWith("-")) {
      if (arg.text === "--") flagsDone = true;
      else push(ranges, [...path, "flags"], acl.flags, arg);
      continue;
    }
    flagsDone = true;
    push(ranges, [...path, arg.quoted ? "files" : "values"], arg.quoted ? acl.files : acl.values, arg);
  }
  return void 0;
}
function push(ranges, path, list, token) {
  ranges.set([...path, list.length], token.start, token.end);
  list.push(token.text);
}
function readRefs(tokens, path, ranges) {
  return tokens.map((token, n) => {
    const negated = token.text.startsWith("!");
    ranges.set([...path, n], token.start, token.end);
    ranges.set([...path, n, "name"], negated ? token.start + 1 : token.start, token.end);
    ranges.set([...path, n, "negated"], token.start, token.end);
    return { name: negated ? token.text.slice(1) : token.text, negated };
  });
}
function logicalLines2(text) {
  const result = [];
  let tokens = [];
  let at = 0;
  while (at <= text.length) {
    const char = text.charAt(at);
    if (at === text.length || char === "\n" || char === "\r") {
      if (tokens.length > 0) result.push(tokens);
      tokens = [];
      at++;
      continue;
    }
    if (isBlank(text.charCodeAt(at))) {
      at++;
      continue;
    }
    if (char === "\\" && (at + 1 === text.length || text.charAt(at + 1) === "\n" || text.charAt(at + 1) === "\r")) {
      at += text.startsWith("\r\n", at + 1) ? 3 : 2;
      continue;
    }
    if (char === "#") {
      while (at < text.length && text.charAt(at) !== "\n" && text.charAt(at) !== "\r") at++;
      continue;
    }
    const start = at;
    if (char === '"') {
      let close = -1;
      for (let i = at + 1; i < text.length && text.charAt(i) !== "\n" && text.charAt(i) !== "\r"; i++) {
        if (text.charAt(i) === "\\") i++;
        else if (text.charAt(i) === '"') {
          close = i;
          break;
        }
      }
      if (close < 0) return { message: "unterminated quote", start: at, end: at + 1 };
      tokens.push({ text: text.slice(at + 1, close).replace(/\\(.)/g, "$1"), quoted: true, start, end: close + 1 });
      at = close + 1;
      continue;
    }
    while (at < text.length && !/[ \t\r\n]/.test(text.charAt(at))) {
      if (text.charAt(at) === "\\" && (at + 1 === text.length || /[\r\n]/.test(text.charAt(at + 1)))) break;
      at++;
    }
    tokens.push({ text: text.slice(start, at), quoted: false, start, end: at });
  }
  return result;
}

// src/formats/terraform-json.ts
var TWO_LABELS = /* @__PURE__ */ new Set(["resource", "data", "ephemeral"]);
var ONE_LABEL = /* @__PURE__ */ new Set(["module", "variable", "output", "provider"]);
var UNLABELLED = /* @__PURE__ */ new Set(["terraform", "moved", "import", "removed", "check"]);
var terraformParser = {
  id: "terraform",
  parse(text, file) {
    if (file.endsWith(".tf.json")) return terraformJson(text, file);
    if (file.endsWith(".json")) return jsonParser.parse(text, file);
    return hclParser.parse(text, file);
  }
};
function terraformJson(text, file) {
  const parsed = jsonParser.parse(text, file);
  if (!parsed.ok) return parsed;
  const [raw] = parsed.documents;
  if (raw === void 0) return parsed;
  const moves = /* @__PURE__ */ new Map();
  const value = isRecord(raw.value) ? reshape(raw.value, moves) : templates(raw.value);
  const document = { file, index: 0, value, locate: (path) => raw.locate(rawPath(path, moves)) };
  return { ok: true, documents: [document] };
}
function reshape(root, moves) {
  const out = {};
  for (const [kind, written] of Object.entries(root)) {
    if (kind === "//") continue;
    const labels = TWO_LABELS.has(kind) ? 2 : ONE_LABEL.has(kind) ? 1 : 0;
    if (kind === "locals") {
      setOwn(out, kind, mergedBodies(written, [kind], [kind], moves));
      continue;
    }
    if (UNLABELLED.has(kind) && !Array.isArray(written)) {
      moves.set(key([kind, 0]), [kind]);
      setOwn(out, kind, [bodyOf(written)]);
      continue;
    }
    if (labels === 0) {
      setOwn(out, kind, templates(written));
      continue;
    }
    const nested = {};
    for (const { labels: names, body, from } of labelled(written, [kind], labels)) {
      let level = nested;
      names.slice(0, -1).forEach((name) => {
        const existing = Object.hasOwn(level, name) ? level[name] : void 0;
        if (isRecord(existing)) level = existing;
        else setOwn(level, name, level = {});
      });
      const last = names[names.length - 1] ?? "";
      const to = [kind, ...names];
      if (kind === "provider") {
        const existing = Object.hasOwn(level, last) ? level[last] : void 0;
        const list = Array.isArray(existing) ? existing : [];
        moves.set(key([...to, list.length]), from);
        list.push(bodyOf(body));
        setOwn(level, last, list);
      } else {
        moves.set(key(to), from);
        setOwn(level, last, bodyOf(body));
      }
    }
    setOwn(out, kind, nested);
  }
  return out;
}
function labelled(written, from, depth) {
  const found = [];
  const walk2 = (value, path, names) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk2(item, [...path, i], names));
      return;
    }
    if (names.length === depth) {
      found.push({ labels: names, body: value, from: path });
      return;
    }
    if (!isRecord(value)) return;
    for (const [name, inner] of Object.entries(value)) if (name !== "//") walk2(inner, [...path, name], [...names, name]);
  };
  walk2(written, from, []);
  return found;
}
function mergedBodies(written, from, to, moves) {
  const merged = {};
  const items = Array.isArray(written) ? written.map((item, i) => [item, [...from, i]]) : [[written, from]];
  for (const [item, path] of items) {
    if (!isRecord(item)) continue;
    for (const [name, value] of Object.entries(item)) {
      if (name === "//") continue;
      setOwn(merged, name, templates(value));
      moves.set(key([...to, name]), [...path, name]);
    }
  }
  return merged;
}
function bodyOf(body) {
  if (!isRecord(body)) return templates(body);
  const out = {};
  for (const [name, value] of Object.entries(body)) if (name !== "//") setOwn(out, name, templates(value));
  return out;
}
function templates(value) {
  if (typeof value === "string") return template(value);
  if (Array.isArray(value)) return value.map(templates);
  if (!isRecord(value)) return value;
  const out = {};
  for (const [name, inner] of Object.entries(value)) setOwn(out, name, templates(inner));
  return out;
}
function template(text) {
  const interpolates = /\$\{|%\{/.test(text.replace(/\$\$\{|%%\{/g, ""));
  if (!interpolates) return text.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
  const single = /^\$\{\s*([^{}"]*?)\s*\}$/.exec(text);
  return { $expr: single?.[1] ?? `"${text}"` };
}
function rawPath(path, moves) {
  for (let length = path.length; length > 0; length--) {
    const from = moves.get(key(path.slice(0, length)));
    if (from !== void 0) return [...from, ...path.slice(length)];
  }
  return path;
}
function key(path) {
  return JSON.stringify(path.map(String));
}

// src/formats/text-lines.ts
var textLinesParser = {
  id: "text-lines",
  parse(raw, file) {
    const text = stripBom(raw);
    const ranges = new PathRanges(new LineIndex(text));
    const spans = lineSpans(text);
    spans.forEach((span, n) => ranges.set(["lines", n], span.start, span.end));
    return rangedResult(file, { lines: spans.map((span) => text.slice(span.start, span.end)) }, ranges);
  }
};

// src/formats/toml.ts
var toml = () => vendor("toml");
var tomlParser = {
  id: "toml",
  parse(raw, file) {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    let ast;
    try {
      ast = toml().parseTOML(text, { tomlVersion: "1.0" });
    } catch (error) {
      const at = error instanceof toml().ParseError ? error.index : void 0;
      return failure(errorText(error), at === void 0 ? startRange() : lines.pointRange(missingAt(text, at)));
    }
    const ranges = new PathRanges(lines);
    try {
      return rangedResult(file, toValue(ast, ranges), ranges);
    } catch (error) {
      return failure(errorText(error), startRange());
    }
  }
};
function missingAt(text, at) {
  const here = text.charAt(at);
  if (at < text.length && here !== "\n" && here !== "\r") return at;
  let back = Math.min(at, text.length);
  while (back > 0 && /\s/.test(text.charAt(back - 1))) back--;
  return back;
}
function toValue(ast, ranges) {
  const root = {};
  const top = ast.body[0];
  for (const node of top.body) {
    if (node.type === "TOMLKeyValue") {
      assign(root, [], node, ranges);
      continue;
    }
    const path = node.resolvedKey;
    recordImplicit(root, [], path.slice(0, -1), node.range, ranges);
    const table = tableAt(root, path);
    ranges.set(path, node.range[0], node.range[1]);
    for (const pair of node.body) assign(table, path, pair, ranges);
  }
  return root;
}
function assign(table, path, pair, ranges) {
  const names = pair.key.keys.map((key2) => key2.type === "TOMLBare" ? key2.name : key2.value);
  const last = names.pop();
  if (last === void 0) return;
  const parentPath = [...path, ...names];
  recordImplicit(table, path, names, pair.range, ranges);
  const parent = tableAt(table, names);
  setOwn(parent, last, content(pair.value, [...parentPath, last], ranges));
}
function content(node, path, ranges) {
  ranges.set(path, node.range[0], node.range[1]);
  switch (node.type) {
    case "TOMLArray":
      return node.elements.map((element, i) => content(element, [...path, i], ranges));
    case "TOMLInlineTable": {
      const table = {};
      for (const pair of node.body) assign(table, path, pair, ranges);
      return table;
    }
    case "TOMLValue":
      return scalar(node);
  }
}
function scalar(node) {
  switch (node.kind) {
    case "integer":
      return Number.isSafeInteger(node.value) ? node.value : node.bigint.toString();
    case "offset-date-time":
    case "local-date-time":
    case "local-date":
    case "local-time":
      return node.datetime;
    default:
      return node.value;
  }
}
function recordImplicit(root, base, names, span, ranges) {
  let probe = root;
  names.forEach((name, i) => {
    const next = Array.isArray(probe) ? probe[Number(name)] : isTable(probe) && Object.hasOwn(probe, String(name)) ? probe[String(name)] : void 0;
    if (next === void 0) ranges.set([...base, ...names.slice(0, i + 1)], span[0], span[1]);
    probe = next;
  });
}
function tableAt(root, path) {
  let current = root;
  path.forEach((segment, i) => {
    const nextIsIndex = typeof path[i + 1] === "number";
    if (Array.isArray(current) && typeof segment === "number") {
      current[segment] ??= nextIsIndex ? [] : {};
      current = current[segment];
    } else if (isTable(current)) {
      const key2 = String(segment);
      if (!Object.hasOwn(current, key2)) setOwn(current, key2, nextIsIndex ? [] : {});
      current = current[key2];
    }
  });
  if (!isTable(current)) throw new Error("a TOML table path crosses a value that is not a table");
  return current;
}
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/formats/usbguard.ts
var TARGETS = /* @__PURE__ */ new Set(["allow", "block", "reject"]);
var OPERATORS = /* @__PURE__ */ new Set(["all-of", "one-of", "none-of", "equals", "equals-ordered", "match-all"]);
var DEVICE_ID = /^[0-9A-Fa-f*]{1,4}:[0-9A-Fa-f*]{1,4}$/;
var usbguardParser = {
  id: "usbguard",
  parse(raw, file) {
    const text = stripBom(raw);
    const lines = new LineIndex(text);
    const ranges = new PathRanges(lines);
    const daemon = /(^|\/)usbguard-daemon\.conf$/.test(file);
    const settings = {};
    const rules = [];
    for (const span of lineSpans(text)) {
      const start = skipBlanks(text, span.start, span.end);
      const end = trimBlanks(text, start, span.end);
      if (start === end || text.charAt(start) === "#") continue;
      if (daemon) {
        const equals = text.indexOf("=", start);
        if (equals < 0 || equals >= end) return failure("expected Key=Value", lines.range(start, end));
        const keyEnd = trimBlanks(text, start, equals);
        if (keyEnd === start) return failure("a setting needs a name before '='", lines.range(start, end));
        const valueStart = skipBlanks(text, equals + 1, end);
        const key2 = text.slice(start, keyEnd);
        setOwn(settings, key2, text.slice(valueStart, end));
        ranges.set(["settings", key2], valueStart < end ? valueStart : start, end);
        continue;
      }
      const tokens = tokenize2(text, start, end);
      if (!Array.isArray(tokens)) return failure(tokens.message, lines.pointRange(tokens.offset));
      const at = rules.length;
      const rule = readRule(tokens, text, end, (path, s, e) => ranges.set(["rules", at, ...path], s, e));
      if ("message" in rule) return failure(rule.message, lines.range(rule.start, rule.end));
      rules.push(rule);
      ranges.set(["rules", at], start, end);
    }
    return rangedResult(file, daemon ? { settings } : { rules }, ranges);
  }
};
function readRule(tokens, text, lineEnd3, mark) {
  const [first, ...rest] = tokens;
  if (first === void 0) return { message: "empty rule", start: 0, end: 0 };
  if (first.quoted || !TARGETS.has(first.text)) return { message: "a rule starts with allow, block or reject", start: first.start, end: first.end };
  mark(["target"], first.start, first.end);
  const rule = { target: first.text, attributes: {}, condition: null };
  let i = 0;
  const next = rest[0];
  if (next !== void 0 && !next.quoted && DEVICE_ID.test(next.text)) {
    setOwn(rule.attributes, "id", { operator: null, values: [next.text] });
    mark(["attributes", "id"], next.start, next.end);
    mark(["attributes", "id", "values", 0], next.start, next.end);
    i = 1;
  }
  while (i < rest.length) {
    const name = rest[i];
    if (name === void 0) break;
    if (!name.quoted && name.text === "if") {
      const conditionStart = skipBlanks(text, name.end, lineEnd3);
      rule.condition = text.slice(conditionStart, lineEnd3);
      mark(["condition"], name.start, lineEnd3);
      break;
    }
    let j = i + 1;
    let operator = null;
    const maybeOperator = rest[j];
    if (maybeOperator !== void 0 && !maybeOperator.quoted && OPERATORS.has(maybeOperator.text)) {
      operator = maybeOperator.text;
      j++;
    }
    const open = rest[j];
    if (open === void 0) return { message: "attribute without a value", start: name.start, end: name.end };
    const values = [];
    if (!open.quoted && open.text === "{") {
      j++;
      while (j < rest.length && !(rest[j]?.text === "}" && rest[j]?.quoted === false)) values.push(rest[j++]);
      if (j >= rest.length) return { message: "'{' is not closed on this line", start: open.start, end: open.end };
    } else {
      values.push(open);
    }
    const last = rest[j] ?? open;
    setOwn(rule.attributes, name.text, { operator, values: values.map((v) => v.text) });
    mark(["attributes", name.text], name.start, last.end);
    values.forEach((v, k) => mark(["attributes", name.text, "values", k], v.start, v.end));
    i = j + 1;
  }
  return rule;
}
function tokenize2(text, start, end) {
  const tokens = [];
  let at = start;
  while (at < end) {
    at = skipBlanks(text, at, end);
    if (at >= end) break;
    const c = text.charAt(at);
    if (c === "{" || c === "}") {
      tokens.push({ text: c, start: at, end: at + 1, quoted: false });
      at++;
    } else if (c === '"') {
      let value = "";
      let i = at + 1;
      for (; i < end && text.charAt(i) !== '"'; i++) {
        if (text.charAt(i) === "\\" && i + 1 < end) i++;
        value += text.charAt(i);
      }
      if (i >= end) return { message: "unterminated quoted string", offset: at };
      tokens.push({ text: value, start: at, end: i + 1, quoted: true });
      at = i + 1;
    } else {
      let i = at;
      while (i < end && !isBlank(text.charCodeAt(i)) && !'{}"'.includes(text.charAt(i))) i++;
      tokens.push({ text: text.slice(at, i), start: at, end: i, quoted: false });
      at = i;
    }
  }
  return tokens;
}

// src/formats/index.ts
var parsers = Object.freeze({
  "apt-conf": aptConfParser,
  dockerfile: dockerfileParser,
  dotenv: dotenvParser,
  hcl: hclParser,
  html: htmlParser,
  ini: iniParser,
  json: jsonParser,
  json5: json5Parser,
  jsonc: jsoncParser,
  "keycloak-realm": keycloakRealmParser,
  "litespeed-export": litespeedExportParser,
  "netlify-headers": netlifyHeadersParser,
  "nfs-exports": nfsExportsParser,
  nginx: nginxParser,
  openvpn: openvpnParser,
  "php-config": phpConfigParser,
  "smb-conf": sambaParser,
  squid: squidParser,
  terraform: terraformParser,
  "terraform-plan": terraformPlanParser,
  "text-lines": textLinesParser,
  toml: tomlParser,
  usbguard: usbguardParser,
  yaml: yamlParser
});
function getParser(id) {
  return Object.hasOwn(parsers, id) ? parsers[id] : void 0;
}

export {
  gitWorkTree,
  findConfig,
  detectFormat,
  discover,
  getParser
};
