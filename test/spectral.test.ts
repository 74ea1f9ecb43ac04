// The second linter: Spectral (spectral:oas and the OWASP API Security ruleset, exceptions with
// their reasons in .spectral.yaml) finds nothing in the bundled document, and finds each planted
// violation, so a clean run means something.
import { expect, it } from 'vitest';
import { bundledSpec } from './support/bundled-schema.js';
import { spectralFindings } from './support/spectral.js';

it('finds nothing in generated/openapi.json (errors, warnings and hints alike)', async () => {
  expect(await spectralFindings()).toEqual([]);
}, 60_000);

it('finds each planted violation, and only those', async () => {
  const planted = structuredClone(bundledSpec);
  const { schemas, responses } = planted.components;
  const operation = planted.paths['/customers/{customer_id}'].post;
  delete schemas.PersonName.maxLength; // a request field without a bound: the response-side exception stops there
  const headers = responses.TooManyRequests.headers;
  headers['Retry-In'] = headers['Retry-After']; // a 429 that does not say when to come back
  delete headers['Retry-After'];
  operation.responses['501'] = operation.responses['500']; // no 500 response
  delete operation.responses['500'];
  delete planted.servers[0]['x-internal']; // a server of undeclared audience
  delete operation.operationId; // spectral:oas
  const findings = await spectralFindings(planted);
  expect([...new Set(findings.map((finding) => finding.rule))].sort()).toEqual([
    'operation-operationId',
    'owasp:api4:2023-rate-limit-retry-after',
    'owasp:api4:2023-string-limit',
    'owasp:api8:2023-define-error-responses-500',
    'owasp:api9:2023-inventory-access',
  ]);
  expect(findings.find((finding) => finding.rule === 'owasp:api4:2023-string-limit')?.at).toBe(
    'components/schemas/PersonName',
  );
}, 60_000);
