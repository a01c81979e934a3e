/** What the grid and geographic map tests share: finding options, focus and tooltip, settling, tabbing in. */
import { nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RegionMap } from './region-map.js';

export const REPORT_CODES = ['330000', '440000', '510000', '620000', '810000'];

export const shadow = (el: RegionMap) => el.shadowRoot!;
/** The 34 divisions: tiles in the grid, paths in the geographic layout. */
export const options = (el: RegionMap) => [...shadow(el).querySelectorAll<SVGGElement>('[role="option"]')];
export const option = (el: RegionMap, code: string) => shadow(el).querySelector<SVGGElement>(`[role="option"][data-code="${code}"]`)!;
export const focused = (el: RegionMap) => (shadow(el).activeElement as Element | null)?.getAttribute('data-code') ?? null;
export const tooltip = (el: RegionMap) => shadow(el).querySelector<HTMLElement>('[role="tooltip"]')!;

/** Waits for the map to be measured (ResizeObserver) and drawn again. */
export async function settle(el: RegionMap): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

/** Tabs into the map from a button just before it, as a reader arriving from the page would. */
export async function tabInto(el: RegionMap): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
  await el.updateComplete;
}
