// The embed builder: an editor picks a widget and its options from the bundled
// report, sees it live, and copies the snippet: the script tag, or an iframe of
// cdn/embed.html whose height is measured here at 360 and 720 px. The preview's
// image and data download directly. No text from the report is written as
// HTML: options and the preview are built with DOM APIs.
import { loadBundledReport, localize, DIVISIONS, divisionName, formatQuantity, findPlace } from '../cdn/sw-widgets.js';
import { embedSnippet, iframeSnippet, embedPageUrl, embedSrcWarning, defaultScriptBase, manifestIntegrity } from './embed-snippet.js';
import { EXAMPLE_REPORTS, exampleReportUrl, fetchExampleReport, fillReportPicker, replaceContent } from './reports.js';

// The bundled report is the all-in-one bundle's on-demand file (cdn/sw-bundled-report.js); the elements load it too.
// No top-level await (Chromium 80–88 and Safari 14 cannot parse it): start() below runs once it is loaded.
let bundledReport;

/** cdn/manifest.json (each file's size and SRI hash), once loaded. */
let cdnManifest = null;

const UI = {
  'zh-Hans': {
    report: '报告', reportExample: '示例报告', reportUrl: '或粘贴报告地址（JSON）', reportFailed: '无法使用这个报告：',
    title: '嵌入代码生成器', script: '脚本', scriptBase: '脚本地址（cdn/ 文件夹）', classic: '普通脚本（推荐，适用于所有 CMS）', module: 'ES 模块',
    widget: '组件', statCard: '数字卡片', regionMap: '地区图', storyList: '报道列表', mapList: '地区图 + 联动的报道列表',
    metric: '指标', variant: '样式', variantFull: '完整', variantCompact: '紧凑', align: '对齐', alignStart: '左对齐', alignCenter: '居中',
    mapIndicator: '分省数据（着色）', mapScale: '分级方式', scaleDefault: '自动', scaleQuantile: '分位数（每级地区数相同）', scaleQuantize: '等距', scaleThreshold: '按数据给出的界限', mapSteps: '级数', mapYear: '年份', latestYear: '最新',
    mapMetric: '着色依据', mapLayout: '地图样式', layoutGrid: '方块图（每个地区一样大）', layoutGeo: '地理地图', storiesPerDivision: '每个地区的报道数', mapSelected: '预先选中的地区', none: '无', allRegions: '全部地区',
    listRegion: '地区', listTag: '标签', allTags: '全部标签', listLimit: '每次显示篇数', listSort: '排序', sortDate: '最新在前', sortTitle: '按标题',
    display: '显示', language: '语言', langPage: '跟随网页', theme: '主题', themeLight: '浅色', themeDark: '深色', themeAuto: '跟随系统',
    snippet: '嵌入代码', snippetHint: '复制以下代码，粘贴到网页或 CMS 的 HTML 模式中。', copy: '复制代码', copied: '已复制到剪贴板。',
    copyFailed: '无法自动复制，请选中上面的代码后按 Ctrl+C（Mac：⌘C）。', preview: '预览',
    ssr: '服务器端渲染的 HTML（没有 JavaScript 也能看到内容）',
    ssrHint: '代码中包含组件的全部内容（<template shadowrootmode>），脚本加载后直接变为可交互。若 CMS 删除 <template> 或 HTML 注释，组件会在浏览器中照常渲染。',
    tools: '显示“下载图片 / 下载数据”按钮', iframeSnippet: 'iframe 嵌入代码（不能用脚本时）',
    iframeHint: 'CMS 删除 <script> 时（如 WordPress 的普通编辑），改用这段 iframe 代码。', iframeResize: '附加自动调整高度的脚本（可选；被删除时使用上面的固定高度）',
    copyIframe: '复制 iframe 代码', measuring: '正在测量 360 px 和 720 px 宽时的高度…',
    heights: (narrow, wide, height) => `高度：宽 360 px 时 ${narrow} px，宽 720 px 时 ${wide} px；代码使用 ${height} px。`,
    originWarning: (origin, pageOrigin) =>
      `注意：嵌入页（${pageOrigin}）只从自己的网站和构建时允许的来源载入报告，不会载入 ${origin} 的报告，iframe 将显示错误。请把报告放到嵌入页所在的网站，或在构建时允许这个来源：SW_ALLOW_ORIGINS="${origin}" npm run build（发布者工具：sw-widgets bundle --allow-origin ${origin}）。脚本标签代码不受影响。`,
    exportLabel: '图片和数据：', downloadPng: '下载图片（PNG）', downloadSvg: '下载 SVG', downloadCsv: '下载数据（CSV）', downloadFailed: '无法导出：',
  },
  en: {
    report: 'Report', reportExample: 'Example report', reportUrl: 'Or paste a report’s address (JSON)', reportFailed: 'Cannot use this report: ',
    title: 'Embed builder', script: 'Script', scriptBase: 'Script address (the cdn/ folder)', classic: 'Classic script (recommended, works in every CMS)', module: 'ES module',
    widget: 'Widget', statCard: 'Stat card', regionMap: 'Region map', storyList: 'Story list', mapList: 'Region map + linked story list',
    metric: 'Figure', variant: 'Layout', variantFull: 'Full', variantCompact: 'Compact', align: 'Alignment', alignStart: 'Start', alignCenter: 'Centre',
    mapIndicator: 'Figures by division (colors)', mapScale: 'Classes', scaleDefault: 'Automatic', scaleQuantile: 'Quantiles (as many divisions in each)', scaleQuantize: 'Equal intervals', scaleThreshold: 'Breaks given by the data', mapSteps: 'Number of classes', mapYear: 'Year', latestYear: 'Latest',
    mapMetric: 'Color by', mapLayout: 'Map style', layoutGrid: 'Tile map (every division the same size)', layoutGeo: 'Geographic map', storiesPerDivision: 'Stories per division', mapSelected: 'Division selected at first', none: 'None', allRegions: 'All divisions',
    listRegion: 'Division', listTag: 'Tag', allTags: 'All tags', listLimit: 'Stories shown at a time', listSort: 'Order', sortDate: 'Newest first', sortTitle: 'By title',
    display: 'Display', language: 'Language', langPage: 'Same as the page', theme: 'Theme', themeLight: 'Light', themeDark: 'Dark', themeAuto: 'Follow the system',
    snippet: 'Embed code', snippetHint: 'Copy this code into the page or into your CMS’s HTML mode.', copy: 'Copy code', copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy automatically: select the code above and press Ctrl+C (Mac: ⌘C).', preview: 'Preview',
    ssr: 'Server-rendered HTML (the content shows without JavaScript)',
    ssrHint: 'The code holds the widgets’ whole content (<template shadowrootmode>) and becomes interactive when the script loads. Where a CMS strips <template> or HTML comments, the widget renders in the browser as usual.',
    tools: 'Show “Download image / Get the data” buttons', iframeSnippet: 'Iframe embed code (where scripts are not allowed)',
    iframeHint: 'When your CMS strips <script> (e.g. WordPress for most editors), use this iframe code instead.', iframeResize: 'Add the script that fits the height exactly (optional; without it the fixed height above is used)',
    copyIframe: 'Copy iframe code', measuring: 'Measuring the height at 360 px and 720 px wide…',
    heights: (narrow, wide, height) => `Height: ${narrow} px at 360 px wide, ${wide} px at 720 px wide; the code uses ${height} px.`,
    originWarning: (origin, pageOrigin) =>
      `Note: the embed page (${pageOrigin}) loads reports only from its own site and the origins allowed when it was built, not from ${origin}: the iframe will show an error. Put the report on the embed page's site, or allow this origin when building: SW_ALLOW_ORIGINS="${origin}" npm run build (publisher toolkit: sw-widgets bundle --allow-origin ${origin}). The script-tag code is not affected.`,
    exportLabel: 'Image and data:', downloadPng: 'Download image (PNG)', downloadSvg: 'Download SVG', downloadCsv: 'Get the data (CSV)', downloadFailed: 'Could not export: ',
  },
};

