/**
 * Which stories a list shows and in what order: filtering by provincial-level
 * division and tag, sorting by date or title, and paging. Pure; no DOM.
 *
 * Results are memoized per report object, so re-rendering (or filtering
 * 10,000 stories again after a map click) never re-sorts: the sorted list is
 * kept per (report, sort, language) and each filter is one linear pass over it.
 */
import type { Language, Report, Story } from '../report/schema.js';
import { INTL_LOCALE, localize } from '../format/language.js';

export type StorySort = 'date' | 'title';

export interface StoryFilter {
  /** Provincial-level adcode (440000): stories with any place in that division. */
  region: string | null;
  /** Tag id: stories carrying that tag. */
  tag: string | null;
  sort: StorySort;
  /** Only matters for `sort: 'title'`, which orders titles as the reader's language does. */
  language: Language;
}

interface ReportIndex {
  /** Each story's provincial-level codes. */
  provinces: Map<Story, Set<string>>;
  /** Sorted and filtered results by key; cleared when it grows past a bound. */
  results: Map<string, readonly Story[]>;
}

const MAX_CACHED_RESULTS = 64;
const indexes = new WeakMap<Report, ReportIndex>();

function indexOf(report: Report): ReportIndex {
  let index = indexes.get(report);
  if (!index) {
    const placeProvince = new Map(report.places.map((place) => [place.id, place.provinceCode]));
    const provinces = new Map<Story, Set<string>>();
    for (const story of report.stories) {
      const codes = new Set<string>();
      for (const id of story.places) {
        const code = placeProvince.get(id);
        if (code) codes.add(code);
      }
      provinces.set(story, codes);
    }
    indexes.set(report, (index = { provinces, results: new Map() }));
  }
  return index;
}

function cached(index: ReportIndex, key: string, compute: () => readonly Story[]): readonly Story[] {
  let result = index.results.get(key);
  if (!result) {
    if (index.results.size >= MAX_CACHED_RESULTS) index.results.clear();
    index.results.set(key, (result = compute()));
  }
  return result;
}

/** Newest first by start, then by end (a span's end defaults to its start); ties keep report order. */
export function compareByDateDescending(a: Story, b: Story): number {
  const start = b.date.start.localeCompare(a.date.start);
  if (start) return start;
  return (b.date.end ?? b.date.start).localeCompare(a.date.end ?? a.date.start);
}

/** The report's stories in the requested order (all of them). */
export function sortStories(report: Report, sort: StorySort, language: Language): readonly Story[] {
  const index = indexOf(report);
  const key = sort === 'title' ? `title|${language}` : 'date';
  return cached(index, key, () => {
    const stories = [...report.stories];
    if (sort === 'title') {
      // The locale's default collation: pinyin for zh-CN, stroke order for zh-TW.
      const collator = new Intl.Collator(INTL_LOCALE[language]);
      const titles = new Map(stories.map((story) => [story, localize(story.title, language)]));
      return stories.sort((a, b) => collator.compare(titles.get(a)!, titles.get(b)!));
    }
    return stories.sort(compareByDateDescending);
  });
}

/** The stories matching the filter, in order. The same array is returned for the same report and filter. */
export function queryStories(report: Report, filter: StoryFilter): readonly Story[] {
  const sorted = sortStories(report, filter.sort, filter.language);
  const { region, tag } = filter;
  if (!region && !tag) return sorted;
  const index = indexOf(report);
  const key = `${filter.sort === 'title' ? `title|${filter.language}` : 'date'}|${region ?? ''}|${tag ?? ''}`;
  return cached(index, key, () =>
    sorted.filter(
      (story) => (!region || index.provinces.get(story)!.has(region)) && (!tag || story.tags.includes(tag)),
    ),
  );
}

export interface StoryPage {
  /** The stories to put in the DOM. */
  shown: readonly Story[];
  /** How many more match but are not shown. */
  remaining: number;
}

/** The first `count` stories and how many are left. */
export function pageStories(stories: readonly Story[], count: number): StoryPage {
  const shown = stories.slice(0, Math.max(0, count));
  return { shown, remaining: stories.length - shown.length };
}
