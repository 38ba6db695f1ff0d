/**
 * Paths that select the nginx format. The first group is unambiguous; files matched only by the
 * second group (`sites-*`, `conf.d`, `snippets`, where other software keeps other syntaxes)
 * should also pass `sniffNginx`. `sites-*` files are always sniffed, even under `nginx/`: they
 * have no suffix, and the directories also hold `.gitignore`, `README` and the like.
 */
export declare const NGINX_PATHS: readonly string[];
/** Paths that hold nginx files in practice, but not only nginx files: sniff these. */
export declare const NGINX_SNIFFED_PATHS: readonly string[];
/** Whether `text` looks like nginx configuration. */
export declare function sniffNginx(text: string): boolean;
