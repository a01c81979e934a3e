// `node scripts/render.mjs sw-stat-card --metric chaozhou-volunteers --lang en`: the `render` command of the
// `sw-widgets` CLI (cli/commands/render.js) on its own, until it is registered in the CLI's command list.
import { Command } from 'commander';
import render from '../cli/commands/render.js';

const context = {
  lang: /^zh/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'zh-Hans' : 'en',
  cwd: process.cwd(),
  out: (line = '') => process.stdout.write(line + '\n'),
  err: (line = '') => process.stderr.write(line + '\n'),
  exitCode: 0,
};
const program = new Command('sw-widgets');
render.register(program, context);
await program.parseAsync(['render', ...process.argv.slice(2)], { from: 'user' });
process.exitCode = context.exitCode;
