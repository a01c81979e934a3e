// The in-page half of the benchmark (bench/run.mjs is the other). Each
// scenario has an untimed `setup` and a timed `act`; run.mjs measures the
// main thread's busy time around `act` through the DevTools protocol. Every
// `act` ends when the result is on screen: two animation frames after the
// change, so style, layout, paint and any ResizeObserver re-render are in.
//
// Baselines, in the same page and the same run:
// - the floor: a minimal hand-written custom element with a shadow root that
//   renders the same markup and CSS as the sw-widgets element (captured from
//   it), with no data work at all: what any web component costs at least;
// - for the map, Apache ECharts' smallest map build (bench/echarts-map.entry.js)
//   drawing the same 34-division choropleth in the same colors.
//
// Modes (?mode=): `warm` (default) renders each element once first, to
// capture its markup for the floor; `first` loads the libraries and renders
// nothing, so that the one timed sample is the first element of its kind on
// the page; `cold` loads neither library, and its samples time loading one.
const SW_URL = '../cdn/sw-widgets.js';
const SW_GEO_URL = '../cdn/sw-geo.js';
const SW_CHOROPLETH_URL = '../cdn/sw-choropleth.js';
/** The checks of a report given as a property (`el.report = …`, as the choropleth scenarios do), loaded on demand. */
const SW_REPORT_URL = '../cdn/sw-report.js';
const ECHARTS_URL = './.out/echarts-map.js';
const ECHARTS_GEOMETRY_URL = '/node_modules/echarts/map/json/china.json';
const mode = new URLSearchParams(location.search).get('mode') ?? 'warm';
const sw = mode === 'cold' ? null : await import(SW_URL);
// Validation is loaded on demand (for `src` and `report`); the list scenarios set `report`, so load it up front.
const swReport = mode === 'cold' ? null : await import('../cdn/sw-report.js');
// The bundled report is loaded on demand too (cdn/sw-bundled-report.js).
const bundledReport = mode === 'cold' ? null : await sw.loadBundledReport();
const echarts = mode === 'cold' ? null : await import(ECHARTS_URL);

const stage = document.getElementById('stage');
const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const METRICS = bundledReport?.metrics.map((metric) => metric.id);
// The choropleth: the example report's population of the 31 mainland provinces (<sw-region-map indicator>).
const CHOROPLETH_REPORT = await (await fetch('../data/examples/province-indicators.json')).json();
const CHOROPLETH_INDICATOR = 'resident-population';
const SELECT_CODES = ['440000', '620000', '330000', '510000', '810000', '110000', '650000'];

// ---------------------------------------------------------------- the floor

/** CSS text and markup per floor kind; each kind's style sheets are made once, by its first instance (as Lit does). */
const floorCss = new Map();
const floorSheets = new Map();
class FloorElement extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    let sheets = floorSheets.get(this.kind);
    if (!sheets) {
      sheets = floorCss.get(this.kind).map((text) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        return sheet;
      });
      floorSheets.set(this.kind, sheets);
    }
    root.adoptedStyleSheets = sheets;
    root.innerHTML = this.markup;
  }
}
customElements.define('floor-element', FloorElement);

function floor(kind, markup) {
  const el = document.createElement('floor-element');
  el.kind = kind;
  el.markup = markup;
  return el;
}

