import { expect } from '@open-wc/testing';
import { probePage } from './probe.js';
import { embedSnippet, escapeHtml, scriptUrl, DEFAULT_SCRIPT_BASE } from '../demo/embed-snippet.js';

describe('embedSnippet', () => {
  it('writes the classic script by default and the module script on request', () => {
    const widgets = [{ tag: 'sw-stat-card', attributes: { metric: 'chaozhou-volunteers', lang: '' } }];
    expect(embedSnippet({ scriptBase: DEFAULT_SCRIPT_BASE, scriptKind: 'classic', widgets })).to.equal(
      '<script src="https://cdn.jsdelivr.net/npm/sw-widgets@0.1.0/cdn/sw-widgets.iife.js"></script>\n<sw-stat-card metric="chaozhou-volunteers"></sw-stat-card>',
    );
    expect(embedSnippet({ scriptBase: 'https://example.org/sw', scriptKind: 'module', widgets })).to.match(
      /^<script type="module" src="https:\/\/example.org\/sw\/sw-widgets.js"><\/script>/,
    );
    expect(scriptUrl('/cdn', 'classic')).to.equal('/cdn/sw-widgets.iife.js');
  });

  it('escapes attribute values and fallback text', () => {
    expect(escapeHtml('<a href="x">&</a>')).to.equal('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    const snippet = embedSnippet({
      scriptBase: '/cdn/',
      scriptKind: 'classic',
      widgets: [{ tag: 'sw-story-list', attributes: { tag: '"><script>', limit: 5 }, fallback: '<b>x</b>' }],
    });
    expect(snippet).to.contain('<sw-story-list tag="&quot;&gt;&lt;script&gt;" limit="5">&lt;b&gt;x&lt;/b&gt;</sw-story-list>');
  });
});

describe('the embed builder page', () => {
  const collectSnippets = `(async () => {
    const base = document.getElementById('script-base');
    base.value = '{local}';
    base.dispatchEvent(new Event('input', { bubbles: true }));
    const out = {};
    for (const kind of ['stat-card', 'region-map', 'story-list', 'map-list']) {
      document.querySelector('input[name=kind][value="' + kind + '"]').click();
      out[kind] = document.getElementById('snippet').value;
    }
    return out;
  })()`;

  it('gives a snippet for each widget that renders when pasted into a blank page', async () => {
    const builder = await probePage<Record<string, string>>('/demo/builder.html', {
      waitFor: `document.getElementById('snippet')?.value.includes('sw-stat-card')`,
      evaluate: collectSnippets.replace('{local}', '/cdn/'),
    });
    expect(builder.pageErrors).to.deep.equal([]);
    expect(builder.consoleErrors).to.deep.equal([]);
    const snippets = builder.result;
    expect(snippets['stat-card']).to.match(/^<script src="\/cdn\/sw-widgets.iife.js"><\/script>\n<sw-stat-card metric="chaozhou-charity-orgs">潮州市登记认定慈善组织29家<\/sw-stat-card>$/);
    expect(snippets['map-list']).to.contain('<sw-region-map id="sw-map-1"></sw-region-map>');
    expect(snippets['map-list']).to.contain('<sw-story-list for="sw-map-1" limit="5"></sw-story-list>');

    const rendered: Record<string, string> = {
      'stat-card': `document.querySelector('sw-stat-card')?.shadowRoot?.textContent.includes('29')`,
      'region-map': `document.querySelector('sw-region-map')?.shadowRoot?.querySelectorAll('[data-code]').length === 34`,
      'story-list': `document.querySelector('sw-story-list')?.shadowRoot?.querySelectorAll('article').length === 4`,
      'map-list': `document.querySelector('sw-region-map')?.shadowRoot?.querySelectorAll('[data-code]').length === 34 && document.querySelector('sw-story-list')?.shadowRoot?.querySelectorAll('article').length === 4`,
    };
    for (const [kind, snippet] of Object.entries(snippets)) {
      const page = await probePage<boolean>('/__test/blank', {
        html: `<!doctype html><html><head><meta charset="utf-8"></head><body>\n${snippet}\n</body></html>`,
        waitFor: rendered[kind],
        evaluate: rendered[kind],
      });
      expect(page.result, `${kind} renders from its snippet`).to.equal(true);
      expect(page.pageErrors, kind).to.deep.equal([]);
      expect(page.consoleErrors, kind).to.deep.equal([]);
    }
  });

  it('works at 360 px wide without horizontal scrolling, in English too', async () => {
    const page = await probePage<{ scroll: number; width: number; title: string }>('/demo/builder.html?ui=en', {
      viewport: { width: 360, height: 800 },
      waitFor: `document.getElementById('snippet')?.value.includes('sw-stat-card')`,
      evaluate: `({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth, title: document.querySelector('h1').textContent })`,
    });
    expect(page.result.title).to.equal('Embed builder');
    expect(page.result.scroll).to.be.at.most(page.result.width);
  });
});
