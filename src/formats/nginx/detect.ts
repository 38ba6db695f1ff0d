/**
 * Paths that select the nginx format. The first group is unambiguous; files matched only by the
 * second group (`sites-*`, `conf.d`, `snippets`, where other software keeps other syntaxes)
 * should also pass `sniffNginx`. `sites-*` files are always sniffed, even under `nginx/`: they
 * have no suffix, and the directories also hold `.gitignore`, `README` and the like.
 */
export const NGINX_PATHS: readonly string[] = [
  "**/nginx.conf",
  "**/nginx/**/*.conf",
  "**/*.nginx.conf",
  "**/*.nginx",
];

/** Paths that hold nginx files in practice, but not only nginx files: sniff these. */
export const NGINX_SNIFFED_PATHS: readonly string[] = [
  "**/conf.d/*.conf",
  "**/sites-available/*",
  "**/sites-enabled/*",
  "**/snippets/*.conf",
  "**/vhosts.d/*.conf",
];

/**
 * Statements that open nginx contexts or are specific to nginx, at the start of a line. One is
 * enough: Apache uses `<VirtualHost>` tags, INI files `key = value`, neither ends lines in `{`.
 */
const NGINX_LINE =
  /^[ \t]*(?:(?:http|server|events|stream|upstream\s+[\w.-]+|map\s+\S+\s+\S+|location\s+[^\n{;]+|if\s*\([^\n]*\))\s*\{|(?:server_name|listen|root|fastcgi_pass|proxy_pass|fastcgi_cache\w*|proxy_cache\w*|add_header|try_files|worker_processes|include)\s[^\n=]*;)/m;

/** Whether `text` looks like nginx configuration. */
export function sniffNginx(text: string): boolean {
  return NGINX_LINE.test(text.slice(0, 64 * 1024));
}
