import { expect } from '@open-wc/testing';
import { PAGE_UNTIL, probePage } from './support/probe.js';
import {
  embedSnippet,
  embedPageUrl,
  embedSrcWarning,
  escapeHtml,
  iframeSnippet,
  scriptUrl,
  DEFAULT_SCRIPT_BASE,
} from '../shared/embed-snippet.js';
import { refineWidths, scanWidths, snippetHeight, MIN_WIDTH, MAX_WIDTH, NAMED_WIDTHS } from '../shared/embed-height.js';
import { cardFallback, listFallback, mapFallback } from '../demo/snippet-fallback.js';

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
    expect(snippet).to.contain(
      '<sw-story-list tag="&quot;&gt;&lt;script&gt;" limit="5">&lt;b&gt;x&lt;/b&gt;</sw-story-list>',
    );
  });
});

describe('iframeSnippet', () => {
  it('points at the embed page with el and the attributes, a boolean as its name alone', () => {
    expect(
      embedPageUrl('https://example.org/cdn', 'map-list', {
        metric: 'a b',
        tools: true,
        lang: '',
        tag: null,
        selected: '440000',
      }),
    ).to.equal('https://example.org/cdn/embed.html?el=map-list&metric=a%20b&tools&selected=440000');
  });

  it('writes a titled, lazy, full-width iframe of a fixed height, escaped, with the resize script on request', () => {
    const snippet = iframeSnippet({
      scriptBase: '/cdn/',
      kind: 'stat-card',
      attributes: { metric: 'x&y', theme: 'dark' },
      title: '数字卡片："潮州"',
      height: 412.3,
    });
    expect(snippet).to.equal(
      '<iframe src="/cdn/embed.html?el=stat-card&amp;metric=x%26y&amp;theme=dark" title="数字卡片：&quot;潮州&quot;" width="100%" height="413" loading="lazy" frameborder="0"></iframe>',
    );
    const withScript = iframeSnippet({
      scriptBase: '/cdn',
      kind: 'story-list',
      attributes: {},
      title: 't',
      height: 10,
      resizeScript: true,
    });
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
    expect(embedSrcWarning('https://data.example.cn/r.json', base, [])).to.deep.equal({
      origin: 'https://data.example.cn',
      pageOrigin: 'https://widgets.example.cn',
    });
    expect(embedSrcWarning('http://widgets.example.cn/r.json', base, [])).to.deep.equal({
      origin: 'http://widgets.example.cn',
      pageOrigin: 'https://widgets.example.cn',
    });
    expect(embedSrcWarning('data:application/json,{}', base, [])).to.deep.equal({
      origin: 'data:',
      pageOrigin: 'https://widgets.example.cn',
    });
    // A script base written relative to the builder page.
    expect(
      embedSrcWarning('https://data.example.cn/r.json', '/cdn/', [], 'https://widgets.example.cn/demo/builder.html'),
    ).to.deep.equal({ origin: 'https://data.example.cn', pageOrigin: 'https://widgets.example.cn' });
    expect(embedSrcWarning('/r.json', '/cdn/', [], 'https://widgets.example.cn/demo/builder.html')).to.equal(null);
  });
});

describe('the iframe height (shared/embed-height.js)', () => {
  it('reads every px around each local maximum of a coarse scan', () => {
    // A tile map: taller as it widens until its legend moves beside it, then shorter.
    expect(
      refineWidths([
        [640, 900],
        [656, 920],
        [672, 600],
        [688, 610],
      ]),
    ).to.deep.equal(
      [
        ...Array.from({ length: 15 }, (_, i) => 641 + i),
        ...Array.from({ length: 15 }, (_, i) => 657 + i),
        ...Array.from({ length: 15 }, (_, i) => 673 + i),
      ].filter((w) => w < 672 || w > 672),
    );
    // A list: tallest at the narrowest width.
    expect(
      refineWidths([
        [320, 2000],
        [336, 1900],
        [352, 1800],
      ]),
    ).to.deep.equal(Array.from({ length: 15 }, (_, i) => 321 + i));
    expect(scanWidths()[0]).to.equal(MIN_WIDTH);
    expect(scanWidths().at(-1)).to.equal(MAX_WIDTH);
    for (const width of NAMED_WIDTHS) expect(scanWidths()).to.include(width);
  });

  it('leaves room above the tallest height measured', () => {
    expect(snippetHeight(1000)).to.equal(1038);
    expect(snippetHeight(100)).to.be.greaterThan(100);
  });
});

