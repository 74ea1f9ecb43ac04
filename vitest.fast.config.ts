// `npm run test:fast`: the unit tier only (see unitFiles), without the shared Prism mock, in
// threads that share their imports (as the full tier's projects do, see vitest.config.ts).
import { defineConfig } from 'vitest/config';
import { timeouts, unitFiles } from './vitest.config.js';

export default defineConfig({
  test: { include: unitFiles, ...timeouts, pool: 'threads', isolate: false, maxWorkers: 2 },
});
