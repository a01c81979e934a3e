// The text an embed snippet carries inside each element's tag (shared/snippet-fallback.js, where it is written),
// with the library's functions from the bundle the builder loads. Tested in test/builder.test.ts.
import { localize, formatQuantity, findPlace, findDivision, divisionName, storyProvinceCodes } from '../cdn/sw-widgets.js';
import { snippetFallbacks } from '../shared/snippet-fallback.js';

export { fallbackLanguage, FALLBACK_TITLES } from '../shared/snippet-fallback.js';
export const { cardFallback, mapFallback, listFallback } = snippetFallbacks({
  localize,
  formatQuantity,
  findPlace,
  findDivision,
  divisionName,
  storyProvinceCodes,
});