describe('the snippets’ fallback text (demo/snippet-fallback.js)', () => {
  // The example reports as JSON, untyped: the fallback module takes any report.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  let bundled: any;
  let provinces: any;
  let workforce: any;
  /* eslint-enable @typescript-eslint/no-explicit-any */
  before(async () => {
    bundled = await (await fetch('/data/report.json')).json();
    provinces = await (await fetch('/data/examples/province-indicators.json')).json();
    workforce = await (await fetch('/data/examples/national-workforce.json')).json();
  });

  it('says the card’s figure in the snippet’s language, without repeating a place the label begins with', () => {
    expect(cardFallback(bundled, { metric: 'chaozhou-charity-orgs' }, '')).to.equal('潮州市登记认定慈善组织29家');
    expect(cardFallback(bundled, { metric: 'chaozhou-charity-orgs' }, 'zh-Hant')).to.equal(
      '潮州市登記認定慈善組織29家',
    );
    expect(cardFallback(bundled, { metric: 'chaozhou-charity-orgs' }, 'en')).to.equal(
      'Chaozhou: 29 registered charitable organizations',
    );
    expect(cardFallback(workforce, { metric: 'national-certified-social-workers' }, 'zh-Hans')).to.match(
      /^全国持证社会工作者93\.1万/,
    );
  });

  it('sums up a map: its stories by division, a place’s figure, or an indicator’s range, and the division selected', () => {
    expect(mapFallback(bundled, {}, 'zh-Hans')).to.equal(
      '地区图：社工资讯摘编（2024年6月），各省级行政区的报道数量：广东省 1 篇、香港特别行政区 1 篇、甘肃省 1 篇、浙江省 1 篇、四川省 1 篇。',
    );
    expect(mapFallback(bundled, { selected: '620000' }, 'en')).to.match(
      /^Region map: Social work news digest, June 2024, stories by provincial-level division: Guangdong 1, .* Gansu selected\.$/,
    );
    expect(mapFallback(bundled, { metric: 'chaozhou-volunteers' }, 'zh-Hans')).to.equal(
      '地区图：潮州市注册志愿者超32万人（广东省）。',
    );
    const census = mapFallback(provinces, { indicator: 'resident-population' }, 'zh-Hans');
    expect(census).to.match(/^地区图：常住人口（2020年），31 个省级行政区有数据；最高为广东省 /);
    expect(census).to.contain('最低为西藏自治区');
    expect(mapFallback(provinces, { indicator: 'population-share', year: '2010' }, 'en')).to.match(
      /\(2010\), 31 provincial-level divisions with data; highest Guangdong /,
    );
  });

  it('names a list’s first stories as it filters and orders them, and counts the rest', () => {
    expect(listFallback(bundled, { limit: 2 }, 'zh-Hans')).to.match(/^报道列表：.+；.+等 4 篇。$/);
    expect(listFallback(bundled, { region: '620000' }, 'en')).to.equal(
      'Story list: Zhuanglang, Gansu: three areas of focus build a stronger social work workforce.',
    );
    expect(listFallback(bundled, { tag: 'no-such-tag' }, 'zh-Hant')).to.equal('報道列表：沒有符合條件的報道。');
  });
});

/** In a builder page: helpers to set the form as an editor would. */
const HELPERS = `
  // A limit for a condition that never holds, not a speed check: the page probe answers in turns, however long this takes.
  ${PAGE_UNTIL}
  const form = document.getElementById('builder');
  const snippet = () => document.getElementById('snippet').value;
  const set = (name, value) => {
    const field = form.elements[name];
    if (field.type === 'checkbox') field.checked = value; else field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const kind = (value) => document.querySelector('input[name=kind][value="' + value + '"]').click();
  const paste = async (url) => {
    form.reportUrl.value = url;
    form.reportUrl.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => form.report.value === 'pasted' && snippet().includes(url));
  };
  const measured = () => until(() => document.getElementById('iframe-heights').dataset.measured === 'true');
  const base = document.getElementById('script-base');
  base.value = '/cdn/';
  base.dispatchEvent(new Event('input', { bubbles: true }));
`;
const READY = `document.getElementById('snippet')?.value.includes('sw-stat-card')`;
const builderPage = <T>(evaluate: string, options: { ui?: 'en'; viewport?: { width: number; height: number } } = {}) =>
  probePage<T>(`/demo/builder.html${options.ui ? '?ui=en' : ''}`, {
    waitFor: READY,
    evaluate: `(async () => { ${HELPERS} ${evaluate} })()`,
    timeout: 10000,
    viewport: options.viewport,
  });

/** A snippet pasted into a blank page; `check` is true once the widgets show what they should. */
const pastedPage = (snippet: string, check: string) =>
  probePage<boolean>('/__test/blank', {
    html: `<!doctype html><html><head><meta charset="utf-8"></head><body>\n${snippet}\n</body></html>`,
    waitFor: check,
    evaluate: check,
    timeout: 20000,
  });

const shadowOf = (tag: string) => `document.querySelector('${tag}')?.shadowRoot`;
const shows = (tag: string, selector: string) => `!!${shadowOf(tag)}?.querySelector('${selector}')`;

