import { expect } from '@open-wc/testing';
import { probePage } from './probe.js';
import { embedSnippet, embedPageUrl, embedSrcWarning, escapeHtml, iframeSnippet, scriptUrl, DEFAULT_SCRIPT_BASE } from '../demo/embed-snippet.js';

describe('embedSnippet', () => {
  it('writes the classic script by default and the module script on request', () => {
    const widgets = [{ tag: 'sw-stat-card', attributes: { metric: 'chaozhou-volunteers', lang: '' } }];
    expect(embedSnippet({ scriptBase: DEFAULT_SCRIPT_BASE, scriptKind: 'classic', widgets })).to.equal(
      '<script src="https://unpkg.com/sw-widgets@0.1.0/cdn/sw-widgets.iife.js"></script>\n<sw-stat-card metric="chaozhou-volunteers"></sw-stat-card>',
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

describe('iframeSnippet', () => {
  it('points at the embed page with el and the attributes, a boolean as its name alone', () => {
    expect(embedPageUrl('https://example.org/cdn', 'map-list', { metric: 'a b', tools: true, lang: '', tag: null, selected: '440000' })).to.equal(
      'https://example.org/cdn/embed.html?el=map-list&metric=a%20b&tools&selected=440000',
    );
  });

  it('writes a titled, lazy, full-width iframe of a fixed height, escaped, with the resize script on request', () => {
    const snippet = iframeSnippet({ scriptBase: '/cdn/', kind: 'stat-card', attributes: { metric: 'x&y', theme: 'dark' }, title: '数字卡片："潮州"', height: 412.3 });
    expect(snippet).to.equal(
      '<iframe src="/cdn/embed.html?el=stat-card&amp;metric=x%26y&amp;theme=dark" title="数字卡片：&quot;潮州&quot;" width="100%" height="413" loading="lazy" frameborder="0"></iframe>',
    );
    const withScript = iframeSnippet({ scriptBase: '/cdn', kind: 'story-list', attributes: {}, title: 't', height: 10, resizeScript: true });
    expect(withScript.split('\n')[1]).to.equal('<script src="/cdn/embed-resize.js"></script>');
  });
});

describe('embedSrcWarning', () => {
  it('warns about a report URL the embed page will refuse, and not about its own origin or an allowed one', () => {
    const base = 'https://widgets.example.cn/sw/cdn/';
    expect(embedSrcWarning('', base, [])).to.equal(null);
    expect(embedSrcWarning('reports/2024-07.json', base, [])).to.equal(null);
    expect(embedSrcWarning('https://widgets.example.cn/data/r.json', base, [])).to.equal(null);
    expect(embedSrcWarning('https://data.example.cn/r.json', base, ['https://data.example.cn'])).to.equal(null);
    expect(embedSrcWarning('https://data.example.cn/r.json', base, [])).to.deep.equal({ origin: 'https://data.example.cn', pageOrigin: 'https://widgets.example.cn' });
    expect(embedSrcWarning('http://widgets.example.cn/r.json', base, [])).to.deep.equal({ origin: 'http://widgets.example.cn', pageOrigin: 'https://widgets.example.cn' });
    expect(embedSrcWarning('data:application/json,{}', base, [])).to.deep.equal({ origin: 'data:', pageOrigin: 'https://widgets.example.cn' });
    // A script base written relative to the builder page.
    expect(embedSrcWarning('https://data.example.cn/r.json', '/cdn/', [], 'https://widgets.example.cn/demo/builder.html')).to.deep.equal({ origin: 'https://data.example.cn', pageOrigin: 'https://widgets.example.cn' });
    expect(embedSrcWarning('/r.json', '/cdn/', [], 'https://widgets.example.cn/demo/builder.html')).to.equal(null);
  });
});

describe('the embed builder page', function () {
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
    // With the hash of the built file from cdn/manifest.json (the browser refuses any other file).
    const manifest = await (await fetch('/cdn/manifest.json')).json();
    const integrity = manifest.files['sw-widgets.iife.js'].integrity;
    expect(snippets['stat-card']).to.equal(`<script src="/cdn/sw-widgets.iife.js" integrity="${integrity}" crossorigin="anonymous"></script>\n<sw-stat-card metric="chaozhou-charity-orgs">潮州市登记认定慈善组织29家</sw-stat-card>`);
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

  it('warns when a pasted report is on an origin the embed page will not load from, and says how to allow it', async function () {
    const other = `http://127.0.0.1:${location.port}`;
    const paste = (url: string) => `(async () => {
      const base = document.getElementById('script-base');
      base.value = '/cdn/';
      base.dispatchEvent(new Event('input', { bubbles: true }));
      const field = document.getElementById('report-url');
      field.value = '${url}';
      field.dispatchEvent(new Event('change', { bubbles: true }));
      // Until the builder has fetched the pasted report and written its address into the iframe snippet.
      const address = encodeURIComponent(new URL('${url}', location.href).href);
      while (!document.getElementById('iframe-snippet').value.includes(address)) await new Promise((resolve) => setTimeout(resolve, 20));
      const warning = document.getElementById('iframe-warning');
      return { hidden: warning.hidden, text: warning.textContent, iframe: document.getElementById('iframe-snippet').value };
    })()`;
    const ready = `document.getElementById('snippet')?.value.includes('sw-stat-card')`;
    const refused = await probePage<{ hidden: boolean; text: string; iframe: string }>('/demo/builder.html?ui=en', { waitFor: ready, evaluate: paste(`${other}/__test/other-origin/report.json`) });
    expect(refused.result.hidden).to.equal(false);
    expect(refused.result.text).to.contain(`loads reports only from its own site and the origins allowed when it was built, not from ${other}`);
    expect(refused.result.text).to.contain(`SW_ALLOW_ORIGINS="${other}" npm run build`);
    expect(refused.result.text).to.contain(`sw-widgets bundle --allow-origin ${other}`);
    expect(refused.result.iframe).to.contain(encodeURIComponent(`${other}/__test/other-origin/report.json`));
    const own = await probePage<{ hidden: boolean; text: string }>('/demo/builder.html', { waitFor: ready, evaluate: paste('/__test/other-origin/report.json') });
    expect(own.result.hidden).to.equal(true);
    expect(own.result.text).to.equal('');
  });

  it('offers the indicator, scale, steps and year of a report with figures by division, and the snippet carries them', async function () {
    const page = await probePage<{ hiddenBefore: boolean; indicators: string[]; years: string[]; snippet: string }>('/demo/builder.html', {
      waitFor: `document.getElementById('snippet')?.value.includes('sw-stat-card')`,
      evaluate: `(async () => {
        const hiddenBefore = document.querySelector('.map-indicator').hidden;
        const picker = document.getElementById('report');
        picker.value = 'province-indicators';
        picker.dispatchEvent(new Event('change', { bubbles: true }));
        while (document.querySelector('.map-indicator').hidden) await new Promise((r) => setTimeout(r, 20));
        document.querySelector('input[name=kind][value="region-map"]').click();
        const indicator = document.getElementById('map-indicator');
        indicator.value = indicator.options[1].value;
        indicator.dispatchEvent(new Event('change', { bubbles: true }));
        const steps = document.querySelector('[name=mapSteps]');
        steps.value = '4';
        steps.dispatchEvent(new Event('change', { bubbles: true }));
        return {
          hiddenBefore,
          indicators: [...indicator.options].map((o) => o.value),
          years: [...document.querySelector('[name=mapYear]').options].map((o) => o.value),
          snippet: document.getElementById('snippet').value,
        };
      })()`,
    });
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.result.hiddenBefore).to.equal(true);
    expect(page.result.indicators).to.include('resident-population');
    expect(page.result.years.length).to.be.greaterThan(0);
    expect(page.result.snippet).to.match(/<sw-region-map [^>]*indicator="[a-z-]+"/);
    expect(page.result.snippet).to.contain('steps="4"');
    expect(page.result.snippet).to.contain('src="');
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

  it('keeps the script address an editor typed while cdn/manifest.json was still loading', async () => {
    // ?slow-manifest: the test server answers the manifest 1.5 s late (web-test-runner.config.mjs). The editor types
    // the address as soon as the page has loaded, before the builder has written any snippet.
    const typed = 'https://widgets.example.cn/sw/cdn/';
    const page = await probePage<{ typedEarly: boolean; field: string; snippet: string; iframe: string }>('/demo/builder.html?slow-manifest', {
      waitFor: `(() => {
        const field = document.getElementById('script-base');
        if (!window.typedEarly) {
          window.typedEarly = document.getElementById('snippet').value === '' ? 'yes' : 'no';
          field.value = '${typed}';
          field.dispatchEvent(new Event('input', { bubbles: true }));
        }
        return document.getElementById('snippet').value.includes('sw-stat-card');
      })()`,
      evaluate: `({ typedEarly: window.typedEarly === 'yes', field: document.getElementById('script-base').value, snippet: document.getElementById('snippet').value, iframe: document.getElementById('iframe-snippet').value })`,
      timeout: 8000,
    });
    expect(page.waitTimedOut).to.equal(false);
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.result.typedEarly, 'typed before the first snippet').to.equal(true);
    expect(page.result.field).to.equal(typed);
    const manifest = await (await fetch('/cdn/manifest.json')).json();
    expect(page.result.snippet.split('\n')[0]).to.equal(`<script src="${typed}sw-widgets.iife.js" integrity="${manifest.files['sw-widgets.iife.js'].integrity}" crossorigin="anonymous"></script>`);
    expect(page.result.iframe).to.match(new RegExp(`^<iframe src="${typed.replaceAll('.', '\\.')}embed\\.html\\?el=stat-card`));
  });
});

describe('the embed builder’s iframe snippet and downloads', function () {
  const collectIframeSnippets = `(async () => {
    const base = document.getElementById('script-base');
    base.value = '/cdn/';
    base.dispatchEvent(new Event('input', { bubbles: true }));
    document.getElementById('iframe-resize').click();
    const out = {};
    for (const kind of ['stat-card', 'region-map', 'story-list', 'map-list']) {
      document.querySelector('input[name=kind][value="' + kind + '"]').click();
      const heights = document.getElementById('iframe-heights');
      await new Promise((resolve) => { const check = () => heights.dataset.measured === 'true' ? resolve() : setTimeout(check, 50); check(); });
      out[kind] = { snippet: document.getElementById('iframe-snippet').value, note: heights.textContent, height: Number(heights.dataset.height) };
    }
    return out;
  })()`;

  /** The iframe snippet pasted into a page `width` px wide: did the widget render, and does it fit without scrolling? */
  const pasted = (snippet: string, width: number) =>
    probePage<{ rendered: boolean; frame: number; content: number }>('/__test/blank', {
      html: `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><div style="width:${width}px">${snippet}</div></body></html>`,
      waitFor: `(() => { const doc = document.querySelector('iframe')?.contentDocument; return !!doc && [...doc.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')].length > 0 && [...doc.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')].every((el) => el.shadowRoot?.querySelector('.card, .root, article')); })()`,
      evaluate: `(() => { const frame = document.querySelector('iframe'); return { rendered: true, frame: frame.clientHeight, content: frame.contentDocument.documentElement.scrollHeight }; })()`,
      timeout: 8000,
    });

  it('gives an iframe whose measured height fits the widget at 360 px and at 720 px', async () => {
    const builder = await probePage<Record<string, { snippet: string; note: string; height: number }>>('/demo/builder.html', {
      waitFor: `document.getElementById('iframe-heights')?.dataset.measured === 'true'`,
      evaluate: collectIframeSnippets,
      timeout: 8000,
    });
    expect(builder.waitTimedOut).to.equal(false);
    expect(builder.pageErrors).to.deep.equal([]);
    expect(builder.consoleErrors).to.deep.equal([]);
    const snippets = builder.result;
    expect(snippets['stat-card'].snippet).to.equal(
      `<iframe src="/cdn/embed.html?el=stat-card&amp;metric=chaozhou-charity-orgs" title="数字卡片 · 潮州市登记认定慈善组织29家" width="100%" height="${snippets['stat-card'].height}" loading="lazy" frameborder="0"></iframe>`,
    );
    expect(snippets['map-list'].snippet).to.contain('embed.html?el=map-list&amp;limit=5"');
    for (const [kind, { snippet, note, height }] of Object.entries(snippets)) {
      expect(snippet, kind).to.match(/^<iframe src="\/cdn\/embed\.html\?el=[^"]+" title="[^"]+" width="100%" height="\d+" loading="lazy" frameborder="0"><\/iframe>$/);
      const [narrow, wide] = [...note.matchAll(/(\d+) px/g)].map((m) => Number(m[1])).filter((n) => n !== 360 && n !== 720);
      expect(height, kind).to.equal(Math.max(narrow, wide));
      for (const width of [360, 720]) {
        const page = await pasted(snippet, width);
        expect(page.waitTimedOut, `${kind} at ${width} px renders`).to.equal(false);
        expect(page.pageErrors, kind).to.deep.equal([]);
        expect(page.result.content, `${kind} fits at ${width} px`).to.be.at.most(page.result.frame);
      }
    }
  });

  it('downloads the configured widget’s image and data from the preview', async () => {
    const page = await probePage<{ names: string[]; png: number[]; csvStart: number[] }>('/demo/builder.html', {
      waitFor: `!!document.querySelector('#preview sw-stat-card')?.shadowRoot?.querySelector('.card')`,
      evaluate: `(async () => {
        const saved = [];
        const blobs = [];
        const create = URL.createObjectURL;
        URL.createObjectURL = (blob) => { blobs.push(blob); return create.call(URL, blob); };
        document.addEventListener('click', (event) => { const link = event.composedPath()[0]; if (link.download) { event.preventDefault(); saved.push(link.download); } }, true);
        for (const id of ['download-png', 'download-svg', 'download-csv']) {
          document.getElementById(id).click();
          await new Promise((resolve) => { const check = () => saved.length === blobs.length && blobs.length && saved.length === ['download-png', 'download-svg', 'download-csv'].indexOf(id) + 1 ? resolve() : setTimeout(check, 50); check(); });
        }
        return {
          names: saved,
          png: [...new Uint8Array(await blobs[0].arrayBuffer()).slice(0, 4)],
          csvStart: [...new Uint8Array(await blobs[2].arrayBuffer()).slice(0, 3)],
        };
      })()`,
      timeout: 8000,
    });
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.result.names).to.deep.equal(['sw-stat-card-chaozhou-charity-orgs.png', 'sw-stat-card-chaozhou-charity-orgs.svg', 'sw-stat-card-chaozhou-charity-orgs.csv']);
    expect(page.result.png).to.deep.equal([137, 80, 78, 71]);
    expect(page.result.csvStart).to.deep.equal([0xef, 0xbb, 0xbf]);
  });

  it('adds the tools attribute to both snippets on request', async () => {
    const page = await probePage<{ script: string; iframe: string; previewTools: boolean }>('/demo/builder.html', {
      waitFor: `!!document.querySelector('#preview sw-stat-card')?.shadowRoot?.querySelector('.card')`,
      evaluate: `(async () => {
        const before = document.querySelector('#preview sw-stat-card');
        document.querySelector('input[name=tools]').click();
        // Until the preview's new card has rendered.
        const card = () => document.querySelector('#preview sw-stat-card');
        while (card() === before || !card()?.shadowRoot?.querySelector('.card')) await new Promise((resolve) => setTimeout(resolve, 20));
        return {
          script: document.getElementById('snippet').value,
          iframe: document.getElementById('iframe-snippet').value,
          previewTools: !!document.querySelector('#preview sw-stat-card').shadowRoot.querySelector('[part~="tools"]'),
        };
      })()`,
    });
    expect(page.result.script).to.contain('<sw-stat-card metric="chaozhou-charity-orgs" tools>');
    expect(page.result.iframe).to.contain('el=stat-card&amp;metric=chaozhou-charity-orgs&amp;tools"');
    expect(page.result.previewTools).to.equal(true);
  });

  it('offers the geographic layout for the map, in both snippets', async () => {
    const page = await probePage<{ script: string; iframe: string; note: string }>('/demo/builder.html', {
      waitFor: `!!document.querySelector('#preview sw-stat-card')?.shadowRoot?.querySelector('.card')`,
      evaluate: `(async () => {
        document.querySelector('input[name=kind][value="region-map"]').click();
        const layout = document.getElementById('map-layout');
        layout.value = 'geo';
        layout.dispatchEvent(new Event('change', { bubbles: true }));
        const heights = document.getElementById('iframe-heights');
        await new Promise((resolve) => { const check = () => heights.dataset.measured === 'true' ? resolve() : setTimeout(check, 50); check(); });
        return { script: document.getElementById('snippet').value, iframe: document.getElementById('iframe-snippet').value, note: heights.textContent };
      })()`,
      timeout: 8000,
    });
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.result.script).to.contain('<sw-region-map layout="geo"></sw-region-map>');
    expect(page.result.iframe).to.contain('embed.html?el=region-map&amp;layout=geo"');
    expect(page.result.note).to.match(/^高度：宽 360 px 时 \d+ px/);
  });

  it('passes axe, with the preview in the light and dark themes', async () => {
    const page = await probePage<string[]>('/demo/builder.html', {
      waitFor: `!!document.querySelector('#preview sw-stat-card')?.shadowRoot?.querySelector('.card') && document.getElementById('iframe-heights').dataset.measured === 'true'`,
      evaluate: `(async () => {
        await new Promise((resolve) => { const s = document.createElement('script'); s.src = '/node_modules/axe-core/axe.min.js'; s.onload = resolve; document.head.append(s); });
        const violations = [];
        document.querySelector('input[name=tools]').click();
        for (const theme of ['', 'dark']) {
          const select = document.getElementById('widget-theme');
          select.value = theme;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          await new Promise((resolve) => setTimeout(resolve, 200));
          const result = await axe.run(document);
          violations.push(...result.violations.map((v) => (theme || 'light') + ' ' + v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')));
        }
        return violations;
      })()`,
      timeout: 8000,
    });
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.result).to.deep.equal([]);
  });
});
