import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { SwElement, elementProblem, type ElementProblem } from '../base/sw-element.js';
import { serverPage } from '../base/server-page.js';
import { themeStyles } from '../base/theme.styles.js';
import { divisionName, findDivision } from '../map/divisions.js';
import type { Language, Report } from '../report/schema.js';
import type { ExportRequest } from '../export/export-model.js';
import { STORY_LIST_MESSAGES } from './story-list.messages.js';
import { storyListStyles } from './story-list.styles.js';
import { pageStories, queryStories, type StorySort } from './story-query.js';
import { storyView, tagLabel } from './story-view.js';
import { storyTemplate } from './story-list.story.js';

/** How many stories are shown at first, and added by each "show more", when `limit` is not set. */
export const DEFAULT_LIMIT = 20;

/** What the list needs of the element named by `for` (the contract of <sw-region-map>). */
interface SelectableMap extends HTMLElement {
  selected?: string | null;
}

/**
 * The report's stories as a news site lists them: title (linked to the
 * article when the report gives an http/https URL), date, places, sources,
 * summary, key figures and tags. Filter by division (`region`) or `tag`, or
 * follow a `<sw-region-map>` with `for`; only the first `limit` stories are
 * in the DOM, with a "show more" button for the rest.
 *
 * @tagname sw-story-list
 * @summary The report's stories, filterable, paged and able to follow a region map.
 *
 * @fires sw-ready - The list shows a report (`detail: { reportId, origin }`).
 * @fires sw-error - The report could not be shown, or `region` is not a provincial-level code (`detail: { code, message, field }`, code `unknown-region`, field `region`).
 *
 * @csspart filter - The line saying what the list is filtered by.
 * @csspart clear-button - The button in the filter line that clears the filter.
 * @csspart status - The count line (共 4 篇报道), or the sentence shown when no story matches.
 * @csspart story - Each story's `<article>`.
 * @csspart title - Each story's heading.
 * @csspart original-title - The original title under a translated one.
 * @csspart meta - The date and places line.
 * @csspart sources - The sources line (据《潮州日报》).
 * @csspart place - A place button (only when following a map).
 * @csspart summary - The summary paragraph.
 * @csspart figures - The list of key figures.
 * @csspart figure - One key-figure chip.
 * @csspart tag - One tag chip.
 * @csspart show-more - The "show more" button.
 * @csspart error - The message shown when the list cannot be displayed.
 * @csspart placeholder - The box shown while a report loads.
 */
export class StoryList extends SwElement {
  static override styles = [themeStyles, storyListStyles];

  /** The reactive properties and their attributes (a static table, not decorators: smaller in the bundles). */
  static override properties: PropertyDeclarations = {
    region: { reflect: true },
    tag: { reflect: true },
    limit: { type: Number },
    sort: {},
    for: {},
    mapSelection: { state: true, attribute: false },
    pages: { state: true, attribute: false },
  };

  /**
   * A provincial-level division code (e.g. `440000` for Guangdong): only stories with a place in
   * that division. A code that is not one of the 34 divisions is shown as an error. While the list
   * follows a map (`for`) that has a selection, the map's selection is used instead.
   */
  region: string | null = null;

  /** A tag id (e.g. `volunteering`): only stories with that tag. */
  tag: string | null = null;

  /** How many stories to show at first and to add with each "show more". Default 20. */
  limit: number = DEFAULT_LIMIT;

  /** `date` (newest first, the default) or `title` (in the reader's language's order). */
  sort: StorySort = 'date';

  /**
   * The id of a `<sw-region-map>` in the same document or shadow root. The list then shows the
   * stories of the map's selected division (all when nothing is selected), and its place names
   * become buttons that select their division on the map. The map may be added after the list.
   */
  for: string | null = null;

  /** The followed map's selection, as last reported by the map. */
  private mapSelection: string | null = null;
  /** How many pages of `limit` stories are shown; reset when the filter changes. */
  private pages = 1;

