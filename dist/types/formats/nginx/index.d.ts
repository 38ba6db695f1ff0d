export { NGINX_PATHS, NGINX_SNIFFED_PATHS, sniffNginx } from "./detect.js";
export { effectiveDirectives, type EffectiveDirective, type EffectiveMap, type EffectiveScope, type NginxDirective, type NginxLocation, type NginxServer, } from "./effective.js";
export { resolveIncludes, type IncludeLookup } from "./includes.js";
export { nginxParser, type NginxConfig, type NginxInclude } from "./parser.js";
