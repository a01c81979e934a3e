/**
 * What <sw-story-list> exports: every story that matches its filter, in its
 * order, as CSV (date, places, sources, summary, tags, key figures, link), and the stories
 * on screen as an image model. Pure; loaded with the export code, not with
 * the element.
 */
import { localize } from '../format/language.js';
import { SHARED_MESSAGES } from '../format/messages.js';
import { divisionName, findDivision } from '../map/divisions.js';
import { findSource } from '../report/query.js';
import type { Language, Report } from '../report/schema.js';
import { EXPORT_MESSAGES } from '../export/export.messages.js';
import { STORY_LIST_EXPORT_MESSAGES } from './story-list.export.messages.js';
import { ExportProblem, fileNamePart, reportAttribution, type ExportModel } from '../export/export-model.js';
import { STORY_LIST_MESSAGES } from './story-list.messages.js';
import { queryStories } from './story-query.js';
import { storyView, tagLabel } from './story-view.js';

/** The image shows at most this many stories (a canvas cannot be taller than 32,767 px); the status line says how many there are. */
export const MAX_IMAGE_STORIES = 30;

export interface StoryListExportOptions {
  region: string | null;
  tag: string | null;
  sort: 'date' | 'title';
  /** How many stories are on screen (the image shows these). */
  shown: number;
}

export function storyListExport(report: Report, language: Language, options: StoryListExportOptions): ExportModel {
  const messages = EXPORT_MESSAGES[language];
  const listMessages = STORY_LIST_MESSAGES[language];
  const shared = SHARED_MESSAGES[language];
  const { region, tag } = options;
  const division = findDivision(region);
  if (region && !division) throw new ExportProblem(listMessages.unknownRegion(region));
  const stories = queryStories(report, { region, tag, sort: options.sort === 'title' ? 'title' : 'date', language });
  const views = stories.map((story) => storyView(report, story, language));
  const shown = views.slice(0, Math.min(MAX_IMAGE_STORIES, Math.max(1, options.shown)));
  const placeNames = (view: (typeof views)[number]) => shared.list(view.places.map((place) => place.name));
  const sourceName = (id: string) => localize(findSource(report, id)?.name, language) || id;
  const headers = STORY_LIST_EXPORT_MESSAGES[language];

  const sourceIds = [...new Set(stories.slice(0, shown.length).flatMap((story) => story.sources))];
  const sourceNames = sourceIds.map(sourceName);
  return {
    language,
    fileName: ['sw-story-list', fileNamePart(region), fileNamePart(tag)].filter(Boolean).join('-'),
    title: headers.heading(division ? divisionName(division, language) : null, tag && tagLabel(report, tag, language)),
    source: sourceNames.length ? shared.source(shared.list(sourceNames)) : '',
    attribution: reportAttribution(report, language),
    table: {
      header: [
        headers.id,
        headers.title,
        headers.date,
        headers.places,
        headers.sources,
        headers.summary,
        headers.tags,
        headers.figures,
        headers.link,
      ],
      rows: views.map((view, i) => [
        view.id,
        view.title.text,
        view.date,
        placeNames(view),
        shared.list(stories[i].sources.map(sourceName)),
        view.summary.text,
        view.tags.map((t) => t.label).join(messages.cellSeparator),
        view.figures.map((f) => headers.figure(f.label, f.value, f.date)).join(messages.cellSeparator),
        view.href ?? '',
      ]),
    },
    figure: {
      kind: 'list',
      status: stories.length
        ? listMessages.count(stories.length, shown.length)
        : listMessages.empty(
            division ? divisionName(division, language) : null,
            tag && tagLabel(report, tag, language),
          ),
      stories: shown.map((view) => ({
        title: view.title.text,
        meta: [view.date, placeNames(view)].filter(Boolean).join(messages.separator),
        sources: view.sources,
        summary: view.summary.text,
      })),
    },
  };
}
