// The embed builder: an editor picks a report (an example, the bundled one or a pasted address), a widget and
// its options, sees it live, and copies the snippet: the script tag (optionally server-rendered), or an iframe
// of cdn/embed.html whose height is measured here for the widget as configured (embed-height.js). The preview's
// image and data download directly. No text from the report is written as HTML: options and the preview are
// built with DOM APIs. Plain ES2020 (the builder runs in the engines the widgets support, Chromium 92 on): no
// top-level await, no logical assignment, no replaceAll/at/structuredClone/Object.hasOwn/AbortSignal.timeout/replaceChildren (reports.js: replaceContent).
import { loadBundledReport, localize, DIVISIONS, divisionName, formatQuantity, findPlace } from '../cdn/sw-widgets.js';
import { embedSnippet, iframeSnippet, embedPageUrl, embedSrcWarning, defaultScriptBase, manifestIntegrity } from '../shared/embed-snippet.js';
import { EXAMPLE_REPORTS, exampleReportUrl, fetchExampleReport, fillReportPicker, replaceContent } from './reports.js';
import { BUILDER_MESSAGES } from './builder.messages.js';
import { mapColorChoices, colorAttributes, defaultColorValue } from './color-options.js';
import { cardFallback, mapFallback, listFallback } from './snippet-fallback.js';
import { measureFrame, snippetHeight, NAMED_WIDTHS, MIN_WIDTH, MAX_WIDTH, FALLBACK_HEIGHTS } from '../shared/embed-height.js';

const form = document.getElementById('builder');
const $ = (id) => document.getElementById(id);
const snippetBox = $('snippet');
const preview = $('preview');
const iframeBox = $('iframe-snippet');
const iframeHeights = $('iframe-heights');
const iframeResize = $('iframe-resize');
const measureBox = document.querySelector('.measure');

let uiLanguage = 'zh-Hans';
const text = (key) => {
  const value = BUILDER_MESSAGES[uiLanguage][key];
  return value === undefined ? key : value;
};
const message = (key, ...args) => BUILDER_MESSAGES[uiLanguage][key](...args);

/** The bundled report (loaded once), the report the options are drawn from, and its address ('' = bundled). */
let bundledReport;
let report;
let reportSrc = '';
/** The pasted report's address once it has loaded (its entry in the picker), else ''. */
let pastedSrc = '';
/** cdn/widgets/index.json (the oEmbed pages of a bundle published with --base-url), once loaded, or null. */
let widgetPages = null;
/** cdn/manifest.json (each file's size and SRI hash), once loaded. */
let cdnManifest = null;
/** The origins the embed page beside this builder was built to allow (its sw-allow-origins meta tag). */
let embedAllowedOrigins = [];

/** Replaces a select's options (`[value, label]`, or `{ group, options }` for an optgroup), keeping its value when it still exists. */
function setOptions(select, entries, preferred) {
  const previous = select.value;
  const values = [];
  const nodes = entries.map((entry) => {
    if (Array.isArray(entry)) {
      values.push(entry[0]);
      return new Option(entry[1], entry[0]);
    }
    const group = document.createElement('optgroup');
    group.label = entry.group;
    for (const [value, label] of entry.options) {
      values.push(value);
      group.append(new Option(label, value));
    }
    return group;
  });
  replaceContent(select, ...nodes);
  if (preferred !== undefined && values.includes(preferred)) select.value = preferred;
  else if (values.includes(previous)) select.value = previous;
}

const metricLabel = (m, lang) => `${localize(findPlace(report, m.place)?.name, lang)} · ${localize(m.label, lang)} (${formatQuantity(m, lang, { units: report.units }).text})`;

