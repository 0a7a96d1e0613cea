/**
 * `evalsheet`: argument parsing and printing only; the work is the engine's.
 * Exit codes: 0 no error-severity finding, 1 some (or some of several files unreadable), 2 nothing
 * could be done (nothing written). Outputs: never over an existing file without --force, never over
 * the input without --in-place (which keeps a backup), no folder made (./output).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { checkWorkbook, colouredScale, defaultRules, fiscalYearLabel, parsePeriodArg, planRating, planRoll, reviewData, reviewPlan, REVIEW_SHEETS, RollError, settingsSheetSpec, SETTINGS_SHEET, templateSheetSpecs, templateYears, UsageError, type Report } from '../engine';
import { buildWorkbook } from '../adapters/xlsx/applyPlan';
import { newWorkbookBytes } from '../adapters/xlsx/newWorkbook';
import { InputError } from '../adapters/xlsx';
import { readFileBytes, readWorkbookFile } from '../adapters/xlsx/files';
import { loadSnapshot } from '../adapters/xlsx/openWorkbook';
import { workbookWithPlan } from '../adapters/xlsx/savePlan';
import { formatBlocked, formatChanges, formatReport, formatReview, formatRoll } from './format';
import { listSubmissions, readExpectedList, reviewFiles } from './review';
import { Spool } from './spool';
import { formatImport, importActuals, ImportUsageError, parseMonth } from './importActuals';
import { chooseOutput, OutputRefused, writeTarget, writtenLine, type OutputFlags, type Target } from './output';
import { commanderMessage, commandOf } from './commandErrors';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
};

class ExitError extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

async function readRules(file: string | undefined): Promise<unknown> {
  if (!file) return undefined;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new ExitError(2, `${file}: 評価ルールのファイルが読み取れません。パスを確認してください。`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ExitError(2, `${file}: 評価ルールのJSONに誤りがあります（${(e as Error).message}）。`);
  }
}

const CHARTS_LOST = '注意：このブックは形式の都合で全体を書き直したため、元のブックにあるグラフや図形は書き出したブックに残っていません。';

function exitCodeFor(reports: Report[]): number {
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

async function check(files: string[], opts: { period?: string; rules?: string; json?: boolean }, io: Io): Promise<number> {
  const rules = await readRules(opts.rules);
  const results: (Report | { file: string; error: string })[] = [];
  let unreadable = 0;
  for (const [i, file] of files.entries()) {
    if (files.length > 1) io.err(`[${i + 1}/${files.length}] ${file} を確認しています…`);
    try {
      const loaded = await readWorkbookFile(file);
      const { report } = checkWorkbook(loaded.snapshot, { file: path.basename(file), period: opts.period ?? null, rules });
      results.push(report);
      if (!opts.json) io.out(formatReport(report) + '\n');
    } catch (e) {
      if (e instanceof InputError) {
        unreadable++;
        results.push({ file: path.basename(file), error: e.message });
        io.err(e.message);
      } else if (e instanceof UsageError) throw new ExitError(2, e.message);
      else throw e;
    }
  }
  if (opts.json) io.out(JSON.stringify(files.length === 1 ? results[0] : results, null, 2));
  const failed = results.filter((r): r is { file: string; error: string } => 'error' in r);
  if (failed.length && files.length > 1 && !opts.json) io.out(`読み取れなかったファイル ${failed.length}件（確認していません）：\n${failed.map((f) => `  ${f.error}`).join('\n')}`);
  // 2 only when nothing could be checked; some files checked and some not is 1.
  if (unreadable === files.length) return 2;
  if (unreadable) return 1;
  return exitCodeFor(results as Report[]);
}

/** The output a command may write (see ./output), or exit 2 saying why not. */
async function outputFor(input: string | null, flags: OutputFlags, opts: { inPlace: boolean; sameAsInput?: string }): Promise<Target | null> {
  try {
    return await chooseOutput(input, flags, opts);
  } catch (e) {
    if (e instanceof OutputRefused) throw new ExitError(2, e.message);
    throw e;
  }
}

const NOTHING_WRITTEN = (t: Target) => (t.inPlace ? `${t.out} は変更していません` : `${t.out} は作っていません`);

