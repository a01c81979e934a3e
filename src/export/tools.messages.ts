/** The download buttons' text (the `tools` attribute), per language. In every bundle, so kept short. */
import type { Language } from '../report/schema.js';

export interface ToolsMessages {
  /** Accessible name of the group of buttons. */
  group: string;
  image: string;
  data: string;
  /** Before the reason, beside the buttons, when an export fails. */
  failed: string;
}

export const TOOLS_MESSAGES: Record<Language, ToolsMessages> = {
  'zh-Hans': { group: '下载', image: '下载图片', data: '下载数据', failed: '无法导出：' },
  'zh-Hant': { group: '下載', image: '下載圖片', data: '下載數據', failed: '無法匯出：' },
  en: { group: 'Download', image: 'Download image', data: 'Get the data', failed: 'Could not export: ' },
};
