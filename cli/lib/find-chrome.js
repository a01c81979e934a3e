// Finds a Chrome or Chromium for `sw-widgets bundle --base-url` (it measures its widget pages), the tests and the
// benchmarks: CHROME_PATH, then Debian's chromium, then Google Chrome. Prints one line on how to get one if none.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
].filter(Boolean);

export function findChrome() {
  return candidates.find((path) => existsSync(path));
}

export const HOW_TO_INSTALL =
  'No Chrome or Chromium found: install one (Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk) or set CHROME_PATH to its executable.';

/** Flags for headless Chromium on a closed network, as root in CI. */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