async function rate(file: string, opts: OutputFlags & { period?: string; rules?: string; overwrite?: boolean; json?: boolean }, io: Io): Promise<number> {
  const target = await outputFor(file, opts, { inPlace: true });
  if (!target) throw new ExitError(2, '書き込み先を -o で指定してください（例：evalsheet rate 評価.xlsx -o 評価_評価済.xlsx）。元のファイルに書き込む場合は --in-place を付けます（元の内容は同じフォルダーにバックアップとして残します）。');
  const rules = await readRules(opts.rules);
  const loaded = await readWorkbookFile(file);
  let result;
  try {
    result = checkWorkbook(loaded.snapshot, { file: path.basename(file), period: opts.period ?? null, rules });
  } catch (e) {
    if (e instanceof UsageError) throw new ExitError(2, e.message);
    throw e;
  }
  const plan = planRating(loaded.snapshot, result, { overwrite: !!opts.overwrite });
  if (!result.report.indicators.length) {
    // Nothing to rate: no empty summary sheet, no file (the no-indicators finding says what was looked for).
    if (opts.json) io.out(JSON.stringify({ ...result.report, output: null, changes: [], sheetsWritten: [] }, null, 2));
    else io.out(formatReport(result.report));
    io.err(`${file}: 指標が見つからないため、評価も評価サマリーも作らず、何も書き込んでいません（${NOTHING_WRITTEN(target)}）。`);
    return 2;
  }
  const saved = await workbookWithPlan(loaded, plan, { fileName: file });
  const backup = await writeTarget(target, saved.bytes);
  const sheetsWritten = plan.sheets.map((s) => s.spec.name);
  if (opts.json) {
    io.out(JSON.stringify({ ...result.report, output: target.out, backup, changes: plan.cells, notWritten: plan.blocked, sheetsWritten }, null, 2));
  } else {
    io.out(formatReport(result.report));
    io.out(`\n${writtenLine(target, backup)}\n${formatChanges(plan.cells, sheetsWritten, (n) => loaded.snapshot.sheets.some((s) => s.name === n))}`);
    if (plan.blocked.length) io.out(formatBlocked(plan.blocked));
    const kept = result.report.indicators.filter((i) => i.existingGrade && i.grade && i.existingGrade !== i.grade).length;
    if (kept && !opts.overwrite) io.out(`  記入済みの評価 ${kept}件は計算と異なりますが、そのまま残しました（置き換えるには --overwrite）。`);
  }
  if (loaded.hasCharts && !saved.keptEverything) io.err(CHARTS_LOST);
  return exitCodeFor([result.report]);
}

async function init(file: string, opts: OutputFlags, io: Io): Promise<number> {
  const target = await outputFor(file, opts, { inPlace: true });
  if (!target) throw new ExitError(2, `${file}: 書き込み先を -o で指定するか、元のファイルに書き込むなら --in-place を付けてください（例：evalsheet init 評価.xlsx --in-place。元の内容は同じフォルダーにバックアップとして残します）。`);
  const loaded = await readWorkbookFile(file);
  if (loaded.snapshot.sheets.some((s) => s.name === SETTINGS_SHEET)) {
    io.out(`${file}: シート「${SETTINGS_SHEET}」はすでにあります。何も書き込んでいません（${NOTHING_WRITTEN(target)}）。`);
    return 0;
  }
  const { rules } = checkWorkbook(loaded.snapshot, { file }).report;
  const saved = await workbookWithPlan(loaded, { cells: [], sheets: [{ mode: 'replace', spec: settingsSheetSpec(rules) }], scale: [] }, { fileName: file });
  const backup = await writeTarget(target, saved.bytes);
  io.out(`${target.out}: シート「${SETTINGS_SHEET}」を追加しました（既定の評価ルール）。`);
  io.out(writtenLine(target, backup));
  if (loaded.hasCharts && !saved.keptEverything) io.err(CHARTS_LOST);
  return 0;
}

/** --jobs: how many files are read at once; by default one per processor core, at most 4. */
function jobsOf(option: string | undefined): number {
  if (option === undefined) return Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
  const n = Number(option);
  if (!Number.isInteger(n) || n < 1 || n > 32) throw new ExitError(2, `--jobs には 1〜32 の整数を指定してください（「${option}」）。`);
  return n;
}

/**
 * Whether an existing output is one of the submissions the review reads (a workbook in an input
 * folder that is not an earlier review result): `--force` replaces an earlier result, never a submission.
 */
async function isSubmission(inputs: string[], out: string): Promise<boolean> {
  const listed = await listSubmissions(inputs, null);
  if (!listed.some((s) => s.path === path.resolve(out))) return false;
  try {
    const snapshot = await loadSnapshot(await readFileBytes(out), out);
    return !snapshot.sheets.some((s) => s.name === REVIEW_SHEETS.status);
  } catch {
    return true; // unreadable: not known to be an earlier result, so kept
  }
}

