/**
 * `evalsheet --help` in one language: Japanese by default, English when the locale says so
 * (EVALSHEET_LANG, then LC_ALL, LC_MESSAGES, LANG); examples that run as written; the exit codes.
 * The locale is read by the built command in its own process (npm run build:lib).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { run } from '../src/cli/main';
import { COMMAND_HELP, type CommandHelp, type HelpLanguage } from '../src/cli/commandHelp';
import { PROGRAM_EXAMPLES, helpLanguage } from '../src/cli/helpText';
import { sheet, tempDir, writeXlsx } from './helpers/workbooks';

const BIN = path.resolve(__dirname, '../bin/evalsheet.js');
const COMMANDS = Object.keys(COMMAND_HELP) as (keyof typeof COMMAND_HELP)[];
/** Japanese script: kana, CJK ideographs, full-width punctuation and forms. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

async function help(lang: HelpLanguage, ...args: string[]): Promise<string> {
  const out: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => out.push(s) }, lang);
  expect(code).toBe(0);
  return out.join('\n');
}

/** Every help page: the main one and each command's. */
const PAGES: string[][] = [['--help'], ...COMMANDS.map((c) => [c, '--help'])];

/** What is typed as it stands: the command names and the arguments' names (shown bare under 引数：). */
const IDENTIFIERS = new Set([
  'evalsheet',
  'help',
  ...COMMANDS,
  ...COMMANDS.flatMap((c) => Object.keys(COMMAND_HELP[c].arguments).map((a) => a.replace(/[<>[\].]/g, ''))),
]);

/**
 * The Latin words left in a Japanese help once what is not prose is taken out: option flags,
 * placeholders, command lines of the examples, file names, command and argument names, JSON field
 * names, and names that are not translated (JSON, CSV, the encodings).
 */
function englishWords(text: string): string[] {
  const prose = text
    .split('\n')
    .filter((line) => !/^\s*evalsheet /.test(line)) // the examples' command lines
    .join('\n')
    .replace(/(^|\s)evalsheet\b/g, ' ')
    .replace(/--?[a-zA-Z][\w-]*/g, ' ') // option flags
    .replace(/<[^>]*>|\[[^\]]*\]/g, ' ') // placeholders: <file>, [options], [command]
    .replace(/[\w./-]*\.(xlsx|xlsm|xls|csv|json|md)\b|\.bak-/g, ' ') // file names, the backup's name
    .replace(/\b(JSON|CSV|Shift_JIS|UTF-8|CPU|Ctrl\+C|R\d+|FY\d+)\b/g, ' ')
    .replace(/\b(cells|guesses)\b/g, ' '); // --json's field names
  return (prose.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !IDENTIFIERS.has(w));
}

