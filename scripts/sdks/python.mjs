// The Python SDK: OpenAPI Generator `python` (pydantic v2, urllib3) into build/sdks/python, held to the
// vectors by pytest (sdks/python/test_vectors.py) and used by sdks/python/example_update.py.
import path from 'node:path';
import { repoRoot } from '../lib/paths.mjs';
import { openapiGenerate } from './openapi-generator.mjs';
import { reportsDir, sdkBuildDir, sdkConfigDir, sdkDocument } from './paths.mjs';
import { run, runOrThrow } from '../lib/run.mjs';
import { junitCounts } from './reports.mjs';

const config = sdkConfigDir('python');
const out = sdkBuildDir('python');
const report = path.join(reportsDir, 'python.xml');
/** @param {string} python */
const env = (python) => ({
  PYTHONPATH: [out, config].join(path.delimiter),
  // Bytecode goes to build/, not beside the harness in sdks/.
  PYTHONPYCACHEPREFIX: path.join(repoRoot, 'build', 'pycache'),
  PYTHON_FOR_SDK: python,
});

/** @type {import('./languages.mjs').Language} */
export const python = {
  name: 'python',
  label: 'Python (OpenAPI Generator python 7.26.0)',
  tools: [
    ['python3', '--version'],
    ['java', '-version'],
  ],
  needsVenv: true,
  inputs: () => [
    sdkDocument,
    path.join(config, 'generator.yaml'),
    path.join(config, 'templates'),
    path.join(config, 'requirements.txt'),
  ],
  async generate({ venv }) {
    await openapiGenerate({
      venvDir: venv.dir,
      generator: 'python',
      out,
      config: path.join(config, 'generator.yaml'),
      templates: path.join(config, 'templates'),
    });
    await runOrThrow(venv.python, ['-c', 'import juspay_customer'], { env: env(venv.python) });
  },
  async build() {},
  async test(vectorsEnv, { venv }) {
    const { code, output } = await run(
      venv.python,
      ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '--junitxml', report, config],
      { env: { ...env(venv.python), ...vectorsEnv } },
    );
    return { code, output, counts: await junitCounts([report]) };
  },
};
