// Generated from openapi/ by `npm run generate` (scripts/generate/validator.mjs). Do not edit by hand.
// @ts-nocheck -- Ajv's standalone output is plain JavaScript; the exports at the end carry the types.

/** An Ajv check compiled from the document: true when valid, else `errors` says why. */
export interface Check {
  (data: unknown): boolean;
  errors?: CheckError[] | null;
}

export interface CheckError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export interface BodyRules {
  check: Check;
  /** The body's fields, in the document's order. */
  fields: readonly string[];
  /** Each field's maxLength, so that an oversized value is refused without scanning it. */
  maxLength: Readonly<Record<string, number>>;
}

export interface ParameterRules {
  in: 'path' | 'header' | 'query' | 'cookie';
  required: boolean;
  maxLength?: number;
  check: Check;
}

export interface Rules {
  body: BodyRules;
  /** By parameter name, as the document spells it (`customer_id`, `x-merchantid`, ...). */
  parameters: Readonly<Record<string, ParameterRules>>;
  /** By HTTP status, for every response with a JSON body. */
  responses: Readonly<Record<string, Check>>;
}

var compiled = (() => {
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __commonJS = (cb, mod) => function __require() {
    try {
      return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
    } catch (e) {
      throw mod = 0, e;
    }
  };
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key) && key !== except)
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    }
    return to;
  };
  var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

  // node_modules/ajv/dist/runtime/ucs2length.js
  var require_ucs2length = __commonJS({
    "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", { value: true });
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
      exports.default = ucs2length;
      ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
    }
  });

  // rules.js
  var rules_exports = {};
  __export(rules_exports, {
    rules: () => rules
  });

  // ajv:ajv-standalone
  var checkBody = validate21;
  var func1 = require_ucs2length().default;
  var pattern4 = new RegExp("^[A-Za-z0-9!#$%&'*+/=?^`{|}~-](?:[._]*[A-Za-z0-9!#$%&'*+/=?^`{|}~-])*@[A-Za-z0-9](?:-*[A-Za-z0-9])*(?:\\.[A-Za-z0-9](?:-*[A-Za-z0-9])*)+$", "u");
  var pattern5 = new RegExp("^[A-Za-z0-9()._-]+$", "u");
  var pattern7 = new RegExp("^[0-9]+$", "u");
  var pattern8 = new RegExp("^[+]?[0-9]+$", "u");
  function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate21.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length < 1) {
        const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "email_address" || key0 === "first_name" || key0 === "last_name" || key0 === "mobile_country_code" || key0 === "mobile_number")) {
          const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 } };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.email_address !== void 0) {
        let data0 = data.email_address;
        if (typeof data0 === "string") {
          if (func1(data0) > 128) {
            const err2 = { instancePath: instancePath + "/email_address", schemaPath: "#/components/schemas/EmailAddress/maxLength", keyword: "maxLength", params: { limit: 128 } };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (func1(data0) < 5) {
            const err3 = { instancePath: instancePath + "/email_address", schemaPath: "#/components/schemas/EmailAddress/minLength", keyword: "minLength", params: { limit: 5 } };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (!pattern4.test(data0)) {
            const err4 = { instancePath: instancePath + "/email_address", schemaPath: "#/components/schemas/EmailAddress/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9!#$%&'*+/=?^`{|}~-](?:[._]*[A-Za-z0-9!#$%&'*+/=?^`{|}~-])*@[A-Za-z0-9](?:-*[A-Za-z0-9])*(?:\\.[A-Za-z0-9](?:-*[A-Za-z0-9])*)+$" } };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        } else {
          const err5 = { instancePath: instancePath + "/email_address", schemaPath: "#/components/schemas/EmailAddress/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.first_name !== void 0) {
        let data1 = data.first_name;
        if (typeof data1 === "string") {
          if (func1(data1) > 64) {
            const err6 = { instancePath: instancePath + "/first_name", schemaPath: "#/components/schemas/PersonName/maxLength", keyword: "maxLength", params: { limit: 64 } };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (func1(data1) < 1) {
            const err7 = { instancePath: instancePath + "/first_name", schemaPath: "#/components/schemas/PersonName/minLength", keyword: "minLength", params: { limit: 1 } };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (!pattern5.test(data1)) {
            const err8 = { instancePath: instancePath + "/first_name", schemaPath: "#/components/schemas/PersonName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9()._-]+$" } };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        } else {
          const err9 = { instancePath: instancePath + "/first_name", schemaPath: "#/components/schemas/PersonName/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.last_name !== void 0) {
        let data2 = data.last_name;
        if (typeof data2 === "string") {
          if (func1(data2) > 64) {
            const err10 = { instancePath: instancePath + "/last_name", schemaPath: "#/components/schemas/PersonName/maxLength", keyword: "maxLength", params: { limit: 64 } };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (func1(data2) < 1) {
            const err11 = { instancePath: instancePath + "/last_name", schemaPath: "#/components/schemas/PersonName/minLength", keyword: "minLength", params: { limit: 1 } };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (!pattern5.test(data2)) {
            const err12 = { instancePath: instancePath + "/last_name", schemaPath: "#/components/schemas/PersonName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9()._-]+$" } };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        } else {
          const err13 = { instancePath: instancePath + "/last_name", schemaPath: "#/components/schemas/PersonName/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      if (data.mobile_country_code !== void 0) {
        let data3 = data.mobile_country_code;
        if (typeof data3 === "string") {
          if (func1(data3) > 4) {
            const err14 = { instancePath: instancePath + "/mobile_country_code", schemaPath: "#/components/schemas/MobileCountryCode/maxLength", keyword: "maxLength", params: { limit: 4 } };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (func1(data3) < 1) {
            const err15 = { instancePath: instancePath + "/mobile_country_code", schemaPath: "#/components/schemas/MobileCountryCode/minLength", keyword: "minLength", params: { limit: 1 } };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (!pattern7.test(data3)) {
            const err16 = { instancePath: instancePath + "/mobile_country_code", schemaPath: "#/components/schemas/MobileCountryCode/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" } };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        } else {
          const err17 = { instancePath: instancePath + "/mobile_country_code", schemaPath: "#/components/schemas/MobileCountryCode/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (data.mobile_number !== void 0) {
        let data4 = data.mobile_number;
        if (typeof data4 === "string") {
          if (func1(data4) > 16) {
            const err18 = { instancePath: instancePath + "/mobile_number", schemaPath: "#/components/schemas/MobileNumber/maxLength", keyword: "maxLength", params: { limit: 16 } };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (func1(data4) < 1) {
            const err19 = { instancePath: instancePath + "/mobile_number", schemaPath: "#/components/schemas/MobileNumber/minLength", keyword: "minLength", params: { limit: 1 } };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (!pattern8.test(data4)) {
            const err20 = { instancePath: instancePath + "/mobile_number", schemaPath: "#/components/schemas/MobileNumber/pattern", keyword: "pattern", params: { pattern: "^[+]?[0-9]+$" } };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        } else {
          const err21 = { instancePath: instancePath + "/mobile_number", schemaPath: "#/components/schemas/MobileNumber/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    } else {
      const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    validate21.errors = vErrors;
    return errors === 0;
  }
  validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  var checkParameter0 = validate22;
  var pattern9 = new RegExp("^[!-~]+$", "u");
  function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate22.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (typeof data === "string") {
      if (func1(data) > 128) {
        const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 128 } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (func1(data) < 1) {
        const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!pattern9.test(data)) {
        const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[!-~]+$" } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    validate22.errors = vErrors;
    return errors === 0;
  }
  validate22.evaluated = { "dynamicProps": false, "dynamicItems": false };
  var checkParameter1 = validate23;
  function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate23.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (typeof data === "string") {
      if (func1(data) > 128) {
        const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 128 } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (func1(data) < 1) {
        const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!pattern9.test(data)) {
        const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[!-~]+$" } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    validate23.errors = vErrors;
    return errors === 0;
  }
  validate23.evaluated = { "dynamicProps": false, "dynamicItems": false };
  var checkParameter2 = validate24;
  function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate24.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (typeof data === "string") {
      if (func1(data) > 128) {
        const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 128 } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (func1(data) < 1) {
        const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!pattern9.test(data)) {
        const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[!-~]+$" } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    validate24.errors = vErrors;
    return errors === 0;
  }
  validate24.evaluated = { "dynamicProps": false, "dynamicItems": false };
  var checkResponse200 = validate25;
  var schema41 = { "type": "object", "title": "Customer", "description": "A customer as Juspay stores it, after the update. Fields not listed here may be added\nby Juspay at any time; clients must ignore fields they do not know.\n", "required": ["id", "object", "object_reference_id", "mobile_number", "date_created", "last_updated"], "properties": { "id": { "type": "string", "description": "Juspay's unique id for the customer (`cst_\u2026`). It can be used as `customer_id` in\nthe path. (One old page calls this field `customer_id`; real responses and every\nSDK say `id`.)\n", "examples": ["cst_om2l6ctlptxwxuzj"] }, "object": { "type": "string", "const": "customer", "description": "The kind of object; always `customer`." }, "object_reference_id": { "type": "string", "description": "The merchant's own id for the customer, given at creation: typically an email\naddress, a mobile number or an auto-increment id from the merchant's database.\n", "examples": ["customer1732614823"] }, "mobile_country_code": { "type": "string", "description": "The customer's mobile country code, without `+`.", "examples": ["91"] }, "mobile_number": { "type": "string", "description": "The customer's mobile number.", "examples": ["9988776644"] }, "email_address": { "type": ["string", "null"], "description": "The customer's email address; `null` when none is stored.", "examples": ["customer@gmail.com"] }, "first_name": { "type": ["string", "null"], "description": "The customer's first name; `null` when none is stored.", "examples": ["Jon"] }, "last_name": { "type": ["string", "null"], "description": "The customer's last name; `null` when none is stored.", "examples": ["Snow"] }, "date_created": { "type": "string", "format": "date-time", "description": "When the customer was created, in UTC. Real responses use RFC 3339\n(`2016-08-02T08:07:52Z`); some older responses use `2016-08-02T08:07:52+0000`, which\nclients should also accept.\n", "examples": ["2016-08-02T08:07:52Z"] }, "last_updated": { "type": "string", "format": "date-time", "description": "When the customer was last updated, in UTC; same format as `date_created`.", "examples": ["2016-08-02T08:07:52Z"] }, "juspay": { "$ref": "#/components/schemas/ClientAuthToken" } } };
  function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate25.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.id === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.object === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.object_reference_id === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object_reference_id" } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.mobile_number === void 0) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mobile_number" } };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.date_created === void 0) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date_created" } };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.last_updated === void 0) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_updated" } };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.id !== void 0) {
        if (typeof data.id !== "string") {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.object !== void 0) {
        let data1 = data.object;
        if (typeof data1 !== "string") {
          const err7 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if ("customer" !== data1) {
          const err8 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/const", keyword: "const", params: { allowedValue: "customer" } };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.object_reference_id !== void 0) {
        if (typeof data.object_reference_id !== "string") {
          const err9 = { instancePath: instancePath + "/object_reference_id", schemaPath: "#/properties/object_reference_id/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.mobile_country_code !== void 0) {
        if (typeof data.mobile_country_code !== "string") {
          const err10 = { instancePath: instancePath + "/mobile_country_code", schemaPath: "#/properties/mobile_country_code/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      if (data.mobile_number !== void 0) {
        if (typeof data.mobile_number !== "string") {
          const err11 = { instancePath: instancePath + "/mobile_number", schemaPath: "#/properties/mobile_number/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (data.email_address !== void 0) {
        let data5 = data.email_address;
        if (typeof data5 !== "string" && data5 !== null) {
          const err12 = { instancePath: instancePath + "/email_address", schemaPath: "#/properties/email_address/type", keyword: "type", params: { type: schema41.properties.email_address.type } };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.first_name !== void 0) {
        let data6 = data.first_name;
        if (typeof data6 !== "string" && data6 !== null) {
          const err13 = { instancePath: instancePath + "/first_name", schemaPath: "#/properties/first_name/type", keyword: "type", params: { type: schema41.properties.first_name.type } };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      if (data.last_name !== void 0) {
        let data7 = data.last_name;
        if (typeof data7 !== "string" && data7 !== null) {
          const err14 = { instancePath: instancePath + "/last_name", schemaPath: "#/properties/last_name/type", keyword: "type", params: { type: schema41.properties.last_name.type } };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (data.date_created !== void 0) {
        if (!(typeof data.date_created === "string")) {
          const err15 = { instancePath: instancePath + "/date_created", schemaPath: "#/properties/date_created/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      if (data.last_updated !== void 0) {
        if (!(typeof data.last_updated === "string")) {
          const err16 = { instancePath: instancePath + "/last_updated", schemaPath: "#/properties/last_updated/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (data.juspay !== void 0) {
        let data10 = data.juspay;
        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
          if (data10.client_auth_token !== void 0) {
            if (typeof data10.client_auth_token !== "string") {
              const err17 = { instancePath: instancePath + "/juspay/client_auth_token", schemaPath: "#/components/schemas/ClientAuthToken/properties/client_auth_token/type", keyword: "type", params: { type: "string" } };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
          if (data10.client_auth_token_expiry !== void 0) {
            if (!(typeof data10.client_auth_token_expiry === "string")) {
              const err18 = { instancePath: instancePath + "/juspay/client_auth_token_expiry", schemaPath: "#/components/schemas/ClientAuthToken/properties/client_auth_token_expiry/type", keyword: "type", params: { type: "string" } };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        } else {
          const err19 = { instancePath: instancePath + "/juspay", schemaPath: "#/components/schemas/ClientAuthToken/type", keyword: "type", params: { type: "object" } };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    } else {
      const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    validate25.errors = vErrors;
    return errors === 0;
  }
  validate25.evaluated = { "props": { "id": true, "object": true, "object_reference_id": true, "mobile_country_code": true, "mobile_number": true, "email_address": true, "first_name": true, "last_name": true, "date_created": true, "last_updated": true, "juspay": true }, "dynamicProps": false, "dynamicItems": false };
  var checkResponse400 = validate26;
  function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate27.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.user_message !== void 0) {
        if (typeof data.user_message !== "string") {
          const err0 = { instancePath: instancePath + "/user_message", schemaPath: "#/properties/user_message/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.developer_message !== void 0) {
        if (typeof data.developer_message !== "string") {
          const err1 = { instancePath: instancePath + "/developer_message", schemaPath: "#/properties/developer_message/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.code !== void 0) {
        if (typeof data.code !== "string") {
          const err2 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.category !== void 0) {
        if (typeof data.category !== "string") {
          const err3 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.href !== void 0) {
        if (typeof data.href !== "string") {
          const err4 = { instancePath: instancePath + "/href", schemaPath: "#/properties/href/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.request_id !== void 0) {
        if (typeof data.request_id !== "string") {
          const err5 = { instancePath: instancePath + "/request_id", schemaPath: "#/properties/request_id/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.fields !== void 0) {
        let data6 = data.fields;
        if (Array.isArray(data6)) {
          const len0 = data6.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data7 = data6[i0];
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
              if (data7.field_name !== void 0) {
                if (typeof data7.field_name !== "string") {
                  const err6 = { instancePath: instancePath + "/fields/" + i0 + "/field_name", schemaPath: "#/components/schemas/FieldError/properties/field_name/type", keyword: "type", params: { type: "string" } };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              }
              if (data7.reason !== void 0) {
                if (typeof data7.reason !== "string") {
                  const err7 = { instancePath: instancePath + "/fields/" + i0 + "/reason", schemaPath: "#/components/schemas/FieldError/properties/reason/type", keyword: "type", params: { type: "string" } };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
            } else {
              const err8 = { instancePath: instancePath + "/fields/" + i0, schemaPath: "#/components/schemas/FieldError/type", keyword: "type", params: { type: "object" } };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        } else {
          const err9 = { instancePath: instancePath + "/fields", schemaPath: "#/properties/fields/type", keyword: "type", params: { type: "array" } };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    } else {
      const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    validate27.errors = vErrors;
    return errors === 0;
  }
  validate27.evaluated = { "props": { "user_message": true, "developer_message": true, "code": true, "category": true, "href": true, "request_id": true, "fields": true }, "dynamicProps": false, "dynamicItems": false };
  function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate26.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.status !== void 0) {
        if (typeof data.status !== "string") {
          const err0 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.error_code !== void 0) {
        if (typeof data.error_code !== "string") {
          const err1 = { instancePath: instancePath + "/error_code", schemaPath: "#/properties/error_code/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.error_message !== void 0) {
        if (typeof data.error_message !== "string") {
          const err2 = { instancePath: instancePath + "/error_message", schemaPath: "#/properties/error_message/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.user_message !== void 0) {
        if (typeof data.user_message !== "string") {
          const err3 = { instancePath: instancePath + "/user_message", schemaPath: "#/properties/user_message/type", keyword: "type", params: { type: "string" } };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.error !== void 0) {
        if (typeof data.error !== "boolean") {
          const err4 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "boolean" } };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.error_info !== void 0) {
        if (!validate27(data.error_info, { instancePath: instancePath + "/error_info", parentData: data, parentDataProperty: "error_info", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    validate26.errors = vErrors;
    return errors === 0;
  }
  validate26.evaluated = { "props": { "status": true, "error_code": true, "error_message": true, "user_message": true, "error": true, "error_info": true }, "dynamicProps": false, "dynamicItems": false };

  // rules.js
  var rules = {
    "body": {
      "check": checkBody,
      "fields": [
        "email_address",
        "first_name",
        "last_name",
        "mobile_country_code",
        "mobile_number"
      ],
      "maxLength": {
        "email_address": 128,
        "first_name": 64,
        "last_name": 64,
        "mobile_country_code": 4,
        "mobile_number": 16
      }
    },
    "parameters": {
      "customer_id": {
        "in": "path",
        "required": true,
        "maxLength": 128,
        "check": checkParameter0
      },
      "x-merchantid": {
        "in": "header",
        "required": true,
        "maxLength": 128,
        "check": checkParameter1
      },
      "x-routing-id": {
        "in": "header",
        "required": false,
        "maxLength": 128,
        "check": checkParameter2
      }
    },
    "responses": {
      "200": checkResponse200,
      "400": checkResponse400,
      "401": checkResponse400,
      "403": checkResponse400,
      "404": checkResponse400
    }
  };
  return __toCommonJS(rules_exports);
})();

export const rules: Rules = compiled.rules;
