/**
 * What a report given by `src` or `report` can fail with, per language: loaded with the checks
 * (report-checks.ts, cdn/sw-report.js), never with an element that shows the bundled report. The network
 * failure is shared text (format/messages.ts): code loaded on demand can fail that way too.
 */
import type { Language } from './schema.js';

export interface LoadErrorMessages {
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
}

export const LOAD_ERROR_MESSAGES: Record<Language, LoadErrorMessages> = {
  'zh-Hans': {
  httpStatus: (url, status) => `报告地址 ${url} 返回错误 ${status}`,
  timeout: (url, seconds) => `报告地址 ${url} 在 ${seconds} 秒内没有响应`,
  notJson: (url, excerpt) => `报告地址 ${url} 返回的不是 JSON${excerpt ? `（开头是“${excerpt}”）` : '（内容为空）'}`,
  truncatedJson: (url, length) => `报告地址 ${url} 返回的 JSON 不完整，在第 ${length} 个字符处中断`,
  wrongContentType: (url, type) => `报告地址 ${url} 返回的是 ${type} 类型的内容，不是 JSON`,
  tooLarge: (url) => `报告地址 ${url} 的内容过大（超过 5 MB）`,
  invalidReport: (url, detail) => `报告 ${url} 的数据有误：${detail}`,
  invalidProperty: (detail) => `report 属性中的数据有误：${detail}`,
  },
  'zh-Hant': {
  httpStatus: (url, status) => `報告地址 ${url} 返回錯誤 ${status}`,
  timeout: (url, seconds) => `報告地址 ${url} 在 ${seconds} 秒內沒有回應`,
  notJson: (url, excerpt) => `報告地址 ${url} 返回的不是 JSON${excerpt ? `（開頭是「${excerpt}」）` : '（內容為空）'}`,
  truncatedJson: (url, length) => `報告地址 ${url} 返回的 JSON 不完整，在第 ${length} 個字元處中斷`,
  wrongContentType: (url, type) => `報告地址 ${url} 返回的是 ${type} 類型的內容，不是 JSON`,
  tooLarge: (url) => `報告地址 ${url} 的內容過大（超過 5 MB）`,
  invalidReport: (url, detail) => `報告 ${url} 的資料有誤：${detail}`,
  invalidProperty: (detail) => `report 屬性中的資料有誤：${detail}`,
  },
  en: {
  httpStatus: (url, status) => `The report at ${url} answered with error ${status}`,
  timeout: (url, seconds) => `The report at ${url} did not answer within ${seconds} s`,
  notJson: (url, excerpt) => `The report at ${url} is not JSON (${excerpt ? `it begins “${excerpt}”` : 'it is empty'})`,
  truncatedJson: (url, length) => `The report at ${url} is incomplete: its JSON breaks off after ${length} characters`,
  wrongContentType: (url, type) => `The report at ${url} is served as ${type}, not JSON`,
  tooLarge: (url) => `The report at ${url} is too large (over 5 MB)`,
  invalidReport: (url, detail) => `The report at ${url} is invalid: ${detail}`,
  invalidProperty: (detail) => `The report property is invalid: ${detail}`,
  },
};
