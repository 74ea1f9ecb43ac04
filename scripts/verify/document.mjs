// The document's own verdicts, computed with Ajv 2020 on the bundled document: on a request
// the suite is about to send (which rule it breaks, if any), and on an answer a server gave
// (is its status declared, its Content-Type the declared one, its body and declared headers
// valid). Nothing a server sends about itself (an `sl-violations` header, say) is read here:
// the only headers looked at are Content-Type and the ones the document declares.
import { documentAjv, pointerToken } from '../lib/ajv.mjs';
import { operationPath, resolveRef, updateCustomerOperation } from '../lib/spec.mjs';

/** @typedef {{ auth: 'ok' | 'missing' | 'malformed', violations: string[] }} RequestVerdict */

const mediaTypeOf = (/** @type {string | undefined} */ contentType) =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
const errorText = (/** @type {string} */ where, /** @type {import('../lib/ajv.mjs').SchemaError} */ e) =>
  `${where}${e.instancePath} ${e.message ?? e.keyword}`;

/** @type {WeakMap<object, ReturnType<typeof compileRules>>} */
const compiled = new WeakMap();

/** The rules of a document, compiled once per document object (Ajv compiles are not cheap). */
export function documentRules(/** @type {Record<string, any>} */ spec) {
  let rules = compiled.get(spec);
  if (!rules) compiled.set(spec, (rules = compileRules(spec)));
  return rules;
}

