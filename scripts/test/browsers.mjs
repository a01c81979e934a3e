// The three engines the tests run in, found on this machine, and their
// launchers for @web/test-runner:
// - Chromium: Debian's chromium or Google Chrome, through puppeteer-core over CDP;
// - Firefox: Debian's firefox-esr, through puppeteer-core over WebDriver BiDi;
// - WebKit: WebKitGTK's MiniBrowser, through WebKitWebDriver (W3C WebDriver)
//   and webdriverio, in an Xvfb display started here when there is none.
// Nothing is downloaded: each engine comes from the system's packages.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import * as puppeteerCore from 'puppeteer-core';
import { ChromeLauncher, chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { findChrome, HOW_TO_INSTALL, CHROME_ARGS } from '../../cli/lib/find-chrome.js';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
/** Older Chromium engines from npm (OLD_CHROMIUMS below): they run a subset of the tests (web-test-runner.config.mjs). */
export const OLD_ENGINES = ['chromium-92', 'chromium-108'];

const firstExisting = (paths) => paths.filter(Boolean).find((path) => existsSync(path));

export function findFirefox() {
  return firstExisting([
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
    'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
  ]);
}

/** WebKitWebDriver and the MiniBrowser it launches (WebKitGTK; Debian's webkit2gtk-driver). */
export function findWebKit() {
  const driver = firstExisting([
    process.env.WEBKIT_WEBDRIVER_PATH,
    '/usr/bin/WebKitWebDriver',
    '/usr/local/bin/WebKitWebDriver',
  ]);
  const browser = firstExisting([
    process.env.WEBKIT_BROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  ]);
  return driver && browser ? { driver, browser } : undefined;
}

export const INSTALL = {
  chromium: HOW_TO_INSTALL,
  'chromium-92': 'Chromium 92: npm ci (the devDependencies chromium-92 and puppeteer-core-10)',
  'chromium-108': 'Chromium 108: npm ci (the devDependencies chromium-108 and puppeteer-core-19)',
  firefox: 'Firefox: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH)',
  webkit:
    'WebKit: sudo apt-get install -y webkit2gtk-driver xvfb (or set WEBKIT_WEBDRIVER_PATH and WEBKIT_BROWSER_PATH)',
};

/**
 * The engines to run: SW_ENGINES (comma-separated) or all three, those found on this machine.
 * `missing` names the wanted engines that are not installed.
 */
export function availableEngines(
  wanted = (process.env.SW_ENGINES || [...ENGINES, ...OLD_ENGINES].join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean),
) {
  const found = { chromium: !!findChrome(), firefox: !!findFirefox(), webkit: !!findWebKit() && hasXvfbOrDisplay() };
  for (const name of OLD_ENGINES) found[name] = hasOldChromium(name);
  const unknown = wanted.filter((name) => !(name in found));
  if (unknown.length)
    throw new Error(`SW_ENGINES: unknown engine ${unknown.join(', ')} (use ${Object.keys(found).join(', ')})`);
  return { engines: wanted.filter((name) => found[name]), missing: wanted.filter((name) => !found[name]) };
}

function hasXvfbOrDisplay() {
  return !!process.env.DISPLAY || spawnSync('sh', ['-c', 'command -v Xvfb'], { stdio: 'ignore' }).status === 0;
}

export function chromiumLauncher() {
  return chromeLauncher({ launchOptions: { executablePath: findChrome(), args: CHROME_ARGS } });
}

export function firefoxLauncher() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      extraPrefsFirefox: {
        // Tab moves focus to links and buttons too, as on Windows and Linux (macOS's default skips them).
        'accessibility.tabfocus': 7,
        // No update checks, telemetry or first-run pages on a closed network.
        'app.update.disabledForTesting': true,
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        // The accessibility service, for the accessibility-tree tests.
        'accessibility.force_disabled': -1,
      },
    },
  });
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForDriver(port, child, timeout = 20000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/status`);
      if (answer.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeout} ms`);
}

/**
 * How long WebKit may take to open a test page (it usually takes a second): twice this, and a restart between, fit
 * in the runner's browserStartTimeout (web-test-runner.config.mjs: 120 s).
 */
const NAVIGATION_TIMEOUT_MS = 30000;