async function review(inputs: string[], opts: OutputFlags & { period?: string; rules?: string; expect?: string; json?: boolean; jobs?: string }, io: Io): Promise<number> {
  if (!opts.output && !opts.json) throw new ExitError(2, '結果の書き込み先を -o で指定してください（例：evalsheet review 提出フォルダ -o 一括チェック.xlsx）。');
  if (opts.period && !parsePeriodArg(opts.period)) throw new ExitError(2, `評価対象期間「${opts.period}」を読み取れません。「令和5年度」「R5」「2023」のように指定してください。`);
  if (opts.output && inputs.some((i) => path.resolve(i) === path.resolve(opts.output!))) throw new ExitError(2, `${opts.output}: 提出ブックと同じファイルには書き込めません。別の名前を -o に指定してください。`);
  const target = await outputFor(null, opts, { inPlace: false });
  const rules = await readRules(opts.rules);
  const expected = opts.expect ? await readExpectedList(opts.expect) : [];
  if (target?.replaces && (await isSubmission(inputs, target.out))) {
    throw new ExitError(2, `${target.out}: 確認する提出ブックの一つです。--force があっても提出ブックは置き換えません。何も書き込んでいません。結果は提出フォルダーの外か、別の名前に書き出してください。`);
  }
  const files = await listSubmissions(inputs, opts.output ?? null);
  if (!files.length) throw new ExitError(2, `${inputs.join('、')}: 提出ブック（.xlsx）が見つかりません。`);
  io.err(`${files.length}件のブックを確認します。`);
  // Each file's findings and indicators wait on disk until the sheets are written.
  const spool = Spool.open();
  try {
    let result;
    try {
      result = await reviewFiles(files, { period: opts.period ?? null, rules, expected, store: spool, jobs: jobsOf(opts.jobs), onProgress: (line) => io.err(line) });
    } catch (e) {
      if (e instanceof UsageError) throw new ExitError(2, e.message);
      throw e;
    }
    if (target) {
      const plan = reviewPlan(result);
      await writeTarget(target, await newWorkbookBytes(plan.sheets.map((s) => s.spec), plan.scale));
    }
    if (opts.json) io.out(JSON.stringify({ ...reviewData(result), output: opts.output ?? null }, null, 2));
    else io.out(formatReview(result, opts.output ?? null));
    return result.size.errors > 0 ? 1 : 0;
  } finally {
    spool.close();
  }
}

