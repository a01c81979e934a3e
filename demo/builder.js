// The embed builder: an editor picks a widget and its options from the bundled
// report, sees it live, and copies the snippet: the script tag, or an iframe of
// cdn/embed.html whose height is measured here at 360 and 720 px. The preview's
// image and data download directly. No text from the report is written as
// HTML: options and the preview are built with DOM APIs.
import { bundledReport, localize, DIVISIONS, divisionName, formatQuantity, findPlace } from '../cdn/sw-widgets.js';
import { embedSnippet, iframeSnippet, embedPageUrl, DEFAULT_SCRIPT_BASE } from './embed-snippet.js';

const UI = {
  'zh-Hans': {
    title: '嵌入代码生成器', script: '脚本', scriptBase: '脚本地址（cdn/ 文件夹）', classic: '普通脚本（推荐，适用于所有 CMS）', module: 'ES 模块',
    widget: '组件', statCard: '数字卡片', regionMap: '地区图', storyList: '报道列表', mapList: '地区图 + 联动的报道列表',
    metric: '指标', variant: '样式', variantFull: '完整', variantCompact: '紧凑', align: '对齐', alignStart: '左对齐', alignCenter: '居中',
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
    exportLabel: '图片和数据：', downloadPng: '下载图片（PNG）', downloadSvg: '下载 SVG', downloadCsv: '下载数据（CSV）', downloadFailed: '无法导出：',
  },
  en: {
    title: 'Embed builder', script: 'Script', scriptBase: 'Script address (the cdn/ folder)', classic: 'Classic script (recommended, works in every CMS)', module: 'ES module',
    widget: 'Widget', statCard: 'Stat card', regionMap: 'Region map', storyList: 'Story list', mapList: 'Region map + linked story list',
    metric: 'Figure', variant: 'Layout', variantFull: 'Full', variantCompact: 'Compact', align: 'Alignment', alignStart: 'Start', alignCenter: 'Centre',
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
const text = (key) => UI[uiLanguage][key] ?? key;

/** Replaces a select's options, keeping its value when it still exists. */
function setOptions(select, options) {
  const previous = select.value;
  select.replaceChildren(...options.map(([value, label]) => new Option(label, value)));
  if (options.some(([value]) => value === previous)) select.value = previous;
}

function fillChoices() {
  const lang = uiLanguage;
  const metricLabel = (m) => `${localize(findPlace(bundledReport, m.place)?.name, lang)} · ${localize(m.label, lang)} (${formatQuantity(m, lang).text})`;
  setOptions(form.cardMetric, bundledReport.metrics.map((m) => [m.id, metricLabel(m)]));
  setOptions(form.mapMetric, [['', text('storiesPerDivision')], ...bundledReport.metrics.map((m) => [m.id, metricLabel(m)])]);
  const divisions = DIVISIONS.map((d) => [d.code, divisionName(d, lang)]);
  setOptions(form.mapSelected, [['', text('none')], ...divisions]);
  setOptions(form.listRegion, [['', text('allRegions')], ...divisions]);
  setOptions(form.listTag, [['', text('allTags')], ...(bundledReport.tags ?? []).map((t) => [t.id, localize(t.label, lang)])]);
}

function applyUiLanguage(language) {
  uiLanguage = language;
  document.documentElement.lang = language;
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = text(el.dataset.text);
  for (const button of document.querySelectorAll('[data-ui-lang]')) button.setAttribute('aria-pressed', String(button.dataset.uiLang === language));
  document.title = `${text('title')} · sw-widgets`;
  fillChoices();
}

/** The fallback an editor's page shows without JavaScript: the figure as one sentence. */
function cardFallback(metricId, lang) {
  const metric = bundledReport.metrics.find((m) => m.id === metricId);
  if (!metric) return '';
  const language = lang || 'zh-Hans';
  const place = localize(findPlace(bundledReport, metric.place)?.name, language);
  const figure = formatQuantity(metric, language).text;
  return language === 'en' ? `${place}: ${figure} ${localize(metric.label, language)}` : `${place}${localize(metric.label, language)}${figure}`;
}

/** The widgets the form describes, as tags with attributes. */
function configuredWidgets() {
  const values = Object.fromEntries(new FormData(form));
  const shared = { lang: values.lang, theme: values.theme, tools: values.tools === 'on' };
  const list = (extra) => ({ tag: 'sw-story-list', attributes: { ...extra, tag: values.listTag, limit: values.listLimit, sort: values.listSort, ...shared } });
  switch (values.kind) {
    case 'stat-card':
      return [{ tag: 'sw-stat-card', attributes: { metric: values.cardMetric, variant: values.cardVariant, align: values.cardAlign, ...shared }, fallback: cardFallback(values.cardMetric, values.lang) }];
    case 'region-map':
      return [{ tag: 'sw-region-map', attributes: { metric: values.mapMetric, layout: values.mapLayout, selected: values.mapSelected, ...shared } }];
    case 'story-list':
      return [list({ region: values.listRegion })];
    default:
      return [
        { tag: 'sw-region-map', attributes: { id: 'sw-map-1', metric: values.mapMetric, layout: values.mapLayout, selected: values.mapSelected, ...shared } },
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
  const detail = kind === 'stat-card' ? widgets[0].fallback : localize(bundledReport.title, lang);
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
    measureBox.replaceChildren(
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
  if (index < 0) return;
  measured.heights[index] = event.data.height;
  showIframeSnippet();
});

/** Before it is measured, a height that fits each widget at 360 px in the bundled report. */
const FALLBACK_HEIGHTS = { 'stat-card': 320, 'region-map': 720, 'story-list': 1400, 'map-list': 2000 };

function showIframeSnippet() {
  const widgets = configuredWidgets();
  const kind = form.kind.value;
  const attributes = embedAttributes(widgets);
  const done = measured.heights.length === MEASURE_WIDTHS.length && measured.heights.every((h) => h > 0);
  const height = done ? Math.max(...measured.heights) : FALLBACK_HEIGHTS[kind];
  const scriptBase = form.scriptBase.value.trim() || DEFAULT_SCRIPT_BASE;
  iframeBox.value = iframeSnippet({ scriptBase, kind, attributes, title: iframeTitle(kind, widgets), height, resizeScript: iframeResize.checked });
  iframeBox.rows = iframeResize.checked ? 6 : 4;
  iframeHeights.textContent = done ? UI[uiLanguage].heights(measured.heights[0], measured.heights[1], height) : text('measuring');
  iframeHeights.dataset.measured = String(done);
  iframeHeights.dataset.height = String(height);
}

function update() {
  const kind = form.kind.value;
  for (const el of form.querySelectorAll('[data-for]')) el.hidden = !el.dataset.for.split(' ').includes(kind);
  const widgets = configuredWidgets();
  const snippetConfig = { scriptBase: form.scriptBase.value.trim() || DEFAULT_SCRIPT_BASE, scriptKind: form.scriptKind.value, widgets };
  snippetBox.value = embedSnippet(snippetConfig);
  snippetBox.rows = Math.min(12, snippetBox.value.split('\n').length + 1);
  if (form.ssr.checked) showServerRendered(snippetConfig);
  else delete snippetBox.dataset.rendered;
  preview.replaceChildren(
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
  ssrWorker ??= new Worker(new URL('../cdn/sw-ssr-worker.js', import.meta.url), { type: 'module' });
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
    setTimeout(() => URL.revokeObjectURL(url), 40_000);
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

form.scriptBase.value = DEFAULT_SCRIPT_BASE;
form.listLimit.value = '5';
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
applyUiLanguage(new URLSearchParams(location.search).get('ui') === 'en' ? 'en' : 'zh-Hans');
update();
