// The demo's own script: fills the card grid and the "Color by" control from the
// bundled report, and applies the language and theme switchers.
import { loadBundledReport, localize } from '../cdn/sw-widgets.js';
import { EXAMPLE_REPORTS, exampleReportUrl, fetchExampleReport, fillReportPicker, replaceContent } from './reports.js';
import { colorAttributes, defaultColorValue, mapColorChoices } from './color-options.js';

// The bundled report is the all-in-one bundle's on-demand file (cdn/sw-bundled-report.js); the elements load it too.
// No top-level await (Chromium 80–88 and Safari 14 cannot parse it): the page fills in once it is loaded (below).
let bundledReport;

const main = document.getElementById('demo');
const cards = document.getElementById('cards');
const picker = document.getElementById('map-metric');
const widgets = () => main.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list');

// The report the page shows (the report picker changes it); its metrics fill the cards and the picker.
let report;
let reportSrc = '';

function fillCards() {
  replaceContent(cards, 
    ...report.metrics.map((metric) => {
      const card = document.createElement('sw-stat-card');
      card.setAttribute('metric', metric.id);
      if (reportSrc) card.setAttribute('src', reportSrc);
      const theme = document.body.dataset.theme;
      if (theme) card.setAttribute('theme', theme);
      return card;
    }),
  );
}

/**
 * The one "Color by" control (as the builder's: demo/color-options.js): the stories, the report's indicators and
 * the metrics that color a division, in groups; `chosen` (else the current choice) when the report still has it.
 */
function fillPicker(language, chosen = picker.value) {
  const choices = mapColorChoices(report);
  const group = (label, options) => {
    const element = document.createElement('optgroup');
    element.label = label;
    element.append(...options);
    return element;
  };
  const groups = [group('报道 / Stories', [new Option('每个地区的报道数 / stories per division', '')])];
  if (choices.indicators.length) {
    groups.push(group('分省数据 / Figures by division', choices.indicators.map((choice) => new Option(`${localize(choice.label, language)} (${choice.id})`, choice.value))));
  }
  if (choices.metrics.length) {
    const label = (choice) => `${localize(choice.place.name, language)} · ${localize(choice.label, language)} (${choice.id})`;
    groups.push(group('某地的数字 / A place’s figure', choices.metrics.map((choice) => new Option(label(choice), choice.value))));
  }
  replaceContent(picker, ...groups);
  picker.value = [...picker.options].some((option) => option.value === chosen) ? chosen : '';
}

/** The map's `metric` or `indicator` from the control, never both. */
function applyColor() {
  const map = document.getElementById('metric-map');
  const attributes = colorAttributes(picker.value);
  for (const name of ['metric', 'indicator']) {
    if (attributes[name]) map.setAttribute(name, attributes[name]);
    else map.removeAttribute(name);
  }
}
picker.addEventListener('change', applyColor);

document.getElementById('map-layout').addEventListener('change', (event) => {
  const map = document.getElementById('metric-map');
  if (event.target.value) map.setAttribute('layout', event.target.value);
  else map.removeAttribute('layout');
});

document.querySelector('.switchers').addEventListener('change', (event) => {
  const { name, value } = event.target;
  if (name === 'lang') {
    main.lang = value;
    document.documentElement.lang = value;
    fillPicker(value);
  }
  if (name === 'theme') {
    document.body.dataset.theme = value;
    for (const widget of widgets()) widget.setAttribute('theme', value);
  }
});

// The report picker: every widget gets the chosen example's src (none for the bundled report).
const reportPicker = document.getElementById('report');
const reportStatus = document.getElementById('report-status');
fillReportPicker(reportPicker);
async function showReport(id) {
  const entry = EXAMPLE_REPORTS.find((candidate) => candidate.id === id) ?? EXAMPLE_REPORTS[0];
  const loaded = await fetchExampleReport(entry, bundledReport);
  if (!loaded.report) {
    reportStatus.textContent = `${entry.path}: 暂不可用 / not available (${loaded.reason})`;
    reportPicker.value = EXAMPLE_REPORTS.find((candidate) => exampleReportUrl(candidate) === reportSrc)?.id ?? 'bundled';
    return;
  }
  reportStatus.textContent = '';
  report = loaded.report;
  reportSrc = exampleReportUrl(entry);
  reportPicker.value = entry.id;
  fillCards();
  for (const widget of widgets()) {
    if (reportSrc) widget.setAttribute('src', reportSrc);
    else widget.removeAttribute('src');
  }
  // A report opens the map on its best coloring: its first indicator (分省指标's choropleth), else the stories.
  fillPicker(main.lang || 'zh-Hans', defaultColorValue(mapColorChoices(report)));
  applyColor();
}
reportPicker.addEventListener('change', () => showReport(reportPicker.value));

loadBundledReport().then((loaded) => {
  bundledReport = report = loaded;
  fillCards();
  fillPicker('zh-Hans');

  // ?lang=en&theme=dark&report=national-workforce preselects the switchers (handy for links and screenshots).
  const params = new URLSearchParams(location.search);
  if (params.get('report')) showReport(params.get('report'));
  for (const name of ['lang', 'theme']) {
    const input = params.get(name) && document.querySelector(`.switchers input[name="${name}"][value="${params.get(name)}"]`);
    if (input) {
      input.checked = true;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  if (params.get('layout') === 'geo') {
    const layout = document.getElementById('map-layout');
    layout.value = 'geo';
    layout.dispatchEvent(new Event('change'));
  }
});
