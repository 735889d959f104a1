// Builds what the comparison panel shows from the dataset. Pure (no `vscode`), unit-tested.
import { StatusCodeIndex } from '../../../server/src/service/dataset';
import { ComparedCode, ComparisonModel } from '../webviews/shared/messages';

export function buildComparisonModel(index: StatusCodeIndex, requested: readonly number[]): ComparisonModel {
  const codes: ComparedCode[] = [];
  const unknown: number[] = [];
  for (const code of [...new Set(requested)]) {
    const meaning = index.primary(code);
    if (!meaning) {
      unknown.push(code);
      continue;
    }
    const standard = index.isStandard(code);
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
