// One Prism mock for the whole test run, on a port the OS picks, stopped when the run ends.
// `--errors` makes Prism answer 500 instead of serving a response example that breaks the
// spec, so every test that talks to the mock also checks the examples it is served.
import type { TestProject } from 'vitest/node';
import { startSharedMock } from '../scripts/lib/prism.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the shared Prism mock, e.g. http://127.0.0.1:40123 */
    prismMockUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // `npm run test:ts` starts one mock, the same way, for both vitest projects it runs side by side.
  const shared = process.env.SHARED_PRISM_MOCK_URL;
  if (shared) {
    project.provide('prismMockUrl', shared);
    return;
  }
  const mock = await startSharedMock();
  project.provide('prismMockUrl', mock.url);
  return () => mock.stop();
}
