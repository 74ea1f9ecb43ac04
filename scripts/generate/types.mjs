// TypeScript types for paths and components, with every component schema also exported by
// its own name (Customer, UpdateCustomerBody, ErrorResponse, ...).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const banner = '// Generated from openapi/ by `npm run generate`. Do not edit by hand.\n\n';

/**
 * @param {string} outDir
 * @returns {Promise<string[]>} the files written, relative to outDir
 */
export async function generateTypes(outDir) {
  const ast = await openapiTS(pathToFileURL(path.join(outDir, 'openapi.json')), {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
  });
  const file = 'types.ts';
  await writeFile(path.join(outDir, file), banner + astToString(ast));
  return [file];
}
