// The contract's two servers by name, generated from the document's `servers`
// (scripts/generate/client-environments.mjs), so their URLs are written only in openapi/.
import { environments } from '../generated/client-environments.js';

export { environments };

export type Environment = keyof typeof environments;
