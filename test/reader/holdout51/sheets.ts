/** Hold-out 51: collapsed outline groups, hidden sheets (last year's copy, lookup lists), notes and rich text, a table with no year. */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { cell, fx, gradeList, note, rich, shrink, wrap } from './util';

// ---- 5. 生涯学習推進計画: earlier years' columns grouped and collapsed, 内訳 rows under each indicator collapsed, hand-typed 評価 ----
const LEARN = '成果指標';
type Learn = { name: string; unit: string; past: number[]; t: number; a: number; written: string; breakdown: [string, number][]; fmt?: string };
const LEARNS: Learn[] = [
  {
    name: '公民館講座の受講者数',
    unit: '人',
    past: [6120, 8410, 9955],
    t: 12000,
    a: 10874,
    written: 'B',
    breakdown: [
      ['うち中央公民館', 4210],
      ['うち地区公民館（8館）', 6664],
    ],
  },
  { name: '図書館の貸出冊数', unit: '冊', past: [455210, 478300, 489115], t: 520000, a: 497312, written: 'A', breakdown: [['うち児童書', 163020]] },
  { name: '市民1人あたりの貸出冊数', unit: '冊', past: [5.1, 5.4, 5.5], t: 5.8, a: 5.6, written: 'B', breakdown: [], fmt: '0.0' },
  { name: 'スポーツ教室の参加者数', unit: '人', past: [1820, 2950, 3410], t: 3500, a: 3912, written: 'A', breakdown: [['うち障がい者スポーツ教室', 214]] },
  { name: '週1回以上運動する成人の割合', unit: '％', past: [44.1, 46.0, 47.3], t: 55.0, a: 48.7, written: 'B', breakdown: [], fmt: '0.0' },
  {
    name: '文化財施設の入館者数',
    unit: '人',
    past: [8230, 11950, 13004],
    t: 25000,
    a: 14320,
    written: 'C',
    breakdown: [
      ['うち郷土資料館', 9870],
      ['うち旧〇〇家住宅', 4450],
    ],
  },
];

const learning: Holdout2Workbook = {
  name: 'h51-outline-collapsed',
  layout:
    'indicator table with R2–R4 実績 columns grouped and collapsed, collapsed 内訳 rows (うち…, 実績 only) under three indicators, 基本目標 heading rows, hand-typed 評価 with a dropdown',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(LEARN, { properties: { outlineProperties: { summaryBelow: false, summaryRight: true } } as never });
    put(ws, 1, 1, ['令和5年度　生涯学習推進計画　成果指標の状況']);
    put(ws, 2, 8, ['教育委員会 生涯学習課']);
    put(ws, 4, 1, ['指標名', '単位', 'R2実績', 'R3実績', 'R4実績', 'R5目標', 'R5実績', '達成率', '評価']);
    for (const c of [3, 4, 5]) {
      ws.getColumn(c).outlineLevel = 1;
      ws.getColumn(c).hidden = true;
    }
    let r = 5;
    LEARNS.forEach((x, i) => {
      if (i === 0 || i === 3) {
        put(ws, r, 1, [i === 0 ? '基本目標1　学びの機会の充実' : '基本目標2　スポーツ・文化に親しむまち']);
        ws.getCell(`A${r}`).font = { bold: true };
        r++;
      }
      put(ws, r, 1, [x.name, x.unit, ...x.past, x.t, x.a]);
      for (const c of ['C', 'D', 'E', 'F', 'G']) ws.getCell(`${c}${r}`).numFmt = x.fmt ?? '#,##0';
      cell(ws, `H${r}`, fx(`G${r}/F${r}`, x.a / x.t), '0.0%');
      cell(ws, `I${r}`, x.written);
      gradeList(ws, 'I', r, r);
      r++;
      for (const [label, v] of x.breakdown) {
        put(ws, r, 1, [`　${label}`]);
        cell(ws, `G${r}`, v, '#,##0');
        ws.getRow(r).outlineLevel = 1;
        ws.getRow(r).hidden = true;
        r++;
      }
    });
    put(ws, r + 1, 1, ['※ 評価は担当課による（A 目標達成、B 概ね達成、C 一部未達成、D 未達成）。']);
    ws.getColumn(1).width = 36;
  },
  expected: {
    file: 'h51-outline-collapsed.xlsx',
    fiscalYear: 2023,
    indicators: LEARNS.map((x) => ind(LEARN, x.name, x.unit, x.t, x.a, { existing: x.written })),
    groups: [],
  },
};

