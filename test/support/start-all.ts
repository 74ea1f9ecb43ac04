// Starts several servers or processes at once for a test file. When one fails, the others may
// still be starting: wait for every one to settle, stop each that started, then throw, so that
// nothing a failed start left behind outlives the test run.

export interface Stoppable {
  stop(): Promise<void>;
}

export async function startAll<K extends string, T extends Stoppable>(
  starting: Record<K, Promise<T>>,
): Promise<Record<K, T>> {
  const names = Object.keys(starting) as K[];
  const settled = await Promise.allSettled(names.map((name) => starting[name]));
  const started: T[] = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value as T] : []));
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((each) => each.stop()));
    throw failed.reason;
  }
  return Object.fromEntries(names.map((name, i) => [name, started[i]!])) as Record<K, T>;
}
