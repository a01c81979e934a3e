/**
 * The side of <sw-region-map>: the legend (a swatch for each step or class, no data (无报道 / 无数据), the place
 * marker; with an indicator its year, note and source), the line about what has national scope, and the "Show as
 * table" button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../report/schema.js';
import { REGION_MAP_MESSAGES } from './region-map.messages.js';
import type { RegionMapView } from './region-map.view.js';

/**
 * The legend and what follows it for `view`; `markers`: the map shows place markers; `tableShown` and
 * `toggleTable`: the table button's state and action.
 */
export function legendTemplate(
  view: RegionMapView,
  language: Language,
  markers: boolean,
  tableShown: boolean,
  toggleTable: () => void,
): TemplateResult {
  const messages = REGION_MAP_MESSAGES[language];
  const indicator = view.indicator;
  return html`<div class="aside">
        <div class="legend" part="legend">
          <p class="legend-title">${indicator ? indicator.title(view.measureLabel) : view.measureLabel}</p>
          <ul>
            ${view.legend.map((entry) => html`<li><span class="swatch step-${entry.step}"></span>${entry.label}</li>`)}
            <li><span class=${indicator ? 'swatch hatched' : 'swatch'}></span>${view.noDataLegend}</li>
            ${markers ? html`<li><span class="swatch dot"></span>${messages.markerLegend}</li>` : nothing}
          </ul>
          ${indicator?.note ? html`<p class="muted legend-note">${indicator.note}</p>` : nothing}
          ${indicator ? html`<p class="muted legend-source">${indicator.sourceLine}</p>` : nothing}
        </div>
        ${view.national?.text ? html`<p class="national">${view.national.text}</p>` : nothing}
        <button type="button" class="table-toggle" part="table-toggle" aria-pressed=${String(tableShown)} @click=${toggleTable}>${messages.showTable}</button>
      </div>`;
}
