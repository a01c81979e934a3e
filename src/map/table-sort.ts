/**
 * The order of a choropleth's table when its reader sorts a column: by value (largest first when descending; ties
 * in reading order) or by name in the language's collation (pinyin for Simplified Chinese). Pure; loaded with the
 * choropleth's code (choropleth-kit.ts), since only a map with an indicator has a sortable table.
 */
import type { Language } from '../report/schema.js';

export type TableSort = { by: 'value' | 'name'; descending: boolean };

/** One collator per language, made on the first sort by name (making one costs more than sorting 34 rows). */
const collators = new Map<Language, Intl.Collator>();
function collator(language: Language): Intl.Collator {
  let found = collators.get(language);
  if (!found)
    collators.set(
      language,
      (found = new Intl.Collator(
        language === 'en' ? 'en' : language === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans-u-co-pinyin',
      )),
    );
  return found;
}

export function sortTableRows<Row extends { name: string; value: number | null }>(
  rows: readonly Row[],
  sort: TableSort,
  language: Language,
): Row[] {
  const order = new Map(rows.map((row, i) => [row, i]));
  const direction = sort.descending ? -1 : 1;
  const byName = sort.by === 'name' && collator(language);
  return [...rows].sort((a, b) =>
    byName
      ? direction * byName.compare(a.name, b.name) || order.get(a)! - order.get(b)!
      : direction * ((a.value ?? 0) - (b.value ?? 0)) || order.get(a)! - order.get(b)!,
  );
}
