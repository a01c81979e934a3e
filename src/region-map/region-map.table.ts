/**
 * The table of <sw-region-map>: the divisions with data, the national row and how many divisions have none. Always
 * there for screen readers; shown to everyone with the 以表格显示 / "Show as table" button. With an indicator its name
 * and value columns sort (a button in the header, `aria-sort`) and a rank column follows the value.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type * as ChoroplethKit from '../map/choropleth-kit.js';
import type { Language } from '../report/schema.js';
import type { InteractionState } from './region-map.interaction.js';
import { REGION_MAP_MESSAGES } from './region-map.messages.js';
import type { RegionMapView, TableSort } from './region-map.view.js';

const storyList = (titles: string[]) =>
  titles.length ? html`<ul>${titles.map((title) => html`<li>${title}</li>`)}</ul>` : nothing;

/**
 * The table of `view`, sorted as `state` says (with an indicator: `kit` is then the loaded choropleth code), visible
 * when `state.table`; `sortBy` sorts it by a column.
 */
export function tableTemplate(
  view: RegionMapView,
  language: Language,
  { sort, table }: InteractionState,
  kit: typeof ChoroplethKit | undefined,
  sortBy: (by: TableSort['by']) => void,
): TemplateResult {
  const messages = REGION_MAP_MESSAGES[language];
  const others = view.tiles.length - view.tableRows.length;
  const sortable = !!view.indicator;
  const rows = sortable ? kit!.sortTableRows(view.tableRows, sort, language) : view.tableRows;
  const headers = [messages.divisionHeader, view.measureLabel, messages.placesHeader, messages.storiesHeader];
  const national = view.national;
  return html`<div class="table-area ${table ? '' : 'visually-hidden'}">
      <table part="table">
        <caption>${view.indicator ? view.indicator.title(view.mapLabel) : view.mapLabel}</caption>
        <thead><tr>${sortable ? kit!.sortableHeaders(html, headers, sort, language, sortBy, table) : headers.map((label) => html`<th scope="col">${label}</th>`)}</tr></thead>
        <tbody>${rows.map(
          (
            tile,
          ) => html`<tr data-row=${tile.code}><th scope="row">${tile.name}</th><td>${tile.valueText}</td>${sortable ? html`<td>${tile.rankText}</td>` : nothing}<td>${tile.placesText}</td>
            <td>${storyList(tile.storyTitles)}</td></tr>`,
        )}${
          national
            ? html`<tr class="national-row"><th scope="row">${national.name}</th><td>${national.valueText}</td>${sortable ? html`<td></td>` : nothing}<td>${national.placesText}</td>
            <td>${storyList(national.storyTitles)}</td></tr>`
            : nothing
        }</tbody>
      </table>
      ${others ? html`<p class="muted">${messages.otherDivisions(others, view.noDataLabel)}</p>` : nothing}
    </div>`;
}
