// What the optional logger receives. Personal data in these events is masked (see redact.ts);
// the API key never reaches them.
import type { JuspayErrorCode } from './errors.js';

export type CustomerClientEvent =
  | {
      type: 'request';
      attempt: number;
      /** Masked unless it is a Juspay id (`cst_…`). */
      customerId: string;
      /** The fields sent, with email, mobile number and names masked. */
      fields: Record<string, string>;
    }
  | { type: 'response'; attempt: number; status: number; durationMs: number }
  | { type: 'retry'; attempt: number; delayMs: number; reason: string }
  | { type: 'failure'; code: JuspayErrorCode; message: string };
