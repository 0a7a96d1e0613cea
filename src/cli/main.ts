/**
 * `evalsheet`: argument parsing and printing only; the work is the engine's. Every help text is in
 * ./helpText (Japanese, or English when the locale says so); everything else is printed in Japanese.
 * Exit codes: 0 no error-severity finding, 1 some (or some of several files unreadable), 2 nothing
 * could be done (nothing written). Outputs: never over an existing file without --force, never over
 * the input without --in-place (which keeps a backup), no folder made (./output).
 */
import { Command, CommanderError } from 'commander';
import { InputError } from '../adapters/xlsx/errors';
import { commanderMessage, commandOf } from './commandErrors';
import { ExitError, defaultIo, type Io } from './io';
import { COMMAND_HELP, type CommandHelp, type CommandName } from './commandHelp';
import {
  ENGLISH_NOTE,
  HEADINGS,
  OUTPUT_RULES,
  PROGRAM,
  PROGRAM_EXAMPLES,
  PROGRAM_EXIT_CODES,
  examplesBlock,
  helpBlock,
  helpLanguage,
  type HelpLanguage,
} from './helpText';

export type { Io } from './io';

/** The program: commander's set-up (help in the locale's language, Japanese errors), then each command. */
export function buildProgram(io: Io, setCode: (c: number) => void, lang: HelpLanguage = helpLanguage(process.env)): Command {
  const program = new Command();
  const main = [examplesBlock(lang, PROGRAM_EXAMPLES[lang]), helpBlock(PROGRAM.exitCodes[lang], PROGRAM_EXIT_CODES[lang])];
  main.push(helpBlock(PROGRAM.outputs[lang], OUTPUT_RULES[lang]));
  if (lang === 'en') main.push(`\n${ENGLISH_NOTE}`);
  program
    .name('evalsheet')
    .description(PROGRAM.description[lang])
    .version(require('../../package.json').version, '-V, --version', PROGRAM.version[lang])
    .helpOption('-h, --help', PROGRAM.help[lang])
    .helpCommand('help [command]', PROGRAM.helpCommand[lang])
    // Commander's headings translated (set before the commands, which inherit it).
    .configureHelp({ styleTitle: (title: string) => HEADINGS[title]?.[lang] ?? title })
    .exitOverride()
    // Commander's own (English) error text is not shown: run() says it in Japanese (./commandErrors).
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: () => undefined })
    .addHelpText('after', main.join('\n'));
  for (const [name, action] of Object.entries(ACTIONS) as [CommandName, Action][]) addCommand(program, name, lang, (...args) => action(io, ...args), setCode);
  return program;
}

/** What a command does with commander's arguments (its positional arguments, then its options). */
type Action = (io: Io, ...args: never[]) => Promise<number>;

/** The options a command's function takes (its last parameter but the Io). */
type OptionsOf<F extends (...args: never[]) => unknown, I extends number> = Parameters<F>[I];
type Commands = {
  check: typeof import('./commands/check').check;
  rate: typeof import('./commands/rate').rate;
  init: typeof import('./commands/init').init;
  template: typeof import('./commands/template').template;
  roll: typeof import('./commands/roll').roll;
  import: typeof import('./commands/import').importCommand;
  review: typeof import('./commands/review').review;
  publish: typeof import('./commands/publish').publish;
};

/**
 * Each command's work (./commands), loaded when the command runs: `evalsheet --help` loads only
 * commander and the help texts. In the order `evalsheet --help` lists them.
 */
const ACTIONS: Record<CommandName, Action> = {
  check: async (io, files: string[], opts: OptionsOf<Commands['check'], 1>) => (await import('./commands/check')).check(files, opts, io),
  rate: async (io, file: string, opts: OptionsOf<Commands['rate'], 1>) => (await import('./commands/rate')).rate(file, opts, io),
  init: async (io, file: string, opts: OptionsOf<Commands['init'], 1>) => (await import('./commands/init')).init(file, opts, io),
  template: async (io, opts: OptionsOf<Commands['template'], 0>) => (await import('./commands/template')).template(opts, io),
  roll: async (io, file: string, opts: OptionsOf<Commands['roll'], 1>) => (await import('./commands/roll')).roll(file, opts, io),
  import: async (io, file: string, opts: OptionsOf<Commands['import'], 1>) => (await import('./commands/import')).importCommand(file, opts, io),
  review: async (io, inputs: string[], opts: OptionsOf<Commands['review'], 1>) => (await import('./commands/review')).review(inputs, opts, io),
  publish: async (io, inputs: string[], opts: OptionsOf<Commands['publish'], 1>) => (await import('./commands/publish')).publish(inputs, opts, io),
};

/** One command: its arguments, options, examples, exit codes (and output rules when it writes) from ./helpText. */
function addCommand(
  program: Command,
  name: CommandName,
  lang: HelpLanguage,
  action: (...args: never[]) => Promise<number>,
  setCode: (c: number) => void,
): void {
  const help: CommandHelp = COMMAND_HELP[name];
  const command = program.command(name).description(help.description[lang]);
  for (const [argument, text] of Object.entries(help.arguments)) command.argument(argument, text[lang]);
  for (const [flags, text] of Object.entries(help.options)) command.option(flags, text[lang]);
  const after = [examplesBlock(lang, help.examples[lang]), helpBlock(PROGRAM.exitCodes[lang], help.exitCodes[lang])];
  if (help.writes) after.push(helpBlock(PROGRAM.outputs[lang], OUTPUT_RULES[lang]));
  command.addHelpText('after', after.join('\n'));
  // commander passes the positional arguments, the options, then the command itself.
  command.action(async (...args: unknown[]) => setCode(await action(...(args.slice(0, -1) as never[]))));
}

/** Runs the command; returns the exit code instead of exiting (tests call this directly). */
export async function run(argv: string[], io: Io = defaultIo, lang: HelpLanguage = helpLanguage(process.env)): Promise<number> {
  let code = 0;
  const program = buildProgram(
    io,
    (c) => {
      code = c;
    },
    lang,
  );
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      const names = program.commands.map((c) => c.name());
      const message = commanderMessage(e, commandOf(argv, names), names);
      if (message) io.err(message);
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof ExitError) {
      io.err(e.message);
      return e.code;
    }
    if (e instanceof InputError) {
      io.err(e.message);
      return 2;
    }
    // The library's own (English) text only on request: it means nothing to the clerk reading this.
    io.err(
      '予期しないエラーが発生し、処理を途中で止めました。書き出すファイルは一時ファイルから最後に置くため、書きかけのファイルは残りません。\n（この表示が続く場合は、環境変数 EVALSHEET_DEBUG=1 を付けて実行した表示と、使ったファイル・コマンドを添えて担当者に連絡してください）',
    );
    if (process.env.EVALSHEET_DEBUG) io.err(String((e as Error).stack ?? e));
    return 2;
  }
}

export async function main(): Promise<void> {
  // The reader of our output went away (`evalsheet … | head`): stop quietly, no stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  process.exitCode = await run(process.argv.slice(2));
}
