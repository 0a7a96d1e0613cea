/**
 * Each command's help text (`evalsheet help <command>`), Japanese and English side by side: its description, arguments,
 * options, examples and exit codes. The program's own help and the helpers that print it are in helpText.ts.
 */

export type HelpLanguage = 'ja' | 'en';

/** One text in both languages. */
export type Text = Record<HelpLanguage, string>;
/** A command line that works as written (run by test/cliHelp.test.ts in a folder holding the files it names), and what it does. */
export type Example = { command: string; note: string };

export type CommandHelp = {
  description: Text;
  arguments: Record<string, Text>;
  options: Record<string, Text>;
  examples: Record<HelpLanguage, Example[]>;
  exitCodes: Record<HelpLanguage, string[]>;
  /** Whether the command writes a file (the output rules are shown with its help). */
  writes: boolean;
};

/** The exit codes every command shares. */
export const EXIT = {
  ja: {
    ok: '0  エラーの指摘なし',
    findings: '1  エラーの指摘あり',
    nothing: (also = '') => `2  何もできなかった（読み取れない入力、指定の誤り、書き込めない${also}。何も書き込んでいません）`,
  },
  en: {
    ok: '0  no error-severity finding',
    findings: '1  some error-severity finding',
    nothing: (also = '') => `2  nothing could be done (unreadable input, a wrong option, an output that cannot be written${also}); nothing was written`,
  },
};

/** The rules for output files, shown with every command that writes one. */
const OPTION = {
  period: { ja: '評価対象期間（例：令和5年度、R5、2023）', en: 'period evaluated (e.g. R5, 2023, FY2023, or its Japanese era name)' },
  rules: { ja: '評価ルールのJSONファイル（評価設定シートより優先）', en: 'grading rules as a JSON file (instead of the settings sheet)' },
  layout: {
    ja: '読み取りの指定のJSONファイル（評価設定の読み取りの指定の代わりに使う。docs/layout.md）',
    en: 'a reading layout as a JSON file (instead of the one in the settings sheet; docs/layout.md)',
  },
  json: { ja: '結果をJSONで出力する', en: 'print the result as JSON' },
  output: { ja: '書き出すファイル（すでにあるファイルには書きません）', en: 'file to write (an existing file is not replaced)' },
  outputNew: {
    ja: '書き出すファイル（元のファイルとは別の名前。すでにあるファイルには書きません）',
    en: 'file to write (not the input file; an existing file is not replaced)',
  },
  inPlace: {
    ja: '元のファイルに書き込む（元の内容を「名前.bak-日付-時刻.xlsx」として同じフォルダーに残します）',
    en: 'write into the input file (the original is kept as NAME.bak-DATE-TIME.xlsx in the same folder)',
  },
  force: { ja: '-o のファイルがすでにあっても置き換える', en: 'replace the -o file if it exists' },
  forceNew: {
    ja: '-o のファイルがすでにあっても置き換える（元のファイルには書きません）',
    en: 'replace the -o file if it exists (never the input file)',
  },
} satisfies Record<string, Text>;

