"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// build/validators/policy.cjs
module.exports = validate10;
module.exports.default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://norecur.dev/schemas/policy.schema.json", "title": "norecur policy", "type": "object", "additionalProperties": false, "required": ["id", "title", "severity", "description", "incidents", "target", "assert", "remediation"], "properties": { "id": { "type": "string", "pattern": "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$", "description": "Stable id, e.g. NR-UPD-001." }, "title": { "type": "string", "minLength": 1 }, "severity": { "enum": ["critical", "high", "medium", "low", "info"] }, "description": { "type": "string", "minLength": 1 }, "incidents": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "lesson"], "properties": { "id": { "type": "string", "minLength": 1 }, "lesson": { "type": "string", "minLength": 1 } } } }, "controls": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["framework", "id"], "properties": { "framework": { "type": "string" }, "id": { "type": "string" }, "title": { "type": "string" } } } }, "target": { "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "enum": ["document", "kubernetes-object", "repository", "terraform-resource", "page-cache", "update-policy", "identity-policy", "egress-policy", "response-headers"], "description": "Subject kind: raw (document, kubernetes-object, repository, terraform-resource) or normalized across products (page-cache, update-policy, identity-policy, egress-policy)." }, "formats": { "type": "array", "items": { "type": "string" }, "minItems": 1, "description": "Only files read as these formats." }, "paths": { "type": "array", "items": { "type": "string" }, "minItems": 1, "description": "Only files matching these globs." }, "where": { "type": "string", "minLength": 1, "description": "CEL filter over `subject`." }, "select": { "type": "array", "items": { "type": "string", "description": 'A dotted path: a.b[0], a[*], a.*, a["x.y"].' }, "minItems": 1, "description": "Each match becomes a subject." } } }, "related": { "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "enum": ["document", "kubernetes-object", "repository", "terraform-resource", "page-cache", "update-policy", "identity-policy", "egress-policy", "response-headers"], "description": "Subject kind: raw (document, kubernetes-object, repository, terraform-resource) or normalized across products (page-cache, update-policy, identity-policy, egress-policy)." }, "formats": { "type": "array", "items": { "type": "string" }, "minItems": 1, "description": "Only files read as these formats." }, "paths": { "type": "array", "items": { "type": "string" }, "minItems": 1, "description": "Only files matching these globs." }, "where": { "type": "string", "minLength": 1, "description": "CEL filter over `subject`." }, "select": { "type": "array", "items": { "type": "string", "description": 'A dotted path: a.b[0], a[*], a.*, a["x.y"].' }, "minItems": 1, "description": "Each match becomes a subject." } } }, "params": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["description", "default"], "properties": { "description": { "type": "string" }, "default": {}, "type": { "description": "JSON Schema type of the param's values; inferred from the default when absent. Defaults and config overrides are checked against it.", "anyOf": [{ "enum": ["array", "boolean", "integer", "null", "number", "object", "string"] }, { "type": "array", "items": { "enum": ["array", "boolean", "integer", "null", "number", "object", "string"] }, "minItems": 1 }] }, "items": { "type": "object", "description": "JSON Schema of each element of a list param." }, "enum": { "type": "array", "minItems": 1, "description": "The only values allowed." } } } }, "variables": { "type": "object", "description": "Named CEL expressions, defined once and used as `vars.NAME` in `where`, `when`, `cel` and messages.", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "type": "string", "minLength": 1, "description": "A CEL expression." } }, "assert": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "oneOf": [{ "required": ["cel"] }, { "required": ["schema"] }], "properties": { "cel": { "type": "string", "minLength": 1, "description": "A CEL expression." }, "schema": { "type": "object", "description": "A JSON Schema (draft-07) the subject must satisfy." }, "when": { "type": "string", "minLength": 1, "description": "A CEL expression." }, "each": { "type": "string", "description": 'A dotted path: a.b[0], a[*], a.*, a["x.y"].' }, "path": { "type": "string", "description": 'A dotted path: a.b[0], a[*], a.*, a["x.y"].' }, "message": { "type": "string", "minLength": 1 } } } }, "remediation": { "type": "object", "additionalProperties": false, "required": ["summary"], "properties": { "summary": { "type": "string" }, "before": { "type": "string" }, "after": { "type": "string" } } }, "references": { "type": "array", "items": { "type": "string" } }, "waivable": { "type": "boolean", "description": "False when no waiver may ever cover this policy (default true)." }, "tests": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "root", "expect"], "properties": { "name": { "type": "string" }, "root": { "type": "string" }, "expect": { "type": "array", "items": { "type": "string" } } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern0 = new RegExp("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$", "u");
var pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.incidents === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "incidents" }, message: "must have required property 'incidents'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.target === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.assert === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "assert" }, message: "must have required property 'assert'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.remediation === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "remediation" }, message: "must have required property 'remediation'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data2 = data.severity;
      if (!(data2 === "critical" || data2 === "high" || data2 === "medium" || data2 === "low" || data2 === "info")) {
        const err13 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err14 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.incidents !== void 0) {
      let data4 = data.incidents;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.id === void 0) {
              const err16 = { instancePath: instancePath + "/incidents/" + i0, schemaPath: "#/properties/incidents/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data5.lesson === void 0) {
              const err17 = { instancePath: instancePath + "/incidents/" + i0, schemaPath: "#/properties/incidents/items/required", keyword: "required", params: { missingProperty: "lesson" }, message: "must have required property 'lesson'" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key1 in data5) {
              if (!(key1 === "id" || key1 === "lesson")) {
                const err18 = { instancePath: instancePath + "/incidents/" + i0, schemaPath: "#/properties/incidents/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data5.id !== void 0) {
              let data6 = data5.id;
              if (typeof data6 === "string") {
                if (func3(data6) < 1) {
                  const err19 = { instancePath: instancePath + "/incidents/" + i0 + "/id", schemaPath: "#/properties/incidents/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/incidents/" + i0 + "/id", schemaPath: "#/properties/incidents/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data5.lesson !== void 0) {
              let data7 = data5.lesson;
              if (typeof data7 === "string") {
                if (func3(data7) < 1) {
                  const err21 = { instancePath: instancePath + "/incidents/" + i0 + "/lesson", schemaPath: "#/properties/incidents/items/properties/lesson/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/incidents/" + i0 + "/lesson", schemaPath: "#/properties/incidents/items/properties/lesson/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/incidents/" + i0, schemaPath: "#/properties/incidents/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/incidents", schemaPath: "#/properties/incidents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.controls !== void 0) {
      let data8 = data.controls;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.framework === void 0) {
              const err25 = { instancePath: instancePath + "/controls/" + i1, schemaPath: "#/properties/controls/items/required", keyword: "required", params: { missingProperty: "framework" }, message: "must have required property 'framework'" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data9.id === void 0) {
              const err26 = { instancePath: instancePath + "/controls/" + i1, schemaPath: "#/properties/controls/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!(key2 === "framework" || key2 === "id" || key2 === "title")) {
                const err27 = { instancePath: instancePath + "/controls/" + i1, schemaPath: "#/properties/controls/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data9.framework !== void 0) {
              if (typeof data9.framework !== "string") {
                const err28 = { instancePath: instancePath + "/controls/" + i1 + "/framework", schemaPath: "#/properties/controls/items/properties/framework/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data9.id !== void 0) {
              if (typeof data9.id !== "string") {
                const err29 = { instancePath: instancePath + "/controls/" + i1 + "/id", schemaPath: "#/properties/controls/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data9.title !== void 0) {
              if (typeof data9.title !== "string") {
                const err30 = { instancePath: instancePath + "/controls/" + i1 + "/title", schemaPath: "#/properties/controls/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/controls/" + i1, schemaPath: "#/properties/controls/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.target !== void 0) {
      let data13 = data.target;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.kind === void 0) {
          const err33 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        for (const key3 in data13) {
          if (!(key3 === "kind" || key3 === "formats" || key3 === "paths" || key3 === "where" || key3 === "select")) {
            const err34 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data13.kind !== void 0) {
          let data14 = data13.kind;
          if (!(data14 === "document" || data14 === "kubernetes-object" || data14 === "repository" || data14 === "terraform-resource" || data14 === "page-cache" || data14 === "update-policy" || data14 === "identity-policy" || data14 === "egress-policy" || data14 === "response-headers")) {
            const err35 = { instancePath: instancePath + "/target/kind", schemaPath: "#/properties/target/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.target.properties.kind.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data13.formats !== void 0) {
          let data15 = data13.formats;
          if (Array.isArray(data15)) {
            if (data15.length < 1) {
              const err36 = { instancePath: instancePath + "/target/formats", schemaPath: "#/properties/target/properties/formats/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            const len2 = data15.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data15[i2] !== "string") {
                const err37 = { instancePath: instancePath + "/target/formats/" + i2, schemaPath: "#/properties/target/properties/formats/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/target/formats", schemaPath: "#/properties/target/properties/formats/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data13.paths !== void 0) {
          let data17 = data13.paths;
          if (Array.isArray(data17)) {
            if (data17.length < 1) {
              const err39 = { instancePath: instancePath + "/target/paths", schemaPath: "#/properties/target/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            const len3 = data17.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (typeof data17[i3] !== "string") {
                const err40 = { instancePath: instancePath + "/target/paths/" + i3, schemaPath: "#/properties/target/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/target/paths", schemaPath: "#/properties/target/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data13.where !== void 0) {
          let data19 = data13.where;
          if (typeof data19 === "string") {
            if (func3(data19) < 1) {
              const err42 = { instancePath: instancePath + "/target/where", schemaPath: "#/properties/target/properties/where/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = { instancePath: instancePath + "/target/where", schemaPath: "#/properties/target/properties/where/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data13.select !== void 0) {
          let data20 = data13.select;
          if (Array.isArray(data20)) {
            if (data20.length < 1) {
              const err44 = { instancePath: instancePath + "/target/select", schemaPath: "#/properties/target/properties/select/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            const len4 = data20.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (typeof data20[i4] !== "string") {
                const err45 = { instancePath: instancePath + "/target/select/" + i4, schemaPath: "#/properties/target/properties/select/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/target/select", schemaPath: "#/properties/target/properties/select/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.related !== void 0) {
      let data22 = data.related;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.kind === void 0) {
          const err48 = { instancePath: instancePath + "/related", schemaPath: "#/properties/related/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        for (const key4 in data22) {
          if (!(key4 === "kind" || key4 === "formats" || key4 === "paths" || key4 === "where" || key4 === "select")) {
            const err49 = { instancePath: instancePath + "/related", schemaPath: "#/properties/related/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data22.kind !== void 0) {
          let data23 = data22.kind;
          if (!(data23 === "document" || data23 === "kubernetes-object" || data23 === "repository" || data23 === "terraform-resource" || data23 === "page-cache" || data23 === "update-policy" || data23 === "identity-policy" || data23 === "egress-policy" || data23 === "response-headers")) {
            const err50 = { instancePath: instancePath + "/related/kind", schemaPath: "#/properties/related/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.related.properties.kind.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data22.formats !== void 0) {
          let data24 = data22.formats;
          if (Array.isArray(data24)) {
            if (data24.length < 1) {
              const err51 = { instancePath: instancePath + "/related/formats", schemaPath: "#/properties/related/properties/formats/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            const len5 = data24.length;
            for (let i5 = 0; i5 < len5; i5++) {
              if (typeof data24[i5] !== "string") {
                const err52 = { instancePath: instancePath + "/related/formats/" + i5, schemaPath: "#/properties/related/properties/formats/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/related/formats", schemaPath: "#/properties/related/properties/formats/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data22.paths !== void 0) {
          let data26 = data22.paths;
          if (Array.isArray(data26)) {
            if (data26.length < 1) {
              const err54 = { instancePath: instancePath + "/related/paths", schemaPath: "#/properties/related/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            const len6 = data26.length;
            for (let i6 = 0; i6 < len6; i6++) {
              if (typeof data26[i6] !== "string") {
                const err55 = { instancePath: instancePath + "/related/paths/" + i6, schemaPath: "#/properties/related/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/related/paths", schemaPath: "#/properties/related/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data22.where !== void 0) {
          let data28 = data22.where;
          if (typeof data28 === "string") {
            if (func3(data28) < 1) {
              const err57 = { instancePath: instancePath + "/related/where", schemaPath: "#/properties/related/properties/where/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/related/where", schemaPath: "#/properties/related/properties/where/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data22.select !== void 0) {
          let data29 = data22.select;
          if (Array.isArray(data29)) {
            if (data29.length < 1) {
              const err59 = { instancePath: instancePath + "/related/select", schemaPath: "#/properties/related/properties/select/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            const len7 = data29.length;
            for (let i7 = 0; i7 < len7; i7++) {
              if (typeof data29[i7] !== "string") {
                const err60 = { instancePath: instancePath + "/related/select/" + i7, schemaPath: "#/properties/related/properties/select/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
          } else {
            const err61 = { instancePath: instancePath + "/related/select", schemaPath: "#/properties/related/properties/select/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/related", schemaPath: "#/properties/related/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.params !== void 0) {
      let data31 = data.params;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key5 in data31) {
          let data32 = data31[key5];
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            if (data32.description === void 0) {
              const err63 = { instancePath: instancePath + "/params/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (data32.default === void 0) {
              const err64 = { instancePath: instancePath + "/params/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/required", keyword: "required", params: { missingProperty: "default" }, message: "must have required property 'default'" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            for (const key6 in data32) {
              if (!(key6 === "description" || key6 === "default" || key6 === "type" || key6 === "items" || key6 === "enum")) {
                const err65 = { instancePath: instancePath + "/params/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data32.description !== void 0) {
              if (typeof data32.description !== "string") {
                const err66 = { instancePath: instancePath + "/params/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/params/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data32.type !== void 0) {
              let data34 = data32.type;
              const _errs74 = errors;
              let valid23 = false;
              const _errs75 = errors;
              if (!(data34 === "array" || data34 === "boolean" || data34 === "integer" || data34 === "null" || data34 === "number" || data34 === "object" || data34 === "string")) {
                const err67 = { instancePath: instancePath + "/params/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/params/additionalProperties/properties/type/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.params.additionalProperties.properties.type.anyOf[0].enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              var _valid0 = _errs75 === errors;
              valid23 = valid23 || _valid0;
              if (!valid23) {
                const _errs76 = errors;
                if (Array.isArray(data34)) {
                  if (data34.length < 1) {
                    const err68 = { instancePath: instancePath + "/params/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/params/additionalProperties/properties/type/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                  const len8 = data34.length;
                  for (let i8 = 0; i8 < len8; i8++) {
                    let data35 = data34[i8];
                    if (!(data35 === "array" || data35 === "boolean" || data35 === "integer" || data35 === "null" || data35 === "number" || data35 === "object" || data35 === "string")) {
                      const err69 = { instancePath: instancePath + "/params/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/type/" + i8, schemaPath: "#/properties/params/additionalProperties/properties/type/anyOf/1/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.params.additionalProperties.properties.type.anyOf[1].items.enum }, message: "must be equal to one of the allowed values" };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err70 = { instancePath: instancePath + "/params/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/params/additionalProperties/properties/type/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
                var _valid0 = _errs76 === errors;
                valid23 = valid23 || _valid0;
              }
              if (!valid23) {
                const err71 = { instancePath: instancePath + "/params/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/params/additionalProperties/properties/type/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              } else {
                errors = _errs74;
                if (vErrors !== null) {
                  if (_errs74) {
                    vErrors.length = _errs74;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data32.items !== void 0) {
              let data36 = data32.items;
              if (!(data36 && typeof data36 == "object" && !Array.isArray(data36))) {
                const err72 = { instancePath: instancePath + "/params/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/items", schemaPath: "#/properties/params/additionalProperties/properties/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data32.enum !== void 0) {
              let data37 = data32.enum;
              if (Array.isArray(data37)) {
                if (data37.length < 1) {
                  const err73 = { instancePath: instancePath + "/params/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/enum", schemaPath: "#/properties/params/additionalProperties/properties/enum/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              } else {
                const err74 = { instancePath: instancePath + "/params/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/enum", schemaPath: "#/properties/params/additionalProperties/properties/enum/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
          } else {
            const err75 = { instancePath: instancePath + "/params/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.variables !== void 0) {
      let data38 = data.variables;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        for (const key7 in data38) {
          const _errs85 = errors;
          if (typeof key7 === "string") {
            if (!pattern1.test(key7)) {
              const err77 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
          var valid26 = _errs85 === errors;
          if (!valid26) {
            const err78 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        for (const key8 in data38) {
          let data39 = data38[key8];
          if (typeof data39 === "string") {
            if (func3(data39) < 1) {
              const err79 = { instancePath: instancePath + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/variables/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          } else {
            const err80 = { instancePath: instancePath + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/variables/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
      } else {
        const err81 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.assert !== void 0) {
      let data40 = data.assert;
      if (Array.isArray(data40)) {
        if (data40.length < 1) {
          const err82 = { instancePath: instancePath + "/assert", schemaPath: "#/properties/assert/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        const len9 = data40.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data41 = data40[i9];
          const _errs93 = errors;
          let valid30 = false;
          let passing0 = null;
          const _errs94 = errors;
          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            if (data41.cel === void 0) {
              const err83 = { instancePath: instancePath + "/assert/" + i9, schemaPath: "#/properties/assert/items/oneOf/0/required", keyword: "required", params: { missingProperty: "cel" }, message: "must have required property 'cel'" };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          }
          var _valid1 = _errs94 === errors;
          if (_valid1) {
            valid30 = true;
            passing0 = 0;
          }
          const _errs95 = errors;
          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            if (data41.schema === void 0) {
              const err84 = { instancePath: instancePath + "/assert/" + i9, schemaPath: "#/properties/assert/items/oneOf/1/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'" };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          }
          var _valid1 = _errs95 === errors;
          if (_valid1 && valid30) {
            valid30 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid1) {
              valid30 = true;
              passing0 = 1;
            }
          }
          if (!valid30) {
            const err85 = { instancePath: instancePath + "/assert/" + i9, schemaPath: "#/properties/assert/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          } else {
            errors = _errs93;
            if (vErrors !== null) {
              if (_errs93) {
                vErrors.length = _errs93;
              } else {
                vErrors = null;
              }
            }
          }
          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            for (const key9 in data41) {
              if (!(key9 === "cel" || key9 === "schema" || key9 === "when" || key9 === "each" || key9 === "path" || key9 === "message")) {
                const err86 = { instancePath: instancePath + "/assert/" + i9, schemaPath: "#/properties/assert/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data41.cel !== void 0) {
              let data42 = data41.cel;
              if (typeof data42 === "string") {
                if (func3(data42) < 1) {
                  const err87 = { instancePath: instancePath + "/assert/" + i9 + "/cel", schemaPath: "#/properties/assert/items/properties/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              } else {
                const err88 = { instancePath: instancePath + "/assert/" + i9 + "/cel", schemaPath: "#/properties/assert/items/properties/cel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data41.schema !== void 0) {
              let data43 = data41.schema;
              if (!(data43 && typeof data43 == "object" && !Array.isArray(data43))) {
                const err89 = { instancePath: instancePath + "/assert/" + i9 + "/schema", schemaPath: "#/properties/assert/items/properties/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data41.when !== void 0) {
              let data44 = data41.when;
              if (typeof data44 === "string") {
                if (func3(data44) < 1) {
                  const err90 = { instancePath: instancePath + "/assert/" + i9 + "/when", schemaPath: "#/properties/assert/items/properties/when/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              } else {
                const err91 = { instancePath: instancePath + "/assert/" + i9 + "/when", schemaPath: "#/properties/assert/items/properties/when/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data41.each !== void 0) {
              if (typeof data41.each !== "string") {
                const err92 = { instancePath: instancePath + "/assert/" + i9 + "/each", schemaPath: "#/properties/assert/items/properties/each/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data41.path !== void 0) {
              if (typeof data41.path !== "string") {
                const err93 = { instancePath: instancePath + "/assert/" + i9 + "/path", schemaPath: "#/properties/assert/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
            if (data41.message !== void 0) {
              let data47 = data41.message;
              if (typeof data47 === "string") {
                if (func3(data47) < 1) {
                  const err94 = { instancePath: instancePath + "/assert/" + i9 + "/message", schemaPath: "#/properties/assert/items/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              } else {
                const err95 = { instancePath: instancePath + "/assert/" + i9 + "/message", schemaPath: "#/properties/assert/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
          } else {
            const err96 = { instancePath: instancePath + "/assert/" + i9, schemaPath: "#/properties/assert/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
      } else {
        const err97 = { instancePath: instancePath + "/assert", schemaPath: "#/properties/assert/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err97];
        } else {
          vErrors.push(err97);
        }
        errors++;
      }
    }
    if (data.remediation !== void 0) {
      let data48 = data.remediation;
      if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
        if (data48.summary === void 0) {
          const err98 = { instancePath: instancePath + "/remediation", schemaPath: "#/properties/remediation/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'" };
          if (vErrors === null) {
            vErrors = [err98];
          } else {
            vErrors.push(err98);
          }
          errors++;
        }
        for (const key10 in data48) {
          if (!(key10 === "summary" || key10 === "before" || key10 === "after")) {
            const err99 = { instancePath: instancePath + "/remediation", schemaPath: "#/properties/remediation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
        if (data48.summary !== void 0) {
          if (typeof data48.summary !== "string") {
            const err100 = { instancePath: instancePath + "/remediation/summary", schemaPath: "#/properties/remediation/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data48.before !== void 0) {
          if (typeof data48.before !== "string") {
            const err101 = { instancePath: instancePath + "/remediation/before", schemaPath: "#/properties/remediation/properties/before/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        if (data48.after !== void 0) {
          if (typeof data48.after !== "string") {
            const err102 = { instancePath: instancePath + "/remediation/after", schemaPath: "#/properties/remediation/properties/after/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
      } else {
        const err103 = { instancePath: instancePath + "/remediation", schemaPath: "#/properties/remediation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
    if (data.references !== void 0) {
      let data52 = data.references;
      if (Array.isArray(data52)) {
        const len10 = data52.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (typeof data52[i10] !== "string") {
            const err104 = { instancePath: instancePath + "/references/" + i10, schemaPath: "#/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
      } else {
        const err105 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
    if (data.waivable !== void 0) {
      if (typeof data.waivable !== "boolean") {
        const err106 = { instancePath: instancePath + "/waivable", schemaPath: "#/properties/waivable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
    }
    if (data.tests !== void 0) {
      let data55 = data.tests;
      if (Array.isArray(data55)) {
        const len11 = data55.length;
        for (let i11 = 0; i11 < len11; i11++) {
          let data56 = data55[i11];
          if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
            if (data56.name === void 0) {
              const err107 = { instancePath: instancePath + "/tests/" + i11, schemaPath: "#/properties/tests/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
            if (data56.root === void 0) {
              const err108 = { instancePath: instancePath + "/tests/" + i11, schemaPath: "#/properties/tests/items/required", keyword: "required", params: { missingProperty: "root" }, message: "must have required property 'root'" };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
            if (data56.expect === void 0) {
              const err109 = { instancePath: instancePath + "/tests/" + i11, schemaPath: "#/properties/tests/items/required", keyword: "required", params: { missingProperty: "expect" }, message: "must have required property 'expect'" };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
            for (const key11 in data56) {
              if (!(key11 === "name" || key11 === "root" || key11 === "expect")) {
                const err110 = { instancePath: instancePath + "/tests/" + i11, schemaPath: "#/properties/tests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data56.name !== void 0) {
              if (typeof data56.name !== "string") {
                const err111 = { instancePath: instancePath + "/tests/" + i11 + "/name", schemaPath: "#/properties/tests/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data56.root !== void 0) {
              if (typeof data56.root !== "string") {
                const err112 = { instancePath: instancePath + "/tests/" + i11 + "/root", schemaPath: "#/properties/tests/items/properties/root/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data56.expect !== void 0) {
              let data59 = data56.expect;
              if (Array.isArray(data59)) {
                const len12 = data59.length;
                for (let i12 = 0; i12 < len12; i12++) {
                  if (typeof data59[i12] !== "string") {
                    const err113 = { instancePath: instancePath + "/tests/" + i11 + "/expect/" + i12, schemaPath: "#/properties/tests/items/properties/expect/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
              } else {
                const err114 = { instancePath: instancePath + "/tests/" + i11 + "/expect", schemaPath: "#/properties/tests/items/properties/expect/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
          } else {
            const err115 = { instancePath: instancePath + "/tests/" + i11, schemaPath: "#/properties/tests/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
      } else {
        const err116 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
    }
  } else {
    const err117 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err117];
    } else {
      vErrors.push(err117);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
