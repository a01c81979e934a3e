/**
 * Runtime validation of a report: the valibot schema, then the checks JSON
 * Schema cannot express. Every problem names the field it is about, as a path
 * such as `metrics[3].value`, so a partner can find it in their JSON.
 */
import * as v from 'valibot';
import { ReportSchema, type DateSpan, type Report } from './schema.js';

export interface ReportProblem {
  /** Where the problem is, e.g. `stories[0].places[1]`; empty for the whole report. */
  path: string;
  message: string;
}

export type ReportValidation =
  | { ok: true; report: Report; problems: [] }
  | { ok: false; report?: undefined; problems: ReportProblem[] };

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describeReceived(issue: v.BaseIssue<unknown>): string {
  const received = issue.received;
  return received && received !== 'unknown' && !issue.message.includes('received') ? ` (got ${received.length > 40 ? received.slice(0, 40) + '…' : received})` : '';
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  // valibot says 'Invalid key: Expected "title" but received undefined' for a missing field.
  if (issue.input === undefined && issue.path?.length) return 'is required';
  return issue.message + describeReceived(issue);
}

function isCalendarDate(date: string): boolean {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

function checkSpan(span: DateSpan, path: string, problems: ReportProblem[]): void {
  if (!isCalendarDate(span.start)) problems.push({ path: `${path}.start`, message: `is not a calendar date (${span.start})` });
  if (span.end !== undefined) {
    if (!isCalendarDate(span.end)) problems.push({ path: `${path}.end`, message: `is not a calendar date (${span.end})` });
    else if (span.end < span.start) problems.push({ path: `${path}.end`, message: `is before the start (${span.start})` });
  }
}

/** The cross-references and uniqueness rules of a structurally valid report. */
export function checkReportIntegrity(report: Report): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const idsOf = <T extends { id: string }>(list: T[], name: string): Set<string> => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) problems.push({ path: `${name}[${i}].id`, message: `duplicates the id "${item.id}"` });
      seen.add(item.id);
    });
    return seen;
  };
  const places = idsOf(report.places, 'places');
  const sources = idsOf(report.sources, 'sources');
  const stories = idsOf(report.stories, 'stories');
  const metrics = idsOf(report.metrics, 'metrics');
  const tags = report.tags ? idsOf(report.tags, 'tags') : undefined;
  const ref = (set: Set<string>, id: string, path: string, kind: string) => {
    if (!set.has(id)) problems.push({ path, message: `refers to a ${kind} "${id}" that the report does not have` });
  };

  report.places.forEach((place, i) => {
    if (!place.provinceCode.endsWith('0000')) {
      problems.push({ path: `places[${i}].provinceCode`, message: `must be a provincial-level code ending in 0000 (got ${place.provinceCode})` });
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
    if (!Number.isFinite(metric.value)) problems.push({ path: `metrics[${i}].value`, message: 'must be a finite number' });
    ref(places, metric.place, `metrics[${i}].place`, 'place');
    ref(stories, metric.story, `metrics[${i}].story`, 'story');
    ref(sources, metric.source, `metrics[${i}].source`, 'source');
    checkSpan(metric.asOf, `metrics[${i}].asOf`, problems);
    if (metric.target) {
      if (!(metric.target.value > 0) || !Number.isFinite(metric.target.value)) {
        problems.push({ path: `metrics[${i}].target.value`, message: 'must be a positive number' });
      }
      if (!isCalendarDate(metric.target.deadline)) {
        problems.push({ path: `metrics[${i}].target.deadline`, message: `is not a calendar date (${metric.target.deadline})` });
      }
    }
  });
  if (report.headline !== undefined) ref(metrics, report.headline, 'headline', 'metric');
  if (!isCalendarDate(report.published)) problems.push({ path: 'published', message: `is not a calendar date (${report.published})` });
  return problems;
}

/** Validates anything (parsed JSON, a property value) as a report. */
export function validateReport(input: unknown): ReportValidation {
  const parsed = v.safeParse(ReportSchema, input, { abortPipeEarly: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues.map((issue) => ({ path: pathOf(issue), message: messageOf(issue) })),
    };
  }
  const problems = checkReportIntegrity(parsed.output);
  return problems.length ? { ok: false, problems } : { ok: true, report: parsed.output, problems: [] };
}

/** One line for a list of problems: the first one, and how many more there are. */
export function describeProblems(problems: ReportProblem[]): string {
  const [first] = problems;
  if (!first) return '';
  const head = first.path ? `${first.path}: ${first.message}` : first.message;
  return problems.length > 1 ? `${head} (+${problems.length - 1})` : head;
}