  private listeningOn: Document | ShadowRoot | null = null;
  /** The first story the next "show more" reveals. */
  private nextStoryId: string | null = null;
  /** A selector of what to focus after the next update: a new story's heading, a place button. */
  private pendingFocus: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode() as Document | ShadowRoot;
    if ('getElementById' in root) {
      this.listeningOn = root;
      root.addEventListener('sw-region-select', this.onMapEvent);
      root.addEventListener('sw-ready', this.onMapEvent);
    }
    if (this.hasUpdated) this.readMapSelection();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listeningOn?.removeEventListener('sw-region-select', this.onMapEvent);
    this.listeningOn?.removeEventListener('sw-ready', this.onMapEvent);
    this.listeningOn = null;
  }

  /** The map named by `for`, if it is on the page. */
  private followedMap(): SelectableMap | null {
    // On a server (sw-widgets/ssr renderPage) the page's other elements are looked up in serverPage.
    const root = this.listeningOn ?? serverPage.root;
    if (!this.for || !root) return null;
    const found = root.getElementById(this.for) as SelectableMap | null;
    return found && found !== this ? found : null;
  }

  private readMapSelection(): void {
    const map = this.followedMap();
    // Before the map's class is defined, its `selected` property does not exist yet: read the attribute.
    this.mapSelection = map ? (map.selected === undefined ? map.getAttribute('selected') : map.selected) || null : null;
    this.requestUpdate();
  }

  private readonly onMapEvent = (event: Event): void => {
    const target = event.target as Element | null;
    if (!this.for || target?.id !== this.for || target === this) return;
    const detail = (event as CustomEvent<{ code?: string | null } | undefined>).detail;
    if (event.type === 'sw-region-select' && detail && 'code' in detail) this.mapSelection = detail.code || null;
    else this.readMapSelection();
  };

  private pageSize(): number {
    const size = Math.floor(this.limit);
    return size > 0 ? size : DEFAULT_LIMIT;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('for')) this.readMapSelection();
    // A new filter starts again at the first page.
    const filterChanged = ['region', 'tag', 'sort', 'limit', 'for', 'mapSelection', 'data'].some((name) =>
      (changed as Map<string, unknown>).has(name),
    );
    if (filterChanged) this.pages = 1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Stories are not keyed (the repeat directive costs 1 KB gzip), so the DOM of a story can
    // move to another one: focus is put back explicitly where the reader expects it.
    if (this.pendingFocus) this.renderRoot.querySelector<HTMLElement>(this.pendingFocus)?.focus();
    this.pendingFocus = null;
  }

  private showMore(): void {
    this.pendingFocus = `#title-${this.nextStoryId}`;
    this.pages += 1;
  }

  private clearFilter(): void {
    const map = this.followedMap();
    if (map && this.mapSelection) map.selected = null;
    this.mapSelection = null;
    this.region = null;
    this.tag = null;
    this.pendingFocus = '.story h3';
  }

  private selectOnMap = (code: string, button: HTMLElement): void => {
    const map = this.followedMap();
    if (!map) return;
    map.selected = code;
    this.mapSelection = code;
    // The story stays in the list (it has a place in that division); keep focus on the same place.
    const article = button.closest('article')!;
    const index = [...article.querySelectorAll('.place')].indexOf(button);
    this.pendingFocus = `[aria-labelledby="${article.getAttribute('aria-labelledby')}"] .place:nth-of-type(${index + 1})`;
  };

  /** The image shows the stories on screen, the CSV all that match (src/story-list/story-list.export.ts). */
  protected override exportRequest(): ExportRequest {
    const region = (this.followedMap() ? this.mapSelection : null) || this.region || null;
    return {
      kind: 'story-list',
      region,
      tag: this.tag || null,
      sort: this.sort === 'title' ? 'title' : 'date',
      shown: this.pageSize() * this.pages,
    };
  }

  /** Its export model comes with the export code, on first use (never with the element, nor another element's). */
  protected override loadExportModel() {
    return import('./story-list.export.js').then((module) => module.storyListExport);
  }

  protected override renderReport(report: Report, language: Language): TemplateResult | ElementProblem {
    const messages = STORY_LIST_MESSAGES[language];
    const map = this.followedMap();
    const fromMap = map ? this.mapSelection : null;
    const region = fromMap || this.region || null;
    const division = findDivision(region);
    if (region && !division && !fromMap)
      return elementProblem('unknown-region', messages.unknownRegion(region), 'region');
    const tag = this.tag || null;
    const stories = queryStories(report, { region, tag, sort: this.sort === 'title' ? 'title' : 'date', language });
    const step = this.pageSize();
    const { shown, remaining } = pageStories(stories, step * this.pages);
    this.nextStoryId = remaining ? stories[shown.length].id : null;
    const regionName = division ? divisionName(division, language) : region;
    const tagName = tag && tagLabel(report, tag, language);

    return html`<div class="list">
      ${
        region || tag
          ? html`<p class="filter" part="filter">
            <span>${messages.filteredBy(regionName, tagName)}</span>
            <button type="button" class="clear" part="clear-button" @click=${this.clearFilter}>${messages.clearFilter}</button>
          </p>`
          : nothing
      }
      <p class=${stories.length ? 'status' : 'status empty'} part="status" role="status">
        ${stories.length ? messages.count(stories.length, shown.length) : messages.empty(regionName, tagName)}
      </p>
      ${
        shown.length
          ? html`<ol class="stories" role="list">
            ${shown.map((story) => storyTemplate(storyView(report, story, language), language, messages, map && this.selectOnMap))}
          </ol>`
          : nothing
      }
      ${
        remaining
          ? html`<button type="button" class="more" part="show-more" @click=${this.showMore}>
            ${messages.showMore(Math.min(step, remaining), remaining)}
          </button>`
          : nothing
      }
    </div>`;
  }
}
