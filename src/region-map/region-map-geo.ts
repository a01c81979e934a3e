/**
 * The geographic layout of <sw-region-map> (layout="geo"), the part in the
 * element's bundle: GeoLoader fetches the geographic module (projection and
 * drawing, geo-module.ts) and the geometry when a map first asks for them,
 * and says so when they fail. The element draws with the module's
 * `geoMapTemplate`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addStyles } from '../base/extra-styles.js';
import type { GeoLoadError, GeoMapLayout } from '../map/geo-map.js';
import type { Language } from '../report/schema.js';
import { DIVISIONS } from '../map/divisions.js';
import { defaultGeometryUrl, loadGeoModule, type GeoModule } from './geo-loader.js';
import { REGION_MAP_GEO_MESSAGES } from './region-map-geo.messages.js';

/** The geometry of one URL: loading (no map, no error), drawn, or failed. */
export interface GeoState {
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

  constructor(private readonly host: GeoHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    const host = this.host;
    if (host.layout !== 'geo') {
      // A failure is forgotten once the reader is back on the grid: the next `layout="geo"` tries again.
      if (this.state?.error) this.state = null;
      return;
    }
    const url = host.geoSrc ? new URL(host.geoSrc, document.baseURI).href : defaultGeometryUrl();
    if (this.state?.url === url) return;
    const state = (this.state = { url });
    const timeout = host.timeout > 0 ? host.timeout : 10_000;
    const fail = (error: (language: Language) => string) => {
      if (!this.settle(state, { url, error })) return;
      const message = error(host.language);
      host.dispatchEvent(new CustomEvent('sw-error', { detail: { code: 'geo-load-failed', message, field: 'geo-src' }, bubbles: true, composed: true }));
    };
    loadGeoModule().then(
      (module) => {
        // The drawing's styles come with the module.
        addStyles(host.renderRoot as ShadowRoot, module.GEO_CSS);
        module.loadGeoMap(url, DIVISIONS.map((division) => division.code), timeout).then(
          (map) => this.settle(state, { url, map, module }),
          (error: GeoLoadError) => fail((language) => REGION_MAP_GEO_MESSAGES[language].loadFailed(url, module.describeGeoFailure(error, language, timeout))),
        );
      },
      // The module itself did not load: its URL is the one to name.
      (error: { url?: string }) => fail((language) => REGION_MAP_GEO_MESSAGES[language].loadFailed(error.url ?? url)),
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