/** MiniBrowser driven by WebKitWebDriver; starts (and stops) the driver, and Xvfb when there is no display. */
class WebKitGtkLauncher extends WebdriverLauncher {
  constructor(paths) {
    // A request that gets no answer in 90 s fails (once retried) instead of holding the run.
    super({ logLevel: 'error', capabilities: {}, connectionRetryTimeout: 90000, connectionRetryCount: 1 });
    this.paths = paths;
    this.children = [];
  }

  async initialize(config, testFiles) {
    this.config = config;
    this.testFiles = testFiles;
    this.name = 'WebKit';
  }

  /** Starts Xvfb (when there is no display) and WebKitWebDriver, then the session; a start that hangs is retried once. */
  async createDriverManager() {
    for (let attempt = 1; ; attempt++) {
      await this.startDriver();
      let timer;
      const hung = new Promise(
        (_, reject) => (timer = setTimeout(() => reject(new Error('WebKit did not start within 60 s')), 60000)),
      );
      try {
        const manager = await Promise.race([this.startSession_(), hung]);
        clearTimeout(timer);
        return manager;
      } catch (error) {
        clearTimeout(timer);
        this.killChildren();
        this.driver = undefined;
        if (attempt >= 2) throw error;
        console.warn(`WebKit: ${error.message}; starting it again`);
      }
    }
  }