const form = document.getElementById('builder');
const snippetBox = document.getElementById('snippet');
const preview = document.getElementById('preview');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');
const iframeBox = document.getElementById('iframe-snippet');
const iframeHeights = document.getElementById('iframe-heights');
const iframeResize = document.getElementById('iframe-resize');
const copyIframeStatus = document.getElementById('copy-iframe-status');
const downloadStatus = document.getElementById('download-status');
const measureBox = document.querySelector('.measure');
let uiLanguage = 'zh-Hans';
// The report the options are drawn from and the snippet's src ('' for the bundled report).
let report;
let reportSrc = '';
const text = (key) => UI[uiLanguage][key] ?? key;

/** Replaces a select's options, keeping its value when it still exists. */
function setOptions(select, options) {
  const previous = select.value;
  replaceContent(select, ...options.map(([value, label]) => new Option(label, value)));
  if (options.some(([value]) => value === previous)) select.value = previous;
}

function fillChoices() {
  const lang = uiLanguage;
  const metricLabel = (m) => `${localize(findPlace(report, m.place)?.name, lang)} · ${localize(m.label, lang)} (${formatQuantity(m, lang).text})`;
  setOptions(form.cardMetric, report.metrics.map((m) => [m.id, metricLabel(m)]));
  setOptions(form.mapMetric, [['', text('storiesPerDivision')], ...report.metrics.map((m) => [m.id, metricLabel(m)])]);
  const divisions = DIVISIONS.map((d) => [d.code, divisionName(d, lang)]);
  setOptions(form.mapSelected, [['', text('none')], ...divisions]);
  fillIndicatorChoices(lang);
  setOptions(form.listRegion, [['', text('allRegions')], ...divisions]);
  setOptions(form.listTag, [['', text('allTags')], ...(report.tags ?? []).map((t) => [t.id, localize(t.label, lang)])]);
}

