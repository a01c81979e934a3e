// The embed builder: an editor picks a widget and its options from the bundled
// report, sees it live, and copies the snippet. No text from the report is
// written as HTML: options and the preview are built with DOM APIs.
import { bundledReport, localize, DIVISIONS, divisionName, formatQuantity, findPlace } from '../cdn/sw-widgets.js';
import { embedSnippet, DEFAULT_SCRIPT_BASE } from './embed-snippet.js';

const UI = {
  'zh-Hans': {
    title: '嵌入代码生成器', script: '脚本', scriptBase: '脚本地址（cdn/ 文件夹）', classic: '普通脚本（推荐，适用于所有 CMS）', module: 'ES 模块',
    widget: '组件', statCard: '数字卡片', regionMap: '地区图', storyList: '报道列表', mapList: '地区图 + 联动的报道列表',
    metric: '指标', variant: '样式', variantFull: '完整', variantCompact: '紧凑', align: '对齐', alignStart: '左对齐', alignCenter: '居中',
    mapMetric: '着色依据', storiesPerDivision: '每个地区的报道数', mapSelected: '预先选中的地区', none: '无', allRegions: '全部地区',
    listRegion: '地区', listTag: '标签', allTags: '全部标签', listLimit: '每次显示篇数', listSort: '排序', sortDate: '最新在前', sortTitle: '按标题',
    display: '显示', language: '语言', langPage: '跟随网页', theme: '主题', themeLight: '浅色', themeDark: '深色', themeAuto: '跟随系统',
    snippet: '嵌入代码', snippetHint: '复制以下代码，粘贴到网页或 CMS 的 HTML 模式中。', copy: '复制代码', copied: '已复制到剪贴板。',
    copyFailed: '无法自动复制，请选中上面的代码后按 Ctrl+C（Mac：⌘C）。', preview: '预览',
  },
  en: {
    title: 'Embed builder', script: 'Script', scriptBase: 'Script address (the cdn/ folder)', classic: 'Classic script (recommended, works in every CMS)', module: 'ES module',
    widget: 'Widget', statCard: 'Stat card', regionMap: 'Region map', storyList: 'Story list', mapList: 'Region map + linked story list',
    metric: 'Figure', variant: 'Layout', variantFull: 'Full', variantCompact: 'Compact', align: 'Alignment', alignStart: 'Start', alignCenter: 'Centre',
    mapMetric: 'Color by', storiesPerDivision: 'Stories per division', mapSelected: 'Division selected at first', none: 'None', allRegions: 'All divisions',
    listRegion: 'Division', listTag: 'Tag', allTags: 'All tags', listLimit: 'Stories shown at a time', listSort: 'Order', sortDate: 'Newest first', sortTitle: 'By title',
    display: 'Display', language: 'Language', langPage: 'Same as the page', theme: 'Theme', themeLight: 'Light', themeDark: 'Dark', themeAuto: 'Follow the system',
    snippet: 'Embed code', snippetHint: 'Copy this code into the page or into your CMS’s HTML mode.', copy: 'Copy code', copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy automatically: select the code above and press Ctrl+C (Mac: ⌘C).', preview: 'Preview',
  },
};

const form = document.getElementById('builder');
const snippetBox = document.getElementById('snippet');
const preview = document.getElementById('preview');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');
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
  const shared = { lang: values.lang, theme: values.theme };
  const list = (extra) => ({ tag: 'sw-story-list', attributes: { ...extra, tag: values.listTag, limit: values.listLimit, sort: values.listSort, ...shared } });
  switch (values.kind) {
    case 'stat-card':
      return [{ tag: 'sw-stat-card', attributes: { metric: values.cardMetric, variant: values.cardVariant, align: values.cardAlign, ...shared }, fallback: cardFallback(values.cardMetric, values.lang) }];
    case 'region-map':
      return [{ tag: 'sw-region-map', attributes: { metric: values.mapMetric, selected: values.mapSelected, ...shared } }];
    case 'story-list':
      return [list({ region: values.listRegion })];
    default:
      return [
        { tag: 'sw-region-map', attributes: { id: 'sw-map-1', metric: values.mapMetric, selected: values.mapSelected, ...shared } },
        list({ for: 'sw-map-1' }),
      ];
  }
}

function update() {
  const kind = form.kind.value;
  for (const el of form.querySelectorAll('[data-for]')) el.hidden = !el.dataset.for.split(' ').includes(kind);
  const widgets = configuredWidgets();
  snippetBox.value = embedSnippet({ scriptBase: form.scriptBase.value.trim() || DEFAULT_SCRIPT_BASE, scriptKind: form.scriptKind.value, widgets });
  snippetBox.rows = Math.min(12, snippetBox.value.split('\n').length + 1);
  preview.replaceChildren(
    ...widgets.map(({ tag, attributes }) => {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) if (value) el.setAttribute(name, value);
      return el;
    }),
  );
  copyStatus.textContent = '';
}

copyButton.addEventListener('click', async () => {
  snippetBox.select();
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    copyStatus.textContent = text('copied');
  } catch {
    copyStatus.textContent = text('copyFailed');
  }
});

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
