/**
 * Interface text shared by every element, per language. Element-specific text
 * lives beside each element (e.g. stat-card/stat-card.messages.ts).
 */
import type { Language } from '../report/schema.js';

export interface SharedMessages {
  loading: string;
  /** Prefix of a source line: 据《潮州日报》 / Source: Chaozhou Daily. */
  source: (names: string) => string;
  /** Joins a list of names: 《潮州日报》、中国社会工作联合会 / A, B and C. */
  list: (items: string[]) => string;
  errorHeading: string;
  staleNotice: string;
  loadError: {
    network: (url: string) => string;
    httpStatus: (url: string, status: number) => string;
    timeout: (url: string, seconds: number) => string;
    /** `excerpt`: how the body begins ('' for an empty body). */
    notJson: (url: string, excerpt: string) => string;
    /** JSON that stops part-way (a dropped connection, a half-written file) after `length` characters. */
    truncatedJson: (url: string, length: number) => string;
    /** Served with a type that is not JSON, e.g. text/html. */
    wrongContentType: (url: string, type: string) => string;
    tooLarge: (url: string) => string;
    invalidReport: (url: string, detail: string) => string;
    invalidProperty: (detail: string) => string;
  };
}

const listFormats = new Map<Language, Intl.ListFormat>();
function joinList(language: Language, locale: string, items: string[]): string {
  let format = listFormats.get(language);
  if (!format) listFormats.set(language, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format.format(items);
}

export const SHARED_MESSAGES: Record<Language, SharedMessages> = {
  'zh-Hans': {
    loading: '正在加载…',
    source: (names) => `据${names}`,
    list: (items) => items.join('、'),
    errorHeading: '无法显示',
    staleNotice: '新数据加载失败，仍显示上次的数据。',
    loadError: {
      network: (url) => `无法连接到报告地址 ${url}`,
      httpStatus: (url, status) => `报告地址 ${url} 返回错误 ${status}`,
      timeout: (url, seconds) => `报告地址 ${url} 在 ${seconds} 秒内没有响应`,
      notJson: (url, excerpt) => `报告地址 ${url} 返回的不是 JSON${excerpt ? `（开头是“${excerpt}”）` : '（内容为空）'}`,
      truncatedJson: (url, length) => `报告地址 ${url} 返回的 JSON 不完整，在第 ${length} 个字符处中断`,
      wrongContentType: (url, type) => `报告地址 ${url} 返回的是 ${type} 类型的内容，不是 JSON`,
      tooLarge: (url) => `报告地址 ${url} 的内容过大（超过 5 MB）`,
      invalidReport: (url, detail) => `报告 ${url} 的数据有误：${detail}`,
      invalidProperty: (detail) => `report 属性中的数据有误：${detail}`,
    },
  },
  'zh-Hant': {
    loading: '正在載入…',
    source: (names) => `據${names}`,
    list: (items) => items.join('、'),
    errorHeading: '無法顯示',
    staleNotice: '新資料載入失敗，仍顯示上次的資料。',
    loadError: {
      network: (url) => `無法連接到報告地址 ${url}`,
      httpStatus: (url, status) => `報告地址 ${url} 返回錯誤 ${status}`,
      timeout: (url, seconds) => `報告地址 ${url} 在 ${seconds} 秒內沒有回應`,
      notJson: (url, excerpt) => `報告地址 ${url} 返回的不是 JSON${excerpt ? `（開頭是「${excerpt}」）` : '（內容為空）'}`,
      truncatedJson: (url, length) => `報告地址 ${url} 返回的 JSON 不完整，在第 ${length} 個字元處中斷`,
      wrongContentType: (url, type) => `報告地址 ${url} 返回的是 ${type} 類型的內容，不是 JSON`,
      tooLarge: (url) => `報告地址 ${url} 的內容過大（超過 5 MB）`,
      invalidReport: (url, detail) => `報告 ${url} 的資料有誤：${detail}`,
      invalidProperty: (detail) => `report 屬性中的資料有誤：${detail}`,
    },
  },
  en: {
    loading: 'Loading…',
    source: (names) => `Source: ${names}`,
    list: (items) => joinList('en', 'en-GB', items),
    errorHeading: 'Cannot show this',
    staleNotice: 'New data failed to load; showing the last data.',
    loadError: {
      network: (url) => `Cannot reach the report at ${url}`,
      httpStatus: (url, status) => `The report at ${url} answered with error ${status}`,
      timeout: (url, seconds) => `The report at ${url} did not answer within ${seconds} s`,
      notJson: (url, excerpt) => `The report at ${url} is not JSON (${excerpt ? `it begins “${excerpt}”` : 'it is empty'})`,
      truncatedJson: (url, length) => `The report at ${url} is incomplete: its JSON breaks off after ${length} characters`,
      wrongContentType: (url, type) => `The report at ${url} is served as ${type}, not JSON`,
      tooLarge: (url) => `The report at ${url} is too large (over 5 MB)`,
      invalidReport: (url, detail) => `The report at ${url} is invalid: ${detail}`,
      invalidProperty: (detail) => `The report property is invalid: ${detail}`,
    },
  },
};
