import { expect, fixture, html } from '@open-wc/testing';
import { validateReport } from '../src/report/validate.js';
import { DEFAULT_SCRIPT_BASE } from '../shared/embed-snippet.js';
import '../src/all.js';

// The README and docs/ say what runs: their code is the examples' code, their report
// example validates and renders, their tables cover the whole manifest, and their links lead somewhere.

const text = async (path: string) => {
  const response = await fetch(path);
  expect(response.ok, `${path} exists`).to.equal(true);
  return response.text();
};

/** The lines between `readme:start` and `readme:end` markers, without their common indentation. */
function readmeRegion(source: string): string {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => line.includes('readme:start'));
  const end = lines.findIndex((line) => line.includes('readme:end'));
  expect(start, 'readme:start marker').to.be.greaterThan(-1);
  const region = lines.slice(start + 1, end);
  const indent = Math.min(...region.filter((line) => line.trim()).map((line) => line.match(/^ */)![0].length));
  return region
    .map((line) => line.slice(indent))
    .join('\n')
    .trim();
}

/** GitHub's anchor for a heading. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** The pages of docs/ (a test cannot list a folder): add a new page here, and link it from the README or a page it links. */
const DOC_PAGES = [
  'api',
  'behaviour',
  'choropleth',
  'dependencies',
  'development',
  'embed',
  'embedding',
  'geo',
  'publishing',
  'reliability',
  'report-format',
  'sizes',
  'ssr',
  'testing',
  'theming',
].map((name) => `/docs/${name}.md`);

