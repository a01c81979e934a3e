import { aTimeout, expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, NO_MEDIA_EMULATION, resetMedia, skipUnless } from '../../test/support/engine.js';
import { until } from '../../test/support/wait.js';
import { bundledReport } from '../report/bundled.js';
import type { Language, Report } from '../report/schema.js';
import type { SwErrorDetail } from '../base/sw-element.js';
import './define.js';
import { COUNT_UP_MS, type StatCard } from './stat-card.js';

const LANGUAGES: Language[] = ['zh-Hans', 'zh-Hant', 'en'];

/** What each metric of the bundled report says: [figure, label, place, date, source line, spoken sentence, note]. */
const EXPECTED: Record<string, Record<Language, [string, string, string, string, string, string, string]>> = {
  'chaozhou-charity-orgs': {
    'zh-Hans': [
      '29家',
      '登记认定慈善组织',
      '潮州市',
      '2024年6月',
      '据《潮州日报》',
      '2024年6月，潮州市登记认定慈善组织29家，据《潮州日报》。',
      '',
    ],
    'zh-Hant': [
      '29家',
      '登記認定慈善組織',
      '潮州市',
      '2024年6月',
      '據《潮州日報》',
      '2024年6月，潮州市登記認定慈善組織29家，據《潮州日報》。',
      '',
    ],
    en: [
      '29',
      'registered charitable organizations',
      'Chaozhou',
      'June 2024',
      'Source: Chaozhou Daily',
      'Chaozhou, June 2024: 29 registered charitable organizations, according to Chaozhou Daily.',
      '',
    ],
  },
  'chaozhou-volunteers': {
    'zh-Hans': [
      '超32万人',
      '注册志愿者',
      '潮州市',
      '2024年6月',
      '据《潮州日报》',
      '2024年6月，潮州市注册志愿者超32万人，据《潮州日报》。',
      '',
    ],
    'zh-Hant': [
      '超過32萬人',
      '註冊志願者',
      '潮州市',
      '2024年6月',
      '據《潮州日報》',
      '2024年6月，潮州市註冊志願者超過32萬人，據《潮州日報》。',
      '',
    ],
    en: [
      'over 320,000',
      'registered volunteers',
      'Chaozhou',
      'June 2024',
      'Source: Chaozhou Daily',
      'Chaozhou, June 2024: over 320,000 registered volunteers, according to Chaozhou Daily.',
      '',
    ],
  },
  'chaozhou-charity-fund': {
    'zh-Hans': [
      '1.78亿元',
      '“潮人故里公益基金”募集盘活慈善资金',
      '潮州市',
      '2024年6月',
      '据《潮州日报》',
      '2024年6月，潮州市“潮人故里公益基金”募集盘活慈善资金1.78亿元，据《潮州日报》。',
      '原文：募集盘活慈善资金达1.78亿元',
    ],
    'zh-Hant': [
      '1.78億元',
      '「潮人故里公益基金」募集盤活慈善資金',
      '潮州市',
      '2024年6月',
      '據《潮州日報》',
      '2024年6月，潮州市「潮人故里公益基金」募集盤活慈善資金1.78億元，據《潮州日報》。',
      '原文：募集盤活慈善資金達1.78億元',
    ],
    en: [
      '¥178 million',
      'charity funds raised and put to use by the Chaozhou Hometown Charity Fund',
      'Chaozhou',
      'June 2024',
      'Source: Chaozhou Daily',
      'Chaozhou, June 2024: ¥178 million charity funds raised and put to use by the Chaozhou Hometown Charity Fund, according to Chaozhou Daily.',
      'The text says the funds reached 178 million yuan.',
    ],
  },
  'hk-delegation-agencies': {
    'zh-Hans': [
      '超50家',
      '首团参访的香港社会福利机构',
      '香港',
      '2024年5月31日至6月2日',
      '据《潮州日报》',
      '2024年5月31日至6月2日，香港首团参访的香港社会福利机构超50家，据《潮州日报》。',
      '原文为“超过50多家”',
    ],
    'zh-Hant': [
      '超過50家',
      '首團參訪的香港社會福利機構',
      '香港',
      '2024年5月31日至6月2日',
      '據《潮州日報》',
      '2024年5月31日至6月2日，香港首團參訪的香港社會福利機構超過50家，據《潮州日報》。',
      '原文為「超過50多家」',
    ],
    en: [
      'over 50',
      'Hong Kong social welfare agencies in the first delegation',
      'Hong Kong',
      '31 May – 2 June 2024',
      'Source: Chaozhou Daily',
      '31 May – 2 June 2024: over 50 Hong Kong social welfare agencies in the first delegation, according to Chaozhou Daily.',
      'The text says "over 50-odd" (超过50多家).',
    ],
  },
  'hk-delegation-social-workers': {
    'zh-Hans': [
      '300多名',
      '首团参访的香港社工',
      '香港',
      '2024年5月31日至6月2日',
      '据《潮州日报》',
      '2024年5月31日至6月2日，香港首团参访的香港社工300多名，据《潮州日报》。',
      '',
    ],
    'zh-Hant': [
      '300多名',
      '首團參訪的香港社工',
      '香港',
      '2024年5月31日至6月2日',
      '據《潮州日報》',
      '2024年5月31日至6月2日，香港首團參訪的香港社工300多名，據《潮州日報》。',
      '',
    ],
    en: [
      'more than 300',
      'Hong Kong social workers in the first delegation',
      'Hong Kong',
      '31 May – 2 June 2024',
      'Source: Chaozhou Daily',
      '31 May – 2 June 2024: more than 300 Hong Kong social workers in the first delegation, according to Chaozhou Daily.',
      '',
    ],
  },
  'zhuanglang-certified-social-workers': {
    'zh-Hans': [
      '85名',
      '持证社工',
      '庄浪县',
      '2024年6月',
      '据庄浪县民政局',
      '2024年6月，庄浪县持证社工85名，据庄浪县民政局。',
      '',
    ],
    'zh-Hant': [
      '85名',
      '持證社工',
      '莊浪縣',
      '2024年6月',
      '據莊浪縣民政局',
      '2024年6月，莊浪縣持證社工85名，據莊浪縣民政局。',
      '',
    ],
    en: [
      '85',
      'certified social workers',
      'Zhuanglang County',
      'June 2024',
      'Source: Zhuanglang County Civil Affairs Bureau',
      'Zhuanglang County, June 2024: 85 certified social workers, according to the Zhuanglang County Civil Affairs Bureau.',
      '',
    ],
  },
  'zhuanglang-social-work-talent': {
    'zh-Hans': [
      '1089名',
      '社会工作人才',
      '庄浪县',
      '2024年6月',
      '据庄浪县民政局',
      '2024年6月，庄浪县社会工作人才1089名，据庄浪县民政局。',
      '',
    ],
    'zh-Hant': [
      '1089名',
      '社會工作人才',
      '莊浪縣',
      '2024年6月',
      '據莊浪縣民政局',
      '2024年6月，莊浪縣社會工作人才1089名，據莊浪縣民政局。',
      '',
    ],
    en: [
      '1,089',
      'social work professionals',
      'Zhuanglang County',
      'June 2024',
      'Source: Zhuanglang County Civil Affairs Bureau',
      'Zhuanglang County, June 2024: 1,089 social work professionals, according to the Zhuanglang County Civil Affairs Bureau.',
      '',
    ],
  },
  'zhuanglang-local-talent-target': {
    'zh-Hans': [
      '1000人',
      '2025年底本土化专业社工人才目标',
      '庄浪县',
      '2024年6月',
      '据庄浪县民政局',
      '2024年6月，庄浪县2025年底本土化专业社工人才目标1000人，据庄浪县民政局。',
      '这是目标，不是现有人数',
    ],
    'zh-Hant': [
      '1000人',
      '2025年底本土化專業社工人才目標',
      '莊浪縣',
      '2024年6月',
      '據莊浪縣民政局',
      '2024年6月，莊浪縣2025年底本土化專業社工人才目標1000人，據莊浪縣民政局。',
      '這是目標，不是現有人數',
    ],
    en: [
      '1,000',
      'target for local professional social workers by the end of 2025',
      'Zhuanglang County',
      'June 2024',
      'Source: Zhuanglang County Civil Affairs Bureau',
      'Zhuanglang County, June 2024: 1,000 target for local professional social workers by the end of 2025, according to the Zhuanglang County Civil Affairs Bureau.',
      'A target, not a current count.',
    ],
  },
  'zhuanglang-exam-registrations': {
    'zh-Hans': [
      '355人',
      '2024年度社会工作者职业水平考试报名人数',
      '庄浪县',
      '2024年6月',
      '据庄浪县民政局',
      '2024年6月，庄浪县2024年度社会工作者职业水平考试报名人数355人，据庄浪县民政局。',
      '',
    ],
    'zh-Hant': [
      '355人',
      '2024年度社會工作者職業水平考試報名人數',
      '莊浪縣',
      '2024年6月',
      '據莊浪縣民政局',
      '2024年6月，莊浪縣2024年度社會工作者職業水平考試報名人數355人，據莊浪縣民政局。',
      '',
    ],
    en: [
      '355',
      'registrations for the 2024 social work qualification exam',
      'Zhuanglang County',
      'June 2024',
      'Source: Zhuanglang County Civil Affairs Bureau',
      'Zhuanglang County, June 2024: 355 registrations for the 2024 social work qualification exam, according to the Zhuanglang County Civil Affairs Bureau.',
      '',
    ],
  },
  'zhuanglang-stations': {
    'zh-Hans': [
      '14个',
      '乡镇（城市社区）社工站',
      '庄浪县',
      '2024年6月',
      '据庄浪县民政局',
      '2024年6月，庄浪县乡镇（城市社区）社工站14个，据庄浪县民政局。',
      '',
    ],
    'zh-Hant': [
      '14個',
      '鄉鎮（城市社區）社工站',
      '莊浪縣',
      '2024年6月',
      '據莊浪縣民政局',
      '2024年6月，莊浪縣鄉鎮（城市社區）社工站14個，據莊浪縣民政局。',
      '',
    ],
    en: [
      '14',
      'township and urban community social work stations',
      'Zhuanglang County',
      'June 2024',
      'Source: Zhuanglang County Civil Affairs Bureau',
      'Zhuanglang County, June 2024: 14 township and urban community social work stations, according to the Zhuanglang County Civil Affairs Bureau.',
      '',
    ],
  },
  'pingyang-young-team': {
    'zh-Hans': [
      '50余名',
      '“新生代”专职社工队伍成员',
      '平阳县',
      '2024年6月',
      '据人民网',
      '2024年6月，平阳县“新生代”专职社工队伍成员50余名，据人民网。',
      '',
    ],
    'zh-Hant': [
      '50餘名',
      '「新生代」專職社工隊伍成員',
      '平陽縣',
      '2024年6月',
      '據人民網',
      '2024年6月，平陽縣「新生代」專職社工隊伍成員50餘名，據人民網。',
      '',
    ],
    en: [
      'more than 50',
      'members of the "new generation" full-time social work team',
      'Pingyang County',
      'June 2024',
      "Source: People's Daily Online",
      'Pingyang County, June 2024: more than 50 members of the "new generation" full-time social work team, according to People\'s Daily Online.',
      '',
    ],
  },
  'pingyang-young-team-age': {
    'zh-Hans': [
      '不超过30岁',
      '“新生代”社工队伍平均年龄',
      '平阳县',
      '2024年6月',
      '据人民网',
      '2024年6月，平阳县“新生代”社工队伍平均年龄不超过30岁，据人民网。',
      '',
    ],
    'zh-Hant': [
      '不超過30歲',
      '「新生代」社工隊伍平均年齡',
      '平陽縣',
      '2024年6月',
      '據人民網',
      '2024年6月，平陽縣「新生代」社工隊伍平均年齡不超過30歲，據人民網。',
      '',
    ],
    en: [
      'at most 30 years',
      'average age of the "new generation" team',
      'Pingyang County',
      'June 2024',
      "Source: People's Daily Online",
      'Pingyang County, June 2024: average age of the "new generation" team, at most 30 years, according to People\'s Daily Online.',
      '',
    ],
  },
  'pingyang-full-time-social-workers': {
    'zh-Hans': [
      '770人',
      '专职社工',
      '平阳县',
      '2024年6月',
      '据人民网',
      '2024年6月，平阳县专职社工770人，据人民网。',
      '',
    ],
    'zh-Hant': [
      '770人',
      '專職社工',
      '平陽縣',
      '2024年6月',
      '據人民網',
      '2024年6月，平陽縣專職社工770人，據人民網。',
      '',
    ],
    en: [
      '770',
      'full-time social workers',
      'Pingyang County',
      'June 2024',
      "Source: People's Daily Online",
      "Pingyang County, June 2024: 770 full-time social workers, according to People's Daily Online.",
      '',
    ],
  },
  'pingyang-young-share': {
    'zh-Hans': [
      '6%',
      '“新生代”在专职社工中的占比',
      '平阳县',
      '2024年6月',
      '据人民网',
      '2024年6月，平阳县“新生代”在专职社工中的占比6%，据人民网。',
      '',
    ],
    'zh-Hant': [
      '6%',
      '「新生代」在專職社工中的佔比',
      '平陽縣',
      '2024年6月',
      '據人民網',
      '2024年6月，平陽縣「新生代」在專職社工中的佔比6%，據人民網。',
      '',
    ],
    en: [
      '6%',
      'share of the "new generation" among full-time social workers',
      'Pingyang County',
      'June 2024',
      "Source: People's Daily Online",
      'Pingyang County, June 2024: share of the "new generation" among full-time social workers, 6%, according to People\'s Daily Online.',
      '',
    ],
  },
  'chaotian-stations': {
    'zh-Hans': [
      '3个',
      '社工站（朝天镇、中子镇、沙河镇）',
      '朝天区',
      '2024年6月',
      '据金台资讯',
      '2024年6月，朝天区社工站（朝天镇、中子镇、沙河镇）3个，据金台资讯。',
      '',
    ],
    'zh-Hant': [
      '3個',
      '社工站（朝天鎮、中子鎮、沙河鎮）',
      '朝天區',
      '2024年6月',
      '據金臺資訊',
      '2024年6月，朝天區社工站（朝天鎮、中子鎮、沙河鎮）3個，據金臺資訊。',
      '',
    ],
    en: [
      '3',
      'social work stations (Chaotian, Zhongzi and Shahe towns)',
      'Chaotian District',
      'June 2024',
      'Source: Jintai News',
      'Chaotian District, June 2024: 3 social work stations (Chaotian, Zhongzi and Shahe towns), according to Jintai News.',
      '',
    ],
  },
  'chaotian-rooms': {
    'zh-Hans': ['5个', '社工室', '朝天区', '2024年6月', '据金台资讯', '2024年6月，朝天区社工室5个，据金台资讯。', ''],
    'zh-Hant': ['5個', '社工室', '朝天區', '2024年6月', '據金臺資訊', '2024年6月，朝天區社工室5個，據金臺資訊。', ''],
    en: [
      '5',
      'social work rooms',
      'Chaotian District',
      'June 2024',
      'Source: Jintai News',
      'Chaotian District, June 2024: 5 social work rooms, according to Jintai News.',
      '',
    ],
  },
  'chaotian-elderly-cases': {
    'zh-Hans': [
      '20余名',
      '服务老年人个案',
      '朝天区',
      '自2023年8月以来',
      '据金台资讯',
      '自2023年8月以来，朝天区服务老年人个案20余名，据金台资讯。',
      '',
    ],
    'zh-Hant': [
      '20餘名',
      '服務長者個案',
      '朝天區',
      '自2023年8月以來',
      '據金臺資訊',
      '自2023年8月以來，朝天區服務長者個案20餘名，據金臺資訊。',
      '',
    ],
    en: [
      'more than 20',
      'older people helped through casework',
      'Chaotian District',
      'since August 2023',
      'Source: Jintai News',
      'Chaotian District, since August 2023: more than 20 older people helped through casework, according to Jintai News.',
      '',
    ],
  },
  'chaotian-elderly-groups': {
    'zh-Hans': [
      '3个',
      '成立老年人小组',
      '朝天区',
      '自2023年8月以来',
      '据金台资讯',
      '自2023年8月以来，朝天区成立老年人小组3个，据金台资讯。',
      '',
    ],
    'zh-Hant': [
      '3個',
      '成立長者小組',
      '朝天區',
      '自2023年8月以來',
      '據金臺資訊',
      '自2023年8月以來，朝天區成立長者小組3個，據金臺資訊。',
      '',
    ],
    en: [
      '3',
      'groups formed for older people',
      'Chaotian District',
      'since August 2023',
      'Source: Jintai News',
      'Chaotian District, since August 2023: 3 groups formed for older people, according to Jintai News.',
      '',
    ],
  },
  'chaotian-elderly-activities': {
    'zh-Hans': [
      '20余场',
      '为老服务活动',
      '朝天区',
      '自2023年8月以来',
      '据金台资讯',
      '自2023年8月以来，朝天区为老服务活动20余场，据金台资讯。',
      '',
    ],
    'zh-Hant': [
      '20餘場',
      '為老服務活動',
      '朝天區',
      '自2023年8月以來',
      '據金臺資訊',
      '自2023年8月以來，朝天區為老服務活動20餘場，據金臺資訊。',
      '',
    ],
    en: [
      'more than 20',
      'activities for older people',
      'Chaotian District',
      'since August 2023',
      'Source: Jintai News',
      'Chaotian District, since August 2023: more than 20 activities for older people, according to Jintai News.',
      '',
    ],
  },
  'chaotian-elderly-served': {
    'zh-Hans': [
      '5000余人次',
      '服务老年人',
      '朝天区',
      '自2023年8月以来',
      '据金台资讯',
      '自2023年8月以来，朝天区服务老年人5000余人次，据金台资讯。',
      '',
    ],
    'zh-Hant': [
      '5000餘人次',
      '服務長者',
      '朝天區',
      '自2023年8月以來',
      '據金臺資訊',
      '自2023年8月以來，朝天區服務長者5000餘人次，據金臺資訊。',
      '',
    ],
    en: [
      'more than 5,000 person-times',
      'services to older people',
      'Chaotian District',
      'since August 2023',
      'Source: Jintai News',
      'Chaotian District, since August 2023: services to older people, more than 5,000 person-times, according to Jintai News.',
      '',
    ],
  },
};

