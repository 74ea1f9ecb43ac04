// The published reference (generated/docs/index.html) as a reader meets it: opened from disk in
// a real headless Chromium with every network request intercepted, it must show the whole
// operation without fetching anything. What it must show is read from the bundled document.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { generatedDir } from '../scripts/lib/paths.mjs';
import { operationPath, resolveRef, updateCustomerOperation } from '../scripts/lib/spec.mjs';
import { bundledSpec } from './support/bundled-schema.js';
import { launchChromium, pngSize } from './support/docs-browser.js';

const docsDir = path.join(generatedDir, 'docs');
const pageUrl = pathToFileURL(path.join(docsDir, 'index.html')).href;
// Committed so that a reviewer sees the rendered operation; the drift test ignores it. Another
// browser or other fonts give other bytes, so only UPDATE_SCREENSHOT=1 rewrites it; any other
// run saves its picture in a temporary folder, checked all the same.
const committedScreenshot = path.join(docsDir, 'update-customer.png');
const updateScreenshot = process.env.UPDATE_SCREENSHOT === '1';

const operation = updateCustomerOperation(bundledSpec);
const sectionId = `customers/${String(operation.operationId).toLowerCase()}`;
const formMediaType = 'application/x-www-form-urlencoded';
const bodySchema = resolveRef(bundledSpec, operation.requestBody.content[formMediaType].schema);
const customerSchema = bundledSpec.components.schemas.Customer;
const errorStatuses = Object.keys(operation.responses).filter((status) => /^[45]/.test(status));
const codeSamples: Array<{ lang: string; source: string }> = operation['x-codeSamples'];

/** The first line of a Markdown description, as the page shows it in text. */
const firstLine = (markdown: string) => squash(markdown.split('\n')[0]!.replace(/`|\*\*/g, ''));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

let browser: Browser;
let page: Page;
const requests: string[] = [];
const blockedByPolicy: Array<{ directive: string; url: string }> = [];
const consoleErrors: string[] = [];
const failedLoads: string[] = [];
// The documents the page offers for download, published beside it (scripts/generate/docs.mjs).
const downloadNames = ['openapi.yaml', 'openapi.json', 'openapi-3.0.json'];

// Generous: other test files share the two cores while this one drives the browser.
const slow = 60_000;
const visible = (locator: Locator) => locator.first().waitFor({ state: 'visible' });
const section = () => page.locator(`[id="${sectionId}"]`);
const row = (id: string) => section().locator(`[id="${sectionId}/${id}"]`);
const panelTitled = (title: string) =>
  page.locator('[data-component-name="Panel/Panel"]').filter({
    has: page.locator('[data-component-name="Panel/PanelHeaderTitle"]', { hasText: new RegExp(`^${title}$`) }),
  });
const rowText = async (id: string) => squash(await row(id).innerText());
const isMarkedRequired = async (id: string) => (await row(id).getByText('required', { exact: true }).count()) > 0;

const viewport = { width: 1400, height: 1000 };
let launchFailure: Error | undefined;
beforeAll(async () => {
  try {
    browser = await launchChromium();
  } catch (error) {
    launchFailure = error as Error;
    return;
  }
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  // Every request the page makes is recorded and, except the page itself, refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url === pageUrl ? route.continue() : route.abort('internetdisconnected');
  });
  // Loads the page's own Content-Security-Policy refused never reach the network; record them
  // too, to be sure the policy refused nothing the page needs.
  await context.exposeFunction('reportPolicyViolation', (directive: string, url: string) =>
    blockedByPolicy.push({ directive, url }),
  );
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as any).reportPolicyViolation(event.effectiveDirective, event.blockedURI),
    ),
  );
  context.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  context.on('requestfailed', (request) => failedLoads.push(request.url()));
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(pageUrl);
}, 120_000);

// A browser that cannot start fails every test here by name, rather than leaving them skipped.
beforeEach(() => {
  if (launchFailure) throw launchFailure;
});

afterAll(async () => {
  await browser?.close();
});

it(
  'offers the documents for download as plain relative links to files beside the page',
  async () => {
    for (const name of downloadNames) {
      const link = page.locator(`a[href="${name}"]`);
      await visible(link);
      const target = await link.first().evaluate((anchor) => (anchor as HTMLAnchorElement).href);
      // It resolves beside the page, to a copy of the generated document (npm start serves the
      // same folder; test/start.test.ts fetches each link over HTTP).
      expect(target).toBe(pathToFileURL(path.join(docsDir, name)).href);
      expect(await readFile(path.join(docsDir, name), 'utf8')).toBe(
        await readFile(path.join(generatedDir, name), 'utf8'),
      );
    }
  },
  slow,
);

it(
  'opens on the API overview with both servers',
  async () => {
    await visible(page.getByRole('heading', { name: bundledSpec.info.title }));
    for (const server of bundledSpec.servers) {
      await visible(page.getByText(server.url, { exact: true }));
      await visible(page.getByText(server.description, { exact: true }));
    }
  },
  slow,
);

it(
  "renders the operation's section when its link is followed",
  async () => {
    await page.getByRole('link', { name: operationPath }).first().click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/${sectionId}`);
    await visible(section().getByRole('heading', { name: operation.summary }));
    await visible(section().getByRole('heading', { name: 'Decisions on what the documentation leaves open' }));
  },
  slow,
);

