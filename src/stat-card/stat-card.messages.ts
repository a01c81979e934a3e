/** Text of <sw-stat-card> in each language; shared text (据…, errors of loading) is in format/messages.ts. */
import type { Language } from '../report/schema.js';

/** The pieces of a card, already formatted, that make its one spoken sentence. */
export interface SentenceParts {
  /** 2024年6月, 近日, since August 2023 ... */
  date: string;
  /** True when `date` is the text's own wording (近日 / Recently) rather than a formatted date. */
  dateIsWording: boolean;
  /** The place, or '' when the label begins with it (全国持证社会工作者): the sentence says it once. */
  place: string;
  label: string;
  /** The whole figure: 超32万人 / over 320,000. */
  figure: string;
  /** True for measures (%, 岁, 人次) that read better after the label in English. */
  isMeasure: boolean;
  /** The source's name: 《潮州日报》 / Chaozhou Daily. */
  sources: string;
  /** True when the source is a government body or organization ("the … Bureau" in English). */
  sourceIsInstitution: boolean;
}

export interface StatCardMessages {
  unknownMetric: (id: string) => string;
  noMetrics: string;
  /** What a screen reader hears for the figure, as one sentence. */
  sentence: (parts: SentenceParts) => string;
  /** Before the story title: 报道： / Story: */
  story: string;
}

export const STAT_CARD_MESSAGES: Record<Language, StatCardMessages> = {
  'zh-Hans': {
    unknownMetric: (id) => `未找到指标“${id}”`,
    noMetrics: '报告中没有任何指标',
    sentence: (p) => `${p.date}，${p.place}${p.label}${p.figure}，据${p.sources}。`,
    story: '报道：',
  },
  'zh-Hant': {
    unknownMetric: (id) => `找不到指標「${id}」`,
    noMetrics: '報告中沒有任何指標',
    sentence: (p) => `${p.date}，${p.place}${p.label}${p.figure}，據${p.sources}。`,
    story: '報道：',
  },
  en: {
    unknownMetric: (id) => `No metric "${id}" in the report`,
    noMetrics: 'The report has no metrics',
    sentence: (p) => {
      // Wording such as "Recently" starts with a capital letter; mid-sentence it must not.
      const date = p.dateIsWording && p.place ? p.date.charAt(0).toLowerCase() + p.date.slice(1) : p.date;
      const phrase = p.isMeasure ? `${p.label}, ${p.figure}` : `${p.figure} ${p.label}`;
      return `${p.place ? `${p.place}, ` : ''}${date}: ${phrase}, according to ${p.sourceIsInstitution ? 'the ' : ''}${p.sources}.`;
    },
    story: 'Story: ',
  },
};
