// `sw-widgets`: the command line (bin/sw-widgets.js runs it). Exit codes: 0 done, 1 invalid input,
// 2 usage error (unknown command or option, missing argument, a value of the wrong form).
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help, Option } from 'commander';
import { COMMANDS } from './commands/index.js';
import { EXIT, InputError, UsageError } from './lib/errors.js';
import { CLI_LANGUAGES, cliLanguage, MESSAGES } from './messages.js';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The --lang value given anywhere on the command line (the help texts are built before parsing). */
function langFlag(argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') return argv[i + 1];
    if (argv[i].startsWith('--lang=')) return argv[i].slice(7);
  }
  return undefined;
}

/** Characters a terminal draws two columns wide (CJK ideographs, kana, hangul, full-width forms). */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;
/** Columns a text takes in a terminal. */
export const displayWidth = (text) => text.replace(/\x1b\[[\d;]*m/g, '').length + (text.match(WIDE)?.length ?? 0);
/** Pieces a line may break between: a word, or one Chinese character with the punctuation that must stay with it. */
const BREAKABLE =
  /\s*(?:[（「『“《]*[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef][、，。；：！？）」』”》]*|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+)/g;

/** Wraps text to `width` columns, breaking Chinese between characters as well as at spaces. */
function wrapText(text, width) {
  return text
    .split('\n')
    .map((line) => {
      const lines = [];
      let current = '';
      for (const piece of line.match(BREAKABLE) ?? []) {
        if (current && displayWidth(current + piece) > width) {
          lines.push(current);
          current = piece.trimStart();
        } else current += piece;
      }
      return [...lines, current].join('\n');
    })
    .join('\n');
}

/**
 * Help in the chosen language: commander's titles, the words it puts in usage lines ([options], [command]) and
 * what it adds to a description (choices, default) come from `t` (cli/messages.js).
 */
function localHelp(t) {
  const words = (text) => text.replace(/\[options\]/g, t.words.options).replace(/\[command\]/g, t.words.command);
  const extra = (description, { argChoices, defaultValue, defaultValueDescription }) => {
    const items = [];
    if (argChoices) items.push(t.choices(argChoices));
    const shown = defaultValueDescription ?? (Array.isArray(defaultValue) ? defaultValue.join(' ') : defaultValue);
    if (shown !== undefined && shown !== '' && typeof defaultValue !== 'boolean') items.push(t.defaultValue(shown));
    return items.length ? `${description}${t.extra(items)}` : description;
  };
  return {
    styleTitle: (title) => t.titles[title] ?? title,
    // Chinese is two columns a character and breaks between characters: columns line up and lines wrap.
    displayWidth,
    boxWrap(text, width) {
      return width < this.minWidthToWrap ? text : wrapText(text, width);
    },
    showGlobalOptions: true,
    commandUsage(command) {
      return words(Help.prototype.commandUsage.call(this, command));
    },
    subcommandTerm(command) {
      return words(Help.prototype.subcommandTerm.call(this, command));
    },
    optionDescription: (option) => extra(option.description, option),
    argumentDescription: (argument) => extra(argument.description, argument),
  };
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
    env: io.env ?? process.env,
    out: (line = '') => out(line + '\n'),
    err: (line = '') => err(line + '\n'),
    exitCode: EXIT.ok,
  };

  const program = new Command('sw-widgets');
  const configure = (command) =>
    command
      .exitOverride()
      .configureOutput({
        writeOut: out,
        writeErr: err,
        outputError: (text, write) => write(t.usageError(text.replace(/^error: /, ''))),
      })
      .configureHelp(localHelp(t))
      .helpOption('-h, --help', t.helpOption);
  configure(program)
    .description(t.program)
    .version(packageJson.version, '-V, --version', t.versionOption)
    .addOption(new Option(`--lang <${t.terms.language}>`, t.langOption).choices([...CLI_LANGUAGES, 'zh']))
    .helpCommand(`help [${t.terms.command}]`, t.helpCommand);
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
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return EXIT.ok;
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
