import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);
import {
  GitHubError,
  fatalError,
  isApiFailure,
  rateLimitReason
} from "./chunk-WTCQLU6T.js";
import {
  COMMENT_LIMIT,
  FINDINGS_HEAD,
  byUrgency,
  escapeMarkdown,
  findingRow,
  location,
  renderWithin,
  ruleChangesBlock
} from "./chunk-D5DYQBSA.js";
import {
  WAIVER_EXTENDED
} from "./chunk-AGQN5FQL.js";

// src/github/pr-comment.ts
var MAX_COMMENT_LENGTH = 65536;
var DEFAULT_RESOLVED = "**norecur**: every finding reported earlier on this pull request is resolved.";
var TRUNCATED = "\n\n\u2026 (truncated: GitHub limits a comment to 65,536 characters; the job summary has the full report)";
async function upsertPrComment(options) {
  const { client, owner, repo, issueNumber } = options;
  const markerLine = markerLineOf(options.marker);
  const text = options.body?.trim() ? options.body : void 0;
  const earlier = await findComment(client, owner, repo, issueNumber, markerLine);
  if (!earlier && text === void 0) return { action: "skipped" };
  const wanted = compose(markerLine, text ?? options.resolvedBody ?? DEFAULT_RESOLVED);
  if (!earlier) {
    const created = await write(
      `POST /repos/${owner}/${repo}/issues/${issueNumber}/comments`,
      () => client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: wanted })
    );
    return { action: "created", commentId: created.data.id, url: created.data.html_url };
  }
  if (normalize(earlier.body) === normalize(wanted)) return { action: "unchanged", commentId: earlier.id, url: earlier.html_url };
  const updated = await write(
    `PATCH /repos/${owner}/${repo}/issues/comments/${earlier.id}`,
    () => client.rest.issues.updateComment({ owner, repo, comment_id: earlier.id, body: wanted })
  );
  return { action: "updated", commentId: updated.data.id, url: updated.data.html_url };
}
function markerLineOf(marker) {
  const key = marker.trim().replace(/^<!--\s*/, "").replace(/\s*-->$/, "");
  if (!/^norecur:[A-Za-z0-9_.:/-]+$/.test(key)) throw new TypeError(`PR comment marker must look like "norecur:<name>", not "${marker}"`);
  return `<!-- ${key} -->`;
}
function compose(markerLine, text) {
  const full = `${markerLine}
${text.trim()}
`;
  return full.length <= MAX_COMMENT_LENGTH ? full : `${full.slice(0, MAX_COMMENT_LENGTH - TRUNCATED.length)}${TRUNCATED}`;
}
function normalize(body) {
  return body.replace(/\r\n/g, "\n").trimEnd();
}
async function findComment(client, owner, repo, issueNumber, markerLine) {
  const what = `GET /repos/${owner}/${repo}/issues/${issueNumber}/comments`;
  try {
    const pages = client.paginate.iterator(client.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
    for await (const page of pages) {
      for (const comment of page.data) {
        if (comment.body?.startsWith(markerLine)) return { id: comment.id, body: comment.body, html_url: comment.html_url };
      }
    }
  } catch (error) {
    throw fatalError(error, what);
  }
  return void 0;
}
async function write(what, request) {
  try {
    return await request();
  } catch (error) {
    const fatal = fatalError(error, what);
    if (fatal instanceof GitHubError && fatal.status === 403 && isApiFailure(error) && rateLimitReason(error, /* @__PURE__ */ new Date()) === void 0) {
      throw new GitHubError(
        `${fatal.message}: the token needs the pull-requests: write (or issues: write) permission; pull requests from forks get a read-only GITHUB_TOKEN`,
        403
      );
    }
    throw fatal;
  }
}

// src/report/markdown/pr-comment.ts
var PR_COMMENT_MARKER = "<!-- norecur:pr-comment -->";
function renderPrComment(result, options) {
  const context = { policies: new Map(options.policies.map((p) => [p.id, p])), incidents: options.incidents, fileUrl: options.fileUrl };
  const fresh = byUrgency(options.diff.new.filter((f) => f.status !== "waived" && f.policyId !== WAIVER_EXTENDED));
  const inline = result.waivers.filter((w) => w.waiver.origin === "inline" && options.changedLines?.get(w.waiver.file)?.has(w.waiver.range.line));
  const inlineSources = new Set(inline.map((w) => `${w.waiver.file}:${w.waiver.range.line}`));
  const newlyWaived = options.diff.new.filter((f) => f.status === "waived" && !inlineSources.has(f.waiver?.source ?? ""));
  const extended = options.diff.new.filter((f) => f.policyId === WAIVER_EXTENDED);
  const fixed = options.diff.fixed;
  const changes = options.ruleChanges ?? [];
  const waiverChanges = newlyWaived.length + inline.length + extended.length;
  if (fresh.length + waiverChanges + fixed.length + changes.length === 0) return null;
  const failing = fresh.filter((f) => f.status === "fail").length;
  const lead = [
    `**${fresh.length} new finding${fresh.length === 1 ? "" : "s"}**${fresh.length > failing ? ` (${fresh.length - failing} could not be decided)` : ""}`,
    `**${fixed.length} fixed**`,
    ...waiverChanges > 0 ? [`${waiverChanges} waiver change${waiverChanges === 1 ? "" : "s"}`] : [],
    ...changes.length > 0 ? [`${changes.length} change${changes.length === 1 ? "" : "s"} to the rules`] : []
  ].join(", ");
  const blocks = [
    `${PR_COMMENT_MARKER}
## norecur: this pull request

${lead}; failing at ${result.failOn} and above.
`,
    { head: `
### New findings (${fresh.length})

${FINDINGS_HEAD}`, items: fresh.map((f) => findingRow(f, context)), more: (n) => `
\u2026 and ${n} more in the job summary.
` },
    {
      head: `
### Fixed (${fixed.length})

| Severity | Policy | Location | Finding |
| --- | --- | --- | --- |
`,
      items: fixed.map((f) => `| ${f.severity} | ${escapeMarkdown(f.policyId)} | ${location(f, { fileUrl: void 0 })} | ${escapeMarkdown(f.message)} |
`),
      more: (n) => `
\u2026 and ${n} more.
`
    },
    {
      head: `
### Waivers added or extended (${waiverChanges})

`,
      items: [
        ...inline.map((w) => `- **inline waiver** for ${escapeMarkdown(w.waiver.policy)} at ${escapeMarkdown(`${w.waiver.file}:${w.waiver.range.line}`)} by ${escapeMarkdown(w.waiver.owner)} until ${w.waiver.expires}: ${escapeMarkdown(w.waiver.reason)} (covers ${w.matched} finding${w.matched === 1 ? "" : "s"})
`),
        ...newlyWaived.map((f) => waivedItem(f, context)),
        ...extended.map((f) => `- **extended** at ${location(f, context)}: ${escapeMarkdown(f.message)}
`)
      ],
      more: (n) => `- \u2026 and ${n} more
`
    }
  ];
  if (changes.length > 0) blocks.push(ruleChangesBlock(changes));
  return renderWithin(blocks, options.maxBytes ?? COMMENT_LIMIT);
}
function waivedItem(f, context) {
  const w = f.waiver;
  const by = w ? ` by ${escapeMarkdown(w.owner)} until ${w.expires}: ${escapeMarkdown(w.reason)} (${escapeMarkdown(w.source)})` : "";
  return `- **added** for ${escapeMarkdown(f.policyId)} at ${location(f, context)}${by}
`;
}

export {
  upsertPrComment,
  PR_COMMENT_MARKER,
  renderPrComment
};
