// Generated from the servers in openapi/ by `npm run generate` (scripts/generate/client-environments.mjs). Do not edit by hand.

export const environments = {
  sandbox: "https://sandbox.juspay.in",
  production: "https://api.juspay.in",
} as const;
