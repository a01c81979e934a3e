/** What every element shows while its report loads, and when it cannot show it. */
import { html, type TemplateResult } from 'lit';
import type { SharedMessages } from '../format/messages.js';

/** The placeholder shown while a report loads; elements may size it through `--_placeholder-height`. */
export function placeholderTemplate(messages: SharedMessages): TemplateResult {
  return html`<div class="placeholder" part="placeholder" role="status" aria-busy="true">
    <span class="visually-hidden">${messages.loading}</span>
  </div>`;
}

/** The error box: a heading (无法显示 / Cannot show this) and what was wrong. */
export function errorTemplate(messages: SharedMessages, message: string): TemplateResult {
  return html`<div class="error" part="error" role="alert"><strong>${messages.errorHeading}</strong><span>${message}</span></div>`;
}