/** The options drawn from the report, in the interface's language; a new report opens the map on its best coloring. */
function fillChoices(newReport = false) {
  const lang = uiLanguage;
  setOptions(form.cardMetric, report.metrics.map((m) => [m.id, metricLabel(m, lang)]));
  const choices = mapColorChoices(report);
  const groups = [{ group: text('colorStories'), options: [['', text('storiesPerDivision')]] }];
  if (choices.indicators.length) groups.push({ group: text('colorIndicators'), options: choices.indicators.map((c) => [c.value, localize(c.label, lang)]) });
  if (choices.metrics.length) groups.push({ group: text('colorMetrics'), options: choices.metrics.map((c) => [c.value, metricLabel(report.metrics.find((m) => m.id === c.id), lang)]) });
  setOptions(form.mapColor, groups, newReport ? defaultColorValue(choices) : undefined);
  const divisions = DIVISIONS.map((d) => [d.code, divisionName(d, lang)]);
  setOptions(form.mapSelected, [['', text('none')], ...divisions]);
  setOptions(form.listRegion, [['', text('allRegions')], ...divisions]);
  setOptions(form.listTag, [['', text('allTags')], ...(report.tags || []).map((t) => [t.id, localize(t.label, lang)])]);
  fillDependentChoices();
}

/** What follows another choice: the card's series options (a metric with a series), the indicator's scale, steps and year. */
function fillDependentChoices() {
  const metric = report.metrics.find((m) => m.id === form.cardMetric.value);
  form.querySelector('.card-series').hidden = !(metric && metric.series && metric.series.length);
  const { indicator } = colorAttributes(form.mapColor.value);
  const chosen = indicator && (report.indicators || []).find((i) => i.id === indicator);
  form.querySelector('.map-indicator').hidden = !chosen;
  const years = chosen ? [...new Set(chosen.values.map((v) => (v.date || chosen.asOf.start).slice(0, 4)))].sort().reverse() : [];
  setOptions(form.mapYear, [['', text('latestYear')], ...years.map((y) => [y, y])]);
}

function applyUiLanguage(language) {
  uiLanguage = language;
  document.documentElement.lang = language;
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = text(el.dataset.text);
  for (const button of document.querySelectorAll('[data-ui-lang]')) button.setAttribute('aria-pressed', String(button.dataset.uiLang === language));
  document.title = `${text('title')} · sw-widgets`;
  nameReports();
  fillChoices();
}

/** The values of the form, with the card's series options only when its metric has a series. */
function formValues() {
  const values = Object.fromEntries(new FormData(form));
  if (form.querySelector('.card-series').hidden) values.cardCompare = values.cardChange = values.cardSparkline = '';
  const color = colorAttributes(values.mapColor);
  // Scale, steps and year belong to an indicator only.
  values.map = color.indicator ? { ...color, scale: values.mapScale, steps: values.mapSteps, year: values.mapYear } : color;
  return values;
}

/** The widgets the form describes, as tags with attributes and the fallback text they carry. */
function configuredWidgets() {
  const values = formValues();
  const shared = { src: reportSrc, lang: values.lang, theme: values.theme, tools: values.tools === 'on' };
  const map = (id) => {
    const attributes = { id, ...values.map, layout: values.mapLayout, selected: values.mapSelected, ...shared };
    return { tag: 'sw-region-map', attributes, fallback: mapFallback(report, attributes, values.lang) };
  };
  const list = (extra, region) => {
    const attributes = { ...extra, tag: values.listTag, limit: values.listLimit, sort: values.listSort, ...shared };
    return { tag: 'sw-story-list', attributes, fallback: listFallback(report, { ...attributes, region }, values.lang) };
  };
  switch (values.kind) {
    case 'stat-card': {
      const attributes = {
        metric: values.cardMetric,
        variant: values.cardVariant,
        align: values.cardAlign,
        'story-link': values.cardStoryLink === 'on',
        compare: values.cardCompare,
        change: values.cardChange,
        sparkline: values.cardSparkline,
        ...shared,
      };
      return [{ tag: 'sw-stat-card', attributes, fallback: cardFallback(report, attributes, values.lang) }];
    }
    case 'region-map':
      return [map(values.mapId.trim())];
    case 'story-list':
      return [list({ region: values.listRegion, for: values.listFor.trim() }, values.listRegion)];
    default:
      return [map('sw-map-1'), list({ for: 'sw-map-1' }, values.mapSelected)];
  }
}