function applyUiLanguage(language) {
  uiLanguage = language;
  document.documentElement.lang = language;
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = text(el.dataset.text);
  for (const button of document.querySelectorAll('[data-ui-lang]')) button.setAttribute('aria-pressed', String(button.dataset.uiLang === language));
  document.title = `${text('title')} · sw-widgets`;
  fillChoices();
}

/** Offers the indicator, scale, steps and year of the map when the chosen report has indicators (figures by division). */
function fillIndicatorChoices(lang) {
  const indicators = report.indicators ?? [];
  form.querySelector('.map-indicator').hidden = !indicators.length;
  setOptions(form.mapIndicator, [['', text('none')], ...indicators.map((i) => [i.id, localize(i.label, lang)])]);
  const chosen = indicators.find((i) => i.id === form.mapIndicator.value);
  const years = [...new Set((chosen?.values ?? []).map((v) => (v.date ?? chosen.asOf.start).slice(0, 4)))].sort().reverse();
  setOptions(form.mapYear, [['', text('latestYear')], ...years.map((y) => [y, y])]);
  for (const name of ['mapScale', 'mapSteps', 'mapYear']) form[name].disabled = !chosen;
}

/** The map's indicator attributes, when an indicator is chosen. */
function indicatorAttributes(values) {
  if (!values.mapIndicator) return {};
  return { indicator: values.mapIndicator, scale: values.mapScale, steps: values.mapSteps, year: values.mapYear };
}

/** The fallback an editor's page shows without JavaScript: the figure as one sentence. */
function cardFallback(metricId, lang) {
  const metric = report.metrics.find((m) => m.id === metricId);
  if (!metric) return '';
  const language = lang || 'zh-Hans';
  const place = localize(findPlace(report, metric.place)?.name, language);
  const figure = formatQuantity(metric, language).text;
  return language === 'en' ? `${place}: ${figure} ${localize(metric.label, language)}` : `${place}${localize(metric.label, language)}${figure}`;
}

