/** Registers <sw-region-map>. Importing this module is the only side effect of the element. */
import { defineElement } from '../base/define.js';
import { RegionMap } from './region-map.js';

defineElement('sw-region-map', RegionMap);

export { RegionMap };

declare global {
  interface HTMLElementTagNameMap {
    'sw-region-map': RegionMap;
  }
}
