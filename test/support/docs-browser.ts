// Headless Chromium for the docs tests, with no download step: the binary ships inside the
// @sparticuz/chromium npm package and is unpacked on first use. CHROMIUM_PATH may name another
// Chromium instead. There is no fallback: a missing browser is an error, never a skipped test.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';
import { repoRoot } from '../../scripts/lib/paths.mjs';

// Flags that keep the browser itself off the network (updates, sync, metrics, safe browsing).
const offlineFlags = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-extensions',
  '--disable-sync',
  '--metrics-recording-only',
  '--no-default-browser-check',
  '--no-first-run',
  '--no-pings',
  '--no-sandbox', // the tests run as root, where Chromium's sandbox cannot start
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = await chromiumExecutable();
  try {
    return await playwright.launch({ executablePath, args: offlineFlags, timeout: 60_000 });
  } catch (error) {
    throw new Error(`could not start Chromium at ${executablePath}: ${(error as Error).message}`);
  }
}

async function chromiumExecutable(): Promise<string> {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH=${override} does not exist`);
    return override;
  }
  return unpackBundledChromium();
}

// The package unpacks into os.tmpdir() and trusts whatever `chromium` it finds there, so two
// test runs unpacking at once could start a half-written binary. Each run unpacks into its
// own folder, then moves it into a per-version cache in one atomic rename; the loser discards
// its copy and uses the winner's.
async function unpackBundledChromium(): Promise<string> {
  const packageJson = path.join(repoRoot, 'node_modules', '@sparticuz', 'chromium', 'package.json');
  const { version } = JSON.parse(await readFile(packageJson, 'utf8'));
  const cacheDir = path.join(tmpdir(), `sparticuz-chromium-${version}`);
  const executable = path.join(cacheDir, 'chromium');
  if (existsSync(executable)) return executable;

  const staging = await mkdtemp(`${cacheDir}-unpacking-`);
  const savedTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    await chromium.executablePath();
  } finally {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
  }
  try {
    await rename(staging, cacheDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(executable)) throw error;
  }
  return executable;
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The width and height a PNG declares in its header; throws if the bytes are not a PNG. */
export function pngSize(image: Buffer): { width: number; height: number } {
  // The signature, then the IHDR chunk: length (4), type (4), width (4), height (4).
  if (image.length < 24 || !image.subarray(0, 8).equals(pngSignature) || image.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error(`not a PNG (${image.length} bytes)`);
  }
  return { width: image.readUInt32BE(16), height: image.readUInt32BE(20) };
}