/** The widgets the form describes, as tags with attributes. */
function configuredWidgets() {
  const values = Object.fromEntries(new FormData(form));
  const shared = { src: reportSrc, lang: values.lang, theme: values.theme, tools: values.tools === 'on' };
  const list = (extra) => ({ tag: 'sw-story-list', attributes: { ...extra, tag: values.listTag, limit: values.listLimit, sort: values.listSort, ...shared } });
  switch (values.kind) {
    case 'stat-card':
      return [{ tag: 'sw-stat-card', attributes: { metric: values.cardMetric, variant: values.cardVariant, align: values.cardAlign, ...shared }, fallback: cardFallback(values.cardMetric, values.lang) }];
    case 'region-map':
      return [{ tag: 'sw-region-map', attributes: { metric: values.mapMetric, ...indicatorAttributes(values), layout: values.mapLayout, selected: values.mapSelected, ...shared } }];
    case 'story-list':
      return [list({ region: values.listRegion })];
    default:
      return [
        { tag: 'sw-region-map', attributes: { id: 'sw-map-1', metric: values.mapMetric, ...indicatorAttributes(values), layout: values.mapLayout, selected: values.mapSelected, ...shared } },
        list({ for: 'sw-map-1' }),
      ];
  }
}

/** The attributes of the embed page's query: those of the configured widgets, without the map-list's id/for link. */
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

/** Heights the embed page posts at 360 and 720 px, for the query measured last. */
const MEASURE_WIDTHS = [360, 720];
let measured = { query: '', heights: [] };
let measureTimer = 0;

/** Loads the embed page off screen at both widths; their sw-embed-height messages fill `measured`. */
function measureEmbed(kind, attributes) {
  const query = embedPageUrl('', kind, attributes).replace(/^\/?embed\.html/, '');
  if (query === measured.query) return;
  measured = { query, heights: [] };
  clearTimeout(measureTimer);
  // Typing in a field changes the query often: load the pages once it settles.
  measureTimer = setTimeout(() => {
    replaceContent(measureBox, 
      ...MEASURE_WIDTHS.map((width) => {
        const frame = document.createElement('iframe');
        frame.width = String(width);
        frame.height = '100';
        frame.tabIndex = -1;
        frame.title = `${width}px`;
        frame.src = new URL(`../cdn/embed.html${query}`, location.href).href;
        return frame;
      }),
    );
  }, 150);
}

addEventListener('message', (event) => {
  if (event.data?.type !== 'sw-embed-height') return;
  const index = [...measureBox.children].findIndex((frame) => frame.contentWindow === event.source);
  // A height posted before the embed page's widgets are ready is the loading placeholder's, not the widget's.
  if (index < 0 || event.data.ready === false) return;
  measured.heights[index] = event.data.height;
  showIframeSnippet();
});

/** Before it is measured, a height that fits each widget at 360 px in the bundled report. */
const FALLBACK_HEIGHTS = { 'stat-card': 320, 'region-map': 720, 'story-list': 1400, 'map-list': 2000 };

function showIframeSnippet() {
  const widgets = configuredWidgets();
  const kind = form.kind.value;
  const attributes = embedAttributes(widgets);
  // Every width measured (a frame that is ready second leaves a hole that every() would skip).
  const done = MEASURE_WIDTHS.every((_, i) => measured.heights[i] > 0);
  const height = done ? Math.max(...measured.heights) : FALLBACK_HEIGHTS[kind];
  const scriptBase = form.scriptBase.value.trim() || defaultScriptBase(location.href, cdnManifest);
  iframeBox.value = iframeSnippet({ scriptBase, kind, attributes, title: iframeTitle(kind, widgets), height, resizeScript: iframeResize.checked, resizeIntegrity: manifestIntegrity(cdnManifest, 'embed-resize.js') });
  iframeBox.rows = iframeResize.checked ? 6 : 4;
  iframeHeights.textContent = done ? UI[uiLanguage].heights(measured.heights[0], measured.heights[1], height) : text('measuring');
  iframeHeights.dataset.measured = String(done);
  iframeHeights.dataset.height = String(height);
  const warning = embedSrcWarning(reportSrc, scriptBase, embedAllowedOrigins, location.href);
  iframeWarning.textContent = warning ? UI[uiLanguage].originWarning(warning.origin, warning.pageOrigin) : '';
  iframeWarning.hidden = !warning;
}