/** What an sw-widgets element rendered: its style sheets' text and its shadow markup without Lit's markers. */
function capture(el) {
  return {
    css: [...el.shadowRoot.adoptedStyleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')),
    markup: el.shadowRoot.innerHTML.replace(/<!--\?lit\$\d+\$-->|<!---->/g, ''),
  };
}

// ---------------------------------------------------------------- sw-widgets elements

function card(metric) {
  const el = document.createElement('sw-stat-card');
  el.setAttribute('metric', metric);
  // The count-up runs after the first render, for a second; the floor has none.
  el.setAttribute('no-count-up', '');
  return el;
}
const map = () => document.createElement('sw-region-map');
function geoMap() {
  const el = map();
  el.setAttribute('layout', 'geo');
  return el;
}
/** The geographic map draws once its module and geometry have arrived (fetched the first time, then shared). */
async function drawn(el) {
  while (!el.shadowRoot?.querySelector('[part~="region"]')) await new Promise((resolve) => requestAnimationFrame(resolve));
}
/** A choropleth draws once its code has arrived (cdn/sw-choropleth.js, fetched by the first one, then shared). */
async function tilesDrawn(el) {
  while (!el.shadowRoot?.querySelector('[role="option"]')) await new Promise((resolve) => requestAnimationFrame(resolve));
}
function choropleth(layout) {
  const el = map();
  el.report = CHOROPLETH_REPORT;
  el.setAttribute('indicator', CHOROPLETH_INDICATOR);
  if (layout) el.setAttribute('layout', layout);
  return el;
}
function list(report) {
  const el = document.createElement('sw-story-list');
  if (report) el.report = report;
  return el;
}

/** The bundled report with `count` stories (the bundled four, then copies spread over 15 years). */
function manyStories(count) {
  if (!sw) return null;
  const base = bundledReport.stories;
  const generated = Array.from({ length: count - base.length }, (_, i) => ({
    ...base[i % base.length],
    id: `story-${i}`,
    date: { start: `20${10 + (i % 15)}-${String(1 + (i % 12)).padStart(2, '0')}` },
  }));
  return { ...bundledReport, stories: [...base, ...generated] };
}
const STORY_COUNTS = [100, 1000, 10000];
const reports = new Map(STORY_COUNTS.map((count) => [count, manyStories(count)]));

// ---------------------------------------------------------------- ECharts

/** The divisions with their number of stories and the color the tile map gives them (names as in ECharts' geometry). */
function echartsData(colors) {
  const stories = new Map();
  for (const story of bundledReport.stories) {
    for (const code of sw.storyProvinceCodes(bundledReport, story)) stories.set(code, (stories.get(code) ?? 0) + 1);
  }
  return sw.DIVISIONS.map((division) => ({
    name: division.short['zh-Hans'],
    value: stories.get(division.code) ?? null,
    itemStyle: { areaColor: colors[division.code] },
  }));
}
const echartsOption = (data) => ({
  animation: false,
  series: [{ type: 'map', map: 'china', selectedMode: 'single', label: { show: true, fontSize: 10 }, data }],
});
async function registerGeometry(library) {
  library.registerMap('china', await (await fetch(ECHARTS_GEOMETRY_URL)).json());
}
function echartsMap(library = echarts, data = captured.echartsData) {
  const div = document.createElement('div');
  div.style.cssText = 'width: 640px; height: 640px';
  stage.append(div);
  const chart = library.init(div);
  chart.setOption(echartsOption(data));
  return chart;
}
/** The choropleth's values and the colors of its classes, for ECharts (no data: the no-data color). */
function echartsChoroplethData(colors) {
  const values = new Map(CHOROPLETH_REPORT.indicators.find((i) => i.id === CHOROPLETH_INDICATOR).values.map((v) => [v.division, v.value]));
  return sw.DIVISIONS.map((division) => ({ name: division.short['zh-Hans'], value: values.get(division.code) ?? null, itemStyle: { areaColor: colors[division.code] } }));
}

// ---------------------------------------------------------------- scenarios

const captured = {};
let instances = {};
function clear() {
  instances.echarts?.dispose();
  instances = {};
  stage.replaceChildren();
  stage.classList.remove('wide');
}
const append = async (...elements) => {
  stage.append(...elements);
  await settle();
};
let turn = 0;

const scenarios = {
  empty: { setup: clear, act: settle },

  card: { setup: clear, act: () => append(card('chaozhou-volunteers')) },
  'card-floor': { setup: clear, act: () => append(floor('card', captured.card.markup)) },
  map: { setup: clear, act: () => append(map()) },
  'map-floor': { setup: clear, act: () => append(floor('map', captured.map.markup)) },
  'map-geo': {
    setup: clear,
    act: async () => {
      const el = geoMap();
      stage.append(el);
      await drawn(el);
      await settle();
    },
  },
  'map-geo-floor': { setup: clear, act: () => append(floor('map-geo', captured['map-geo'].markup)) },
  'map-echarts': {
    setup: clear,
    act: async () => {
      instances.echarts = echartsMap();
      await settle();
    },
  },
  'map-indicator': {
    setup: clear,
    act: async () => {
      const el = choropleth();
      stage.append(el);
      await tilesDrawn(el);
      await settle();
    },
  },
  'map-indicator-floor': { setup: clear, act: () => append(floor('map-indicator', captured['map-indicator'].markup)) },
  'map-indicator-geo': {
    setup: clear,
    act: async () => {
      const el = choropleth('geo');
      stage.append(el);
      await drawn(el);
      await settle();
    },
  },
  'map-indicator-geo-floor': { setup: clear, act: () => append(floor('map-indicator-geo', captured['map-indicator-geo'].markup)) },
  'map-indicator-echarts': {
    setup: clear,
    act: async () => {
      instances.echarts = echartsMap(echarts, captured.echartsChoropleth);
      await settle();
    },
  },
  'geo-decode': {
    setup: clear,
    act: async () => {
      const module = await import(SW_GEO_URL);
      await module.loadGeometry(new URL(`../cdn/sw-china.map.json?${Math.random()}`, location.href).href, null, sw.DIVISIONS.map((d) => d.code), 10000);
    },
  },
  list: { setup: clear, act: () => append(list()) },
  'list-floor': { setup: clear, act: () => append(floor('list', captured.list.markup)) },

  'cards-200': { setup: clear, act: () => append(...Array.from({ length: 200 }, (_, i) => card(METRICS[i % METRICS.length]))) },
  'cards-200-floor': { setup: clear, act: () => append(...Array.from({ length: 200 }, (_, i) => floor('card', captured.cards[i % METRICS.length]))) },

  ...Object.fromEntries(
    STORY_COUNTS.flatMap((count) => [
      [`list-${count}`, { setup: clear, act: () => append(list(reports.get(count))) }],
      [`list-${count}-floor`, { setup: clear, act: () => append(floor('list', captured.lists[count])) }],
      // The share of the first render that is validating the report (every story is checked).
      [
        `validate-${count}`,
        {
          setup: clear,
          act: async () => {
            swReport.validateReport(reports.get(count));
            await settle();
          },
        },
      ],
      [
        `filter-${count}`,
        {
          setup: async () => {
            if (instances.filterList?.report === reports.get(count)) return;
            clear();
            instances.filterList = list(reports.get(count));
            await append(instances.filterList);
          },
          // What the list does when the map's selection changes: one pass over the stories, 20 rendered.
          act: async () => {
            instances.filterList.region = SELECT_CODES[turn++ % SELECT_CODES.length];
            await settle();
          },
        },
      ],
    ]),
  ),

  ...Object.fromEntries(
    [
      ['select', (code) => (instances.selectMap.selected = code)],
      ['select-geo', (code) => (instances.selectGeo.selected = code)],
      [
        'select-floor',
        (code) => {
          // The least a hand-written map does: move aria-selected and the selected part.
          for (const tile of instances.selectFloor.shadowRoot.querySelectorAll('[aria-selected="true"]')) {
            tile.setAttribute('aria-selected', 'false');
            tile.setAttribute('part', 'tile');
          }
          const tile = instances.selectFloor.shadowRoot.querySelector(`[data-code="${code}"]`);
          tile.setAttribute('aria-selected', 'true');
          tile.setAttribute('part', 'tile selected');
        },
      ],
      ['select-echarts', (code) => instances.echarts.dispatchAction({ type: 'select', seriesIndex: 0, name: sw.findDivision(code).short['zh-Hans'] })],
    ].map(([name, select]) => [
      name,
      {
        setup: async () => {
          if (instances.selectMap) return;
          clear();
          stage.classList.add('wide');
          instances.selectMap = map();
          instances.selectFloor = floor('map', captured.map.markup);
          instances.selectGeo = geoMap();
          stage.append(instances.selectMap, instances.selectFloor, instances.selectGeo);
          await drawn(instances.selectGeo);
          instances.echarts = echartsMap();
          await settle();
        },
        act: async () => {
          select(SELECT_CODES[turn++ % SELECT_CODES.length]);
          await settle();
        },
      },
    ]),
  ),
};

/** Loading a library on a page that has none (?mode=cold): evaluating its code, and for ECharts registering its geometry. */
const coldScenarios = {
  'load-sw': async () => {
    await import(SW_URL);
    await settle();
  },
  // The geographic layout's code is a second file, loaded when a map first asks for it.
  'load-sw-geo': async () => {
    await Promise.all([import(SW_URL), import(SW_GEO_URL)]);
    await settle();
  },
  // Everything a geographic choropleth of a report given as a property loads: the elements, the geographic layout,
  // the choropleth's code and the report checks.
  'load-sw-choropleth-geo': async () => {
    await Promise.all([import(SW_URL), import(SW_GEO_URL), import(SW_CHOROPLETH_URL), import(SW_REPORT_URL)]);
    await settle();
  },
  'load-echarts': async () => {
    await registerGeometry(await import(ECHARTS_URL));
    await settle();
  },
};

/** Renders each sw-widgets element once to capture what the floor renders, and the map's colors for ECharts. */
async function captureMarkup() {
  const cardEl = card('chaozhou-volunteers');
  const mapEl = map();
  const listEl = list();
  const geoEl = geoMap();
  const choroplethEl = choropleth();
  const choroplethGeoEl = choropleth('geo');
  stage.append(cardEl, mapEl, listEl, geoEl, choroplethEl, choroplethGeoEl);
  await drawn(geoEl);
  await drawn(choroplethGeoEl);
  await tilesDrawn(choroplethEl);
  await settle();
  await settle();
  Object.assign(captured, { card: capture(cardEl), map: capture(mapEl), list: capture(listEl), 'map-geo': capture(geoEl) });
  Object.assign(captured, { 'map-indicator': capture(choroplethEl), 'map-indicator-geo': capture(choroplethGeoEl) });
  const colorsOf = (el) => {
    const colors = {};
    for (const tile of el.shadowRoot.querySelectorAll('[role="option"][data-code]')) colors[tile.dataset.code] = getComputedStyle(tile.querySelector('rect')).fill;
    return colors;
  };
  captured.echartsData = echartsData(colorsOf(mapEl));
  captured.echartsChoropleth = echartsChoroplethData(colorsOf(choroplethEl));
  captured.lists = {};
  for (const count of STORY_COUNTS) {
    const el = list(reports.get(count));
    stage.append(el);
    await el.updateComplete;
    captured.lists[count] = capture(el).markup;
    el.remove();
  }
  captured.cards = [];
  for (const metric of METRICS) {
    const el = card(metric);
    stage.append(el);
    await el.updateComplete;
    captured.cards.push(capture(el).markup);
    el.remove();
  }
  stage.replaceChildren();
  return captured;
}

function useCaptured(from) {
  Object.assign(captured, from);
  for (const kind of ['card', 'map', 'list', 'map-geo', 'map-indicator', 'map-indicator-geo']) floorCss.set(kind, captured[kind].css);
}

window.bench = {
  ready: (async () => {
    if (mode === 'warm') useCaptured(await captureMarkup());
  })(),
  /** What the floor and ECharts need, for a fresh (cold) page that must not render an sw-widgets element first. */
  captured: () => captured,
  async prepare(from) {
    if (from) useCaptured(from);
    if (echarts) await registerGeometry(echarts);
    // As ECharts' code is loaded, so is every file of sw-widgets' code that a scenario loads on demand: the geographic
    // layout's, the choropleth's and the report checks' (loading them is measured in the "Loading" rows). The geometry
    // (projected when built) is fetched and decoded by the first map.
    if (mode === 'first') await Promise.all([import(SW_GEO_URL), import(SW_CHOROPLETH_URL), import(SW_REPORT_URL)]);
  },
  setup: (name) => scenarios[name]?.setup?.(),
  act: (name) => (name in coldScenarios ? coldScenarios[name]() : scenarios[name].act()),
};
