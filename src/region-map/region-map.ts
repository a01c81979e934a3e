import { html, type TemplateResult } from 'lit';
import { SwElement, type ElementProblem } from '../base/sw-element.js';
import type { Language, Report } from '../report/schema.js';

/**
 * <sw-region-map>: placeholder until its issue is built.
 */
export class RegionMap extends SwElement {
  protected override renderReport(report: Report, _language: Language): TemplateResult | ElementProblem {
    return html`<p>${report.id}</p>`;
  }
}
