/** Languages the widgets speak, how a BCP 47 tag maps onto them, and per-language text. */
import type { Language, LocalizedText } from '../report/schema.js';

export { LANGUAGES, type Language } from '../report/languages.js';

export const DEFAULT_LANGUAGE: Language = 'zh-Hans';

/**
 * Maps any BCP 47 tag to a supported language, or null when the tag is empty.
 * zh, zh-CN, zh-SG, zh-Hans-* → zh-Hans; zh-HK, zh-TW, zh-MO, zh-Hant-* → zh-Hant;
 * every other language → en (a French or Japanese reader is better served by English).
 */
export function normalizeLanguage(tag: string | null | undefined): Language | null {
  // Most elements and ancestors have no lang: resolveLanguage asks for each of them.
  if (!tag) return null;
  const clean = tag.trim().replace(/_/g, '-').toLowerCase();
  if (!clean) return null;
  const [primary, ...rest] = clean.split('-');
  if (primary !== 'zh') return 'en';
  if (rest.includes('hant')) return 'zh-Hant';
  if (rest.includes('hans')) return 'zh-Hans';
  if (rest.some((part) => part === 'hk' || part === 'tw' || part === 'mo')) return 'zh-Hant';
  return 'zh-Hans';
}

/** The Intl locale used for numbers and dates in each language. */
export const INTL_LOCALE: Record<Language, string> = {
  'zh-Hans': 'zh-CN',
  // zh-HK in ICU writes compact numbers as 320K; zh-TW gives 32萬 as Hong Kong newspapers do.
  'zh-Hant': 'zh-TW',
  en: 'en-GB',
};

/** Text in the requested language, falling back to Traditional→Simplified and English→Simplified. */
export function localize(text: LocalizedText | undefined, language: Language): string {
  if (!text) return '';
  return text[language] ?? text['zh-Hans'];
}

/** How many characters of `label` name `place` at its start (0 when it does not begin with it). */
function placePrefixLength(label: string, place: string): number {
  const name = place.trim();
  // One character (市, 区) is too short to tell a place from the start of a word (市民).
  if (name.length < 2) return 0;
  // English matches whole words, in any case: Guangdong social workers, not Chinatown volunteers.
  if (label.toLowerCase().startsWith(name.toLowerCase()))
    return /[a-z]/i.test(label.charAt(name.length)) ? 0 : name.length;
  // A Chinese name also without its generic part: 广东 for 广东省.
  const short = name.replace(/((特[别別]行政|自治)?[区區]|[省市县縣])$/, '');
  return short !== name && short.length > 1 && label.startsWith(short) ? short.length : 0;
}

/**
 * Whether a label begins with a place's name (全国持证社会工作者 and 全国; Guangdong social workers and Guangdong;
 * 广东社工 and 广东省), so that a sentence or a name says the place once.
 */
export function labelBeginsWith(label: string, place: string): boolean {
  return !!placePrefixLength(label, place);
}

/**
 * The label as said right after its place: 持证社会工作者 for 全国持证社会工作者 after 全国, certified social workers
 * for China's certified social workers after China; the label itself when it does not begin with the place or is
 * nothing but the place.
 */
export function labelAfterPlace(label: string, place: string): string {
  const length = placePrefixLength(label, place);
  const rest = length ? label.slice(length).replace(/^(['’]s\b|的)?[\s,，、:：]*/, '') : '';
  return rest || label;
}
