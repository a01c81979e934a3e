import { expect } from '@open-wc/testing';
import { bundledReport } from '../report/bundled.js';
import { regionMapExport } from '../region-map/region-map.export.js';
import { statCardExport } from '../stat-card/stat-card.export.js';
import { storyListExport } from '../story-list/story-list.export.js';
import { layoutExport, type LayoutOptions, type Palette } from './layout.js';
import type { Scene, SceneText } from './scene.js';

const palette: Palette = {
  surface: '#ffffff',
  surfaceAlt: '#f3f4f7',
  text: '#1d2433',
  muted: '#556070',
  border: '#d5d9e0',
  accent: '#b42318',
  steps: ['#s1', '#s2', '#s3', '#s4', '#s5'],
  stepInk: ['#i1', '#i2', '#i3', '#i4', '#i5'],
  noData: '#nodata',
  noDataInk: '#nodataink',
  mapBorder: '#border2',
};

/** A generous stub: ideographs 1 em, everything else 0.6 em, bold 10% wider. */
const measure: LayoutOptions['measure'] = (text, size, weight) =>
  [...text].reduce((sum, char) => sum + (/[\u2E80-\uFFEF]/.test(char) ? 1 : 0.6), 0) *
  size *
  (weight === 400 ? 1 : 1.1);

const options = (width: number): LayoutOptions => ({ width, font: 'sans-serif', palette, measure });
const texts = (scene: Scene) => scene.items.filter((item): item is SceneText => item.type === 'text');

function expectInside(scene: Scene): void {
  for (const item of texts(scene)) {
    const width = measure(item.text, item.size, item.weight);
    const left = item.anchor === 'middle' ? item.x - width / 2 : item.x;
    expect(left, item.text).to.be.at.least(0);
    expect(left + width, item.text).to.be.at.most(scene.width + 0.01);
    expect(item.y, item.text).to.be.at.most(scene.height);
  }
}

describe('layoutExport', () => {
  it('draws a card with its title first and the source and attribution last, inside the width', () => {
    const model = statCardExport(bundledReport, 'zh-Hans', {
      metric: 'zhuanglang-certified-social-workers',
      story: false,
    });
    for (const width of [280, 360, 720]) {
      const scene = layoutExport(model, options(width));
      const lines = texts(scene).map((t) => t.text);
      expect(scene.width).to.equal(width);
      expect(lines[0]).to.equal('持证社工');
      expect(lines).to.include('85');
      expect(lines.slice(-2)).to.deep.equal(['据庄浪县民政局', '报告：社工资讯摘编（2024年6月）']);
      expect(scene.items.filter((item) => item.type === 'rect' && item.fill === palette.accent)).to.have.length(1);
      expectInside(scene);
    }
  });

  it('keeps widths between 280 and 1200 px and uses 640 px for an element not on screen', () => {
    const model = statCardExport(bundledReport, 'en', { metric: null, story: false });
    expect(layoutExport(model, options(100)).width).to.equal(280);
    expect(layoutExport(model, options(5000)).width).to.equal(1200);
    expect(layoutExport(model, options(0)).width).to.equal(640);
  });

  it('shrinks a long figure to fit the line', () => {
    const model = statCardExport(bundledReport, 'en', { metric: 'chaozhou-charity-fund', story: false });
    expectInside(layoutExport(model, options(280)));
  });

  it('draws the 34 tiles colored by step, their labels, the legend and the selection', () => {
    const model = regionMapExport(bundledReport, 'zh-Hans', { metric: null, selected: '440000' });
    const scene = layoutExport(model, options(640));
    const tiles = scene.items.filter(
      (item) =>
        item.type === 'rect' &&
        item.stroke === palette.border &&
        (item.fill.startsWith('#s') || item.fill === palette.noData) &&
        item.width > 20,
    );
    expect(tiles).to.have.length(34);
    expect(tiles.filter((tile) => tile.type === 'rect' && tile.fill !== palette.noData)).to.have.length(5);
    expect(
      scene.items.filter((item) => item.type === 'rect' && item.fill === 'none' && item.stroke === palette.text),
    ).to.have.length(1);
    const lines = texts(scene).map((t) => t.text);
    expect(lines[0]).to.equal('各省级行政区的报道数量');
    expect(lines).to.include.members(['广东', '无报道']);
    expectInside(scene);
  });

  it('lists the stories on screen with title, meta, sources and summary', () => {
    const model = storyListExport(bundledReport, 'en', { region: null, tag: null, sort: 'date', shown: 4 });
    const scene = layoutExport(model, options(480));
    const lines = texts(scene)
      .map((t) => t.text)
      .join(' ');
    for (const story of model.figure.kind === 'list' ? model.figure.stories : []) {
      expect(lines).to.contain(story.title.split(' ')[0]);
      expect(lines).to.contain(story.sources.split(' ')[0]);
    }
    expectInside(scene);
    const shorter = layoutExport(
      storyListExport(bundledReport, 'en', { region: null, tag: null, sort: 'date', shown: 1 }),
      options(480),
    );
    expect(shorter.height).to.be.lessThan(scene.height);
  });

  it('draws a geographic map scaled to the width, with its inset label in as few lines as fit', () => {
    const model = regionMapExport(bundledReport, 'en', { metric: null, selected: '440000' });
    if (model.figure.kind !== 'map') throw new Error('not a map');
    model.figure.geo = {
      box: { minX: -8, minY: -8, width: 1016, height: 800 },
      regions: [
        { code: '440000', d: 'M0 0L10 0L10 10Z', step: 5 },
        { code: '620000', d: 'M20 20L30 20L30 30Z', step: null },
      ],
      dashes: 'M1 1L2 2',
      inset: {
        x: 830,
        y: 600,
        width: 170,
        height: 190,
        land: '',
        islands: 'M0 0L1 1',
        dashes: '',
        regions: [],
        labels: [['South China Sea Islands'], ['South China Sea', 'Islands'], ['South', 'China Sea', 'Islands']],
      },
      markers: [{ x: 500, y: 400 }],
      selected: 'M0 0L10 0L10 10Z',
    };
    const scene = layoutExport(model, options(480));
    const paths = scene.items.filter((item) => item.type === 'path');
    const scale = 432 / 1016;
    expect(paths[0]).to.deep.include({ fill: '#s5', stroke: '#border2', scale, x: 24 + 8 * scale });
    expect(paths[1]).to.deep.include({ fill: palette.noData });
    expect(paths.filter((path) => path.type === 'path' && path.fill === 'none')).to.have.length(1);
    // No land path for an empty string.
    expect(paths.some((path) => path.type === 'path' && path.d === '')).to.equal(false);
    const labelOf = (at: Scene) => texts(at).filter((t) => t.size < 13 && /South|China|Islands/.test(t.text));
    expect(labelOf(scene).map((t) => t.text)).to.deep.equal(['South', 'China Sea', 'Islands']);
    expect(labelOf(layoutExport(model, options(720))).map((t) => t.text)).to.deep.equal(['South China Sea', 'Islands']);
    for (const line of labelOf(scene)) expect(line.size).to.be.within(9, 12);
    expectInside(scene);
    expect(
      scene.items.some((item) => item.type === 'rect' && item.width > 20 && item.fill === palette.noData),
    ).to.equal(false);
  });
});
