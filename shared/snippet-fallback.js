// The text an embed snippet carries inside each element's tag: what the widget shows, as a sentence, in the
// widget's language. A page shows it until the script runs (or instead, where scripts are blocked, and to
// crawlers and reader modes); the elements have no slot, so it is hidden once they render. Tested in
// test/builder.test.ts.
//
// A plain module (shared/: no imports, no DOM, no Node API): the library's functions it needs are given by whoever
// loads it, the builder the bundle's (demo/snippet-fallback.js, cdn/sw-widgets.js), the CLI's widget pages and the
// WordPress plugin the npm modules' (dist/, cli/lib/widget-pages.js).

const MESSAGES = {
  'zh-Hans': {
    card: (place, label, figure) => `${place}${label}${figure}`,
    map: '地区图',
    list: '报道列表',
    storyCounts: (title, counts) => `${title}，各省级行政区的报道数量：${counts}。`,
    storyCount: (name, count) => `${name} ${count} 篇`,
    noStories: (title) => `${title}，暂无涉及各省级行政区的报道。`,
    metricIn: (division, sentence) => `${sentence}（${division}）。`,
    indicator: (label, year, count, top, bottom) =>
      `${label}（${year}年），${count} 个省级行政区有数据；最高为${top}，最低为${bottom}。`,
    indicatorAt: (name, figure) => `${name} ${figure}`,
    selected: (name) => `已选中${name}。`,
    stories: (titles, total) => `${titles.join('；')}${total > titles.length ? `等 ${total} 篇` : ''}。`,
    noMatch: '没有符合条件的报道。',
    separator: '、',
    colon: '：',
  },
  'zh-Hant': {
    card: (place, label, figure) => `${place}${label}${figure}`,
    map: '地區圖',
    list: '報道列表',
    storyCounts: (title, counts) => `${title}，各省級行政區的報道數量：${counts}。`,
    storyCount: (name, count) => `${name} ${count} 篇`,
    noStories: (title) => `${title}，暫無涉及各省級行政區的報道。`,
    metricIn: (division, sentence) => `${sentence}（${division}）。`,
    indicator: (label, year, count, top, bottom) =>
      `${label}（${year}年），${count} 個省級行政區有數據；最高為${top}，最低為${bottom}。`,
    indicatorAt: (name, figure) => `${name} ${figure}`,
    selected: (name) => `已選中${name}。`,
    stories: (titles, total) => `${titles.join('；')}${total > titles.length ? `等 ${total} 篇` : ''}。`,
    noMatch: '沒有符合條件的報道。',
    separator: '、',
    colon: '：',
  },
  en: {
    card: (place, label, figure) => (place ? `${place}: ${figure} ${label}` : `${figure} ${label}`),
    map: 'Region map',
    list: 'Story list',
    storyCounts: (title, counts) => `${title}, stories by provincial-level division: ${counts}.`,
    storyCount: (name, count) => `${name} ${count}`,
    noStories: (title) => `${title}: no stories in a provincial-level division yet.`,
    metricIn: (division, sentence) => `${sentence} (${division}).`,
    indicator: (label, year, count, top, bottom) =>
      `${label} (${year}), ${count} provincial-level divisions with data; highest ${top}, lowest ${bottom}.`,
    indicatorAt: (name, figure) => `${name} ${figure}`,
    selected: (name) => `${name} selected.`,
    stories: (titles, total) =>
      `${titles.join('; ')}${total > titles.length ? ` and ${total - titles.length} more` : ''}.`,
    noMatch: 'No story matches.',
    separator: ', ',
    colon: ': ',
  },
};

/** The snippet's language: the widget's `lang` when it is one of the three, else zh-Hans (what the elements default to). */
export function fallbackLanguage(lang) {
  if (lang === 'en' || /^en-/i.test(lang || '')) return 'en';
  if (/^zh-(Hant|HK|MO|TW)/i.test(lang || '')) return 'zh-Hant';
  return 'zh-Hans';
}

/** The number of titles a list's fallback names at most (the rest are counted). */
export const FALLBACK_TITLES = 5;

/** A label that already begins with the place's name is not prefixed with it again (全国持证社会工作者, not 全国全国…). */
function withoutRepeatedPlace(place, label) {
  return place && label.toLowerCase().startsWith(place.toLowerCase()) ? '' : place;
}

