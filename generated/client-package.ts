// Generated from package.json by `npm run generate`. Do not edit by hand.

export const packageName = "juspay-update-customer";
export const packageVersion = "0.1.0";