/** The origins the embed page beside this builder was built to allow (its sw-allow-origins meta tag). */
const iframeWarning = document.getElementById('iframe-warning');
let embedAllowedOrigins = [];
fetch(new URL('../cdn/embed.html', location.href))
  .then((response) => (response.ok ? response.text() : ''))
  .then((page) => {
    const content = /<meta name="sw-allow-origins" content="([^"]*)"/.exec(page)?.[1] ?? '';
    embedAllowedOrigins = content.split(/\s+/).filter(Boolean);
    showIframeSnippet();
  })
  .catch(() => {});

function update() {
  const kind = form.kind.value;
  for (const el of form.querySelectorAll('[data-for]')) el.hidden = !el.dataset.for.split(' ').includes(kind);
  const widgets = configuredWidgets();
  const scriptKind = form.scriptKind.value;
  const integrity = manifestIntegrity(cdnManifest, scriptKind === 'module' ? 'sw-widgets.js' : 'sw-widgets.iife.js');
  const snippetConfig = { scriptBase: form.scriptBase.value.trim() || defaultScriptBase(location.href, cdnManifest), scriptKind, widgets, integrity };
  snippetBox.value = embedSnippet(snippetConfig);
  snippetBox.rows = Math.min(12, snippetBox.value.split('\n').length + 1);
  if (form.ssr.checked) showServerRendered(snippetConfig);
  else delete snippetBox.dataset.rendered;
  replaceContent(preview, 
    ...widgets.map(({ tag, attributes }) => {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) if (value) el.setAttribute(name, value);
      return el;
    }),
  );
  copyStatus.textContent = '';
  copyIframeStatus.textContent = '';
  downloadStatus.textContent = '';
  measureEmbed(kind, embedAttributes(widgets));
  showIframeSnippet();
}

/** Renders the widgets in a worker (cdn/sw-ssr-worker.js, sw-widgets/ssr off the page); the latest request wins. */
let ssrWorker;
let ssrRequest = 0;
function showServerRendered(config) {
  // A classic worker (module workers need Safari 15 and Firefox 114); no ??=, which Firefox 78 cannot parse.
  if (!ssrWorker) ssrWorker = new Worker(new URL('../cdn/sw-ssr-worker.js', import.meta.url));
  const id = ++ssrRequest;
  snippetBox.dataset.rendered = 'pending';
  ssrWorker.onmessage = ({ data }) => {
    if (data.id !== ssrRequest || !form.ssr.checked) return;
    if (data.error) {
      snippetBox.dataset.rendered = 'failed';
      return;
    }
    snippetBox.value = embedSnippet({ ...config, rendered: data.html });
    snippetBox.rows = 12;
    snippetBox.dataset.rendered = 'done';
  };
  const elements = config.widgets.map(({ tag, attributes }) => ({
    tag,
    attributes: Object.fromEntries(Object.entries(attributes).filter(([name, value]) => value && name !== 'lang' && name !== 'theme')),
  }));
  const { lang, theme } = config.widgets[0].attributes;
  ssrWorker.postMessage({ id, elements, options: { lang: lang || undefined, theme: theme || undefined } });
}

async function copyFrom(box, status) {
  box.select();
  try {
    await navigator.clipboard.writeText(box.value);
    status.textContent = text('copied');
  } catch {
    status.textContent = text('copyFailed');
  }
}
copyButton.addEventListener('click', () => copyFrom(snippetBox, copyStatus));
document.getElementById('copy-iframe').addEventListener('click', () => copyFrom(iframeBox, copyIframeStatus));
iframeResize.addEventListener('change', showIframeSnippet);

