// The breaking-change judge in-process on a recorded `redocly diff` report: how each of Redocly's
// changes becomes a finding (where it is, in words; which way it faces; its level and source),
// merged with the semantic layer's verdicts on rule keywords, and the report that comes out as
// text and as Markdown, word for word. The fixture pair in test/fixtures/breaking/ makes one change
// of each kind the contract can see; test/breaking-changes.test.ts holds the recorded report to
// what `redocly diff` says about the pair today, so the recording cannot drift from the tool. To
// record it again: npx redocly diff test/fixtures/breaking/base.json test/fixtures/breaking/revision.json
//   --config redocly-diff.yaml --format json --fail-on none > test/fixtures/breaking/redocly-diff.json
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { judge } from '../scripts/breaking/findings.mjs';
import { formatJson, formatMarkdown, formatText } from '../scripts/breaking/format.mjs';
import { reportFromDiff } from '../scripts/breaking/report.mjs';
import { repoRoot } from '../scripts/lib/paths.mjs';

const fixtureDir = path.join(repoRoot, 'test', 'fixtures', 'breaking');
const fixture = (file: string) => JSON.parse(readFileSync(path.join(fixtureDir, file), 'utf8'));
const [base, revision, recorded] = ['base.json', 'revision.json', 'redocly-diff.json'].map(fixture);

const report = reportFromDiff(recorded, base, revision);
const { findings, problems } = report;

const operation = '`POST /customers/{customer_id}`';
const [longEmail, longId] = [`"${'A'.repeat(101)}"`, `"${'A'.repeat(65)}"`];

it("turns every change into one finding, most severe first, info.version's own line left out", () => {
  const rows = findings.map((f) => [f.level, f.where, f.direction, f.change, f.keyword, f.field, f.source, f.detail]);
  expect(rows).toEqual([
    [
      'major',
      '`Body` `email_address` `maxLength`',
      'request',
      'narrowed',
      'maxLength',
      'email_address',
      'semantic',
      `narrowed: ${longEmail} was accepted and is now refused`,
    ],
    [
      'major',
      `${operation} header parameter \`x-routing-id\``,
      'request',
      'modified',
      'required',
      'parameters/2/required',
      'redocly parameter-became-required',
      '`x-routing-id` header parameter became required',
    ],
    [
      'major',
      '`Customer` `mobile_number`',
      'response',
      'removed',
      'Schema',
      'mobile_number',
      'redocly property-removed',
      'Property `mobile_number` of `Customer` was removed',
    ],
    [
      'major',
      `${operation} response \`429\``,
      'response',
      'removed',
      'Response',
      'responses/429',
      'redocly response-removed',
      'Response `429` was removed',
    ],
    [
      'minor',
      '`path parameter customer_id` `maxLength`',
      'request',
      'widened',
      'maxLength',
      'path parameter customer_id',
      'semantic',
      `widened: ${longId} was refused and is now accepted`,
    ],
    [
      'minor',
      '`Body` `first_name` `pattern`',
      'request',
      'widened',
      'pattern',
      'first_name',
      'semantic',
      'widened: " " was refused and is now accepted',
    ],
    [
      'minor',
      `${operation} query parameter \`dry_run\``,
      'request',
      'added',
      'Parameter',
      'parameters/3',
      'redocly',
      'added',
    ],
    [
      'minor',
      `${operation} request media type \`application/json\``,
      'request',
      'added',
      'MediaType',
      'requestBody/content/application/json',
      'redocly',
      'added',
    ],
    [
      'minor',
      '`Problem` `error_code`',
      'response',
      'added',
      'Schema',
      'error_code',
      'redocly',
      'property `error_code` added',
    ],
    [
      'minor',
      `${operation} media type \`text/plain\` of response \`400\``,
      'response',
      'added',
      'MediaType',
      'responses/400/content/text/plain',
      'redocly',
      'added',
    ],
    [
      'minor',
      `${operation} headers of response \`400\``,
      'response',
      'added',
      'HeadersMap',
      'responses/400/headers',
      'redocly',
      'added',
    ],
    [
      'patch',
      `${operation} response \`200\``,
      'response',
      'modified',
      'description',
      'responses/200/description',
      'redocly',
      '`description` changed',
    ],
  ]);
  // What a refused release prints (scripts/release.mjs) and the JSON report carry.
  expect(findings.map((f) => f.message)).toEqual([
    `maxLength of \`Body\` \`email_address\` narrowed (request): ${longEmail} was accepted and is now refused.`,
    '`x-routing-id` header parameter became required.',
    'Property `mobile_number` of `Customer` was removed.',
    'Response `429` was removed.',
    `maxLength of \`path parameter customer_id\` widened (request): ${longId} was refused and is now accepted.`,
    'pattern of `Body` `first_name` widened (request): " " was refused and is now accepted.',
    `${operation} query parameter \`dry_run\`: added.`,
    `${operation} request media type \`application/json\`: added.`,
    '`Problem` `error_code`: property `error_code` added.',
    `${operation} media type \`text/plain\` of response \`400\`: added.`,
    `${operation} headers of response \`400\`: added.`,
    `${operation} response \`200\`: \`description\` changed.`,
  ]);
});

