import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import './define.js';
import type { RegionMap, RegionSelectDetail } from './region-map.js';
import type { Indicator, Report } from '../report/schema.js';
import type { SwErrorDetail } from '../base/sw-element.js';
import { formatQuantity } from '../format/quantity.js';
import type { Language } from '../report/schema.js';
import {
  channels,
  contrast,
  focused,
  geoDrawn,
  luminance,
  option,
  options,
  render,
  settle,
  shadow,
  tabInto,
  tooltip,
} from './region-map.test-helpers.js';
import { until } from '../../test/support/wait.js';

// The example report: the 2020 census population of the 31 mainland provinces (no data for Hong Kong, Macao, Taiwan).
const EXAMPLE = '/data/examples/province-indicators.json';
let example: Report;
const NO_DATA = ['710000', '810000', '820000'];

const stepOf = (g: Element) => [...g.classList].find((name) => name.startsWith('step-') || name === 'no-data');
const legendItems = (el: RegionMap) =>
  [...shadow(el).querySelectorAll('[part="legend"] li')].map((li) => li.textContent!.trim());
const tableRows = (el: RegionMap) => [...shadow(el).querySelectorAll('[part="table"] tbody tr')];
const rowNames = (el: RegionMap) => tableRows(el).map((row) => row.querySelector('th')!.textContent!.trim());
const error = (el: RegionMap) => shadow(el).querySelector('[part="error"]');
/** A figure as the report format writes it (src/format owns the precision rules). */
const figure = (value: number, unit: string, language: Language = 'zh-Hans') =>
  formatQuantity({ value, unit, qualifier: 'exact' }, language);

