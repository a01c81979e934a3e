/** Text of <sw-region-map indicator> (the choropleth), per language: loaded with the choropleth code, on demand. */
import type { Language } from '../report/schema.js';

export interface ChoroplethMessages {
  /** The `indicator` attribute names no indicator of the report. */
  unknownIndicator: (id: string) => string;
  /** The `year` attribute names a year the indicator has no values for. */
  unknownYear: (year: string, indicator: string) => string;
  /** The `scale` attribute is not quantile, quantize or threshold. */
  unknownScale: (scale: string) => string;
  /** An indicator the map cannot draw; `field` is the path in the report (indicators[0].values[3].division). */
  indicatorProblem: Record<
    'unknown-division' | 'duplicate-value' | 'invalid-value',
    (field: string, detail: string) => string
  >;
  /** Legend title of an indicator: 常住人口（2020年） / Resident population, 2020. */
  indicatorTitle: (label: string, year: string) => string;
  /** Column header of the rank. */
  rankHeader: string;
  /** CSV column headers of an indicator's unit and date. */
  unitHeader: string;
  dateHeader: string;
  /** The legend's no-data entry naming the few divisions without a value: 无数据：香港、澳门、台湾. */
  noDataNamed: (noData: string, names: string) => string;
  /** Accessible name of a sort button: 按常住人口排序 / Sort by resident population. */
  sortBy: (column: string) => string;
}

export const CHOROPLETH_MESSAGES: Record<Language, ChoroplethMessages> = {
  'zh-Hans': {
    unknownIndicator: (id) => `未找到分省数据 "${id}"`,
    unknownYear: (year, id) => `分省数据 "${id}" 没有 ${year} 年的数值`,
    unknownScale: (scale) => `分级方式 "${scale}" 无效，应为 quantile、quantize 或 threshold`,
    indicatorProblem: {
      'unknown-division': (field, code) => `${field}：${code} 不是省级行政区代码`,
      'duplicate-value': (field, key) => `${field}：同一省级行政区同一日期的数值重复（${key}）`,
      'invalid-value': (field, value) => `${field}：${value} 不是数字`,
    },
    indicatorTitle: (label, year) => `${label}（${year}年）`,
    rankHeader: '排名',
    unitHeader: '单位',
    dateHeader: '日期',
    noDataNamed: (noData, names) => `${noData}：${names}`,
    sortBy: (column) => `按${column}排序`,
  },
  'zh-Hant': {
    unknownIndicator: (id) => `找不到分省資料 "${id}"`,
    unknownYear: (year, id) => `分省資料 "${id}" 沒有 ${year} 年的數值`,
    unknownScale: (scale) => `分級方式 "${scale}" 無效，應為 quantile、quantize 或 threshold`,
    indicatorProblem: {
      'unknown-division': (field, code) => `${field}：${code} 不是省級行政區代碼`,
      'duplicate-value': (field, key) => `${field}：同一省級行政區同一日期的數值重複（${key}）`,
      'invalid-value': (field, value) => `${field}：${value} 不是數字`,
    },
    indicatorTitle: (label, year) => `${label}（${year}年）`,
    rankHeader: '排名',
    unitHeader: '單位',
    dateHeader: '日期',
    noDataNamed: (noData, names) => `${noData}：${names}`,
    sortBy: (column) => `按${column}排序`,
  },
  en: {
    unknownIndicator: (id) => `Figures by division "${id}" not found`,
    unknownYear: (year, id) => `Figures by division "${id}" have no values for ${year}`,
    unknownScale: (scale) => `Scale "${scale}" is not valid; use quantile, quantize or threshold`,
    indicatorProblem: {
      'unknown-division': (field, code) => `${field}: ${code} is not a provincial-level division code`,
      'duplicate-value': (field, key) => `${field}: a second value for the same division and date (${key})`,
      'invalid-value': (field, value) => `${field}: ${value} is not a number`,
    },
    indicatorTitle: (label, year) => `${label}, ${year}`,
    rankHeader: 'Rank',
    unitHeader: 'Unit',
    dateHeader: 'Date',
    noDataNamed: (noData, names) => `${noData}: ${names}`,
    sortBy: (column) => `Sort by ${column.charAt(0).toLowerCase() + column.slice(1)}`,
  },
};
