import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/all.js';
import { bundledReport } from '../src/report/bundled.js';
import { storyProvinceCodes } from '../src/report/query.js';
import type { SwElement } from '../src/base/sw-element.js';
import { parseCsv } from './support/parse-csv.js';
import { until } from './support/wait.js';
import { PAGE_UNTIL, probePage } from './support/probe.js';
import { ENGINE, PAGE_PROBE_CHROMIUM_ONLY, skipUnless } from './support/engine.js';

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** Signature and IHDR size of a PNG. */
async function pngHeader(blob: Blob): Promise<{ signature: number[]; width: number; height: number }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const view = new DataView(bytes.buffer);
  return { signature: [...bytes.slice(0, 8)], width: view.getUint32(16), height: view.getUint32(20) };
}

/** How many pixels of a box differ clearly from the image's background (its top-left pixel). */
async function inkPixels(
  blob: Blob,
  box: { x: number; y: number; width: number; height: number },
): Promise<{ ink: number; background: number[] }> {
  const bitmap = await createImageBitmap(blob);
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const background = [...context.getImageData(1, 1, 1, 1).data];
  const data = context.getImageData(box.x, box.y, box.width, box.height).data;
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (
      Math.abs(data[i] - background[0]) +
        Math.abs(data[i + 1] - background[1]) +
        Math.abs(data[i + 2] - background[2]) >
      120
    )
      ink++;
  }
  return { ink, background };
}

function svgTexts(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed SVG').to.equal(null);
  return [...doc.querySelectorAll('text')].map((text) => text.textContent ?? '');
}

async function csvRows(blob: Blob): Promise<string[][]> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect([...bytes.slice(0, 3)], 'UTF-8 byte-order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
  expect(blob.type).to.equal('text/csv;charset=utf-8');
  return parseCsv(new TextDecoder().decode(bytes.slice(3)));
}

async function ready<T extends SwElement>(element: T): Promise<T> {
  await until(() => element.shadowRoot?.querySelector('.card, .root, .list, [part~="error"]'), 'rendered');
  await element.updateComplete;
  return element;
}

