// Opens a page in the desktop's browser, where there is one: not in CI, not over SSH, not on a Linux or BSD
// machine with no display (a server, a container). `serve` uses it to show the builder it starts.
import { spawn } from 'node:child_process';

const isSet = (value) => Boolean(value) && value !== '0' && value.toLowerCase() !== 'false';

/**
 * The command that opens `url` in this environment's browser, or undefined where there is no desktop to open it on.
 * @param {string} url
 * @param {{ env?: Record<string, string | undefined>, platform?: string }} [where]
 * @returns {{ command: string, args: string[] } | undefined}
 */
export function browserCommand(url, { env = process.env, platform = process.platform } = {}) {
  if (isSet(env.CI) || isSet(env.SW_WIDGETS_NO_OPEN)) return undefined;
  if (platform === 'darwin') return env.SSH_CONNECTION ? undefined : { command: 'open', args: [url] };
  // `start` is a cmd built-in; its first quoted argument is a window title.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return undefined;
  return { command: 'xdg-open', args: [url] };
}

/**
 * Opens `url` when `browserCommand` gives a way; resolves true once the opener started, false when there is none
 * or it could not start (no xdg-open installed). The opener is left to run on its own.
 */
export function openInBrowser(url, where) {
  const how = browserCommand(url, where);
  if (!how) return Promise.resolve(false);
  return new Promise((done) => {
    const child = spawn(how.command, how.args, {
      detached: true,
      stdio: 'ignore',
      env: where?.env ?? process.env,
      windowsHide: true,
    });
    child.once('error', () => done(false));
    child.once('spawn', () => {
      child.unref();
      done(true);
    });
  });
}
