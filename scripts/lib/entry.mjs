// Whether a module is the script this Node process was started with, so that a file can be both
// a command and a module others import (its `main` called in-process by the tests). Both sides are
// compared as real paths: npm starts a bin through a symbolic link, and Node may keep the link in
// the module's URL (--preserve-symlinks-main) or resolve it.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * @param {string} moduleUrl the module's import.meta.url
 * @returns {boolean} false too when the process has no script file (node -e, a REPL, stdin)
 */
export function startedAsCommand(moduleUrl) {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch (error) {
    // A script argument that is no file (a REPL's, stdin's) is not this module; anything else is a fault.
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return false;
    throw error;
  }
}
