/**
 * What a report given by `src` or `report` can fail with, per language: loaded with the checks
 * (report-checks.ts, cdn/sw-report.js), never with an element that shows the bundled report. The network
 * failure is shared text (format/messages.ts): code loaded on demand can fail that way too.
 */
import type { Language } from './schema.js';

export interface LoadErrorMessages {
  /** Each message says what went wrong and what the site owner can do about it. */
  httpStatus: (url: string, status: number) => string;
  timeout: (url: string, seconds: number) => string;
  /** `excerpt`: how the body begins ('' for an empty body). */
  notJson: (url: string, excerpt: string) => string;
  /** JSON that stops part-way (a dropped connection, a half-written file) after `length` characters. */
  truncatedJson: (url: string, length: number) => string;
  /** Served with a type that is not JSON, e.g. text/html. */
  wrongContentType: (url: string, type: string) => string;
  tooLarge: (url: string) => string;
  /** The report's server answered but does not let `pageOrigin` read it: no Access-Control-Allow-Origin (CORS). */
  crossOrigin: (url: string, pageOrigin: string) => string;
  /** No answer at all; `insecure`: an https page asked for an http report (mixed content). */
  network: (url: string, insecure: boolean) => string;
  invalidReport: (url: string, detail: string) => string;
  invalidProperty: (detail: string) => string;
}

/** What to do about an HTTP error, by kind: not found, not allowed, the server's own error, anything else. */
const statusKind = (status: number): 'missing' | 'forbidden' | 'server' | 'other' =>
  status === 404 || status === 410
    ? 'missing'
    : status === 401 || status === 403
      ? 'forbidden'
      : status >= 500
        ? 'server'
        : 'other';

const ZH_HANS_STATUS = {
  missing: '找不到文件。请检查地址，以及报告文件是否已上传',
  forbidden: '不允许读取。报告文件应公开可读（无需登录）',
  server: '服务器出错。请稍后再试',
  other: '请检查地址是否正确',
};
const ZH_HANT_STATUS = {
  missing: '找不到檔案。請檢查地址，以及報告檔案是否已上載',
  forbidden: '不允許讀取。報告檔案應公開可讀（無需登入）',
  server: '伺服器出錯。請稍後再試',
  other: '請檢查地址是否正確',
};
const EN_STATUS = {
  missing: 'no file there. Check the address, and that the report file is uploaded',
  forbidden: 'not allowed. The report file must be public (no sign-in)',
  server: 'the server failed. Try again later',
  other: 'check the address',
};

export const LOAD_ERROR_MESSAGES: Record<Language, LoadErrorMessages> = {
  'zh-Hans': {
    httpStatus: (url, status) => `报告地址 ${url} 返回错误 ${status}：${ZH_HANS_STATUS[statusKind(status)]}。`,
    timeout: (url, seconds) => `报告地址 ${url} 在 ${seconds} 秒内没有响应：服务器太慢或不可用，请稍后再试。`,
    notJson: (url, excerpt) =>
      `报告地址 ${url} 返回的不是 JSON${excerpt ? `（开头是“${excerpt}”）` : '（内容为空）'}：请检查地址是否指向报告的 .json 文件。`,
    truncatedJson: (url, length) =>
      `报告地址 ${url} 返回的 JSON 不完整，在第 ${length} 个字符处中断：请重新上传报告文件。`,
    wrongContentType: (url, type) =>
      `报告地址 ${url} 返回的是 ${type} 类型的内容，不是 JSON：请检查地址是否指向报告的 .json 文件。`,
    tooLarge: (url) => `报告地址 ${url} 的内容过大（超过 5 MB）：请检查地址是否指向报告文件。`,
    crossOrigin: (url, origin) =>
      `报告地址 ${url} 所在的网站不允许本页读取它（跨域访问被拒绝）：请该网站为报告文件加上响应头 Access-Control-Allow-Origin: *（或 ${origin}），或把报告放到本站。`,
    network: (url, insecure) =>
      insecure
        ? `无法连接到报告地址 ${url}：https 网页不能读取 http 地址，请把报告放到 https 地址。`
        : `无法连接到报告地址 ${url}：请检查地址是否正确、服务器是否在运行。`,
    invalidReport: (url, detail) => `报告 ${url} 的数据有误：${detail}`,
    invalidProperty: (detail) => `report 属性中的数据有误：${detail}`,
  },
  'zh-Hant': {
    httpStatus: (url, status) => `報告地址 ${url} 返回錯誤 ${status}：${ZH_HANT_STATUS[statusKind(status)]}。`,
    timeout: (url, seconds) => `報告地址 ${url} 在 ${seconds} 秒內沒有回應：伺服器太慢或不可用，請稍後再試。`,
    notJson: (url, excerpt) =>
      `報告地址 ${url} 返回的不是 JSON${excerpt ? `（開頭是「${excerpt}」）` : '（內容為空）'}：請檢查地址是否指向報告的 .json 檔案。`,
    truncatedJson: (url, length) =>
      `報告地址 ${url} 返回的 JSON 不完整，在第 ${length} 個字元處中斷：請重新上載報告檔案。`,
    wrongContentType: (url, type) =>
      `報告地址 ${url} 返回的是 ${type} 類型的內容，不是 JSON：請檢查地址是否指向報告的 .json 檔案。`,
    tooLarge: (url) => `報告地址 ${url} 的內容過大（超過 5 MB）：請檢查地址是否指向報告檔案。`,
    crossOrigin: (url, origin) =>
      `報告地址 ${url} 所在的網站不允許本頁讀取它（跨域存取被拒絕）：請該網站為報告檔案加上回應標頭 Access-Control-Allow-Origin: *（或 ${origin}），或把報告放到本站。`,
    network: (url, insecure) =>
      insecure
        ? `無法連接到報告地址 ${url}：https 網頁不能讀取 http 地址，請把報告放到 https 地址。`
        : `無法連接到報告地址 ${url}：請檢查地址是否正確、伺服器是否在運行。`,
    invalidReport: (url, detail) => `報告 ${url} 的資料有誤：${detail}`,
    invalidProperty: (detail) => `report 屬性中的資料有誤：${detail}`,
  },
  en: {
    httpStatus: (url, status) =>
      `The report at ${url} answered with error ${status}: ${EN_STATUS[statusKind(status)]}.`,
    timeout: (url, seconds) =>
      `The report at ${url} did not answer within ${seconds} s: its server is slow or down. Try again later.`,
    notJson: (url, excerpt) =>
      `The report at ${url} is not JSON (${excerpt ? `it begins “${excerpt}”` : 'it is empty'}): check that the address is the report's .json file.`,
    truncatedJson: (url, length) =>
      `The report at ${url} is incomplete: its JSON breaks off after ${length} characters. Upload the report file again.`,
    wrongContentType: (url, type) =>
      `The report at ${url} is served as ${type}, not JSON: check that the address is the report's .json file.`,
    tooLarge: (url) => `The report at ${url} is too large (over 5 MB): check that the address is the report file.`,
    crossOrigin: (url, origin) =>
      `The site of the report at ${url} does not let this page read it (CORS): ask that site to send the header Access-Control-Allow-Origin: * (or ${origin}) with the report, or put the report on this site.`,
    network: (url, insecure) =>
      insecure
        ? `Cannot reach the report at ${url}: an https page cannot read an http address. Publish the report at an https address.`
        : `Cannot reach the report at ${url}: check the address, and that its server is running.`,
    invalidReport: (url, detail) => `The report at ${url} is invalid: ${detail}`,
    invalidProperty: (detail) => `The report property is invalid: ${detail}`,
  },
};
