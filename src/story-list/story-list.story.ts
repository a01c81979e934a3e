/**
 * One story of <sw-story-list>: title (a link when it has one), original title, date, places (buttons that select
 * the division on the followed map, when there is one), sources, summary, key figures and tags.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { divisionName, findDivision } from '../map/divisions.js';
import type { Language } from '../report/schema.js';
import type { StoryListMessages } from './story-list.messages.js';
import type { StoryView } from './story-view.js';

/** `selectOnMap`: what a place's button does (selects its division on the followed map); null without a map. */
export function storyTemplate(
  view: StoryView,
  language: Language,
  messages: StoryListMessages,
  selectOnMap: ((code: string, button: HTMLElement) => void) | null,
): TemplateResult {
  const langUnless = (lang: Language) => (lang === language ? nothing : lang);
  const title = html`<span lang=${langUnless(view.title.lang)}>${view.title.text}</span>`;
  const places = view.places.map((place, i) => {
    const separator = i ? messages.placeSeparator : '';
    const division = selectOnMap && findDivision(place.provinceCode);
    if (!division) return html`${separator}${place.name}`;
    return html`${separator}<button
        type="button"
        class="place"
        part="place"
        title=${messages.showOnMap(divisionName(division, language))}
        @click=${(event: Event) => selectOnMap!(place.provinceCode, event.currentTarget as HTMLElement)}
      >${place.name}</button
      >`;
  });
  return html`<li>
    <article class="story" part="story" aria-labelledby="title-${view.id}">
      <h3 class="title" part="title" id="title-${view.id}" tabindex="-1">
        ${
          view.href
            ? html`<a href=${view.href} target="_blank" rel="noopener noreferrer"
              >${title}<span class="visually-hidden">${messages.newTab}</span></a
            >`
            : title
        }
      </h3>
      ${
        view.originalTitle
          ? html`<p class="original" part="original-title">
            ${messages.originalTitle}<span lang=${view.originalTitle.lang}>${view.originalTitle.text}</span>
          </p>`
          : nothing
      }
      <p class="meta" part="meta">
        <time datetime=${view.datetime}>${view.date}</time>
        <span class="places">${places}</span>
      </p>
      ${view.sources ? html`<p class="sources" part="sources">${view.sources}</p>` : nothing}
      <p class="summary" part="summary" lang=${langUnless(view.summary.lang)}>${view.summary.text}</p>
      ${
        view.figures.length
          ? html`<ul class="figures" part="figures" aria-label=${messages.figures}>
            ${view.figures.map(
              (figure) =>
                html`<li class="figure" part="figure"><strong>${figure.value}</strong> ${figure.label}${figure.date ? html`<span class="figure-date">${messages.figureDate(figure.date)}</span>` : nothing}</li>`,
            )}
          </ul>`
          : nothing
      }
      ${
        view.tags.length
          ? html`<ul class="tags" aria-label=${messages.tags}>
            ${view.tags.map((tag) => html`<li class="tag" part="tag">${tag.label}</li>`)}
          </ul>`
          : nothing
      }
    </article>
  </li>`;
}
