/**
 * The progress bar of a card, loaded with the progress code: the element passes its own `html`, so the page keeps
 * one copy of Lit. The bar is named by the target wording and valued in words; the visible words beside it are not
 * read twice.
 */
import type { html as litHtml, TemplateResult } from 'lit';
import type { ProgressView } from './stat-card.progress.js';

export function progressTemplate(html: typeof litHtml, progress: ProgressView): TemplateResult {
  return html`<div class="progress" part="progress">
<div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax=${progress.max} aria-valuenow=${Math.min(progress.value, progress.max)} aria-valuetext=${progress.spoken} aria-labelledby="target">
<svg aria-hidden="true" focusable="false"><rect height="100%" width=${`${(progress.fraction * 100).toFixed(2)}%`}></rect></svg>
</div>
<p class="progress-text" aria-hidden="true"><span class="progress-counts">${progress.counts}</span><span>${progress.percent}</span><span id="target">${progress.target}</span></p>
</div>`;
}