/** Records the downloads the buttons start (the anchor's name and blob) and cancels them, so no file is saved. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const create = URL.createObjectURL;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blobs.push(object as Blob);
    return create.call(URL, object);
  };
  const saved: Array<{ name: string; href: string; blob: Blob }> = [];
  const onClick = (event: Event) => {
    const link = event.composedPath()[0];
    if (!(link instanceof HTMLAnchorElement) || !link.download) return;
    event.preventDefault();
    saved.push({ name: link.download, href: link.href, blob: blobs[blobs.length - 1] });
  };
  document.addEventListener('click', onClick, true);
  return {
    saved,
    restore() {
      URL.createObjectURL = create;
      document.removeEventListener('click', onClick, true);
    },
  };
}

describe('exportImage', () => {
  it('gives a PNG at exactly twice the element’s size with the Chinese title drawn in', async () => {
    const card = await ready(
      await fixture<SwElement>(html`<sw-stat-card metric="chaozhou-volunteers" style="width: 480px"></sw-stat-card>`),
    );
    const png = await card.exportImage();
    expect(png.type).to.equal('image/png');
    const header = await pngHeader(png);
    expect(header.signature).to.deep.equal(PNG_SIGNATURE);
    expect(header.width).to.equal(960);
    expect(header.height % 2).to.equal(0);
    expect(header.height).to.be.within(400, 1200);
    // The title 注册志愿者 sits in the padding's corner (24 px at 480 px wide): ink there, none in the empty right half.
    const title = await inkPixels(png, { x: 48, y: 48, width: 200, height: 56 });
    expect(title.background).to.deep.equal([255, 255, 255, 255]);
    expect(title.ink).to.be.greaterThan(300);
    expect((await inkPixels(png, { x: 600, y: 48, width: 300, height: 56 })).ink).to.equal(0);
  });

  it('uses the element’s theme colors and follows its width', async () => {
    const map = await ready(
      await fixture<SwElement>(html`<sw-region-map theme="dark" style="width: 360px"></sw-region-map>`),
    );
    const png = await map.exportImage({ format: 'png' });
    expect((await pngHeader(png)).width).to.equal(720);
    const { background, ink } = await inkPixels(png, { x: 32, y: 32, width: 300, height: 56 });
    expect(background).to.deep.equal([0x17, 0x1a, 0x21, 255]);
    expect(ink).to.be.greaterThan(300);
  });

  it('draws the geographic map as the reader sees it: outlines in step colors, the 南海诸岛 inset, the selection', async () => {
    const map = await fixture<SwElement>(
      html`<sw-region-map layout="geo" selected="510000" metric="chaozhou-volunteers" style="width: 480px"></sw-region-map>`,
    );
    await until(() => map.shadowRoot?.querySelectorAll('[part~="region-shape"]').length === 34, 'geometry drawn');
    const svg = await (await map.exportImage({ format: 'svg' })).text();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const accent = doc.querySelector('rect[width="14"]')!.getAttribute('fill');
    const paths = [...doc.querySelectorAll('path')];
    const guangdong = map.shadowRoot!.querySelector('[data-code="440000"] path')!.getAttribute('d');
    expect(paths.find((path) => path.getAttribute('d') === guangdong)!.getAttribute('fill')).to.equal(accent);
    expect(paths.filter((path) => path.getAttribute('fill') === 'none')).to.have.length(1);
    expect(svgTexts(svg)).to.include.members(['各省级行政区的注册志愿者', '南海诸岛', '超32万人', '据《潮州日报》']);
    expect(doc.querySelectorAll('rect[width="14"]').length + doc.querySelectorAll('circle').length).to.be.greaterThan(
      3,
    );
    const png = await map.exportImage();
    expect((await pngHeader(png)).width).to.equal(960);
  });

  it('gives an SVG with the title, the source line and the attribution as text', async () => {
    const list = await ready(await fixture<SwElement>(html`<sw-story-list lang="en" limit="2"></sw-story-list>`));
    const svg = await list.exportImage({ format: 'svg' });
    expect(svg.type).to.equal('image/svg+xml;charset=utf-8');
    const text = await svg.text();
    const lines = svgTexts(text);
    expect(lines[0]).to.equal('Stories');
    expect(lines).to.include('Showing 2 of 4 stories');
    expect(lines.at(-1)).to.equal('Report: Social work news digest, June 2024');
    expect(lines.at(-2)).to.match(/^Source: /);
    expect(new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('title')!.textContent).to.equal(
      'Stories',
    );

    const card = await ready(
      await fixture<SwElement>(
        html`<sw-stat-card metric="zhuanglang-certified-social-workers" lang="zh-Hant"></sw-stat-card>`,
      ),
    );
    const cardLines = svgTexts(await (await card.exportImage({ format: 'svg' })).text());
    expect(cardLines).to.include.members(['持證社工', '85', '據莊浪縣民政局', '報告：社工資訊摘編（2024年6月）']);
  });

  it('rejects with the element’s own message when it shows an error, and while it loads', async () => {
    const card = await ready(await fixture<SwElement>(html`<sw-stat-card metric="nope"></sw-stat-card>`));
    let error: unknown;
    await card.exportImage().catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('未找到指标“nope”');
    const loading = await fixture<SwElement>(html`<sw-stat-card src="/__test/never" lang="en"></sw-stat-card>`);
    error = undefined;
    await loading.exportData().catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('Loading…');
    error = undefined;
    await card.exportImage({ format: 'gif' as 'png' }).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(Error);
  });
});

describe('exportData', () => {
  it('gives the card’s metric with its qualifier and unit, headers in the card’s language', async () => {
    const card = await ready(
      await fixture<SwElement>(html`<sw-stat-card metric="chaozhou-volunteers"></sw-stat-card>`),
    );
    const rows = await csvRows(await card.exportData());
    const metric = bundledReport.metrics.find((m) => m.id === 'chaozhou-volunteers')!;
    expect(rows[0].slice(0, 6)).to.deep.equal(['编号', '指标', '数值', '限定', '单位', '显示为']);
    expect(rows[1].slice(0, 6)).to.deep.equal([
      metric.id,
      metric.label['zh-Hans'],
      String(metric.value),
      '超过',
      '人',
      '超32万人',
    ]);
  });

  it('gives the map’s 34 divisions with the report’s story counts', async () => {
    const map = await ready(await fixture<SwElement>(html`<sw-region-map lang="en"></sw-region-map>`));
    const rows = await csvRows(await map.exportData());
    expect(rows[0]).to.deep.equal(['Division code', 'Division', 'Number of stories', 'Shown as', 'Places', 'Stories']);
    expect(rows).to.have.length(35);
    const counts = new Map<string, number>();
    for (const story of bundledReport.stories)
      for (const code of storyProvinceCodes(bundledReport, story)) counts.set(code, (counts.get(code) ?? 0) + 1);
    for (const row of rows.slice(1))
      expect(row[2], row[1]).to.equal(counts.has(row[0]) ? String(counts.get(row[0])) : '');
  });

  it('gives every story the list matches, newest first, with date, places and sources', async () => {
    const list = await ready(await fixture<SwElement>(html`<sw-story-list limit="1" lang="zh-Hant"></sw-story-list>`));
    const rows = await csvRows(await list.exportData());
    expect(rows[0]).to.deep.equal(['編號', '標題', '日期', '地點', '來源', '摘要', '標籤', '數據', '連結']);
    const newestFirst = [...bundledReport.stories].sort(
      (a, b) =>
        b.date.start.localeCompare(a.date.start) ||
        (b.date.end ?? b.date.start).localeCompare(a.date.end ?? a.date.start),
    );
    expect(rows.slice(1).map((row) => row[0])).to.deep.equal(newestFirst.map((story) => story.id));
    for (const row of rows.slice(1)) {
      const story = bundledReport.stories.find((s) => s.id === row[0])!;
      expect(row[1]).to.equal(story.title['zh-Hant']);
      expect(row[3].split('、')).to.have.length(story.places.length);
      expect(row[4].split('、')).to.have.length(story.sources.length);
    }
  });
});

describe('the tools attribute', () => {
  it('is off by default', async () => {
    const card = await ready(await fixture<SwElement>(html`<sw-stat-card></sw-stat-card>`));
    expect(card.tools).to.equal(false);
    expect(card.shadowRoot!.querySelector('[part~="tools"]')).to.equal(null);
  });

  it('shows two named buttons in the element’s language, accessible in light and dark', async function () {
    // Six maps and axe: Chromium 92 and 108 (the old-engines group) take longer than the default 10 s.
    this.timeout(30000);
    for (const [lang, names] of [
      ['zh-Hans', ['下载图片', '下载数据']],
      ['zh-Hant', ['下載圖片', '下載數據']],
      ['en', ['Download image', 'Get the data']],
    ] as const) {
      for (const theme of ['light', 'dark']) {
        const map = await ready(
          await fixture<SwElement>(html`<sw-region-map tools lang=${lang} theme=${theme}></sw-region-map>`),
        );
        const group = map.shadowRoot!.querySelector('[part~="tools"]')!;
        expect(group.getAttribute('role')).to.equal('group');
        expect([...group.querySelectorAll('button')].map((b) => b.textContent)).to.deep.equal(names);
        await expect(map).to.be.accessible();
      }
    }
  });

  it('downloads the image and the data from the keyboard, under the file names of what is shown', async function () {
    // The first export loads the export code: in Chromium 92 and 108 that takes longer than the default 10 s.
    this.timeout(30000);
    const wrapper = await fixture<HTMLElement>(
      html`<div><button id="before">before</button><sw-stat-card metric="chaozhou-volunteers" tools></sw-stat-card></div>`,
    );
    const card = await ready(wrapper.querySelector('sw-stat-card') as SwElement);
    const downloads = captureDownloads();
    try {
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(card.shadowRoot!.activeElement?.textContent).to.equal('下载图片');
      await sendKeys({ press: 'Enter' });
      await until(() => downloads.saved.length === 1, 'image saved');
      await sendKeys({ press: 'Tab' });
      expect(card.shadowRoot!.activeElement?.textContent).to.equal('下载数据');
      await sendKeys({ press: ' ' }); // the space bar: ' ' is its key name in every driver
      await until(() => downloads.saved.length === 2, 'data saved');
    } finally {
      downloads.restore();
    }
    const [image, data] = downloads.saved;
    expect(image.name).to.equal('sw-stat-card-chaozhou-volunteers.png');
    expect(image.href).to.match(/^blob:/);
    expect(image.blob.type).to.equal('image/png');
    expect((await pngHeader(image.blob)).signature).to.deep.equal(PNG_SIGNATURE);
    expect(data.name).to.equal('sw-stat-card-chaozhou-volunteers.csv');
    expect((await csvRows(data.blob))[1][0]).to.equal('chaozhou-volunteers');
    // The temporary link is gone again.
    expect(card.shadowRoot!.querySelector('a[download]')).to.equal(null);
  });

  it('says beside the buttons when an export fails', async () => {
    const card = await ready(await fixture<SwElement>(html`<sw-stat-card tools lang="en"></sw-stat-card>`));
    // What the card asks the exporter for, made impossible.
    (card as unknown as { exportRequest: () => unknown }).exportRequest = () => ({
      kind: 'stat-card',
      metric: 'gone',
      story: false,
    });
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="tool"]')!.click();
    await until(() => card.shadowRoot!.querySelector('[part~="tools"] [role="status"]')!.textContent, 'failure shown');
    expect(card.shadowRoot!.querySelector('[part~="tools"] [role="status"]')!.textContent).to.equal(
      'Could not export: No metric "gone" in the report',
    );
  });

  it('exports the list’s stories of the division selected on its map', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><sw-region-map id="m" selected="440000"></sw-region-map><sw-story-list for="m" tools lang="en"></sw-story-list></div>`,
    );
    const list = await ready(wrapper.querySelector('sw-story-list') as SwElement);
    await ready(wrapper.querySelector('sw-region-map') as SwElement);
    await until(() => list.shadowRoot!.querySelector('[part~="filter"]'), 'list follows the map');
    const rows = await csvRows(await list.exportData());
    expect(rows.length - 1).to.equal(
      bundledReport.stories.filter((story) => storyProvinceCodes(bundledReport, story).includes('440000')).length,
    );
    expect(svgTexts(await (await list.exportImage({ format: 'svg' })).text())[0]).to.equal('Stories from Guangdong');
  });
});

describe('export under a strict Content-Security-Policy', () => {
  it('loads the export code, makes PNG, SVG and CSV and starts downloads with no violation', async function () {
    skipUnless(this, ENGINE === 'chromium', PAGE_PROBE_CHROMIUM_ONLY);
    const page = await probePage<{
      png: number[];
      width: number;
      svgTitle: boolean;
      bom: number[];
      downloads: string[];
    }>('/test/pages/csp-export.html', {
      waitFor: `document.querySelector('sw-story-list')?.shadowRoot?.querySelector('[part~="tools"]') && document.querySelector('sw-stat-card')?.shadowRoot?.querySelector('[part~="tools"]')`,
      timeout: 8000,
      evaluate: `(async () => {
        const card = document.querySelector('sw-stat-card');
        const png = new Uint8Array(await (await card.exportImage()).arrayBuffer());
        const svg = await (await document.querySelector('sw-region-map').exportImage({ format: 'svg' })).text();
        const csv = new Uint8Array(await (await document.querySelector('sw-story-list').exportData()).arrayBuffer());
        const downloads = [];
        document.addEventListener('click', (event) => {
          const link = event.composedPath()[0];
          if (link.download) { event.preventDefault(); downloads.push(link.download); }
        }, true);
        for (const el of document.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')) {
          for (const button of el.shadowRoot.querySelectorAll('[part~="tool"]')) button.click();
        }
        // Until all six have started; after a minute, the test names those that did.
        ${PAGE_UNTIL}
        await until(() => downloads.length === 6).catch(() => {});
        return {
          png: [...png.slice(0, 8)],
          width: new DataView(png.buffer).getUint32(16) / 2 - card.getBoundingClientRect().width,
          svgTitle: svg.includes('>各省级行政区的报道数量</text>'),
          bom: [...csv.slice(0, 3)],
          downloads: downloads.sort(),
        };
      })()`,
    });
    expect(page.waitTimedOut).to.equal(false);
    expect(page.cspViolations).to.deep.equal([]);
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.consoleErrors).to.deep.equal([]);
    expect(page.result.png).to.deep.equal(PNG_SIGNATURE);
    expect(Math.abs(page.result.width)).to.be.at.most(0.5);
    expect(page.result.svgTitle).to.equal(true);
    expect(page.result.bom).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(page.result.downloads).to.deep.equal([
      'sw-region-map-stories.csv',
      'sw-region-map-stories.png',
      'sw-stat-card-chaozhou-volunteers.csv',
      'sw-stat-card-chaozhou-volunteers.png',
      'sw-story-list.csv',
      'sw-story-list.png',
    ]);
  });

  it('loads the export code beside the classic script too', async function () {
    skipUnless(this, ENGINE === 'chromium', PAGE_PROBE_CHROMIUM_ONLY);
    const page = await probePage<number[]>('/__test/blank', {
      html: `<!doctype html><html><head><meta charset="utf-8"></head><body><script src="{origin}/cdn/sw-stat-card.iife.js"></script><sw-stat-card></sw-stat-card></body></html>`,
      waitFor: `!!document.querySelector('sw-stat-card')?.shadowRoot?.querySelector('.card')`,
      evaluate: `(async () => [...new Uint8Array(await (await document.querySelector('sw-stat-card').exportData()).arrayBuffer()).slice(0, 3)])()`,
    });
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.result).to.deep.equal([0xef, 0xbb, 0xbf]);
  });
});
