/**
 * The width the map's svg will have in a container of a given width, as region-map.styles.ts lays it out: the
 * whole width, or from 44rem on, the first grid column beside a legend of at least 12rem (and a 0.75rem gap),
 * at most `--sw-map-max-width`. The element sizes its first render with it, so that it need not render again
 * once the svg is measured (a ResizeObserver still corrects any difference). Without container queries (older
 * engines) the map is the whole width up to `--sw-map-max-width`, the legend below it. Pure; no DOM.
 */
export const WIDE_FROM_REM = 44;
const LEGEND_AND_GAP_REM = 12.75;

export function expectedMapWidth(
  containerPx: number,
  remPx: number,
  maxWidthPx = WIDE_FROM_REM * remPx,
  containerQueries = true,
): number {
  if (!(containerPx > 0) || !(remPx > 0)) return 0;
  if (!containerQueries) return Math.min(containerPx, maxWidthPx);
  if (containerPx < WIDE_FROM_REM * remPx) return containerPx;
  return Math.max(0, Math.min(maxWidthPx, containerPx - LEGEND_AND_GAP_REM * remPx));
}

/** A CSS length in rem or px (what `--sw-map-max-width` usually is) in pixels, or undefined for anything else. */
export function lengthPx(value: string, remPx: number): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)(rem|px)\s*$/.exec(value);
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === 'rem' ? remPx : 1);
}
