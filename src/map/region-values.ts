/**
 * What the map shows for each provincial-level division of a report: its
 * value under the chosen measure, the places and the stories there. Pure.
 */
import type { Metric, Place, Report, Story } from '../report/schema.js';
import { findMetric, findPlace, storyProvinceCodes } from '../report/query.js';

/** The number of stories per division (default), or one metric's value in its division. */
export type RegionMeasure = { kind: 'stories' } | { kind: 'metric'; metric: Metric };

export interface RegionEntry {
  /** The division's code, e.g. 440000. */
  code: string;
  /** The value under the measure, or null when the division has none. */
  value: number | null;
  /** The places of the report that lie in the division, in report order. */
  places: Place[];
  /** The stories with at least one place in the division, in report order. */
  stories: Story[];
}

export type RegionValues =
  | { ok: true; measure: RegionMeasure; entries: Map<string, RegionEntry> }
  | { ok: false; code: 'unknown-metric'; metricId: string };

/**
 * The entries of every division the report mentions, keyed by code. With
 * `metricId`, the division of the metric's place holds the metric's value and
 * the others mentioned by the report hold null; without, each holds its
 * number of stories (a story counts once in each division it has a place in).
 */
export function regionValues(report: Report, metricId?: string | null): RegionValues {
  let measure: RegionMeasure = { kind: 'stories' };
  if (metricId) {
    const metric = findMetric(report, metricId);
    if (!metric) return { ok: false, code: 'unknown-metric', metricId };
    measure = { kind: 'metric', metric };
  }
  const entries = new Map<string, RegionEntry>();
  const entry = (code: string): RegionEntry => {
    let found = entries.get(code);
    if (!found) entries.set(code, (found = { code, value: null, places: [], stories: [] }));
    return found;
  };
  for (const place of report.places) entry(place.provinceCode).places.push(place);
  for (const story of report.stories) {
    for (const code of storyProvinceCodes(report, story)) entry(code).stories.push(story);
  }
  if (measure.kind === 'stories') {
    for (const found of entries.values()) found.value = found.stories.length || null;
  } else {
    const place = findPlace(report, measure.metric.place);
    if (place) entry(place.provinceCode).value = measure.metric.value;
  }
  return { ok: true, measure, entries };
}

/** A place below province level (潮州市, 庄浪县, 腾祥社区): one the map marks on its division's tile. */
export function isBelowProvince(place: Place): boolean {
  return place.level !== 'province' && place.level !== 'sar' && place.adcode !== place.provinceCode;
}

export interface PlaceGroup {
  place: Place;
  /** Places in the same division whose `parent` is this place (腾蛟镇腾祥社区 under 平阳县). */
  children: Place[];
}

/** Places grouped under their parents when both lie in the same list: 朝天区（中子镇、朝天镇…）. */
export function groupPlaces(places: readonly Place[]): PlaceGroup[] {
  const ids = new Set(places.map((place) => place.id));
  const groups = new Map<string, PlaceGroup>();
  for (const place of places)
    if (!place.parent || !ids.has(place.parent)) groups.set(place.id, { place, children: [] });
  for (const place of places) {
    if (place.parent && ids.has(place.parent)) {
      // A grandchild joins the group of its top ancestor in the list.
      let top = place.parent;
      const seen = new Set<string>([place.id]);
      while (!groups.has(top) && !seen.has(top)) {
        seen.add(top);
        top = places.find((candidate) => candidate.id === top)?.parent ?? top;
      }
      groups.get(top)?.children.push(place);
    }
  }
  return [...groups.values()];
}