describe('README and docs/', () => {
  it('show the code of the examples that the framework tests run', async () => {
    const embedding = await text('/docs/embedding.md');
    const examples = [
      'examples/plain-html/index.html',
      'examples/react/App.tsx',
      'examples/vue/vue-options.js',
      'examples/vue/App.vue',
      'examples/svelte/App.svelte',
    ];
    for (const path of examples) {
      // The plain HTML example loads the local build; the docs show the public CDN address.
      const code = readmeRegion(await text(`/${path}`)).replaceAll('../../cdn/', DEFAULT_SCRIPT_BASE);
      // The docs' script tags also carry the SRI hash of the version they name (scripts/build/cdn-manifest.mjs).
      const withoutHashes = embedding.replace(/ integrity="sha384-[^"]*" crossorigin="anonymous"/g, '');
      expect(withoutHashes.includes(code), `docs/embedding.md shows ${path} as it is`).to.equal(true);
    }
    // The :not(:defined) rules the layout-shift test uses are the docs'.
    const css = (await text('/test/pages/reserve-space.css')).replace(/\/\*[\s\S]*?\*\/\s*/g, '').trim();
    expect(embedding.includes(css), 'docs/embedding.md shows test/pages/reserve-space.css').to.equal(true);
  });

  it('link to files that exist and to headings that exist, and every page of docs/ is reachable from the README', async function () {
    // About 170 links on 22 pages (both languages: README.zh-CN.md, docs/zh-CN/), each fetched: slow on a loaded machine,
    // and within the one per-test limit (web-test-runner.config.mjs).
    // Every Markdown page reached from the README, following links between pages.
    const pages = ['/README.md'];
    const headings = new Map<string, Set<string>>();
    const anchorsOf = async (path: string) => {
      if (!headings.has(path)) {
        const markdown = await text(path);
        headings.set(
          path,
          new Set([
            ...[...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])),
            ...[...markdown.matchAll(/<a id="([^"]+)">/g)].map((m) => m[1]),
          ]),
        );
      }
      return headings.get(path)!;
    };
    for (const path of pages) {
      const markdown = await text(path);
      const prose = markdown.replace(/```[\s\S]*?```/g, '');
      const anchors = await anchorsOf(path);
      for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^https?:/.test(target)) continue;
        if (target.startsWith('#')) {
          expect(anchors.has(target.slice(1)), `${path} links to ${target}`).to.equal(true);
          continue;
        }
        const [targetPath, hash] = target.split('#');
        const file = new URL(targetPath, new URL(path, location.origin)).pathname;
        // A folder (a listing on GitHub) exists when its README or index page does.
        const found = file.endsWith('/')
          ? (await fetch(`${file}README.md`)).ok || (await fetch(`${file}index.html`)).ok
          : (await fetch(file)).ok;
        expect(found, `${path} links to ${target}`).to.equal(true);
        if (!file.endsWith('.md')) continue;
        if (hash) expect((await anchorsOf(file)).has(hash), `${path} links to ${target}`).to.equal(true);
        if (!pages.includes(file)) pages.push(file);
      }
    }
    // Every page of docs/ is linked from the README or from a page it links.
    for (const page of DOC_PAGES) expect(pages, `${page} reachable from the README`).to.include(page);
  });

  it('list every event of the manifest in docs/behaviour.md, with its detail', async () => {
    const behaviour = await text('/docs/behaviour.md');
    const events = behaviour.slice(behaviour.indexOf('## Events'), behaviour.indexOf('## The report format'));
    expect(events.length, 'an Events section').to.be.greaterThan(100);
    const manifest = await (await fetch('/custom-elements.json')).json();
    const names = new Set<string>(
      manifest.modules.flatMap((m: { declarations?: Array<{ tagName?: string; events?: Array<{ name: string }> }> }) =>
        (m.declarations ?? []).filter((d) => d.tagName).flatMap((d) => (d.events ?? []).map((e) => e.name)),
      ),
    );
    expect(names.size).to.be.greaterThan(2);
    for (const name of names) expect(events, name).to.match(new RegExp(`\\| \`${name}\` \\|[^\\n]*\\| \`\\{`));
  });

  it('custom-elements.json describes every public property and method, types every event, and lists every part the templates use', async () => {
    type Item = {
      name: string;
      description?: string;
      kind?: string;
      privacy?: string;
      static?: boolean;
      type?: { text: string };
    };
    type Element = { tagName: string; members: Item[]; events: Item[]; cssParts: Item[] };
    const manifest = await (await fetch('/custom-elements.json')).json();
    const modules: Array<{ path: string; declarations?: Element[] }> = manifest.modules;
    const elements = modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    for (const element of elements) {
      for (const member of element.members.filter((m) => (!m.privacy || m.privacy === 'public') && !m.static)) {
        expect(member.description, `${element.tagName} ${member.kind} ${member.name}`)
          .to.be.a('string')
          .and.not.equal('');
      }
      // The JSX types take each event's detail from here.
      for (const event of element.events)
        expect(event.type?.text, `${element.tagName} ${event.name}`).to.match(/^CustomEvent<\w+>$/);
    }
    const documented = new Set(elements.flatMap((e) => e.cssParts.map((p) => p.name)));
    const used = new Set<string>();
    for (const { path } of modules) {
      const source = await (await fetch(`/${path}`)).text();
      for (const match of source.matchAll(/part=(?:\\?"|\$\{[^}]*?')([a-z][a-z -]*)["']/g))
        for (const name of match[1].split(' ')) used.add(name);
    }
    expect(used.size).to.be.greaterThan(20);
    expect([...used].filter((name) => !documented.has(name))).to.deep.equal([]);
  });

  it('give every custom property and part of each element in docs/theming.md, with defaults', async () => {
    const theming = await text('/docs/theming.md');
    const manifest = await (await fetch('/custom-elements.json')).json();
    const elements = manifest.modules
      .flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
      .filter((d: { tagName?: string }) => d.tagName);
    for (const element of elements as Array<{
      tagName: string;
      cssProperties: Array<{ name: string }>;
      cssParts: Array<{ name: string }>;
    }>) {
      const section = theming.slice(theming.indexOf(`## \`<${element.tagName}>\``)).split('\n## ')[0];
      for (const part of element.cssParts)
        expect(section, `${element.tagName} part ${part.name}`).to.contain(`| \`${part.name}\` |`);
      for (const property of element.cssProperties) {
        // A property is either shared (with light and dark defaults) or the element's own (with its default).
        const shared = theming.match(new RegExp(`^\\| \`${property.name}\` \\| \`([^|]+)\` \\| ([^|]+) \\|`, 'm'));
        const own = section.match(new RegExp(`^\\| \`${property.name}\` \\| ([^|—]+) \\|`, 'm'));
        expect(shared ?? own, `${element.tagName} ${property.name} with a default`).to.not.equal(null);
      }
    }
    // The defaults are the theme's: the light accent and the dark surface.
    expect(theming).to.match(/\| `--sw-accent` \| `#b42318` \| `#ff8f80` \|/);
    expect(theming).to.match(/\| `--sw-surface` \| `#ffffff` \| `#171a21` \|/);
  });
});

describe('the minimal report of docs/report-format.md', () => {
  let report: unknown;
  before(async () => {
    const markdown = await text('/docs/report-format.md');
    report = JSON.parse(markdown.match(/```json\n([\s\S]*?)```/)![1]);
  });

  it('validates', () => {
    const result = validateReport(report);
    expect(result.problems).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  for (const theme of ['light', 'dark']) {
    it(`renders in all three elements, accessibly (${theme})`, async function () {
      const el = await fixture<HTMLElement>(html`<div lang="en">
        <sw-stat-card .report=${report} theme=${theme} no-count-up></sw-stat-card>
        <sw-region-map .report=${report} metric="certified-social-workers" theme=${theme}></sw-region-map>
        <sw-story-list .report=${report} theme=${theme}></sw-story-list>
      </div>`);
      // A `report` is checked by code the element loads on first use: updateComplete waits for it.
      for (const child of el.children) await (child as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const [card, map, list] = [...el.children].map((child) => child.shadowRoot!);
      // The headline figure, with its target; Gansu colored on the map; the one story, linked.
      expect(card.textContent).to.contain('85').and.contain('certified social workers');
      expect(card.querySelector('[role="progressbar"]')).to.exist;
      expect(map.querySelector('[data-code="620000"]')!.getAttribute('aria-label')).to.contain('85');
      expect(list.querySelectorAll('article')).to.have.length(1);
      expect(list.querySelector('article a')!.getAttribute('href')).to.equal(
        'https://example.org/news/zhuanglang-workforce.html',
      );
      await expect(el).to.be.accessible();
    });
  }
});