/** The attributes of the embed page's query: those of the configured widgets, without ids and `for` (the page links its own). */
function embedAttributes(widgets) {
  const attributes = {};
  for (const widget of widgets) for (const [name, value] of Object.entries(widget.attributes)) if (name !== 'id' && name !== 'for') attributes[name] = value;
  return attributes;
}

/** What each widget is called in the iframe's title, in the widget's language. */
const KIND_TITLES = {
  'zh-Hans': { 'stat-card': '数字卡片', 'region-map': '地区图', 'story-list': '报道列表', 'map-list': '地区图和报道列表' },
  'zh-Hant': { 'stat-card': '數字卡片', 'region-map': '地區圖', 'story-list': '報道列表', 'map-list': '地區圖和報道列表' },
  en: { 'stat-card': 'Stat card', 'region-map': 'Region map', 'story-list': 'Story list', 'map-list': 'Region map and story list' },
};

/** The iframe's title, in the widget's language: what it is and what it shows. */
function iframeTitle(kind, widgets) {
  const lang = form.lang.value || 'zh-Hans';
  const detail = kind === 'stat-card' ? widgets[0].fallback : localize(report.title, lang);
  return `${KIND_TITLES[lang][kind]} · ${detail}`;
}

/** The measure of the query measured last: pending, done ({ heights, tallest, at }) or failed. */
let measured = { query: '', state: 'pending' };
let measureTimer = 0;

/** Loads the embed page off screen for this query and reads its heights (embed-height.js) once it has settled. */
function measureEmbed(kind, attributes) {
  const query = embedPageUrl('', kind, attributes).replace(/^\/?embed\.html/, '');
  if (query === measured.query) return;
  const current = { query, state: 'pending' };
  measured = current;
  clearTimeout(measureTimer);
  // Typing in a field changes the query often: load the page once it settles.
  measureTimer = setTimeout(() => {
    const frame = document.createElement('iframe');
    frame.width = String(NAMED_WIDTHS[0]);
    frame.height = '10';
    frame.tabIndex = -1;
    frame.title = 'measure';
    frame.src = new URL(`../cdn/embed.html${query}`, location.href).href;
    replaceContent(measureBox, frame);
    measureFrame(frame, { isCurrent: () => measured === current })
      // Measured (or given up on): the page need not keep running off screen.
      .finally(() => frame.remove())
      .then(
        (result) => {
          Object.assign(current, result, { state: 'done' });
          if (measured === current) showIframeSnippet();
        },
        (error) => {
          if (measured !== current || error.message === 'aborted') return;
          current.state = 'failed';
          showIframeSnippet();
        },
      );
  }, 150);
}

function showIframeSnippet() {
  const widgets = configuredWidgets();
  const kind = form.kind.value;
  const done = measured.state === 'done';
  const height = done ? snippetHeight(measured.tallest) : FALLBACK_HEIGHTS[kind];
  const scriptBase = currentScriptBase();
  iframeBox.value = iframeSnippet({
    scriptBase,
    kind,
    attributes: embedAttributes(widgets),
    title: iframeTitle(kind, widgets),
    height,
    resizeScript: iframeResize.checked,
    resizeIntegrity: manifestIntegrity(cdnManifest, 'embed-resize.js'),
  });
  iframeBox.rows = iframeResize.checked ? 6 : 4;
  iframeHeights.textContent = done ? message('heights', height, MIN_WIDTH, MAX_WIDTH, measured.tallest, measured.at) : text(measured.state === 'failed' ? 'measureFailed' : 'measuring');
  iframeHeights.dataset.measured = String(done);
  iframeHeights.dataset.height = String(height);
  $('copy-iframe').disabled = measured.state === 'pending';
  const details = $('height-details');
  details.hidden = !done;
  if (done) {
    const named = [...new Set([...NAMED_WIDTHS, measured.at])].sort((a, b) => a - b);
    // The widths named, for the editor (and the tests): each with the height the widget has there.
    iframeHeights.dataset.widths = JSON.stringify(named);
    replaceContent($('height-list'),
      ...named.map((width) => {
        const item = document.createElement('li');
        item.textContent = message('heightAt', width, measured.heights.get(width));
        return item;
      }),
    );
  }
  const warning = embedSrcWarning(reportSrc, scriptBase, embedAllowedOrigins, location.href);
  $('iframe-warning').hidden = !warning;
  $('iframe-warning-text').textContent = warning ? message('originWarning', warning.origin, warning.pageOrigin) : '';
  $('iframe-warning-tech').textContent = warning ? message('techOrigin', warning.origin, scriptBase) : '';
}