const part = (el: StatCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
// Only ASCII white space is collapsed: dates contain thin spaces (31 May – 2 June) that are part of the text.
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
/** Rendered and not visibility: hidden (checkVisibility({ visibilityProperty }) without it: Chrome 121, Safari 17.4). */
const isVisible = (element: Element) =>
  element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
/** The text a sighted reader sees: text nodes that are rendered and not visibility: hidden. */
function visibleText(root: Element): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isVisible(node.parentElement!)) out += node.textContent;
  }
  return out.replace(/[ \t\n\r]+/g, ' ').trim();
}
const sentence = (el: StatCard) => text(el.shadowRoot!.querySelector('.visually-hidden'));
const alert = (el: StatCard) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
const clone = (): Report => structuredClone(bundledReport);

async function card(template: ReturnType<typeof html>): Promise<StatCard> {
  const el = await fixture<StatCard>(template);
  await el.updateComplete;
  return el;
}

/**
 * A fixture whose root is a plain element, awaiting the cards inside it. (open-wc's `fixture` waits a
 * rendered frame for such roots, and a test page the runner keeps in a background tab renders none.)
 */
async function wrapped(template: ReturnType<typeof html>): Promise<HTMLDivElement> {
  const wrapper = fixtureSync<HTMLDivElement>(template);
  await Promise.all([...wrapper.querySelectorAll<StatCard>('sw-stat-card')].map((el) => el.updateComplete));
  return wrapper;
}

