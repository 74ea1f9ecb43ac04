// The part of @redocly/openapi-core's Node API that test/support/lint.ts and scripts/lib/bundle.mjs
// call. tsconfig.json maps the package here: its own declarations pull in some 200,000 lines of type definitions
// (zod, graphql, json-schema-to-ts), which tripled the time of `npm run typecheck`.
declare module '@redocly/openapi-core' {
  export interface Config {
    resolvedConfig: { apis?: Record<string, { root: string }> };
    forAlias(alias?: string): Config;
    getRuleSettings(ruleId: string, specVersion: 'oas3_1'): { severity: 'error' | 'warn' | 'off' };
    decorators: Record<string, Record<string, unknown>>;
    preprocessors: Record<string, Record<string, unknown>>;
  }
  export interface NormalizedProblem {
    ruleId: string;
    message: string;
    severity: 'error' | 'warn';
    ignored?: boolean;
    location: Array<{ source: { absoluteRef: string }; pointer?: string }>;
  }
  export class Source {
    constructor(absoluteRef: string, body: string, mimeType?: string);
  }
  export class BaseResolver {
    loadExternalRef(absoluteRef: string): Promise<Source>;
  }
  export function loadConfig(options?: { configPath?: string }): Promise<Config>;
  export function lint(options: {
    ref: string;
    config: Config;
    externalRefResolver?: BaseResolver | undefined;
  }): Promise<NormalizedProblem[]>;
  export function getTotals(problems: NormalizedProblem[]): { errors: number; warnings: number; ignored: number };
  /** The YAML writer the CLI's bundle command dumps with (js-yaml's dump). */
  export function stringifyYaml(value: unknown, options: { noRefs: boolean; lineWidth: number }): string;
}

// The light entry point scripts/lib/bundle.mjs bundles with (the OpenAPI bundler without the linter).
declare module '@redocly/openapi-core/lib/bundle-oas' {
  import type { NormalizedProblem } from '@redocly/openapi-core';
  export interface Config {}
  export function createEmptyRedoclyConfig(): Config;
  export function bundleOas(options: {
    ref: string;
    config: Config;
    dereference?: boolean;
  }): Promise<{ bundle: { parsed: any }; problems: NormalizedProblem[] }>;
}