/** @param {Record<string, any>} spec */
function compileRules(spec) {
  const { validatorAt } = documentAjv(spec);
  const operation = updateCustomerOperation(spec);
  const operationPointer = `#/paths/${pointerToken(operationPath)}/post`;
  /** Where a possibly-$ref'd node of the document lives, as a JSON pointer. */
  const pointerOf = (/** @type {any} */ node, /** @type {string} */ fallback) =>
    typeof node?.$ref === 'string' ? node.$ref : fallback;
  const parameters = [
    ...(spec.paths[operationPath].parameters ?? []).map((/** @type {any} */ p, /** @type {number} */ i) => ({
      p,
      at: `#/paths/${pointerToken(operationPath)}/parameters/${i}`,
    })),
    ...(operation.parameters ?? []).map((/** @type {any} */ p, /** @type {number} */ i) => ({
      p,
      at: `${operationPointer}/parameters/${i}`,
    })),
  ].map(({ p, at }) => {
    const parameter = resolveRef(spec, p);
    return { ...parameter, validate: validatorAt(`${pointerOf(p, at)}/schema`) };
  });
  const mediaTypes = Object.keys(operation.requestBody.content);
  const bodyValidators = Object.fromEntries(
    mediaTypes.map((m) => [m, validatorAt(`${operationPointer}/requestBody/content/${pointerToken(m)}/schema`)]),
  );
  const statuses = Object.keys(operation.responses);

  /**
   * @param {{ customerId: string, headers: Record<string, string>, bodyText: string }} request
   *   headers with lower-case names, as sent
   * @returns {RequestVerdict}
   */
  function requestVerdict({ customerId, headers, bodyText }) {
    const violations = [];
    const authorization = headers.authorization;
    /** @type {RequestVerdict['auth']} */
    let auth = 'ok';
    if (authorization === undefined) auth = 'missing';
    else {
      // HTTP Basic (RFC 7617): base64 of `user:password`; the scheme name is case-insensitive.
      const match = /^basic ([A-Za-z0-9+/]+={0,2})$/i.exec(authorization);
      if (
        !match ||
        !Buffer.from(/** @type {string} */ (match[1]), 'base64')
          .toString('utf8')
          .includes(':')
      )
        auth = 'malformed';
    }
    for (const parameter of parameters) {
      const value = parameter.in === 'path' ? customerId : headers[parameter.name.toLowerCase()];
      if (value === undefined) {
        if (parameter.required) violations.push(`${parameter.in} ${parameter.name}: required but missing`);
        continue;
      }
      for (const e of parameter.validate(value).errors)
        violations.push(errorText(`${parameter.in} ${parameter.name}`, e));
    }
    const mediaType = mediaTypeOf(headers['content-type']);
    const validate = bodyValidators[mediaType];
    if (!validate) {
      violations.push(
        `body: Content-Type ${JSON.stringify(headers['content-type'] ?? '(none)')} is not one the document takes`,
      );
    } else {
      let body;
      try {
        body =
          mediaType === 'application/json' ? JSON.parse(bodyText) : Object.fromEntries(new URLSearchParams(bodyText));
      } catch {
        violations.push('body: not JSON');
      }
      if (body !== undefined) for (const e of validate(body).errors) violations.push(errorText('body', e));
    }
    return { auth, violations };
  }

  /**
   * What in an answer breaks the document, in words.
   * @param {number} status
   * @param {Record<string, string | string[] | undefined>} headers as received (lower-case names)
   * @param {string} text the body
   * @returns {string[]}
   */
  function answerProblems(status, headers, text) {
    const key = String(status);
    const responseKey = operation.responses[key] ? key : operation.responses[`${key[0]}XX`] ? `${key[0]}XX` : 'default';
    if (!operation.responses[responseKey])
      return [`${status} is not a status the document declares (${statuses.join(', ')})`];
    const declared = declaredResponse(responseKey);
    const problems = [];
    for (const header of declared.headers) {
      const value = headers[header.lowerName];
      if (value === undefined) {
        if (header.required) problems.push(`header ${header.name}: required but missing`);
        continue;
      }
      for (const e of validatorAt(header.schemaPointer)(Array.isArray(value) ? value.join(', ') : value).errors)
        problems.push(errorText(`header ${header.name}`, e));
    }
    if (declared.mediaTypes.length === 0) return problems;
    const contentType = /** @type {string | undefined} */ (headers['content-type']);
    const mediaType = mediaTypeOf(contentType);
    if (!declared.mediaTypes.includes(mediaType)) {
      problems.push(
        `Content-Type ${JSON.stringify(contentType ?? '(none)')} is not the declared ${declared.mediaTypes.join(' or ')}`,
      );
      return problems;
    }
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      problems.push(text ? `the body is not JSON` : `the body is empty`);
      return problems;
    }
    const validate = validatorAt(/** @type {string} */ (declared.bodySchemaPointers.get(mediaType)));
    for (const e of validate(body).errors) problems.push(errorText('body', e));
    return problems;
  }

  /** @type {Map<string, ReturnType<typeof readResponse>>} */
  const declaredResponses = new Map();
  /** A declared response (a status, `4XX` or `default`) as answerProblems reads it: worked out once per key. */
  const declaredResponse = (/** @type {string} */ responseKey) => {
    let declared = declaredResponses.get(responseKey);
    if (!declared) declaredResponses.set(responseKey, (declared = readResponse(responseKey)));
    return declared;
  };
  function readResponse(/** @type {string} */ responseKey) {
    const node = operation.responses[responseKey];
    const pointer = pointerOf(node, `${operationPointer}/responses/${responseKey}`);
    const response = resolveRef(spec, node);
    const headers = Object.entries(response.headers ?? {}).map(([name, header]) => ({
      name,
      lowerName: name.toLowerCase(),
      required: Boolean(resolveRef(spec, header).required),
      schemaPointer: `${pointerOf(header, `${pointer}/headers/${pointerToken(name)}`)}/schema`,
    }));
    const mediaTypes = Object.keys(response.content ?? {});
    const bodySchemaPointers = new Map(mediaTypes.map((m) => [m, `${pointer}/content/${pointerToken(m)}/schema`]));
    return { headers, mediaTypes, bodySchemaPointers };
  }

  return { operation, statuses, mediaTypes, parameters, requestVerdict, answerProblems };
}

export { mediaTypeOf };
