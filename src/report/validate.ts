/**
 * Runtime validation of a report: the valibot schema, then the checks JSON
 * Schema cannot express. Every problem names the field it is about, as a path
 * such as `metrics[3].value`, so a partner can find it in their JSON.
 */
import * as v from 'valibot';
import { BUILT_IN_UNIT_NAMES, isKnownUnit } from '../format/units.js';
import {
  ADCODE_PATTERN,
  DATE_PATTERN,
  ID_PATTERN,
  ReportSchema,
  TAG_PATTERN,
  URL_PATTERN,
  type DateSpan,
  type Language,
  type Report,
} from './schema.js';
import { COUNTRY_CODE } from './query.js';
import {
  VALIDATION_MESSAGES,
  type FormatKind,
  type ProblemDetail,
  type ReferenceKind,
  type TypeKind,
} from './validate.messages.js';

export interface ReportProblem {
  /** Where the problem is, e.g. `stories[0].places[1]`; empty for the whole report. */
  path: string;
  /** What is wrong, in English; `describeProblems(problems, language)` words it in the reader's language. */
  message: string;
}

export type ReportValidation =
  { ok: true; report: Report; problems: [] } | { ok: false; report?: undefined; problems: ReportProblem[] };

/**
 * The code and values behind each problem's message, so that it can be worded in any language.
 * Kept beside the problem objects (not on them) so that a problem stays `{ path, message }`.
 */
const details = new WeakMap<ReportProblem, { detail: ProblemDetail; received?: string }>();

/** The code and values of a problem that validation found (undefined for a problem made elsewhere). */
export function problemDetail(problem: ReportProblem): ProblemDetail | undefined {
  return details.get(problem)?.detail;
}

/** The 34 provincial-level division codes (src/map/divisions.ts holds their names and tiles; a test keeps both equal). */
export const DIVISION_CODES: ReadonlySet<string> = new Set(
  '110000 120000 130000 140000 150000 210000 220000 230000 310000 320000 330000 340000 350000 360000 370000 410000 420000 430000 440000 450000 460000 500000 510000 520000 530000 540000 610000 620000 630000 640000 650000 710000 810000 820000'.split(
    ' ',
  ),
);
// The code of a national place: defined beside the look-ups, so that an element need not bundle validation for it.
export { COUNTRY_CODE };

function makeProblem(path: string, detail: ProblemDetail, received?: string): ReportProblem {
  const problem = { path, message: wordProblem(detail, received, 'en') };
  details.set(problem, { detail, received });
  return problem;
}

function wordProblem(detail: ProblemDetail, received: string | undefined, language: Language): string {
  const messages = VALIDATION_MESSAGES[language];
  return messages.describe(detail) + (received ? messages.received(received) : '');
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

const FORMATS: Array<[RegExp, FormatKind]> = [
  [ID_PATTERN, 'id'],
  [TAG_PATTERN, 'tag'],
  [ADCODE_PATTERN, 'adcode'],
  [DATE_PATTERN, 'date'],
  [URL_PATTERN, 'url'],
];
const TYPES: Record<string, TypeKind> = {
  string: 'string',
  number: 'number',
  object: 'object',
  array: 'array',
  record: 'object',
  strict_object: 'object',
};

/** A valibot issue as a problem code, by the kind of check that failed (never by its English text). */
function detailOf(issue: v.BaseIssue<unknown>): ProblemDetail {
  // valibot says 'Invalid key: Expected "title" but received undefined' for a missing field.
  if (issue.input === undefined && issue.path?.length) return { code: 'required' };
  const requirement = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'min_length':
      return typeof issue.input === 'string' ? { code: 'empty' } : { code: 'too-few', min: Number(requirement) };
    case 'max_length':
      return { code: 'too-long', max: Number(requirement) };
    case 'regex': {
      const source = requirement instanceof RegExp ? requirement.source : '';
      return { code: 'format', format: FORMATS.find(([pattern]) => pattern.source === source)?.[1] ?? 'text' };
    }
    case 'picklist':
      // valibot lists the options as `("a" | "b")`.
      return {
        code: 'one-of',
        options: (issue.expected ?? '')
          .replace(/^\(|\)$/g, '')
          .split(' | ')
          .map((option) => option.replace(/^"|"$/g, '')),
      };
    case 'min_value':
      return requirement === 0 ? { code: 'not-negative' } : { code: 'min-value', min: Number(requirement) };
    case 'max_value':
      return { code: 'max-value', max: Number(requirement) };
    case 'finite':
      return { code: 'finite' };
    case 'integer':
      return { code: 'integer' };
    default:
      return issue.kind === 'schema' ? { code: 'type', expected: TYPES[issue.type] ?? 'other' } : { code: 'invalid' };
  }
}

