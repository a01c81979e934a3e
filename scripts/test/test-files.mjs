// Test files by glob, for the engine groups of web-test-runner.config.mjs and
// for `node scripts/test/run.mjs --files <glob>` (a chosen file runs in the engines
// of the group it belongs to).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A RegExp for a glob with `**`, `*`, `?` and `{a,b}`, matched against a path relative to the repository. */
export function globToRegExp(glob) {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      // `**/` matches any number of folders, none included.
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      const end = glob.indexOf('}', i);
      source += `(?:${glob
        .slice(i + 1, end)
        .split(',')
        .map((part) => part.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
        .join('|')})`;
      i = end;
    } else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^(?:\\./)?${source}$`);
}

function walk(folder, found = []) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else found.push(path);
  }
  return found;
}

/** Files under `roots` that match any of `globs` (and none of the `!`-prefixed ones), sorted. */
export function matchFiles(globs, roots = ['src', 'test']) {
  const include = globs.filter((glob) => !glob.startsWith('!')).map(globToRegExp);
  const exclude = globs.filter((glob) => glob.startsWith('!')).map((glob) => globToRegExp(glob.slice(1)));
  return roots
    .flatMap((root) => walk(root))
    .map((path) => path.split('\\').join('/'))
    .filter((path) => include.some((re) => re.test(path)) && !exclude.some((re) => re.test(path)))
    .sort();
}
