/** One tile of <sw-region-map>'s view: the division's names, its value in words and on the tile, step, rank, places. */
import type { Language, Place } from '../report/schema.js';
import { localize } from '../format/language.js';
import { SHARED_MESSAGES } from '../format/messages.js';
import { divisionName } from '../map/divisions.js';
import type { MapColoring } from '../map/map-coloring.js';
import { groupPlaces, isBelowProvince, type RegionEntry } from '../map/region-values.js';
import { divisionAbbreviation } from '../map/tile-labels.js';
import type { TileBox } from '../map/tile-layout.js';
import { REGION_MAP_MESSAGES } from './region-map.messages.js';
import type { TileView, ValueWriter } from './region-map.view.js';

/** The tile of a division at its place in the grid (`box`), with its entry of the report (none: no data). */
export function tileView(
  { division, x, y, size }: TileBox,
  entry: RegionEntry | undefined,
  write: ValueWriter,
  coloring: MapColoring,
  language: Language,
): TileView {
  const messages = REGION_MAP_MESSAGES[language];
  const code = division.code;
  const value = entry?.value ?? null;
  const name = divisionName(division, language, 'full');
  const [valueText, tileValue] = write(value, code, name);
  const indicator = value === null ? undefined : coloring.indicator;
  const rank = indicator?.rank(code) ?? null;
  const rankText = rank === null ? null : indicator!.rankText(rank);
  const placesText = placesList(entry?.places ?? [], language);
  return {
    code,
    division,
    x,
    y,
    size,
    name,
    shortName: divisionName(division, language, 'short'),
    abbreviation: divisionAbbreviation(code, language),
    value,
    valueText,
    tileValue,
    step: coloring.step(value),
    placesText,
    markedPlaces: (entry?.places ?? []).filter(isBelowProvince).length,
    storyTitles: (entry?.stories ?? []).map((story) => localize(story.title, language)),
    accessibleName: messages.joinParts([
      name,
      valueText,
      ...(rankText ? [rankText] : []),
      ...(placesText ? [messages.places(placesText)] : []),
    ]),
    rank,
    rankText,
    date: indicator?.date(code) ?? null,
  };
}

/** 朝天区（中子镇、朝天镇…）: the places in a division, those below a place after it; null for none. */
function placesList(places: readonly Place[], language: Language): string | null {
  const messages = REGION_MAP_MESSAGES[language];
  const shared = SHARED_MESSAGES[language];
  const groups = groupPlaces(places);
  return groups.length
    ? shared.list(
        groups.map(({ place, children }) => {
          const placeName = localize(place.name, language);
          return children.length
            ? messages.placeWithChildren(
                placeName,
                shared.list(children.map((child) => localize(child.name, language))),
              )
            : placeName;
        }),
      )
    : null;
}