// ---- 6. 事務事業 実績報告 (family B) with last year's copy and a リスト sheet both hidden ----
type Project = {
  name: string;
  target: string;
  actual: string;
  t: number;
  a: number | null;
  unit: string;
  self: string;
  next: string;
  status?: 'not-implemented';
};
const R5: Project[] = [
  { name: '創業支援セミナー事業', target: '受講者数 120人', actual: '受講者数 134人', t: 120, a: 134, unit: '人', self: 'A', next: '継続' },
  { name: '中小企業販路開拓支援事業', target: '補助金交付件数 30件', actual: '補助金交付件数 22件', t: 30, a: 22, unit: '件', self: 'B', next: '継続' },
  { name: '商店街空き店舗活用事業', target: '新規出店数 6店舗', actual: '新規出店数 2店舗', t: 6, a: 2, unit: '店舗', self: 'C', next: '見直し' },
  {
    name: 'UIJターン就職フェア開催事業',
    target: '就職者数 40人',
    actual: '未実施',
    t: 40,
    a: null,
    unit: '人',
    self: 'D',
    next: '見直し',
    status: 'not-implemented',
  },
  { name: '企業立地奨励事業', target: '奨励金交付件数 5件', actual: '奨励金交付件数 5件', t: 5, a: 5, unit: '件', self: 'A', next: '継続' },
];
const R4 = [
  ['創業支援セミナー事業', '受講者数 100人', '受講者数 87人', 'B', '継続'],
  ['中小企業販路開拓支援事業', '補助金交付件数 30件', '補助金交付件数 31件', 'A', '継続'],
  ['商店街空き店舗活用事業', '新規出店数 6店舗', '新規出店数 4店舗', 'C', '継続'],
  ['UIJターン就職フェア開催事業', '就職者数 40人', '就職者数 18人', 'D', '見直し'],
  ['企業立地奨励事業', '奨励金交付件数 5件', '奨励金交付件数 3件', 'C', '継続'],
];
const HEAD = ['No.', '事業名', '令和{y}年度 数値目標', '令和{y}年度 実績値', '自己評価', '今後の方向性', '担当課'];

const hiddenCopy: Holdout2Workbook = {
  name: 'h51-hidden-lastyear',
  layout:
    '事務事業 実績報告 (family B, targets and actuals as text with label and unit, 未実施) with a hidden 令和4年度 copy and a hidden リスト sheet feeding the dropdowns',
  build(wb: Workbook) {
    const sheet = (title: string, y: number, rows: string[][], hidden: boolean) => {
      const ws = wb.addWorksheet(title, hidden ? { state: 'hidden' } : { views: [{ state: 'frozen', ySplit: 3 }] });
      put(ws, 1, 1, [`令和${y}年度　商工振興課　事務事業 実績報告`]);
      put(
        ws,
        3,
        1,
        HEAD.map((h) => h.replace('{y}', String(y))),
      );
      rows.forEach((row, i) => {
        put(ws, 4 + i, 1, [i + 1, ...row, '商工振興課']);
        ws.getCell(`B${4 + i}`).alignment = shrink;
        ws.getCell(`E${4 + i}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['リスト!$A$2:$A$5'] };
        ws.getCell(`F${4 + i}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['リスト!$B$2:$B$7'] };
      });
      return ws;
    };
    const now = sheet(
      '令和5年度',
      5,
      R5.map((p) => [p.name, p.target, p.actual, p.self, p.next]),
      false,
    );
    note(now, 'D7', '備考：会場の確保ができず、令和5年度は開催を見送った。');
    put(now, 10, 1, ['※ 自己評価：A 目標を達成　B 概ね達成　C 達成が不十分　D 未達成・未実施']);
    sheet('令和4年度', 4, R4, true);
    const list = wb.addWorksheet('リスト', { state: 'hidden' });
    put(list, 1, 1, ['自己評価', '今後の方向性']);
    ['A', 'B', 'C', 'D'].forEach((g, i) => put(list, 2 + i, 1, [g]));
    ['拡充', '継続', '見直し', '縮小', '廃止', '終了'].forEach((g, i) => put(list, 2 + i, 2, [g]));
  },
  expected: {
    file: 'h51-hidden-lastyear.xlsx',
    fiscalYear: 2023,
    indicators: R5.map((p) => ind('令和5年度', p.name, p.unit, p.t, p.a, { existing: p.self, actualStatus: p.status })),
    groups: [],
  },
};

// ---- 7. 環境基本計画 点検評価 (family D): names in rich text and Alt+Enter, 現況 with its year in the cell, 備考 in notes ----
const ENV = '点検評価';
type Env = { name: unknown; plain: string; desc: string; base: string; unit: string; t: number; a: number; down?: boolean; memo?: string };
const ENVS: Env[] = [
  {
    name: rich('1人1日あたりの', 'ごみ排出量'),
    plain: '1人1日あたりのごみ排出量',
    desc: '家庭系・事業系ごみの総量を人口と日数で割った量（減少を目指す）',
    base: '912\n（令和元年度）',
    unit: 'g',
    t: 850,
    a: 874,
    down: true,
  },
  {
    name: rich({ text: 'リサイクル率', bold: true }),
    plain: 'リサイクル率',
    desc: '資源化量÷ごみ総排出量',
    base: '18.2\n（令和元年度）',
    unit: '％',
    t: 25.0,
    a: 19.6,
    memo: '備考：集団回収分を含む',
  },
  {
    name: '公共施設の太陽光発電\n設備導入数（累計）',
    plain: '公共施設の太陽光発電設備導入数（累計）',
    desc: '市有施設への太陽光発電設備の設置数',
    base: '14\n（令和元年度）',
    unit: '施設',
    t: 30,
    a: 23,
  },
  {
    name: '環境学習講座の参加者数',
    plain: '環境学習講座の参加者数',
    desc: '出前講座・自然観察会等の参加者数',
    base: '1,250\n（令和元年度）',
    unit: '人',
    t: 1800,
    a: 1912,
    memo: '備考：オンライン参加者312人を含む',
  },
  {
    name: rich('河川のBOD', { text: '環境基準達成率', red: true }),
    plain: '河川のBOD環境基準達成率',
    desc: '市内6地点の測定で環境基準を満たした地点の割合',
    base: '83.3\n（令和元年度）',
    unit: '％',
    t: 100,
    a: 100,
  },
  {
    name: '不法投棄の件数',
    plain: '不法投棄の件数',
    desc: '市が回収した不法投棄の件数。少ないほど良い。',
    base: '146\n（令和元年度）',
    unit: '件',
    t: 100,
    a: 128,
    down: true,
  },
];

