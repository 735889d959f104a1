// `http-status-lens compare <code> <code>…`: the key insight and the decision guide for a set of codes.
import { loadDataset } from '../loadDataset';
import { StatusCodeIndex } from '../service/dataset';
import { compareText } from '../service/explainText';
import { flowLine } from '../service/requestFlow';
import { CliCommand, ExitCode, UsageError } from './io';
import { CommandSpec, helpText, jsonOption, parseOptions } from './options';
import { parseStatusArg } from './statusArgs';

const summary = 'Compare status codes and print the decision guide.';

const spec: CommandSpec = {
  name: 'compare',
  summary,
  synopsis: '<code> <code> [code…]',
  about: 'Uses the smallest curated comparison that covers every code given; without one, prints the codes\n' +
    'side by side and the comparisons that cover some of them. The codes\' request flows are lined up\n' +
    'by actor: ≠ marks where they differ, ✕ where the exchange fails, ⇒ where the status comes from.',
  options: [jsonOption('{"codes","comparison":{id,title,keyInsight,decisionGuide}|null,"statuses":[…]}\n' +
    '(each status with its request flow: "flowLine" and the "flow" steps)')],
  epilogue: 'Exit codes: 0 compared, 1 a code is unknown, 2 usage error.',
};

export const compareCommand: CliCommand = {
  name: 'compare',
  summary,
  help: helpText(spec),
  async run(args, io) {
    const { values, positionals: positional } = parseOptions(spec, args);
    const codes = [...new Set(positional.flatMap((a) => a.split(/[,\s]+/)).filter(Boolean).map((a) => parseStatusArg(a).code))];
    if (codes.length < 2) throw new UsageError('give at least two different status codes, for example: http-status-lens compare 502 504');
    const index = new StatusCodeIndex(loadDataset());
    const unknown = codes.filter((c) => !index.get(c));
    if (unknown.length) {
      io.err(`http-status-lens compare: unknown status code${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; `
        + 'run `http-status-lens explain <code>` for details.');
      return ExitCode.Failure;
    }
    const result = compareText(codes, index);
    if (values.json) {
      io.out(JSON.stringify({
        codes,
        comparison: result.comparison ?? null,
        statuses: (result.comparison?.codes ?? codes).map((code) => {
          const m = index.primary(code)!;
          return { code, name: m.name, source: m.source, summary: m.summary, flowLine: flowLine(code, m, index.dataset.actors) ?? null, flow: m.flow ?? [] };
        }),
      }, null, 2));
    } else {
      io.out(result.text);
    }
    return ExitCode.Ok;
  },
};
