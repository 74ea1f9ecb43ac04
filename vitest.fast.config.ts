// `npm run test:fast`: the unit tier only (see unitFiles), without the shared Prism mock.
import { defineConfig } from 'vitest/config';
import { timeouts, unitFiles } from './vitest.config.js';

export default defineConfig({ test: { include: unitFiles, ...timeouts } });
