import { describe, expect, it } from "vitest";
import { phpConfigParser } from "../../src/formats/php-config.js";
import type { DocPath, Range } from "../../src/types.js";
import { only, range } from "../helpers/parse.js";

const PASSWORD = "db-pa55word-PLACEHOLDER";

const WP_CONFIG = [
  "<?php", //                                                              1
  "/**", //                                                                2
  " * The base configuration for WordPress", //                            3
  " */", //                                                                4
  "define( 'DB_NAME', 'wordpress' );", //                                  5
  `define( 'DB_PASSWORD', '${PASSWORD}' );`, //                            6
  "define( 'DB_HOST', getenv('DB_HOST') ?: 'localhost' );", //             7
  "define('AUTH_KEY',         'put your unique phrase here');", //         8
  "define('SECURE_AUTH_KEY',  'put your unique phrase here');", //         9
  "$table_prefix = 'wp_';", //                                             10
  "define( 'WP_DEBUG', false );", //                                       11
  "define( 'WP_AUTO_UPDATE_CORE', 'minor' ); // security releases only", // 12
  "define( 'AUTOMATIC_UPDATER_DISABLED', FALSE );", //                     13
  "# define( 'DISALLOW_FILE_MODS', true );", //                            14
  "define( 'WP_CACHE', true );", //                                        15
  "define( 'WP_MEMORY_LIMIT', '256' . 'M' );", //                          16
  "define( 'WP_CACHE', false ); /* ignored: first definition wins */", //  17
  "if ( ! defined( 'ABSPATH' ) ) {", //                                    18
  "\tdefine( 'ABSPATH', __DIR__ . '/' );", //                              19
  "}", //                                                                  20
  "require_once ABSPATH . 'wp-settings.php';", //                          21
  "",
].join("\n");

const SUPER_CACHE = [
  "<?php", //                                                              1
  "/*", //                                                                 2
  "WP-Cache Config Sample File", //                                        3
  "*/", //                                                                 4
  "if ( ! defined('WPCACHEHOME') )", //                                    5
  "\tdefine( 'WPCACHEHOME', WP_PLUGIN_DIR . '/wp-super-cache/' );", //     6
  "$cache_compression = 0; // Super cache compression", //                 7
  "$cache_enabled = true;", //                                             8
  "$super_cache_enabled = true;", //                                       9
  "$cache_max_time = 3600;", //                                            10
  "$wp_cache_mod_rewrite = 0;", //                                         11
  "$cache_rejected_uri = array ( 0 => 'wp-.*\\\\.php', 1 => 'index\\\\.php', 2 => '/contact/', );", // 12
  "$wpsc_rejected_cookies = array();", //                                  13
  "$wp_cache_not_logged_in = 2;", //                                       14
  "$wp_cache_make_known_anon = 0;", //                                     15
  "$wp_cache_pages[ \"search\" ] = 0;", //                                 16
  "$wp_cache_pages[ 'feed' ] = 1;", //                                     17
  "$cache_path = WP_CONTENT_DIR . '/cache/';", //                          18
  "$cache_page_secret = \"ab${x}c\";", //                                  19
  "",
].join("\n");

const W3TC_JSON = [
  "<?php exit; ?>{", //                                                    1
  '    "version": "2.8.13",', //                                           2
  '    "pgcache.enabled": true,', //                                       3
  '    "pgcache.reject.logged": true,', //                                 4
  '    "pgcache.reject.uri": [', //                                        5
  '        "wp-.*\\\\.php",', //                                           6
  '        "index\\\\.php"', //                                            7
  "    ],", //                                                             8
  '    "pgcache.cache.query": false', //                                   9
  "}", //                                                                  10
].join("\n");

const W3TC_LEGACY = [
  "<?php", //                                                              1
  "", //                                                                   2
  "return array(", //                                                      3
  "\t'dbcache.enabled' => false,", //                                      4
  "\t'pgcache.enabled' => true,", //                                       5
  "\t'pgcache.lifetime' => 3600,", //                                      6
  "\t'pgcache.reject.uri' => array(", //                                   7
  "\t\t0 => 'wp-.*\\\\.php',", //                                          8
  "\t\t1 => 'index\\\\.php',", //                                          9
  "\t),", //                                                               10
  "\t'pgcache.cookiegroups.groups' => array(", //                          11
  "\t\t'mobile' => array( 'cache' => TRUE, 'agents' => [ \"iphone\", 'android' ] ),", // 12
  "\t),", //                                                               13
  "\t'minify.lifetime' => -86400.5,", //                                   14
  ");", //                                                                 15
  "$after_return = 1;", //                                                 16
  "",
].join("\n");

