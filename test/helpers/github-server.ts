import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";

/**
 * A real HTTP server on 127.0.0.1 that answers like the GitHub REST API from recorded responses,
 * so the code under test runs its real Octokit, fetch, headers and pagination over a socket.
 */

/** One recorded answer. `{{baseUrl}}` in a header or the body becomes the server's URL (for `link`). */
export interface RecordedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * A request the server knows, matched on method, path and the exact set of query parameters.
 * `responses` is a sequence: the n-th matching request gets the n-th answer and the last one
 * repeats, which is how a test sees a comment list before and after a create.
 */
export interface RecordedRoute {
  method: string;
  path: string;
  query?: Record<string, string>;
  responses: RecordedResponse[];
}

/** A request as the server received it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON when the request sent JSON, else the raw text ("" for none). */
  body: unknown;
}

/** A running server. */
export interface GitHubServer {
  /** Base URL to give Octokit (`baseUrl`) or the CLI (`GITHUB_API_URL`). */
  url: string;
  /** Every request, in arrival order. */
  requests: ReceivedRequest[];
  /** Requests no route matched (answered 404), so a test can insist on none. */
  unmatched: ReceivedRequest[];
  close(): Promise<void>;
}

const FIXTURES = fileURLToPath(new URL("../fixtures/github/", import.meta.url));

/** The routes of `test/fixtures/github/<name>.json` (an object with a `routes` array). */
export function loadRecording(name: string): RecordedRoute[] {
  const parsed = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8")) as { routes: RecordedRoute[] };
  return parsed.routes;
}

function routeKey(method: string, path: string, query: Record<string, string>): string {
  const params = Object.entries(query).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${method.toUpperCase()} ${path}?${new URLSearchParams(params).toString()}`;
}

/** Starts a server on a random loopback port answering from the given routes (later routes win on the same key). */
export async function startGitHubServer(routes: readonly RecordedRoute[]): Promise<GitHubServer> {
  const table = new Map<string, { responses: RecordedResponse[]; served: number }>();
  for (const route of routes) table.set(routeKey(route.method, route.path, route.query ?? {}), { responses: route.responses, served: 0 });
  const requests: ReceivedRequest[] = [];
  const unmatched: ReceivedRequest[] = [];
  let baseUrl = "";
  const fill = (text: string): string => text.replaceAll("{{baseUrl}}", baseUrl);

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", baseUrl);
      const text = Buffer.concat(chunks).toString("utf8");
      const isJson = (req.headers["content-type"] ?? "").includes("json") && text !== "";
      const received: ReceivedRequest = {
        method: req.method ?? "GET",
        path: decodeURIComponent(url.pathname),
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body: isJson ? (JSON.parse(text) as unknown) : text,
      };
      requests.push(received);
      const entry = table.get(routeKey(received.method, received.path, received.query));
      if (!entry) {
        unmatched.push(received);
        res.writeHead(404, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify({ message: `Not Found (nothing recorded for ${received.method} ${url.pathname}${url.search})` }));
        return;
      }
      const answer = entry.responses[Math.min(entry.served, entry.responses.length - 1)] ?? { status: 500 };
      entry.served++;
      const headers = Object.fromEntries(Object.entries(answer.headers ?? {}).map(([name, value]) => [name, fill(value)]));
      if (answer.status === 204 || answer.body === undefined) {
        res.writeHead(answer.status, headers);
        res.end();
        return;
      }
      res.writeHead(answer.status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(fill(JSON.stringify(answer.body)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    requests,
    unmatched,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve(); // closed already: a test may stop it to see a failure
        // fetch keeps connections alive; drop them or close() waits for their idle timeout.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** For a test file: `serve(recording)` starts a server on a recording; it is closed after each test. */
export function recordedServers(): (recording: string) => Promise<GitHubServer> {
  let current: GitHubServer | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (recording) => {
    current = await startGitHubServer(loadRecording(recording));
    return current;
  };
}
