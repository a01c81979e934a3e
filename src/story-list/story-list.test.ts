import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bundledReport } from '../report/bundled.js';
import type { Report } from '../report/schema.js';
import type { SwErrorDetail } from '../base/sw-element.js';
import './define.js';
import type { StoryList } from './story-list.js';
import { manyStories } from '../../test/support/report-fixtures.js';

/**
 * A stand-in for <sw-region-map> that keeps only its contract: a `selected`
 * property (reflected), `sw-region-select` on every change but not for the
 * initial value, and `sw-ready` once it has rendered.
 */
class FakeRegionMap extends HTMLElement {
  #selected: string | null = null;
  get selected(): string | null {
    return this.#selected;
  }
  set selected(code: string | null) {
    const next = code || null;
    if (next === this.#selected) return;
    this.#selected = next;
    if (next) this.setAttribute('selected', next);
    else this.removeAttribute('selected');
    this.dispatchEvent(
      new CustomEvent('sw-region-select', { bubbles: true, composed: true, detail: { code: next, name: null } }),
    );
  }
  connectedCallback(): void {
    this.#selected = this.getAttribute('selected');
    queueMicrotask(() =>
      this.dispatchEvent(
        new CustomEvent('sw-ready', { bubbles: true, composed: true, detail: { reportId: 'x', origin: 'bundled' } }),
      ),
    );
  }
}
customElements.define('test-fake-region-map', FakeRegionMap);

const CHAOZHOU_TITLE = '香港“万千社工看祖国”内地考察交流首站活动在潮州启动';

const root = (el: StoryList) => el.shadowRoot!;
const articles = (el: StoryList) => [...root(el).querySelectorAll('article')];
const titles = (el: StoryList) => articles(el).map((article) => article.querySelector('h3')!.textContent!.trim());
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (el: StoryList) => text(root(el).querySelector('[role="status"]'));
const filterLine = (el: StoryList) => root(el).querySelector('.filter');
const moreButton = (el: StoryList) => root(el).querySelector<HTMLButtonElement>('[part="show-more"]');
const articleAbout = (el: StoryList, words: string) =>
  articles(el).find((article) => text(article.querySelector('h3')).includes(words))!;

async function settle(...elements: Array<{ updateComplete: Promise<unknown> }>): Promise<void> {
  // Two rounds: an event handler may set state that schedules one more update.
  for (let i = 0; i < 2; i++) await Promise.all(elements.map((element) => element.updateComplete));
}

describe('<sw-story-list>', () => {
  describe('what each story shows', () => {
    it('shows every story with title, date, places, sources, summary, figures and tags in Simplified Chinese', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list></sw-story-list>`);
      expect(articles(el)).to.have.length(4);
      expect(status(el)).to.equal('共 4 篇报道');
      const story = articleAbout(el, '潮州');
      expect(text(story.querySelector('h3'))).to.equal(CHAOZHOU_TITLE);
      expect(story.getAttribute('aria-labelledby')).to.equal(story.querySelector('h3')!.id);
      const time = story.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2024-05-31');
      expect(text(time)).to.equal('2024年5月31日至6月2日');
      expect(text(story.querySelector('.places'))).to.equal('潮州市、香港');
      expect(story.querySelector('.places button')).to.equal(null);
      expect(text(story.querySelector('.sources'))).to.equal('据《潮州日报》、中国社会工作联合会');
      expect(text(story.querySelector('.summary'))).to.contain('注册志愿者超32万人');
      const figures = [...story.querySelectorAll('.figure')].map(text);
      expect(figures).to.include('超32万人 注册志愿者');
      expect(figures).to.include('1.78亿元 “潮人故里公益基金”募集盘活慈善资金');
      expect(figures).to.include('300多名 首团参访的香港社工');
      expect(story.querySelector('.figures')!.getAttribute('aria-label')).to.equal('关键数字');
      expect([...story.querySelectorAll('.tag')].map(text)).to.deep.equal(['交流合作', '慈善', '志愿服务']);
      // The original is shown, so there is no separate original title.
      expect(story.querySelector('[part="original-title"]')).to.equal(null);
      // Vague dates keep the wording of the text.
      expect(text(articleAbout(el, '平阳').querySelector('time'))).to.equal('近日');
      expect(text(articleAbout(el, '庄浪').querySelector('.figures'))).to.contain('85名 持证社工');
    });

    it('shows the translated title with the original under it in Traditional Chinese', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list lang="zh-Hant"></sw-story-list>`);
      expect(status(el)).to.equal('共 4 篇報道');
      const story = articleAbout(el, '潮州');
      expect(text(story.querySelector('h3'))).to.equal('香港「萬千社工看祖國」內地考察交流首站活動在潮州啟動');
      const original = story.querySelector('[part="original-title"]')!;
      expect(text(original)).to.equal(`原標題：${CHAOZHOU_TITLE}`);
      expect(original.querySelector('[lang="zh-Hans"]')).to.exist;
      expect(text(story.querySelector('time'))).to.equal('2024年5月31日至6月2日');
      expect(text(story.querySelector('.sources'))).to.equal('據《潮州日報》、中國社會工作聯合會');
      expect(text(story.querySelector('.summary'))).to.contain('註冊志願者超過32萬人');
      expect([...story.querySelectorAll('.figure')].map(text)).to.include('超過32萬人 註冊志願者');
      expect(text(articleAbout(el, '平陽').querySelector('.places'))).to.equal('平陽縣、騰蛟鎮騰祥社區');
    });

    it('shows the stories in English, the Chinese original title marked as Chinese', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list lang="en"></sw-story-list>`);
      expect(status(el)).to.equal('4 stories');
      const story = articleAbout(el, 'Chaozhou');
      expect(text(story.querySelector('h3'))).to.equal(
        'Hong Kong\'s "Thousands of Social Workers Visit the Motherland" mainland exchange opens its first stop in Chaozhou',
      );
      expect(text(story.querySelector('[part="original-title"]'))).to.equal(`Original title: ${CHAOZHOU_TITLE}`);
      expect(story.querySelector('[part="original-title"] [lang="zh-Hans"]')).to.exist;
      expect(text(story.querySelector('time'))).to.equal('31 May – 2 June 2024');
      expect(text(story.querySelector('.places'))).to.equal('Chaozhou, Hong Kong');
      expect(text(story.querySelector('.sources'))).to.equal(
        'Source: Chaozhou Daily and China Association of Social Workers',
      );
      expect(text(story.querySelector('.summary'))).to.contain('over 320,000 registered volunteers');
      const figures = [...story.querySelectorAll('.figure')].map(text);
      expect(figures).to.include('over 320,000 registered volunteers');
      expect(figures).to.include(
        '¥178 million charity funds raised and put to use by the Chaozhou Hometown Charity Fund',
      );
      expect([...story.querySelectorAll('.tag')].map(text)).to.deep.equal(['Exchange', 'Charity', 'Volunteering']);
      expect(text(articleAbout(el, 'Pingyang').querySelector('time'))).to.equal('Recently');
    });

    it('re-renders when the page language changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><sw-story-list></sw-story-list></div>`);
      const el = wrapper.querySelector('sw-story-list')!;
      await el.updateComplete;
      expect(status(el)).to.equal('4 stories');
      wrapper.setAttribute('lang', 'zh-Hant');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(status(el)).to.equal('共 4 篇報道');
    });

