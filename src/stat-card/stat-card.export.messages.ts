/** Text of the CSV columns of <sw-stat-card>'s export, per language. Loaded with its export model (src/stat-card/stat-card.export.ts), never with the element. */
import type { Language } from '../report/schema.js';

export type StatCardExportMessages = {
  id: string;
  metric: string;
  value: string;
  qualifier: string;
  unit: string;
  shownAs: string;
  place: string;
  date: string;
  source: string;
  note: string;
  target: string;
  deadline: string;
};

export const STAT_CARD_EXPORT_MESSAGES: Record<Language, StatCardExportMessages> = {
  'zh-Hans': {
    id: '编号',
    metric: '指标',
    value: '数值',
    qualifier: '限定',
    unit: '单位',
    shownAs: '显示为',
    place: '地点',
    date: '日期',
    source: '来源',
    note: '备注',
    target: '目标',
    deadline: '目标期限',
  },
  'zh-Hant': {
    id: '編號',
    metric: '指標',
    value: '數值',
    qualifier: '限定',
    unit: '單位',
    shownAs: '顯示為',
    place: '地點',
    date: '日期',
    source: '來源',
    note: '備註',
    target: '目標',
    deadline: '目標期限',
  },
  en: {
    id: 'ID',
    metric: 'Metric',
    value: 'Value',
    qualifier: 'Qualifier',
    unit: 'Unit',
    shownAs: 'Shown as',
    place: 'Place',
    date: 'Date',
    source: 'Source',
    note: 'Note',
    target: 'Target',
    deadline: 'Target date',
  },
};
