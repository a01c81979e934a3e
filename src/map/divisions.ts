/** China's 34 provincial-level divisions and their tiles (data/divisions.json). Pure. */
import type { Language, LocalizedText } from '../report/schema.js';
import { localize } from '../format/language.js';
import grid from './divisions.generated.js';

export type DivisionKind = 'province' | 'autonomous-region' | 'municipality' | 'sar';

export interface Division {
  /** GB/T 2260 code, e.g. 440000. */
  code: string;
  kind: DivisionKind;
  /** 广东 / 廣東 / Guangdong */
  short: LocalizedText;
  /** 广东省 / 廣東省 / Guangdong Province */
  full: LocalizedText;
  /** Position in the 7×8 tile grid, 0-based. */
  tile: { col: number; row: number };
}

export interface DivisionGrid {
  columns: number;
  rows: number;
  divisions: Division[];
}

export const DIVISION_GRID: DivisionGrid = grid;
export const DIVISIONS: readonly Division[] = grid.divisions;

const byCode = new Map(DIVISIONS.map((division) => [division.code, division]));

export function findDivision(code: string | null | undefined): Division | undefined {
  return code ? byCode.get(code) : undefined;
}

/** 广东省 / 廣東省 / Guangdong (English short names read better than "Guangdong Province" in lists). */
export function divisionName(division: Division, language: Language, form: 'short' | 'full' = 'full'): string {
  return localize(form === 'full' && language !== 'en' ? division.full : division.short, language);
}
