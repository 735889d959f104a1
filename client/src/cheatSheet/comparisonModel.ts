// Builds what the comparison panel shows from the dataset. Pure (no `vscode`), unit-tested.
import { StatusCodeIndex, StatusMeaning } from '../../../server/src/service/dataset';
import { actorName, alignFlows, flowLine, flowSentences, flowSteps, rowLabel } from '../../../server/src/service/requestFlow';
import { ComparedCode, ComparedFlows, ComparisonModel } from '../webviews/shared/messages';

/** The flows of the compared codes (their primary meanings), lined up by actor. */
function comparedFlows(index: StatusCodeIndex, compared: { code: number; meaning: StatusMeaning }[]): ComparedFlows | undefined {
  if (compared.filter(({ meaning }) => flowSteps(meaning).length > 0).length < 2) return undefined;
  const actors = index.dataset.actors;
  const rows = alignFlows(compared.map(({ meaning }) => flowSteps(meaning)));
  const labels = rows.map((row) => rowLabel(row, actors));
  const describe = (wanted: boolean) => {
    const named = rows.flatMap((row, i) => (row.differs === wanted ? [`${i + 1} (${labels[i]})`] : []));
    return named.length > 1 ? `rows ${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named.length ? `row ${named[0]}` : '';
  };
  const differ = describe(true);
  const agree = describe(false);
  return {
    rows: rows.map((row, i) => ({
      label: labels[i],
      differs: row.differs,
      cells: row.cells.map((step) => (step ? {
        actor: step.actor, actorName: actorName(actors, step.actor), does: step.does,
        fails: step.fails === true, producesStatus: step.producesStatus === true,
      } : null)),
    })),
    lines: compared.map(({ code, meaning }) => flowLine(code, meaning, actors) ?? null),
    sentences: compared.map(({ code, meaning }) => flowSentences(code, meaning, actors)),
    differences: differ
      ? `Lined up by actor, the flows differ in ${differ}${agree ? `, and agree in ${agree}` : ''}.`
      : 'Lined up by actor, the flows are the same.',
  };
}

export function buildComparisonModel(index: StatusCodeIndex, requested: readonly number[]): ComparisonModel {
  const codes: ComparedCode[] = [];
  const meanings: { code: number; meaning: StatusMeaning }[] = [];
  const unknown: number[] = [];
  for (const code of [...new Set(requested)]) {
    const meaning = index.primary(code);
    if (!meaning) {
      unknown.push(code);
      continue;
    }
    const standard = index.isStandard(code);
    meanings.push({ code, meaning });
    codes.push({
      code,
      name: meaning.name,
      className: standard ? index.classOf(code)?.title ?? '' : index.dataset.sources?.[meaning.source]?.name ?? meaning.source,
      source: meaning.source,
      summary: meaning.summary ?? '',
      description: meaning.description ?? '',
      whenToUse: meaning.whenToUse ?? [],
      commonCauses: meaning.commonCauses ?? [],
      headers: meaning.headers ?? [],
      cacheable: Boolean(meaning.cacheable),
      bodyAllowed: Boolean(meaning.bodyAllowed),
      spec: meaning.spec,
      mdn: meaning.mdn,
    });
  }
  const model: ComparisonModel = { codes, unknown };
  const flows = comparedFlows(index, meanings);
  if (flows) model.flows = flows;
  const known = codes.map((c) => c.code);
  const comparison = known.length >= 2 ? index.findComparison(known) : undefined;
  if (comparison) {
    const sorted = (list: readonly number[]): string => [...new Set(list)].sort((a, b) => a - b).join(',');
    model.curated = {
      title: comparison.title,
      codes: [...comparison.codes],
      exact: sorted(comparison.codes) === sorted(known),
      keyInsight: comparison.keyInsight,
      decisionGuide: (comparison.decisionGuide ?? []).map((line) => ({
        code: line.code, name: index.primary(line.code)?.name ?? '', useWhen: line.useWhen,
      })),
    };
  }
  return model;
}
