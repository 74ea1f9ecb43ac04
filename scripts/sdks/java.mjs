// The Java SDK: OpenAPI Generator `java` (okhttp-gson, bean validation) into build/sdks/java, compiled and
// held to the vectors by one Maven project (sdks/java/pom.xml, JUnit 5). Maven runs offline once a run has
// fetched everything the committed pom needs (a stamp of the pom's hash in build/).
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { openapiGenerate } from './openapi-generator.mjs';
import { sdkBuildDir, sdkBuildRoot, sdkConfigDir, sdkDocument } from './paths.mjs';
import { junitCounts } from './reports.mjs';
import { hashInputs, isCurrent, writeStamp } from './stamp.mjs';
import { run } from '../lib/run.mjs';

const config = sdkConfigDir('java');
const pom = path.join(config, 'pom.xml');
const mavenStamp = path.join(sdkBuildRoot, 'maven-cache.stamp');
const surefireReports = path.join(sdkBuildRoot, 'java-target', 'surefire-reports');
// Short-lived JVMs: the C1 compiler alone starts faster and is enough for a build and a test run.
const env = { MAVEN_OPTS: '-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -Xshare:auto' };

/**
 * One Maven invocation; offline when the stamp says the local repository holds what the pom needs, and
 * online once more if the offline run finds something missing.
 * @param {string[]} goals @param {Record<string, string>} [extraEnv]
 */
async function maven(goals, extraEnv = {}) {
  const hash = await hashInputs([pom]);
  const warm = await isCurrent(mavenStamp, hash);
  const args = ['-q', '-B', '-Dstyle.color=never', '-f', pom, ...goals];
  let result = await run('mvn', warm ? ['-o', ...args] : args, { env: { ...env, ...extraEnv } });
  if (warm && result.code !== 0 && /offline mode|has not been downloaded/.test(result.output)) {
    result = await run('mvn', args, { env: { ...env, ...extraEnv } });
  }
  if (!/Could not resolve|Could not transfer|offline mode|has not been downloaded/.test(result.output)) {
    await writeStamp(mavenStamp, hash);
  }
  return result;
}

/** @type {import('./languages.mjs').Language} */
export const java = {
  name: 'java',
  label: 'Java (OpenAPI Generator java/okhttp-gson 7.26.0)',
  tools: [
    ['java', '-version'],
    ['mvn', '-v'],
    ['python3', '--version'],
  ],
  needsVenv: true,
  inputs: () => [
    sdkDocument,
    path.join(config, 'generator.yaml'),
    path.join(config, 'templates'),
    path.join(sdkConfigDir('python'), 'requirements.txt'),
  ],
  async generate({ venv }) {
    await openapiGenerate({
      venvDir: venv.dir,
      generator: 'java',
      out: sdkBuildDir('java'),
      config: path.join(config, 'generator.yaml'),
      templates: path.join(config, 'templates'),
    });
  },
  async build() {
    const { code, output } = await maven(['test-compile']);
    if (code !== 0) throw new Error(`mvn test-compile failed:\n${output.slice(-8000)}`);
  },
  async test(vectorsEnv) {
    const { code, output } = await maven(['test'], vectorsEnv);
    const reports = (await readdir(surefireReports).catch(() => []))
      .filter((name) => /^TEST-.*\.xml$/.test(name))
      .map((name) => path.join(surefireReports, name));
    return { code, output, counts: await junitCounts(reports) };
  },
};
