/**
 * The indicator, scale and year a choropleth shows, checked, or the problem to show instead (its code, its message in
 * the reader's language and the attribute or field at fault). Loaded with the choropleth's code (choropleth-kit.ts).
 */
import type { Indicator, Language, Report } from '../report/schema.js';
import { CLASS_SCALES } from './class-scale.js';
import { CHOROPLETH_MESSAGES } from './choropleth.messages.js';
import { findIndicator, indicatorProblem, indicatorSlice, type IndicatorSlice } from './indicator-values.js';

export interface IndicatorChoice {
  /** Id of one of the report's indicators. */
  indicator: string;
  scale?: string | null;
  year?: string | null;
}

export type IndicatorChoiceResult =
  | { ok: true; indicator: Indicator; slice: IndicatorSlice }
  | {
      ok: false;
      code:
        | 'unknown-indicator'
        | 'unknown-scale'
        | 'unknown-year'
        | 'unknown-division'
        | 'duplicate-value'
        | 'invalid-value';
      message: string;
      field?: string;
    };

export function chooseIndicator(
  report: Report,
  choice: IndicatorChoice,
  language: Language,
  isDivision: (code: string) => boolean,
): IndicatorChoiceResult {
  const messages = CHOROPLETH_MESSAGES[language];
  const indicator = findIndicator(report, choice.indicator);
  if (!indicator)
    return {
      ok: false,
      code: 'unknown-indicator',
      message: messages.unknownIndicator(choice.indicator),
      field: 'indicator',
    };
  const problem = indicatorProblem(report, indicator, isDivision);
  if (problem)
    return {
      ok: false,
      code: problem.code,
      message: messages.indicatorProblem[problem.code](problem.field, problem.detail),
      field: problem.field,
    };
  if (choice.scale && !(CLASS_SCALES as readonly string[]).includes(choice.scale)) {
    return { ok: false, code: 'unknown-scale', message: messages.unknownScale(choice.scale), field: 'scale' };
  }
  const slice = indicatorSlice(indicator, choice.year);
  if (!slice)
    return {
      ok: false,
      code: 'unknown-year',
      message: messages.unknownYear(choice.year ?? '', indicator.id),
      field: 'year',
    };
  return { ok: true, indicator, slice };
}
