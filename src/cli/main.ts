/**
 * `evalsheet`: argument parsing and printing only; the work is the engine's.
 * Exit codes: 0 no error-severity finding, 1 some (or some of several files unreadable), 2 nothing
 * could be done (nothing written). Outputs: never over an existing file without --force, never over
 * the input without --in-place (which keeps a backup), no folder made (./output).
 */
import { Command, CommanderError } from 'commander';
import { InputError } from '../adapters/xlsx';
import { commanderMessage, commandOf } from './commandErrors';
import { check } from './commands/check';
import { rate } from './commands/rate';
import { init } from './commands/init';
import { review } from './commands/review';
import { template } from './commands/template';
import { roll } from './commands/roll';
import { importCommand } from './commands/import';
import { ExitError, defaultIo, type Io } from './shared';

export type { Io } from './shared';

const EXIT_CODES =
  '終了コード：0 エラーの指摘なし／1 エラーの指摘あり（check で複数のファイルの一部が読み取れなかったときも 1。読み取れなかったファイルは最後に一覧）／2 何もできなかった（読み取れない入力、指定の誤り、書き込めない、rate で指標が見つからない。何も書き込んでいません）';
const OUTPUTS =
  '書き込み先：すでにあるファイルには書きません（置き換えるには --force）。元のファイルに書くのは rate と init の --in-place だけで、元の内容を同じフォルダーに「名前.bak-年月日-時分秒.xlsx」として残します。-o のフォルダーは作りません。';

const HELP_TITLES: Record<string, string> = {
  'Usage:': '使い方：',
  'Options:': 'オプション：',
  'Commands:': 'コマンド：',
  'Arguments:': '引数：',
  'Global Options:': '共通のオプション：',
};

/** The program: commander's set-up (Japanese help and errors), then each command. */
export function buildProgram(io: Io, setCode: (c: number) => void): Command {
  const program = new Command();
  program
    .name('evalsheet')
    .description('施策評価ブックの指標を検証し、達成度評価（A〜D）と評価サマリーを作成します。')
    .version(require('../../package.json').version, '-V, --version', 'バージョンを表示します')
    .helpOption('-h, --help', 'この説明を表示します')
    .helpCommand('help [command]', 'コマンドの説明を表示します')
    // Commander's headings in Japanese (set before the commands, which inherit it).
    .configureHelp({ styleTitle: (title: string) => HELP_TITLES[title] ?? title })
    .exitOverride()
    // Commander's own (English) error text is not shown: run() says it in Japanese (./commandErrors).
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: () => undefined })
    .addHelpText('after', `\n${EXIT_CODES}\n${OUTPUTS}`);
  for (const add of COMMANDS) add(program, io, setCode);
  return program;
}

type AddCommand = (program: Command, io: Io, setCode: (c: number) => void) => void;

/** `evalsheet check`: reads workbooks and prints what it found (changes nothing). */
const checkCommand: AddCommand = (program, io, setCode) => {
  program
    .command('check')
    .description('ブックを読み、指標・評価・指摘を表示します（ブックは変更しません）')
    .argument('<files...>', '確認する .xlsx ファイル')
    .option('--period <period>', '評価対象期間（例：令和5年度、R5、2023）')
    .option('--rules <file>', '評価ルールのJSONファイル（評価設定シートより優先）')
    .option('--layout <file>', '読み取りの指定のJSONファイル（評価設定の読み取りの指定の代わりに使う。docs/layout.md）')
    .option('--json', 'JSONで出力する')
    .option('--explain', '指標ごとに、各値を読み取ったセルとその値、推測したことを表示する（--json では cells と guesses に入ります）')
    .addHelpText('after', `\n${EXIT_CODES}`)
    .action(async (files: string[], opts) => setCode(await check(files, opts, io)));
};

/** `evalsheet rate`: writes the grades and the summary sheet. */
const rateCommand: AddCommand = (program, io, setCode) => {
  program
    .command('rate')
    .description('評価を記入し、評価サマリーのシートを作成したブックを書き出します')
    .argument('<file>', '評価する .xlsx ファイル')
    .option('-o, --output <file>', '書き出すファイル（すでにあるファイルには書きません）')
    .option('--in-place', '元のファイルに書き込む（元の内容を「名前.bak-日付-時刻.xlsx」として同じフォルダーに残します）')
    .option('--force', '-o のファイルがすでにあっても置き換える')
    .option('--period <period>', '評価対象期間（例：令和5年度、R5、2023）')
    .option('--rules <file>', '評価ルールのJSONファイル')
    .option('--layout <file>', '読み取りの指定のJSONファイル（評価設定の読み取りの指定の代わりに使う。docs/layout.md）')
    .option('--overwrite', '記入済みの評価も計算結果で置き換える')
    .option('--json', '結果をJSONで出力する')
    .action(async (file: string, opts) => setCode(await rate(file, opts, io)));
};