/** The indicator's values of one year (`year`, else the latest), as the map draws them. */
function indicatorYear(indicator, year) {
  const yearOf = (value) => (value.date || indicator.asOf.start).slice(0, 4);
  const years = [...new Set(indicator.values.map(yearOf))].sort();
  const shown = year && years.includes(String(year)) ? String(year) : years[years.length - 1];
  return { year: shown, values: indicator.values.filter((value) => yearOf(value) === shown) };
}

/**
 * The three elements' fallbacks, with the library's functions (`localize`, `formatQuantity`, `findPlace`,
 * `findDivision`, `divisionName`, `storyProvinceCodes`, as sw-widgets exports them).
 */
export function snippetFallbacks({
  localize,
  formatQuantity,
  findPlace,
  findDivision,
  divisionName,
  storyProvinceCodes,
}) {
  /** The card's figure as one sentence: 潮州市登记认定慈善组织29家 / Chaozhou: 29 registered charitable organizations. */
  function cardFallback(report, attributes, lang) {
    const language = fallbackLanguage(lang);
    const metric = attributes.metric
      ? report.metrics.find((m) => m.id === attributes.metric)
      : report.metrics.find((m) => m.id === report.headline) || report.metrics[0];
    if (!metric) return '';
    const label = localize(metric.label, language);
    const place = withoutRepeatedPlace(localize(findPlace(report, metric.place)?.name, language), label);
    return MESSAGES[language].card(place, label, formatQuantity(metric, language, { units: report.units }).text);
  }

  const divisionLabel = (code, language) => {
    const division = findDivision(code);
    return division ? divisionName(division, language) : code;
  };

  /** The map's content in a sentence or two: what colors it and its figures, and the division selected. */
  function mapFallback(report, attributes, lang) {
    const language = fallbackLanguage(lang);
    const m = MESSAGES[language];
    let text;
    const indicator = attributes.indicator && (report.indicators || []).find((i) => i.id === attributes.indicator);
    const metric = !attributes.indicator && attributes.metric && report.metrics.find((i) => i.id === attributes.metric);
    if (indicator) {
      const { year, values } = indicatorYear(indicator, attributes.year);
      const sorted = values.slice().sort((a, b) => b.value - a.value);
      const at = (value) =>
        m.indicatorAt(
          divisionLabel(value.division, language),
          formatQuantity(
            { value: value.value, unit: indicator.unit, qualifier: value.qualifier || 'exact' },
            language,
            { units: report.units },
          ).text,
        );
      text = m.indicator(
        localize(indicator.label, language),
        year,
        sorted.length,
        at(sorted[0]),
        at(sorted[sorted.length - 1]),
      );
    } else if (metric) {
      const place = findPlace(report, metric.place);
      text = m.metricIn(
        divisionLabel(place?.provinceCode, language),
        cardFallback(report, { metric: metric.id }, language),
      );
    } else {
      const counts = new Map();
      for (const story of report.stories)
        for (const code of storyProvinceCodes(report, story))
          if (findDivision(code)) counts.set(code, (counts.get(code) || 0) + 1);
      const title = localize(report.title, language);
      text = counts.size
        ? m.storyCounts(
            title,
            [...counts].map(([code, count]) => m.storyCount(divisionLabel(code, language), count)).join(m.separator),
          )
        : m.noStories(title);
    }
    const selected = attributes.selected && findDivision(attributes.selected);
    return `${m.map}${m.colon}${text}${selected ? ` ${m.selected(divisionName(selected, language))}` : ''}`;
  }

  /** The list's first stories (as it filters and orders them) by title, and how many there are. */
  function listFallback(report, attributes, lang) {
    const language = fallbackLanguage(lang);
    const m = MESSAGES[language];
    let stories = report.stories.filter(
      (story) =>
        (!attributes.region || storyProvinceCodes(report, story).includes(attributes.region)) &&
        (!attributes.tag || (story.tags || []).includes(attributes.tag)),
    );
    const title = (story) => localize(story.title, language);
    stories =
      attributes.sort === 'title'
        ? stories.slice().sort((a, b) => title(a).localeCompare(title(b), language))
        : stories.slice().sort((a, b) => (a.date.start < b.date.start ? 1 : a.date.start > b.date.start ? -1 : 0));
    const limit = Math.min(Number(attributes.limit) > 0 ? Number(attributes.limit) : 20, FALLBACK_TITLES);
    return `${m.list}${m.colon}${stories.length ? m.stories(stories.slice(0, limit).map(title), stories.length) : m.noMatch}`;
  }

  return { cardFallback, mapFallback, listFallback };
}
