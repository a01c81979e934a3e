/** Text of the iframe embed page (cdn/embed.html): its title and the errors of a bad query string. */
import type { Language } from '../report/schema.js';
import type { EmbedKind, EmbedProblem } from './embed-query.js';

export interface EmbedMessages {
  /** The page's title per widget. */
  titles: Record<EmbedKind, string>;
  /** Same heading as an element's own error box. */
  errorHeading: string;
  problem: (problem: EmbedProblem) => string;
}

const KINDS = 'stat-card, region-map, story-list, map-list';

export const EMBED_MESSAGES: Record<Language, EmbedMessages> = {
  'zh-Hans': {
    titles: {
      'stat-card': '数字卡片',
      'region-map': '地区图',
      'story-list': '报道列表',
      'map-list': '地区图和报道列表',
    },
    errorHeading: '无法显示',
    problem: (p) => {
      switch (p.reason) {
        case 'missing-el':
          return `缺少参数 el（可选：${KINDS}）`;
        case 'unknown-el':
          return `参数 el 的值“${p.value}”无效（可选：${KINDS}）`;
        case 'unknown-key':
          return `未知参数“${p.key}”：${p.kind} 没有这个属性`;
        case 'bad-value':
          return `参数“${p.key}”的值“${p.value}”无效${p.allowed ? `（可选：${p.allowed.join(', ')}）` : ''}`;
        case 'origin-not-allowed':
          return `参数“${p.key}”：本页不从 ${p.origin || '这个地址'} 载入内容（只载入本站和发布者允许的来源的内容）`;
        case 'link-not-allowed':
          return `参数“${p.key}”：本页不链接到 ${p.origin || '这个地址'}（只链接本站、发布者允许的来源和报告中的报道原文）`;
      }
    },
  },
  'zh-Hant': {
    titles: {
      'stat-card': '數字卡片',
      'region-map': '地區圖',
      'story-list': '報道列表',
      'map-list': '地區圖和報道列表',
    },
    errorHeading: '無法顯示',
    problem: (p) => {
      switch (p.reason) {
        case 'missing-el':
          return `缺少參數 el（可選：${KINDS}）`;
        case 'unknown-el':
          return `參數 el 的值「${p.value}」無效（可選：${KINDS}）`;
        case 'unknown-key':
          return `未知參數「${p.key}」：${p.kind} 沒有這個屬性`;
        case 'bad-value':
          return `參數「${p.key}」的值「${p.value}」無效${p.allowed ? `（可選：${p.allowed.join(', ')}）` : ''}`;
        case 'origin-not-allowed':
          return `參數「${p.key}」：本頁不從 ${p.origin || '這個地址'} 載入內容（只載入本站和發布者允許的來源的內容）`;
        case 'link-not-allowed':
          return `參數「${p.key}」：本頁不連結到 ${p.origin || '這個地址'}（只連結本站、發布者允許的來源和報告中的報道原文）`;
      }
    },
  },
  en: {
    titles: {
      'stat-card': 'Stat card',
      'region-map': 'Region map',
      'story-list': 'Story list',
      'map-list': 'Region map and story list',
    },
    errorHeading: 'Cannot show this',
    problem: (p) => {
      switch (p.reason) {
        case 'missing-el':
          return `The parameter el is missing (one of ${KINDS})`;
        case 'unknown-el':
          return `The parameter el has an unknown value "${p.value}" (one of ${KINDS})`;
        case 'unknown-key':
          return `Unknown parameter "${p.key}": ${p.kind} has no such attribute`;
        case 'bad-value':
          return `The parameter "${p.key}" has an invalid value "${p.value}"${p.allowed ? ` (one of ${p.allowed.join(', ')})` : ''}`;
        case 'origin-not-allowed':
          return `The parameter "${p.key}": this page does not load content from ${p.origin || 'that address'} (only from its own site and the origins its publisher allows)`;
        case 'link-not-allowed':
          return `The parameter "${p.key}": this page does not link to ${p.origin || 'that address'} (only to its own site, the origins its publisher allows and the report's own stories)`;
      }
    },
  },
};
