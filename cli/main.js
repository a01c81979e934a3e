// `sw-widgets`: the command line (bin/sw-widgets.js runs it). Exit codes: 0 done, 1 invalid input,
// 2 usage error (unknown command or option, missing argument, a value of the wrong form).
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { COMMANDS } from './commands/index.js';
import { cliLanguage, MESSAGES } from './messages.js';

export const EXIT = { ok: 0, invalid: 1, usage: 2 };

/** A problem with how the command was called (exit code 2). */
export class UsageError extends Error {}

/** A problem with the input (exit code 1); the message has already been printed when `reported`. */
export class InputError extends Error {}

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The --lang value given anywhere on the command line (the help texts are built before parsing). */
function langFlag(argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') return argv[i + 1];
    if (argv[i].startsWith('--lang=')) return argv[i].slice(7);
  }
  return undefined;
}

/**
 * Runs the command line.
 * @param {string[]} argv the arguments after the program name
 * @param {{ stdout?: (text: string) => void, stderr?: (text: string) => void, env?: Record<string, string | undefined>, cwd?: string }} [io]
 * @returns {Promise<number>} the exit code
 */
export async function run(argv, io = {}) {
  const out = io.stdout ?? ((text) => process.stdout.write(text));
  const err = io.stderr ?? ((text) => process.stderr.write(text));
  const lang = cliLanguage(langFlag(argv), io.env ?? process.env) ?? 'en';
  const t = MESSAGES[lang];
  const context = {
    lang,
    t,
    version: packageJson.version,
    packageRoot: new URL('../', import.meta.url),
    cwd: io.cwd ?? process.cwd(),
    out: (line = '') => out(line + '\n'),
    err: (line = '') => err(line + '\n'),
    exitCode: EXIT.ok,
  };

  const program = new Command('sw-widgets');
  const configure = (command) =>
    command
      .exitOverride()
      .configureOutput({ writeOut: out, writeErr: err, outputError: (text, write) => write(t.usageError(text.replace(/^error: /, ''))) })
      .configureHelp({ styleTitle: (title) => t.titles[title] ?? title, showGlobalOptions: true })
      .helpOption('-h, --help', t.helpOption);
  configure(program)
    .description(t.program)
    .version(packageJson.version, '-V, --version', t.versionOption)
    .addOption(new Option('--lang <language>', t.langOption).choices(['zh-Hans', 'zh', 'en']))
    .helpCommand('help [command]', t.helpCommand);
  for (const command of COMMANDS) configure(command.register(program, context));

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync(argv, { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      context.err(t.usageError(error.message));
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      if (error.message) context.err(error.message);
      return EXIT.invalid;
    }
    throw error;
  }
}
