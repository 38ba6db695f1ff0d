import { createRequire as __norecurCreateRequire } from "node:module";
const require = __norecurCreateRequire(import.meta.url);

// src/adapters/normalized/unknown.ts
function unknownValue(reason) {
  return { $unknown: reason };
}
function isUnknown(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  const key = keys[0];
  return (key === "$expr" || key === "$unknown") && typeof value[key] === "string";
}
function unknownReason(marker) {
  return "$expr" in marker ? `\`${marker.$expr}\` is not a literal` : marker.$unknown;
}
function findUnknown(value, limit = 1e4) {
  let budget = limit;
  const walk = (node, path) => {
    if (budget-- <= 0) return void 0;
    if (isUnknown(node)) return { path, marker: node };
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const hit = walk(node[i], [...path, i]);
        if (hit) return hit;
      }
    } else if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        const hit = walk(child, [...path, key]);
        if (hit) return hit;
      }
    }
    return void 0;
  };
  return walk(value, []);
}

export {
  unknownValue,
  isUnknown,
  unknownReason,
  findUnknown
};
