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

// build/validators/config.cjs
module.exports = validate10;
module.exports.default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://norecur.dev/schemas/config.schema.json", "title": "norecur configuration", "type": "object", "additionalProperties": false, "properties": { "policies": { "type": "array", "items": { "type": "string" }, "description": "Extra policy directories, relative to this file." }, "builtin": { "type": "boolean", "description": "Load the built-in policy pack (default true)." }, "disable": { "type": "array", "description": "Policies switched off, each with the reason.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "reason"], "properties": { "id": { "type": "string" }, "reason": { "type": "string", "minLength": 1 } } } }, "params": { "type": "object", "description": "Parameter overrides, by policy id.", "additionalProperties": { "type": "object" } }, "ignore": { "type": "array", "items": { "type": "string" }, "description": "Globs of paths never scanned." }, "max-file-size": { "type": "integer", "minimum": 1024, "maximum": 104857600, "description": "Largest file read, in bytes (default 10485760, 10 MiB); larger files are skipped with the reason." }, "fail-on": { "enum": ["critical", "high", "medium", "low", "info"], "description": "Lowest severity that fails the run (default low)." }, "waivers": { "type": "object", "additionalProperties": false, "description": "Governed exceptions: where they live and the rules they must follow.", "properties": { "file": { "type": "string", "minLength": 1, "description": "Waivers file, relative to this file (default .norecur/waivers.yml)." }, "max-horizon-days": { "type": "integer", "minimum": 1, "description": "Furthest an expiry may lie from today, in days (default 90)." }, "expiring-within-days": { "type": "integer", "minimum": 0, "description": "Waivers expiring within this many days are listed as expiring (default 14)." }, "allow-global": { "type": "boolean", "description": "Allow waivers without a path or subject scope (default false)." }, "non-waivable": { "type": "array", "items": { "type": "string" }, "description": "Policy ids no waiver may cover." } } }, "formats": { "type": "array", "description": "Format overrides for custom paths, tried before the built-in detection.", "items": { "type": "object", "additionalProperties": false, "required": ["paths", "format"], "properties": { "paths": { "type": "array", "items": { "type": "string" }, "minItems": 1 }, "format": { "type": "string" } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.policies !== void 0) {
      let data0 = data.policies;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== "string") {
            const err1 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.builtin !== void 0) {
      if (typeof data.builtin !== "boolean") {
        const err3 = { instancePath: instancePath + "/builtin", schemaPath: "#/properties/builtin/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.disable !== void 0) {
      let data3 = data.disable;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.id === void 0) {
              const err4 = { instancePath: instancePath + "/disable/" + i1, schemaPath: "#/properties/disable/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data4.reason === void 0) {
              const err5 = { instancePath: instancePath + "/disable/" + i1, schemaPath: "#/properties/disable/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(key1 === "id" || key1 === "reason")) {
                const err6 = { instancePath: instancePath + "/disable/" + i1, schemaPath: "#/properties/disable/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data4.id !== void 0) {
              if (typeof data4.id !== "string") {
                const err7 = { instancePath: instancePath + "/disable/" + i1 + "/id", schemaPath: "#/properties/disable/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data4.reason !== void 0) {
              let data6 = data4.reason;
              if (typeof data6 === "string") {
                if (func3(data6) < 1) {
                  const err8 = { instancePath: instancePath + "/disable/" + i1 + "/reason", schemaPath: "#/properties/disable/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = { instancePath: instancePath + "/disable/" + i1 + "/reason", schemaPath: "#/properties/disable/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/disable/" + i1, schemaPath: "#/properties/disable/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/disable", schemaPath: "#/properties/disable/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.params !== void 0) {
      let data7 = data.params;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          let data8 = data7[key2];
          if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
            const err12 = { instancePath: instancePath + "/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data9 = data.ignore;
      if (Array.isArray(data9)) {
        const len2 = data9.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data9[i2] !== "string") {
            const err14 = { instancePath: instancePath + "/ignore/" + i2, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data["max-file-size"] !== void 0) {
      let data11 = data["max-file-size"];
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)))) {
        const err16 = { instancePath: instancePath + "/max-file-size", schemaPath: "#/properties/max-file-size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data11 == "number") {
        if (data11 > 104857600 || isNaN(data11)) {
          const err17 = { instancePath: instancePath + "/max-file-size", schemaPath: "#/properties/max-file-size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 104857600 }, message: "must be <= 104857600" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data11 < 1024 || isNaN(data11)) {
          const err18 = { instancePath: instancePath + "/max-file-size", schemaPath: "#/properties/max-file-size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1024 }, message: "must be >= 1024" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data["fail-on"] !== void 0) {
      let data12 = data["fail-on"];
      if (!(data12 === "critical" || data12 === "high" || data12 === "medium" || data12 === "low" || data12 === "info")) {
        const err19 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data13 = data.waivers;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key3 in data13) {
          if (!(key3 === "file" || key3 === "max-horizon-days" || key3 === "expiring-within-days" || key3 === "allow-global" || key3 === "non-waivable")) {
            const err20 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data13.file !== void 0) {
          let data14 = data13.file;
          if (typeof data14 === "string") {
            if (func3(data14) < 1) {
              const err21 = { instancePath: instancePath + "/waivers/file", schemaPath: "#/properties/waivers/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/waivers/file", schemaPath: "#/properties/waivers/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data13["max-horizon-days"] !== void 0) {
          let data15 = data13["max-horizon-days"];
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)))) {
            const err23 = { instancePath: instancePath + "/waivers/max-horizon-days", schemaPath: "#/properties/waivers/properties/max-horizon-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (typeof data15 == "number") {
            if (data15 < 1 || isNaN(data15)) {
              const err24 = { instancePath: instancePath + "/waivers/max-horizon-days", schemaPath: "#/properties/waivers/properties/max-horizon-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
        }
        if (data13["expiring-within-days"] !== void 0) {
          let data16 = data13["expiring-within-days"];
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
            const err25 = { instancePath: instancePath + "/waivers/expiring-within-days", schemaPath: "#/properties/waivers/properties/expiring-within-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (typeof data16 == "number") {
            if (data16 < 0 || isNaN(data16)) {
              const err26 = { instancePath: instancePath + "/waivers/expiring-within-days", schemaPath: "#/properties/waivers/properties/expiring-within-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        }
        if (data13["allow-global"] !== void 0) {
          if (typeof data13["allow-global"] !== "boolean") {
            const err27 = { instancePath: instancePath + "/waivers/allow-global", schemaPath: "#/properties/waivers/properties/allow-global/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data13["non-waivable"] !== void 0) {
          let data18 = data13["non-waivable"];
          if (Array.isArray(data18)) {
            const len3 = data18.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (typeof data18[i3] !== "string") {
                const err28 = { instancePath: instancePath + "/waivers/non-waivable/" + i3, schemaPath: "#/properties/waivers/properties/non-waivable/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/waivers/non-waivable", schemaPath: "#/properties/waivers/properties/non-waivable/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.formats !== void 0) {
      let data20 = data.formats;
      if (Array.isArray(data20)) {
        const len4 = data20.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data21 = data20[i4];
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.paths === void 0) {
              const err31 = { instancePath: instancePath + "/formats/" + i4, schemaPath: "#/properties/formats/items/required", keyword: "required", params: { missingProperty: "paths" }, message: "must have required property 'paths'" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data21.format === void 0) {
              const err32 = { instancePath: instancePath + "/formats/" + i4, schemaPath: "#/properties/formats/items/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            for (const key4 in data21) {
              if (!(key4 === "paths" || key4 === "format")) {
                const err33 = { instancePath: instancePath + "/formats/" + i4, schemaPath: "#/properties/formats/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data21.paths !== void 0) {
              let data22 = data21.paths;
              if (Array.isArray(data22)) {
                if (data22.length < 1) {
                  const err34 = { instancePath: instancePath + "/formats/" + i4 + "/paths", schemaPath: "#/properties/formats/items/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                const len5 = data22.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  if (typeof data22[i5] !== "string") {
                    const err35 = { instancePath: instancePath + "/formats/" + i4 + "/paths/" + i5, schemaPath: "#/properties/formats/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
              } else {
                const err36 = { instancePath: instancePath + "/formats/" + i4 + "/paths", schemaPath: "#/properties/formats/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data21.format !== void 0) {
              if (typeof data21.format !== "string") {
                const err37 = { instancePath: instancePath + "/formats/" + i4 + "/format", schemaPath: "#/properties/formats/items/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/formats/" + i4, schemaPath: "#/properties/formats/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/formats", schemaPath: "#/properties/formats/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
  } else {
    const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