function receivedOf(issue: v.BaseIssue<unknown>, detail: ProblemDetail): string | undefined {
  if (['required', 'empty', 'too-few', 'too-long'].includes(detail.code)) return undefined;
  const received = issue.received;
  return received && received !== 'unknown'
    ? received.length > 40
      ? received.slice(0, 40) + '…'
      : received
    : undefined;
}

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Is a date of DATE_PATTERN's form (YYYY, YYYY-MM or YYYY-MM-DD, months 01-12 and days 01-31) a day of the
 * calendar: not 2023-02-29 or 2024-04-31? Arithmetic, as it runs for every date of the report.
 */
function isCalendarDate(date: string): boolean {
  if (date.length < 10) return true;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return Number(date.slice(8, 10)) <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]);
}

function checkSpan(span: DateSpan, path: string, problems: ReportProblem[]): void {
  if (!isCalendarDate(span.start))
    problems.push(makeProblem(`${path}.start`, { code: 'not-calendar-date', value: span.start }));
  if (span.end !== undefined) {
    if (!isCalendarDate(span.end))
      problems.push(makeProblem(`${path}.end`, { code: 'not-calendar-date', value: span.end }));
    else if (span.end < span.start)
      problems.push(makeProblem(`${path}.end`, { code: 'before-start', start: span.start }));
  }
}

/** The cross-references and uniqueness rules of a structurally valid report. */
export function checkReportIntegrity(report: Report): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const add = (path: string, detail: ProblemDetail) => problems.push(makeProblem(path, detail));
  const idsOf = <T extends { id: string }>(list: T[], name: string): Set<string> => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) add(`${name}[${i}].id`, { code: 'duplicate-id', id: item.id });
      seen.add(item.id);
    });
    return seen;
  };
  const places = idsOf(report.places, 'places');
  const sources = idsOf(report.sources, 'sources');
  const stories = idsOf(report.stories, 'stories');
  const metrics = idsOf(report.metrics, 'metrics');
  const tags = report.tags ? idsOf(report.tags, 'tags') : undefined;
  const indicators = report.indicators ?? [];
  idsOf(indicators, 'indicators');
  const ref = (set: Set<string>, id: string, path: string, kind: ReferenceKind) => {
    if (!set.has(id)) add(path, { code: 'unknown-reference', kind, id });
  };
  const unit = (value: string, path: string) => {
    if (!isKnownUnit(value, report.units))
      add(path, { code: 'unknown-unit', unit: value, builtIn: BUILT_IN_UNIT_NAMES });
  };

  report.places.forEach((place, i) => {
    const code = place.provinceCode;
    if (place.level === 'country') {
      if (code !== COUNTRY_CODE) add(`places[${i}].provinceCode`, { code: 'country-code', value: code });
      if (place.adcode !== undefined && place.adcode !== COUNTRY_CODE)
        add(`places[${i}].adcode`, { code: 'country-code', value: place.adcode });
    } else if (code === COUNTRY_CODE) {
      add(`places[${i}].level`, { code: 'country-level' });
    } else if (!DIVISION_CODES.has(code)) {
      add(`places[${i}].provinceCode`, { code: 'province-code', value: code });
    }
    if (place.parent !== undefined) ref(places, place.parent, `places[${i}].parent`, 'place');
  });
  report.stories.forEach((story, i) => {
    story.places.forEach((id, j) => ref(places, id, `stories[${i}].places[${j}]`, 'place'));
    story.sources.forEach((id, j) => ref(sources, id, `stories[${i}].sources[${j}]`, 'source'));
    story.metrics.forEach((id, j) => ref(metrics, id, `stories[${i}].metrics[${j}]`, 'metric'));
    if (tags) story.tags.forEach((id, j) => ref(tags, id, `stories[${i}].tags[${j}]`, 'tag'));
    checkSpan(story.date, `stories[${i}].date`, problems);
  });
  report.metrics.forEach((metric, i) => {
    const at = `metrics[${i}]`;
    if (!Number.isFinite(metric.value)) add(`${at}.value`, { code: 'finite' });
    unit(metric.unit, `${at}.unit`);
    ref(places, metric.place, `${at}.place`, 'place');
    ref(stories, metric.story, `${at}.story`, 'story');
    ref(sources, metric.source, `${at}.source`, 'source');
    checkSpan(metric.asOf, `${at}.asOf`, problems);
    if (metric.target) {
      if (!(metric.target.value > 0) || !Number.isFinite(metric.target.value))
        add(`${at}.target.value`, { code: 'not-positive' });
      if (!isCalendarDate(metric.target.deadline))
        add(`${at}.target.deadline`, { code: 'not-calendar-date', value: metric.target.deadline });
    }
    const series = metric.series ?? [];
    series.forEach((point, j) => {
      const pointAt = `${at}.series[${j}]`;
      if (!isCalendarDate(point.date)) add(`${pointAt}.date`, { code: 'not-calendar-date', value: point.date });
      else if (j > 0 && !(point.date > series[j - 1].date))
        add(`${pointAt}.date`, { code: 'series-order', previous: series[j - 1].date });
      if (point.source !== undefined) ref(sources, point.source, `${pointAt}.source`, 'source');
    });
    const last = series[series.length - 1];
    if (last) {
      const asOf = metric.asOf.end ?? metric.asOf.start;
      if (last.value !== metric.value)
        add(`${at}.series[${series.length - 1}].value`, { code: 'series-last-value', value: metric.value });
      if (last.date !== asOf) add(`${at}.series[${series.length - 1}].date`, { code: 'series-last-date', date: asOf });
    }
  });
  indicators.forEach((indicator, i) => {
    const at = `indicators[${i}]`;
    unit(indicator.unit, `${at}.unit`);
    ref(sources, indicator.source, `${at}.source`, 'source');
    checkSpan(indicator.asOf, `${at}.asOf`, problems);
    const seen = new Set<string>();
    indicator.values.forEach((value, j) => {
      const valueAt = `${at}.values[${j}]`;
      if (!DIVISION_CODES.has(value.division))
        add(`${valueAt}.division`, { code: 'division-code', value: value.division });
      const key = `${value.division} ${value.date ?? ''}`;
      if (seen.has(key))
        add(`${valueAt}.division`, { code: 'duplicate-value', division: value.division, date: value.date ?? '' });
      seen.add(key);
      if (value.date !== undefined && !isCalendarDate(value.date))
        add(`${valueAt}.date`, { code: 'not-calendar-date', value: value.date });
    });
  });
  if (report.headline !== undefined) ref(metrics, report.headline, 'headline', 'metric');
  if (!isCalendarDate(report.published)) add('published', { code: 'not-calendar-date', value: report.published });
  return problems;
}

