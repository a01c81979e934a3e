import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import './define.js';
import type { RegionMap, RegionSelectDetail } from './region-map.js';
import type { SwErrorDetail } from '../base/sw-element.js';
import { bundledReport } from '../report/bundled.js';
import { setViewport, svgPoint } from '../../test/support/engine.js';
import {
  REPORT_CODES,
  focused,
  geoDrawn,
  option,
  options,
  render,
  settle,
  shadow,
  tabInto,
  tooltip,
} from './region-map.test-helpers.js';
import { until } from '../../test/support/wait.js';

// The wtr server serves the repository: the geometry is at /data/geo/, as in the npm package.
const GEOMETRY = '/data/geo/sw-china.map.json';

// Every resource of the page is kept, so that the tests can count requests.
performance.setResourceTimingBufferSize(100_000);
const requested = (pattern: RegExp) =>
  performance.getEntriesByType('resource').filter((entry) => pattern.test(entry.name));

const shape = (el: RegionMap, code: string) => option(el, code).querySelector<SVGPathElement>('path')!;
/** The box of a small division's callout (drawn above the divisions, outside its option). */
const calloutOf = (el: RegionMap, code: string) =>
  shadow(el).querySelector<SVGRectElement>(`[data-callout][data-code="${code}"] rect.callout`)!;
const calloutCodes = (el: RegionMap) =>
  [...shadow(el).querySelectorAll<SVGGElement>('[data-callout]')].map((g) => g.dataset.code!);

/** The fill box of an SVG shape on screen: getBoundingClientRect includes the stroke in Firefox, not in Chromium or WebKit. */
function fillBox(shape: SVGGraphicsElement): DOMRect {
  const box = shape.getBBox();
  const matrix = shape.getScreenCTM()!;
  const a = new DOMPoint(box.x, box.y).matrixTransform(matrix);
  const b = new DOMPoint(box.x + box.width, box.y + box.height).matrixTransform(matrix);
  return new DOMRect(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x), Math.abs(b.y - a.y));
}

