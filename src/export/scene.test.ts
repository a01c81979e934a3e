import { expect } from '@open-wc/testing';
import { escapeXml, sceneToSvg, type Scene } from './scene.js';

const scene: Scene = {
  width: 320,
  height: 100,
  background: '#ffffff',
  font: "system-ui, 'Noto Sans CJK SC', sans-serif",
  language: 'zh-Hans',
  title: '注册志愿者 <b>&',
  items: [
    {
      type: 'text',
      x: 16,
      y: 30.123,
      text: '超32万人 </text><script>alert(1)</script>',
      size: 40,
      weight: 700,
      fill: '#b42318',
    },
    { type: 'rect', x: 16, y: 50, width: 100, height: 10, radius: 5, fill: '#f3f4f7', stroke: '#d5d9e0' },
    { type: 'circle', cx: 10, cy: 10, r: 3, fill: '#1d2433' },
  ],
};

describe('sceneToSvg', () => {
  it('writes a standalone SVG whose text is text, escaped', () => {
    const svg = sceneToSvg(scene);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.getAttribute('width')).to.equal('320');
    expect(root.getAttribute('lang')).to.equal('zh-Hans');
    expect(root.getAttribute('font-family')).to.equal(scene.font);
    expect(doc.querySelector('title')!.textContent).to.equal('注册志愿者 <b>&');
    const texts = [...doc.querySelectorAll('text')];
    expect(texts.map((t) => t.textContent)).to.deep.equal(['超32万人 </text><script>alert(1)</script>']);
    expect(texts[0].getAttribute('y')).to.equal('30.12');
    expect(texts[0].getAttribute('font-weight')).to.equal('700');
    expect(doc.querySelectorAll('script').length).to.equal(0);
    expect(doc.querySelector('rect[rx="5"]')!.getAttribute('stroke')).to.equal('#d5d9e0');
    expect(doc.querySelectorAll('circle').length).to.equal(1);
  });

  it('hatches and dashes a shape that asks for it, with lines 5 CSS pixels apart at any scale, and nothing else', () => {
    const hatched: Scene = {
      ...scene,
      items: [
        { type: 'rect', x: 10, y: 10, width: 40, height: 40, fill: '#eeeeee', stroke: '#555555', hatch: '#555555' },
        { type: 'rect', x: 60, y: 10, width: 40, height: 40, fill: '#eeeeee', stroke: '#cccccc' },
        {
          type: 'path',
          d: 'M0 0H100V100Z',
          x: 0,
          y: 0,
          scale: 0.5,
          fill: '#eeeeee',
          stroke: '#555555',
          strokeWidth: 1,
          hatch: '#555555',
        },
        {
          type: 'path',
          d: 'M0 0H10V10Z',
          x: 0,
          y: 0,
          scale: 0.5,
          fill: '#eeeeee',
          stroke: '#555555',
          strokeWidth: 1,
          hatch: '#555555',
        },
      ],
    };
    const doc = new DOMParser().parseFromString(sceneToSvg(hatched), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    // One pattern per scale: the rect's in CSS pixels, the paths' scaled back by 1 / 0.5.
    const patterns = [...doc.querySelectorAll('defs pattern')];
    expect(patterns.map((pattern) => pattern.getAttribute('patternTransform'))).to.deep.equal([
      'rotate(45)',
      'scale(2) rotate(45)',
    ]);
    expect(patterns.map((pattern) => pattern.getAttribute('width'))).to.deep.equal(['5', '5']);
    expect(patterns[0].querySelector('line')!.getAttribute('stroke')).to.equal('#555555');
    // Each hatched shape: itself in its fill with a dashed stroke, then again filled with its pattern.
    const shapes = [...doc.querySelectorAll('svg > rect, svg > path')].slice(1);
    expect(shapes.map((shape) => shape.getAttribute('fill'))).to.deep.equal([
      '#eeeeee',
      'url(#sw-hatch-1)',
      '#eeeeee',
      '#eeeeee',
      'url(#sw-hatch-2)',
      '#eeeeee',
      'url(#sw-hatch-2)',
    ]);
    expect(shapes.map((shape) => shape.getAttribute('stroke-dasharray'))).to.deep.equal([
      '4 3',
      null,
      null,
      '8 6',
      null,
      '8 6',
      null,
    ]);
    expect(shapes[4].getAttribute('d')).to.equal('M0 0H100V100Z');
    expect(shapes[4].getAttribute('transform')).to.equal(shapes[3].getAttribute('transform'));

    const plain = new DOMParser().parseFromString(sceneToSvg(scene), 'image/svg+xml');
    expect(plain.querySelectorAll('defs, pattern, [stroke-dasharray]')).to.have.length(0);
  });

  it('drops control characters that XML cannot carry', () => {
    expect(escapeXml('a\u0000b\u001Fc\td')).to.equal('abc\td');
  });
});