/**
 * The configured widget's page in widgets/index.json (written by `sw-widgets bundle --base-url` for the report the
 * builder's files carry): the page of the same widget (the card of this metric, the map of this indicator or of
 * the stories, the list), and whether the options chosen differ from the page's defaults. Hidden for another report
 * or without an index; the map with the list has no page.
 */
function showOembed() {
  const section = $('oembed');
  section.hidden = !widgetPages || widgetPages.report !== report?.id;
  if (section.hidden) return;
  const kind = form.kind.value;
  const attributes = embedAttributes(configuredWidgets());
  const page = widgetPages.widgets.find(
    (widget) => widget.kind === kind && (attributes.indicator || '') === (widget.attributes.indicator || '') && (kind !== 'stat-card' || attributes.metric === widget.attributes.metric),
  );
  const differs = page && Object.entries(attributes).some(([name, value]) => name !== 'src' && value && value !== page.attributes[name]);
  const address = $('oembed-address');
  address.value = page ? page.page : '';
  address.hidden = !page;
  $('copy-oembed').hidden = !page;
  $('copy-oembed-status').textContent = '';
  $('oembed-note').textContent = !page ? text('oembedNone') : differs ? text('oembedDefaults') : '';
}

const currentScriptBase = () => form.scriptBase.value.trim() || defaultScriptBase(location.href, cdnManifest);

function update() {
  const kind = form.kind.value;
  for (const el of form.querySelectorAll('[data-for]')) el.hidden = !el.dataset.for.split(' ').includes(kind);
  fillDependentChoices();
  const widgets = configuredWidgets();
  const scriptKind = form.scriptKind.value;
  const integrity = manifestIntegrity(cdnManifest, scriptKind === 'module' ? 'sw-widgets.js' : 'sw-widgets.iife.js');
  const snippetConfig = { scriptBase: currentScriptBase(), scriptKind, widgets, integrity };
  snippetBox.value = embedSnippet(snippetConfig);
  snippetBox.rows = Math.min(12, snippetBox.value.split('\n').length + 1);
  updateServerRendered(snippetConfig, kind);
  replaceContent(preview,
    ...widgets.map(({ tag, attributes }) => {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) if (value) el.setAttribute(name, value === true ? '' : value);
      return el;
    }),
  );
  $('copy-status').textContent = '';
  $('copy-iframe-status').textContent = '';
  $('download-status').textContent = '';
  measureEmbed(kind, embedAttributes(widgets));
  showIframeSnippet();
  showOembed();
}

/**
 * The server-rendered snippet: the widgets rendered in a worker (cdn/sw-ssr-worker.js, sw-widgets/ssr off the
 * page) from the report the builder has loaded, passed along with its `src` (the page loads it to hydrate). The
 * latest request wins. Not for the geographic map (drawn in the browser only) nor a map colored by an indicator
 * (its choropleth code is loaded in the browser only): the option is turned off, with the reason.
 */
