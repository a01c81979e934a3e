import { expect, fixture, html, oneEvent, elementUpdated } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import {
  SwElement,
  elementProblem,
  type ElementProblem,
  type SwErrorDetail,
  type SwReadyDetail,
} from './sw-element.js';
import { defineElement } from './define.js';
import { VERSION } from './version.js';
import { resolveLanguage } from './language.js';
import { clearReportCache } from '../report/load.js';
import { localize } from '../format/language.js';
import type { Language, Report } from '../report/schema.js';
import { reportCopy } from '../../test/support/report-fixtures.js';
import { until } from '../../test/support/wait.js';

/** A minimal element on the shared base: shows the report title, or a problem when the title says so. */
class ProbeElement extends SwElement {
  protected override renderReport(report: Report, language: Language): TemplateResult | ElementProblem {
    if (report.title['zh-Hans'] === 'problem') return elementProblem('test-problem', 'Something is off', 'title');
    return litHtml`<h2>${localize(report.title, language)}</h2>`;
  }
}
defineElement('sw-probe-element', ProbeElement);

const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const uniqueUrl = (path: string) => `${path}?n=${Math.random().toString(36).slice(2)}`;

describe('SwElement: language', () => {
  it('uses its own lang, else an ancestor’s across shadow roots, else the document’s, else zh-Hans', async () => {
    const el = await fixture<ProbeElement>(html`<sw-probe-element lang="en"></sw-probe-element>`);
    expect(shown(el)).to.equal('Social work news digest, June 2024');

    const wrapper = await fixture(html`<div lang="zh-HK"><sw-probe-element></sw-probe-element></div>`);
    expect(shown(wrapper.querySelector('sw-probe-element')!)).to.equal('社工資訊摘編（2024年6月）');

    const host = await fixture(html`<section lang="en-US"></section>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('sw-probe-element') as ProbeElement;
    root.append(inner);
    await elementUpdated(inner);
    expect(resolveLanguage(inner)).to.equal('en');

    const plain = await fixture<ProbeElement>(html`<sw-probe-element></sw-probe-element>`);
    expect(plain.language).to.equal('zh-Hans'); // the test page is <html lang="zh-Hans">
    const original = document.documentElement.lang;
    document.documentElement.removeAttribute('lang');
    expect(resolveLanguage(plain)).to.equal('zh-Hans');
    document.documentElement.lang = original;
  });

  it('re-renders when its own or an ancestor’s lang changes', async () => {
    const wrapper = await fixture(html`<div lang="zh-CN"><sw-probe-element></sw-probe-element></div>`);
    const el = wrapper.querySelector('sw-probe-element')!;
    expect(shown(el)).to.equal('社工资讯摘编（2024年6月）');
    wrapper.setAttribute('lang', 'en');
    await until(() => shown(el) === 'Social work news digest, June 2024', 'follows the ancestor');
    el.setAttribute('lang', 'zh-TW');
    await until(() => shown(el) === '社工資訊摘編（2024年6月）', 'follows its own lang');
  });

  it('marks its content with the language so the right Chinese glyphs are used', async () => {
    const el = await fixture<ProbeElement>(html`<sw-probe-element lang="zh-HK"></sw-probe-element>`);
    expect(el.language).to.equal('zh-Hant');
  });
});

describe('SwElement: data', () => {
  beforeEach(() => clearReportCache());

  it('shows the bundled report by default and says so in sw-ready', async () => {
    const el = document.createElement('sw-probe-element') as ProbeElement;
    const ready = oneEvent(el, 'sw-ready');
    document.body.append(el);
    const event = (await ready) as CustomEvent<SwReadyDetail>;
    expect(event.detail).to.deep.equal({ reportId: 'social-work-digest-2024-06', origin: 'bundled' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(shown(el)).to.equal('社工资讯摘编（2024年6月）');
    el.remove();
  });

  it('shows a report set as a property, and names the field of an invalid one', async () => {
    const el = await fixture<ProbeElement>(html`<sw-probe-element></sw-probe-element>`);
    el.report = reportCopy((r) => (r.title['zh-Hans'] = '另一份报告'));
    await elementUpdated(el);
    expect(shown(el)).to.equal('另一份报告');

    const error = oneEvent(el, 'sw-error');
    el.report = reportCopy((r) => (r.metrics[0].value = -5));
    const event = (await error) as CustomEvent<SwErrorDetail>;
    expect(event.detail.code).to.equal('invalid-report');
    expect(event.detail.field).to.equal('metrics[0].value');
    await elementUpdated(el);
    // The last good report stays; the notice names the field.
    expect(shown(el)).to.contain('另一份报告');
    expect(el.shadowRoot!.querySelector('[part="stale"]')!.textContent).to.contain('metrics[0].value');

    const fresh = document.createElement('sw-probe-element') as ProbeElement;
    fresh.report = { id: 'x' };
    document.body.append(fresh);
    await elementUpdated(fresh);
    const alert = fresh.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('report 属性中的数据有误：title：必须填写');
    fresh.remove();
  });

  it('loads src once per URL for all the elements that name it', async () => {
    const url = uniqueUrl('/data/report.json');
    const realFetch = window.fetch;
    const requested: string[] = [];
    window.fetch = (input, init) => {
      requested.push(String(input));
      return realFetch(input, init);
    };
    try {
      const wrapper = await fixture(html`<div>
        <sw-probe-element src=${url}></sw-probe-element><sw-probe-element src=${url}></sw-probe-element><sw-probe-element src=${url}></sw-probe-element>
      </div>`);
      const elements = [...wrapper.querySelectorAll('sw-probe-element')];
      await until(
        () => elements.every((el) => shown(el) === '社工资讯摘编（2024年6月）'),
        'all three show the loaded report',
      );
      expect(requested.filter((r) => r.includes(url))).to.have.length(1);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows a quiet placeholder of stable size while loading', async () => {
    const el = await fixture<ProbeElement>(
      html`<sw-probe-element src="/__test/never" timeout="60000"></sw-probe-element>`,
    );
    const placeholder = el.shadowRoot!.querySelector('[part="placeholder"]') as HTMLElement;
    expect(placeholder).to.exist;
    expect(placeholder.getAttribute('aria-busy')).to.equal('true');
    expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(50);
    await expect(el).to.be.accessible();
  });

  const failures: Array<[string, string, string, RegExp]> = [
    ['a missing file', '/data/missing.json', 'http-status', /404/],
    ['an HTML page', '/test/pages/iife-only.html', 'wrong-content-type', /text\/html 类型的内容，不是 JSON/],
    ['JSON that is not a report', '/package.json', 'invalid-report', /数据有误：id/],
  ];
  for (const [what, path, code, text] of failures) {
    it(`explains ${what} inside the element and in sw-error`, async () => {
      const el = document.createElement('sw-probe-element') as ProbeElement;
      el.src = uniqueUrl(path);
      const error = oneEvent(el, 'sw-error');
      document.body.append(el);
      const event = (await error) as CustomEvent<SwErrorDetail>;
      expect(event.detail.code).to.equal(code);
      await elementUpdated(el);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.match(text);
      expect(alert.textContent).to.contain(path);
      expect(event.detail.message).to.equal(alert.querySelector('span')!.textContent);
      el.remove();
    });
  }

  it('gives up on a server that never answers after its timeout, and says so', async () => {
    const el = document.createElement('sw-probe-element') as ProbeElement;
    el.lang = 'en';
    el.timeout = 300;
    el.src = '/__test/never';
    const error = oneEvent(el, 'sw-error');
    document.body.append(el);
    const event = (await error) as CustomEvent<SwErrorDetail>;
    expect(event.detail.code).to.equal('timeout');
    expect(event.detail.message).to.match(/did not answer within 0\.3 s/);
    el.remove();
  });

  it('keeps the last good report on screen when a new src fails, with a notice', async () => {
    const el = await fixture<ProbeElement>(
      html`<sw-probe-element lang="en" src=${uniqueUrl('/data/report.json')}></sw-probe-element>`,
    );
    await until(() => shown(el).startsWith('Social work news digest'), 'the report shown');
    const error = oneEvent(el, 'sw-error');
    el.src = '/data/missing.json';
    await error;
    await elementUpdated(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Social work news digest, June 2024');
    expect(el.shadowRoot!.querySelector('[part="stale"]')!.textContent).to.match(/showing the last data.*404/);
  });

  it('shows an element’s own problem and fires sw-error once for it', async () => {
    const el = document.createElement('sw-probe-element') as ProbeElement;
    el.report = reportCopy((r) => (r.title['zh-Hans'] = 'problem'));
    const events: SwErrorDetail[] = [];
    el.addEventListener('sw-error', (e) => events.push((e as CustomEvent<SwErrorDetail>).detail));
    document.body.append(el);
    await elementUpdated(el);
    el.theme = 'dark';
    await elementUpdated(el);
    expect(events).to.deep.equal([{ code: 'test-problem', message: 'Something is off', field: 'title' }]);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Something is off');
    await expect(el).to.be.accessible();
    el.remove();
  });
});

describe('defineElement', () => {
  it('does nothing when the tag is defined by the same version', () => {
    class Again extends SwElement {
      protected override renderReport(): TemplateResult {
        return litHtml``;
      }
    }
    expect(() => defineElement('sw-probe-element', Again)).not.to.throw();
    expect(customElements.get('sw-probe-element')).to.equal(ProbeElement);
  });

  it('warns once when another version defined the tag first', () => {
    class Other extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('sw-probe-other', Other);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      defineElement('sw-probe-other', ProbeElement);
      defineElement('sw-probe-other', ProbeElement);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('sw-widgets 0.0.1');
  });

  it('carries the version of package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
    expect(ProbeElement.version).to.equal(pkg.version);
  });
});