  /**
   * Opens a test file. @web/test-runner-webdriver starts the navigation without waiting for it (SessionManager's
   * queueStartSession): when WebKitWebDriver gave no answer in time on a loaded machine, the rejection went unhandled
   * and stopped the whole runner mid-run with nothing failed (`[web-test-runner] unhandledRejection: WebDriverError:
   * … UND_ERR_HEADERS_TIMEOUT when running "url"`, a fresh-clone CI run beside a CPU burner, 2026-12-05; docs/testing.md).
   * Here the navigation is awaited, for at most NAVIGATION_TIMEOUT_MS: one that fails or hangs restarts WebKit and is
   * made once more (the file's tests have not started: only the browser is tried again); a second failure fails that
   * file's session with its error, within the runner's browserStartTimeout.
   */
  async startSession(id, url) {
    for (let attempt = 1; ; attempt++) {
      await this.ensureManagerInitialized();
      const navigation = this.driverManager.startSession(id, url);
      let timer;
      const hung = new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`WebKit did not open the test page within ${NAVIGATION_TIMEOUT_MS / 1000} s`)),
          NAVIGATION_TIMEOUT_MS,
        );
      });
      try {
        return await Promise.race([navigation, hung]);
      } catch (error) {
        // The abandoned navigation settles once the driver is gone: handled here, never unhandled.
        navigation.catch(() => undefined);
        if (attempt >= 2) throw error;
        console.warn(`WebKit: ${error.message}; starting it again`);
        // Not stop(): its deleteSession would wait on the driver that did not answer (and keeps the old manager
        // when that request fails).
        clearInterval(this.pendingHeartbeat);
        this.driver = this.driverManager = undefined;
        this.killChildren();
      } finally {
        clearTimeout(timer);
      }
    }
  }

  async startSession_() {
    const manager = await super.createDriverManager();
    await this.driver.setWindowSize(800, 600);
    const [width, height] = await this.driver.execute('return [window.innerWidth, window.innerHeight]');
    await this.driver.setWindowSize(800 + 800 - width, 600 + 600 - height);
    return manager;
  }

  async startDriver() {
    const env = { ...process.env };
    if (!env.DISPLAY) {
      let number = 90 + Math.floor(Math.random() * 400);
      while (existsSync(`/tmp/.X${number}-lock`)) number++;
      const xvfb = spawn('Xvfb', [`:${number}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
        stdio: 'ignore',
      });
      this.children.push(xvfb);
      env.DISPLAY = `:${number}`;
      // MiniBrowser started before the display listens exits, and WebKitWebDriver then waits for it forever.
      const end = Date.now() + 20000;
      while (!existsSync(`/tmp/.X11-unix/X${number}`)) {
        if (xvfb.exitCode !== null || Date.now() > end) throw new Error(`Xvfb could not start on display :${number}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const port = await freePort();
    const driver = spawn(this.paths.driver, [`--port=${port}`], { env, stdio: 'ignore' });
    this.children.push(driver);
    process.once('exit', () => this.killChildren());
    await waitForDriver(port, driver);
    Object.assign(this.options, {
      hostname: '127.0.0.1',
      port,
      capabilities: {
        // WebKitWebDriver speaks classic W3C WebDriver, not BiDi (webdriverio asks for BiDi by default).
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: this.paths.browser, args: ['--automation'] },
      },
    });
    await super.initialize(this.config, this.testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.killChildren();
  }

  killChildren() {
    for (const child of this.children.reverse()) if (child.exitCode === null) child.kill();
    this.children = [];
  }
}

export function webkitLauncher() {
  return new WebKitGtkLauncher(findWebKit());
}

export const LAUNCHERS = {
  chromium: chromiumLauncher,
  firefox: firefoxLauncher,
  webkit: webkitLauncher,
  'chromium-92': () => oldChromiumLauncher('chromium-92'),
  'chromium-108': () => oldChromiumLauncher('chromium-108'),
};

// Older Chromium engines, below the features the newest ones have (class static blocks, color-mix(), container
// queries): headless builds from npm (@sparticuz/chromium, installed under an alias per version), each driven by
// the puppeteer-core that speaks its DevTools protocol. Nothing is downloaded: the binary is unpacked from the npm
// package (brotli) into the temporary directory once per version. Engines an older Chromium-based browser stands
// for: docs/testing.md.
export const OLD_CHROMIUMS = {
  'chromium-92': { package: 'chromium-92', puppeteer: 'puppeteer-core-10', name: 'Chromium 92' },
  'chromium-108': { package: 'chromium-108', puppeteer: 'puppeteer-core-19', name: 'Chromium 108' },
};

const requireHere = createRequire(import.meta.url);

/** The directory of an installed npm package (alias), or undefined when it is not installed. */
function packageDir(name) {
  try {
    return dirname(requireHere.resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

/** True when the old engine's npm packages are installed. */
export function hasOldChromium(engine) {
  const { package: chromium, puppeteer } = OLD_CHROMIUMS[engine];
  return !!packageDir(chromium) && !!packageDir(puppeteer);
}

/**
 * The old Chromium's executable, unpacked from its npm package on first use into
 * `<tmpdir>/sw-widgets-<package>@<version>/chromium` (written under another name and renamed: two runs at once
 * never see half a binary). The package's own executablePath() is not used: it returns any /tmp/chromium already
 * there, whatever its version.
 */
export async function unpackOldChromium(engine) {
  const dir = packageDir(OLD_CHROMIUMS[engine].package);
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const target = join(tmpdir(), `sw-widgets-${OLD_CHROMIUMS[engine].package}@${version}`);
  const executable = join(target, 'chromium');
  if (existsSync(executable)) return executable;
  mkdirSync(target, { recursive: true });
  const partial = `${executable}.${process.pid}.part`;
  await pipeline(
    createReadStream(join(dir, 'bin', 'chromium.br')),
    createBrotliDecompress(),
    createWriteStream(partial, { mode: 0o755 }),
  );
  renameSync(partial, executable);
  return executable;
}

/** A ChromeLauncher that unpacks its Chromium before the runner starts it; named "Chromium 92" etc. in results. */
class OldChromiumLauncher extends ChromeLauncher {
  constructor(engine) {
    const { puppeteer, name } = OLD_CHROMIUMS[engine];
    super(
      // The old headless mode (these builds are headless-only); no GPU; as root in CI.
      { headless: true, args: CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')), timeout: 120000 },
      ({ browser }) => browser.defaultBrowserContext(),
      async ({ context }) => {
        const page = await context.newPage();
        // @web/test-runner-commands' resetMouse calls mouse.reset() (puppeteer 21 and later): the same, by hand.
        // It releases the buttons still pressed and moves to the corner.
        if (!page.mouse.reset) {
          const { mouse } = page;
          const pressed = new Set();
          const { down, up } = mouse;
          mouse.down = (options = {}) => (pressed.add(options.button ?? 'left'), down.call(mouse, options));
          mouse.up = (options = {}) => (pressed.delete(options.button ?? 'left'), up.call(mouse, options));
          mouse.reset = async () => {
            for (const button of [...pressed]) await mouse.up({ button });
            await mouse.move(0, 0);
          };
        }
        return page;
      },
      requireHere(puppeteer),
    );
    this.engine = engine;
    this.name = name;
  }

  async initialize(config, testFiles) {
    this.launchOptions.executablePath = await unpackOldChromium(this.engine);
    return super.initialize(config, testFiles);
  }
}

export function oldChromiumLauncher(engine) {
  return new OldChromiumLauncher(engine);
}