let ssrWorker;
let ssrRequest = 0;
function updateServerRendered(config, kind) {
  const note = $('ssr-note');
  const status = $('ssr-status');
  const values = formValues();
  const hasMap = kind === 'region-map' || kind === 'map-list';
  const unavailable = hasMap && values.mapLayout === 'geo' ? 'ssrGeo' : hasMap && values.map.indicator ? 'ssrIndicator' : '';
  form.ssr.disabled = Boolean(unavailable);
  if (unavailable) form.ssr.checked = false;
  note.hidden = !unavailable && !form.ssr.checked;
  status.textContent = unavailable ? text(unavailable) : form.ssr.checked ? text('ssrPending') : '';
  note.dataset.reason = unavailable;
  ssrRequest++;
  if (!form.ssr.checked) {
    delete snippetBox.dataset.rendered;
    return;
  }
  // A classic worker (module workers need Safari 15 and Firefox 114): cdn/sw-ssr-worker.js is a classic script.
  if (!ssrWorker) ssrWorker = new Worker(new URL('../cdn/sw-ssr-worker.js', import.meta.url));
  const id = ssrRequest;
  snippetBox.dataset.rendered = 'pending';
  ssrWorker.onmessage = ({ data }) => {
    if (data.id !== ssrRequest || !form.ssr.checked) return;
    if (data.error) {
      snippetBox.dataset.rendered = 'failed';
      status.textContent = message('ssrFailed', data.error);
      return;
    }
    snippetBox.value = embedSnippet({ ...config, rendered: data.html });
    snippetBox.rows = 12;
    snippetBox.dataset.rendered = 'done';
    status.textContent = text('ssrHint');
  };
  const elements = config.widgets.map(({ tag, attributes }) => ({
    tag,
    attributes: Object.fromEntries(Object.entries(attributes).filter(([name, value]) => value && name !== 'lang' && name !== 'theme')),
  }));
  const { lang, theme } = config.widgets[0].attributes;
  // A report given by address is rendered from the copy loaded here; the bundled one is the worker's own.
  ssrWorker.postMessage({ id, elements, options: { lang: lang || undefined, theme: theme || undefined, report: reportSrc ? report : undefined } });
}

async function copyFrom(box, status) {
  box.select();
  try {
    await navigator.clipboard.writeText(box.value);
    status.textContent = text('copied');
  } catch (error) {
    status.textContent = text('copyFailed');
  }
}

