import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { pressKeys, skipUnless } from '../../test/support/engine.js';
import './define.js';
import type { RegionMap, RegionSelectDetail } from './region-map.js';
import { bundledReport } from '../report/bundled.js';
import type { Report } from '../report/schema.js';
import type { SwErrorDetail } from '../base/sw-element.js';
import {
  REPORT_CODES,
  contrast,
  focused,
  options,
  option,
  render,
  settle,
  shadow,
  tabInto,
  tooltip,
} from './region-map.test-helpers.js';

const tiles = options;
const tile = option;
const label = (el: RegionMap, code: string) =>
  shadow(el).querySelector<SVGTextElement>(`text[data-label-for="${code}"]`);

async function hover(target: Element): Promise<void> {
  // A tile's shape: Firefox and WebKit do not scroll an SVG group into view.
  (target.localName === 'g' ? target.querySelector('rect')! : target).scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'move',
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
}

/** A report where Guangdong, Hong Kong, Gansu, Zhejiang and Sichuan have 1 to 5 stories. */
function reportWithCounts(): Report {
  const extra = { 'hong-kong': 1, zhuanglang: 2, pingyang: 3, chaotian: 4 };
  const stories = Object.entries(extra).flatMap(([place, count]) =>
    Array.from({ length: count }, (_, i) => ({
      ...bundledReport.stories[1],
      id: `${place}-${i}`,
      places: [place],
      metrics: [],
    })),
  );
  return { ...bundledReport, stories: [...bundledReport.stories, ...stories] };
}

/** Every drawn label lies inside its tile. */
function expectLabelsInsideTiles(el: RegionMap): void {
  for (const g of tiles(el)) {
    const shape = g.querySelector<SVGRectElement>('.tile-shape')!.getBBox();
    const text = label(el, g.dataset.code!);
    if (!text) continue;
    const box = text.getBBox();
    const where = `${g.dataset.code} ${text.textContent}`;
    expect(box.x, where).to.be.at.least(shape.x);
    expect(box.x + box.width, where).to.be.at.most(shape.x + shape.width);
    // Vertically, each line's em box (centred on its y: dominant-baseline is central). getBBox's height is the
    // font's whole ascent and descent in WebKit (taller than the glyphs), the em box in Chromium and Firefox.
    for (const line of text.querySelectorAll('tspan')) {
      const y = Number(line.getAttribute('y'));
      const half = parseFloat(getComputedStyle(line).fontSize) / 2;
      expect(y - half, where).to.be.at.least(shape.y);
      expect(y + half, where).to.be.at.most(shape.y + shape.height);
    }
  }
}

