// Mistakes the generated JSX types (dist/jsx.d.ts) catch; `npm run typecheck` fails if one is not an error.
import type {} from 'sw-widgets/jsx';

export const checks = (
  <>
    {/* @ts-expect-error limit is a number property, not a string */}
    <sw-story-list limit="5" />
    {/* @ts-expect-error variant is 'full' or 'compact' */}
    <sw-stat-card variant="large" />
    {/* @ts-expect-error the event detail has code and name, not region */}
    <sw-region-map onsw-region-select={(event) => event.detail.region} />
    {/* @ts-expect-error no such attribute */}
    <sw-stat-card metrics="chaozhou-volunteers" />
    {/* Correct uses type-check. */}
    <sw-stat-card metric="chaozhou-volunteers" theme="dark" story-link noCountUp />
    <sw-region-map selected="440000" onsw-ready={(event) => event.detail.reportId.toUpperCase()} />
    <sw-story-list tag="volunteering" sort="title" limit={5} for="map" onsw-error={(event) => event.detail.field?.length} />
  </>
);
