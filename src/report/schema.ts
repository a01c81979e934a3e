/**
 * The report model: one source of truth.
 *
 * The valibot schema below gives the TypeScript types (`Report`, `Metric`, ...),
 * the runtime validator used for reports loaded with `src` or set as `report`,
 * and, through `scripts/build/build-data.ts`, the published `data/report.schema.json`.
 * Checks that JSON Schema cannot express (ids that refer to each other, unique
 * ids, calendar dates) live in `validate.ts`, which runs after this schema.
 */
import * as v from 'valibot';

import { LANGUAGES, type Language } from './languages.js';

export { LANGUAGES, type Language };

/** The formats a string field can have; validate.ts tells them apart to word its messages. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const ADCODE_PATTERN = /^[1-9]\d{5}$/;
export const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const URL_PATTERN = /^https?:\/\/[^\s]+$/i;
export const TAG_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;

const text = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(20000, 'is too long (over 20,000 characters)'),
);

/** Text in the three languages. zh-Hans is required; the others fall back to it. */
export const LocalizedTextSchema = v.pipe(
  v.object({
    'zh-Hans': text,
    'zh-Hant': v.optional(text),
    en: v.optional(text),
  }),
  v.description('Text in Simplified Chinese (required), Traditional Chinese (Hong Kong) and English.'),
);

export const IdSchema = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must be lower-case letters, digits and hyphens'),
  v.description('A stable identifier: lower-case letters, digits and hyphens.'),
);

export const AdcodeSchema = v.pipe(
  v.string(),
  v.regex(ADCODE_PATTERN, 'must be a 6-digit GB/T 2260 code'),
  v.description('A 6-digit GB/T 2260 administrative division code.'),
);

export const PartialDateSchema = v.pipe(
  v.string(),
  v.regex(DATE_PATTERN, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  v.description('A date with the precision the text gives: YYYY, YYYY-MM or YYYY-MM-DD.'),
);

export const HttpUrlSchema = v.pipe(
  v.string(),
  v.regex(URL_PATTERN, 'must be an http: or https: URL'),
  v.description('An absolute http: or https: URL.'),
);

export const DateSpanSchema = v.pipe(
  v.object({
    start: PartialDateSchema,
    end: v.optional(PartialDateSchema),
    wording: v.optional(LocalizedTextSchema),
  }),
  v.description(
    'A date or date range as precise as the text gives it; `wording` keeps vague wording such as 近日 (recently).',
  ),
);

export const PLACE_LEVELS = [
  'country',
  'province',
  'prefecture',
  'county',
  'district',
  'sar',
  'town',
  'community',
] as const;

export const PlaceSchema = v.object({
  id: IdSchema,
  name: LocalizedTextSchema,
  fullName: v.optional(LocalizedTextSchema),
  level: v.pipe(
    v.picklist(PLACE_LEVELS, 'must be one of ' + PLACE_LEVELS.join(', ')),
    v.description('Administrative level.'),
  ),
  adcode: v.optional(AdcodeSchema),
  provinceCode: v.pipe(
    AdcodeSchema,
    v.description(
      'Code of the provincial-level division the place lies in: one of the 34 division codes, or 100000 for a national (country-level) place.',
    ),
  ),
  parent: v.optional(IdSchema),
  coordinates: v.optional(
    v.pipe(
      v.object({
        lon: v.pipe(v.number(), v.minValue(-180, 'must be at least -180'), v.maxValue(180, 'must be at most 180')),
        lat: v.pipe(v.number(), v.minValue(-90, 'must be at least -90'), v.maxValue(90, 'must be at most 90')),
      }),
      v.description(
        'Longitude and latitude of an approximate centre point, in degrees. Read as WGS-84; the bundled points come from ECharts map data and public gazetteers, which may use GCJ-02 (a few hundred metres off), too little to matter at map scale.',
      ),
    ),
  ),
});

export const SOURCE_KINDS = ['newspaper', 'news-site', 'news-service', 'government', 'organization'] as const;

export const SourceSchema = v.object({
  id: IdSchema,
  name: LocalizedTextSchema,
  kind: v.picklist(SOURCE_KINDS, 'must be one of ' + SOURCE_KINDS.join(', ')),
  url: v.optional(HttpUrlSchema),
});

export const TagSchema = v.pipe(v.string(), v.regex(TAG_PATTERN, 'must be lower-case letters, digits and hyphens'));

export const TagDefinitionSchema = v.object({
  id: TagSchema,
  label: LocalizedTextSchema,
});

export const StorySchema = v.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  originalLanguage: v.optional(v.picklist(LANGUAGES, 'must be one of ' + LANGUAGES.join(', '))),
  date: DateSpanSchema,
  places: v.pipe(v.array(IdSchema), v.minLength(1, 'must name at least one place')),
  sources: v.pipe(v.array(IdSchema), v.minLength(1, 'must name at least one source')),
  summary: LocalizedTextSchema,
  tags: v.array(TagSchema),
  metrics: v.array(IdSchema),
  url: v.optional(HttpUrlSchema),
});