describe('<sw-region-map>', () => {
  afterEach(async () => {
    await resetMouse();
    // Off the map (left of the body's margin): puppeteer's reset leaves Firefox's pointer where it was while
    // believing it at 0, 0 (Chromium's goes there), so move it to another point.
    await sendMouse({ type: 'move', position: [2, 2] });
  });

  describe('divisions', () => {
    it('draws all 34 divisions as named, focusable options of one listbox', async () => {
      const el = await render(html`<sw-region-map></sw-region-map>`);
      const map = shadow(el).querySelector('svg')!;
      expect(map.getAttribute('role')).to.equal('listbox');
      expect(map.getAttribute('aria-label')).to.equal('各省级行政区的报道数量');
      const options = tiles(el);
      expect(options).to.have.length(34);
      expect(shadow(el).querySelectorAll('[data-code]')).to.have.length(34);
      expect(new Set(options.map((g) => g.dataset.code)).size).to.equal(34);
      for (const option of options) {
        expect(option.getAttribute('aria-label'), option.dataset.code).to.match(/^\S+?(省|市|自治区|特别行政区)，/);
        option.focus();
        expect(focused(el)).to.equal(option.dataset.code);
      }
      expect(tile(el, '440000').getAttribute('aria-label')).to.equal('广东省，1 篇报道，地点：潮州市');
      expect(tile(el, '110000').getAttribute('aria-label')).to.equal('北京市，无报道');
      expect(options.filter((g) => g.getAttribute('tabindex') === '0')).to.have.length(1);
    });

    it('labels tiles with short names and values', async () => {
      const el = await render(html`<div style="width: 900px"><sw-region-map></sw-region-map></div>`);
      expect(label(el, '440000')!.textContent).to.equal('广东1');
      expect(label(el, '440000')!.querySelector('.tile-value')!.textContent).to.equal('1');
      expect(label(el, '110000')!.textContent).to.equal('北京');
    });

    it('colors each division of the bundled report by its value and leaves the others neutral', async () => {
      const el = await render(html`<sw-region-map></sw-region-map>`);
      const fill = (code: string) => getComputedStyle(tile(el, code).querySelector('.tile-shape')!).fill;
      for (const code of REPORT_CODES) expect(fill(code), code).to.equal('rgb(180, 35, 24)'); // the accent, step 5
      const neutral = tiles(el).filter((g) => !REPORT_CODES.includes(g.dataset.code!));
      expect(neutral).to.have.length(29);
      for (const g of neutral)
        expect(getComputedStyle(g.querySelector('.tile-shape')!).fill, g.dataset.code).to.equal('rgb(243, 244, 247)');
    });

    it('marks divisions with places below province level, and explains the marker', async () => {
      const el = await render(html`<sw-region-map></sw-region-map>`);
      const marked = tiles(el)
        .filter((g) => g.querySelector('.marker'))
        .map((g) => g.dataset.code);
      expect(marked.sort()).to.deep.equal(['330000', '440000', '510000', '620000']);
      expect(shadow(el).querySelector('[part="legend"]')!.textContent).to.include('报道提及的市、县等地点');
    });

    it('shows a legend with the value of each step and the no-data color', async () => {
      const el = await render(html`<sw-region-map .report=${reportWithCounts()}></sw-region-map>`);
      const items = [...shadow(el).querySelectorAll('[part="legend"] li')].map((li) => [
        li.querySelector('.swatch')!.className,
        li.textContent!.trim(),
      ]);
      expect(items).to.deep.equal([
        ['swatch step-1', '1'],
        ['swatch step-2', '2'],
        ['swatch step-3', '3'],
        ['swatch step-4', '4'],
        ['swatch step-5', '5'],
        ['swatch', '无报道'],
        ['swatch dot', '报道提及的市、县等地点'],
      ]);
      expect(shadow(el).querySelector('.legend-title')!.textContent).to.equal('报道数量');
      expect(tile(el, '510000').classList.contains('step-5')).to.equal(true);
      expect(tile(el, '440000').classList.contains('step-1')).to.equal(true);
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`keeps tile labels at 4.5:1 or more on every step and on no data (${theme})`, async () => {
        const el = await render(html`<sw-region-map theme=${theme} .report=${reportWithCounts()}></sw-region-map>`);
        const steps = new Set<string>();
        for (const g of tiles(el)) {
          const text = label(el, g.dataset.code!);
          if (!text) continue;
          steps.add(g.getAttribute('class')!);
          const ratio = contrast(getComputedStyle(text).fill, getComputedStyle(g.querySelector('.tile-shape')!).fill);
          expect(ratio, `${g.dataset.code} ${g.getAttribute('class')}`).to.be.at.least(4.5);
        }
        expect(steps.size).to.equal(6);
      });
    }
  });

  describe('metric', () => {
    it('colors the division of the metric and formats its value', async () => {
      const el = await render(html`<sw-region-map metric="chaozhou-volunteers"></sw-region-map>`);
      expect(
        tiles(el)
          .filter((g) => g.classList.contains('step-5'))
          .map((g) => g.dataset.code),
      ).to.deep.equal(['440000']);
      expect(tile(el, '440000').getAttribute('aria-label')).to.equal('广东省，注册志愿者：超32万人，地点：潮州市');
      expect(tile(el, '620000').getAttribute('aria-label')).to.equal('甘肃省，无数据，地点：庄浪县');
      expect(shadow(el).querySelector('[part="legend"]')!.textContent).to.include('超32万人');
      el.metric = 'hk-delegation-social-workers';
      await settle(el);
      expect(tile(el, '810000').getAttribute('aria-label')).to.equal(
        '香港特别行政区，首团参访的香港社工：300多名，地点：香港',
      );
    });

    it('shows an error and fires sw-error for a metric the report does not have', async () => {
      const el = document.createElement('sw-region-map');
      el.setAttribute('metric', 'xyz');
      const error = oneEvent(el, 'sw-error');
      const root = await fixture<HTMLDivElement>(html`<div></div>`);
      root.append(el);
      const { detail } = (await error) as CustomEvent<SwErrorDetail>;
      expect(detail).to.deep.equal({ code: 'unknown-metric', message: '未找到指标 "xyz"', field: 'metric' });
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.include('未找到指标 "xyz"');
      await expect(el).to.be.accessible();
    });
  });

  describe('selection', () => {
    it('selects on click and clears on a second click, with the event and the attribute', async () => {
      const el = await render(html`<sw-region-map></sw-region-map>`);
      let event = oneEvent(el, 'sw-region-select');
      tile(el, '440000').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      let detail = ((await event) as CustomEvent<RegionSelectDetail>).detail;
      expect(detail).to.deep.equal({ code: '440000', name: '广东省' });
      expect(el.selected).to.equal('440000');
      expect(el.getAttribute('selected')).to.equal('440000');
      expect(tile(el, '440000').getAttribute('aria-selected')).to.equal('true');
      expect(tiles(el).filter((g) => g.getAttribute('aria-selected') === 'true')).to.have.length(1);

      event = oneEvent(el, 'sw-region-select');
      tile(el, '440000').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      detail = ((await event) as CustomEvent<RegionSelectDetail>).detail;
      expect(detail).to.deep.equal({ code: null, name: null });
      expect(el.hasAttribute('selected')).to.equal(false);
      expect(tile(el, '440000').getAttribute('aria-selected')).to.equal('false');
    });

    it('selects with a real pointer click, and the event bubbles out of the shadow root', async () => {
      const el = await render(html`<sw-region-map lang="en"></sw-region-map>`);
      // The tile's shape: Firefox and WebKit do not scroll an SVG group into view.
      tile(el, '810000').querySelector('rect')!.scrollIntoView({ block: 'center' });
      const box = tile(el, '810000').getBoundingClientRect();
      const event = oneEvent(document, 'sw-region-select');
      await sendMouse({
        type: 'click',
        position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
      });
      const received = (await event) as CustomEvent<RegionSelectDetail>;
      expect(received.detail).to.deep.equal({ code: '810000', name: 'Hong Kong' });
      expect(received.bubbles && received.composed).to.equal(true);
    });

    it('selects from outside through the property and the attribute, and fires the event', async () => {
      const el = await render(html`<sw-region-map></sw-region-map>`);
      let event = oneEvent(el, 'sw-region-select');
      el.selected = '810000';
      expect(((await event) as CustomEvent<RegionSelectDetail>).detail).to.deep.equal({
        code: '810000',
        name: '香港特别行政区',
      });
      expect(el.getAttribute('selected')).to.equal('810000');
      expect(tile(el, '810000').getAttribute('aria-selected')).to.equal('true');
      expect(tile(el, '810000').getAttribute('tabindex')).to.equal('0');

      event = oneEvent(el, 'sw-region-select');
      el.setAttribute('selected', '510000');
      expect(((await event) as CustomEvent<RegionSelectDetail>).detail).to.deep.equal({
        code: '510000',
        name: '四川省',
      });
      expect(el.selected).to.equal('510000');
      expect(shadow(el).querySelector('.ring:not(.focus)')).to.exist;

      event = oneEvent(el, 'sw-region-select');
      el.removeAttribute('selected');
      expect(((await event) as CustomEvent<RegionSelectDetail>).detail).to.deep.equal({ code: null, name: null });
      expect(shadow(el).querySelector('.ring:not(.focus)')).to.equal(null);
    });

    it('does not fire for the initial value', async () => {
      const el = document.createElement('sw-region-map');
      el.setAttribute('selected', '440000');
      const events: Event[] = [];
      el.addEventListener('sw-region-select', (event) => events.push(event));
      const root = await fixture<HTMLDivElement>(html`<div></div>`);
      root.append(el);
      await settle(el);
      expect(events).to.have.length(0);
      expect(el.selected).to.equal('440000');
      expect(tile(el, '440000').getAttribute('aria-selected')).to.equal('true');
      expect(tile(el, '440000').getAttribute('tabindex')).to.equal('0');
    });

    it('selects nothing for a code that is not a division', async () => {
      const el = await render(html`<sw-region-map selected="445100"></sw-region-map>`);
      expect(tiles(el).filter((g) => g.getAttribute('aria-selected') === 'true')).to.have.length(0);
      const event = oneEvent(el, 'sw-region-select');
      el.selected = '999999';
      expect(((await event) as CustomEvent<RegionSelectDetail>).detail).to.deep.equal({ code: '999999', name: null });
    });
  });

  describe('keyboard', () => {
    it('is one tab stop that starts on the first division with data', async () => {
      const el = await render(html`<sw-region-map></sw-region-map>`);
      await tabInto(el);
      expect(focused(el)).to.equal('620000'); // 甘肃, the first with stories in reading order
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('part')).to.equal('table-toggle');
      await pressKeys('Shift', 'Tab');
      expect(focused(el)).to.equal('620000');
    });

    it('moves with the arrow keys to the neighbour in the grid, and with Home and End', async () => {
      const el = await render(html`<sw-region-map></sw-region-map>`);
      await tabInto(el);
      const path: Array<[string, string]> = [
        ['ArrowRight', '610000'], // 甘肃 → 陕西
        ['ArrowDown', '420000'], // → 湖北
        ['ArrowDown', '430000'], // → 湖南
        ['ArrowDown', '440000'], // → 广东
        ['ArrowDown', '820000'], // → 澳门
        ['ArrowRight', '810000'], // → 香港
        ['ArrowUp', '350000'], // → 福建
        ['ArrowRight', '710000'], // → 台湾
        ['ArrowRight', '310000'], // nothing further right in the row: the nearest tile up and right, 上海
        ['ArrowRight', '310000'], // the right edge: stays
        ['Home', '230000'], // 黑龙江
        ['ArrowLeft', '150000'], // nothing left in its row: the nearest tile to the left, 内蒙古, one row down
        ['End', '810000'], // 香港
      ];
      for (const [key, code] of path) {
        await sendKeys({ press: key });
        expect(focused(el), `${key} → ${code}`).to.equal(code);
      }
      expect(
        tiles(el)
          .filter((g) => g.getAttribute('tabindex') === '0')
          .map((g) => g.dataset.code),
      ).to.deep.equal(['810000']);
    });

    it('selects with Enter and Space, and clears with a second press and with Escape', async () => {
      const el = await render(html`<sw-region-map></sw-region-map>`);
      await tabInto(el);
      let event = oneEvent(el, 'sw-region-select');
      await sendKeys({ press: 'Enter' });
      expect(((await event) as CustomEvent<RegionSelectDetail>).detail).to.deep.equal({
        code: '620000',
        name: '甘肃省',
      });
      expect(el.getAttribute('selected')).to.equal('620000');

      event = oneEvent(el, 'sw-region-select');
      await sendKeys({ press: 'Enter' });
      expect(((await event) as CustomEvent<RegionSelectDetail>).detail.code).to.equal(null);

      await sendKeys({ press: 'ArrowDown' }); // 甘肃 → 重庆
      event = oneEvent(el, 'sw-region-select');
      await sendKeys({ press: ' ' }); // the space bar: ' ' is its key name in every driver
      expect(((await event) as CustomEvent<RegionSelectDetail>).detail).to.deep.equal({
        code: '500000',
        name: '重庆市',
      });

      event = oneEvent(el, 'sw-region-select');
      await sendKeys({ press: 'Escape' });
      expect(((await event) as CustomEvent<RegionSelectDetail>).detail).to.deep.equal({ code: null, name: null });
      expect(el.hasAttribute('selected')).to.equal(false);
      expect(focused(el)).to.equal('500000');
    });

    it('always shows where the focus is, in light and dark themes', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await render(html`<sw-region-map theme=${theme}></sw-region-map>`);
        const ring = shadow(el).querySelector<SVGRectElement>('.ring.focus')!;
        expect(getComputedStyle(ring).visibility).to.equal('hidden');
        await tabInto(el);
        expect(getComputedStyle(ring).visibility).to.equal('visible');
        const box = ring.getBBox();
        const shape = tile(el, '620000').querySelector<SVGRectElement>('.tile-shape')!.getBBox();
        expect(box.x).to.be.lessThan(shape.x);
        expect(box.x + box.width).to.be.greaterThan(shape.x + shape.width);
        expect(getComputedStyle(ring).stroke).to.equal(theme === 'dark' ? 'rgb(140, 184, 255)' : 'rgb(26, 95, 180)');
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        expect(ring.getBBox().x).to.be.greaterThan(box.x);
        (document.activeElement as HTMLElement).blur();
      }
    });
  });

  describe('tooltip', () => {
    it('shows the name, value, places and story titles on hover, inside the element', async () => {
      const el = await render(html`<div style="width: 320px"><sw-region-map></sw-region-map></div>`);
      expect(tooltip(el).hidden).to.equal(true);
      await hover(tile(el, '510000'));
      await el.updateComplete;
      const tip = tooltip(el);
      expect(tip.hidden).to.equal(false);
      const lines = [...tip.querySelectorAll('p, li')].map((node) => node.textContent!.trim());
      expect(lines).to.deep.equal([
        '四川省',
        '1 篇报道',
        '地点：朝天区（中子镇、朝天镇、沙河镇、大巴口社区、飞仙关社区）',
        '四川广元朝天区：汇聚社工力量 托起幸福“夕阳红”',
      ]);
      const host = el.getBoundingClientRect();
      const box = tip.getBoundingClientRect();
      expect(box.left).to.be.at.least(host.left - 0.5);
      expect(box.right).to.be.at.most(host.right + 0.5);
      expect(box.top).to.be.at.least(host.top - 0.5);
      expect(box.bottom).to.be.at.most(host.bottom + 0.5);

      // The pointer can move onto the tooltip without it disappearing.
      await hover(tip);
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(false);
      expect(tooltip(el).textContent).to.include('四川省');

      await hover(tile(el, '810000'));
      await el.updateComplete;
      expect(tooltip(el).textContent).to.include('香港特别行政区');
      expect(tooltip(el).textContent).to.include('香港“万千社工看祖国”');

      await sendMouse({ type: 'move', position: [Math.round(host.left + 10), Math.round(host.bottom + 40)] });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(true);
    });

    it('hides a hover tooltip on Escape', async () => {
      const el = await render(html`<sw-region-map></sw-region-map>`);
      await hover(tile(el, '440000'));
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(false);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(true);
    });

    it('describes the focused tile when the keyboard moved last, though the pointer rests on another', async () => {
      // Small enough that nothing scrolls: WebKit sends a pointermove to a resting pointer when the page scrolls under
      // it (a moment later, so the tooltip changed or not depending on the machine's load).
      const el = await render(
        html`<div><button>before</button><sw-region-map lang="en" style="width: 300px"></sw-region-map></div>`,
      );
      await hover(tile(el, '440000'));
      await el.updateComplete;
      expect(tooltip(el).querySelector('.name')!.textContent).to.equal('Guangdong');
      (el.parentElement!.querySelector('button') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(tooltip(el).querySelector('.name')!.textContent).to.equal('Gansu');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(scrollY, 'the page did not scroll under the pointer').to.equal(0);
      expect(tooltip(el).querySelector('.name')!.textContent).to.equal('Shaanxi');
      await hover(tile(el, '810000'));
      await el.updateComplete;
      expect(tooltip(el).querySelector('.name')!.textContent).to.equal('Hong Kong');
    });

    it('scrolls the focused tile into view as the arrow keys move', async () => {
      const el = await render(html`<div style="padding-top: 500px"><sw-region-map lang="en"></sw-region-map></div>`);
      await tabInto(el);
      scrollTo(0, 0);
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const box = tile(el, focused(el)!).getBoundingClientRect();
      expect(box.top, 'top').to.be.at.least(0);
      // Within half a pixel: Chromium 92 scrolls to fractional positions.
      expect(box.bottom, 'bottom').to.be.at.most(innerHeight + 0.5);
    });

    it('describes the focused tile, and hides on Escape and on blur', async () => {
      const el = await render(html`<sw-region-map lang="en"></sw-region-map>`);
      await tabInto(el);
      expect(tooltip(el).hidden).to.equal(false);
      expect(tooltip(el).querySelector('.name')!.textContent).to.equal('Gansu');
      expect(tile(el, '620000').getAttribute('aria-describedby')).to.equal('tooltip');
      expect(tooltip(el).textContent).to.include('Zhuanglang, Gansu: three areas of focus');

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(tooltip(el).querySelector('.name')!.textContent).to.equal('Shaanxi');
      expect(tooltip(el).textContent).to.include('no stories');
      expect(tile(el, '620000').hasAttribute('aria-describedby')).to.equal(false);

      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(true);
      expect(tile(el, '610000').hasAttribute('aria-describedby')).to.equal(false);

      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(tooltip(el).hidden, 'back on a tile').to.equal(false);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      const active = shadow(el).activeElement;
      expect(
        tooltip(el).hidden,
        `blurred to ${active?.getAttribute('part')}, tooltip ${tooltip(el).textContent}`,
      ).to.equal(true);
    });
  });

  describe('table', () => {
    it('is in the page for screen readers and shown on demand', async () => {
      const el = await render(html`<sw-region-map></sw-region-map>`);
      const table = shadow(el).querySelector('table')!;
      expect(table.querySelector('caption')!.textContent).to.equal('各省级行政区的报道数量');
      expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal([
        '省级行政区',
        '报道数量',
        '地点',
        '报道',
      ]);
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows.map((row) => row.querySelector('th[scope="row"]')!.textContent)).to.deep.equal([
        '甘肃省',
        '四川省',
        '浙江省',
        '广东省',
        '香港特别行政区',
      ]);
      expect([...rows[3].querySelectorAll('td')].map((td) => td.textContent!.trim())[0]).to.equal('1 篇报道');
      expect(shadow(el).querySelector('.table-area .muted')!.textContent).to.equal('其余 29 个省级行政区：无报道');
      const area = shadow(el).querySelector('.table-area')!;
      expect(area.getBoundingClientRect().width).to.be.at.most(1);

      const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
      expect(toggle.textContent!.trim()).to.equal('以表格显示');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(area.getBoundingClientRect().width).to.be.greaterThan(200);
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(area.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('follows the metric', async () => {
      const el = await render(html`<sw-region-map lang="en" metric="zhuanglang-social-work-talent"></sw-region-map>`);
      const table = shadow(el).querySelector('table')!;
      expect(table.querySelector('caption')!.textContent).to.equal(
        'Social work professionals by provincial-level division',
      );
      expect([...table.querySelectorAll('tbody th')].map((th) => th.textContent)).to.deep.equal(['Gansu']);
      expect(table.querySelector('tbody td')!.textContent).to.equal('social work professionals: 1,089');
    });
  });

  describe('sizes and languages', () => {
    for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
      it(`fits a 320 px container without overflow (${lang})`, async () => {
        const el = await render(html`<div style="width: 320px"><sw-region-map lang=${lang}></sw-region-map></div>`);
        const map = shadow(el).querySelector('svg')!;
        expect(map.getBoundingClientRect().width).to.be.within(300, 320);
        expect(el.scrollWidth).to.be.at.most(320);
        expect(shadow(el).querySelector('.root')!.scrollWidth).to.be.at.most(320);
        const labels = tiles(el).filter((g) => label(el, g.dataset.code!));
        expect(labels).to.have.length(34);
        expectLabelsInsideTiles(el);
        const legend = shadow(el).querySelector('[part="legend"]')!.getBoundingClientRect();
        expect(legend.top).to.be.at.least(map.getBoundingClientRect().bottom - 1);
      });

      it(`uses the room of a 1200 px container with the legend beside the map (${lang})`, async function () {
        // Without container queries (Chromium < 105) the legend stays below a map of at most --sw-map-max-width.
        skipUnless(
          this,
          CSS.supports('container-type', 'inline-size'),
          'no container queries: the legend below the map',
        );
        const el = await render(html`<div style="width: 1200px"><sw-region-map lang=${lang}></sw-region-map></div>`);
        const map = shadow(el).querySelector('svg')!.getBoundingClientRect();
        const legend = shadow(el).querySelector('[part="legend"]')!.getBoundingClientRect();
        expect(map.width).to.be.within(500, 800);
        expect(Math.abs(map.height / map.width - 8 / 7)).to.be.lessThan(0.05);
        expect(legend.left).to.be.at.least(map.right);
        expect(el.scrollWidth).to.be.at.most(1200);
        expectLabelsInsideTiles(el);
        const abbreviated = tiles(el).filter((g) =>
          /^[A-Z]{2}\d*$/.test(label(el, g.dataset.code!)?.textContent ?? ''),
        ).length;
        expect(abbreviated).to.equal(0);
      });
    }

    it('keeps tiles square while the container resizes, and abbreviates small English labels', async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div style="width: 1000px"><sw-region-map lang="en"></sw-region-map></div>`,
      );
      const el = root.querySelector('sw-region-map') as RegionMap;
      await settle(el);
      expect(label(el, '440000')!.textContent).to.equal('Guangdong1');
      root.style.width = '280px';
      await aTimeout(50);
      await settle(el);
      expect(label(el, '440000')!.textContent).to.equal('GD1');
      const shape = tile(el, '440000').querySelector('.tile-shape')!.getBoundingClientRect();
      expect(Math.abs(shape.width - shape.height)).to.be.lessThan(0.5);
      expect(el.scrollWidth).to.be.at.most(280);
      expectLabelsInsideTiles(el);
    });

    it('speaks Traditional Chinese and English, and follows a change of lang', async () => {
      const el = await render(html`<sw-region-map lang="zh-Hant"></sw-region-map>`);
      expect(tile(el, '440000').getAttribute('aria-label')).to.equal('廣東省，1 篇報道，地點：潮州市');
      expect(shadow(el).querySelector('svg')!.getAttribute('aria-label')).to.equal('各省級行政區的報道數量');
      expect(shadow(el).querySelector('[part="table-toggle"]')!.textContent!.trim()).to.equal('以表格顯示');
      el.setAttribute('lang', 'en');
      await settle(el);
      expect(tile(el, '440000').getAttribute('aria-label')).to.equal('Guangdong, 1 story, Places: Chaozhou');
      expect(tile(el, '150000').getAttribute('aria-label')).to.equal('Inner Mongolia, no stories');
      expect(shadow(el).querySelector('[part="table-toggle"]')!.textContent!.trim()).to.equal('Show as table');
      expect(shadow(el).querySelector('#hint')!.textContent).to.include('arrow keys');
    });
  });

  describe('shared behaviour', () => {
    it('fires sw-ready with the bundled report', async () => {
      const el = document.createElement('sw-region-map');
      const ready = oneEvent(el, 'sw-ready');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      expect(((await ready) as CustomEvent).detail).to.deep.equal({ reportId: bundledReport.id, origin: 'bundled' });
    });

    it('shows a report given as a property', async () => {
      const el = await render(html`<sw-region-map .report=${reportWithCounts()}></sw-region-map>`);
      expect(tile(el, '510000').getAttribute('aria-label')).to.match(/^四川省，5 篇报道/);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      it(`passes axe (${theme})`, async () => {
        const el = await render(html`<sw-region-map theme=${theme} selected="440000"></sw-region-map>`);
        await expect(el).to.be.accessible();
        await tabInto(el);
        expect(tooltip(el).hidden).to.equal(false);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe in English with a metric and the table shown (dark)', async () => {
      const el = await render(
        html`<sw-region-map theme="dark" lang="en" metric="pingyang-young-share"></sw-region-map>`,
      );
      shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