describe("phpConfigParser", () => {
  it("reads wp-config.php constants, keeping computed values as expressions", () => {
    const document = only(phpConfigParser.parse(WP_CONFIG, "wp-config.php"));
    expect(document.value).toEqual({
      constants: {
        DB_NAME: "wordpress",
        DB_PASSWORD: PASSWORD,
        DB_HOST: { $expr: "getenv('DB_HOST') ?: 'localhost'" },
        AUTH_KEY: "put your unique phrase here",
        SECURE_AUTH_KEY: "put your unique phrase here",
        WP_DEBUG: false,
        WP_AUTO_UPDATE_CORE: "minor",
        AUTOMATIC_UPDATER_DISABLED: false,
        WP_CACHE: true,
        WP_MEMORY_LIMIT: "256M",
        ABSPATH: { $expr: "__DIR__ . '/'" },
      },
      variables: { table_prefix: "wp_" },
    });
  });

  it("reads WP Super Cache variable assignments", () => {
    const document = only(phpConfigParser.parse(SUPER_CACHE, "wp-content/wp-cache-config.php"));
    expect(document.value).toEqual({
      constants: { WPCACHEHOME: { $expr: "WP_PLUGIN_DIR . '/wp-super-cache/'" } },
      variables: {
        cache_compression: 0,
        cache_enabled: true,
        super_cache_enabled: true,
        cache_max_time: 3600,
        wp_cache_mod_rewrite: 0,
        cache_rejected_uri: ["wp-.*\\.php", "index\\.php", "/contact/"],
        wpsc_rejected_cookies: [],
        wp_cache_not_logged_in: 2,
        wp_cache_make_known_anon: 0,
        wp_cache_pages: { search: 0, feed: 1 },
        cache_path: { $expr: "WP_CONTENT_DIR . '/cache/'" },
        cache_page_secret: { $expr: '"ab${x}c"' },
      },
    });
  });

  it("reads W3 Total Cache JSON behind the exit guard", () => {
    const document = only(phpConfigParser.parse(W3TC_JSON, "wp-content/w3tc-config/master.php"));
    expect(document.value).toEqual({
      constants: {},
      variables: {},
      returned: {
        version: "2.8.13",
        "pgcache.enabled": true,
        "pgcache.reject.logged": true,
        "pgcache.reject.uri": ["wp-.*\\.php", "index\\.php"],
        "pgcache.cache.query": false,
      },
    });
  });

  it("reads a legacy W3 Total Cache `return array(...)` and stops at the return", () => {
    const document = only(phpConfigParser.parse(W3TC_LEGACY, "wp-content/w3tc-config/master.php"));
    expect(document.value).toEqual({
      constants: {},
      variables: {},
      returned: {
        "dbcache.enabled": false,
        "pgcache.enabled": true,
        "pgcache.lifetime": 3600,
        "pgcache.reject.uri": ["wp-.*\\.php", "index\\.php"],
        "pgcache.cookiegroups.groups": { mobile: { cache: true, agents: ["iphone", "android"] } },
        "minify.lifetime": -86400.5,
      },
    });
  });

  it.each<[string, string, DocPath, Range]>([
    ["wp-config constant", WP_CONFIG, ["constants", "WP_AUTO_UPDATE_CORE"], range(12, 32, 12, 39)],
    ["first definition wins", WP_CONFIG, ["constants", "WP_CACHE"], range(15, 21, 15, 25)],
    ["computed constant", WP_CONFIG, ["constants", "DB_HOST"], range(7, 20, 7, 52)],
    ["variable", WP_CONFIG, ["variables", "table_prefix"], range(10, 17, 10, 22)],
    ["missing path: whole text", WP_CONFIG, ["constants", "DISALLOW_FILE_MODS"], range(1, 1, 21, 42)],
    ["array element", SUPER_CACHE, ["variables", "cache_rejected_uri", 1], range(12, 56, 12, 69)],
    ["missing element: the array", SUPER_CACHE, ["variables", "cache_rejected_uri", 9], range(12, 23, 12, 90)],
    ["indexed assignment", SUPER_CACHE, ["variables", "wp_cache_pages", "feed"], range(17, 29, 17, 30)],
    ["guarded JSON", W3TC_JSON, ["returned", "pgcache.reject.uri", 1], range(7, 9, 7, 22)],
    ["guarded JSON root", W3TC_JSON, ["returned"], range(1, 15, 10, 2)],
    ["legacy element", W3TC_LEGACY, ["returned", "pgcache.reject.uri", 0], range(8, 8, 8, 21)],
    ["legacy negative float", W3TC_LEGACY, ["returned", "minify.lifetime"], range(14, 23, 14, 31)],
  ])("locates %s", (_name, text, path, expected) => {
    const document = only(phpConfigParser.parse(text, "config.php"));
    expect(document.locate(path)).toEqual(expected);
  });

  it("locates a deeply nested value to the exact line and column", () => {
    const document = only(phpConfigParser.parse(W3TC_LEGACY, "master.php"));
    const path = ["returned", "pgcache.cookiegroups.groups", "mobile", "agents", 1];
    expect(document.locate(path)).toEqual(range(12, 63, 12, 72));
    expect(W3TC_LEGACY.split("\n")[11]?.slice(62, 71)).toBe("'android'");
  });

  it.each<[string, (text: string) => string]>([
    ["CRLF", (text) => text.replace(/\n/g, "\r\n")],
    ["BOM", (text) => `\uFEFF${text}`],
    ["BOM and CRLF", (text) => `\uFEFF${text.replace(/\n/g, "\r\n")}`],
  ])("gives identical values and ranges with %s", (_name, variant) => {
    const cases: Array<[string, DocPath]> = [
      [WP_CONFIG, ["constants", "WP_AUTO_UPDATE_CORE"]],
      [SUPER_CACHE, ["variables", "cache_rejected_uri", 2]],
      [W3TC_LEGACY, ["returned", "pgcache.cookiegroups.groups", "mobile", "agents", 0]],
    ];
    for (const [text, path] of cases) {
      const plain = only(phpConfigParser.parse(text, "a.php"));
      const changed = only(phpConfigParser.parse(variant(text), "a.php"));
      expect(changed.value).toEqual(plain.value);
      expect(changed.locate(path)).toEqual(plain.locate(path));
    }
  });

  it.each<[string, string, Range]>([
    ["unterminated string", `<?php\ndefine( 'DB_PASSWORD', '${PASSWORD} );\n`, range(2, 24, 2, 25)],
    ["unterminated array", "<?php\n$cache_rejected_uri = array(\n  'wp-.*\\.php',\n", range(2, 23, 2, 29)],
    ["missing comma", "<?php\nreturn [ 'a' => 1 'b' => 2 ];\n", range(2, 23, 2, 24)],
    ["unclosed define", "<?php\ndefine( 'WP_CACHE', true;\n", range(2, 25, 2, 26)],
    ["broken guarded JSON", '<?php exit; ?>{\n  "a": ,\n}', range(2, 8, 2, 9)],
    ["secret in broken guarded JSON", `<?php exit; ?>{"pw": "${PASSWORD}" x}`, range(1, 48, 1, 49)],
  ])("reports a positioned error for %s, never quoting values", (_name, text, expected) => {
    const result = phpConfigParser.parse(text, "broken.php");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.range).toEqual(expected);
    expect(result.errors[0]?.message).not.toContain(PASSWORD);
  });

  it.each<[string, string, unknown]>([
    ["escapes in double quotes", '<?php $a = "tab\\there \\$x";', { a: "tab\there $x" }],
    ["single quotes keep other escapes", "<?php $a = 'it\\'s \\n';", { a: "it's \\n" }],
    ["case-insensitive keywords", "<?php $a = [TRUE, False, NULL];", { a: [true, false, null] }],
    ["numbers", "<?php $a = [-1, 0x1F, 1_000, 1.5e3, 010];", { a: [-1, 31, 1000, 1500, 8] }],
    ["mixed keys", "<?php $a = ['x', 'k' => 'y', 'z'];", { a: { "0": "x", k: "y", "1": "z" } }],
    ["function calls are computed", "<?php $a = my_setting( 'x' );", { a: { $expr: "my_setting( 'x' )" } }],
    ["ternaries are computed", "<?php $a = $b ? 1 : 2;", { a: { $expr: "$b ? 1 : 2" } }],
    ["assignments inside functions are not globals", "<?php function f() { $a = 1; }\n$b = 2;", { b: 2 }],
    ["comparisons are not assignments", "<?php if ( $a == 1 ) { echo 'x'; }", {}],
    ["unterminated string in skipped code", "<?php echo 'oops", {}],
    ["HTML outside PHP tags", "<?php $a = 1; ?><p>it's</p><?php $b = 2;", { a: 1, b: 2 }],
    ["an element added to a list", "<?php $a = ['x'];\n$a['k'] = 'y';", { a: { "0": "x", k: "y" } }],
    ["non-literal define names", "<?php define( $name, 1 ); define( 'A', 2 );", {}],
    [
      "WP Rocket's generated config",
      "<?php\ndefined( 'ABSPATH' ) || exit;\n$rocket_cache_reject_uri = '/(?:.+/)?feed(?:/(?:.+/?)?)?$|/contact/(.*)';\n" +
        "$rocket_cache_reject_cookies = 'wordpress_logged_in_.+|wp-postpass_|comment_author_';\n$rocket_cache_query_strings = array();\n",
      {
        rocket_cache_reject_uri: "/(?:.+/)?feed(?:/(?:.+/?)?)?$|/contact/(.*)",
        rocket_cache_reject_cookies: "wordpress_logged_in_.+|wp-postpass_|comment_author_",
        rocket_cache_query_strings: [],
      },
    ],
  ])("reads %s", (_name, text, variables) => {
    const document = only(phpConfigParser.parse(text, "a.php"));
    expect((document.value as { variables: unknown }).variables).toEqual(variables);
  });
});
