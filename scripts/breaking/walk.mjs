// Walks two versions of a bundled document side by side, from each operation to the schemas it
// sends and receives, and records every pair of schemas (old, new) that sit at the same place,
// with the directions they are used in: `request` (what clients send: parameters, request
// bodies) and `response` (what clients read). A schema reached both ways gets both.

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * @typedef {'request' | 'response'} Direction
 * @typedef {{ base: any, basePointer: string, revision: any, revisionPointer: string,
 *   directions: Set<Direction>, usedAs: Set<string> }} SchemaPair
 */

const isObject = (/** @type {unknown} */ value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const escape = (/** @type {string} */ key) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The node at a local JSON pointer (`#/a/b`), or undefined. @param {any} doc @param {string} pointer */
export function atPointer(doc, pointer) {
  if (!pointer.startsWith('#')) return undefined;
  return pointer
    .slice(2)
    .split('/')
    .filter((part, _index, all) => part !== '' || all.length > 1)
    .reduce((node, part) => (node == null ? undefined : node[part.replace(/~1/g, '/').replace(/~0/g, '~')]), doc);
}

/** Follows local `$ref`s of a non-schema object (parameter, response...) to the object itself. */
function follow(/** @type {any} */ doc, /** @type {any} */ node, /** @type {string} */ pointer) {
  const seen = new Set();
  while (isObject(node) && typeof node.$ref === 'string' && !seen.has(node.$ref)) {
    seen.add(node.$ref);
    pointer = node.$ref;
    node = atPointer(doc, pointer);
  }
  return { node, pointer };
}

/** @param {any} doc */
function operationsOf(doc) {
  /** @type {Map<string, { item: any, op: any, pointer: string }>} */
  const found = new Map();
  for (const [route, rawItem] of Object.entries(doc.paths ?? {})) {
    const { node: item, pointer } = follow(doc, rawItem, `#/paths/${escape(route)}`);
    for (const method of methods) {
      if (isObject(item?.[method]))
        found.set(`${method.toUpperCase()} ${route}`, { item, op: item[method], pointer: `${pointer}/${method}` });
    }
  }
  return found;
}

/** Path-level and operation-level parameters by `in name` (the operation's win). */
function parametersOf(
  /** @type {any} */ doc,
  /** @type {{ item: any, op: any, pointer: string }} */ { item, op, pointer },
) {
  const itemPointer = pointer.slice(0, pointer.lastIndexOf('/'));
  /** @type {Map<string, { node: any, pointer: string }>} */
  const found = new Map();
  const add = (/** @type {any[]} */ list, /** @type {string} */ at) =>
    (list ?? []).forEach((raw, i) => {
      const resolved = follow(doc, raw, `${at}/parameters/${i}`);
      if (isObject(resolved.node)) found.set(`${resolved.node.in} ${resolved.node.name}`, resolved);
    });
  add(item.parameters, itemPointer);
  add(op.parameters, pointer);
  return found;
}

/** @param {any} base @param {any} revision @returns {Map<string, SchemaPair>} */
export function schemaPairs(base, revision) {
  /** @type {Map<string, SchemaPair>} */
  const pairs = new Map();

  /**
   * @param {any} b @param {string} bp @param {any} r @param {string} rp
   * @param {Direction} direction @param {string} usedAs
   */
  const visit = (b, bp, r, rp, direction, usedAs) => {
    if (!isObject(b) || !isObject(r)) return;
    // A $ref (with or without sibling keywords) is followed like an allOf member.
    if (typeof b.$ref === 'string' || typeof r.$ref === 'string') {
      const bt =
        typeof b.$ref === 'string' ? { node: atPointer(base, b.$ref), pointer: b.$ref } : { node: b, pointer: bp };
      const rt =
        typeof r.$ref === 'string' ? { node: atPointer(revision, r.$ref), pointer: r.$ref } : { node: r, pointer: rp };
      if (typeof b.$ref === 'string' && typeof r.$ref === 'string')
        visit({ ...b, $ref: undefined }, bp, { ...r, $ref: undefined }, rp, direction, usedAs);
      visit(bt.node, bt.pointer, rt.node, rt.pointer, direction, usedAs);
      return;
    }
    const key = `${bp} ${rp}`;
    let pair = pairs.get(key);
    const known = pair?.directions.has(direction) && pair.usedAs.has(usedAs);
    if (!pair)
      pairs.set(
        key,
        (pair = {
          base: b,
          basePointer: bp,
          revision: r,
          revisionPointer: rp,
          directions: new Set(),
          usedAs: new Set(),
        }),
      );
    pair.directions.add(direction);
    pair.usedAs.add(usedAs);
    if (known) return;
    for (const [name, child] of Object.entries(b.properties ?? {})) {
      const other = r.properties?.[name];
      if (other !== undefined)
        visit(child, `${bp}/properties/${escape(name)}`, other, `${rp}/properties/${escape(name)}`, direction, name);
    }
    if (isObject(b.items) && isObject(r.items))
      visit(b.items, `${bp}/items`, r.items, `${rp}/items`, direction, `${usedAs}[]`);
    if (isObject(b.additionalProperties) && isObject(r.additionalProperties)) {
      visit(
        b.additionalProperties,
        `${bp}/additionalProperties`,
        r.additionalProperties,
        `${rp}/additionalProperties`,
        direction,
        usedAs,
      );
    }
    for (const keyword of ['allOf', 'anyOf', 'oneOf', 'prefixItems']) {
      (b[keyword] ?? []).forEach((/** @type {any} */ child, /** @type {number} */ i) => {
        if (r[keyword]?.[i] !== undefined)
          visit(child, `${bp}/${keyword}/${i}`, r[keyword][i], `${rp}/${keyword}/${i}`, direction, usedAs);
      });
    }
  };

  /** The `schema` of a parameter, header or media type, when both versions have one. */
  const schemaOf = (
    /** @type {any} */ b,
    /** @type {string} */ bp,
    /** @type {any} */ r,
    /** @type {string} */ rp,
    /** @type {Direction} */ direction,
    /** @type {string} */ usedAs,
  ) => {
    if (b?.schema && r?.schema) visit(b.schema, `${bp}/schema`, r.schema, `${rp}/schema`, direction, usedAs);
  };

  /** Media types present in both versions of a content map. */
  const content = (
    /** @type {any} */ b,
    /** @type {string} */ bp,
    /** @type {any} */ r,
    /** @type {string} */ rp,
    /** @type {Direction} */ direction,
    /** @type {string} */ usedAs,
  ) => {
    for (const [type, media] of Object.entries(b?.content ?? {})) {
      const at = `/content/${escape(type)}`;
      schemaOf(media, `${bp}${at}`, r?.content?.[type], `${rp}${at}`, direction, usedAs);
    }
  };

  const revisionOperations = operationsOf(revision);
  for (const [name, bOp] of operationsOf(base)) {
    const rOp = revisionOperations.get(name);
    if (!rOp) continue;
    const rParams = parametersOf(revision, rOp);
    for (const [key, bParam] of parametersOf(base, bOp)) {
      const rParam = rParams.get(key);
      if (!rParam) continue;
      const usedAs = `${bParam.node.in} parameter ${bParam.node.name}`;
      schemaOf(bParam.node, bParam.pointer, rParam.node, rParam.pointer, 'request', usedAs);
      content(bParam.node, bParam.pointer, rParam.node, rParam.pointer, 'request', usedAs);
    }
    const bBody = follow(base, bOp.op.requestBody, `${bOp.pointer}/requestBody`);
    const rBody = follow(revision, rOp.op.requestBody, `${rOp.pointer}/requestBody`);
    content(bBody.node, bBody.pointer, rBody.node, rBody.pointer, 'request', 'request body');
    for (const [status, rawResponse] of Object.entries(bOp.op.responses ?? {})) {
      if (rOp.op.responses?.[status] === undefined) continue;
      const b = follow(base, rawResponse, `${bOp.pointer}/responses/${escape(status)}`);
      const r = follow(revision, rOp.op.responses[status], `${rOp.pointer}/responses/${escape(status)}`);
      content(b.node, b.pointer, r.node, r.pointer, 'response', `response ${status}`);
      for (const [header, rawHeader] of Object.entries(b.node?.headers ?? {})) {
        if (r.node?.headers?.[header] === undefined) continue;
        const bh = follow(base, rawHeader, `${b.pointer}/headers/${escape(header)}`);
        const rh = follow(revision, r.node.headers[header], `${r.pointer}/headers/${escape(header)}`);
        schemaOf(bh.node, bh.pointer, rh.node, rh.pointer, 'response', `response ${status} header ${header}`);
      }
    }
  }
  return pairs;
}
