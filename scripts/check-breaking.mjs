#!/usr/bin/env node
// `npm run check:breaking`: fails when the contract breaks clients of the last release without a
// major version bump. The usage text below is the reference; docs/breaking-changes.md explains.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { baselineJson, withBundledSource } from './breaking/diff.mjs';
import { formats } from './breaking/format.mjs';
import { reportFor } from './breaking/report.mjs';
import { startedAsCommand } from './lib/entry.mjs';

export const usage = `Usage: npm run check:breaking -- [--base FILE] [--revision FILE] [--format text|json|markdown]

Compares the contract with the last released one and fails when a change would break clients
without a major version bump. Rules (pattern, lengths, enum, required...) are judged by what they
accept: in a request, accepting more is minor and less is major; in a response, allowing more
values is major and fewer is minor.

Options:
  --base FILE        the released bundled document (default: generated/baseline/openapi.json)
  --revision FILE    the bundled document to judge (default: a fresh bundle of openapi/)
  --format FORMAT    text (default), json (one JSON document on stdout) or markdown (for a
                     pull-request comment)
  -h, --help         print this help

Exit status: 0 no breaking change (or one released as a new major version), 1 a breaking change
without a major version bump or info.version going backwards, 2 the check could not run.
`;

/**
 * Runs the check; returns the exit status. Output goes through `io` so tests can run it in-process.
 * @param {string[]} argv
 * @param {{ out: (text: string) => void, err: (text: string) => void }} io
 */
export async function main(argv, io) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        base: { type: 'string' },
        revision: { type: 'string' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.err(`✖ ${/** @type {Error} */ (error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const format = /** @type {keyof typeof formats} */ (values.format);
  if (!Object.hasOwn(formats, format)) {
    io.err(`✖ Unknown --format ${JSON.stringify(values.format)}: use text, json or markdown.\n\n${usage}`);
    return 2;
  }
  const base = path.resolve(values.base ?? baselineJson);
  try {
    const report = values.revision
      ? await reportFor(base, path.resolve(values.revision))
      : await withBundledSource((revision) => reportFor(base, revision));
    io.out(formats[format](report));
    if (format === 'text') for (const problem of report.problems) io.err(`✖ ${problem}\n`);
    return report.ok ? 0 : 1;
  } catch (error) {
    const message = /** @type {Error} */ (error).message;
    if (format === 'json') io.out(`${JSON.stringify({ error: message }, null, 2)}\n`);
    io.err(`✖ The breaking-change check could not run: ${message}\n`);
    return 2;
  }
}

if (startedAsCommand(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