async function template(opts: OutputFlags & { sample?: boolean; period?: string; plan?: string }, io: Io): Promise<number> {
  const target = await outputFor(null, opts, { inPlace: false });
  if (!target) throw new ExitError(2, '書き出すファイルを -o で指定してください（例：evalsheet template -o 施策評価_令和6年度.xlsx）。');
  let years;
  try {
    years = templateYears({ period: opts.period, plan: opts.plan, today: new Date() });
  } catch (e) {
    if (e instanceof UsageError) throw new ExitError(2, e.message.replace('の外です。', 'の外です。--plan を確認してください。'));
    throw e;
  }
  const { fiscalYear, planStart, planEnd } = years;
  const wb = buildWorkbook(templateSheetSpecs({ fiscalYear, planStart, planEnd, sample: !!opts.sample }), colouredScale(defaultRules().scale));
  await writeTarget(target, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  io.out(`${target.out}: 評価ブックのひな形を作成しました（評価対象期間：${fiscalYearLabel(fiscalYear)}、計画期間：${fiscalYearLabel(planStart)}〜${fiscalYearLabel(planEnd)}${opts.sample ? '、サンプル入り' : ''}）。${target.replaces ? '--force により既存のファイルを置き換えました。' : ''}`);
  return 0;
}

async function roll(file: string, opts: OutputFlags & { to?: string; period?: string; json?: boolean }, io: Io): Promise<number> {
  const target = await outputFor(file, opts, { inPlace: false, sameAsInput: `${opts.output}: 元のファイルとは別の名前を -o に指定してください（元のファイルは前年度の記録として残します）。` });
  if (!target) throw new ExitError(2, '書き出すファイルを -o で指定してください（例：evalsheet roll 施策評価_令和5年度.xlsx --to 令和6年度 -o 施策評価_令和6年度.xlsx）。元のファイルは変更しません。');
  if (opts.period && !parsePeriodArg(opts.period)) throw new ExitError(2, `評価対象期間「${opts.period}」を読み取れません。「令和5年度」「R5」「2023」のように指定してください。`);
  const to = opts.to ? parsePeriodArg(opts.to) : null;
  if (opts.to && !to) throw new ExitError(2, `次の期間「${opts.to}」を読み取れません。「令和6年度」「R6」「2024」のように指定してください。`);
  const loaded = await readWorkbookFile(file);
  let rolled;
  try {
    const result = checkWorkbook(loaded.snapshot, { file: path.basename(file), period: opts.period ?? null });
    // By default the year after the current period (planRoll says so when the period is unknown).
    rolled = planRoll(loaded.snapshot, result, to?.fiscalYear ?? (result.report.period?.fiscalYear ?? 0) + 1);
  } catch (e) {
    if (e instanceof UsageError || e instanceof RollError) throw new ExitError(2, `${file}: ${e.message}`);
    throw e;
  }
  const saved = await workbookWithPlan(loaded, rolled.plan, { fileName: file });
  await writeTarget(target, saved.bytes);
  if (opts.json) io.out(JSON.stringify({ file, output: target.out, from: rolled.from, to: rolled.to, changes: rolled.changes, sheets: rolled.plan.sheets.map((x) => x.spec.name), findings: rolled.findings }, null, 2));
  else io.out(formatRoll(rolled, file, target.out) + (target.replaces ? `\n  --force により既存の ${target.out} を置き換えました。` : ''));
  if (loaded.hasCharts && !saved.keptEverything) io.err(CHARTS_LOST);
  return rolled.findings.some((f) => f.severity !== 'info') ? 1 : 0;
}

async function importCommand(file: string, opts: OutputFlags & { actuals?: string; month?: string; overwrite?: boolean; json?: boolean }, io: Io): Promise<number> {
  if (!opts.actuals) throw new ExitError(2, '取り込むデータを --actuals で指定してください（例：--actuals 5月実績.csv）。');
  const month = opts.month ? parseMonth(opts.month) : null;
  if (!month) throw new ExitError(2, `取り込む月を --month で指定してください（例：--month 2024-05）。${opts.month ? `「${opts.month}」は読み取れません。` : ''}`);
  const target = await outputFor(file, opts, { inPlace: false });
  if (!target) throw new ExitError(2, '書き出すファイルを -o で指定してください。元のファイルは変更しません。');
  let outcome;
  try {
    outcome = await importActuals(file, opts.actuals, month, target.out, !!opts.overwrite, { replace: target.replaces });
  } catch (e) {
    if (e instanceof ImportUsageError) throw new ExitError(2, e.message);
    throw e;
  }
  if (opts.json) io.out(JSON.stringify({ file, actuals: opts.actuals, output: target.out, ...outcome.result, plan: undefined, ratings: outcome.ratings }, null, 2));
  else io.out(formatImport(outcome, file, opts.actuals, target.out) + (target.replaces ? `\n  --force により既存の ${target.out} を置き換えました。` : ''));
  const r = outcome.result;
  return r.unmatched.length || r.missing.length || r.findings.length || r.conflicts.some((c) => !c.overwritten) ? 1 : 0;
}

const EXIT_CODES = '終了コード：0 エラーの指摘なし／1 エラーの指摘あり（check で複数のファイルの一部が読み取れなかったときも 1。読み取れなかったファイルは最後に一覧）／2 何もできなかった（読み取れない入力、指定の誤り、書き込めない、rate で指標が見つからない。何も書き込んでいません）';
const OUTPUTS = '書き込み先：すでにあるファイルには書きません（置き換えるには --force）。元のファイルに書くのは rate と init の --in-place だけで、元の内容を同じフォルダーに「名前.bak-年月日-時分秒.xlsx」として残します。-o のフォルダーは作りません。';

const HELP_TITLES: Record<string, string> = { 'Usage:': '使い方：', 'Options:': 'オプション：', 'Commands:': 'コマンド：', 'Arguments:': '引数：', 'Global Options:': '共通のオプション：' };

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
  program
    .command('check')
    .description('ブックを読み、指標・評価・指摘を表示します（ブックは変更しません）')
    .argument('<files...>', '確認する .xlsx ファイル')
    .option('--period <period>', '評価対象期間（例：令和5年度、R5、2023）')
    .option('--rules <file>', '評価ルールのJSONファイル（評価設定シートより優先）')
    .option('--json', 'JSONで出力する')
    .addHelpText('after', `\n${EXIT_CODES}`)
    .action(async (files: string[], opts) => setCode(await check(files, opts, io)));
  program
    .command('rate')
    .description('評価を記入し、評価サマリーのシートを作成したブックを書き出します')
    .argument('<file>', '評価する .xlsx ファイル')
    .option('-o, --output <file>', '書き出すファイル（すでにあるファイルには書きません）')
    .option('--in-place', '元のファイルに書き込む（元の内容を「名前.bak-日付-時刻.xlsx」として同じフォルダーに残します）')
    .option('--force', '-o のファイルがすでにあっても置き換える')
    .option('--period <period>', '評価対象期間（例：令和5年度、R5、2023）')
    .option('--rules <file>', '評価ルールのJSONファイル')
    .option('--overwrite', '記入済みの評価も計算結果で置き換える')
    .option('--json', '結果をJSONで出力する')
    .action(async (file: string, opts) => setCode(await rate(file, opts, io)));
  program
    .command('init')
    .description('シート「評価設定」を既定の評価ルールで追加します')
    .argument('<file>', '.xlsx ファイル')
    .option('-o, --output <file>', '書き出すファイル（すでにあるファイルには書きません）')
    .option('--in-place', '元のファイルに書き込む（元の内容を「名前.bak-日付-時刻.xlsx」として同じフォルダーに残します）')
    .option('--force', '-o のファイルがすでにあっても置き換える')
    .action(async (file: string, opts) => setCode(await init(file, opts, io)));
  program
    .command('template')
    .description('標準の評価ブックのひな形（施策評価・事業実績・評価設定）を作成します')
    .option('-o, --output <file>', '書き出すファイル（すでにあるファイルには書きません）')
    .option('--force', '-o のファイルがすでにあっても置き換える')
    .option('--period <period>', '評価対象期間（既定：直近に終わった年度）')
    .option('--plan <range>', '計画期間（例：R3-R7。既定：評価対象期間の前後2年）')
    .option('--sample', 'サンプルの指標と事業を入れる')
    .action(async (opts) => setCode(await template(opts, io)));
  program
    .command('roll')
    .description('ブックを次の評価対象期間のものにして書き出します（年度の表記、評価を前年度評価へ、記述欄を空欄に。元のファイルは変更しません）')
    .argument('<file>', '今の期間の .xlsx ファイル')
    .option('--to <period>', '次の評価対象期間（例：令和6年度、R6。既定：今の期間の翌年度）')
    .option('-o, --output <file>', '書き出すファイル（元のファイルとは別の名前。すでにあるファイルには書きません）')
    .option('--force', '-o のファイルがすでにあっても置き換える（元のファイルには書きません）')
    .option('--period <period>', '今の評価対象期間（ブックから分からないとき）')
    .option('--json', '変更の一覧をJSONで出力する')
    .action(async (file: string, opts) => setCode(await roll(file, opts, io)));
  program
    .command('import')
    .description('他のシステムから出力した1か月分の実績（CSV：Shift_JIS/UTF-8、または .xlsx）を、月別の表に取り込んで書き出します（元のファイルは変更しません）')
    .argument('<file>', '月別の表がある .xlsx ファイル')
    .option('--actuals <file>', '取り込むデータ（1列目：番号または指標名、見出しに「実績値」や「5月」の列）')
    .option('--month <month>', '取り込む月（例：2024-05、5月）')
    .option('-o, --output <file>', '書き出すファイル（元のファイルとは別の名前。すでにあるファイルには書きません）')
    .option('--force', '-o のファイルがすでにあっても置き換える（元のファイルには書きません）')
    .option('--overwrite', 'すでに入っている値も置き換える')
    .option('--json', '結果をJSONで出力する')
    .action(async (file: string, opts) => setCode(await importCommand(file, opts, io)));
  program
    .command('review')
    .description('提出されたブックをまとめて確認し、提出状況一覧・指摘事項・評価一覧・集計のブックを作成します（提出ブックは変更しません）')
    .argument('<inputs...>', '提出ブックのフォルダー（中のフォルダーも含む）または .xlsx ファイル')
    .option('-o, --output <file>', '結果を書き出すブック（例：一括チェック.xlsx。すでにあるファイルには書きません）')
    .option('--force', '-o のファイルがすでにあっても置き換える（前回の結果を作り直すときなど）')
    .option('--period <period>', '評価対象期間（例：令和5年度、R5、2023）')
    .option('--rules <file>', '評価ルールのJSONファイル（各ブックの評価設定より優先）')
    .option('--expect <csv>', '提出予定一覧のCSV（1列目：担当部署、2列目：ファイル名またはシート名）')
    .option('--jobs <n>', '同時に読むブックの数（既定：CPUのコア数、最大4）')
    .option('--json', '結果をJSONで出力する')
    .action(async (inputs: string[], opts) => setCode(await review(inputs, opts, io)));
  return program;
}

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
    io.err('予期しないエラーが発生し、処理を途中で止めました。書き出すファイルは一時ファイルから最後に置くため、書きかけのファイルは残りません。\n（この表示が続く場合は、環境変数 EVALSHEET_DEBUG=1 を付けて実行した表示と、使ったファイル・コマンドを添えて担当者に連絡してください）');
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
