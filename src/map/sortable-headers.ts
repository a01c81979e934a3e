/**
 * The header cells of a choropleth's table: the division and value columns sort (a button in the header,
 * `aria-sort` on the sorted one), then the rank, places and stories. Loaded with the choropleth's code (only a map
 * with an indicator has a sortable table); the element passes its own `html`, so that the page keeps one copy of Lit.
 */
import type { html as litHtml, TemplateResult } from 'lit';
import type { Language } from '../report/schema.js';
import { CHOROPLETH_MESSAGES } from './choropleth.messages.js';
import type { TableSort } from './table-sort.js';

/**
 * `labels`: the division, value, places and stories columns' headers; `onSort` sorts by a column. `shown`: the table
 * is shown to everyone; while it is there for screen readers only, its buttons are out of the tab order (a keyboard
 * would otherwise land on buttons nobody sees) and stay available to a screen reader's reading mode.
 */
export function sortableHeaders(
  html: typeof litHtml,
  [division, value, places, stories]: string[],
  sort: TableSort,
  language: Language,
  onSort: (by: TableSort['by']) => void,
  shown: boolean,
): TemplateResult {
  const messages = CHOROPLETH_MESSAGES[language];
  const sortable = (label: string, by: TableSort['by']) =>
    html`<th scope="col" aria-sort=${sort.by === by ? (sort.descending ? 'descending' : 'ascending') : 'none'}><button type="button" class="sort" data-sort=${by} tabindex=${shown ? 0 : -1} aria-label=${messages.sortBy(label)} @click=${() => onSort(by)}>${label}<span aria-hidden="true">${sort.by === by ? (sort.descending ? ' ↓' : ' ↑') : ''}</span></button></th>`;
  return html`${sortable(division, 'name')}${sortable(value, 'value')}<th scope="col">${messages.rankHeader}</th><th scope="col">${places}</th><th scope="col">${stories}</th>`;
}
