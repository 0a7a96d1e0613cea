/**
 * Every text of `evalsheet --help` (and of `evalsheet help <command>`), Japanese and English side by
 * side: each entry is a `{ ja, en }` pair, so an entry without its English fails to compile. Japanese
 * unless the locale says English (helpLanguage). Only the help is translated: results, findings
 * (their own catalog) and error messages stay Japanese. Option flags and placeholders (`<file>`,
 * `[options]`) are the same in both languages.
 */
import { COMMAND_HELP, EXIT, type Example, type HelpLanguage, type Text } from './commandHelp';

export type { HelpLanguage } from './commandHelp';

/**
 * The language of the help: EVALSHEET_LANG=en|ja if set; else the first set of LC_ALL, LC_MESSAGES
 * and LANG (POSIX order) — English when it starts with "en", Japanese for anything else (ja_JP, C,
 * fr_FR, unset).
 */
export function helpLanguage(env: Record<string, string | undefined>): HelpLanguage {
  const forced = (env.EVALSHEET_LANG ?? '').trim().toLowerCase();
  if (forced.startsWith('en')) return 'en';
  if (forced.startsWith('ja')) return 'ja';
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].map((v) => (v ?? '').trim()).find((v) => v !== '') ?? '';
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'ja';
}
/** Commander's headings, by its English title. */
export const HEADINGS: Record<string, Text> = {
  'Usage:': { ja: '使い方：', en: 'Usage:' },
  'Options:': { ja: 'オプション：', en: 'Options:' },
  'Commands:': { ja: 'コマンド：', en: 'Commands:' },
  'Arguments:': { ja: '引数：', en: 'Arguments:' },
  'Global Options:': { ja: '共通のオプション：', en: 'Global Options:' },
};

export const PROGRAM = {
  description: {
    ja: '施策評価ブックの指標を検証し、達成度評価（A〜D）と評価サマリーを作成します。',
    en: 'Checks the indicators of policy-evaluation workbooks, grades them (A to D) and writes a summary sheet.',
  },
  version: { ja: 'バージョンを表示します', en: 'print the version' },
  help: { ja: 'この説明を表示します', en: 'print this help' },
  helpCommand: { ja: 'コマンドの説明を表示します', en: 'print the help of a command' },
  examples: { ja: '例：', en: 'Examples:' },
  exitCodes: { ja: '終了コード：', en: 'Exit codes:' },
  outputs: { ja: '書き込み先：', en: 'Output files:' },
} satisfies Record<string, Text>;

export const OUTPUT_RULES: Record<HelpLanguage, string[]> = {
  ja: [
    'すでにあるファイルには書きません（置き換えるには --force）。',
    '元のファイルに書くのは rate と init の --in-place だけで、元の内容を同じフォルダーに「名前.bak-年月日-時分秒.xlsx」として残します。',
    '-o のフォルダーは作りません。一時ファイルに書いてから置くため、途中で失敗しても書きかけのファイルは残りません。',
  ],
  en: [
    'An existing file is never replaced without --force.',
    'Only rate and init write into the input file, and only with --in-place, which first keeps the original as NAME.bak-YYYYMMDD-HHMMSS.xlsx in the same folder.',
    'The folder of -o is not created. Files are written through a temporary file: a failure leaves no half-written file.',
  ],
};

/** Said in the English main help only: what is not translated. */
export const ENGLISH_NOTE = 'Only this help is in English: results, findings and error messages are in Japanese.';

/** The main help's examples: the year's work in four commands. */
export const PROGRAM_EXAMPLES: Record<HelpLanguage, Example[]> = {
  ja: [
    COMMAND_HELP.template.examples.ja[0],
    COMMAND_HELP.check.examples.ja[1],
    COMMAND_HELP.rate.examples.ja[0],
    COMMAND_HELP.review.examples.ja[0],
    { command: 'evalsheet help rate', note: 'コマンドの説明（オプション・例・終了コード）を表示します' },
  ],
  en: [
    COMMAND_HELP.template.examples.en[0],
    COMMAND_HELP.check.examples.en[1],
    COMMAND_HELP.rate.examples.en[0],
    COMMAND_HELP.review.examples.en[0],
    { command: 'evalsheet help rate', note: "prints a command's help (options, examples, exit codes)" },
  ],
};

/** The main help's exit codes. */
export const PROGRAM_EXIT_CODES: Record<HelpLanguage, string[]> = {
  ja: [
    EXIT.ja.ok,
    `${EXIT.ja.findings}（check で複数のファイルの一部が読み取れなかったときも 1）`,
    EXIT.ja.nothing('、rate で指標が一つも見つからない'),
    '130・143・129  review を Ctrl+C などで中断',
  ],
  en: [
    EXIT.en.ok,
    `${EXIT.en.findings} (for check, also when some of several files could not be read)`,
    EXIT.en.nothing(', no indicator found by rate'),
    '130, 143, 129  review interrupted (Ctrl+C, SIGTERM, SIGHUP)',
  ],
};

/** A titled block of the help: `例：` and indented lines. */
export function helpBlock(title: string, lines: string[]): string {
  return `\n${title}\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

/** The examples as a help block: each command line, its note indented under it. */
export function examplesBlock(lang: HelpLanguage, examples: Example[]): string {
  return helpBlock(
    PROGRAM.examples[lang],
    examples.flatMap((e) => [e.command, `    ${e.note}`]),
  );
}
