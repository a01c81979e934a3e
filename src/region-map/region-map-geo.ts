/**
 * The geographic layout of <sw-region-map> (layout="geo"), the part in the
 * element's bundle: GeoLoader loads the geographic module (projection and
 * drawing, geo-module.ts) and the geometry on demand when a map first asks
 * for them (src/on-demand/on-demand.ts: in the script-tag bundles, sw-geo.js and
 * sw-china.map.json beside them, checked against their hashes), and says so
 * when they fail. The element draws with the module's `geoMapTemplate`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addStyles } from '../base/extra-styles.js';
import type { GeoLoadError, GeoMapLayout } from '../map/geo-map.js';
import type { Language } from '../report/schema.js';
import { DIVISIONS } from '../map/divisions.js';
import { onDemand, type LoadFailure } from '../on-demand/on-demand.js';
import type * as GeoModule from './geo-module.js';
import { REGION_MAP_GEO_MESSAGES } from './region-map-geo.messages.js';

const geoModule = onDemand(() => import('./geo-module.js'));

/** The geometry of one URL: loading (no map, no error), drawn, or failed. */
export interface GeoState {
  /** The page's own geometry (`geo-src`, resolved), or '' for the package's. */
  url: string;
  map?: GeoMapLayout;
  module?: typeof GeoModule;
  /** The failure in a language. */
  error?: (language: Language) => string;
}

interface GeoHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  layout: string;
  geoSrc: string | null;
  timeout: number;
  readonly language: Language;
}

/** Loads the geometry named by the host's `geo-src` (or the default) while `layout` is `geo`. */
export class GeoLoader implements ReactiveController {
  state: GeoState | null = null;

  /** `onTampered`: the element's handling of a file that failed its check (SwElement's `blockIfTampered`). */
  constructor(
    private readonly host: GeoHost,
    private readonly onTampered: (error: unknown) => boolean,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const host = this.host;
    if (host.layout !== 'geo') {
      // A failure is forgotten once the reader is back on the grid: the next `layout="geo"` tries again.
      if (this.state?.error) this.state = null;
      return;
    }
    const url = host.geoSrc ? new URL(host.geoSrc, document.baseURI).href : '';
    if (this.state?.url === url) return;
    const state = (this.state = { url });
    const timeout = host.timeout > 0 ? host.timeout : 10_000;
    const fail = (error: (language: Language) => string, cause: unknown) => {
      if (!this.settle(state, { url, error })) return;
      const message = error(host.language);
      // A page's own geometry (`geo-src`) that does not match its `geo-integrity`: said like any failure to load it.
      const code = (cause as Partial<LoadFailure>).tampered ? 'integrity' : 'geo-load-failed';
      host.dispatchEvent(
        new CustomEvent('sw-error', { detail: { code, message, field: 'geo-src' }, bubbles: true, composed: true }),
      );
    };
    geoModule.load().then(
      (module) => {
        // The drawing's styles come with the module (a constructed stylesheet, or a <style> where there is none).
        addStyles(host.renderRoot as ShadowRoot, module.GEO_CSS);
        // A page's own geometry is checked against its `geo-integrity` if it has one; the package's, always.
        module
          .loadGeometry(
            url,
            host.getAttribute('geo-integrity'),
            DIVISIONS.map((division) => division.code),
            timeout,
          )
          .then(
            (map) => this.settle(state, { url, map, module }),
            // The package's geometry that fails its check stops the element (its `blockIfTampered`).
            (error: GeoLoadError) =>
              (url || !this.onTampered(error)) &&
              fail(
                (language) =>
                  REGION_MAP_GEO_MESSAGES[language].loadFailed(
                    error.url,
                    module.describeGeoFailure(error, language, timeout),
                  ),
                error,
              ),
          );
      },
      // The module itself did not load: its URL is the one to name.
      (error: { url?: string }) =>
        this.onTampered(error) ||
        fail((language) => REGION_MAP_GEO_MESSAGES[language].loadFailed(error.url ?? url), error),
    );
  }

  /** Applies the outcome of a load unless the URL changed meanwhile. */
  private settle(started: GeoState, next: GeoState): boolean {
    if (this.state !== started) return false;
    this.state = next;
    this.host.requestUpdate();
    return true;
  }
}