/** Each command's help, in the order `evalsheet --help` lists them; options keyed by their flags. */
export const COMMAND_HELP = {
  check: {
    description: {
      ja: 'ブックを読み、指標・評価・指摘を表示します（ブックは変更しません）',
      en: 'reads workbooks and prints their indicators, grades and findings (changes nothing)',
    },
    arguments: { '<files...>': { ja: '確認する .xlsx ファイル', en: '.xlsx files to check' } },
    options: {
      '--period <period>': OPTION.period,
      '--rules <file>': OPTION.rules,
      '--layout <file>': OPTION.layout,
      '--json': { ja: 'JSONで出力する（複数のファイルのときは配列）', en: 'print JSON (an array for several files)' },
      '--explain': {
        ja: '指標ごとに、各値を読み取ったセルとその値、推測したことを表示する（--json では cells と guesses に入ります）',
        en: 'for each indicator, print the cell each value was read from, its value, and what was guessed (cells and guesses in --json)',
      },
    },
    examples: {
      ja: [
        { command: 'evalsheet check 施策評価.xlsx', note: '指標・評価・指摘を表示します' },
        { command: 'evalsheet check 施策評価.xlsx --explain', note: '各値をどのセルから読んだかも表示します' },
        { command: 'evalsheet check 施策評価.xlsx 事業実績.xlsx --json', note: '2つのブックの結果をJSONの配列で出力します' },
      ],
      en: [
        { command: 'evalsheet check evaluation.xlsx', note: 'prints indicators, grades and findings' },
        { command: 'evalsheet check evaluation.xlsx --explain', note: 'also prints the cell each value was read from' },
        { command: 'evalsheet check evaluation.xlsx results.xlsx --json', note: 'the results of two workbooks as a JSON array' },
      ],
    },
    exitCodes: {
      ja: [EXIT.ja.ok, `${EXIT.ja.findings}（複数のファイルの一部が読み取れなかったときも 1。読み取れなかったファイルは最後に一覧）`, EXIT.ja.nothing()],
      en: [EXIT.en.ok, `${EXIT.en.findings}, or some of several files could not be read (listed last)`, EXIT.en.nothing()],
    },
    writes: false,
  },
  rate: {
    description: {
      ja: '空欄の評価欄に評価を記入し、評価サマリーのシートを作成したブックを書き出します',
      en: 'fills in the empty grade cells, adds the summary sheet and writes the workbook',
    },
    arguments: { '<file>': { ja: '評価する .xlsx ファイル', en: '.xlsx file to grade' } },
    options: {
      '-o, --output <file>': OPTION.output,
      '--in-place': OPTION.inPlace,
      '--force': OPTION.force,
      '--period <period>': OPTION.period,
      '--rules <file>': OPTION.rules,
      '--layout <file>': OPTION.layout,
      '--overwrite': { ja: '記入済みの評価も計算結果で置き換える', en: 'replace grades already filled in with the computed ones' },
      '--findings': {
        ja: 'シート「指摘事項」を作る（指摘ごとにシート・セル（そのセルへのリンク）・指標・コード・重要度・内容）',
        en: 'adds the findings sheet: one row per finding (sheet, cell linked to it, indicator, code, severity, message)',
      },
      '--notes': {
        ja: '指摘のあるセルにメモを書き、直った指摘のメモを消す（このツールが書いたメモだけ。人が書いたメモは変更せず、保護されたシートには書かない。指摘事項のシートも作る）',
        en: "also writes a note on each cell a finding names (marked as this tool's) and removes those whose finding is gone; implies --findings; never touches a person's note or a protected sheet",
      },
      '--json': OPTION.json,
    },
    examples: {
      ja: [
        { command: 'evalsheet rate 施策評価.xlsx -o 評価済.xlsx', note: '評価を記入したブックを別のファイルに書き出します' },
        { command: 'evalsheet rate 施策評価.xlsx --in-place', note: '元のファイルに書き込みます（元の内容はバックアップに残します）' },
        { command: 'evalsheet rate 施策評価.xlsx -o 評価済.xlsx --period R6 --overwrite', note: '令和6年度として、記入済みの評価も計算し直します' },
        { command: 'evalsheet rate 施策評価.xlsx --in-place --notes', note: '指摘事項のシートと、指摘のあるセルのメモも書きます' },
      ],
      en: [
        { command: 'evalsheet rate evaluation.xlsx -o rated.xlsx', note: 'writes the graded workbook to another file' },
        { command: 'evalsheet rate evaluation.xlsx --in-place', note: 'writes into the input file (a backup of the original is kept)' },
        { command: 'evalsheet rate evaluation.xlsx -o rated.xlsx --period R6 --overwrite', note: 'grades FY2024 (R6), recomputing grades already filled in' },
        { command: 'evalsheet rate evaluation.xlsx --in-place --notes', note: 'also writes the findings sheet and a note on each cell concerned' },
      ],
    },
    exitCodes: {
      ja: [EXIT.ja.ok, EXIT.ja.findings, EXIT.ja.nothing('、指標が一つも見つからない')],
      en: [EXIT.en.ok, EXIT.en.findings, EXIT.en.nothing(', no indicator found')],
    },
    writes: true,
  },
  init: {
    description: { ja: 'シート「評価設定」を既定の評価ルールで追加します', en: 'adds the settings sheet with the default grading rules' },
    arguments: { '<file>': { ja: '.xlsx ファイル', en: '.xlsx file' } },
    options: { '-o, --output <file>': OPTION.output, '--in-place': OPTION.inPlace, '--force': OPTION.force },
    examples: {
      ja: [
        { command: 'evalsheet init 事業実績.xlsx -o 事業実績_設定入り.xlsx', note: '評価設定のシートを追加したブックを書き出します' },
        { command: 'evalsheet init 事業実績.xlsx --in-place', note: '元のファイルに追加します（元の内容はバックアップに残します）' },
      ],
      en: [
        { command: 'evalsheet init results.xlsx -o results_settings.xlsx', note: 'writes the workbook with the settings sheet added' },
        { command: 'evalsheet init results.xlsx --in-place', note: 'adds it to the input file (a backup of the original is kept)' },
      ],
    },
    exitCodes: { ja: [EXIT.ja.ok, EXIT.ja.nothing()], en: [EXIT.en.ok, EXIT.en.nothing()] },
    writes: true,
  },
  template: {
    description: {
      ja: '標準の評価ブックのひな形（施策評価・事業実績・評価設定）を作成します',
      en: 'creates a standard evaluation workbook (policy evaluation, project results and settings sheets)',
    },
    arguments: {},
    options: {
      '-o, --output <file>': OPTION.output,
      '--force': OPTION.force,
      '--period <period>': { ja: '評価対象期間（既定：直近に終わった年度）', en: 'period evaluated (default: the last fiscal year ended)' },
      '--plan <range>': { ja: '計画期間（例：R3-R7。既定：評価対象期間の前後2年）', en: 'plan period (e.g. R3-R7; default: two years either side)' },
      '--sample': { ja: 'サンプルの指標と事業を入れる', en: 'fill in sample indicators and projects' },
    },
    examples: {
      ja: [
        { command: 'evalsheet template -o 施策評価.xlsx --sample', note: '記入例入りのひな形を作ります' },
        { command: 'evalsheet template -o 施策評価_R6.xlsx --period R6 --plan R3-R7', note: '令和6年度・計画期間 令和3〜7年度のひな形を作ります' },
      ],
      en: [
        { command: 'evalsheet template -o evaluation.xlsx --sample', note: 'a template with sample entries' },
        { command: 'evalsheet template -o evaluation_R6.xlsx --period R6 --plan R3-R7', note: 'for FY2024 (R6), plan FY2021 to FY2025 (R3-R7)' },
      ],
    },
    exitCodes: { ja: [EXIT.ja.ok, EXIT.ja.nothing()], en: [EXIT.en.ok, EXIT.en.nothing()] },
    writes: true,
  },
  roll: {
    description: {
      ja: 'ブックを次の評価対象期間のものにして書き出します（年度の表記、評価を前年度評価へ、記述欄を空欄に。元のファイルは変更しません）',
      en: "writes the workbook for the next period (years advanced, grades moved to last year's, text fields emptied; the input is not changed)",
    },
    arguments: { '<file>': { ja: '今の期間の .xlsx ファイル', en: '.xlsx file of the current period' } },
    options: {
      '--to <period>': {
        ja: '次の評価対象期間（例：令和6年度、R6。既定：今の期間の翌年度）',
        en: 'the next period (e.g. R6, FY2024; default: the year after the current one)',
      },
      '-o, --output <file>': OPTION.outputNew,
      '--force': OPTION.forceNew,
      '--period <period>': { ja: '今の評価対象期間（ブックから分からないとき）', en: 'the current period (when the workbook does not say)' },
      '--layout <file>': OPTION.layout,
      '--layout-out <file>': { ja: '--layout の指定を次の年度の列に移して書き出すファイル', en: "file to write the --layout moved to the next year's columns" },
      '--json': { ja: '変更の一覧をJSONで出力する', en: 'print the list of changes as JSON' },
    },
    examples: {
      ja: [{ command: 'evalsheet roll 施策評価_R6.xlsx -o 施策評価_R7.xlsx', note: '令和6年度のブックから令和7年度のブックを作ります' }],
      en: [{ command: 'evalsheet roll evaluation_R6.xlsx -o evaluation_R7.xlsx', note: "makes next year's (R7) workbook from this year's (R6)" }],
    },
    exitCodes: {
      ja: [EXIT.ja.ok, '1  警告あり（計画の最後の年度を過ぎたなど。ブックは書き出します）', EXIT.ja.nothing()],
      en: [EXIT.en.ok, '1  some warning (e.g. past the end of the plan); the workbook is written', EXIT.en.nothing()],
    },
    writes: true,
  },
  import: {
    description: {
      ja: '他のシステムから出力した1か月分の実績（CSV：Shift_JIS/UTF-8、または .xlsx）を、月別の表に取り込んで書き出します（元のファイルは変更しません）',
      en: "imports one month's actuals exported by another system (CSV in Shift_JIS or UTF-8, or .xlsx) into the monthly table, as a new file",
    },
    arguments: { '<file>': { ja: '月別の表がある .xlsx ファイル', en: '.xlsx file with the monthly table' } },
    options: {
      '--actuals <file>': {
        ja: '取り込むデータ（1列目：番号または指標名、見出しに「実績値」や「5月」の列）',
        en: 'data to import (first column: indicator number or name; a column headed with the month, e.g. 2024-05, or as the actual value)',
      },
      '--month <month>': { ja: '取り込む月（例：2024-05、5月）', en: 'month to import (e.g. 2024-05)' },
      '-o, --output <file>': OPTION.outputNew,
      '--force': OPTION.forceNew,
      '--overwrite': { ja: 'すでに入っている値も置き換える', en: 'replace values already filled in' },
      '--json': OPTION.json,
    },
    examples: {
      ja: [{ command: 'evalsheet import 月次.xlsx --actuals 5月実績.csv --month 2024-05 -o 月次_5月.xlsx', note: '5月の実績を取り込んだブックを書き出します' }],
      en: [{ command: 'evalsheet import monthly.xlsx --actuals may.csv --month 2024-05 -o monthly_may.xlsx', note: "writes the workbook with May's actuals" }],
    },
    exitCodes: {
      ja: [EXIT.ja.ok, '1  取り込めなかった行、値のなかった指標、既存の値との相違、エラーの指摘のいずれかあり', EXIT.ja.nothing()],
      en: [EXIT.en.ok, '1  some row not imported, indicator without a value, value differing from the one in place, or error finding', EXIT.en.nothing()],
    },
    writes: true,
  },
  review: {
    description: {
      ja: '提出されたブックをまとめて確認し、提出状況一覧・指摘事項・評価一覧・集計のブックを作成します（提出ブックは変更しません）',
      en: 'checks submitted workbooks at once and writes a review workbook: status list, findings, all grades, totals (submissions are not changed)',
    },
    arguments: {
      '<inputs...>': {
        ja: '提出ブックのフォルダー（中のフォルダーも含む）または .xlsx ファイル',
        en: 'folders of submitted workbooks (subfolders included) or .xlsx files',
      },
    },
    options: {
      '-o, --output <file>': {
        ja: '結果を書き出すブック（例：一括チェック.xlsx。すでにあるファイルには書きません）',
        en: 'review workbook to write (an existing file is not replaced)',
      },
      '--force': {
        ja: '-o のファイルがすでにあっても置き換える（前回の結果を作り直すときなど）。--return のフォルダーが空でなくても書く',
        en: 'replace the -o file if it exists (e.g. an earlier review); write into a non-empty --return folder',
      },
      '--return <folder>': {
        ja: 'エラーか警告のあるブックの返却用のコピーを「フォルダー/担当部署/ファイル名」に書き出す（指摘事項のシートと指摘のあるセルのメモ入り。提出ブックは変更しない。結果のブックにシート「差戻し」を追加）',
        en: 'also writes a returned copy of each workbook with errors or warnings to folder/department/file name (with the findings sheet and a note on each cell concerned; submissions are not changed; adds a returns sheet to the review workbook)',
      },
      '--period <period>': OPTION.period,
      '--rules <file>': {
        ja: '評価ルールのJSONファイル（各ブックの評価設定より優先）',
        en: "grading rules as a JSON file (instead of each workbook's settings)",
      },
      '--layout <file>': {
        ja: '読み取りの指定のJSONファイル（各ブックの評価設定の読み取りの指定の代わりに、すべてのブックに使う。docs/layout.md）',
        en: 'a reading layout as a JSON file, for every workbook (docs/layout.md)',
      },
      '--expect <csv>': {
        ja: '提出予定一覧のCSV（1列目：担当部署、2列目：ファイル名またはシート名）',
        en: 'CSV of expected submissions (first column: department, second: file or sheet name)',
      },
      '--jobs <n>': { ja: '同時に読むブックの数（既定：CPUのコア数、最大4）', en: 'workbooks read at once (default: the number of CPU cores, at most 4)' },
      '--json': OPTION.json,
    },
    examples: {
      ja: [
        { command: 'evalsheet review 提出/ -o 一括チェック.xlsx --expect 提出予定.csv', note: 'フォルダーの提出ブックを確認し、未提出も一覧にします' },
        { command: 'evalsheet review 提出/ -o 一括チェック.xlsx --force --jobs 2', note: '前回の結果を作り直します（2件ずつ読みます）' },
        {
          command: 'evalsheet review 提出/ -o 一括チェック.xlsx --return 差戻し',
          note: '指摘のあるブックを担当部署ごとのフォルダーに返却用として書き出します',
        },
      ],
      en: [
        { command: 'evalsheet review submissions/ -o review.xlsx --expect expected.csv', note: 'checks the submissions in a folder and lists missing ones' },
        { command: 'evalsheet review submissions/ -o review.xlsx --force --jobs 2', note: 'writes the review again (two workbooks at a time)' },
        {
          command: 'evalsheet review submissions/ -o review.xlsx --return returned',
          note: 'also writes the workbooks with findings to one folder per department',
        },
      ],
    },
    exitCodes: {
      ja: [
        EXIT.ja.ok,
        '1  エラーの指摘あり（差戻し・読込不可・未提出を含む）',
        EXIT.ja.nothing(),
        '130・143・129  Ctrl+C などで中断（結果のブックは書き出しません）',
      ],
      en: [
        EXIT.en.ok,
        '1  some error (including returned, unreadable and missing submissions)',
        EXIT.en.nothing(),
        '130, 143, 129  interrupted (Ctrl+C, SIGTERM, SIGHUP); no review workbook is written',
      ],
    },
    writes: true,
  },
  publish: {
    description: {
      ja: '評価済みのブックから、住民向けの公開用サイト（トップページ、施策ごとのページ、印刷用ページ）を作成します（ブックは変更しません）',
      en: 'writes a static site for residents from rated workbooks (HTML: index, one page per policy measure, a printable page); the workbooks are not changed',
    },
    arguments: {
      '<inputs...>': {
        ja: '評価済みの .xlsx ファイル、またはそれを入れたフォルダー（中のフォルダーも含む）',
        en: 'rated .xlsx files, or folders of them (subfolders included)',
      },
    },
    options: {
      '-o, --output <folder>': {
        ja: 'サイトを書き出すフォルダー（なければ作ります。親フォルダーは作りません。publish で書いたことのない空でないフォルダーには書きません。一時ファイルに書いてから置くため、途中で失敗してもフォルダーは元のままです）',
        en: 'folder to write the site into (made if missing, not its parent; a non-empty folder not written by publish is refused; files are written through temporary files, a failure leaves the folder as it was)',
      },
      '--force': {
        ja: 'publish で書いたことのない空でないフォルダーにも書く（同じ名前のファイルは置き換え、ほかは残します）',
        en: 'write into a non-empty folder not written by publish (files of the same name are replaced, others kept)',
      },
      '--city <name>': {
        ja: '見出しの自治体名（評価設定の「自治体名」より優先）',
        en: "the city's name in the headings (instead of the city row of the settings sheet)",
      },
      '--plan <name>': {
        ja: '見出しの計画名（評価設定の「計画名」より優先）',
        en: "the plan's name in the headings (instead of the plan row of the settings sheet)",
      },
      '--year <year>': {
        ja: '見出しの年度（評価設定の「公表年度」、なければ評価対象期間より優先）',
        en: 'the year in the headings (instead of the year row of the settings sheet, or the period evaluated)',
      },
      '--period <period>': OPTION.period,
      '--rules <file>': OPTION.rules,
      '--layout <file>': OPTION.layout,
      '--json': {
        ja: '結果（ページの一覧、件数、読み取れなかったファイル）をJSONで出力する',
        en: 'print the result (pages, counts, unreadable files) as JSON',
      },
    },
    examples: {
      ja: [
        { command: 'evalsheet publish 提出/ -o 公開サイト', note: 'フォルダーの評価済みブックから公開用サイトを作ります' },
        {
          command: 'evalsheet publish 施策評価.xlsx -o 公開サイト --city 〇〇市 --plan 第6次総合計画',
          note: '見出しの自治体名と計画名を指定して作ります（前回 publish で作ったフォルダーは作り直します）',
        },
      ],
      en: [
        { command: 'evalsheet publish submissions/ -o site', note: 'writes the site from the rated workbooks in a folder' },
        {
          command: 'evalsheet publish evaluation.xlsx -o site --city Midori --plan Plan-6',
          note: 'with the city and plan named in the headings (a folder publish wrote before is rewritten)',
        },
      ],
    },
    exitCodes: {
      ja: [
        EXIT.ja.ok,
        '1  サイトを書き出したが、読み取れなかったブック（トップページと出力に一覧）か、エラーの指摘のあるブックがある（check で確認してください）',
        EXIT.ja.nothing('、読み取れるブックがない、書き出し先のフォルダーが使えない'),
      ],
      en: [
        EXIT.en.ok,
        '1  the site was written, but some workbook could not be read (listed on the index and in the output) or has an error-severity finding (see check)',
        EXIT.en.nothing(', no readable workbook, an unusable output folder'),
      ],
    },
    writes: false,
  },
} satisfies Record<string, CommandHelp>;

export type CommandName = keyof typeof COMMAND_HELP;
