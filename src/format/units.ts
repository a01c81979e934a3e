/**
 * Units of a figure: the built-in ones with their Traditional Chinese and
 * English forms, and the report's own `units` table for any other. Pure; no DOM.
 *
 * English drops counting words (人, 名, 家, 个, 所, 项, 张, 场): the label names
 * what is counted ("348 universities"). Units that measure (小时, 岁, 平方米,
 * 个百分点, 人次 ...) keep an English word, singular and plural.
 */
import type { Language, Unit, UnitForms } from '../report/schema.js';

/** How a unit is written after a number. */
export interface UnitEntry {
  'zh-Hant': string;
  /** English after a number (plural); '' for a counting word. */
  en: string;
  /** English singular, when it differs. */
  enOne?: string;
  /** What the unit counts or measures in English, for a table's unit column ("people", "hours"). */
  enName: string;
  /** Money in yuan: 元 ×1, 万元 ×10,000, 亿元 ×100,000,000 (¥ in English). */
  yuan?: number;
  /** A per cent sign (%) rather than a word. */
  percent?: boolean;
  /** A measure: English reads "label, figure" rather than "figure label". */
  measure?: boolean;
}

/** The report's table of units that are not built in, keyed by the Simplified Chinese unit. */
export type UnitTable = Record<string, UnitForms> | undefined;

const count = (hant: string, enName: string): UnitEntry => ({ 'zh-Hant': hant, en: '', enName });
const measure = (hant: string, en: string, enOne: string): UnitEntry => ({
  'zh-Hant': hant,
  en,
  enOne,
  enName: en,
  measure: true,
});

/** Every built-in unit, keyed by its Simplified Chinese form. */
export const BUILT_IN_UNITS: Readonly<Record<string, UnitEntry>> = {
  人: count('人', 'people'),
  名: count('名', 'people'),
  家: count('家', 'organizations'),
  个: count('個', 'items'),
  所: count('所', 'institutions'),
  项: count('項', 'items'),
  张: count('張', 'beds'),
  场: count('場', 'events'),
  元: { 'zh-Hant': '元', en: '', enName: 'yuan', yuan: 1 },
  万元: { 'zh-Hant': '萬元', en: '', enName: '10,000 yuan', yuan: 1e4 },
  亿元: { 'zh-Hant': '億元', en: '', enName: '100 million yuan', yuan: 1e8 },
  '%': { 'zh-Hant': '%', en: '%', enName: '%', percent: true, measure: true },
  小时: measure('小時', 'hours', 'hour'),
  次: measure('次', 'times', 'time'),
  人次: measure('人次', 'person-times', 'person-time'),
  户: measure('戶', 'households', 'household'),
  岁: measure('歲', 'years', 'year'),
  个百分点: measure('個百分點', 'percentage points', 'percentage point'),
  平方米: measure('平方米', 'square metres', 'square metre'),
};

/** The built-in units, in the order above. */
export const BUILT_IN_UNIT_NAMES: readonly string[] = Object.keys(BUILT_IN_UNITS);

/** How the unit is written, from the built-in list or the report's table; undefined when neither has it. */
export function unitEntry(unit: Unit, units?: UnitTable): UnitEntry | undefined {
  const builtIn = Object.prototype.hasOwnProperty.call(BUILT_IN_UNITS, unit) ? BUILT_IN_UNITS[unit] : undefined;
  if (builtIn) return builtIn;
  const forms = units && Object.prototype.hasOwnProperty.call(units, unit) ? units[unit] : undefined;
  if (!forms) return undefined;
  const en = forms.en ?? '';
  return { 'zh-Hant': forms['zh-Hant'] ?? unit, en, enOne: forms.enOne, enName: en || unit, measure: Boolean(en) };
}

/** Whether the widgets know how to write the unit in every language. */
export function isKnownUnit(unit: Unit, units?: UnitTable): boolean {
  return unitEntry(unit, units) !== undefined;
}

/**
 * The unit as written after a number: 人 / 個 / '' (English counting word), hours / hour.
 * A unit nobody describes (validation rejects it) is written as given.
 */
export function unitText(unit: Unit, language: Language, options: { units?: UnitTable; one?: boolean } = {}): string {
  const entry = unitEntry(unit, options.units);
  if (!entry) return unit;
  if (language === 'zh-Hans') return unit;
  if (language === 'zh-Hant') return entry['zh-Hant'];
  return options.one && entry.enOne ? entry.enOne : entry.en;
}

/** The unit named for a table's unit column: 人 / 個 / people, hours, 10,000 yuan. */
export function unitName(unit: Unit, language: Language, units?: UnitTable): string {
  const entry = unitEntry(unit, units);
  if (!entry) return unit;
  return language === 'en' ? entry.enName : unitText(unit, language, { units });
}

/** Whether English reads the figure after its label ("volunteer hours, over 1.4 billion hours"). */
export function isMeasureUnit(unit: Unit, units?: UnitTable): boolean {
  return Boolean(unitEntry(unit, units)?.measure);
}
