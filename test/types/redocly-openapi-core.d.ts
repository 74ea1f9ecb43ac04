// The part of @redocly/openapi-core's Node API that test/support/lint.ts calls. tsconfig.json
// maps the package here: its own declarations pull in some 200,000 lines of type definitions
// (zod, graphql, json-schema-to-ts), which tripled the time of `npm run typecheck`.
declare module '@redocly/openapi-core' {
  export interface Config {
    resolvedConfig: { apis?: Record<string, { root: string }> };
    forAlias(alias?: string): Config;
    getRuleSettings(ruleId: string, specVersion: 'oas3_1'): { severity: 'error' | 'warn' | 'off' };
  }
  export interface NormalizedProblem {
    ruleId: string;
    message: string;
    severity: 'error' | 'warn';
    ignored?: boolean;
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
}
