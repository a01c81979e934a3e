import { css } from 'lit';

/**
 * Styles of <sw-region-map layout="geo"> needed before the geographic module
 * arrives (or when it fails): the placeholder has the map's proportions. The
 * drawing's own styles come with the module (region-map-geo.render.ts).
 */
export const regionMapGeoStyles = css`
  .figure > .placeholder {
    aspect-ratio: 1000 / 926;
  }
  .show-grid {
    margin-top: 0.5em;
  }
`;
