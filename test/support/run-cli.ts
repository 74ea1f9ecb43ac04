// Tests run Node scripts through scripts/lib/run.mjs, as the scripts themselves do.
export {
  redocly,
  run,
  runNode,
  runNodeCli,
  type NodeResult as CliResult,
  type RunOptions,
} from '../../scripts/lib/run.mjs';
