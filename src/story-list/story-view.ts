/**
 * What one story card shows, as plain strings in the reader's language: the
 * view model of <sw-story-list>. Pure; no DOM. All text stays text (the
 * element renders it with Lit text bindings), and only http:/https: URLs
 * survive `safeHttpUrl`.
 */
import type { Language, LocalizedText, Report, Story } from '../report/schema.js';
import { localize } from '../format/language.js';
import { formatDateSpan, machineDate } from '../format/date.js';
import { formatQuantity } from '../format/quantity.js';
import { SHARED_MESSAGES } from '../format/messages.js';
import { findMetric, findPlace, findSource } from '../report/query.js';

/** A piece of text and the language it is actually in (a missing translation falls back to zh-Hans). */
export interface TextIn {
  text: string;
  lang: Language;
}

export interface StoryView {
  id: string;
  title: TextIn;
  /** The title in the story's original language, when the reader sees a translation. */
  originalTitle: TextIn | null;
  /** Where the title links (new tab), or null. */
  href: string | null;
  /** 2024年5月31日至6月2日 / 近日 / 31 May – 2 June 2024 */
  date: string;
  /** For `<time datetime>`. */
  datetime: string;
  places: Array<{ id: string; name: string; provinceCode: string }>;
  /** 据《潮州日报》、中国社会工作联合会 / Source: Chaozhou Daily and China Association of Social Workers */
  sources: string;
  summary: TextIn;
  tags: Array<{ id: string; label: string }>;
  /** Key figures: 超32万人 + 注册志愿者; `date` (2018年) when several figures of the story share a label. */
  figures: Array<{ id: string; value: string; label: string; date?: string }>;
}

/** The URL if it is an absolute http: or https: URL, else null (javascript:, data:, relative, garbage). */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function textIn(text: LocalizedText, language: Language): TextIn {
  return { text: localize(text, language), lang: text[language] ? language : 'zh-Hans' };
}

/** A tag's label from the report's tag definitions, else its id. */
export function tagLabel(report: Report, id: string, language: Language): string {
  const definition = report.tags?.find((tag) => tag.id === id);
  return definition ? localize(definition.label, language) : id;
}

export function storyView(report: Report, story: Story, language: Language): StoryView {
  const shared = SHARED_MESSAGES[language];
  const title = textIn(story.title, language);
  const originalLanguage = story.originalLanguage ?? 'zh-Hans';
  const original = story.title[originalLanguage];
  const places = story.places.flatMap((id) => {
    const place = findPlace(report, id);
    return place ? [{ id, name: localize(place.name, language), provinceCode: place.provinceCode }] : [];
  });
  const sourceNames = story.sources.flatMap((id) => {
    const source = findSource(report, id);
    return source ? [localize(source.name, language)] : [];
  });
  const metrics = story.metrics.flatMap((id) => findMetric(report, id) ?? []);
  const labels = metrics.map((metric) => localize(metric.label, language));
  const figures = metrics.map((metric, i) => {
    const figure: StoryView['figures'][number] = {
      id: metric.id,
      value: formatQuantity(metric, language, { units: report.units }).text,
      label: labels[i],
    };
    // Chips that read the same (新增持证社会工作者 in 2018 and 2020) say when.
    if (labels.indexOf(labels[i]) !== labels.lastIndexOf(labels[i]))
      figure.date = formatDateSpan(metric.asOf, language);
    return figure;
  });
  return {
    id: story.id,
    title,
    originalTitle:
      original && title.lang !== originalLanguage && original !== title.text
        ? { text: original, lang: originalLanguage }
        : null,
    href: safeHttpUrl(story.url),
    date: formatDateSpan(story.date, language),
    datetime: machineDate(story.date),
    places,
    sources: sourceNames.length ? shared.source(shared.list(sourceNames)) : '',
    summary: textIn(story.summary, language),
    tags: story.tags.map((id) => ({ id, label: tagLabel(report, id, language) })),
    figures,
  };
}