/** `evalsheet init`: adds the settings sheet with the default rules. */
const initCommand: AddCommand = (program, io, setCode) => {
  program
    .command('init')
    .description('シート「評価設定」を既定の評価ルールで追加します')
    .argument('<file>', '.xlsx ファイル')
    .option('-o, --output <file>', '書き出すファイル（すでにあるファイルには書きません）')
    .option('--in-place', '元のファイルに書き込む（元の内容を「名前.bak-日付-時刻.xlsx」として同じフォルダーに残します）')
    .option('--force', '-o のファイルがすでにあっても置き換える')
    .action(async (file: string, opts) => setCode(await init(file, opts, io)));
};

/** `evalsheet template`: a new standard evaluation workbook. */
const templateCommand: AddCommand = (program, io, setCode) => {
  program
    .command('template')
    .description('標準の評価ブックのひな形（施策評価・事業実績・評価設定）を作成します')
    .option('-o, --output <file>', '書き出すファイル（すでにあるファイルには書きません）')
    .option('--force', '-o のファイルがすでにあっても置き換える')
    .option('--period <period>', '評価対象期間（既定：直近に終わった年度）')
    .option('--plan <range>', '計画期間（例：R3-R7。既定：評価対象期間の前後2年）')
    .option('--sample', 'サンプルの指標と事業を入れる')
    .action(async (opts) => setCode(await template(opts, io)));
};

/** `evalsheet roll`: the workbook for the next period. */
const rollCommand: AddCommand = (program, io, setCode) => {
  program
    .command('roll')
    .description('ブックを次の評価対象期間のものにして書き出します（年度の表記、評価を前年度評価へ、記述欄を空欄に。元のファイルは変更しません）')
    .argument('<file>', '今の期間の .xlsx ファイル')
    .option('--to <period>', '次の評価対象期間（例：令和6年度、R6。既定：今の期間の翌年度）')
    .option('-o, --output <file>', '書き出すファイル（元のファイルとは別の名前。すでにあるファイルには書きません）')
    .option('--force', '-o のファイルがすでにあっても置き換える（元のファイルには書きません）')
    .option('--period <period>', '今の評価対象期間（ブックから分からないとき）')
    .option('--layout <file>', '読み取りの指定のJSONファイル（評価設定の読み取りの指定の代わりに使う。docs/layout.md）')
    .option('--layout-out <file>', '--layout の指定を次の年度の列に移して書き出すファイル')
    .option('--json', '変更の一覧をJSONで出力する')
    .action(async (file: string, opts) => setCode(await roll(file, opts, io)));
};

/** `evalsheet import`: one month of actuals into the monthly table. */
const importActualsCommand: AddCommand = (program, io, setCode) => {
  program
    .command('import')
    .description(
      '他のシステムから出力した1か月分の実績（CSV：Shift_JIS/UTF-8、または .xlsx）を、月別の表に取り込んで書き出します（元のファイルは変更しません）',
    )
    .argument('<file>', '月別の表がある .xlsx ファイル')
    .option('--actuals <file>', '取り込むデータ（1列目：番号または指標名、見出しに「実績値」や「5月」の列）')
    .option('--month <month>', '取り込む月（例：2024-05、5月）')
    .option('-o, --output <file>', '書き出すファイル（元のファイルとは別の名前。すでにあるファイルには書きません）')
    .option('--force', '-o のファイルがすでにあっても置き換える（元のファイルには書きません）')
    .option('--overwrite', 'すでに入っている値も置き換える')
    .option('--json', '結果をJSONで出力する')
    .action(async (file: string, opts) => setCode(await importCommand(file, opts, io)));
};

/** `evalsheet review`: many submissions checked at once, into a review workbook. */
const reviewCommand: AddCommand = (program, io, setCode) => {
  program
    .command('review')
    .description('提出されたブックをまとめて確認し、提出状況一覧・指摘事項・評価一覧・集計のブックを作成します（提出ブックは変更しません）')
    .argument('<inputs...>', '提出ブックのフォルダー（中のフォルダーも含む）または .xlsx ファイル')
    .option('-o, --output <file>', '結果を書き出すブック（例：一括チェック.xlsx。すでにあるファイルには書きません）')
    .option('--force', '-o のファイルがすでにあっても置き換える（前回の結果を作り直すときなど）')
    .option('--period <period>', '評価対象期間（例：令和5年度、R5、2023）')
    .option('--rules <file>', '評価ルールのJSONファイル（各ブックの評価設定より優先）')
    .option('--layout <file>', '読み取りの指定のJSONファイル（各ブックの評価設定の読み取りの指定の代わりに、すべてのブックに使う。docs/layout.md）')
    .option('--expect <csv>', '提出予定一覧のCSV（1列目：担当部署、2列目：ファイル名またはシート名）')
    .option('--jobs <n>', '同時に読むブックの数（既定：CPUのコア数、最大4）')
    .option('--json', '結果をJSONで出力する')
    .action(async (inputs: string[], opts) => setCode(await review(inputs, opts, io)));
};

/** In the order `evalsheet --help` lists them. */
const COMMANDS: AddCommand[] = [checkCommand, rateCommand, initCommand, templateCommand, rollCommand, importActualsCommand, reviewCommand];

/** Runs the command; returns the exit code instead of exiting (tests call this directly). */
export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
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
