// Tests run Node scripts through scripts/lib/run.mjs, as the scripts themselves do.
export {
  redocly,
  run,
  runNode,
  runNodeCli,
  type NodeResult as CliResult,
  type RunOptions,
} from '../../scripts/lib/run.mjs';

/** A CLI's exported `main(argv, io)`: its streams as functions, its exit status returned. */
type CliMain<Io> = (
  argv: string[],
  io: Io & { out: (text: string) => void; err: (text: string) => void },
) => Promise<number>;

/**
 * A CLI's `main` run in-process, its two streams kept apart as a process's would be (`extra`:
 * what else its io takes, such as the environment; required when its io requires more).
 */
export async function runMain<Io extends object>(
  main: CliMain<Io>,
  args: string[],
  ...[extra]: object extends Io ? [extra?: Io] : [extra: Io]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let [stdout, stderr] = ['', ''];
  const io = { ...(extra as Io), out: (text: string) => (stdout += text), err: (text: string) => (stderr += text) };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