describe('the embed builder page', function () {
  // Each test opens the builder and pastes snippets into fresh pages.
  this.timeout(240000);

  it('gives a snippet for each widget, with fallback text, that renders when pasted into a blank page', async () => {
    const builder = await builderPage<Record<string, string>>(`
      const out = {};
      for (const value of ['stat-card', 'region-map', 'story-list', 'map-list']) { kind(value); out[value] = snippet(); }
      return out;`);
    expect(builder.pageErrors).to.deep.equal([]);
    expect(builder.consoleErrors).to.deep.equal([]);
    const snippets = builder.result;
    // With the hash of the built file from cdn/manifest.json (the browser refuses any other file).
    const manifest = await (await fetch('/cdn/manifest.json')).json();
    const integrity = manifest.files['sw-widgets.iife.js'].integrity;
    expect(snippets['stat-card']).to.equal(
      `<script src="/cdn/sw-widgets.iife.js" integrity="${integrity}" crossorigin="anonymous"></script>\n<sw-stat-card metric="chaozhou-charity-orgs">潮州市登记认定慈善组织29家</sw-stat-card>`,
    );
    expect(snippets['region-map']).to.contain(
      '<sw-region-map>地区图：社工资讯摘编（2024年6月），各省级行政区的报道数量：广东省 1 篇、',
    );
    expect(snippets['story-list']).to.match(/<sw-story-list limit="5">报道列表：.+。<\/sw-story-list>/);
    expect(snippets['map-list']).to.match(/<sw-region-map id="sw-map-1">地区图：[^<]+<\/sw-region-map>/);
    expect(snippets['map-list']).to.match(/<sw-story-list for="sw-map-1" limit="5">报道列表：[^<]+<\/sw-story-list>/);

    const rendered: Record<string, string> = {
      'stat-card': `${shadowOf('sw-stat-card')}?.textContent.includes('29')`,
      'region-map': `${shadowOf('sw-region-map')}?.querySelectorAll('[data-code]').length === 34`,
      'story-list': `${shadowOf('sw-story-list')}?.querySelectorAll('article').length === 4`,
      'map-list': `${shadowOf('sw-region-map')}?.querySelectorAll('[data-code]').length === 34 && ${shadowOf('sw-story-list')}?.querySelectorAll('article').length === 4`,
    };
    for (const [kind, snippet] of Object.entries(snippets)) {
      const page = await pastedPage(snippet, rendered[kind]);
      expect(page.result, `${kind} renders from its snippet`).to.equal(true);
      expect(page.pageErrors, kind).to.deep.equal([]);
      expect(page.consoleErrors, kind).to.deep.equal([]);
    }
  });

  // Each option of each element, written into the snippet, and the element renders configured that way: one test per
  // option (a builder page and a pasted page each), so each stays well within the one per-test limit.
  // [what the editor does, what the snippet must carry, what the pasted element must show]
  const cases: Array<{ name: string; steps: string; snippet: RegExp; renders: string; not?: RegExp }> = [
    {
      name: 'card metric',
      steps: `kind('stat-card'); set('cardMetric', 'chaozhou-volunteers');`,
      snippet: /<sw-stat-card metric="chaozhou-volunteers">潮州市注册志愿者超32万人</,
      renders: `${shadowOf('sw-stat-card')}?.textContent.includes('32万')`,
    },
    {
      name: 'card variant',
      steps: `kind('stat-card'); set('cardVariant', 'compact');`,
      snippet: / variant="compact"/,
      renders: `${shows('sw-stat-card', '.card')} && document.querySelector('sw-stat-card').variant === 'compact'`,
    },
    {
      name: 'card align',
      steps: `kind('stat-card'); set('cardAlign', 'center');`,
      snippet: / align="center"/,
      renders: `${shows('sw-stat-card', '.card')} && document.querySelector('sw-stat-card').align === 'center'`,
    },
    {
      name: 'card story-link',
      steps: `kind('stat-card'); set('cardStoryLink', true);`,
      snippet: /<sw-stat-card metric="[^"]+" story-link>/,
      renders: shows('sw-stat-card', '[part~="story"]'),
    },
    {
      name: 'card compare',
      steps: `await paste(location.origin + '/data/examples/national-workforce.json'); kind('stat-card'); set('cardCompare', 'first');`,
      snippet:
        /<sw-stat-card metric="national-certified-social-workers" compare="first" src="[^"]+national-workforce\.json">/,
      renders: `${shadowOf('sw-stat-card')}?.querySelector('[part~="change"]')?.textContent.includes('2016')`,
    },
    {
      name: 'card change',
      steps: `await paste(location.origin + '/data/examples/national-workforce.json'); kind('stat-card'); set('cardChange', 'percent');`,
      snippet: / change="percent"/,
      renders: `${shadowOf('sw-stat-card')}?.querySelector('[part~="change"]')?.textContent.includes('%')`,
    },
    {
      name: 'card sparkline',
      steps: `await paste(location.origin + '/data/examples/national-workforce.json'); kind('stat-card'); set('cardSparkline', 'off');`,
      snippet: / sparkline="off"/,
      renders: `${shows('sw-stat-card', '[part~="change"]')} && !${shows('sw-stat-card', '[part~="sparkline"]')}`,
    },
    {
      name: 'map colored by an indicator',
      steps: `await paste(location.origin + '/data/examples/province-indicators.json'); kind('region-map');`,
      snippet: /<sw-region-map indicator="resident-population" src="[^"]+">地区图：常住人口（2020年）/,
      not: / metric="/,
      renders: `${shadowOf('sw-region-map')}?.querySelector('.legend-title')?.textContent.includes('常住人口')`,
    },
    {
      name: 'map colored by a place’s figure',
      steps: `await paste(location.origin + '/data/examples/province-indicators.json'); kind('region-map'); set('mapColor', 'metric:guangdong-population-growth');`,
      snippet: /<sw-region-map metric="guangdong-population-growth" src=/,
      not: / indicator="/,
      renders: `${shadowOf('sw-region-map')}?.textContent.includes('2170')`,
    },
    {
      name: 'map scale and steps',
      steps: `await paste(location.origin + '/data/examples/province-indicators.json'); kind('region-map'); set('mapScale', 'quantize'); set('mapSteps', '4');`,
      snippet: /indicator="resident-population" scale="quantize" steps="4"/,
      renders: `${shadowOf('sw-region-map')}?.querySelectorAll('.legend li .swatch[class*="step-"]').length === 4`,
    },
    {
      name: 'map year',
      steps: `await paste(location.origin + '/data/examples/province-indicators.json'); kind('region-map'); set('mapColor', 'indicator:population-share'); set('mapYear', '2010');`,
      snippet: /indicator="population-share" year="2010"/,
      renders: `${shadowOf('sw-region-map')}?.querySelector('.legend-title')?.textContent.includes('2010')`,
    },
    {
      name: 'map layout',
      steps: `kind('region-map'); set('mapLayout', 'geo');`,
      snippet: /<sw-region-map layout="geo">/,
      renders: `${shadowOf('sw-region-map')}?.querySelectorAll('[part~="region"]').length === 34`,
    },
    {
      name: 'map selected',
      steps: `kind('region-map'); set('mapSelected', '620000');`,
      snippet: /<sw-region-map selected="620000">[^<]+已选中甘肃省。</,
      renders: `${shadowOf('sw-region-map')}?.querySelector('[data-code="620000"]')?.getAttribute('aria-selected') === 'true'`,
    },
    {
      name: 'map id',
      steps: `kind('region-map'); set('mapId', 'map-1');`,
      snippet: /<sw-region-map id="map-1">/,
      renders: `${shadowOf('sw-region-map')}?.querySelectorAll('[data-code]').length === 34`,
    },
    {
      name: 'list region',
      steps: `kind('story-list'); set('listRegion', '620000');`,
      snippet: /<sw-story-list region="620000" limit="5">报道列表：甘肃庄浪/,
      renders: `${shadowOf('sw-story-list')}?.querySelectorAll('article').length === 1`,
    },
    {
      name: 'list tag',
      steps: `kind('story-list'); set('listTag', 'elderly-care');`,
      snippet: /<sw-story-list tag="elderly-care" limit="5">/,
      renders: `${shadowOf('sw-story-list')}?.querySelectorAll('article').length === 1`,
    },
    {
      name: 'list limit',
      steps: `kind('story-list'); set('listLimit', '2');`,
      snippet: /<sw-story-list limit="2">报道列表：[^<]+等 4 篇。</,
      renders: `${shadowOf('sw-story-list')}?.querySelectorAll('article').length === 2`,
    },
    {
      name: 'list sort',
      steps: `kind('story-list'); set('listSort', 'title');`,
      snippet: / sort="title"/,
      renders: `document.querySelector('sw-story-list')?.sort === 'title' && ${shadowOf('sw-story-list')}?.querySelectorAll('article').length === 4`,
    },
    {
      name: 'list for',
      steps: `kind('story-list'); set('listFor', 'map-1');`,
      snippet: /<sw-story-list for="map-1" limit="5">/,
      // Pasted under the map of the "map id" option: the list follows its selection.
      renders: `${shadowOf('sw-story-list')}?.querySelectorAll('article').length === 4 && !!${shadowOf('sw-story-list')}?.querySelector('[part~="place"]')`,
    },
    {
      name: 'lang',
      steps: `kind('stat-card'); set('lang', 'en');`,
      snippet:
        /<sw-stat-card metric="chaozhou-charity-orgs" lang="en">Chaozhou: 29 registered charitable organizations</,
      renders: `${shadowOf('sw-stat-card')}?.textContent.includes('registered charitable organizations')`,
    },
    {
      name: 'theme',
      steps: `kind('region-map'); set('theme', 'dark');`,
      snippet: /<sw-region-map theme="dark">/,
      renders: `document.querySelector('sw-region-map')?.getAttribute('theme') === 'dark' && ${shadowOf('sw-region-map')}?.querySelectorAll('[data-code]').length === 34`,
    },
  ];
  for (const c of cases) {
    it(`writes the ${c.name} option into the snippet, and the pasted element renders configured that way`, async () => {
      const builder = await builderPage<{ snippet: string; seriesHidden: boolean }>(`${c.steps}
        return { snippet: snippet(), seriesHidden: form.querySelector('.card-series').hidden };`);
      expect(builder.pageErrors, c.name).to.deep.equal([]);
      expect(builder.consoleErrors, c.name).to.deep.equal([]);
      const { snippet, seriesHidden } = builder.result;
      expect(snippet, c.name).to.match(c.snippet);
      if (c.not) expect(snippet, c.name).not.to.match(c.not);
      // The series options only for a metric with a series.
      expect(seriesHidden, c.name).to.equal(!/compare|change|sparkline/.test(c.name));
      // The list that follows a map is pasted under that map, as an editor would.
      const page = await pastedPage(
        c.name === 'list for' ? `<sw-region-map id="map-1"></sw-region-map>\n${snippet}` : snippet,
        c.renders,
      );
      expect(page.waitTimedOut, `${c.name}: the pasted element renders configured`).to.equal(false);
      expect(page.pageErrors, c.name).to.deep.equal([]);
      expect(page.consoleErrors, c.name).to.deep.equal([]);
    });
  }

  it('offers one Color by control: stories, the figures by division and the places’ figures, grouped; never metric and indicator together', async () => {
    const page = await builderPage<{
      groups: string[][];
      labels: string[];
      indicatorOptionsHidden: boolean[];
      snippets: string[];
    }>(`
      await paste(location.origin + '/data/examples/province-indicators.json');
      kind('region-map');
      const select = form.mapColor;
      const groups = [...select.querySelectorAll('optgroup')].map((g) => [g.label, ...[...g.children].map((o) => o.value)]);
      const labels = [...select.options].map((o) => o.text);
      const indicatorOptionsHidden = [];
      const snippets = [];
      for (const value of [...select.options].map((o) => o.value)) {
        set('mapColor', value);
        // Every class option set each time: they must leave the snippet unless an indicator colors the map.
        set('mapScale', 'quantile'); set('mapSteps', '6');
        indicatorOptionsHidden.push(form.querySelector('.map-indicator').hidden);
        snippets.push(snippet());
      }
      return { groups, labels, indicatorOptionsHidden, snippets };`);
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.result.groups).to.deep.equal([
      ['报道', ''],
      ['分省数据（每个省份一个数字）', 'indicator:resident-population', 'indicator:population-share'],
      ['某地的数字（只给所在省份着色）', 'metric:guangdong-population-growth'],
    ]);
    // The national population colors no division: not offered.
    expect(page.result.groups.flat()).not.to.include('metric:national-population');
    expect(page.result.labels[1]).to.equal('常住人口');
    expect(page.result.indicatorOptionsHidden).to.deep.equal([true, false, false, true]);
    for (const snippet of page.result.snippets)
      expect(snippet).not.to.match(/ metric="[^"]*"[^>]* indicator="| indicator="[^"]*"[^>]* metric="/);
    expect(page.result.snippets[0]).not.to.match(/ (metric|indicator|scale|steps)=/);
    expect(page.result.snippets[1]).to.contain('indicator="resident-population" scale="quantile" steps="6"');
    expect(page.result.snippets[3]).to.match(/<sw-region-map metric="guangdong-population-growth" src="[^"]+">/);
  });

  it('names a pasted report in the picker, and goes back to the example when the address is cleared', async () => {
    const page = await builderPage<{
      pasted: string;
      status: string;
      cleared: string;
      example: string;
      kept: boolean;
    }>(`
      await paste(location.origin + '/data/examples/province-indicators.json');
      const pasted = form.report.selectedOptions[0].text;
      const status = document.getElementById('report-status').textContent;
      form.report.value = 'national-workforce';
      form.report.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => snippet().includes('national-workforce.json'));
      const example = form.report.selectedOptions[0].text + ' | ' + form.reportUrl.value;
      await paste(location.origin + '/data/examples/province-indicators.json');
      form.reportUrl.value = '';
      form.reportUrl.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => form.report.value !== 'pasted' && !snippet().includes('province-indicators'));
      return { pasted, status, example, cleared: form.report.selectedOptions[0].text, kept: [...form.report.options].some((o) => o.value === 'pasted') };`);
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.result.pasted).to.equal('第七次全国人口普查：各省份常住人口（粘贴的地址）');
    expect(page.result.status).to.equal('已载入：第七次全国人口普查：各省份常住人口');
    expect(page.result.example).to.equal('全国社会工作人才队伍 · China’s social-work workforce | ');
    expect(page.result.cleared).to.equal('社工资讯摘编（2024年6月）（内置）');
    expect(page.result.kept).to.equal(false);
  });

  it('gives the address of the configured widget’s oEmbed page from widgets/index.json, says when the options differ from the page’s, and hides it for another report', async () => {
    // The test server answers /cdn/widgets/index.json as `sw-widgets bundle --base-url <this server>/cdn/` writes it.
    type Shown = { address: string; addressShown: boolean; note: string; heading: string };
    const page = await builderPage<Record<string, Shown | boolean | string>>(`
      const section = document.getElementById('oembed');
      await until(() => !section.hidden);
      const box = document.getElementById('oembed-address');
      const read = () => ({ address: box.value, addressShown: !box.hidden && !document.getElementById('copy-oembed').hidden, note: document.getElementById('oembed-note').textContent, heading: document.getElementById('oembed-heading').textContent });
      const out = { card: read() };
      set('cardMetric', 'chaotian-stations');
      out.otherMetric = read();
      set('theme', 'dark');
      out.dark = read();
      set('theme', '');
      kind('region-map');
      out.map = read();
      set('mapColor', 'metric:chaozhou-volunteers');
      out.mapByMetric = read();
      kind('story-list');
      out.list = read();
      kind('map-list');
      out.mapList = read();
      kind('stat-card');
      document.getElementById('copy-oembed').click();
      await until(() => document.getElementById('copy-oembed-status').textContent !== '');
      out.copyStatus = document.getElementById('copy-oembed-status').textContent;
      form.report.value = 'national-workforce';
      form.report.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => snippet().includes('national-workforce.json'));
      out.otherReportHidden = section.hidden;
      return out;`);
    expect(page.pageErrors).to.deep.equal([]);
    const base = `${location.origin}/cdn/widgets/`;
    const r = page.result as Record<string, Shown>;
    expect(r.card).to.deep.equal({
      address: `${base}stat-card-chaozhou-charity-orgs.html`,
      addressShown: true,
      note: '',
      heading: '页面地址（WordPress 等，oEmbed）',
    });
    expect(r.otherMetric.address).to.equal(`${base}stat-card-chaotian-stations.html`);
    expect(r.otherMetric.note).to.equal('');
    expect(r.dark.address).to.equal(`${base}stat-card-chaotian-stations.html`);
    expect(r.dark.note).to.contain('默认选项');
    expect(r.map).to.deep.include({ address: `${base}region-map.html`, note: '' });
    expect(r.mapByMetric).to.deep.include({ address: `${base}region-map.html` });
    expect(r.mapByMetric.note).to.contain('默认选项');
    // The builder's list shows 5 stories; the page shows the element's default.
    expect(r.list.address).to.equal(`${base}story-list.html`);
    expect(r.mapList).to.deep.include({ address: '', addressShown: false });
    expect(r.mapList.note).to.contain('分别选择');
    expect(['已复制到剪贴板。', '无法自动复制，请选中上面的代码后按 Ctrl+C（Mac：⌘C）。']).to.include(
      page.result.copyStatus,
    );
    expect(page.result.otherReportHidden).to.equal(true);
  });

  it('tells the editor what to ask the web team when a pasted report is on a site the embed page will not load from; the command is behind a disclosure', async function () {
    const other = `http://127.0.0.1:${location.port}`;
    const paste = (url: string) => `
      form.reportUrl.value = '${url}';
      form.reportUrl.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => form.report.value === 'pasted');
      const box = document.getElementById('iframe-warning');
      return { hidden: box.hidden, text: document.getElementById('iframe-warning-text').textContent, tech: document.getElementById('iframe-warning-tech').textContent, open: box.querySelector('details').open, iframe: document.getElementById('iframe-snippet').value };`;
    const refused = await builderPage<{ hidden: boolean; text: string; tech: string; open: boolean; iframe: string }>(
      paste(`${other}/__test/other-origin/report.json`),
      { ui: 'en' },
    );
    expect(refused.result.hidden).to.equal(false);
    expect(refused.result.text).to.equal(
      `This iframe code cannot show this report: the embed page on ${location.origin} loads reports only from its own site and the sites allowed when it was published, and this report is on ${other}. Put the report on ${location.origin}, or ask your web team to allow ${other} (see the note below). The script code above is not affected.`,
    );
    expect(refused.result.text).not.to.contain('npm');
    expect(refused.result.open).to.equal(false);
    expect(refused.result.tech).to.contain(`SW_ALLOW_ORIGINS="${other}" npm run build`);
    expect(refused.result.tech).to.contain(`sw-widgets bundle --allow-origin ${other}`);
    expect(refused.result.iframe).to.contain(encodeURIComponent(`${other}/__test/other-origin/report.json`));
    const own = await builderPage<{ hidden: boolean; text: string }>(paste('/__test/other-origin/report.json'));
    expect(own.result.hidden).to.equal(true);
    expect(own.result.text).to.equal('');
  });

  it('shows the server-rendering hint only while the option is ticked, and turns the option off with the reason where it cannot be used', async () => {
    const page = await builderPage<{
      before: boolean;
      ticked: [boolean, string];
      geo: [boolean, boolean, string];
      indicator: [boolean, string];
    }>(`
      const note = document.getElementById('ssr-note');
      const status = () => document.getElementById('ssr-status').textContent;
      const before = note.hidden;
      set('ssr', true);
      await until(() => snippet().includes('shadowrootmode'));
      const ticked = [note.hidden, status()];
      kind('region-map');
      set('mapLayout', 'geo');
      const geo = [form.ssr.disabled, form.ssr.checked, status()];
      set('mapLayout', '');
      await paste(location.origin + '/data/examples/province-indicators.json');
      const indicator = [form.ssr.disabled, status()];
      return { before, ticked, geo, indicator };`);
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.result.before).to.equal(true);
    expect(page.result.ticked).to.deep.equal([
      false,
      '代码里已经包含组件的内容，读者在脚本加载之前也能看到，所以代码会长很多。如果 CMS 删掉了其中一部分，组件会在脚本加载后照常显示。',
    ]);
    expect(page.result.ticked[1]).not.to.contain('<template');
    expect(page.result.geo).to.deep.equal([
      true,
      false,
      '地理地图只在读者的浏览器中绘制，不能在服务器端渲染，所以此选项现在不可用。改选方块图即可使用。',
    ]);
    expect(page.result.indicator[0]).to.equal(true);
    expect(page.result.indicator[1]).to.match(/^按分省数据着色的地图暂时不能在服务器端渲染/);
  });

  it('gives server-rendered HTML for a pasted report: the content without the script, hydrated with it', async () => {
    const builder = await builderPage<string>(`
      await paste(location.origin + '/data/examples/national-workforce.json');
      set('ssr', true);
      await until(() => document.getElementById('snippet').dataset.rendered === 'done');
      return snippet();`);
    expect(builder.pageErrors).to.deep.equal([]);
    const snippet = builder.result;
    expect(snippet).to.match(
      /^<sw-stat-card metric="national-certified-social-workers" src="http:\/\/[^"]+\/data\/examples\/national-workforce\.json" lang="zh-Hans"[^>]*><template shadowroot="open" shadowrootmode="open">/,
    );
    expect(snippet).not.to.contain('part="placeholder"');
    expect(snippet).to.contain('93.1万');
    expect(snippet.split('\n').at(-1)).to.match(/^<script src="\/cdn\/sw-widgets\.iife\.js"/);
    // Without the script: the figure is in the page's HTML, in the element's shadow root.
    const withoutScript = await pastedPage(
      snippet.replace(/\n<script[^\n]*<\/script>$/, ''),
      `${shadowOf('sw-stat-card')}?.textContent.includes('93.1万') && !customElements.get('sw-stat-card')`,
    );
    expect(withoutScript.waitTimedOut).to.equal(false);
    // With it: the element hydrates from the report at src, keeping the figure.
    const hydrated = await pastedPage(
      snippet,
      `document.querySelector('sw-stat-card')?.hasUpdated === true && ${shadowOf('sw-stat-card')}?.querySelector('[part~="change"]')?.textContent.length > 0 && ${shadowOf('sw-stat-card')}?.textContent.includes('93.1万')`,
    );
    expect(hydrated.waitTimedOut).to.equal(false);
    expect(hydrated.pageErrors).to.deep.equal([]);
    expect(hydrated.consoleErrors).to.deep.equal([]);
  });

  for (const [width, ui] of [
    [390, ''],
    [390, 'en'],
    [1280, ''],
  ] as const) {
    it(`works at ${width} px wide without horizontal scrolling (${ui || 'zh-Hans'})`, async () => {
      const page = await builderPage<{ scroll: number; width: number; title: string; small: string[] }>(
        `kind('map-list');
        return {
          scroll: document.documentElement.scrollWidth,
          width: document.documentElement.clientWidth,
          title: document.querySelector('h1').textContent,
          // Every control an editor taps is at least 24 px tall (WCAG 2.5.8).
          small: [...form.querySelectorAll('select, input:not([type=radio]):not([type=checkbox]), button')].filter((el) => el.offsetParent && el.getBoundingClientRect().height < 24).map((el) => el.name || el.id),
        };`,
        { ui: ui || undefined, viewport: { width, height: 800 } },
      );
      expect(page.result.title).to.equal(ui ? 'Embed builder' : '嵌入代码生成器');
      expect(page.result.scroll).to.be.at.most(page.result.width);
      expect(page.result.small).to.deep.equal([]);
    });
  }

  it('keeps the script address an editor typed while cdn/manifest.json was still loading', async () => {
    // ?slow-manifest: the test server answers the manifest 1.5 s late (web-test-runner.config.mjs). The editor types
    // the address as soon as the page has loaded, before the builder has written any snippet.
    const typed = 'https://widgets.example.cn/sw/cdn/';
    const page = await probePage<{ typedEarly: boolean; field: string; snippet: string; iframe: string }>(
      '/demo/builder.html?slow-manifest',
      {
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
      },
    );
    expect(page.waitTimedOut).to.equal(false);
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.result.typedEarly, 'typed before the first snippet').to.equal(true);
    expect(page.result.field).to.equal(typed);
    const manifest = await (await fetch('/cdn/manifest.json')).json();
    expect(page.result.snippet.split('\n')[0]).to.equal(
      `<script src="${typed}sw-widgets.iife.js" integrity="${manifest.files['sw-widgets.iife.js'].integrity}" crossorigin="anonymous"></script>`,
    );
    expect(page.result.iframe).to.match(
      new RegExp(`^<iframe src="${typed.replace(/\./g, '\\.')}embed\\.html\\?el=stat-card`),
    );
  });
});

