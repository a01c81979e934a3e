// End to end in a real WordPress (Debian's `wordpress` package, MariaDB, PHP's server: scripts/wordpress/site.sh):
// the plugin installed from its zip and activated; an author's posts with a block, with shortcodes and with pasted
// oEmbed addresses (classic: the address alone on its line; an embed block) of a bundle published with
// `sw-widgets bundle --base-url`; a contributor's post; what readers see in Chromium; the editor's block; the
// settings page's capability and nonce checks; the plugin deleted. It takes three minutes or more (a site, a
// measured bundle, a browser), so it runs on request only: `npm run wordpress:e2e` (SW_WP_E2E=1), which fails where
// WordPress is not installed, saying how to install it; otherwise (as in `npm test`) one line says how to run it.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BIN, BUNDLED_REPORT, ROOT } from './cli-helpers.mjs';
import { writePluginZip } from '../../scripts/build/wordpress-plugin.mjs';

const REQUESTED = process.env.SW_WP_E2E === '1';
const PORT = Number(process.env.SW_WP_PORT ?? 8881);
const PROVIDER_PORT = Number(process.env.SW_WP_PROVIDER_PORT ?? 8882);
/** The bundle's address: another host than WordPress's (localhost, not 127.0.0.1), so that its pages are cross-site. */
const PROVIDER = `http://localhost:${PROVIDER_PORT}/cdn/`;
const INSTALL =
  'as root: apt-get install -y --no-install-recommends wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql (docs/wordpress.md)';

/** Why the test cannot run here, or ''. */
function missing() {
  if (process.platform !== 'linux') return 'not Linux';
  if (!existsSync('/usr/share/wordpress/wp-settings.php')) return 'WordPress is not installed';
  for (const command of ['php', 'mariadbd'])
    if (spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0) return `${command} is not installed`;
  if (process.getuid?.() !== 0) return 'the site script needs root';
  return '';
}
const why = REQUESTED ? missing() : '';
const skip = REQUESTED
  ? false
  : 'WordPress end-to-end test not requested: npm run build && npm run wordpress:e2e (docs/wordpress.md)';

/** How long each step took, reported at the end (whether it could fit a CI budget). */
const timings = [];
async function timed(name, step) {
  const start = Date.now();
  try {
    return await step();
  } finally {
    timings.push(`${name} ${((Date.now() - start) / 1000).toFixed(1)} s`);
  }
}

