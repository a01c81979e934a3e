/** Look-ups over a report that several elements need. Pure. */
import type { Metric, Place, Report, Source, Story } from './schema.js';

/** The division code of a national (country-level) place: its `provinceCode`, and its `adcode` if given. */
export const COUNTRY_CODE = '100000';

export function findMetric(report: Report, id: string): Metric | undefined {
  return report.metrics.find((metric) => metric.id === id);
}

export function findPlace(report: Report, id: string): Place | undefined {
  return report.places.find((place) => place.id === id);
}

export function findStory(report: Report, id: string): Story | undefined {
  return report.stories.find((story) => story.id === id);
}

export function findSource(report: Report, id: string): Source | undefined {
  return report.sources.find((source) => source.id === id);
}

/** The provincial-level codes (e.g. 440000) a story's places lie in, without repeats. */
export function storyProvinceCodes(report: Report, story: Story): string[] {
  const codes = new Set<string>();
  for (const id of story.places) {
    const place = findPlace(report, id);
    if (place) codes.add(place.provinceCode);
  }
  return [...codes];
}
