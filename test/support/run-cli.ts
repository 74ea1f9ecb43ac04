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
 * what else its io takes, such as the environment).
 */
export async function runMain<Io extends object>(
  main: CliMain<Io>,
  args: string[],
  extra: Io = {} as Io,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let [stdout, stderr] = ['', ''];
  const code = await main(args, { ...extra, out: (text) => (stdout += text), err: (text) => (stderr += text) });
  return { code, stdout, stderr };
}