    it('links a title to its story in a new tab when the URL is http or https', async () => {
      const report: Report = {
        ...bundledReport,
        stories: bundledReport.stories.map((story, i) =>
          i === 0 ? { ...story, url: 'https://example.org/news/1?a=1&b=2' } : story,
        ),
      };
      const el = await fixture<StoryList>(html`<sw-story-list .report=${report}></sw-story-list>`);
      const links = root(el).querySelectorAll('a');
      expect(links).to.have.length(1);
      const link = links[0];
      expect(link.getAttribute('href')).to.equal('https://example.org/news/1?a=1&b=2');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(text(link)).to.equal(`${CHAOZHOU_TITLE}（在新标签页中打开）`);
      expect(link.closest('h3')).to.exist;
    });

    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      it(`never links a ${url.split(':')[0]}: URL`, async () => {
        const report = {
          ...bundledReport,
          stories: bundledReport.stories.map((story, i) => (i === 0 ? { ...story, url } : story)),
        };
        const errors: SwErrorDetail[] = [];
        const listener = (event: Event) => errors.push((event as CustomEvent<SwErrorDetail>).detail);
        document.addEventListener('sw-error', listener);
        const el = await fixture<StoryList>(html`<sw-story-list .report=${report}></sw-story-list>`);
        document.removeEventListener('sw-error', listener);
        expect(root(el).querySelector('a')).to.equal(null);
        expect(root(el).querySelector('[role="alert"]')).to.exist;
        expect(errors[0]).to.include({ code: 'invalid-report', field: 'stories[0].url' });
      });
    }

    it('shows HTML in a title, summary or place name as text', async () => {
      const report: Report = {
        ...bundledReport,
        stories: bundledReport.stories.map((story, i) =>
          i === 0
            ? {
                ...story,
                title: { 'zh-Hans': '<img src=x onerror="window.__storyListPwned = 1">标题' },
                summary: { 'zh-Hans': '<b>加粗</b><script>window.__storyListPwned = 1</script>' },
              }
            : story,
        ),
        places: bundledReport.places.map((place) =>
          place.id === 'chaozhou' ? { ...place, name: { 'zh-Hans': '<i>潮州</i>' } } : place,
        ),
      };
      const el = await fixture<StoryList>(html`<sw-story-list .report=${report}></sw-story-list>`);
      const story = articleAbout(el, '<img');
      expect(text(story.querySelector('h3'))).to.equal('<img src=x onerror="window.__storyListPwned = 1">标题');
      expect(text(story.querySelector('.summary'))).to.equal('<b>加粗</b><script>window.__storyListPwned = 1</script>');
      expect(text(story.querySelector('.places'))).to.equal('<i>潮州</i>、香港');
      expect(root(el).querySelector('img, b, i, script')).to.equal(null);
      expect((window as { __storyListPwned?: number }).__storyListPwned).to.equal(undefined);
    });
  });

  describe('filtering', () => {
    it('shows only the stories of a division given by region, and says so', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list region="440000"></sw-story-list>`);
      expect(titles(el)).to.deep.equal([CHAOZHOU_TITLE]);
      expect(text(filterLine(el))).to.equal('筛选：广东省 清除筛选');
      expect(status(el)).to.equal('共 1 篇报道');
      el.region = '510000';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['四川广元朝天区：汇聚社工力量 托起幸福“夕阳红”']);
      expect(text(filterLine(el))).to.contain('筛选：四川省');
    });

    it('says in a sentence when a division has no stories', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list region="110000"></sw-story-list>`);
      expect(articles(el)).to.have.length(0);
      expect(status(el)).to.equal('北京市暂无报道');
      el.setAttribute('lang', 'zh-Hant');
      await el.updateComplete;
      expect(status(el)).to.equal('北京市暫無報道');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(status(el)).to.equal('No stories from Beijing');
      expect(text(filterLine(el))).to.equal('Filtered: Beijing Clear filter');
    });

    for (const region of ['445100', 'guangdong', '990000']) {
      it(`shows a problem naming the region attribute for region="${region}"`, async () => {
        const errors: SwErrorDetail[] = [];
        const listener = (event: Event) => errors.push((event as CustomEvent<SwErrorDetail>).detail);
        document.addEventListener('sw-error', listener);
        const el = await fixture<StoryList>(html`<sw-story-list region=${region}></sw-story-list>`);
        document.removeEventListener('sw-error', listener);
        const alert = root(el).querySelector('[role="alert"]');
        expect(text(alert)).to.contain(`region 属性的值“${region}”不是省级行政区代码`);
        expect(articles(el)).to.have.length(0);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include({ code: 'unknown-region', field: 'region' });
      });
    }

    it('shows only the stories with a tag, and says when none has it', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list tag="stations"></sw-story-list>`);
      expect(titles(el)).to.deep.equal([
        '甘肃庄浪：“三个聚焦”建强社工人才队伍',
        '四川广元朝天区：汇聚社工力量 托起幸福“夕阳红”',
      ]);
      expect(text(filterLine(el))).to.equal('筛选：标签“社工站” 清除筛选');
      el.tag = 'no-such-tag';
      await el.updateComplete;
      expect(articles(el)).to.have.length(0);
      expect(status(el)).to.equal('暂无“no-such-tag”标签的报道');
      el.setAttribute('lang', 'en');
      el.tag = 'elderly-care';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([
        'Chaotian, Guangyuan, Sichuan: social workers join forces for a happy old age',
      ]);
      expect(text(filterLine(el))).to.equal('Filtered: tagged “Elderly care” Clear filter');
    });

    it('combines region and tag', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list region="620000" tag="talent"></sw-story-list>`);
      expect(titles(el)).to.deep.equal(['甘肃庄浪：“三个聚焦”建强社工人才队伍']);
      expect(text(filterLine(el))).to.equal('筛选：甘肃省，标签“人才队伍” 清除筛选');
      el.region = '440000';
      await el.updateComplete;
      expect(status(el)).to.equal('广东省暂无“人才队伍”标签的报道');
    });

    it('clears the filter from its own button and moves focus to the first story', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list region="620000" tag="talent"></sw-story-list>`);
      root(el).querySelector<HTMLButtonElement>('[part="clear-button"]')!.click();
      await el.updateComplete;
      expect(articles(el)).to.have.length(4);
      expect(filterLine(el)).to.equal(null);
      expect(el.hasAttribute('region')).to.equal(false);
      expect(el.hasAttribute('tag')).to.equal(false);
      expect(status(el)).to.equal('共 4 篇报道');
      expect(root(el).activeElement).to.equal(root(el).querySelector('h3'));
    });

    it('announces the count politely', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list></sw-story-list>`);
      const line = root(el).querySelector('[part="status"]')!;
      expect(line.getAttribute('role')).to.equal('status');
      el.tag = 'talent';
      await el.updateComplete;
      // The same live region is updated, not replaced, so screen readers announce the change.
      expect(root(el).querySelector('[part="status"]')).to.equal(line);
      expect(text(line)).to.equal('共 2 篇报道');
    });
  });

  describe('sorting', () => {
    it('puts the newest first by default', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list lang="en"></sw-story-list>`);
      expect(titles(el).map((title) => title.split(' ')[0])).to.deep.equal([
        'Zhuanglang,',
        'Average',
        'Chaotian,',
        'Hong',
      ]);
    });

    it('sorts by title in the reader’s language with sort="title"', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list lang="en" sort="title"></sw-story-list>`);
      expect(titles(el).map((title) => title.split(' ')[0])).to.deep.equal([
        'Average',
        'Chaotian,',
        'Hong',
        'Zhuanglang,',
      ]);
      el.sort = 'date';
      await el.updateComplete;
      expect(titles(el)[0]).to.match(/^Zhuanglang/);
    });
  });

  describe('limit and show more', () => {
    it('shows the first stories and a button that reveals the next ones and says how many remain', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list limit="1"></sw-story-list>`);
      expect(articles(el)).to.have.length(1);
      expect(status(el)).to.equal('共 4 篇报道，显示 1 篇');
      expect(text(moreButton(el))).to.equal('显示更多（还有 3 篇）');
      moreButton(el)!.click();
      await el.updateComplete;
      expect(articles(el)).to.have.length(2);
      expect(text(moreButton(el))).to.equal('显示更多（还有 2 篇）');
      // Focus moves to the first newly shown story.
      expect(root(el).activeElement).to.equal(articles(el)[1].querySelector('h3'));
    });

    it('works from the keyboard and goes away when everything is shown', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list lang="en" limit="3"></sw-story-list>`);
      expect(text(moreButton(el))).to.equal('Show 1 more');
      expect(status(el)).to.equal('Showing 3 of 4 stories');
      moreButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(articles(el)).to.have.length(4);
      expect(moreButton(el)).to.equal(null);
      expect(status(el)).to.equal('4 stories');
      expect(root(el).activeElement).to.equal(articles(el)[3].querySelector('h3'));
    });

    it('says how many the next step shows when more remain than fit in one', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list lang="en" limit="1"></sw-story-list>`);
      expect(text(moreButton(el))).to.equal('Show 1 more (3 left)');
    });

    it('falls back to 20 stories by date for a limit or sort it cannot use', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list lang="en" limit="0" sort="random"></sw-story-list>`);
      expect(articles(el)).to.have.length(4);
      expect(moreButton(el)).to.equal(null);
      expect(titles(el)[0]).to.match(/^Zhuanglang/);
      el.setAttribute('limit', 'many');
      await el.updateComplete;
      expect(articles(el)).to.have.length(4);
    });

    it('starts again from the first page when the filter changes', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list limit="1"></sw-story-list>`);
      moreButton(el)!.click();
      await el.updateComplete;
      expect(articles(el)).to.have.length(2);
      el.tag = 'volunteering';
      await el.updateComplete;
      expect(articles(el)).to.have.length(1);
      expect(text(moreButton(el))).to.equal('显示更多（还有 1 篇）');
    });

    it('keeps only the shown stories of 10,000 in the DOM, and filters them without sorting them again', async () => {
      // A new filter is one pass over the stories sorted once: it compares no strings, where sorting 10,000 stories by
      // date makes some 130,000 comparisons. (How fast a filter is, the benchmark measures: `npm run bench`, a new
      // region filter over 10,000 stories against 100. A shared machine is no place for wall-clock limits.)
      const { localeCompare } = String.prototype;
      let comparisons = 0;
      String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof localeCompare>) {
        comparisons++;
        return localeCompare.apply(this, args);
      };
      try {
        const el = await fixture<StoryList>(html`<sw-story-list .report=${manyStories(10_000)}></sw-story-list>`);
        expect(articles(el)).to.have.length(20);
        expect(root(el).querySelectorAll('*').length).to.be.below(1000);
        expect(status(el)).to.equal('共 10000 篇报道，显示 20 篇');
        expect(text(moreButton(el))).to.equal('显示更多（还有 9980 篇）');
        expect(comparisons, 'comparisons sorting 10,000 stories by date').to.be.greaterThan(10_000);
        comparisons = 0;
        for (const region of ['620000', '330000', '510000', '440000', '810000']) {
          el.region = region;
          await el.updateComplete;
          expect(articles(el).length, region).to.be.within(1, 20);
        }
        expect(comparisons, 'comparisons for five new filters').to.equal(0);
      } finally {
        String.prototype.localeCompare = localeCompare;
      }
    });
  });

  describe('following a map with for', () => {
    async function linked(
      markup = html`<div>
      <test-fake-region-map id="map"></test-fake-region-map>
      <sw-story-list for="map"></sw-story-list>
    </div>`,
    ) {
      const wrapper = await fixture<HTMLDivElement>(markup);
      const map = wrapper.querySelector<FakeRegionMap>('test-fake-region-map')!;
      const list = wrapper.querySelector<StoryList>('sw-story-list')!;
      await settle(list);
      return { wrapper, map, list };
    }

    it('shows the stories of the division selected on the map, and all when it is cleared', async () => {
      const { map, list } = await linked();
      expect(articles(list)).to.have.length(4);
      map.selected = '620000';
      await settle(list);
      expect(titles(list)).to.deep.equal(['甘肃庄浪：“三个聚焦”建强社工人才队伍']);
      expect(text(filterLine(list))).to.equal('筛选：甘肃省 清除筛选');
      map.selected = '110000';
      await settle(list);
      expect(status(list)).to.equal('北京市暂无报道');
      map.selected = null;
      await settle(list);
      expect(articles(list)).to.have.length(4);
      expect(filterLine(list)).to.equal(null);
    });

    it('reads a selection the map already has', async () => {
      const { list } = await linked(html`<div>
        <test-fake-region-map id="map" selected="330000"></test-fake-region-map>
        <sw-story-list for="map"></sw-story-list>
      </div>`);
      expect(titles(list)).to.deep.equal(['平均年龄不超过30岁 浙江平阳成立“新生代”专职社工队伍']);
    });

    it('selects a place’s division on the map when the place is clicked', async () => {
      const { map, list } = await linked();
      const selections: Array<string | null> = [];
      map.addEventListener('sw-region-select', (event) => selections.push((event as CustomEvent).detail.code));
      const places = [...articleAbout(list, '潮州').querySelectorAll<HTMLButtonElement>('button.place')];
      expect(places.map(text)).to.deep.equal(['潮州市', '香港']);
      expect(places[1].title).to.equal('在地图上选择香港特别行政区');
      places[1].focus();
      places[1].click();
      await settle(list);
      expect(map.selected).to.equal('810000');
      expect(selections).to.deep.equal(['810000']);
      expect(titles(list)).to.deep.equal([CHAOZHOU_TITLE]);
      expect(text(filterLine(list))).to.equal('筛选：香港特别行政区 清除筛选');
      // Focus stays on the place the reader clicked, now in the only story shown.
      expect(text(root(list).activeElement)).to.equal('香港');
      expect(root(list).activeElement!.closest('article')).to.equal(articles(list)[0]);
    });

    it('clears the map’s selection from the list’s clear button', async () => {
      const { map, list } = await linked();
      map.selected = '510000';
      await settle(list);
      root(list).querySelector<HTMLButtonElement>('[part="clear-button"]')!.click();
      await settle(list);
      expect(map.selected).to.equal(null);
      expect(articles(list)).to.have.length(4);
    });

    it('lets the map’s selection win over region while there is one', async () => {
      const { map, list } = await linked(html`<div>
        <test-fake-region-map id="map"></test-fake-region-map>
        <sw-story-list for="map" region="620000"></sw-story-list>
      </div>`);
      expect(articles(list)).to.have.length(1);
      map.selected = '330000';
      await settle(list);
      expect(titles(list)[0]).to.contain('浙江平阳');
      map.selected = null;
      await settle(list);
      expect(titles(list)[0]).to.contain('甘肃庄浪');
    });

    it('follows a map added to the page after the list', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><sw-story-list for="late-map"></sw-story-list></div>`);
      const list = wrapper.querySelector<StoryList>('sw-story-list')!;
      await list.updateComplete;
      expect(articles(list)).to.have.length(4);
      expect(root(list).querySelector('button.place')).to.equal(null);

      const map = document.createElement('test-fake-region-map') as FakeRegionMap;
      map.id = 'late-map';
      map.setAttribute('selected', '510000');
      const ready = oneEvent(map, 'sw-ready');
      wrapper.prepend(map);
      await ready;
      await settle(list);
      expect(titles(list)).to.deep.equal(['四川广元朝天区：汇聚社工力量 托起幸福“夕阳红”']);
      expect(root(list).querySelector('button.place')).to.exist;
      map.selected = '440000';
      await settle(list);
      expect(titles(list)).to.deep.equal([CHAOZHOU_TITLE]);
    });

    it('follows a map that is defined after it is on the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <test-late-region-map id="undefined-map" selected="620000"></test-late-region-map>
        <sw-story-list for="undefined-map"></sw-story-list>
      </div>`);
      const list = wrapper.querySelector<StoryList>('sw-story-list')!;
      await settle(list);
      // Before the map's class exists the list reads its selected attribute.
      expect(titles(list)).to.deep.equal(['甘肃庄浪：“三个聚焦”建强社工人才队伍']);
      customElements.define('test-late-region-map', class extends FakeRegionMap {});
      const map = wrapper.querySelector<FakeRegionMap>('test-late-region-map')!;
      map.selected = '330000';
      await settle(list);
      expect(titles(list)[0]).to.contain('浙江平阳');
    });

    it('follows a map inside the same shadow root', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML =
        '<test-fake-region-map id="inner"></test-fake-region-map><sw-story-list for="inner"></sw-story-list>';
      const list = shadow.querySelector('sw-story-list') as StoryList;
      const map = shadow.querySelector('test-fake-region-map') as FakeRegionMap;
      await settle(list);
      map.selected = '810000';
      await settle(list);
      expect(titles(list)).to.deep.equal([CHAOZHOU_TITLE]);
    });

    it('ignores other maps, and stops listening once removed', async () => {
      const { wrapper, map, list } = await linked(html`<div>
        <test-fake-region-map id="map"></test-fake-region-map>
        <test-fake-region-map id="other"></test-fake-region-map>
        <sw-story-list for="map"></sw-story-list>
      </div>`);
      wrapper.querySelector<FakeRegionMap>('#other')!.selected = '620000';
      await settle(list);
      expect(articles(list)).to.have.length(4);

      list.remove();
      map.selected = '620000';
      await settle(list);
      expect(articles(list)).to.have.length(4);
      // Back on the page, it reads the map's current selection.
      wrapper.append(list);
      await settle(list);
      expect(titles(list)).to.deep.equal(['甘肃庄浪：“三个聚焦”建强社工人才队伍']);
    });

    it('switches maps when for changes', async () => {
      const { wrapper, list } = await linked(html`<div>
        <test-fake-region-map id="map"></test-fake-region-map>
        <test-fake-region-map id="other" selected="330000"></test-fake-region-map>
        <sw-story-list for="map"></sw-story-list>
      </div>`);
      expect(articles(list)).to.have.length(4);
      list.for = 'other';
      await settle(list);
      expect(titles(list)[0]).to.contain('浙江平阳');
      wrapper.querySelector<FakeRegionMap>('#other')!.selected = '440000';
      await settle(list);
      expect(titles(list)).to.deep.equal([CHAOZHOU_TITLE]);
    });
  });

  describe('accessibility', () => {
    it('passes axe in the light theme, with a show-more button', async () => {
      const el = await fixture<StoryList>(html`<sw-story-list limit="2"></sw-story-list>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme in English, following a map with a filter', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
        <test-fake-region-map id="a11y-map" selected="440000"></test-fake-region-map>
        <sw-story-list for="a11y-map" theme="dark"></sw-story-list>
      </div>`);
      const list = wrapper.querySelector<StoryList>('sw-story-list')!;
      await settle(list);
      expect(root(list).querySelector('button.place')).to.exist;
      await expect(list).to.be.accessible();
    });

    it('passes axe with an empty result in the dark theme', async () => {
      const el = await fixture<StoryList>(
        html`<sw-story-list theme="dark" lang="zh-Hant" region="110000"></sw-story-list>`,
      );
      expect(status(el)).to.equal('北京市暫無報道');
      await expect(el).to.be.accessible();
    });
  });
});
