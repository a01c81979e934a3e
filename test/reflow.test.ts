/**
 * Reflow and text size (WCAG 1.4.10, 1.4.4): at 320 CSS px wide, and with text at 200 % (the reader's default font
 * size doubled: the elements size their text in rem) on a 640 px page, nothing is cut off or overlaps and the page
 * does not scroll sideways, in all three languages. Runs in every engine.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import type { Language } from '../src/report/schema.js';
import { ENGINE, setViewport } from './support/engine.js';

const LANGUAGES: Language[] = ['zh-Hans', 'zh-Hant', 'en'];

async function frames(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Line boxes of every visible text of a shadow root (and its nested shadow roots), with the text for messages. */
function textBoxes(root: ShadowRoot): Array<{ text: string; node: Text; rect: DOMRect }> {
  const boxes: Array<{ text: string; node: Text; rect: DOMRect }> = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!node.data.trim() || !parent || parent.closest('.visually-hidden, [hidden], svg, style, table')) continue;
    if (!parent.checkVisibility()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    // The line box, not the font's content area: Firefox and WebKit measure a text's rects with the font's full
    // ascent and descent, taller than a tight line height (the card's figure: 1.1), where the glyphs do not touch.
    const lineHeight = parseFloat(getComputedStyle(parent).lineHeight);
    for (const rect of range.getClientRects()) {
      if (!(rect.width > 0 && rect.height > 0)) continue;
      const height = lineHeight > 0 ? Math.min(rect.height, lineHeight) : rect.height;
      boxes.push({
        text: node.data.trim(),
        node,
        rect: new DOMRect(rect.x, rect.y + (rect.height - height) / 2, rect.width, height),
      });
    }
  }
  return boxes;
}

/** Nothing cut off: no element with hidden overflow holds more than it shows; no text outside the element. */
function expectNothingCutOff(el: HTMLElement, where: string): void {
  const root = el.shadowRoot!;
  const host = el.getBoundingClientRect();
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element.closest('.visually-hidden, svg, [hidden]') || !element.checkVisibility()) continue;
    const style = getComputedStyle(element);
    if (/hidden|clip/.test(style.overflowX) && style.textOverflow !== 'clip') {
      expect(element.scrollWidth, `${where}: ${element.className} cut off sideways`).to.be.at.most(
        element.clientWidth + 1,
      );
    }
  }
  for (const { text, rect } of textBoxes(root)) {
    expect(rect.left, `${where}: "${text}" left`).to.be.at.least(host.left - 1);
    expect(rect.right, `${where}: "${text}" right`).to.be.at.most(host.right + 1);
  }
}

/** No two texts overlap (line boxes of different text nodes, beyond a pixel). */
function expectNoOverlap(el: HTMLElement, where: string): void {
  const boxes = textBoxes(el.shadowRoot!);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.node === b.node) continue;
      const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      expect(width > 1 && height > 1, `${where}: "${a.text}" overlaps "${b.text}"`).to.equal(false);
    }
  }
}

async function checkPage(where: string, width: number): Promise<void> {
  for (const language of LANGUAGES) {
    // A column of the page's width: the viewport itself where the driver can make it that narrow; WebKitGTK's
    // MiniBrowser window stops at about 450 px, and there the column is the width (the elements size to their container).
    const wrapper = await fixture<HTMLDivElement>(html`<div lang=${language} style="max-width: ${width}px">
      <sw-stat-card metric="zhuanglang-certified-social-workers" no-count-up></sw-stat-card>
      <sw-stat-card metric="chaozhou-volunteers" variant="compact" no-count-up></sw-stat-card>
      <sw-region-map></sw-region-map>
      <sw-story-list tools></sw-story-list>
    </div>`);
    const elements = [...wrapper.children] as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
    for (const el of elements) await el.updateComplete;
    await frames();
    for (const el of elements) await el.updateComplete;
    expect(document.documentElement.scrollWidth, `${where} ${language}: sideways scrolling`).to.be.at.most(innerWidth);
    expect(wrapper.scrollWidth, `${where} ${language}: wider than the column`).to.be.at.most(width);
    for (const el of elements) {
      const label = `${where} ${language} <${el.localName}>`;
      expect(el.getBoundingClientRect().right, `${label} right edge`).to.be.at.most(
        wrapper.getBoundingClientRect().right + 0.5,
      );
      expectNothingCutOff(el, label);
      expectNoOverlap(el, label);
    }
  }
}

describe('reflow and text size', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setViewport({ width: 800, height: 600 });
  });

  it('at 320 CSS px wide, nothing is cut off or overlaps, in all three languages', async function () {
    await setViewport({ width: 320, height: 640 });
    if (ENGINE !== 'webkit') expect(innerWidth).to.equal(320);
    await checkPage('320 px', 320);
  });

  it('with text at 200 %, nothing is cut off or overlaps, in all three languages', async function () {
    await setViewport({ width: 640, height: 640 });
    document.documentElement.style.fontSize = '200%';
    await checkPage('200 % text', 640);
    // The text did grow: the card's meta line is twice its usual size.
    const card = document.querySelector('sw-stat-card')!;
    const label = card.shadowRoot!.querySelector('[part="meta"]')!;
    const size = parseFloat(getComputedStyle(label).fontSize);
    document.documentElement.style.removeProperty('font-size');
    await frames();
    expect(size / parseFloat(getComputedStyle(label).fontSize)).to.be.closeTo(2, 0.05);
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible at 320 px (${theme})`, async function () {
      await setViewport({ width: 320, height: 640 });
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <sw-stat-card theme=${theme} no-count-up></sw-stat-card>
        <sw-story-list theme=${theme}></sw-story-list>
      </div>`);
      for (const el of wrapper.children)
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await expect(wrapper).to.be.accessible();
    });
  }
});
