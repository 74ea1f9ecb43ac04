// `npm run check:breaking [-- --base FILE --revision FILE]`: fails when the document breaks
// clients of the last release without a major version bump. By default it compares a fresh
// bundle of openapi/ with generated/baseline/openapi.json (written by `npm run release`).
import { parseArgs } from 'node:util';
import path from 'node:path';
import { baselineJson, describeChanges, diffReport, judge, withBundledSource } from './breaking/diff.mjs';

const { values } = parseArgs({ options: { base: { type: 'string' }, revision: { type: 'string' } } });
const base = path.resolve(values.base ?? baselineJson);

try {
  const report = values.revision
    ? await diffReport(base, path.resolve(values.revision))
    : await withBundledSource((revision) => diffReport(base, revision));
  const { major, minor, patch } = report.summary;
  console.log(
    `Changes since release ${report.infoVersions.base} (now ${report.infoVersions.revision}): ` +
      `${major} major, ${minor} minor, ${patch} patch.`,
  );
  for (const line of describeChanges(report)) console.log(line);
  const problems = judge(report);
  for (const problem of problems) console.error(`✖ ${problem}`);
  if (problems.length > 0) process.exit(1);
  console.log('✔ No breaking change without a major version bump.');
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(2);
}