/**
 * A unit as the report writes it in Simplified Chinese (人, 万元, 小时, 个百分点, ...). Any string:
 * the built-in units (src/format/units.ts) have their zh-Hant and English forms; any other unit
 * needs an entry in the report's `units` table, which `validate.ts` checks.
 */
export const UnitSchema = v.pipe(
  v.string('must be a string'),
  v.minLength(1, 'must not be empty'),
  v.maxLength(16, 'is too long (over 16 characters)'),
  v.description(
    "The unit in Simplified Chinese, e.g. 人, 万元, 小时, %. A unit that is not built in needs its forms in the report's `units` table.",
  ),
);
export type Unit = string;

/** The forms of a unit that is not built in, keyed by its Simplified Chinese form. */
export const UnitFormsSchema = v.pipe(
  v.object({
    'zh-Hant': v.optional(text),
    en: v.optional(text),
    /** English singular, when it differs (machine / machines). */
    enOne: v.optional(text),
  }),
  v.description('How a unit reads in Traditional Chinese and English (plural; `enOne` for the singular).'),
);

/**
 * How the text qualifies a figure: exact; over (超, 超过, 逾); odd (余: "50余名");
 * plus (多: "300多名"); at-most (不超过). 余 and 多 both mean "a little more than".
 */
export const QUALIFIERS = ['exact', 'over', 'odd', 'plus', 'at-most'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

const nonNegative = v.pipe(v.number('must be a number'), v.minValue(0, 'must not be negative'));
const finiteNumber = v.pipe(v.number('must be a number'), v.finite('must be a finite number'));

/** One point of a metric's series (report format v2). */
export const SeriesPointSchema = v.object({
  date: PartialDateSchema,
  value: finiteNumber,
  qualifier: v.optional(v.picklist(QUALIFIERS, 'must be one of ' + QUALIFIERS.join(', '))),
  source: v.optional(IdSchema),
});

/** One division's value of an indicator (report format v2). */
export const IndicatorValueSchema = v.object({
  division: v.pipe(AdcodeSchema, v.description('One of the 34 provincial-level division codes.')),
  value: finiteNumber,
  qualifier: v.optional(v.picklist(QUALIFIERS, 'must be one of ' + QUALIFIERS.join(', '))),
  date: v.optional(PartialDateSchema),
});

/**
 * How a map writes an indicator's figures on its tiles and in its legend, when the automatic choice does not suit
 * (report format v2): the scale (Chinese 万 or 亿, English thousand, million or billion; `none` writes figures
 * in full) and the number of decimals. The tooltip, table and CSV keep the exact figure.
 */
export const IndicatorFormatSchema = v.pipe(
  v.object({
    scale: v.optional(
      v.union(
        [
          v.picklist(['auto', 'none']),
          v.object({
            zh: v.optional(v.picklist(['auto', 'none', '万', '亿'], 'must be one of auto, none, 万, 亿')),
            en: v.optional(
              v.picklist(
                ['auto', 'none', 'thousand', 'million', 'billion'],
                'must be one of auto, none, thousand, million, billion',
              ),
            ),
          }),
        ],
        'must be "auto", "none" or an object with `zh` and `en`',
      ),
    ),
    decimals: v.optional(
      v.pipe(
        v.number('must be a number'),
        v.integer('must be a whole number'),
        v.minValue(0, 'must be 0 to 3'),
        v.maxValue(3, 'must be 0 to 3'),
      ),
    ),
  }),
  v.description(
    'How maps write the figures on tiles and in the legend: `scale` ("auto", "none", or { "zh": "万" | "亿" | …, "en": "thousand" | "million" | "billion" | … }) and `decimals` (0–3).',
  ),
);

/** A figure given for each provincial-level division (report format v2): drawn by `<sw-region-map indicator>`. */
export const IndicatorSchema = v.object({
  id: IdSchema,
  label: LocalizedTextSchema,
  unit: UnitSchema,
  source: IdSchema,
  asOf: DateSpanSchema,
  note: v.optional(LocalizedTextSchema),
  /** Class breaks for `scale="threshold"`, ascending. */
  breaks: v.optional(v.array(finiteNumber)),
  /** How maps write the figures (default: chosen from the figures). */
  format: v.optional(IndicatorFormatSchema),
  values: v.pipe(v.array(IndicatorValueSchema), v.minLength(1, 'must have at least one value')),
});

export const MetricSchema = v.object({
  id: IdSchema,
  value: nonNegative,
  unit: UnitSchema,
  qualifier: v.picklist(QUALIFIERS, 'must be one of ' + QUALIFIERS.join(', ')),
  label: LocalizedTextSchema,
  place: IdSchema,
  story: IdSchema,
  asOf: DateSpanSchema,
  source: IdSchema,
  target: v.optional(
    v.object({
      value: v.pipe(v.number('must be a number'), v.minValue(0, 'must not be negative')),
      deadline: PartialDateSchema,
      label: v.optional(LocalizedTextSchema),
    }),
  ),
  note: v.optional(LocalizedTextSchema),
  /** Earlier values, in date order; the last point is the metric's own value and `asOf` (report format v2). */
  series: v.optional(v.pipe(v.array(SeriesPointSchema), v.minLength(2, 'must have at least two points'))),
});

export const ReportSchema = v.pipe(
  v.object({
    $schema: v.optional(v.string()),
    id: IdSchema,
    /** Report format version: 1 (default) or 2. A v1 report needs no change to be read as v2. Placed after `id`, so that a JSON file that is no report is told first that it has no id. */
    version: v.optional(v.picklist([1, 2], 'must be 1 or 2')),
    title: LocalizedTextSchema,
    published: PartialDateSchema,
    publisher: LocalizedTextSchema,
    headline: v.optional(IdSchema),
    tags: v.optional(v.array(TagDefinitionSchema)),
    sources: v.array(SourceSchema),
    places: v.array(PlaceSchema),
    stories: v.array(StorySchema),
    metrics: v.array(MetricSchema),
    /** Forms of units that are not built in (report format v2), keyed by the Simplified Chinese unit. */
    units: v.optional(v.record(UnitSchema, UnitFormsSchema)),
    /** Figures by provincial-level division (report format v2). */
    indicators: v.optional(v.array(IndicatorSchema)),
  }),
  v.title('sw-widgets report'),
  v.description('A social-work news report: its places, stories, sources and key figures, rendered by sw-widgets.'),
);

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type DateSpan = v.InferOutput<typeof DateSpanSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type TagDefinition = v.InferOutput<typeof TagDefinitionSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type Metric = v.InferOutput<typeof MetricSchema>;
export type SeriesPoint = v.InferOutput<typeof SeriesPointSchema>;
export type UnitForms = v.InferOutput<typeof UnitFormsSchema>;
export type Indicator = v.InferOutput<typeof IndicatorSchema>;
export type IndicatorValue = v.InferOutput<typeof IndicatorValueSchema>;
export type IndicatorFormat = v.InferOutput<typeof IndicatorFormatSchema>;
export type Report = v.InferOutput<typeof ReportSchema>;