/** Downloads the preview's first widget (the map of a map-list) as an image or CSV, straight from the element. */
async function downloadPreview(format) {
  const widget = preview.firstElementChild;
  downloadStatus.textContent = '';
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
    downloadStatus.textContent = text('downloadFailed') + (error instanceof Error ? error.message : String(error));
  }
}
for (const format of ['png', 'svg', 'csv']) document.getElementById(`download-${format}`).addEventListener('click', () => downloadPreview(format));

for (const button of document.querySelectorAll('[data-ui-lang]')) {
  button.addEventListener('click', () => {
    applyUiLanguage(button.dataset.uiLang);
    update();
  });
}

/** The chosen example, or the pasted address when there is one: its metrics, places and tags fill the options. */
const reportStatus = document.getElementById('report-status');
async function chooseReport() {
  const pasted = form.reportUrl.value.trim();
  const entry = EXAMPLE_REPORTS.find((candidate) => candidate.id === form.report.value) ?? EXAMPLE_REPORTS[0];
  let src = exampleReportUrl(entry);
  let loaded;
  if (pasted) {
    try {
      src = new URL(pasted, location.href).href;
      loaded = await fetchReportAt(src);
    } catch {
      loaded = { report: null, reason: pasted };
    }
  } else {
    loaded = await fetchExampleReport(entry, bundledReport);
  }
  if (!loaded.report) {
    reportStatus.textContent = text('reportFailed') + loaded.reason;
    return;
  }
  reportStatus.textContent = '';
  report = loaded.report;
  reportSrc = src;
  fillChoices();
  update();
}

/** A pasted report: any JSON with metrics is accepted here; the preview element checks it in full and says what is wrong. */
async function fetchReportAt(url) {
  try {
    const response = await fetch(url);
    if (!response.ok) return { report: null, reason: `HTTP ${response.status}` };
    const json = await response.json();
    return Array.isArray(json?.metrics) ? { report: json } : { report: null, reason: url };
  } catch (error) {
    return { report: null, reason: error instanceof Error ? error.message : String(error) };
  }
}
/** AbortSignal.timeout(ms), or the same from a controller where it is missing (Chrome < 103, Safari < 16, Firefox < 100). */
function timeoutSignal(ms) {
  if (AbortSignal.timeout) return AbortSignal.timeout(ms);
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
  return controller.signal;
}

async function start() {
  fillReportPicker(form.report);
  // The report built into the script may be another one (`sw-widgets bundle`, previewed by `sw-widgets serve`): name it.
  form.report.options[0].text = `${bundledReport.title['zh-Hans']}${bundledReport.title.en ? ' · ' + bundledReport.title.en : ''} (bundled)`;
  form.report.addEventListener('change', chooseReport);
  form.reportUrl.addEventListener('change', chooseReport);

  // The files' sizes and SRI hashes (written by `npm run build` and `sw-widgets bundle`): the snippets carry the
  // hash of the version they name, and `bundle --base-url` sets the script address.
  cdnManifest = await fetch(new URL('../cdn/manifest.json', location.href), { signal: timeoutSignal(5000) })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
  // An address the editor typed while the manifest was loading is theirs: only an empty field gets the default.
  if (!form.scriptBase.value.trim()) form.scriptBase.value = defaultScriptBase(location.href, cdnManifest);
  form.listLimit.value = '5';
  // The years offered follow the indicator (before update() reads the form).
  form.mapIndicator.addEventListener('change', () => fillIndicatorChoices(uiLanguage));
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  applyUiLanguage(new URLSearchParams(location.search).get('ui') === 'en' ? 'en' : 'zh-Hans');
  update();
}

loadBundledReport().then((loaded) => {
  bundledReport = report = loaded;
  return start();
});
