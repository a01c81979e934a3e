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
    { type: 'text', x: 16, y: 30.123, text: '超32万人 </text><script>alert(1)</script>', size: 40, weight: 700, fill: '#b42318' },
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

  it('drops control characters that XML cannot carry', () => {
    expect(escapeXml('a\u0000b\u001Fc\td')).to.equal('abc\td');
  });
});