it('needs a major release, and refuses 1.5.0 for it', () => {
  expect(report).toMatchObject({
    base: { version: '1.4.0' },
    revision: { version: '1.5.0' },
    summary: { major: 4, minor: 7, patch: 1 },
    required: 'major',
    ok: false,
  });
  expect(JSON.parse(formatJson(report))).toEqual(report);
  expect(problems).toEqual([
    '4 breaking change(s) since release 1.4.0, but info.version is 1.5.0. Existing clients would break: undo the ' +
      'change, or release it as a new major version (`npm run release -- major`).',
  ]);
  expect(judge(findings, '1.4.0', '2.0.0')).toEqual([]);
});

it('reads as text, every finding with where, which way, and what changed', () => {
  expect(formatText(report)).toBe(
    [
      'Changes since release 1.4.0 (now 1.5.0): 4 major, 7 minor, 1 patch.',
      '  major  Body email_address maxLength (request)',
      `         narrowed: ${longEmail} was accepted and is now refused`,
      '  major  POST /customers/{customer_id} header parameter x-routing-id (request)',
      '         x-routing-id header parameter became required',
      '  major  Customer mobile_number (response)',
      '         Property mobile_number of Customer was removed',
      '  major  POST /customers/{customer_id} response 429 (response)',
      '         Response 429 was removed',
      '  minor  path parameter customer_id maxLength (request)',
      `         widened: ${longId} was refused and is now accepted`,
      '  minor  Body first_name pattern (request)',
      '         widened: " " was refused and is now accepted',
      '  minor  POST /customers/{customer_id} query parameter dry_run (request)',
      '         added',
      '  minor  POST /customers/{customer_id} request media type application/json (request)',
      '         added',
      '  minor  Problem error_code (response)',
      '         property error_code added',
      '  minor  POST /customers/{customer_id} media type text/plain of response 400 (response)',
      '         added',
      '  minor  POST /customers/{customer_id} headers of response 400 (response)',
      '         added',
      '  patch  POST /customers/{customer_id} response 200 (response)',
      '         description changed',
      '',
    ].join('\n'),
  );
});

it('reads as Markdown for a pull request: the refusal, a table, the patch-level changes folded', () => {
  const row = (level: string, where: string, direction: string, change: string) =>
    `| ${level} | ${where} | ${direction} | ${change} |`;
  const header = ['| Level | Where | Direction | Change |', '| --- | --- | --- | --- |'];
  expect(formatMarkdown(report)).toBe(
    [
      '### ❌ Contract check: this change cannot ship as versioned',
      '',
      'Against release 1.4.0, `info.version` 1.5.0: **4 major**, 7 minor, 1 patch (the next release needs at ' +
        'least **major**).',
      '',
      `> **${problems[0]}**`,
      '',
      ...header,
      row(
        'major',
        '`Body` `email_address` `maxLength`',
        'request',
        `narrowed: \`"${'A'.repeat(24)}…"\` (101 characters) was accepted and is now refused`,
      ),
      row(
        'major',
        `${operation} header parameter \`x-routing-id\``,
        'request',
        '`x-routing-id` header parameter became required',
      ),
      row('major', '`Customer` `mobile_number`', 'response', 'Property `mobile_number` of `Customer` was removed'),
      row('major', `${operation} response \`429\``, 'response', 'Response `429` was removed'),
      row(
        'minor',
        '`path parameter customer_id` `maxLength`',
        'request',
        `widened: \`"${'A'.repeat(24)}…"\` (65 characters) was refused and is now accepted`,
      ),
      row('minor', '`Body` `first_name` `pattern`', 'request', 'widened: `" "` was refused and is now accepted'),
      row('minor', `${operation} query parameter \`dry_run\``, 'request', 'added'),
      row('minor', `${operation} request media type \`application/json\``, 'request', 'added'),
      row('minor', '`Problem` `error_code`', 'response', 'property `error_code` added'),
      row('minor', `${operation} media type \`text/plain\` of response \`400\``, 'response', 'added'),
      row('minor', `${operation} headers of response \`400\``, 'response', 'added'),
      '',
      '<details><summary>1 patch-level change</summary>',
      '',
      ...header,
      row('patch', `${operation} response \`200\``, 'response', '`description` changed'),
      '',
      '</details>',
      '',
      '<sub>Request rules that accept more are minor, accept less major; response rules that allow more values are ' +
        'major, fewer minor. Examples are the shortest strings that one version accepts and the other refuses.</sub>',
      '',
    ].join('\n'),
  );
});
