/** What the grid and geographic map tests share: rendering, finding options, focus and tooltip, settling, tabbing in. */
import { fixture, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { RegionMap } from './region-map.js';
import { until } from '../../test/support/wait.js';

export const REPORT_CODES = ['330000', '440000', '510000', '620000', '810000'];

export const shadow = (el: RegionMap) => el.shadowRoot!;
/** The 34 divisions: tiles in the grid, paths in the geographic layout. */
export const options = (el: RegionMap) => [...shadow(el).querySelectorAll<SVGGElement>('[role="option"]')];
export const option = (el: RegionMap, code: string) =>
  shadow(el).querySelector<SVGGElement>(`[role="option"][data-code="${code}"]`)!;
export const focused = (el: RegionMap) =>
  (shadow(el).activeElement as Element | null)?.getAttribute('data-code') ?? null;
export const tooltip = (el: RegionMap) => shadow(el).querySelector<HTMLElement>('[role="tooltip"]')!;

/** Waits for the map to be measured (ResizeObserver) and drawn again. */
export async function settle(el: RegionMap): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

/** Waits for the map or an error: the choropleth code is loaded on the first `indicator`. */
export async function drawn(el: RegionMap): Promise<void> {
  await until(() => shadow(el)?.querySelector('[role="option"], [part="error"]'), 'the map or an error shown');
  await settle(el);
}

/** Waits until the geographic map is drawn (its module and geometry load asynchronously). */
export async function geoDrawn(el: RegionMap): Promise<void> {
  await until(() => shadow(el)?.querySelector('[role="option"] path'), 'the geographic map is drawn');
  await settle(el);
}

/**
 * Renders `template` (a map, or a wrapper holding one) and waits until `ready`: by default `drawn`, the map (or an
 * error) shown and settled; `geoDrawn` for the geographic layout. Resolves with the map.
 */
export async function render(
  template: TemplateResult,
  ready: (el: RegionMap) => Promise<void> = drawn,
): Promise<RegionMap> {
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'sw-region-map' ? root : root.querySelector('sw-region-map')) as RegionMap;
  await ready(el);
  return el;
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

/** sRGB channels 0–255 of a computed color: rgb(…) or color(srgb …). */
export function channels(color: string): number[] {
  const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(color);
  if (srgb) return srgb.slice(1, 4).map((value) => Number(value) * 255);
  const rgb = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)/.exec(color);
  if (rgb) return rgb.slice(1, 4).map(Number);
  throw new Error(`cannot read color ${color}`);
}

/** WCAG relative luminance of a computed color. */
export function luminance(color: string): number {
  const [r, g, b] = channels(color).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two computed colors. */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}