const envPlan: Holdout2Workbook = {
  name: 'h51-env-notes-richtext',
  layout:
    '点検評価 (family D): 現況 with its year in the cell, 目標（R7）, 実績（R5）; names as rich text or with Alt+Enter breaks, 備考 only in cell notes, direction in 指標の説明',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(ENV);
    cell(ws, 'A1', rich('第2次環境基本計画', '　令和5年度 点検評価（資料3）'));
    put(ws, 2, 7, ['環境政策課']);
    put(ws, 4, 1, ['No.', '指標', '指標の説明', '現況（計画策定時）', '単位', '目標（R7）', '実績（R5）', '現状把握の方法']);
    ENVS.forEach((x, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1]);
      cell(ws, `B${r}`, x.name).alignment = shrink;
      cell(ws, `C${r}`, x.desc).alignment = wrap;
      cell(ws, `D${r}`, x.base).alignment = wrap;
      put(ws, r, 5, [x.unit]);
      cell(ws, `F${r}`, x.t, x.unit === '％' ? '0.0' : '#,##0');
      cell(ws, `G${r}`, x.a, x.unit === '％' ? '0.0' : '#,##0');
      put(ws, r, 8, [i === 4 ? '水質測定結果' : '所管課の集計']);
      if (x.memo) note(ws, `G${r}`, x.memo);
    });
    put(ws, 12, 1, ['※ 目標は計画最終年度（令和7年度）の値。']);
    ws.getColumn(2).width = 22;
  },
  expected: {
    file: 'h51-env-notes-richtext.xlsx',
    fiscalYear: 2023,
    indicators: ENVS.map(
      (x) => ({ ...ind(ENV, x.plain, x.unit, x.t, x.a, { direction: x.down ? 'down' : 'up' }), targetSource: 'final' }) as ExpectedIndicator,
    ),
    groups: [],
  },
};

// ---- 10. 地域福祉計画 成果指標: a plain table with no year anywhere, 達成率 by formula, notes ----
const WELF = '成果指標';
const WELFS: [string, string, number, number][] = [
  ['民生委員・児童委員の充足率', '％', 100, 94.2],
  ['ふれあいサロンの設置数', 'か所', 45, 47],
  ['ボランティアセンター登録者数', '人', 1500, 1163],
  ['成年後見制度利用支援事業の利用件数', '件', 20, 9],
  ['個別避難計画の作成率', '％', 50.0, 38.5],
];

const welfareNoYear: Holdout2Workbook = {
  name: 'h51-welfare-noyear',
  layout: 'small 成果指標 table (目標値 実績値 達成率 by formula) under a rich-text title, notes on two cells, no year or period written anywhere',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(WELF);
    cell(ws, 'A1', rich('地域福祉計画', '　成果指標の達成状況'));
    put(ws, 2, 5, ['社会福祉課']);
    put(ws, 4, 1, ['指標名', '単位', '目標値', '実績値', '達成率', '備考']);
    WELFS.forEach(([name, unit, t, a], i) => {
      const r = 5 + i;
      put(ws, r, 1, [name, unit, t, a]);
      cell(ws, `E${r}`, fx(`D${r}/C${r}`, a / t), '0.0%');
    });
    put(ws, 6, 6, ['社会福祉協議会と共催のものを含む']);
    note(ws, 'D9', '避難行動要支援者名簿登載者のうち作成済みの割合');
    note(ws, 'A7', '市社会福祉協議会ボランティアセンターの登録者（団体登録の構成員を含む）');
    put(ws, 11, 1, ['※ 達成率＝実績値÷目標値']);
    ws.getColumn(1).width = 34;
  },
  expected: {
    file: 'h51-welfare-noyear.xlsx',
    indicators: WELFS.map(([name, unit, t, a]) => ind(WELF, name, unit, t, a)),
    groups: [],
    guesses: ['period'],
  },
};

export const SHEET_WORKBOOKS: Holdout2Workbook[] = [learning, hiddenCopy, envPlan, welfareNoYear];
