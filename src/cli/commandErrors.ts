/**
 * Commander's own errors (a missing file name, an unknown command or option …) in Japanese. Commander
 * prints nothing (its outputError is silenced); the thrown CommanderError's code and message are
 * turned into a sentence naming what was typed and what to type.
 */
import type { CommanderError } from 'commander';

const ARGUMENTS: Record<string, string> = {
  file: '対象のブック（.xlsx ファイル）',
  files: '確認するブック（.xlsx ファイル）',
  inputs: '提出ブックのフォルダーまたは .xlsx ファイル',
};

/** The quoted parts of commander's message: `'--outptu'`, `'-o, --output <file>'`. */
function quoted(message: string): string[] {
  return [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]);
}

function suggestion(message: string): string {
  const m = /\(Did you mean (?:one of )?(.+)\?\)/.exec(message);
  return m ? `（${m[1]} のことですか？）` : '';
}

/** The subcommand the user typed (the first word that is not an option), if any. */
export function commandOf(argv: string[], names: string[]): string | null {
  const first = argv.find((a) => !a.startsWith('-'));
  return first && names.includes(first) ? first : null;
}

/**
 * The Japanese message for a commander error, or null for help and version output (already printed).
 * `command`: the subcommand typed, for the usage hint.
 */
export function commanderMessage(e: CommanderError, command: string | null, commands: string[]): string | null {
  const who = command ? `evalsheet ${command}` : 'evalsheet';
  const help = `使い方は「${who} --help」で確認できます。`;
  const [first] = quoted(e.message);
  switch (e.code) {
    case 'commander.helpDisplayed':
    case 'commander.version':
    case 'commander.help':
      return null;
    case 'commander.missingArgument':
      return `${who}: ${ARGUMENTS[first] ?? first ?? '対象'}を指定してください。${help}`;
    case 'commander.optionMissingArgument':
      return `${who}: オプション ${first} の後に値を指定してください（例：-o 結果.xlsx、--period 令和5年度）。${help}`;
    case 'commander.missingMandatoryOptionValue':
      return `${who}: オプション ${first} を指定してください。${help}`;
    case 'commander.unknownOption':
      return `${who}: 「${first}」というオプションはありません${suggestion(e.message)}。${help}`;
    case 'commander.unknownCommand':
      return `evalsheet: 「${first}」というコマンドはありません${suggestion(e.message)}。使えるコマンド：${commands.join('、')}（「evalsheet --help」で説明を表示します）。`;
    case 'commander.excessArguments': {
      const m = /Expected (\d+) argument.* but got (\d+)/.exec(e.message);
      const counts = m ? `（指定できるのは${m[1]}つ、指定されたのは${m[2]}つ）` : '';
      return `${who}: ファイルなどの指定が多すぎます${counts}。名前に空白があるときは "" で囲んでください。${help}`;
    }
    default:
      return `${who}: 指定に誤りがあります。${help}`;
  }
}