/** An exported SVG's shapes: the hatched ones (filled with a pattern) and the dashed ones, by geometry, and the labels in a box. */
function exportedShapes(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed SVG').to.equal(null);
  const shapes = [...doc.querySelectorAll('svg > rect, svg > path')];
  const geometry = (shape: Element) =>
    shape.localName === 'path'
      ? shape.getAttribute('d')!
      : ['x', 'y', 'width', 'height'].map((name) => shape.getAttribute(name)).join(' ');
  const hatched = shapes.filter((shape) => /^url\(#/.test(shape.getAttribute('fill')!));
  const texts = [...doc.querySelectorAll('text')];
  return {
    doc,
    hatched,
    hatchedGeometry: hatched.map(geometry),
    dashedGeometry: shapes.filter((shape) => shape.hasAttribute('stroke-dasharray')).map(geometry),
    box: (rect: Element) => ['x', 'y', 'width', 'height'].map((name) => Number(rect.getAttribute(name))),
    /** The text drawn inside a rect (a tile's label). */
    textIn(rect: Element): string {
      const [x, y, width, height] = this.box(rect);
      const inside = (text: Element) => {
        const [tx, ty] = [Number(text.getAttribute('x')), Number(text.getAttribute('y'))];
        return tx > x && tx < x + width && ty > y && ty < y + height;
      };
      return texts
        .filter(inside)
        .map((text) => text.textContent)
        .join('');
    },
    /** The rect of the tile labelled with `char` (台, 港, 澳), in the no-data fill. */
    tile(char: string): Element {
      return shapes.find(
        (shape) =>
          shape.localName === 'rect' &&
          shape.hasAttribute('rx') &&
          Number(shape.getAttribute('width')) > 14 &&
          !/^url/.test(shape.getAttribute('fill')!) &&
          this.textIn(shape).includes(char),
      )!;
    },
  };
}

const hexChannels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** Pixels of a PNG (at 2×) in a box given in CSS pixels, as [r, g, b] rows. */
async function pngRows(png: Blob, [x, y, width, height]: number[]): Promise<number[][][]> {
  const bitmap = await createImageBitmap(png);
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const [left, top, w, h] = [x, y, width, height].map((value) => Math.round(value * 2));
  const data = context.getImageData(left, top, Math.max(1, w), Math.max(1, h)).data;
  return Array.from({ length: Math.max(1, h) }, (_, row) =>
    Array.from({ length: Math.max(1, w) }, (_, col) => [...data.slice((row * w + col) * 4, (row * w + col) * 4 + 3)]),
  );
}
const near = (pixel: number[], color: number[], tolerance: number) =>
  pixel.reduce((sum, value, i) => sum + Math.abs(value - color[i]), 0) <= tolerance;
/** The share of pixels that are not the fill color (hatch lines or dashes). */
const inkShare = (rows: number[][][], fill: number[]) =>
  rows.flat().filter((pixel) => !near(pixel, fill, 60)).length / rows.flat().length;

/** The example report with its population indicator replaced by `values`. */
function withValues(values: Indicator['values'], extra: Partial<Indicator> = {}): Report {
  const [first, ...rest] = example.indicators!;
  return { ...example, indicators: [{ ...first, ...extra, values }, ...rest] };
}

describe('<sw-region-map indicator>', () => {
  before(async () => {
    example = await (await fetch(EXAMPLE)).json();
  });
  afterEach(async () => {
    await resetMouse();
  });

  it('colors the 31 divisions with a value in five classes and hatches the 3 without one', async () => {
    const el = await render(html`<sw-region-map .report=${example} indicator="resident-population"></sw-region-map>`);
    const all = options(el);
    expect(all).to.have.length(34);
    const colored = all.filter((g) => stepOf(g) !== 'no-data');
    expect(colored).to.have.length(31);
    expect(new Set(colored.map(stepOf))).to.deep.equal(new Set(['step-1', 'step-2', 'step-3', 'step-4', 'step-5']));
    const noData = all.filter((g) => stepOf(g) === 'no-data').map((g) => g.dataset.code);
    expect(noData.sort()).to.deep.equal(NO_DATA);
    // Hatched and outlined with dashes: not just a lighter fill.
    for (const code of NO_DATA) {
      expect(option(el, code).querySelector('.hatch')!.getAttribute('fill')).to.equal('url(#no-data-hatch)');
      expect(getComputedStyle(option(el, code).querySelector('.tile-shape')!).strokeDasharray).to.not.equal('none');
      expect(option(el, code).getAttribute('aria-label')).to.equal(
        `${option(el, code).getAttribute('aria-label')!.split('，')[0]}，无数据`,
      );
    }
    expect(option(el, '440000').querySelector('.hatch')).to.equal(null);
    // Quantiles: 6 or 7 divisions in each class, labelled by their smallest and largest figure, all in 万.
    expect(legendItems(el)).to.deep.equal([
      '365万–2189万人',
      '2405万–3185万人',
      '3205万–4259万人',
      '4519万–6457万人',
      '6644万–12601万人',
      '无数据：台湾、澳门、香港',
    ]);
    // The tiles in 万 too; nowhere a figure of seven digits; the table keeps the exact figure.
    const tileValues = [...shadow(el).querySelectorAll('.tile-value')].map((value) => value.textContent!);
    expect(tileValues).to.include('365万');
    for (const value of tileValues) expect(value).to.match(/^\d{3,5}万$/);
    expect(shadow(el).textContent).to.not.match(/\d{1,3}(,\d{3}){2}(?!,)[^\d]*(万|人–)/);
    const guangdong = tableRows(el).find((row) => row.querySelector('th')!.textContent === '广东省')!;
    expect(guangdong.textContent).to.contain('126,012,510人');
    expect(shadow(el).querySelector('.legend-title')!.textContent).to.equal('常住人口（2020年）');
    expect(shadow(el).querySelector('.legend-source')!.textContent).to.include(
      '国家统计局《第七次全国人口普查公报（第三号）》',
    );
    expect(shadow(el).querySelector('.swatch.hatched')).to.exist;
  });

  it('draws 3 or 7 classes with `steps`, and quantize or threshold with `scale`', async () => {
    const el = await render(
      html`<sw-region-map .report=${example} indicator="resident-population" steps="3"></sw-region-map>`,
    );
    const steps = () =>
      new Set(
        options(el)
          .map(stepOf)
          .filter((step) => step !== 'no-data'),
      );
    expect(steps()).to.deep.equal(new Set(['step-1', 'step-3', 'step-5']));
    expect(legendItems(el)).to.have.length(4);
    el.steps = 7;
    await settle(el);
    expect(steps().size).to.equal(7);
    expect(legendItems(el)).to.have.length(8);
    el.steps = 5;
    el.scale = 'quantize';
    await settle(el);
    // Equal classes on round numbers, 3000万 wide from 0 to 1.5亿, written in one scale: Guangdong (1.26亿) alone in the top one.
    expect(legendItems(el).slice(0, 5)).to.deep.equal([
      '0–3000万人',
      '3000万–6000万人',
      '6000万–9000万人',
      '9000万–12000万人',
      '12000万–15000万人',
    ]);
    expect(stepOf(option(el, '440000'))).to.equal('step-5');
    expect(stepOf(option(el, '370000'))).to.equal('step-4');
    expect(stepOf(option(el, '540000'))).to.equal('step-1');
  });

  it('uses the indicator breaks for threshold classes, and threshold by default when it has breaks', async () => {
    const report = withValues(example.indicators![0].values, { breaks: [10_000_000, 50_000_000] });
    const el = await render(html`<sw-region-map .report=${report} indicator="resident-population"></sw-region-map>`);
    expect(legendItems(el).slice(0, 3)).to.deep.equal(['低于1000万人', '1000万–5000万人', '5000万人及以上']);
    expect(stepOf(option(el, '540000'))).to.equal('step-1');
    expect(stepOf(option(el, '110000'))).to.equal('step-3');
    expect(stepOf(option(el, '440000'))).to.equal('step-5');
  });

  it("writes a unit of the report's own `units` table as the report says it, in the legend and the table", async () => {
    // Test data: a unit that is not built in, with its Traditional Chinese and English forms (report format v2).
    const report = {
      ...withValues(example.indicators![0].values, { unit: '台' }),
      units: { 台: { 'zh-Hant': '臺', en: 'machines', enOne: 'machine' } },
    };
    const hant = await render(
      html`<sw-region-map lang="zh-Hant" .report=${report} indicator="resident-population" scale="quantize"></sw-region-map>`,
    );
    expect(error(hant)).to.equal(null);
    expect(legendItems(hant)[1]).to.equal('3000萬–6000萬臺');
    const en = await render(
      html`<sw-region-map lang="en" .report=${report} indicator="resident-population" scale="quantize"></sw-region-map>`,
    );
    expect(legendItems(en)[1]).to.equal('30m–60m machines');
    const guangdong = tableRows(en).find((row) => row.querySelector('th')!.textContent!.includes('Guangdong'))!;
    expect(guangdong.textContent).to.contain('126,012,510 machines');
    expect(guangdong.textContent).not.to.contain('台');
  });

  it("writes tiles and legend as the indicator's `format` says: 亿 or millions, with two decimals", async () => {
    const report = withValues(example.indicators![0].values, {
      format: { scale: { zh: '亿', en: 'million' }, decimals: 2 },
    });
    const el = await render(
      html`<sw-region-map .report=${report} indicator="resident-population" style="width: 1000px"></sw-region-map>`,
    );
    expect(legendItems(el).slice(0, 5)).to.deep.equal([
      '0.04亿–0.22亿人',
      '0.24亿–0.32亿人',
      '0.32亿–0.43亿人',
      '0.45亿–0.65亿人',
      '0.66亿–1.26亿人',
    ]);
    expect(shadow(el).querySelector('[data-label-for="440000"] .tile-value')!.textContent).to.equal('1.26亿');
    const en = await render(
      html`<sw-region-map lang="en" .report=${report} indicator="resident-population"></sw-region-map>`,
    );
    expect(legendItems(en)[0]).to.equal('3.65m–21.89m');
    // The table keeps the exact figure.
    expect(tableRows(en).find((row) => row.querySelector('th')!.textContent === 'Guangdong')!.textContent).to.contain(
      '126,012,510',
    );
  });

  it('writes the ranges in Traditional Chinese and English', async () => {
    const hant = await render(
      html`<sw-region-map lang="zh-Hant" .report=${example} indicator="resident-population" scale="quantize"></sw-region-map>`,
    );
    expect(legendItems(hant)[1]).to.equal('3000萬–6000萬人');
    expect(legendItems(hant)[5]).to.equal('沒有資料：臺灣、澳門、香港');
    const en = await render(
      html`<sw-region-map lang="en" .report=${example} indicator="resident-population" scale="quantize"></sw-region-map>`,
    );
    expect(legendItems(en)[1]).to.equal('30m–60m');
    // Quantiles in English: millions with one decimal for all.
    en.scale = null;
    await settle(en);
    expect(legendItems(en).slice(0, 5)).to.deep.equal([
      '3.6m–21.9m',
      '24.0m–31.9m',
      '32.1m–42.6m',
      '45.2m–64.6m',
      '66.4m–126.0m',
    ]);
    expect(legendItems(en)[5]).to.equal('no data: Taiwan, Macao and Hong Kong');
    expect(en.shadowRoot!.querySelector('.legend-title')!.textContent).to.equal('Resident population, 2020');
  });

  it('switches values with `year`, the latest by default', async () => {
    const el = await render(html`<sw-region-map .report=${example} indicator="population-share"></sw-region-map>`);
    expect(shadow(el).querySelector('.legend-title')!.textContent).to.equal('占全国人口比重（2020年）');
    expect(option(el, '440000').getAttribute('aria-label')).to.equal(
      `广东省，占全国人口比重：${figure(8.93, '%').text}，第 1 / 31，地点：广东省`,
    );
    el.year = '2010';
    await settle(el);
    expect(shadow(el).querySelector('.legend-title')!.textContent).to.equal('占全国人口比重（2010年）');
    expect(option(el, '440000').getAttribute('aria-label')).to.equal(
      `广东省，占全国人口比重：${figure(7.79, '%').text}，第 1 / 31，地点：广东省`,
    );
    expect(option(el, '410000').getAttribute('aria-label')).to.equal(
      `河南省，占全国人口比重：${figure(7.02, '%').text}，第 3 / 31`,
    );
    el.year = '1990';
    await settle(el);
    expect(error(el)!.textContent).to.include('1990');
  });

  it('shows the value with its unit and the rank in the tooltip, and on English tiles "3rd of 31"', async () => {
    const el = await render(html`<sw-region-map .report=${example} indicator="resident-population"></sw-region-map>`);
    const target = option(el, '370000');
    target.scrollIntoView({ block: 'center' });
    const box = target.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
    });
    await settle(el);
    expect(tooltip(el).hidden).to.equal(false);
    expect(tooltip(el).querySelector('.name')!.textContent).to.equal('山东省');
    expect(tooltip(el).textContent).to.include(`常住人口：${figure(101527453, '人').text}`);
    expect(tooltip(el).querySelector('.rank')!.textContent).to.equal('第 2 / 31');
    const en = await render(
      html`<sw-region-map lang="en" .report=${example} indicator="resident-population"></sw-region-map>`,
    );
    expect(option(en, '410000').getAttribute('aria-label')).to.equal(
      `Henan, Resident population: ${figure(99365519, '人', 'en').text}, 3rd of 31`,
    );
  });

  it('moves with the arrow keys, selects with Enter and tells the story list', async () => {
    const el = await render(html`<sw-region-map .report=${example} indicator="resident-population"></sw-region-map>`);
    await tabInto(el);
    // The tab stop is the first division with a value in reading order.
    const start = focused(el)!;
    expect(option(el, start).getAttribute('tabindex')).to.equal('0');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    const next = focused(el)!;
    expect(next).to.not.equal(start);
    expect(tooltip(el).querySelector('.rank')!.textContent).to.match(/^第 \d+ \/ 31$/);
    const event = oneEvent(el, 'sw-region-select') as Promise<CustomEvent<RegionSelectDetail>>;
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.code).to.equal(next);
    expect(el.selected).to.equal(next);
  });

  it('lists every division with its value and rank in a table that sorts by value and by name', async () => {
    const el = await render(html`<sw-region-map .report=${example} indicator="resident-population"></sw-region-map>`);
    const divisions = () => tableRows(el).filter((row) => !row.classList.contains('national-row'));
    expect(divisions()).to.have.length(31);
    expect(rowNames(el).slice(0, 3)).to.deep.equal(['广东省', '山东省', '河南省']);
    expect(divisions()[0].querySelectorAll('td')[1].textContent).to.equal('第 1 / 31');
    const sortButton = (by: string) => shadow(el).querySelector<HTMLButtonElement>(`button.sort[data-sort="${by}"]`)!;
    const headerSort = (by: string) => sortButton(by).closest('th')!.getAttribute('aria-sort');
    expect(headerSort('value')).to.equal('descending');
    sortButton('value').click();
    await settle(el);
    expect(headerSort('value')).to.equal('ascending');
    expect(rowNames(el).slice(0, 2)).to.deep.equal(['西藏自治区', '青海省']);
    sortButton('name').click();
    await settle(el);
    expect(headerSort('name')).to.equal('ascending');
    expect(headerSort('value')).to.equal('none');
    // Pinyin order: 安徽 (ān), 北京 (běi), 重庆 (chóng).
    expect(rowNames(el).slice(0, 3)).to.deep.equal(['安徽省', '北京市', '重庆市']);
    expect(sortButton('name').getAttribute('aria-label')).to.equal('按省级行政区排序');
  });

  it("keeps the hidden table's sort buttons out of the tab order until the table is shown", async () => {
    const el = await render(
      html`<div><sw-region-map .report=${example} indicator="resident-population"></sw-region-map><button>after</button></div>`,
    );
    const after = el.parentElement!.querySelector('button')!;
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    toggle.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement, 'from the toggle past the table nobody sees').to.equal(after);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.getAttribute('data-sort'), 'the shown table').to.equal('name');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.getAttribute('data-sort')).to.equal('value');
  });

  it('says in words what is national, lists it in the table and never colors a tile for it', async () => {
    const el = await render(html`<sw-region-map .report=${example}></sw-region-map>`);
    expect(shadow(el).querySelector('.national')!.textContent).to.equal('另有 1 篇全国性报道、1 项全国性数据');
    // Only Guangdong has a story of its own; no legend step stands for the national story.
    expect(
      options(el)
        .filter((g) => stepOf(g) !== 'no-data')
        .map((g) => g.dataset.code),
    ).to.deep.equal(['440000']);
    expect(legendItems(el)[0]).to.equal('1');
    const national = shadow(el).querySelector('.national-row')!;
    expect(national.querySelector('th')!.textContent).to.equal('全国');
    expect(national.textContent).to.include('第七次全国人口普查公布各省份常住人口');
    const en = await render(
      html`<sw-region-map lang="en" .report=${example} metric="national-population"></sw-region-map>`,
    );
    expect(shadow(en).querySelector('.national')!.textContent).to.equal('plus 1 national story and 1 national figure');
    expect(options(en).filter((g) => stepOf(g) !== 'no-data')).to.have.length(0);
    expect(shadow(en).querySelector('.national-row')!.textContent).to.include(
      `national population: ${figure(1411778724, '人', 'en').text}`,
    );
  });

  it('draws the choropleth in the geographic layout with the same classes and hatching', async function () {
    const el = await render(
      html`<sw-region-map layout="geo" geo-src="/data/geo/sw-china.map.json" .report=${example} indicator="resident-population" steps="4"></sw-region-map>`,
    );
    await geoDrawn(el);
    const all = options(el);
    expect(all).to.have.length(34);
    expect(all.filter((g) => stepOf(g) !== 'no-data')).to.have.length(31);
    expect(new Set(all.map(stepOf).filter((step) => step !== 'no-data'))).to.deep.equal(
      new Set(['step-1', 'step-2', 'step-4', 'step-5']),
    );
    for (const code of NO_DATA) expect(option(el, code).querySelector('path.hatch'), code).to.exist;
    // Outlined with dashes, as on the tile map and in the exported image; divisions with data are not.
    const dashes = (code: string) => getComputedStyle(option(el, code).querySelector('.region-shape')!).strokeDasharray;
    for (const code of NO_DATA) expect(dashes(code), code).to.match(/^4(px)?,? 3(px)?$/);
    expect(dashes('440000')).to.equal('none');
    expect(legendItems(el)).to.have.length(5);
    expect(legendItems(el).at(-1)).to.equal('无数据：台湾、澳门、香港');
    await expect(el).to.be.accessible();
  });

  it('exports the choropleth as an image with its legend and source, and one CSV row per division', async () => {
    const el = await render(
      html`<sw-region-map .report=${example} indicator="resident-population" style="width: 480px"></sw-region-map>`,
    );
    const svg = await (await el.exportImage({ format: 'svg' })).text();
    const texts = [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text')].map((text) =>
      text.textContent!.trim(),
    );
    expect(texts.join(' ')).to.include('各省级行政区的常住人口（2020年）');
    expect(texts).to.include('6644万–12601万人');
    expect(texts).to.include('无数据：台湾、澳门、香港');
    expect(texts.join(' ')).to.include('国家统计局');
    const csv = (await (await el.exportData()).text()).replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).to.have.length(35);
    expect(lines[0]).to.equal('行政区划代码,省级行政区,常住人口,单位,日期,排名,显示为,地点,报道');
    expect(lines[1]).to.match(/^440000,广东省,126012510,人,2020,1,/);
    expect(lines.filter((line) => /^(710000|810000|820000),[^,]+,,,,,/.test(line))).to.have.length(3);
  });

  it('exports divisions without a value hatched with dashed outlines as the map draws them, and the no-data swatch too (SVG and PNG)', async () => {
    const el = await render(
      html`<sw-region-map .report=${example} indicator="resident-population" tools style="width: 480px"></sw-region-map>`,
    );
    const svg = exportedShapes(await (await el.exportImage({ format: 'svg' })).text());
    // Taiwan, Hong Kong and Macao's tiles and the legend's 14 px swatch, and nothing else: hatched over their fill, outlined with dashes.
    expect(svg.hatched).to.have.length(4);
    expect(svg.dashedGeometry).to.deep.equal(svg.hatchedGeometry);
    const [tiles, swatches] = [
      svg.hatched.filter((rect) => rect.getAttribute('width') !== '14'),
      svg.hatched.filter((rect) => rect.getAttribute('width') === '14'),
    ];
    expect(
      tiles.map((tile) => ['台', '港', '澳'].filter((char) => svg.textIn(tile).includes(char)).join('')).sort(),
    ).to.deep.equal(['台', '港', '澳'].sort());
    expect(swatches).to.have.length(1);
    const noDataLabel = [...svg.doc.querySelectorAll('text')].find(
      (text) => text.textContent === '无数据：台湾、澳门、香港',
    )!;
    expect(Number(noDataLabel.getAttribute('x')) - Number(swatches[0].getAttribute('x'))).to.equal(20);
    // The lines and dashes in the map's own no-data color (--sw-map-no-data-text), 45° as on screen.
    const pattern = svg.doc.querySelector(`pattern${svg.hatched[0].getAttribute('fill')!.slice(4, -1)}`)!;
    expect(pattern.getAttribute('patternTransform')).to.equal('rotate(45)');
    const ink = pattern.querySelector('line')!.getAttribute('stroke')!;
    expect(hexChannels(ink)).to.deep.equal(
      channels(getComputedStyle(shadow(el).querySelector('.hatch-line')!).stroke).map(Math.round),
    );
    expect(svg.doc.querySelectorAll('[stroke-dasharray]')[0].getAttribute('stroke')).to.equal(ink);

    // The PNG is painted from the same scene: Taiwan's tile shows lines in its upper part (its label is in the middle) and a dashed top edge.
    const png = await el.exportImage({ format: 'png' });
    const taiwan = svg.tile('台');
    const [x, y, side] = svg.box(taiwan);
    const fill = hexChannels(taiwan.getAttribute('fill')!);
    const upperPart = [x + side * 0.15, y + side * 0.08, side * 0.7, side * 0.2];
    expect(inkShare(await pngRows(png, upperPart), fill)).to.be.within(0.12, 0.7);
    const edge = (await pngRows(png, [x + side * 0.2, Math.ceil(y * 2 - 1) / 2, side * 0.6, 0.5]))[0].map((pixel) =>
      near(pixel, hexChannels(ink), 150),
    );
    const runs = edge.filter((on, i) => on && !edge[i - 1]).length;
    expect(edge.filter(Boolean).length / edge.length, 'dashes cover part of the edge').to.be.within(0.3, 0.9);
    expect(runs, 'dashes').to.be.at.least(Math.floor((side * 0.6) / 7) - 1);
    const swatch = svg.box(swatches[0]);
    expect(inkShare(await pngRows(png, [swatch[0] + 2, swatch[1] + 2, 10, 10]), fill)).to.be.greaterThan(0.12);
    // A class's tile: its color only.
    const guangdong = svg.tile('广东') ?? svg.tile('粤');
    expect(
      inkShare(
        await pngRows(png, [
          ...svg
            .box(guangdong)
            .slice(0, 2)
            .map((v, i) => v + side * (i ? 0.08 : 0.15)),
          side * 0.7,
          side * 0.2,
        ]),
        hexChannels(guangdong.getAttribute('fill')!),
      ),
    ).to.equal(0);

    // The 下载图片 button saves the same hatched PNG (its download is caught and cancelled here).
    const create = URL.createObjectURL;
    let saved: Blob | undefined;
    URL.createObjectURL = (object: Blob | MediaSource) => create.call(URL, (saved = object as Blob));
    const cancel = (event: Event) => event.composedPath()[0] instanceof HTMLAnchorElement && event.preventDefault();
    document.addEventListener('click', cancel, true);
    try {
      [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="tools"] button')]
        .find((button) => button.textContent === '下载图片')!
        .click();
      await until(() => saved, 'the image saved');
    } finally {
      URL.createObjectURL = create;
      document.removeEventListener('click', cancel, true);
    }
    expect(saved!.type).to.equal('image/png');
    expect(inkShare(await pngRows(saved!, upperPart), fill)).to.be.within(0.12, 0.7);
  });

  it('exports the story-count map’s divisions without stories in the plain no-data color: nothing hatched or dashed', async () => {
    const el = await render(html`<sw-region-map style="width: 480px"></sw-region-map>`);
    const text = await (await el.exportImage({ format: 'svg' })).text();
    const svg = exportedShapes(text);
    expect(svg.hatched).to.have.length(0);
    expect(svg.dashedGeometry).to.have.length(0);
    expect(svg.doc.querySelectorAll('pattern')).to.have.length(0);
    const taiwan = svg.tile('台');
    const [x, y, side] = svg.box(taiwan);
    const png = await el.exportImage({ format: 'png' });
    expect(
      inkShare(
        await pngRows(png, [x + side * 0.15, y + side * 0.08, side * 0.7, side * 0.2]),
        hexChannels(taiwan.getAttribute('fill')!),
      ),
    ).to.equal(0);
  });

  it('exports the geographic choropleth with the shapes of the divisions without a value hatched and dashed, and only those', async function () {
    const el = await render(
      html`<sw-region-map layout="geo" geo-src="/data/geo/sw-china.map.json" .report=${example} indicator="resident-population" style="width: 480px"></sw-region-map>`,
    );
    await geoDrawn(el);
    const svg = exportedShapes(await (await el.exportImage({ format: 'svg' })).text());
    const shapes = NO_DATA.map((code) => option(el, code).querySelector('path.region-shape')!.getAttribute('d')!);
    const insetShapes = [...shadow(el).querySelectorAll('.inset path.region-shape.no-data')].map((path) =>
      path.getAttribute('d')!,
    );
    const paths = svg.hatchedGeometry.filter((geometry) => !/^[\d.]+ [\d.]+ 14 14$/.test(geometry));
    expect(paths).to.include.members(shapes);
    expect([...new Set(paths)].sort()).to.deep.equal([...new Set([...shapes, ...insetShapes])].sort());
    expect(svg.hatchedGeometry.length - paths.length, 'the legend swatch').to.equal(1);
    expect(svg.dashedGeometry).to.deep.equal(svg.hatchedGeometry);
    const png = await el.exportImage();
    expect(png.size).to.be.greaterThan(1000);
  });

  it('shows a visible error naming the field for an unknown division, a duplicate and a value that is not a number', async () => {
    const values = example.indicators![0].values;
    const cases: Array<[Indicator['values'], string]> = [
      [[...values, { division: '990000', value: 1, date: '2020' }], 'indicators[0].values[31].division'],
      [[...values, { ...values[3] }], 'indicators[0].values[31].division'],
      [[...values.slice(0, 2), { ...values[2], value: 'many' as unknown as number }], 'indicators[0].values[2].value'],
    ];
    for (const [bad, field] of cases) {
      const failed = new Promise<CustomEvent<SwErrorDetail>>((resolve) =>
        document.addEventListener('sw-error', (event) => resolve(event as CustomEvent<SwErrorDetail>), { once: true }),
      );
      const el = await fixture<RegionMap>(
        html`<sw-region-map indicator="resident-population" .report=${withValues(bad)}></sw-region-map>`,
      );
      const detail = (await failed).detail;
      await settle(el);
      expect(detail.field, field).to.equal(field);
      expect(error(el), field).to.exist;
      expect(error(el)!.getAttribute('role')).to.equal('alert');
      expect(error(el)!.textContent, field).to.include(field);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps labels at 4.5:1 or more on all seven classes, and no data unlike the lightest class (${theme})`, async () => {
      const el = await render(
        html`<div style="width: 900px"><sw-region-map theme=${theme} .report=${example} indicator="resident-population" steps="7"></sw-region-map></div>`,
      );
      const fills = new Map<string, string>();
      for (const g of options(el)) {
        const step = stepOf(g)!;
        const text = shadow(el).querySelector(`text[data-label-for="${g.dataset.code}"]`);
        if (!text) continue;
        const fill = getComputedStyle(g.querySelector('.tile-shape')!).fill;
        fills.set(step, fill);
        expect(contrast(getComputedStyle(text).fill, fill), `${g.dataset.code} ${step}`).to.be.at.least(4.5);
      }
      expect([...fills.keys()].filter((step) => step !== 'no-data')).to.have.length(7);
      // Seven distinct colors, each step darker (light) or lighter (dark) than the one before.
      const luminances = [1, 2, 3, 4, 5, 6, 7].map((step) => luminance(fills.get(`step-${step}`)!));
      for (let i = 1; i < 7; i++)
        expect(
          theme === 'light' ? luminances[i] < luminances[i - 1] : luminances[i] > luminances[i - 1],
          `step ${i + 1}`,
        ).to.equal(true);
      expect(option(el, '810000').querySelector('.hatch')).to.exist;
    });

    it(`passes axe with the choropleth and its table shown (${theme})`, async () => {
      const el = await render(
        html`<sw-region-map theme=${theme} .report=${example} indicator="resident-population" steps="7"></sw-region-map>`,
      );
      shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
      await settle(el);
      await expect(el).to.be.accessible();
    });
  }
});