describe('the language of the help', () => {
  test('EVALSHEET_LANG decides; else the first of LC_ALL, LC_MESSAGES, LANG that is set; English only for "en…"', () => {
    expect(helpLanguage({})).toBe('ja');
    expect(helpLanguage({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(helpLanguage({ LANG: 'en' })).toBe('en');
    expect(helpLanguage({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(helpLanguage({ LC_MESSAGES: 'en_GB.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(helpLanguage({ LC_ALL: 'ja_JP.UTF-8', LC_MESSAGES: 'en_GB.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ja');
    expect(helpLanguage({ LC_ALL: '', LANG: 'en_US.UTF-8' })).toBe('en'); // an empty variable is not set
    expect(helpLanguage({ LANG: 'en_US.UTF-8', EVALSHEET_LANG: 'ja' })).toBe('ja');
    expect(helpLanguage({ LANG: 'ja_JP.UTF-8', EVALSHEET_LANG: 'en' })).toBe('en');
    // An unknown locale (or C, or a word merely starting with the letters) falls back to Japanese.
    for (const LANG of ['fr_FR.UTF-8', 'C', 'C.UTF-8', 'POSIX', 'eng', 'de_DE']) expect(helpLanguage({ LANG })).toBe('ja');
    expect(helpLanguage({ LANG: 'en_US.UTF-8', EVALSHEET_LANG: 'fr' })).toBe('en'); // an unknown override is ignored
  });

  test('the built command reads the locale from its environment', () => {
    if (!existsSync(path.resolve(__dirname, '../lib/cli/main.js'))) throw new Error('lib/ is missing: run npm run build:lib (npm test does)');
    const helpWith = (env: Record<string, string>) => {
      const clean = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', EVALSHEET_LANG: '', ...env };
      return execFileSync(process.execPath, [BIN, '--help'], { env: clean, encoding: 'utf8' });
    };
    expect(helpWith({ LANG: 'en_US.UTF-8' })).toContain('Examples:');
    expect(helpWith({ LANG: 'en_US.UTF-8' })).not.toMatch(JAPANESE);
    expect(helpWith({ LANG: 'fr_FR.UTF-8' })).toContain('例：');
    expect(helpWith({ LANG: 'en_US.UTF-8', EVALSHEET_LANG: 'ja' })).toContain('例：');
    expect(helpWith({ LC_ALL: 'en_US.UTF-8', LANG: 'ja_JP.UTF-8' })).toContain('Exit codes:');
    expect(helpWith({})).toContain('使い方：');
  });
});

test('--help loads commander and the help texts only: no command, no workbook library, nothing of the pane', () => {
  if (!existsSync(path.resolve(__dirname, '../lib/cli/main.js'))) throw new Error('lib/ is missing: run npm run build:lib (npm test does)');
  const script = `require(${JSON.stringify(path.resolve(__dirname, '../lib/cli/main.js'))})
    .run(['--help'], { out() {}, err() {} }, 'ja')
    .then(() => process.stdout.write(JSON.stringify(Object.keys(require.cache))));`;
  const loaded = (JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[]).map((f) => f.split(path.sep).join('/'));
  expect(loaded.some((f) => f.endsWith('/lib/cli/helpText.js'))).toBe(true);
  expect(loaded.filter((f) => /\/(exceljs|jszip|react|react-dom|@fluentui)\/|\/lib\/cli\/commands\/|\/lib\/adapters\/xlsx\/filePort/.test(f))).toEqual([]);
  expect(loaded.length).toBeLessThan(40);
});

test('a help text without its English does not compile (tsc and ts-jest check this file)', () => {
  // @ts-expect-error the English is missing
  const description: CommandHelp['description'] = { ja: 'ブックを読みます' };
  expect(description.ja).toBe('ブックを読みます');
});

describe('the Japanese help', () => {
  test.each(PAGES)('%s %s: Japanese throughout, with examples and exit codes', async (...args) => {
    const text = await help('ja', ...args);
    expect(text).toContain('使い方：');
    expect(text).toContain('オプション：');
    expect(text).toContain('例：\n  evalsheet ');
    expect(text).toMatch(/終了コード：\n {2}0 {2}エラーの指摘なし\n/);
    expect(text).toMatch(/\n {2}2 {2}何もできなかった/);
    expect(englishWords(text)).toEqual([]);
  });

  test('the word filter would catch English left in the help', () => {
    expect(englishWords('オプション：\n  --json  print JSON')).toEqual(['print']);
    expect(englishWords('使い方： evalsheet rate [options] <file>\n  Usage')).toEqual(['Usage']);
    expect(englishWords('引数：\n  file  評価する .xlsx ファイル（the workbook）')).toEqual(['the', 'workbook']);
  });

  test('commands that write show the output rules; check does not', async () => {
    expect(await help('ja', 'rate', '--help')).toContain('書き込み先：');
    expect(await help('ja', 'review', '--help')).toContain('書き込み先：');
    expect(await help('ja', 'check', '--help')).not.toContain('書き込み先：');
  });
});

describe('the English help', () => {
  test.each(PAGES)('%s %s: no Japanese, with examples and exit codes', async (...args) => {
    const text = await help('en', ...args);
    expect(text).toContain('Usage:');
    expect(text).toContain('Options:');
    expect(text).toContain('Examples:\n  evalsheet ');
    expect(text).toMatch(/Exit codes:\n {2}0 {2}no error-severity finding\n/);
    expect(text).toMatch(/\n {2}2 {2}nothing could be done/);
    expect(text).not.toMatch(JAPANESE);
  });

  test('the main help says that everything but the help stays Japanese', async () => {
    expect(await help('en', '--help')).toMatch(/results, findings and error messages are in Japanese/);
  });
});

describe('the examples', () => {
  test('each command has examples in both languages, the same options in the same order', () => {
    const flags = (command: string) => command.split(' ').filter((w) => w.startsWith('-'));
    for (const name of COMMANDS) {
      const { ja, en } = COMMAND_HELP[name].examples;
      expect(ja.length).toBeGreaterThan(0);
      expect(en.map((e) => flags(e.command))).toEqual(ja.map((e) => flags(e.command)));
      for (const e of [...ja, ...en]) expect(e.command.startsWith(`evalsheet ${name} `)).toBe(true);
    }
    expect(PROGRAM_EXAMPLES.en.map((e) => flags(e.command))).toEqual(PROGRAM_EXAMPLES.ja.map((e) => flags(e.command)));
  });

  describe('run as written, in a folder holding the files they name', () => {
    let fixtures: string;
    let cwd: string;

    beforeAll(async () => {
      cwd = process.cwd();
      fixtures = await tempDir('evalsheet-help-examples-');
      await makeFixtures(fixtures);
    }, 120000);
    afterAll(async () => {
      process.chdir(cwd);
      await fs.rm(fixtures, { recursive: true, force: true });
    });

    const EXAMPLES = (['ja', 'en'] as const).flatMap((lang) => [
      ...COMMANDS.flatMap((name) => COMMAND_HELP[name].examples[lang].map((e) => [lang, e.command] as const)),
      ...PROGRAM_EXAMPLES[lang].filter((e) => e.command.startsWith('evalsheet help')).map((e) => [lang, e.command] as const),
    ]);

    test.each(EXAMPLES)(
      '(%s) %s',
      async (_lang, command) => {
        const dir = await tempDir('evalsheet-help-example-');
        try {
          await fs.cp(fixtures, dir, { recursive: true });
          const args = command.split(' ').slice(1);
          const o = args.findIndex((a) => a === '-o');
          const output = o >= 0 ? args[o + 1] : null;
          // An output the example makes is not there yet, unless the example replaces it (--force).
          if (output && !args.includes('--force')) await fs.rm(path.join(dir, output), { force: true });
          process.chdir(dir);
          const printed: string[] = [];
          const code = await run(args, { out: (s) => printed.push(s), err: (s) => printed.push(s) }, 'ja');
          expect({ code, printed: code < 2 ? '' : printed.join('\n') }).toEqual({ code: expect.any(Number), printed: '' });
          expect(code).toBeLessThan(2);
          if (output) expect(existsSync(path.join(dir, output))).toBe(true);
        } finally {
          process.chdir(cwd);
          await fs.rm(dir, { recursive: true, force: true });
        }
      },
      60000,
    );
  });
});

/** The files the examples name, in both languages' names. */
async function makeFixtures(dir: string): Promise<void> {
  const quiet = { out: () => undefined, err: () => undefined };
  const made = async (...args: string[]) => expect(await run(args, quiet, 'ja')).toBe(0);
  const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
  const monthly = [
    sheet('月次実績', [
      ['令和6年度　月別実績（市民協働課）'],
      ['番号', '指標名', '単位', '区分', '年間目標', ...MONTHS, '累計'],
      ['K-01', '窓口相談件数', '件', '実績', 1200, 110, ...Array(11).fill(null)],
      ['K-02', '講座の参加者数', '人', '実績', 600, 30, ...Array(11).fill(null)],
    ]),
  ];
  const results = [
    sheet('事業実績', [
      ['指標名', '単位', 'R5目標', 'R5実績'],
      ['窓口相談件数', '件', 100, 96],
      ['講座の参加者数', '人', 50, 31],
    ]),
  ];
  const actuals = ['指標ID,指標名,5月', 'K-01,窓口相談件数,"1,050"', 'K-02,講座の参加者数,75', ''].join('\r\n');
  const names = [
    { book: '施策評価', r6: '施策評価_R6', results: '事業実績', monthly: '月次', actuals: '5月実績.csv', folder: '提出', expected: '提出予定.csv' },
    { book: 'evaluation', r6: 'evaluation_R6', results: 'results', monthly: 'monthly', actuals: 'may.csv', folder: 'submissions', expected: 'expected.csv' },
  ];
  for (const n of names) {
    await made('template', '-o', path.join(dir, `${n.book}.xlsx`), '--sample');
    await made('template', '-o', path.join(dir, `${n.r6}.xlsx`), '--period', 'R6', '--plan', 'R3-R7', '--sample');
    await writeXlsx(dir, `${n.results}.xlsx`, results);
    await writeXlsx(dir, `${n.monthly}.xlsx`, monthly);
    await fs.writeFile(path.join(dir, n.actuals), actuals);
    await fs.mkdir(path.join(dir, n.folder));
    await fs.copyFile(path.join(dir, `${n.book}.xlsx`), path.join(dir, n.folder, '市民協働課.xlsx'));
    await fs.copyFile(path.join(dir, `${n.results}.xlsx`), path.join(dir, n.folder, '商工観光課.xlsx'));
    await fs.writeFile(path.join(dir, n.expected), '担当部署,ファイル名\r\n市民協働課,市民協働課.xlsx\r\n商工観光課,商工観光課.xlsx\r\n');
  }
  // The reviews the --force examples make again.
  await fs.copyFile(path.join(dir, '施策評価.xlsx'), path.join(dir, '一括チェック.xlsx'));
  await fs.copyFile(path.join(dir, 'evaluation.xlsx'), path.join(dir, 'review.xlsx'));
}