describe('the embed builder’s iframe snippet and downloads', function () {
  // The builder measures the embed page before the snippet is final, then each snippet is pasted at several widths.
  this.timeout(240000);

  /** The iframe snippet pasted into a page `width` px wide: the embed page's content height and the frame's. */
  const pastedAt = (snippet: string, width: number) =>
    probePage<{ frame: number; content: number }>('/__test/blank', {
      html: `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><div style="width:${width}px">${snippet}</div></body></html>`,
      // Rendered: every widget shows its content (no placeholder), and the page has had a moment to settle.
      waitFor: `(() => {
        const doc = document.querySelector('iframe')?.contentDocument;
        const widgets = doc ? [...doc.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list')] : [];
        const done = widgets.length > 0 && widgets.every((el) => el.shadowRoot?.querySelector('.card, .root, article') && !el.shadowRoot.querySelector('[part~="placeholder"]'));
        if (!done) { window.settledAt = 0; return false; }
        window.settledAt ||= Date.now();
        return Date.now() - window.settledAt > 300;
      })()`,
      evaluate: `(() => { const frame = document.querySelector('iframe'); return { frame: frame.clientHeight, content: frame.contentDocument.documentElement.scrollHeight }; })()`,
      timeout: 20000,
    });

  const iframeSnippets = (steps: string) =>
    builderPage<Record<string, { snippet: string; note: string; height: number; widths: number[]; items: string[] }>>(`
      document.getElementById('iframe-resize').click();
      const out = {};
      ${steps}
      return out;`);
  const collect = (kinds: string[]) => `
      for (const value of ${JSON.stringify(kinds)}) {
        // The builder marks the snippet unmeasured as the kind changes (demo/builder.js update()), before this reads it.
        kind(value);
        await measured();
        const heights = document.getElementById('iframe-heights');
        out[value] = { snippet: document.getElementById('iframe-snippet').value, note: heights.textContent, height: Number(heights.dataset.height), widths: JSON.parse(heights.dataset.widths), items: [...document.querySelectorAll('#height-list li')].map((li) => li.textContent) };
      }`;

  it('measures a map of a pasted report for the widget as configured: at every width it names, the snippet is at least as tall as the embed page renders it', async () => {
    const builder = await iframeSnippets(
      `await paste(location.origin + '/data/examples/province-indicators.json'); ${collect(['region-map'])}`,
    );
    expect(builder.pageErrors).to.deep.equal([]);
    const { snippet, note, height, widths, items } = builder.result['region-map'];
    expect(snippet).to.match(
      /^<iframe src="\/cdn\/embed\.html\?el=region-map&amp;indicator=resident-population&amp;src=[^"]+province-indicators\.json" title="地区图 · 第七次全国人口普查：各省份常住人口" width="100%" height="\d+" loading="lazy" frameborder="0"><\/iframe>$/,
    );
    expect(note).to.match(new RegExp(`^iframe 高度 ${height} px：栏宽在 320–1280 px 之间时组件都能完整显示`));
    // The tile map is tallest just below 44rem, where its legend moves beside it.
    expect(widths).to.include.members([320, 360, 480, 640, 720, 960, 1280]);
    expect(items.length).to.equal(widths.length);
    expect(height).to.be.greaterThan(600);
    for (const width of widths) {
      const page = await pastedAt(snippet, width);
      expect(page.waitTimedOut, `renders at ${width} px`).to.equal(false);
      expect(page.pageErrors).to.deep.equal([]);
      expect(page.result.content, `fits at ${width} px`).to.be.at.most(page.result.frame);
    }
  });

  it('re-measures when an option changes the widget’s height', async () => {
    const builder = await iframeSnippets(`
      ${collect(['story-list'])}
      out.five = out['story-list'];
      set('listLimit', '1');
      await measured();
      out.one = { height: Number(document.getElementById('iframe-heights').dataset.height) };`);
    expect(builder.result.one.height).to.be.lessThan(builder.result.five.height);
  });

  for (const kind of ['stat-card', 'region-map', 'story-list', 'map-list']) {
    it(`gives an iframe for the ${kind} of the bundled report that fits at the narrowest width and where it is tallest`, async () => {
      const builder = await iframeSnippets(collect([kind]));
      expect(builder.waitTimedOut).to.equal(false);
      expect(builder.pageErrors).to.deep.equal([]);
      expect(builder.consoleErrors).to.deep.equal([]);
      const { snippet, note, height } = builder.result[kind];
      if (kind === 'stat-card') {
        expect(snippet).to.equal(
          `<iframe src="/cdn/embed.html?el=stat-card&amp;metric=chaozhou-charity-orgs" title="数字卡片 · 潮州市登记认定慈善组织29家" width="100%" height="${height}" loading="lazy" frameborder="0"></iframe>`,
        );
      }
      if (kind === 'map-list') expect(snippet).to.contain('embed.html?el=map-list&amp;limit=5"');
      expect(snippet).to.match(
        /^<iframe src="\/cdn\/embed\.html\?el=[^"]+" title="[^"]+" width="100%" height="\d+" loading="lazy" frameborder="0"><\/iframe>$/,
      );
      const [, tallestAt, tallest] = /最高在栏宽 (\d+) px 时，为 (\d+) px/.exec(note)!.map(Number);
      expect(height).to.be.at.least(tallest);
      for (const width of new Set([320, tallestAt])) {
        const page = await pastedAt(snippet, width);
        expect(page.waitTimedOut, `${kind} at ${width} px renders`).to.equal(false);
        expect(page.pageErrors, kind).to.deep.equal([]);
        expect(page.result.content, `${kind} fits at ${width} px`).to.be.at.most(page.result.frame);
      }
    });
  }

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
    expect(page.result.names).to.deep.equal([
      'sw-stat-card-chaozhou-charity-orgs.png',
      'sw-stat-card-chaozhou-charity-orgs.svg',
      'sw-stat-card-chaozhou-charity-orgs.csv',
    ]);
    expect(page.result.png).to.deep.equal([137, 80, 78, 71]);
    expect(page.result.csvStart).to.deep.equal([0xef, 0xbb, 0xbf]);
  });

  it('adds the tools attribute to both snippets on request', async () => {
    const page = await builderPage<{ script: string; iframe: string; previewTools: boolean }>(`
      set('tools', true);
      await until(() => !!document.querySelector('#preview sw-stat-card')?.shadowRoot?.querySelector('[part~="tools"]'));
      return { script: snippet(), iframe: document.getElementById('iframe-snippet').value, previewTools: true };`);
    expect(page.result.script).to.contain('<sw-stat-card metric="chaozhou-charity-orgs" tools>');
    expect(page.result.iframe).to.contain('el=stat-card&amp;metric=chaozhou-charity-orgs&amp;tools"');
    expect(page.result.previewTools).to.equal(true);
  });

  it('passes axe in zh-Hans and English, with the preview in the light and dark themes and the disclosures open', async () => {
    for (const ui of ['', 'en'] as const) {
      const page = await builderPage<string[]>(
        `
        await measured();
        await new Promise((resolve) => { const s = document.createElement('script'); s.src = '/node_modules/axe-core/axe.min.js'; s.onload = resolve; document.head.append(s); });
        const violations = [];
        set('tools', true);
        set('ssr', true);
        form.reportUrl.value = 'http://127.0.0.1:${location.port}/__test/other-origin/report.json';
        form.reportUrl.dispatchEvent(new Event('change', { bubbles: true }));
        await until(() => form.report.value === 'pasted');
        kind('stat-card');
        await measured();
        for (const details of document.querySelectorAll('details')) details.open = true;
        for (const theme of ['', 'dark']) {
          set('theme', theme);
          await until(() => !!document.querySelector('#preview sw-stat-card')?.shadowRoot?.querySelector('.card'));
          const result = await axe.run(document);
          violations.push(...result.violations.map((v) => (theme || 'light') + ' ' + v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')));
        }
        return violations;`,
        { ui: ui || undefined },
      );
      expect(page.pageErrors).to.deep.equal([]);
      expect(page.result, ui || 'zh-Hans').to.deep.equal([]);
    }
  });
});