/** Downloads the preview's first widget (the map of a map-list) as an image or CSV, straight from the element. */
async function downloadPreview(format) {
  const widget = preview.firstElementChild;
  $('download-status').textContent = '';
  try {
    const blob = format === 'csv' ? await widget.exportData() : await widget.exportImage({ format });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${widget.localName}${widget.getAttribute('metric') ? `-${widget.getAttribute('metric')}` : ''}.${format}`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 40000);
  } catch (error) {
    $('download-status').textContent = text('downloadFailed') + (error instanceof Error ? error.message : String(error));
  }
}

/** The picker's labels: each example's, the bundled report's own title (a `sw-widgets bundle` may have built in another), a pasted report's title. */
function nameReports() {
  const bundled = form.report.querySelector('option[value="bundled"]');
  if (bundled && bundledReport) bundled.text = localize(bundledReport.title, uiLanguage) + text('bundled');
  const pasted = form.report.querySelector('option[value="pasted"]');
  if (pasted) pasted.text = message('pastedReport', localize(report.title, uiLanguage));
}

/** The example chosen in the picker: its report fills the options; a pasted address is let go. */
async function chooseExample() {
  const entry = EXAMPLE_REPORTS.find((candidate) => candidate.id === form.report.value);
  if (!entry) return;
  form.reportUrl.value = '';
  dropPasted();
  const loaded = await fetchExampleReport(entry, bundledReport);
  useReport(loaded, exampleReportUrl(entry));
}

function dropPasted() {
  pastedSrc = '';
  const option = form.report.querySelector('option[value="pasted"]');
  if (option) option.remove();
}

/** A pasted address: once its report has loaded, the picker shows its title; an emptied field goes back to the example. */
async function choosePasted() {
  const pasted = form.reportUrl.value.trim();
  const status = $('report-status');
  if (!pasted) {
    if (form.report.value === 'pasted') {
      dropPasted();
      form.report.value = EXAMPLE_REPORTS[0].id;
    }
    return chooseExample();
  }
  let src;
  try {
    src = new URL(pasted, location.href).href;
  } catch (error) {
    status.textContent = text('reportFailed') + pasted;
    return;
  }
  if (src === pastedSrc) return;
  status.textContent = text('reportLoading');
  const loaded = await fetchReportAt(src);
  if (form.reportUrl.value.trim() !== pasted) return;
  if (!loaded.report) {
    status.textContent = text('reportFailed') + loaded.reason;
    return;
  }
  pastedSrc = src;
  let option = form.report.querySelector('option[value="pasted"]');
  if (!option) {
    option = new Option('', 'pasted');
    form.report.append(option);
  }
  form.report.value = 'pasted';
  useReport(loaded, src);
}

/** Makes a loaded report the one the options and snippets use, or says why it cannot be. */
function useReport(loaded, src) {
  const status = $('report-status');
  if (!loaded.report) {
    status.textContent = text('reportFailed') + loaded.reason;
    return;
  }
  report = loaded.report;
  reportSrc = src;
  status.textContent = src ? message('reportLoaded', localize(report.title, uiLanguage)) : '';
  nameReports();
  fillChoices(true);
  update();
}

/** A pasted report: any JSON with metrics is accepted here; the preview element checks it in full and says what is wrong. */
async function fetchReportAt(url) {
  try {
    const response = await fetch(url);
    if (!response.ok) return { report: null, reason: `HTTP ${response.status}` };
    const json = await response.json();
    return json && Array.isArray(json.metrics) ? { report: json } : { report: null, reason: text('reportNotReport') };
  } catch (error) {
    return { report: null, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** A fetch that gives up after `ms` (AbortSignal.timeout is not in every engine the builder runs in). */
function fetchWithin(url, ms) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  return fetch(url, { signal: controller.signal }).finally(() => clearTimeout(timer));
}

async function start() {
  // The bundled report is the all-in-one bundle's on-demand file (cdn/sw-bundled-report.js); the elements load it too.
  bundledReport = await loadBundledReport();
  report = bundledReport;
  fillReportPicker(form.report);

  copyButtonsAndDownloads();
  for (const button of document.querySelectorAll('[data-ui-lang]')) {
    button.addEventListener('click', () => {
      applyUiLanguage(button.dataset.uiLang);
      update();
    });
  }
  form.report.addEventListener('change', () => {
    if (form.report.value !== 'pasted') chooseExample();
  });
  form.reportUrl.addEventListener('change', choosePasted);

  fetch(new URL('../cdn/embed.html', location.href))
    .then((response) => (response.ok ? response.text() : ''))
    .then((page) => {
      const match = /<meta name="sw-allow-origins" content="([^"]*)"/.exec(page);
      embedAllowedOrigins = (match ? match[1] : '').split(/\s+/).filter(Boolean);
      showIframeSnippet();
    })
    .catch(() => {});

  fetchWithin(new URL('../cdn/widgets/index.json', location.href), 5000)
    .then((response) => (response.ok ? response.json() : null))
    .then((index) => {
      widgetPages = index && Array.isArray(index.widgets) ? index : null;
      // Before the first update() the form has no choices yet: that update shows it.
      if (snippetBox.value) showOembed();
    })
    .catch(() => {});

  // The files' sizes and SRI hashes (written by `npm run build` and `sw-widgets bundle`): the snippets carry the
  // hash of the version they name, and `bundle --base-url` sets the script address.
  cdnManifest = await fetchWithin(new URL('../cdn/manifest.json', location.href), 5000)
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
  // An address the editor typed while the manifest was loading is theirs: only an empty field gets the default.
  if (!form.scriptBase.value.trim()) form.scriptBase.value = defaultScriptBase(location.href, cdnManifest);
  form.listLimit.value = '5';
  form.addEventListener('input', update);
  form.addEventListener('change', (event) => {
    if (event.target !== form.report && event.target !== form.reportUrl) update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  applyUiLanguage(new URLSearchParams(location.search).get('ui') === 'en' ? 'en' : 'zh-Hans');
  update();
}

function copyButtonsAndDownloads() {
  $('copy').addEventListener('click', () => copyFrom(snippetBox, $('copy-status')));
  $('copy-iframe').addEventListener('click', () => copyFrom(iframeBox, $('copy-iframe-status')));
  $('copy-oembed').addEventListener('click', () => copyFrom($('oembed-address'), $('copy-oembed-status')));
  iframeResize.addEventListener('change', showIframeSnippet);
  for (const format of ['png', 'svg', 'csv']) $(`download-${format}`).addEventListener('click', () => downloadPreview(format));
}

start();
