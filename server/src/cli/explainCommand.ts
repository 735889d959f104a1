// `http-status-lens explain <code>`: every meaning of a status code, with its source.
import { loadDataset } from '../loadDataset';
import { StatusCodeIndex } from '../service/dataset';
import { explainText, unknownCodeText } from '../service/explainText';
import { CliCommand, ExitCode, UsageError } from './io';
import { CommandSpec, helpText, jsonOption, parseOptions } from './options';
import { parseStatusOrName } from './statusArgs';

const summary = 'Explain one status code, with every meaning and its source.';

const spec: CommandSpec = {
  name: 'explain',
  summary,
  synopsis: '<code|name>',
  arguments: [
    { name: '<code>', description: 'a status code such as 499, or an IIS sub-status such as 404.13' },
    { name: '<name>', description: 'a status name such as "Payload Too Large" or PAYLOAD_TOO_LARGE' },
  ],
  options: [jsonOption('{"code","known","class","registered","meanings":[…],"comparisons":[…]}')],
  epilogue: 'Exit codes: 0 explained, 1 unknown code, 2 usage error.',
};

export const explainCommand: CliCommand = {
  name: 'explain',
  summary,
  help: helpText(spec),
  async run(args, io) {
    const { values, positionals: positional } = parseOptions(spec, args);
    if (positional.length === 0) throw new UsageError('which status code? For example: http-status-lens explain 404');
    const index = new StatusCodeIndex(loadDataset());
    const { code, subStatus } = parseStatusOrName(positional, index);
    const entry = index.get(code);
    if (values.json) {
      const klass = index.classOf(code);
      io.out(JSON.stringify({
        code,
        ...(subStatus ? { subStatus } : {}),
        known: entry !== undefined,
        class: klass ? { digit: Math.floor(code / 100), title: klass.title } : null,
        registered: index.isStandard(code),
        meanings: (entry?.meanings ?? []).map((m) => ({ ...m, sourceName: index.sourceName(m.source) })),
        comparisons: index.comparisonsWith(code).map((c) => c.id),
      }, null, 2));
      return entry ? ExitCode.Ok : ExitCode.Failure;
    }
    const text = explainText(code, index, subStatus);
    if (!text) {
      io.err(unknownCodeText(code, index));
      return ExitCode.Failure;
    }
    io.out(text);
    return ExitCode.Ok;
  },
};
