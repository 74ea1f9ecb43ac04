// Rebuilds everything in generated/ from openapi/: `npm run generate`.
// `--out DIR` writes elsewhere (the drift test compares such a rebuild with generated/).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generatedDir } from './lib/paths.mjs';
import { generateBundles } from './generate/bundle.mjs';
import { generateOpenApi30 } from './generate/openapi30.mjs';
import { generateSdkDocument } from './generate/sdk-document.mjs';
import { generateWireVectors } from './generate/wire-vectors.mjs';
import { generateTypes } from './generate/types.mjs';
import { generateValidator } from './generate/validator.mjs';
import { generateClientPackage } from './generate/client-package.mjs';
import { generateClientEnvironments } from './generate/client-environments.mjs';
import { generateDocs } from './generate/docs.mjs';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outDir = path.resolve(values.out ?? generatedDir);
await mkdir(outDir, { recursive: true });

// Bundling comes first: every other artifact is derived from the bundled document.
const written = await generateBundles(outDir);
written.push(...(await generateOpenApi30(outDir)));
written.push(...(await generateSdkDocument(outDir)));
written.push(...(await generateWireVectors(outDir)));
written.push(...(await generateTypes(outDir)));
written.push(...(await generateValidator(outDir)));
written.push(...(await generateClientPackage(outDir)));
written.push(...(await generateClientEnvironments(outDir)));
written.push(...(await generateDocs(outDir)));

console.log(`generated ${written.length} files in ${path.relative(process.cwd(), outDir) || '.'}:`);
for (const file of written) console.log(`  ${file}`);