it(
  'shows the Basic auth scheme and how to form its header',
  async () => {
    const scheme = bundledSpec.components.securitySchemes.basicAuth;
    const headerForm = /`(Authorization: Basic [^`]+)`/.exec(scheme.description)![1]!;
    await visible(section().getByText('basicAuth', { exact: true }));
    await section().getByRole('button', { name: 'View security details' }).click();
    await visible(page.getByText(firstLine(scheme.description)));
    await visible(page.getByText(headerForm, { exact: true }));
    await page.keyboard.press('Escape');
    await page.getByText(headerForm, { exact: true }).waitFor({ state: 'hidden' });
  },
  slow,
);

it(
  'shows the path parameter and both headers with their guidance',
  async () => {
    const parameters = [...bundledSpec.paths[operationPath].parameters, ...operation.parameters].map((p: unknown) =>
      resolveRef(bundledSpec, p),
    );
    expect(parameters.map((p) => p.name)).toEqual(['customer_id', 'x-merchantid', 'x-routing-id']);
    for (const parameter of parameters) {
      const id = `t=request&in=${parameter.in === 'header' ? 'headers' : parameter.in}&path=${parameter.name}`;
      const text = await rowText(id);
      expect(text).toContain(parameter.name);
      expect(text).toContain(parameter.schema.pattern);
      expect(text).toContain(firstLine(parameter.description));
      expect(await isMarkedRequired(id), parameter.name).toBe(parameter.required === true);
    }
  },
  slow,
);

it(
  'shows every body field with its rule in words, its length bounds and its pattern',
  async () => {
    for (const [field, property] of Object.entries<any>(bodySchema.properties)) {
      const schema = { ...resolveRef(bundledSpec, property), ...property };
      const id = `t=request&ct=${formMediaType}&path=${field}`;
      // Redoc shortens a long pattern behind a toggle.
      const toggle = row(id).getByRole('button', { name: 'Show pattern' });
      if (await toggle.count()) await toggle.click();
      const text = await rowText(id);
      expect(text).toContain(field);
      expect(text).toContain(firstLine(schema.description));
      expect(text).toContain(`[ ${schema.minLength} .. ${schema.maxLength} ] characters`);
      expect(text).toContain(schema.pattern);
    }
  },
  slow,
);

it(
  'shows the 200 Customer with required and nullable fields marked',
  async () => {
    for (const [field, property] of Object.entries<any>(customerSchema.properties)) {
      const id = `t=response&c=200&path=${field}`;
      const text = await rowText(id);
      expect(text).toContain(field);
      expect(await isMarkedRequired(id), field).toBe(customerSchema.required.includes(field));
      expect(text.includes('string or null'), field).toBe(
        Array.isArray(property.type) && property.type.includes('null'),
      );
    }
  },
  slow,
);

it(
  'shows every error response with each of its named examples',
  async () => {
    expect(errorStatuses).toEqual(['400', '401', '403', '404', '429', '500', '502', '503', '504']);
    const samples = panelTitled('Response');
    const shownBody = async () => squash(await samples.getByTestId('json-viewer').innerText());
    for (const status of errorStatuses) {
      const response = resolveRef(bundledSpec, operation.responses[status]);
      await section().getByRole('tab', { name: status, exact: true }).click();
      await visible(section().getByText(firstLine(response.description)));

      await samples.getByRole('button', { name: status, exact: true }).click();
      const examples = Object.values<any>(response.content['application/json'].examples).map((e) =>
        resolveRef(bundledSpec, e),
      );
      for (const example of examples) {
        // Redoc names the examples in a picker, and shows a lone example's body without a name.
        if (examples.length > 1) {
          await samples.getByRole('button', { name: 'Example' }).click();
          await page.getByRole('menuitem', { name: example.summary, exact: true }).click();
        }
        for (const [key, value] of Object.entries(example.value)) {
          if (typeof value !== 'object') await expect.poll(shownBody).toContain(`"${key}": ${JSON.stringify(value)}`);
        }
      }
    }
  },
  slow,
);

it(
  'shows each code sample verbatim',
  async () => {
    expect(codeSamples.map((sample) => sample.lang)).toEqual(['curl', 'TypeScript', 'Python']);
    const panel = page
      .locator('[data-component-name="Panel/Panel"]')
      .filter({ has: page.getByText(operationPath, { exact: true }) });
    for (const sample of codeSamples) {
      await panel
        .getByRole('button', { name: /curl|TypeScript|Python/ })
        .first()
        .click();
      await page.getByRole('menuitem', { name: sample.lang, exact: true }).click();
      const code = panel.locator('pre[data-testid="source-code"]').first();
      await expect.poll(async () => (await code.innerText()).trim()).toBe(sample.source.trim());
    }
  },
  slow,
);

it(
  'finds the operation with its own search, offline',
  async () => {
    await page.getByTestId('search-trigger').click();
    await page.getByRole('textbox', { name: 'Search docs...' }).fill('routing');
    await visible(page.getByRole('link', { name: /x-routing-id/ }));
    await page.keyboard.press('Escape');
  },
  slow,
);

it(
  'saves a screenshot of the operation section for reviewers',
  async () => {
    // A fresh page opened on the operation's own link, so the picture shows its default state.
    const fresh = await page.context().newPage();
    await fresh.goto(`${pageUrl}#/${sectionId}`);
    const operationSection = fresh.locator(`[id="${sectionId}"]`);
    await visible(operationSection.getByRole('heading', { name: operation.summary }));
    // Opened on load: no nested schema waits behind a "+ Show N properties" toggle.
    expect(await operationSection.getByText(/Show \d+ propert/).count()).toBe(0);
    const image = await operationSection.screenshot({ animations: 'disabled' });
    await fresh.close();
    const scratch = updateScreenshot ? undefined : await mkdtemp(path.join(tmpdir(), 'docs-screenshot-'));
    const file = scratch ? path.join(scratch, 'update-customer.png') : committedScreenshot;
    try {
      await writeFile(file, image);
      const saved = await readFile(file);
      expect(saved.length).toBeGreaterThan(10_000);
      // The whole section: no wider than the page, taller than one screen.
      const { width, height } = pngSize(saved);
      expect(width).toBeGreaterThan(viewport.width / 3);
      expect(width).toBeLessThanOrEqual(viewport.width);
      expect(height).toBeGreaterThan(viewport.height);
    } finally {
      if (scratch) await rm(scratch, { recursive: true, force: true });
    }
  },
  slow,
);

it('made no request beyond the page itself, logged no error, and had no load blocked', () => {
  expect(requests.filter((url) => url !== pageUrl)).toEqual([]);
  expect(requests).toContain(pageUrl);
  expect(consoleErrors).toEqual([]);
  expect(failedLoads).toEqual([]);
  // The policy refuses no load. The one thing it refuses is the search index's probe for eval
  // (not a load, and not logged), after which it searches without a worker (the search test
  // above shows it works).
  const refused = blockedByPolicy.filter(({ directive, url }) => !(directive === 'script-src' && url === 'eval'));
  expect(refused).toEqual([]);
});
