// The contract's two servers by name (a test holds these to the document's `servers`).
export const environments = {
  sandbox: 'https://sandbox.juspay.in',
  production: 'https://api.juspay.in',
} as const;

export type Environment = keyof typeof environments;