/**
 * A field that takes one of several shapes (an indicator's `format.scale`: "auto", "none" or an object) fails
 * as a union, whose issue says only "of the right type": the issues of the shape that went deepest say what is
 * wrong inside it (`format.scale.zh` must be one of …); a value that is none of the shapes gets the options.
 */
function unionIssues(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown>[] {
  const inner = issue.type === 'union' ? (issue.issues ?? []) : [];
  // Inner issues' paths go on from the union's.
  const nested = inner.filter((candidate) => candidate.path?.length);
  if (nested.length)
    return nested.map(
      (candidate) => ({ ...candidate, path: [...(issue.path ?? []), ...candidate.path!] }) as v.BaseIssue<unknown>,
    );
  const options = inner.flatMap((candidate) =>
    candidate.type === 'picklist'
      ? (candidate.expected ?? '').replace(/^\(|\)$/g, '').split(' | ')
      : candidate.type === 'object'
        ? ['{ "zh": …, "en": … }']
        : [],
  );
  return options.length ? [{ ...issue, type: 'picklist', expected: `(${options.join(' | ')})` }] : [issue];
}

/** Validates anything (parsed JSON, a property value) as a report. */
export function validateReport(input: unknown): ReportValidation {
  const parsed = v.safeParse(ReportSchema, input, { abortPipeEarly: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues.flatMap(unionIssues).map((issue) => {
        const detail = detailOf(issue);
        return makeProblem(pathOf(issue), detail, receivedOf(issue, detail));
      }),
    };
  }
  const problems = checkReportIntegrity(parsed.output);
  return problems.length ? { ok: false, problems } : { ok: true, report: parsed.output, problems: [] };
}

/** One problem in the reader's language: `metrics[3].value：不能为负数（实际为 -1）`. */
export function describeProblem(problem: ReportProblem, language: Language = 'en'): string {
  const known = details.get(problem);
  const message = known ? wordProblem(known.detail, known.received, language) : problem.message;
  return VALIDATION_MESSAGES[language].line(problem.path, message);
}

/** One line for a list of problems, in the reader's language (English by default): the first one, and how many more there are. */
export function describeProblems(problems: ReportProblem[], language: Language = 'en'): string {
  const [first] = problems;
  if (!first) return '';
  const head = describeProblem(first, language);
  return problems.length > 1 ? head + VALIDATION_MESSAGES[language].more(problems.length - 1) : head;
}
