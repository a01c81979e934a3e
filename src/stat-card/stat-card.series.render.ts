/**
 * The sparkline and table of a card's series, loaded with the series code (cdn/sw-series.js): the element
 * passes its own `html`, so the page keeps one copy of Lit.
 */
import type { html as litHtml, TemplateResult } from 'lit';
import type { SeriesView } from './stat-card.series.js';

/** The line is one image named by the whole series in a sentence; the table holds every point. */
export function seriesTemplate(html: typeof litHtml, series: SeriesView): TemplateResult {
  const { sparkline, table } = series;
  return html`<div class="sparkline" part="sparkline">
<svg viewBox="0 0 ${sparkline.width} ${sparkline.height}" role="img" aria-label=${series.summary}><path d=${sparkline.path}></path><circle cx=${sparkline.last.x} cy=${sparkline.last.y} r="3"></circle></svg>
<p class="sparkline-labels" aria-hidden="true"><span><span class="sparkline-date">${sparkline.firstLabel.date}</span> ${sparkline.firstLabel.value}</span><span><span class="sparkline-date">${sparkline.lastLabel.date}</span> ${sparkline.lastLabel.value}</span></p>
</div>
<details class="series-table" part="series-table"><summary>${table.caption}</summary>
<table><thead><tr><th scope="col">${table.date}</th><th scope="col">${table.value}</th></tr></thead>
<tbody>${series.rows.map(([date, value]) => html`<tr><th scope="row">${date}</th><td>${value}</td></tr>`)}</tbody></table>
</details>`;
}