describe('WordPress 6.1 (Debian) with the plugin from its zip', { skip, timeout: 900_000 }, () => {
  let folder;
  let state;
  let provider;
  let browser;
  let startedSite = false;
  const posts = {};

  /** A REST request as a user (application password), the way the block editor saves. */
  async function rest(role, route, { method = 'GET', body, query = '' } = {}) {
    const user = state.users[role];
    const response = await fetch(`${state.url}/?rest_route=${route}${query}`, {
      method,
      headers: {
        Authorization: `Basic ${Buffer.from(`${user.login}:${user.applicationPassword}`).toString('base64')}`,
        'Content-Type': 'application/json',
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${route}: HTTP ${response.status} ${json.code}: ${json.message}`);
    return json;
  }

  /** A post saved by `role` (published by an author, pending for a contributor). */
  async function save(role, title, content) {
    const post = await rest(role, '/wp/v2/posts', {
      method: 'POST',
      body: { title: `${title} (sw-widgets e2e)`, content, status: role === 'contributor' ? 'pending' : 'publish' },
    });
    return { id: post.id, link: post.link };
  }

  /** A tab (in its own cookie jar) logged in as `role`, or a reader's when no role is given. */
  async function tab(role) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    page.setDefaultTimeout(90_000);
    if (role) {
      const user = state.users[role];
      await page.goto(`${state.url}/wp-login.php`, { waitUntil: 'load' });
      await page.type('#user_login', user.login);
      await page.type('#user_pass', user.password);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
    }
    return page;
  }

  const shadowText = (selector) =>
    `(document.querySelector(${JSON.stringify(selector)})?.shadowRoot?.textContent ?? '').replace(/\\s+/g, ' ')`;

  before(async () => {
    if (why) throw new Error(`${why}: ${INSTALL}`);
    folder = mkdtempSync(join(tmpdir(), 'sw-wordpress-'));
    const zip = join(folder, 'sw-widgets.zip');
    await timed('zip', () => writePluginZip(zip));
    startedSite =
      spawnSync(process.execPath, [
        '-e',
        `fetch('http://127.0.0.1:${PORT}/wp-login.php').then(() => process.exit(0), () => process.exit(1))`,
      ]).status !== 0;
    const site = await timed('site (install, plugin from zip, start)', () =>
      spawnSync('bash', ['scripts/wordpress/site.sh', 'start', zip], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 600_000,
        env: { ...process.env, SW_WP_PORT: String(PORT), SW_WP_PROVIDER_PORT: String(PROVIDER_PORT) },
      }),
    );
    assert.equal(site.status, 0, `scripts/wordpress/site.sh start: ${site.stderr}`);
    state = JSON.parse(readFileSync(site.stdout.trim().split('\n').at(-1), 'utf8'));

    // The bundle that the oEmbed addresses point to, published at PROVIDER by `sw-widgets serve` (CORS open).
    const out = join(folder, 'bundle');
    const bundled = await timed('bundle --base-url (22 widget pages, each measured at every width)', () =>
      spawnSync(process.execPath, [BIN, 'bundle', '--report', BUNDLED_REPORT, '--out', out, '--base-url', PROVIDER], {
        encoding: 'utf8',
        timeout: 300_000,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' },
      }),
    );
    assert.equal(bundled.status, 0, bundled.stderr);
    assert.doesNotMatch(bundled.stderr, /not measured|Could not measure/, 'the heights are measured');
    provider = spawn(process.execPath, [BIN, 'serve', out, '--port', String(PROVIDER_PORT), '--host', '127.0.0.1'], {
      env: { PATH: process.env.PATH, LANG: 'C' },
    });
    await new Promise((done, fail) => {
      let text = '';
      provider.stdout.on('data', (chunk) => ((text += chunk), text.includes('http://') && done()));
      provider.on('exit', (code) => fail(new Error(`serve exited with ${code}: ${text}`)));
    });

    await timed('posts (REST, as the author and the contributor)', async () => {
      posts.block = await save(
        'author',
        '区块',
        '<!-- wp:sw-widgets/stat-card {"metric":"chaozhou-volunteers"} /-->\n\n<!-- wp:paragraph -->\n<p>Pasted: <sw-stat-card metric="chaozhou-volunteers"></sw-stat-card><script src="https://evil.example/x.js"></script><iframe src="https://evil.example/"></iframe></p>\n<!-- /wp:paragraph -->',
      );
      posts.shortcode = await save(
        'author',
        '简码',
        '[sw-widget el="region-map" id="sw-map"]\n\n[sw-widget el="story-list" for="sw-map"]',
      );
      posts.badInput = await save(
        'author',
        '错误的属性',
        `[sw-widget el="stat-card" metric='x" onmouseover="alert(1)']\n\n[sw-widget el="stat-card" theme="purple"]\n\n[sw-widget el="chart"]`,
      );
      posts.plain = await save('author', '没有组件', 'Only text.');
      posts.oembedClassic = await save(
        'author',
        'oEmbed 经典编辑器',
        `Before\n\n${PROVIDER}widgets/stat-card-chaozhou-volunteers.html\n\nAfter`,
      );
      const map = `${PROVIDER}widgets/region-map.html`;
      posts.oembedBlock = await save(
        'author',
        'oEmbed 区块',
        `<!-- wp:embed {"url":"${map}","type":"rich","providerNameSlug":"sw-widgets"} -->\n<figure class="wp-block-embed is-type-rich is-provider-sw-widgets wp-block-embed-sw-widgets"><div class="wp-block-embed__wrapper">\n${map}\n</div></figure>\n<!-- /wp:embed -->`,
      );
      posts.contributor = await save(
        'contributor',
        '投稿者',
        '[sw-widget el="stat-card" metric="zhuanglang-stations" lang="en"]',
      );
      // An editor's review: the administrator publishes it without changing its content.
      await rest('administrator', `/wp/v2/posts/${posts.contributor.id}`, {
        method: 'POST',
        body: { status: 'publish' },
      });
    });
    const { findChrome, CHROME_ARGS } = await import('../../cli/lib/find-chrome.js');
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  });

  after(async () => {
    if (state)
      for (const post of Object.values(posts))
        await rest('administrator', `/wp/v2/posts/${post.id}`, { method: 'DELETE', query: '&force=true' }).catch(
          () => {},
        );
    await browser?.close();
    provider?.kill('SIGTERM');
    if (startedSite) spawnSync('bash', ['scripts/wordpress/site.sh', 'stop'], { cwd: ROOT });
    if (folder) rmSync(folder, { recursive: true, force: true });
    if (timings.length) console.log(`WordPress end-to-end timings: ${timings.join(', ')}`);
  });

  test('the plugin from its zip is active, at the package’s version', async () => {
    const plugins = await rest('administrator', '/wp/v2/plugins');
    const plugin = plugins.find((item) => item.plugin === 'sw-widgets/sw-widgets');
    assert.equal(plugin?.status, 'active');
    assert.equal(plugin.version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  test('kses strips the tags an author pastes, and keeps the block and the shortcodes', async () => {
    const raw = (await rest('author', `/wp/v2/posts/${posts.block.id}`, { query: '&context=edit' })).content.raw;
    assert.ok(raw.startsWith('<!-- wp:sw-widgets/stat-card {"metric":"chaozhou-volunteers"} /-->'), raw);
    assert.doesNotMatch(raw, /<sw-stat-card|<script|<iframe/, 'the author cannot save the tags themselves');
    assert.equal(
      (await rest('author', `/wp/v2/posts/${posts.shortcode.id}`, { query: '&context=edit' })).content.raw,
      '[sw-widget el="region-map" id="sw-map"]\n\n[sw-widget el="story-list" for="sw-map"]',
    );
  });

  test('a block: the card with its figure, its text inside the tag, the script with its SRI hash', async () => {
    await timed('block post in Chromium', async () => {
      const html = await (await fetch(posts.block.link)).text();
      assert.match(html, /<sw-stat-card metric="chaozhou-volunteers">潮州市注册志愿者超32万人<\/sw-stat-card>/);
      const manifest = JSON.parse(readFileSync(join(ROOT, 'cdn/manifest.json'), 'utf8'));
      const script = /<script[^>]*id='sw-widgets-js'[^>]*>/.exec(html)?.[0] ?? '';
      assert.ok(
        script.includes(`integrity="${manifest.files['sw-widgets.iife.js'].integrity}" crossorigin="anonymous"`),
        script,
      );
      assert.ok(script.includes(`src='${state.url}/wp-content/plugins/sw-widgets/cdn/sw-widgets.iife.js`), script);
      const page = await tab();
      await page.goto(posts.block.link, { waitUntil: 'load' });
      await page.waitForFunction(`${shadowText('sw-stat-card')}.includes('超32万')`);
      assert.equal(
        await page.evaluate(() => document.querySelectorAll('sw-stat-card').length),
        1,
        'the pasted tag is gone',
      );
      await page.browserContext().close();
    });
  });

  test('shortcodes: the map with its 34 divisions and the list of stories that follows it', async () => {
    await timed('shortcode post in Chromium', async () => {
      const page = await tab();
      await page.goto(posts.shortcode.link, { waitUntil: 'load' });
      await page.waitForFunction(
        `document.querySelector('sw-region-map')?.shadowRoot?.querySelectorAll('[data-code]').length === 34 && document.querySelector('sw-story-list')?.shadowRoot?.querySelectorAll('article').length === 4`,
      );
      assert.match(await page.evaluate(shadowText('sw-story-list')), /甘肃庄浪：“三个聚焦”建强社工人才队伍/);
      // The list follows the map: choosing Guangdong leaves its one story.
      await page.evaluate(() =>
        document
          .querySelector('sw-region-map')
          .shadowRoot.querySelector('[data-code="440000"]')
          .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })),
      );
      await page.waitForFunction(
        `document.querySelector('sw-story-list').shadowRoot.querySelectorAll('article').length === 1`,
      );
      await page.browserContext().close();
    });
  });

  test('bad attributes: escaped, and a visible error naming them', async () => {
    const html = await (await fetch(posts.badInput.link)).text();
    assert.match(html, /<sw-stat-card metric="x&quot; onmouseover=&quot;alert\(1\)">/);
    assert.match(
      html,
      /<div class="sw-widgets-error" role="alert"><strong>无法显示组件：<\/strong> 属性“theme”的值“purple”无效（可选：light, dark, auto）<\/div>/,
    );
    assert.match(html, /未知组件“chart”（可选：region-map, stat-card, story-list）/);
    const page = await tab();
    await page.goto(posts.badInput.link, { waitUntil: 'load' });
    // One attribute, whose value is the whole text given; the element names the metric it cannot find.
    assert.deepEqual(
      await page.evaluate(() =>
        [...document.querySelectorAll('sw-stat-card')].map((card) => [
          card.getAttribute('metric'),
          card.hasAttribute('onmouseover'),
        ]),
      ),
      [['x" onmouseover="alert(1)', false]],
    );
    await page.waitForFunction(`${shadowText('sw-stat-card')}.includes('x" onmouseover="alert(1)')`);
    assert.equal(await page.evaluate(() => document.querySelectorAll('[role="alert"].sw-widgets-error').length), 2);
    await page.browserContext().close();
  });

  test('the script only where a widget is shown', async () => {
    assert.doesNotMatch(await (await fetch(posts.plain.link)).text(), /sw-widgets\.iife\.js/);
    assert.doesNotMatch(
      await (await fetch(posts.oembedClassic.link)).text(),
      /sw-widgets\.iife\.js/,
      'an oEmbed iframe needs no script on the page',
    );
  });

  test('a contributor’s post, published by an editor, shows its widget', async () => {
    const page = await tab();
    await page.goto(posts.contributor.link, { waitUntil: 'load' });
    await page.waitForFunction(`${shadowText('sw-stat-card')}.includes('14')`);
    assert.match(await page.evaluate(shadowText('sw-stat-card')), /stations/);
    await page.browserContext().close();
  });

  /** The embedded widget in WordPress's sandbox: what it shows, its origin, and its height against its content. */
  async function embedded(link, rendered) {
    const page = await tab();
    await page.goto(link, { waitUntil: 'load' });
    const selector = 'iframe.wp-embedded-content';
    const attributes = await page.$eval(selector, (frame) => ({
      sandbox: frame.getAttribute('sandbox'),
      security: frame.getAttribute('security'),
      secret: frame.dataset.secret,
      src: frame.src,
    }));
    assert.equal(attributes.sandbox, 'allow-scripts');
    assert.equal(attributes.security, 'restricted');
    assert.ok(
      attributes.src.startsWith(PROVIDER) && attributes.src.endsWith(`#?secret=${attributes.secret}`),
      attributes.src,
    );
    const frame = await (await page.$(selector)).contentFrame();
    await frame.waitForFunction(rendered);
    // wp-embed.js shows the iframe (it hid it behind the blockquote) and sets its height from the page's message.
    await page.waitForFunction(
      (css) =>
        !document.querySelector(css).hasAttribute('style') &&
        getComputedStyle(document.querySelector('blockquote.wp-embedded-content')).display === 'none',
      {},
      selector,
    );
    let sizes;
    await page.waitForFunction(
      async (css) => {
        const box = document.querySelector(css).getBoundingClientRect();
        return box.height > 150;
      },
      {},
      selector,
    );
    // The content's height inside, and the iframe's, once the message has arrived (they settle together).
    for (let i = 0; i < 100; i++) {
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const height = await page.$eval(selector, (element) => element.getBoundingClientRect().height);
      sizes = { content, height, origin: await frame.evaluate(() => self.origin) };
      // At its full height: never cut off; taller only up to WordPress's 200 px minimum.
      if (height >= content && height <= Math.max(content, 200) + 1) break;
      await new Promise((done) => setTimeout(done, 100));
    }
    await page.browserContext().close();
    return sizes;
  }

  test('a pasted address alone on its line (classic): the card in WordPress’s sandbox, opaque origin, full height', async () => {
    const sizes = await timed('oEmbed classic in Chromium', () =>
      embedded(posts.oembedClassic.link, `${shadowText('sw-stat-card')}.includes('超32万')`),
    );
    assert.equal(sizes.origin, 'null', 'an opaque origin');
    assert.ok(sizes.height >= sizes.content && sizes.height <= Math.max(sizes.content, 200) + 1, JSON.stringify(sizes));
  });

  test('an embed block: the map in WordPress’s sandbox with its 34 divisions, at its full height', async () => {
    const sizes = await timed('oEmbed block in Chromium', () =>
      embedded(
        posts.oembedBlock.link,
        `document.querySelector('sw-region-map')?.shadowRoot?.querySelectorAll('[data-code]').length === 34`,
      ),
    );
    assert.equal(sizes.origin, 'null');
    assert.ok(sizes.content > 300, JSON.stringify(sizes));
    assert.ok(sizes.height >= sizes.content && sizes.height <= sizes.content + 1, JSON.stringify(sizes));
  });

  test('the block editor: the preview is the element, the sidebar offers the report’s figures, in Chinese', async () => {
    await timed('editor in Chromium', async () => {
      const page = await tab('author');
      await page.goto(`${state.url}/wp-admin/post.php?post=${posts.block.id}&action=edit`, { waitUntil: 'load' });
      const card = '.wp-block[data-type="sw-widgets/stat-card"]';
      await page.waitForFunction(
        (css) => document.querySelector(`${css} sw-stat-card`)?.shadowRoot?.textContent.includes('超32万'),
        {},
        card,
      );
      await page.click(card);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.components-panel__body-title')].some(
          (title) => title.textContent === '组件设置',
        ),
      );
      const select = await page.waitForSelector('.components-panel__body.is-opened select');
      const options = await select.evaluate((element) => [...element.options].map((option) => option.textContent));
      assert.ok(options.includes('潮州市 · 注册志愿者 (超32万人)'), options.join(' | '));
      assert.equal(options.length, 21, 'the headline and the 20 figures of the report');
      // Another figure: the preview follows.
      await select.select('zhuanglang-stations');
      await page.waitForFunction(
        (css) =>
          document.querySelector(`${css} sw-stat-card`)?.getAttribute('metric') === 'zhuanglang-stations' &&
          document.querySelector(`${css} sw-stat-card`).shadowRoot.textContent.includes('14个'),
        {},
        card,
      );
      assert.equal(await page.$eval('.block-editor-block-card__title', (title) => title.textContent), '数字卡片');
      await page.browserContext().close();
    });
  });

  test('settings: administrators only, with a nonce; another script address brings its SRI hash from its manifest', async () => {
    await timed('settings in Chromium', async () => {
      const settingsPage = `${state.url}/wp-admin/options-general.php?page=sw-widgets`;
      const author = await tab('author');
      const refused = await author.goto(settingsPage);
      assert.equal(refused.status(), 403);
      // A forged save by the author (no nonce is given to them): refused by the capability check.
      const forged = await author.evaluate(
        async (url) =>
          (
            await fetch(url, {
              method: 'POST',
              body: new URLSearchParams({ action: 'sw_widgets_save', sw_widgets_script_base: 'https://evil.example/' }),
            })
          ).status,
        `${state.url}/wp-admin/admin-post.php`,
      );
      assert.equal(forged, 403);
      await author.browserContext().close();

      const admin = await tab('administrator');
      // Without the form's nonce: refused.
      await admin.goto(settingsPage, { waitUntil: 'load' });
      const noNonce = await admin.evaluate(
        async (url) =>
          (
            await fetch(url, {
              method: 'POST',
              body: new URLSearchParams({ action: 'sw_widgets_save', sw_widgets_script_base: 'https://evil.example/' }),
            })
          ).status,
        `${state.url}/wp-admin/admin-post.php`,
      );
      assert.equal(noNonce, 403);
      assert.equal(await admin.$eval('#sw-widgets-script-base', (input) => input.value), '');
      assert.match(await admin.$eval('.wrap', (wrap) => wrap.textContent), /脚本地址（cdn\/ 文件夹）[\s\S]*SRI：有/);
      // Through the form: the bundle's folder, whose manifest.json gives the hash.
      await admin.type('#sw-widgets-script-base', PROVIDER);
      await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }), admin.click('#submit')]);
      assert.match(
        await admin.$eval('.notice', (notice) => notice.textContent),
        /已从脚本旁的 manifest\.json 读取它的 SRI 哈希/,
      );
      const html = await (await fetch(posts.block.link)).text();
      // The bundle's own manifest: its scripts are rehashed when it swaps the report in (cli/lib/integrity.js).
      const manifest = JSON.parse(readFileSync(join(folder, 'bundle/manifest.json'), 'utf8'));
      assert.match(
        html,
        new RegExp(
          `<script integrity="${manifest.files['sw-widgets.iife.js'].integrity.replace(/[+/]/g, '\\$&')}" crossorigin="anonymous" src='${PROVIDER}sw-widgets\\.iife\\.js'`,
        ),
      );
      const reader = await tab();
      await reader.goto(posts.block.link, { waitUntil: 'load' });
      await reader.waitForFunction(`${shadowText('sw-stat-card')}.includes('超32万')`);
      await reader.browserContext().close();
      // Back to the plugin's own copy.
      await admin.$eval('#sw-widgets-script-base', (input) => (input.value = ''));
      await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }), admin.click('#submit')]);
      assert.match(await admin.$eval('.notice', (notice) => notice.textContent), /插件自带的脚本副本/);
      await admin.browserContext().close();
    });
  });

  test('deleting the plugin removes its settings', () => {
    const result = spawnSync('php', ['scripts/wordpress/delete-plugin.php'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, HTTP_HOST: `127.0.0.1:${PORT}` },
    });
    assert.equal(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')));
    assert.equal(report.before.sw_widgets_report_src, 'https://static.example.org/sw/report.json');
    assert.deepEqual(report.after, {
      sw_widgets_script_base: false,
      sw_widgets_report_src: false,
      sw_widgets_script_integrity: false,
    });
    assert.equal(report.deleted, true);
    assert.equal(report.folder, false);
  });
});
