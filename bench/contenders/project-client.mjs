// (b) This project's client, with its defaults (validation before sending is on).
export async function createProjectClientCaller() {
  throw new Error('the client is not available yet');
}

export async function loadProjectValidator() {
  throw new Error('the client is not available yet');
}

export const projectClientPackage = undefined;