/** The centre of an element on screen. */
function centre(target: Element): [number, number] {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** A point inside a division's shape on screen: its centroid marker, else the middle of its box if inside. */
function pointIn(el: RegionMap, code: string): [number, number] {
  const path = shape(el, code);
  path.scrollIntoView({ block: 'center' });
  const box = path.getBBox();
  const matrix = path.getScreenCTM()!;
  for (let fx = 0.5; fx < 1; fx += 0.05) {
    for (const fy of [0.5, 0.4, 0.6, 0.3, 0.7]) {
      const point = svgPoint(path, box.x + box.width * fx, box.y + box.height * fy);
      if (path.isPointInFill(point)) {
        const screen = point.matrixTransform(matrix);
        return [Math.round(screen.x), Math.round(screen.y)];
      }
    }
  }
  throw new Error(`no point found inside ${code}`);
}

const intersects = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<sw-region-map layout="geo">', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await resetMouse();
    // Off the map (left of the body's margin): puppeteer's reset leaves Firefox's pointer where it was while
    // believing it at 0, 0 (Chromium's goes there), so move it to another point.
    await sendMouse({ type: 'move', position: [2, 2] });
  });

  // First in this file, before any geographic map has loaded on the page.
  it('the tile grid (the default) requests neither the geometry nor the geographic code', async () => {
    const root = await fixture<HTMLElement>(
      html`<div><sw-region-map></sw-region-map><sw-region-map layout="grid" geo-src="/data/geo/sw-china.map.json?grid"></sw-region-map></div>`,
    );
    const maps = [...root.querySelectorAll('sw-region-map')];
    await aTimeout(300);
    for (const el of maps) {
      expect(options(el)).to.have.length(34);
      expect(shadow(el).querySelectorAll('[role="option"] rect.tile-shape')).to.have.length(34);
      expect(shadow(el).querySelector('[role="option"] path')).to.equal(null);
    }
    expect(requested(/sw-china|geo-map|d3-geo|topojson/).map((entry) => entry.name)).to.deep.equal([]);
  });

  describe('divisions', () => {
    it('draws the 34 divisions as paths, each a named, focusable option of one listbox', async () => {
      const el = await render(html`<sw-region-map layout="geo" geo-src=${GEOMETRY}></sw-region-map>`, geoDrawn);
      const map = shadow(el).querySelector('svg')!;
      expect(map.getAttribute('role')).to.equal('listbox');
      expect(map.getAttribute('aria-label')).to.equal('各省级行政区的报道数量');
      const all = options(el);
      expect(all).to.have.length(34);
      expect(new Set(all.map((g) => g.dataset.code)).size).to.equal(34);
      for (const g of all) {
        expect(g.getAttribute('part'), g.dataset.code).to.equal('region');
        expect(g.querySelector('path.region-shape')!.getAttribute('d'), g.dataset.code).to.match(/^M/);
        expect(g.getAttribute('aria-label'), g.dataset.code).to.match(/^\S+?(省|市|自治区|特别行政区)，/);
        g.focus();
        expect(focused(el)).to.equal(g.dataset.code);
      }
      expect(option(el, '440000').getAttribute('aria-label')).to.equal('广东省，1 篇报道，地点：潮州市');
      expect(option(el, '110000').getAttribute('aria-label')).to.equal('北京市，无报道');
      expect(all.filter((g) => g.getAttribute('tabindex') === '0')).to.have.length(1);
    });

    it('names each division as the grid does, and draws each small and inside the map', async () => {
      const root = await fixture<HTMLElement>(
        html`<div><sw-region-map lang="en"></sw-region-map><sw-region-map lang="en" layout="geo" geo-src=${GEOMETRY}></sw-region-map></div>`,
      );
      const [grid, geo] = [...root.querySelectorAll('sw-region-map')];
      await geoDrawn(geo);
      const names = (el: RegionMap) => options(el).map((g) => [g.dataset.code, g.getAttribute('aria-label')]);
      expect(names(geo)).to.deep.equal(names(grid));
      // A ring wound the wrong way for d3-geo would fill the whole map.
      const svg = shadow(geo).querySelector('svg')!.getBoundingClientRect();
      for (const g of options(geo)) {
        const box = shape(geo, g.dataset.code!).getBoundingClientRect();
        expect(box.left, g.dataset.code).to.be.at.least(svg.left - 0.5);
        expect(box.right, g.dataset.code).to.be.at.most(svg.right + 0.5);
        expect(box.bottom, g.dataset.code).to.be.at.most(svg.bottom + 0.5);
        expect((box.width * box.height) / (svg.width * svg.height), g.dataset.code).to.be.below(0.2);
      }
    });

    it('colors each division with the steps and legend of the grid', async () => {
      const root = await fixture<HTMLElement>(
        html`<div><sw-region-map></sw-region-map><sw-region-map layout="geo" geo-src=${GEOMETRY}></sw-region-map></div>`,
      );
      const [grid, geo] = [...root.querySelectorAll('sw-region-map')];
      await geoDrawn(geo);
      const fill = (code: string) => getComputedStyle(shape(geo, code)).fill;
      for (const code of REPORT_CODES) expect(fill(code), code).to.equal('rgb(180, 35, 24)');
      const neutral = options(geo).filter((g) => !REPORT_CODES.includes(g.dataset.code!));
      expect(neutral).to.have.length(29);
      for (const g of neutral) expect(fill(g.dataset.code!), g.dataset.code).to.equal('rgb(243, 244, 247)');
      const legend = (el: RegionMap) => shadow(el).querySelector('[part="legend"]')!.textContent!.replace(/\s+/g, ' ');
      expect(legend(geo)).to.equal(legend(grid));
      expect(legend(geo)).to.include('报道提及的市、县等地点');
    });

    it('puts a marker at each of the five places, inside its division', async () => {
      const el = await render(
        html`<div style="width: 600px"><sw-region-map layout="geo" geo-src=${GEOMETRY}></sw-region-map></div>`,
        geoDrawn,
      );
      const markers = [...shadow(el).querySelectorAll<SVGCircleElement>('circle.marker')];
      expect(markers).to.have.length(5);
      const places = bundledReport.places.filter((place) => place.coordinates);
      expect(
        markers.map((marker) => marker.closest<SVGGElement>('[role="option"]')!.dataset.code).sort(),
      ).to.deep.equal(places.map((place) => place.provinceCode).sort());
      for (const marker of markers) {
        const code = marker.closest<SVGGElement>('[role="option"]')!.dataset.code!;
        expect(
          shape(el, code).isPointInFill(
            svgPoint(shape(el, code), Number(marker.getAttribute('cx')), Number(marker.getAttribute('cy'))),
          ),
          code,
        ).to.equal(true);
        expect(fillBox(marker).width, code).to.be.closeTo(8, 0.5);
      }
    });

    it('draws the 南海诸岛 inset in the lower right, clear of the divisions', async () => {
      const el = await render(
        html`<div style="width: 700px"><sw-region-map layout="geo" geo-src=${GEOMETRY}></sw-region-map></div>`,
        geoDrawn,
      );
      const inset = shadow(el).querySelector<SVGGElement>('[part="inset"]')!;
      expect(inset.getAttribute('aria-hidden')).to.equal('true');
      expect(inset.querySelector('text')!.textContent).to.equal('南海诸岛');
      expect(inset.querySelector('path.island')!.getAttribute('d')).to.match(/^M/);
      expect(inset.querySelector('path.dash')!.getAttribute('d')!.match(/M/g)).to.have.length(9);
      const frame = inset.querySelector('rect')!.getBoundingClientRect();
      const svg = shadow(el).querySelector('svg')!.getBoundingClientRect();
      expect(svg.right - frame.right).to.be.within(0, 10);
      expect(svg.bottom - frame.bottom).to.be.within(0, 10);
      for (const g of options(el))
        expect(intersects(shape(el, g.dataset.code!).getBoundingClientRect(), frame), g.dataset.code).to.equal(false);
      const label = inset.querySelector('text')!.getBoundingClientRect();
      expect(label.left).to.be.at.least(frame.left);
      // Within a pixel: Firefox's text box is the font's whole ascent and descent, a little taller than the glyphs.
      expect(label.bottom).to.be.at.most(frame.bottom + 1);
      // The dash east of Taiwan is in the main map.
      expect(shadow(el).querySelector('svg > path.dash')!.getAttribute('d')!.match(/M/g)).to.have.length(1);
    });
  });

  describe('selection', () => {
    it('selects with a real click, again to clear, with the event and the attribute', async () => {
      const el = await render(html`<sw-region-map layout="geo" geo-src=${GEOMETRY}></sw-region-map>`, geoDrawn);
      let event = oneEvent(el, 'sw-region-select');
      await sendMouse({ type: 'click', position: pointIn(el, '510000') });
      expect(((await event) as CustomEvent<RegionSelectDetail>).detail).to.deep.equal({
        code: '510000',
        name: '四川省',
      });
      expect(el.getAttribute('selected')).to.equal('510000');
      expect(option(el, '510000').getAttribute('aria-selected')).to.equal('true');
      expect(option(el, '510000').getAttribute('part')).to.equal('region selected');
      expect(shadow(el).querySelectorAll('.ring:not(.focus):not(.hover)')).to.have.length(2);

      event = oneEvent(el, 'sw-region-select');
      await sendMouse({ type: 'click', position: pointIn(el, '510000') });
      expect(((await event) as CustomEvent<RegionSelectDetail>).detail).to.deep.equal({ code: null, name: null });
      expect(el.hasAttribute('selected')).to.equal(false);
    });

    for (const width of [320, 640, 1200]) {
      it(`gives Hong Kong and Macao a labelled callout of at least 24 × 24 px at ${width} px, which a click and a tap select`, async () => {
        // A map 1200 px wide: the legend beside it (12.75rem), and no maximum width.
        const container = width > 700 ? width + 12.75 * 16 : width;
        await setViewport({ width: container + 40, height: 900 });
        const el = await render(
          html`<div style=${`width: ${container}px; --sw-map-max-width: ${width}px`}><sw-region-map layout="geo" geo-src=${GEOMETRY}></sw-region-map></div>`,
          geoDrawn,
        );
        expect(shadow(el).querySelector('svg')!.getBoundingClientRect().width).to.be.closeTo(width, 1);
        for (const [code, label, step] of [
          ['810000', '香港', 'step-5'],
          ['820000', '澳门', 'no-data'],
        ]) {
          const callout = calloutOf(el, code);
          const box = callout.getBoundingClientRect();
          expect(box.width, `${code} at ${width}`).to.be.at.least(23.9);
          expect(box.height, `${code} at ${width}`).to.be.at.least(23.9);
          // Colored like the division, labelled with its name, and what is under the pointer there.
          expect(callout.closest('g')!.classList.contains(step), code).to.equal(true);
          expect(getComputedStyle(callout).fill, code).to.equal(getComputedStyle(shape(el, code)).fill);
          expect(callout.parentElement!.querySelector('text')!.textContent).to.equal(label);
          const [x, y] = centre(callout);
          expect(shadow(el).elementFromPoint(x, y), code).to.equal(callout);
          let event = oneEvent(el, 'sw-region-select');
          await sendMouse({ type: 'click', position: [x, y] });
          expect(((await event) as CustomEvent<RegionSelectDetail>).detail.code, `click at ${width}`).to.equal(code);
          // A tap: the pointer events of a touch, then the click the browser sends for it.
          const [tx, ty] = centre(callout);
          const target = shadow(el).elementFromPoint(tx, ty)!;
          expect(target, code).to.equal(callout);
          event = oneEvent(el, 'sw-region-select');
          for (const type of ['pointerover', 'pointerdown', 'pointerup'])
            target.dispatchEvent(
              new PointerEvent(type, { pointerType: 'touch', bubbles: true, composed: true, clientX: tx, clientY: ty }),
            );
          target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: tx, clientY: ty }));
          expect(((await event) as CustomEvent<RegionSelectDetail>).detail.code, `tap at ${width}`).to.equal(null);
        }
        // Larger divisions have none; at 320 px Beijing, Tianjin and Shanghai have one too.
        expect(calloutCodes(el)).to.not.include('440000');
        if (width === 320) expect(calloutCodes(el)).to.include.members(['110000', '120000', '310000']);
        if (width === 1200) expect(calloutCodes(el).sort()).to.deep.equal(['310000', '810000', '820000']);
      });
    }

    it('selects Hong Kong by keyboard, with the focus and selection rings around its callout', async () => {
      const el = await render(
        html`<div style="width: 640px"><sw-region-map layout="geo" geo-src=${GEOMETRY}></sw-region-map></div>`,
        geoDrawn,
      );
      await tabInto(el);
      option(el, '440000').focus();
      await sendKeys({ press: 'ArrowDown' }); // 广东 → 澳门
      await sendKeys({ press: 'ArrowRight' }); // → 香港
      expect(focused(el)).to.equal('810000');
      const event = oneEvent(el, 'sw-region-select');
      await sendKeys({ press: 'Enter' });
      expect(((await event) as CustomEvent<RegionSelectDetail>).detail.code).to.equal('810000');
      await settle(el);
      const box = calloutOf(el, '810000').getBoundingClientRect();
      for (const ring of shadow(el).querySelectorAll<SVGElement>('.ring')) {
        const around = ring.getBoundingClientRect();
        expect(ring.localName).to.equal('rect');
        expect(
          around.left <= box.left + 0.5 &&
            around.right >= box.right - 0.5 &&
            around.top <= box.top + 0.5 &&
            around.bottom >= box.bottom - 0.5,
          ring.getAttribute('class')!,
        ).to.equal(true);
      }
      expect(getComputedStyle(shadow(el).querySelector('.ring.focus')!).visibility).to.equal('visible');
    });

    it('selects from outside, and keeps the selection when the layout changes', async () => {
      const el = await render(
        html`<sw-region-map layout="geo" geo-src=${GEOMETRY} selected="440000"></sw-region-map>`,
        geoDrawn,
      );
      expect(option(el, '440000').getAttribute('aria-selected')).to.equal('true');
      expect(option(el, '440000').getAttribute('tabindex')).to.equal('0');
      el.layout = 'grid';
      await settle(el);
      expect(shadow(el).querySelector('[data-code="440000"] rect')).to.exist;
      expect(option(el, '440000').getAttribute('aria-selected')).to.equal('true');
      el.layout = 'geo';
      await geoDrawn(el);
      expect(option(el, '440000').getAttribute('aria-selected')).to.equal('true');
    });
  });

  describe('keyboard', () => {
    it('is one tab stop; arrows go to the nearest neighbour by centroid, Home and End to the first and last', async () => {
      const el = await render(html`<sw-region-map layout="geo" geo-src=${GEOMETRY}></sw-region-map>`, geoDrawn);
      await tabInto(el);
      expect(focused(el)).to.equal('620000'); // 甘肃, the first with stories, as in the grid
      const ring = shadow(el).querySelector<SVGElement>('.ring.focus')!;
      expect(getComputedStyle(ring).visibility).to.equal('visible');
      const path: Array<[string, string]> = [
        ['ArrowRight', '640000'], // 甘肃 → 宁夏
        ['ArrowRight', '610000'], // → 陕西
        ['ArrowDown', '500000'], // → 重庆
        ['ArrowDown', '520000'], // → 贵州
        ['ArrowRight', '430000'], // → 湖南
        ['ArrowDown', '440000'], // → 广东
        ['ArrowDown', '820000'], // → 澳门
        ['ArrowRight', '810000'], // → 香港
        ['ArrowRight', '710000'], // → 台湾
        ['ArrowRight', '710000'], // the edge: stays
        ['Home', '230000'], // 黑龙江, first in the grid's reading order
        ['End', '810000'], // 香港
      ];
      for (const [key, code] of path) {
        await sendKeys({ press: key });
        expect(focused(el), `${key} → ${code}`).to.equal(code);
      }
      expect(
        options(el)
          .filter((g) => g.getAttribute('tabindex') === '0')
          .map((g) => g.dataset.code),
      ).to.deep.equal(['810000']);
      // Hong Kong is a few pixels wide: its focus ring goes round its callout.
      expect(shadow(el).querySelector('.ring.focus')!.localName).to.equal('rect');
    });

    it('selects with Enter and Space and clears with Escape', async () => {
      const el = await render(html`<sw-region-map layout="geo" geo-src=${GEOMETRY}></sw-region-map>`, geoDrawn);
      await tabInto(el);
      let event = oneEvent(el, 'sw-region-select');
      await sendKeys({ press: 'Enter' });
      expect(((await event) as CustomEvent<RegionSelectDetail>).detail).to.deep.equal({
        code: '620000',
        name: '甘肃省',
      });
      await sendKeys({ press: 'ArrowDown' }); // 甘肃 → 四川
      event = oneEvent(el, 'sw-region-select');
      await sendKeys({ press: ' ' }); // the space bar: ' ' is its key name in every driver
      expect(((await event) as CustomEvent<RegionSelectDetail>).detail).to.deep.equal({
        code: '510000',
        name: '四川省',
      });
      event = oneEvent(el, 'sw-region-select');
      await sendKeys({ press: 'Escape' });
      expect(((await event) as CustomEvent<RegionSelectDetail>).detail.code).to.equal(null);
      expect(focused(el)).to.equal('510000');
    });
  });

  describe('tooltip and table', () => {
    it('shows the same tooltip as the grid on hover and on focus', async () => {
      const el = await render(
        html`<div style="width: 500px"><sw-region-map layout="geo" geo-src=${GEOMETRY}></sw-region-map></div>`,
        geoDrawn,
      );
      expect(tooltip(el).hidden).to.equal(true);
      await sendMouse({ type: 'move', position: pointIn(el, '510000') });
      await el.updateComplete;
      const lines = [...tooltip(el).querySelectorAll('p, li')].map((node) => node.textContent!.trim());
      expect(lines).to.deep.equal([
        '四川省',
        '1 篇报道',
        '地点：朝天区（中子镇、朝天镇、沙河镇、大巴口社区、飞仙关社区）',
        '四川广元朝天区：汇聚社工力量 托起幸福“夕阳红”',
      ]);
      expect(shadow(el).querySelector('.ring.hover')).to.exist;
      const host = el.getBoundingClientRect();
      const box = tooltip(el).getBoundingClientRect();
      expect(box.left).to.be.at.least(host.left - 0.5);
      expect(box.right).to.be.at.most(host.right + 0.5);
      await resetMouse();
      await tabInto(el);
      await el.updateComplete;
      expect(tooltip(el).querySelector('.name')!.textContent).to.equal('甘肃省');
      expect(option(el, '620000').getAttribute('aria-describedby')).to.equal('tooltip');
    });

    it('has the table of the grid and its toggle', async () => {
      const el = await render(html`<sw-region-map layout="geo" geo-src=${GEOMETRY}></sw-region-map>`, geoDrawn);
      const rows = [...shadow(el).querySelectorAll('table tbody th[scope="row"]')].map((th) => th.textContent);
      expect(rows).to.deep.equal(['甘肃省', '四川省', '浙江省', '广东省', '香港特别行政区']);
      const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
      toggle.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('.table-area')!.getBoundingClientRect().width).to.be.greaterThan(200);
    });
  });

  describe('size', () => {
    it('fits its container and stays fitted while it resizes', async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div style="width: 640px"><sw-region-map layout="geo" geo-src=${GEOMETRY}></sw-region-map></div>`,
      );
      const el = root.querySelector('sw-region-map') as RegionMap;
      await geoDrawn(el);
      for (const width of [640, 320, 480]) {
        root.style.width = `${width}px`;
        await aTimeout(50);
        await settle(el);
        const svg = shadow(el).querySelector('svg')!.getBoundingClientRect();
        expect(svg.width, `${width}`).to.be.within(width - 1, width);
        const [, , w, h] = shadow(el).querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
        expect(svg.height / svg.width).to.be.closeTo(h / w, 0.01);
        expect(el.scrollWidth).to.be.at.most(width);
        for (const g of options(el)) {
          const box = shape(el, g.dataset.code!).getBoundingClientRect();
          expect(
            box.left >= svg.left - 0.5 && box.right <= svg.right + 0.5 && box.bottom <= svg.bottom + 0.5,
            `${g.dataset.code} at ${width}`,
          ).to.equal(true);
        }
        // Markers and the inset's label keep their size in CSS pixels.
        expect(fillBox(shadow(el).querySelector<SVGCircleElement>('.marker')!).width).to.be.closeTo(8, 0.5);
        const frame = shadow(el).querySelector('.inset rect')!.getBoundingClientRect();
        const label = shadow(el).querySelector('.inset text')!.getBoundingClientRect();
        expect(label.left).to.be.at.least(frame.left);
        expect(label.right).to.be.at.most(frame.right);
      }
    });
  });

  describe('loading', () => {
    it('shows a placeholder of the map’s size until the geometry arrives; the legend and table come with the map', async () => {
      const el = await fixture<RegionMap>(
        html`<sw-region-map layout="geo" geo-src="/__test/never?slow" timeout="20000" style="width: 500px"></sw-region-map>`,
      );
      await aTimeout(100);
      const placeholder = shadow(el).querySelector('[part="placeholder"]')!;
      expect(placeholder.getAttribute('role')).to.equal('status');
      expect(placeholder.textContent!.trim()).to.equal('正在加载…');
      const box = placeholder.getBoundingClientRect();
      expect(box.height / box.width).to.be.closeTo(0.926, 0.01);
      // One layout with everything, not a legend and table that the map then pushes down.
      expect(shadow(el).querySelector('[part="legend"]')).to.equal(null);
      expect(shadow(el).querySelector('table')).to.equal(null);
      expect(shadow(el).querySelector('[role="listbox"]')).to.equal(null);
    });

    it('requests the geometry once for several maps', async () => {
      const url = new URL(`${GEOMETRY}?two-maps`, location.href).href;
      const root = await fixture<HTMLElement>(
        html`<div><sw-region-map layout="geo" geo-src=${url}></sw-region-map><sw-region-map layout="geo" geo-src=${url}></sw-region-map></div>`,
      );
      const [a, b] = [...root.querySelectorAll('sw-region-map')];
      await geoDrawn(a);
      await geoDrawn(b);
      expect(requested(/two-maps/)).to.have.length(1);
      expect(options(b)).to.have.length(34);
    });

    it('uses geometry next to the code by default (data/geo/ of the package here)', async () => {
      const el = await render(html`<sw-region-map layout="geo"></sw-region-map>`, geoDrawn);
      expect(options(el)).to.have.length(34);
      expect(requested(/\/data\/geo\/sw-china\.map\.json$/).length).to.be.at.least(1);
    });

    it('a failing request says so, naming the URL, fires sw-error and offers the tile map', async () => {
      const el = document.createElement('sw-region-map');
      el.setAttribute('layout', 'geo');
      el.setAttribute('geo-src', '/data/geo/missing.topo.json');
      const error = oneEvent(el, 'sw-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      const { detail } = (await error) as CustomEvent<SwErrorDetail>;
      const url = new URL('/data/geo/missing.topo.json', location.href).href;
      expect(detail).to.deep.equal({
        code: 'geo-load-failed',
        message: `无法加载地图数据 ${url}：错误 404`,
        field: 'geo-src',
      });
      await el.updateComplete;
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.include(url);
      // The legend and the table still show the data.
      expect(shadow(el).querySelectorAll('table tbody tr')).to.have.length(5);
      await expect(el).to.be.accessible();
      const button = shadow(el).querySelector<HTMLButtonElement>('[part="show-grid"]')!;
      expect(button.textContent!.trim()).to.equal('改用方块地图');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.getAttribute('layout')).to.equal('grid');
      expect(shadow(el).querySelectorAll('[role="option"] rect.tile-shape')).to.have.length(34);
      expect(focused(el)).to.equal('620000');
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      // Back to the geographic layout, with geometry that exists this time: a new attempt.
      el.setAttribute('geo-src', GEOMETRY);
      el.setAttribute('layout', 'geo');
      await geoDrawn(el);
      expect(options(el)).to.have.length(34);
    });

    it('tries again when the layout comes back to geo after a failure', async () => {
      const el = document.createElement('sw-region-map');
      el.setAttribute('layout', 'geo');
      el.setAttribute('geo-src', '/data/geo/missing.topo.json?again');
      let errors = 0;
      el.addEventListener('sw-error', () => errors++);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await until(() => errors === 1, 'the first attempt failed');
      el.layout = 'grid';
      await settle(el);
      el.layout = 'geo';
      await until(() => errors === 2, 'a second attempt failed');
      // A second sw-error comes only from a second attempt (the first is reported once).
      expect(errors).to.equal(2);
    });

    it('gives up after `timeout` ms, in the element’s language', async () => {
      const el = document.createElement('sw-region-map');
      el.setAttribute('layout', 'geo');
      el.setAttribute('lang', 'en');
      el.setAttribute('timeout', '300');
      el.setAttribute('geo-src', '/__test/never');
      const error = oneEvent(el, 'sw-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      const { detail } = (await error) as CustomEvent<SwErrorDetail>;
      expect(detail.message).to.equal(
        `Cannot load the map geometry at ${new URL('/__test/never', location.href).href}: no answer within 0.3 s`,
      );
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="show-grid"]')!.textContent!.trim()).to.equal('Show the tile map instead');
    });

    it('loads new geometry when geo-src changes', async () => {
      const el = document.createElement('sw-region-map');
      el.setAttribute('layout', 'geo');
      el.setAttribute('geo-src', '/data/report.json');
      const error = oneEvent(el, 'sw-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      expect(((await error) as CustomEvent<SwErrorDetail>).detail.message).to.match(
        /report\.json：不是可用的地图数据$/,
      );
      el.geoSrc = GEOMETRY;
      await geoDrawn(el);
      expect(options(el)).to.have.length(34);
    });
  });

  describe('languages and accessibility', () => {
    it('labels the inset in Traditional Chinese and English', async () => {
      const el = await render(
        html`<sw-region-map lang="zh-Hant" layout="geo" geo-src=${GEOMETRY}></sw-region-map>`,
        geoDrawn,
      );
      expect(shadow(el).querySelector('.inset text')!.textContent).to.equal('南海諸島');
      expect(option(el, '440000').getAttribute('aria-label')).to.equal('廣東省，1 篇報道，地點：潮州市');
      el.setAttribute('lang', 'en');
      await settle(el);
      const lines = () => [...shadow(el).querySelectorAll('.inset tspan')].map((tspan) => tspan.textContent);
      expect(lines().join(' ')).to.equal('South China Sea Islands');
      // In a narrow map, on more lines rather than in a smaller font.
      el.style.width = '320px';
      await aTimeout(50);
      await settle(el);
      expect(lines()).to.deep.equal(['South', 'China Sea', 'Islands']);
      const label = shadow(el).querySelector<SVGTextElement>('.inset text')!;
      expect(parseFloat(getComputedStyle(label).fontSize) * label.getScreenCTM()!.a).to.be.at.least(9);
      const frame = shadow(el).querySelector('.inset rect')!.getBoundingClientRect();
      const box = label.getBoundingClientRect();
      expect(
        box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom,
      ).to.equal(true);
    });

    for (const theme of ['light', 'dark']) {
      it(`passes axe (${theme})`, async () => {
        const el = await render(
          html`<sw-region-map theme=${theme} layout="geo" geo-src=${GEOMETRY} selected="440000"></sw-region-map>`,
          geoDrawn,
        );
        await expect(el).to.be.accessible();
        await tabInto(el);
        expect(tooltip(el).hidden).to.equal(false);
        await expect(el).to.be.accessible();
      });
    }
  });
});