/** After a `lang` change on an ancestor: the shared MutationObserver, then the re-render. */
async function languageSettled(el: StatCard): Promise<void> {
  await aTimeout(0);
  await el.updateComplete;
}

afterEach(async () => {
  await resetMedia();
});

describe('<sw-stat-card> text', () => {
  it('says every metric of the bundled report in all three languages', async () => {
    const el = await card(html`<sw-stat-card no-count-up></sw-stat-card>`);
    expect(Object.keys(EXPECTED)).to.have.members(bundledReport.metrics.map((m) => m.id));
    for (const metric of bundledReport.metrics) {
      for (const language of LANGUAGES) {
        el.metric = metric.id;
        el.lang = language;
        await el.updateComplete;
        const [figure, label, place, date, source, spoken, note] = EXPECTED[metric.id][language];
        const where = `${metric.id} ${language}`;
        expect(text(part(el, 'value')), where).to.equal(figure);
        expect(text(part(el, 'label')), where).to.equal(label);
        expect(text(part(el, 'meta')), where).to.equal(`${place}${date}${source}`);
        expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime'), where).to.equal(metric.asOf.start);
        expect(sentence(el), where).to.equal(spoken);
        expect(text(part(el, 'note')), where).to.equal(note);
        expect(part(el, 'card')!.getAttribute('lang'), where).to.equal(language);
      }
    }
  });

  it('shows the report headline figure without a metric attribute', async () => {
    const el = await card(html`<sw-stat-card></sw-stat-card>`);
    expect(text(part(el, 'number'))).to.equal('32万');
    expect(sentence(el)).to.equal('2024年6月，潮州市注册志愿者超32万人，据《潮州日报》。');
  });

  it('shows the first metric when the report names no headline', async () => {
    const report = clone();
    delete report.headline;
    const el = await card(html`<sw-stat-card lang="en" .report=${report}></sw-stat-card>`);
    expect(text(part(el, 'value'))).to.equal('29');
    expect(text(part(el, 'label'))).to.equal('registered charitable organizations');
  });

  it('lets a screen reader hear one sentence, not the pieces', async () => {
    const el = await card(html`<sw-stat-card metric="chaozhou-volunteers"></sw-stat-card>`);
    const figure = part(el, 'value')!.closest('[aria-hidden="true"]')!;
    expect(figure).to.not.equal(null);
    expect(figure.contains(part(el, 'value'))).to.equal(true);
    expect(figure.contains(part(el, 'meta'))).to.equal(true);
    const spoken = el.shadowRoot!.querySelector('.visually-hidden')!;
    expect(spoken.closest('[aria-hidden]')).to.equal(null);
    expect(spoken.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('switches language when the metric or lang attribute changes', async () => {
    const el = await card(html`<sw-stat-card metric="pingyang-young-share" lang="zh-Hant"></sw-stat-card>`);
    expect(text(part(el, 'label'))).to.equal('「新生代」在專職社工中的佔比');
    el.setAttribute('metric', 'pingyang-young-team-age');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text(part(el, 'value'))).to.equal('at most 30 years');
  });
});

describe('<sw-stat-card> language', () => {
  it('inherits the language of an ancestor and follows it when it changes', async () => {
    const wrapper = await wrapped(html`<div lang="zh-HK"><sw-stat-card no-count-up></sw-stat-card></div>`);
    const el = wrapper.querySelector('sw-stat-card')!;
    await el.updateComplete;
    expect(text(part(el, 'value'))).to.equal('超過32萬人');
    expect(part(el, 'card')!.getAttribute('lang')).to.equal('zh-Hant');
    wrapper.setAttribute('lang', 'fr');
    await languageSettled(el);
    expect(text(part(el, 'value'))).to.equal('over 320,000');
    expect(part(el, 'card')!.getAttribute('lang')).to.equal('en');
    expect(sentence(el)).to.equal(
      'Chaozhou, June 2024: over 320,000 registered volunteers, according to Chaozhou Daily.',
    );
  });

  it('prefers its own lang over an ancestor', async () => {
    const wrapper = await wrapped(html`<div lang="en"><sw-stat-card lang="zh-CN"></sw-stat-card></div>`);
    const el = wrapper.querySelector('sw-stat-card')!;
    await el.updateComplete;
    expect(text(part(el, 'value'))).to.equal('超32万人');
  });
});

describe('<sw-stat-card> progress', () => {
  it('exposes progress towards the target as a named progress bar with words beside it', async () => {
    const el = await card(html`<sw-stat-card metric="zhuanglang-certified-social-workers"></sw-stat-card>`);
    const bar = el.shadowRoot!.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('85');
    expect(bar.getAttribute('aria-valuemin')).to.equal('0');
    expect(bar.getAttribute('aria-valuemax')).to.equal('150');
    expect(bar.getAttribute('aria-valuetext')).to.equal('85 / 150（57%）');
    const name = el.shadowRoot!.getElementById(bar.getAttribute('aria-labelledby')!);
    expect(text(name)).to.equal('2025年底力争达到150人');
    expect(text(el.shadowRoot!.querySelector('.progress-text'))).to.equal('85 / 15057%2025年底力争达到150人');
    expect(part(el, 'progress')!.contains(bar)).to.equal(true);
    const fill = bar.querySelector('rect')!;
    expect(fill.getAttribute('width')).to.equal('56.67%');
    const barBox = bar.getBoundingClientRect();
    expect(fill.getBoundingClientRect().width / barBox.width).to.be.closeTo(85 / 150, 0.02);
  });

  it('says the progress in English', async () => {
    const el = await card(html`<sw-stat-card metric="zhuanglang-certified-social-workers" lang="en"></sw-stat-card>`);
    const bar = el.shadowRoot!.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuetext')).to.equal('85 of 150 (57%)');
    expect(text(el.shadowRoot!.getElementById('target'))).to.equal('aim: 150 by the end of 2025');
  });

  it('has no progress bar for a figure without a target', async () => {
    const el = await card(html`<sw-stat-card metric="zhuanglang-social-work-talent"></sw-stat-card>`);
    expect(el.shadowRoot!.querySelector('[role="progressbar"]')).to.equal(null);
    expect(part(el, 'progress')).to.equal(null);
  });

  it('words a target without a label and caps the bar when the target is passed', async () => {
    const report = clone();
    const metric = report.metrics.find((m) => m.id === 'zhuanglang-certified-social-workers')!;
    metric.value = 180;
    delete metric.target!.label;
    const el = await card(html`<sw-stat-card metric=${metric.id} .report=${report}></sw-stat-card>`);
    const bar = el.shadowRoot!.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('150');
    expect(bar.getAttribute('aria-valuetext')).to.equal('180 / 150（120%）');
    expect(text(el.shadowRoot!.getElementById('target'))).to.equal('目标：2025年底前达到150名');
    expect(bar.querySelector('rect')!.getAttribute('width')).to.equal('100.00%');
  });
});

describe('<sw-stat-card> problems', () => {
  it('names an unknown metric inside the card and fires sw-error, without throwing', async () => {
    const el = document.createElement('sw-stat-card');
    el.setAttribute('metric', 'xyz');
    const errored = oneEvent(el, 'sw-error');
    const container = await wrapped(html`<div></div>`);
    container.append(el);
    const { detail } = (await errored) as CustomEvent<SwErrorDetail>;
    expect(detail).to.deep.equal({ code: 'unknown-metric', message: '未找到指标“xyz”', field: 'metric' });
    await el.updateComplete;
    expect(text(alert(el))).to.equal('无法显示未找到指标“xyz”');
    expect(part(el, 'card')).to.equal(null);
  });

  it("names the problem in the reader's language", async () => {
    const el = await card(html`<sw-stat-card metric="xyz" lang="zh-Hant"></sw-stat-card>`);
    expect(text(alert(el))).to.contain('找不到指標「xyz」');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(alert(el))).to.contain('No metric "xyz" in the report');
  });

  it('recovers when the metric is corrected', async () => {
    const el = await card(html`<sw-stat-card metric="xyz"></sw-stat-card>`);
    el.metric = 'chaotian-rooms';
    await el.updateComplete;
    expect(alert(el)).to.equal(null);
    expect(text(part(el, 'value'))).to.equal('5个');
  });

  it('says so when the report has no metrics', async () => {
    const report = { ...clone(), metrics: [], headline: undefined };
    for (const story of report.stories) story.metrics = [];
    const el = document.createElement('sw-stat-card');
    el.report = report;
    const errored = oneEvent(el, 'sw-error');
    (await wrapped(html`<div></div>`)).append(el);
    const { detail } = (await errored) as CustomEvent<SwErrorDetail>;
    expect(detail).to.deep.equal({ code: 'no-metrics', message: '报告中没有任何指标', field: 'metrics' });
    await el.updateComplete;
    expect(text(alert(el))).to.contain('报告中没有任何指标');
  });

  it('says which field is wrong when a metric has no value', async () => {
    const report = clone();
    delete (report.metrics[1] as { value?: number }).value;
    const el = document.createElement('sw-stat-card');
    el.report = report;
    const errored = oneEvent(el, 'sw-error');
    (await wrapped(html`<div></div>`)).append(el);
    const { detail } = (await errored) as CustomEvent<SwErrorDetail>;
    expect(detail.code).to.equal('invalid-report');
    expect(detail.field).to.equal('metrics[1].value');
    await el.updateComplete;
    expect(text(alert(el))).to.contain('metrics[1].value');
  });

  it('keeps the error message inside a narrow card', async () => {
    const wrapper = await wrapped(
      html`<div style="width: 160px"><sw-stat-card metric="a-very-long-metric-identifier-that-does-not-exist"></sw-stat-card></div>`,
    );
    const el = wrapper.querySelector('sw-stat-card')!;
    await el.updateComplete;
    const box = alert(el)!;
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    expect(el.getBoundingClientRect().width).to.equal(160);
  });
});

describe('<sw-stat-card> light DOM fallback', () => {
  it('hides the text an editor placed inside the tag once the card renders, so it is not shown twice', async () => {
    const el = await card(
      html`<sw-stat-card metric="chaozhou-volunteers"><p class="fallback">潮州市注册志愿者超32万人</p></sw-stat-card>`,
    );
    const fallback = el.querySelector('.fallback')!;
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(isVisible(fallback)).to.equal(false);
    expect(fallback.getClientRects().length).to.equal(0);
    expect(text(part(el, 'value'))).to.equal('超32万人');
  });

  it("shows the editor's text as long as the element is not defined", async () => {
    // The same markup under a tag that no script defines behaves as sw-stat-card does before its script runs.
    const wrapper = await wrapped(html`<div><sw-stat-card-undefined><p>超32万人</p></sw-stat-card-undefined></div>`);
    const fallback = wrapper.querySelector('p')!;
    expect(isVisible(fallback)).to.equal(true);
    expect(fallback.getBoundingClientRect().height).to.be.above(0);
  });
});

describe('<sw-stat-card> story link', () => {
  it('shows no story line unless asked', async () => {
    const el = await card(html`<sw-stat-card></sw-stat-card>`);
    expect(part(el, 'story')).to.equal(null);
  });

  it('shows the story title as text when the story has no URL', async () => {
    const el = await card(html`<sw-stat-card story-link></sw-stat-card>`);
    expect(text(part(el, 'story'))).to.equal('报道：香港“万千社工看祖国”内地考察交流首站活动在潮州启动');
    expect(part(el, 'story')!.querySelector('a')).to.equal(null);
  });

  it('links the title to the story URL of the report', async () => {
    const report = clone();
    report.stories[1].url = 'https://news.example/zhuanglang';
    const el = await card(
      html`<sw-stat-card story-link lang="en" metric="zhuanglang-stations" .report=${report}></sw-stat-card>`,
    );
    const link = part(el, 'story')!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://news.example/zhuanglang');
    expect(text(link)).to.equal('Zhuanglang, Gansu: three areas of focus build a stronger social work workforce');
  });

  it('links the title to a page of the partner site through story-href', async () => {
    const el = await card(
      html`<sw-stat-card story-href="/news/{story}.html" metric="pingyang-young-team"></sw-stat-card>`,
    );
    const link = part(el, 'story')!.querySelector('a')!;
    expect(link.href).to.equal(new URL('/news/pingyang-young-team.html', document.baseURI).href);
    link.focus();
    expect(el.shadowRoot!.activeElement).to.equal(link);
  });

  it('makes no link from a javascript: pattern', async () => {
    const el = await card(html`<sw-stat-card story-href="javascript:alert(1)//{story}"></sw-stat-card>`);
    expect(part(el, 'story')!.querySelector('a')).to.equal(null);
    expect(text(part(el, 'story'))).to.contain('香港“万千社工看祖国”');
  });
});

describe('<sw-stat-card> count-up', () => {
  // The runner may keep this page in a background tab, where browsers run no animation frames and no
  // intersection observers. These tests drive both by hand, so they check the card's logic, not the tab's.
  const frames = new Map<number, FrameRequestCallback>();
  let lastFrame = 0;
  const observers: FakeIntersectionObserver[] = [];
  class FakeIntersectionObserver {
    readonly targets = new Set<Element>();
    constructor(readonly callback: IntersectionObserverCallback) {
      observers.push(this);
    }
    observe(target: Element) {
      this.targets.add(target);
    }
    unobserve(target: Element) {
      this.targets.delete(target);
    }
    disconnect() {
      this.targets.clear();
    }
    takeRecords() {
      return [];
    }
  }
  /** Reports `target` in view (or out of it) to whoever observes it. */
  const scrollTo = (target: Element, isIntersecting: boolean) => {
    for (const observer of observers.filter((o) => o.targets.has(target))) {
      observer.callback(
        [{ target, isIntersecting } as IntersectionObserverEntry],
        observer as unknown as IntersectionObserver,
      );
    }
  };
  /** Runs the pending animation frames at `time` ms. */
  const runFrame = (time: number) => {
    const pending = [...frames.values()];
    frames.clear();
    for (const callback of pending) callback(time);
  };
  const saved = {
    IntersectionObserver: window.IntersectionObserver,
    requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
  };

  beforeEach(() => {
    frames.clear();
    observers.length = 0;
    window.IntersectionObserver = FakeIntersectionObserver as unknown as typeof IntersectionObserver;
    window.requestAnimationFrame = (callback) => {
      frames.set(++lastFrame, callback);
      return lastFrame;
    };
    window.cancelAnimationFrame = (handle) => frames.delete(handle);
  });

  afterEach(() => Object.assign(window, saved));

  const number = (el: StatCard) => part(el, 'number')!;
  const counting = (el: StatCard) => number(el).classList.contains('counting');
  const digits = (el: StatCard) => text(number(el).querySelector('.count'));

  it('counts up at the final scale when first in view, then shows exactly the final text', async () => {
    const el = await card(html`<sw-stat-card metric="chaozhou-volunteers"></sw-stat-card>`);
    const spoken = sentence(el);
    expect(counting(el)).to.equal(false);
    scrollTo(el, true);
    await el.updateComplete;
    expect(counting(el)).to.equal(true);
    expect(digits(el)).to.equal('0万');
    expect(getComputedStyle(number(el).querySelector('.final')!).visibility).to.equal('hidden');
    expect(visibleText(part(el, 'value')!)).to.equal('超0万人');
    runFrame(1000);
    runFrame(1000 + COUNT_UP_MS / 2);
    expect(digits(el)).to.equal('28万');
    expect(visibleText(part(el, 'value')!)).to.equal('超28万人');
    expect(text(number(el).querySelector('.final'))).to.equal('32万');
    expect(sentence(el)).to.equal(spoken);
    runFrame(1000 + COUNT_UP_MS);
    await el.updateComplete;
    expect(counting(el)).to.equal(false);
    expect(frames.size).to.equal(0);
    expect(visibleText(part(el, 'value')!)).to.equal('超32万人');
    expect(sentence(el)).to.equal(spoken);
  });

  it('counts up only the first time the card comes into view', async () => {
    const el = await card(html`<sw-stat-card metric="zhuanglang-social-work-talent" lang="en"></sw-stat-card>`);
    scrollTo(el, false);
    await el.updateComplete;
    expect(counting(el)).to.equal(false);
    scrollTo(el, true);
    await el.updateComplete;
    expect(counting(el)).to.equal(true);
    runFrame(0);
    runFrame(COUNT_UP_MS);
    await el.updateComplete;
    scrollTo(el, false);
    scrollTo(el, true);
    await el.updateComplete;
    expect(counting(el)).to.equal(false);
    expect(visibleText(part(el, 'value')!)).to.equal('1,089');
  });

  it('does not count up when the reader prefers reduced motion', async function () {
    skipUnless(this, await emulateMedia({ reducedMotion: 'reduce' }), NO_MEDIA_EMULATION);
    const el = await card(html`<sw-stat-card metric="chaozhou-volunteers"></sw-stat-card>`);
    scrollTo(el, true);
    await el.updateComplete;
    expect(counting(el)).to.equal(false);
    expect(frames.size).to.equal(0);
    expect(visibleText(part(el, 'value')!)).to.equal('超32万人');
  });

  it('does not count up with no-count-up', async () => {
    const el = await card(html`<sw-stat-card no-count-up></sw-stat-card>`);
    scrollTo(el, true);
    await el.updateComplete;
    expect(counting(el)).to.equal(false);
    expect(frames.size).to.equal(0);
  });

  it('does not watch the viewport while it shows a problem, and starts once it shows a figure', async () => {
    const el = await card(html`<sw-stat-card metric="xyz"></sw-stat-card>`);
    expect(observers.some((o) => o.targets.has(el))).to.equal(false);
    el.metric = 'chaozhou-charity-fund';
    await el.updateComplete;
    scrollTo(el, true);
    await el.updateComplete;
    expect(digits(el)).to.equal('0.00亿');
  });

  it('stops counting and stops watching when removed', async () => {
    const el = await card(html`<sw-stat-card metric="chaozhou-charity-fund"></sw-stat-card>`);
    expect(observers.some((o) => o.targets.has(el))).to.equal(true);
    scrollTo(el, true);
    await el.updateComplete;
    expect(frames.size).to.equal(1);
    el.remove();
    await el.updateComplete;
    expect(frames.size).to.equal(0);
    expect(counting(el)).to.equal(false);
  });

  it('watches again when moved before it was ever in view', async () => {
    const el = await card(html`<sw-stat-card metric="chaozhou-charity-fund"></sw-stat-card>`);
    const parent = el.parentElement!;
    el.remove();
    expect(observers.some((o) => o.targets.has(el))).to.equal(false);
    parent.append(el);
    expect(observers.some((o) => o.targets.has(el))).to.equal(true);
  });

  it('ends the count-up when the language changes mid-way', async () => {
    const el = await card(html`<sw-stat-card metric="chaozhou-volunteers"></sw-stat-card>`);
    scrollTo(el, true);
    await el.updateComplete;
    runFrame(0);
    el.lang = 'en';
    await el.updateComplete;
    runFrame(100);
    await el.updateComplete;
    expect(counting(el)).to.equal(false);
    expect(visibleText(part(el, 'value')!)).to.equal('over 320,000');
  });

  it('counts up in a real browser tab when it scrolls into view', async function () {
    Object.assign(window, saved);
    // Only a foreground tab renders frames and reports intersections.
    if (document.visibilityState !== 'visible') this.skip();
    const wrapper = await wrapped(
      html`<div><div style="height: 3000px"></div><sw-stat-card metric="chaozhou-volunteers"></sw-stat-card></div>`,
    );
    const el = wrapper.querySelector('sw-stat-card')!;
    await aTimeout(100);
    expect(counting(el)).to.equal(false);
    el.scrollIntoView();
    await until(() => counting(el), 'counting up once in view');
    await until(() => !counting(el), 'the count-up ended');
    expect(visibleText(part(el, 'value')!)).to.equal('超32万人');
    window.scrollTo(0, 0);
  });
});

describe('<sw-stat-card> sizing', () => {
  for (const width of [160, 800]) {
    it(`fits every metric at ${width} px in all three languages, in both variants`, async () => {
      const wrapper = await wrapped(
        html`<div style="width: ${width}px"><sw-stat-card no-count-up story-link></sw-stat-card></div>`,
      );
      const el = wrapper.querySelector('sw-stat-card')!;
      for (const variant of ['full', 'compact'] as const) {
        el.variant = variant;
        for (const language of LANGUAGES) {
          for (const metric of bundledReport.metrics) {
            el.metric = metric.id;
            el.lang = language;
            await el.updateComplete;
            const where = `${metric.id} ${language} ${variant} ${width}px`;
            const cardBox = part(el, 'card')!;
            expect(el.getBoundingClientRect().width, where).to.equal(width);
            expect(cardBox.getBoundingClientRect().width, where).to.equal(width);
            const outer = cardBox.getBoundingClientRect();
            for (const node of [cardBox, ...cardBox.querySelectorAll<HTMLElement>('.body, [part]')]) {
              // An inline box has no client width (CSSOM), but Firefox gives it a scroll width: its edges are checked below.
              if (getComputedStyle(node).display !== 'inline')
                expect(node.scrollWidth, `${where} ${node.className}`).to.be.at.most(node.clientWidth);
              const box = node.getBoundingClientRect();
              expect(box.left, `${where} ${node.className}`).to.be.at.least(outer.left);
              expect(box.right, `${where} ${node.className}`).to.be.at.most(outer.right + 0.5);
            }
          }
        }
      }
    });
  }

  it('sets the figure larger in a wide card than in a narrow one', async function () {
    // Without container queries (Chromium < 105) the figure has one size that fits a 280 px card (test/node/old-engines.test.mjs).
    skipUnless(this, CSS.supports('container-type', 'inline-size'), 'no container queries: one figure size');
    const wrapper = await wrapped(html`<div style="width: 160px"><sw-stat-card></sw-stat-card></div>`);
    const el = wrapper.querySelector('sw-stat-card')!;
    await el.updateComplete;
    const narrow = parseFloat(getComputedStyle(part(el, 'value')!).fontSize);
    wrapper.style.width = '800px';
    const wide = parseFloat(getComputedStyle(part(el, 'value')!).fontSize);
    expect(narrow).to.be.at.least(20);
    expect(wide).to.be.above(narrow * 2);
  });
});

describe('<sw-stat-card> theming and layout options', () => {
  it('uses the dark theme under theme="dark" and under auto with a dark preference', async () => {
    const light = await card(html`<sw-stat-card></sw-stat-card>`);
    const dark = await card(html`<sw-stat-card theme="dark"></sw-stat-card>`);
    const background = (el: StatCard) => getComputedStyle(part(el, 'card')!).backgroundColor;
    expect(background(light)).to.equal('rgb(255, 255, 255)');
    expect(background(dark)).to.equal('rgb(23, 26, 33)');
    // theme="auto" follows the reader's preference: whatever this engine reports, and dark where it can be emulated.
    const auto = await card(html`<sw-stat-card theme="auto"></sw-stat-card>`);
    expect(background(auto)).to.equal(
      matchMedia('(prefers-color-scheme: dark)').matches ? 'rgb(23, 26, 33)' : 'rgb(255, 255, 255)',
    );
    if (await emulateMedia({ colorScheme: 'dark' })) {
      await auto.updateComplete;
      expect(background(auto)).to.equal('rgb(23, 26, 33)');
    }
  });

  it("takes the partner's --sw-* custom properties", async () => {
    const el = await card(
      html`<sw-stat-card style="--sw-accent: rgb(0, 85, 0); --sw-radius: 0px; --sw-stat-card-value-size: 30px"></sw-stat-card>`,
    );
    const value = getComputedStyle(part(el, 'value')!);
    expect(value.color).to.equal('rgb(0, 85, 0)');
    expect(value.fontSize).to.equal('30px');
    expect(getComputedStyle(part(el, 'card')!).borderTopLeftRadius).to.equal('0px');
  });

  it('has a compact variant and centred alignment', async () => {
    const wrapper = await wrapped(
      html`<div style="width: 600px"><sw-stat-card></sw-stat-card><sw-stat-card variant="compact" align="center"></sw-stat-card></div>`,
    );
    const [full, compact] = [...wrapper.querySelectorAll('sw-stat-card')];
    const size = (el: StatCard) => parseFloat(getComputedStyle(part(el, 'value')!).fontSize);
    expect(size(compact)).to.be.below(size(full));
    expect(compact.getBoundingClientRect().height).to.be.below(full.getBoundingClientRect().height);
    expect(getComputedStyle(part(compact, 'label')!).textAlign).to.equal('center');
    expect(getComputedStyle(part(full, 'label')!).textAlign).to.equal('start');
  });
});

describe('<sw-stat-card> accessibility', () => {
  const cards = (theme: string) => html`<div>
    <sw-stat-card theme=${theme}></sw-stat-card>
    <sw-stat-card theme=${theme} lang="en" metric="zhuanglang-certified-social-workers" story-href="/news/{story}"></sw-stat-card>
    <sw-stat-card theme=${theme} lang="zh-Hant" metric="hk-delegation-agencies" story-link variant="compact"></sw-stat-card>
    <sw-stat-card theme=${theme} metric="xyz"></sw-stat-card>
  </div>`;

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme (figure, progress, note, story link, error)`, async () => {
      const wrapper = await wrapped(cards(theme));
      await expect(wrapper).to.be.accessible();
    });
  }

  it('passes axe under theme="auto" with a dark preference', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const wrapper = await wrapped(cards('auto'));
    await expect(wrapper).to.be.accessible();
  });
});
