// Test counts from JUnit XML reports (pytest --junitxml, Maven Surefire).
import { readFile } from 'node:fs/promises';

/** @param {string[]} files @returns {Promise<{ tests: number, failed: number }>} */
export async function junitCounts(files) {
  let tests = 0;
  let failed = 0;
  for (const file of files) {
    const xml = await readFile(file, 'utf8').catch(() => '');
    for (const [suite] of xml.matchAll(/<testsuite\b[^>]*>/g)) {
      const attribute = (/** @type {string} */ name) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(suite)?.[1] ?? 0);
      tests += attribute('tests') - attribute('skipped');
      failed += attribute('failures') + attribute('errors');
    }
  }
  return { tests, failed };
}
