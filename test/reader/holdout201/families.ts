/**
 * Hold-out 201, the four known families as a 気候変動適応・熱中症対策 office writes them: a 基本施策評価シート with
 * stacked indicator blocks (目指す方向 per block), a 推進事業実績一覧 with text targets, a KPI table with 目標値 / 実績値
 * rows per 3月末 column, and a plan-indicator 点検評価 table (現況 with its year, 目標（R8）, 実績 with its year).
 */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

// ---------------------------------------------------------------- A: 基本施策評価シート
const A_SHEET = '施策3-2';

interface Block {
  no: string;
  name: string;
  unit: string;
  dir: string;
  desc: string;
  actuals: (number | string | null)[]; // R2..R7
  expects: (number | string | null)[]; // R2..R7
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    no: '成果指標①',
    name: '熱中症による救急搬送者数',
    unit: '人',
    dir: '↓（減少）',
    desc: '消防本部が5月～9月に熱中症（疑いを含む）で救急搬送した人数',
    actuals: [72, 66, 81, 74, 68, null],
    expects: [null, 70, 65, 60, 55, 50],
    note: '記録的猛暑の中、前年度から6人減少した。',
  },
  {
    no: '成果指標②',
    name: 'クーリングシェルター指定施設数',
    unit: 'か所',
    dir: '↑（増加）',
    desc: '気候変動適応法に基づく指定暑熱避難施設（R5以前は「まちなか涼み処」）の数',
    actuals: [5, 9, 15, 24, 46, null],
    expects: [null, 10, 15, 25, 40, 50],
    note: '法改正に合わせ民間施設（薬局・コンビニ）へ協力を依頼',
  },
  {
    no: '成果指標③',
    name: '熱中症予防情報メール登録者数',
    unit: '人',
    dir: '↑（増加）',
    desc: '熱中症警戒アラート等を配信する市メール（防災・健康）の登録者数（各年度末）',
    actuals: [2150, 2600, 3180, 3720, 4210, null],
    expects: [null, 2800, 3600, 4800, 6000, 7000],
    note: 'LINE配信への移行者は含まない',
  },
  {
    no: '成果指標④',
    name: '高齢者世帯への熱中症予防声かけ実施率',
    unit: '％',
    dir: '↑（増加）',
    desc: '民生委員・地域包括支援センターが声かけした65歳以上単身・夫婦世帯の割合',
    actuals: [71.2, 75.0, 80.3, 84.1, 86.5, null],
    expects: [null, 75, 80, 85, 90, 95],
    note: '',
  },
  {
    no: '成果指標⑤',
    name: 'グリーンカーテン実施公共施設数',
    unit: '施設',
    dir: '↑（増加）',
    desc: '市有施設のうち、緑のカーテンを設置した施設数',
    actuals: [8, 10, 12, 15, 17, null],
    expects: [null, 12, 18, 24, 30, 36],
    note: '苗の調達不調により一部施設で実施できず',
  },
];

function buildA(ws: Worksheet): void {
  widths(ws, [14, 11, 9, 9, 9, 9, 11, 12, 11, 11, 10, 10, 10, 10]);
  merge(ws, 1, 1, 1, 14, '令和６年度　基本施策評価シート　（評価対象期間：令和６年度）');
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 3, 1, ['基本方針']);
  merge(ws, 3, 2, 3, 8, '３　安全・安心で快適に暮らせるまち');
  put(ws, 3, 9, ['担当部等']);
  merge(ws, 3, 10, 3, 14, '環境部（環境政策課）\n保健福祉部（健康増進課）');
  put(ws, 4, 1, ['基本施策']);
  merge(ws, 4, 2, 5, 8, '3-2　気候変動への適応と熱中症対策の推進\n（気候変動の影響による暑熱リスクから市民の健康を守る）');
  merge(ws, 4, 9, 5, 10, '施策の達成状況\n（R6）');
  merge(ws, 4, 11, 5, 11, 'B');
  put(ws, 4, 12, ['前年度']);
  put(ws, 5, 12, ['（B）']);
  merge(ws, 4, 13, 5, 14, 'A：順調　B：概ね順調\nC：やや遅れている　D：遅れている');
  box(ws, 3, 1, 5, 14);

  let r = 7;
  for (const b of A_BLOCKS) {
    put(ws, r, 1, [b.no]);
    merge(ws, r, 2, r, 6, b.name);
    put(ws, r, 7, ['単位', b.unit, '目指す方向', b.dir]);
    put(ws, r + 1, 1, ['指標の説明']);
    merge(ws, r + 1, 2, r + 1, 14, b.desc);
    put(ws, r + 2, 1, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
    merge(ws, r + 2, 8, r + 2, 14, '備考');
    put(ws, r + 3, 1, ['実績値', ...b.actuals]);
    put(ws, r + 4, 1, ['期待値\n※R7は目標値', ...b.expects]);
    merge(ws, r + 3, 8, r + 4, 14, b.note);
    wrap(ws, r + 2, 1, r + 4, 7);
    box(ws, r, 1, r + 4, 14);
    r += 6;
  }
  put(ws, r, 1, ['達成状況分析']);
  merge(
    ws,
    r,
    2,
    r + 1,
    14,
    '・クーリングシェルターは民間事業者の協力により期待値を上回った。\n・メール登録者数は伸び悩んでおり、LINE配信との一体的な周知が必要。',
  );
  put(ws, r + 2, 1, ['今後の方向性']);
  merge(ws, r + 2, 2, r + 2, 14, '高齢者への声かけと涼める場所の確保を重点に継続する。');
  box(ws, r, 1, r + 2, 14);
  put(ws, r + 4, 1, ['※救急搬送者数は消防本部集計（各年5月1日～9月30日）。R7欄の期待値は計画の目標値。']);
}

const aIndicators: ExpectedIndicator[] = [
  ind(A_SHEET, '熱中症による救急搬送者数', '人', 55, 68, { direction: 'down' }),
  ind(A_SHEET, 'クーリングシェルター指定施設数', 'か所', 40, 46),
  ind(A_SHEET, '熱中症予防情報メール登録者数', '人', 6000, 4210),
  ind(A_SHEET, '高齢者世帯への熱中症予防声かけ実施率', '％', 90, 86.5),
  ind(A_SHEET, 'グリーンカーテン実施公共施設数', '施設', 30, 17),
];

// ---------------------------------------------------------------- B: 推進事業実績一覧
const B_SHEET = '資料2';

const B_ROWS: [string, string, string, string, string, string, string, string][] = [
  [
    '1-(1)　熱中症予防普及啓発事業\n出前講座、広報紙、SNSによる予防行動の周知',
    '環境政策課',
    '出前講座 38回',
    '出前講座 40回',
    '出前講座 46回',
    'A',
    '町内会・老人クラブからの依頼が増加',
    '継続',
  ],
  [
    '1-(2)　クーリングシェルター指定・運営事業\n指定暑熱避難施設の指定、看板設置、開設状況の公表',
    '健康増進課',
    '－',
    '指定施設 45か所',
    '指定施設 52か所',
    'A',
    '薬局・コンビニ等の民間施設17か所を新たに指定',
    '拡充',
  ],
  [
    '1-(3)　熱中症予防相談事業\n保健師による電話・窓口での相談対応',
    '健康増進課',
    '相談件数 327件',
    '相談件数 360件',
    '相談件数 298件',
    'A',
    '7・8月に相談が集中した',
    '継続',
  ],
  [
    '2-(1)　暑さ指数（WBGT）観測・情報提供事業\n小学校等に計測器を設置し、アラート時に配信',
    '環境政策課',
    '計測地点 8地点\n情報配信 141回',
    '計測地点 12地点\n情報配信 150回',
    '計測地点 10地点\n情報配信 162回',
    'B',
    '計測器2台の納品が翌年度にずれ込んだ',
    '継続',
  ],
  [
    '2-(2)　緑のカーテン普及事業\nゴーヤ苗・ネットの配布',
    '環境政策課',
    '配布世帯 276世帯',
    '配布世帯 300世帯',
    '未実施',
    'D',
    '苗の調達が不調となり配布を見送った',
    '見直し',
  ],
  [
    '3-(1)　高齢者熱中症予防見守り事業\n民生委員・包括による声かけ訪問',
    '長寿支援課',
    '訪問世帯数 1,083世帯',
    '訪問世帯数 1,200世帯',
    '訪問世帯数 1,146世帯',
    'B',
    '',
    '継続',
  ],
  [
    '3-(2)　公共施設暑熱対策事業\nミスト・日除けテントの設置',
    '施設管理課',
    '設置施設 3施設',
    '設置施設 8施設',
    '設置施設 5施設',
    'B',
    '資材高騰により3施設を次年度へ',
    '継続',
  ],
];

function buildB(ws: Worksheet): void {
  widths(ws, [5, 40, 12, 18, 18, 18, 9, 30, 10]);
  merge(ws, 1, 1, 1, 9, '令和６年度　気候変動適応推進事業　実績一覧');
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 2, 8, ['資料2']);
  put(ws, 3, 1, ['No.', '推進事業', '担当課', 'R5年度実績値', 'R6年度数値目標', 'R6年度実績値', '自己評価', '成果・課題', '今後の方向性']);
  B_ROWS.forEach((row, i) => {
    put(ws, 4 + i, 1, [i + 1, ...row]);
    ws.getRow(4 + i).height = 42;
  });
  wrap(ws, 3, 1, 3 + B_ROWS.length, 9);
  box(ws, 3, 1, 3 + B_ROWS.length, 9);
  const last = 4 + B_ROWS.length;
  put(ws, last + 1, 1, ['※自己評価　A：目標を達成　B：概ね達成（8割以上）　C：一部未達成（6割以上）　D：未達成・未実施']);
  put(ws, last + 2, 1, ['※R5年度実績値の「－」は令和6年度からの新規事業']);
}

const bIndicators: ExpectedIndicator[] = [
  ind(B_SHEET, '熱中症予防普及啓発事業', '回', 40, 46, { existing: 'A' }),
  ind(B_SHEET, 'クーリングシェルター指定・運営事業', 'か所', 45, 52, { existing: 'A' }),
  ind(B_SHEET, '熱中症予防相談事業', '件', 360, 298, { existing: 'A' }),
  {
    ...ind(B_SHEET, '暑さ指数（WBGT）観測・情報提供事業', '地点', 12, 10, { existing: 'B' }),
    // A row of two measures carries its units in `measures`; the row itself has none to check (sets 181–184, the samples'
    // facts.json). The builder wrote 地点 (the measure setting the grade); aligned by the lead after the first run.
    unit: undefined,
    measures: [
      { label: '計測地点', target: 12, actual: 10, unit: '地点' },
      { label: '情報配信', target: 150, actual: 162, unit: '回' },
    ],
  },
  ind(B_SHEET, '緑のカーテン普及事業', '世帯', 300, null, { actualStatus: 'not-implemented', existing: 'D' }),
  ind(B_SHEET, '高齢者熱中症予防見守り事業', '世帯', 1200, 1146, { existing: 'B' }),
  ind(B_SHEET, '公共施設暑熱対策事業', '施設', 8, 5, { existing: 'B' }),
];

// ---------------------------------------------------------------- C: KPI × 3月末
const C_SHEET = 'KPI';

const C_KPIS: { name: string; targets: string[]; actuals: string[]; note: string }[] = [
  {
    name: 'クーリングシェルター指定数',
    targets: ['20 か所', '35 か所', '45 か所', '55 か所'],
    actuals: ['18 か所', '38 か所', '47 か所', ''],
    note: '',
  },
  {
    name: '熱中症による救急搬送人員',
    targets: ['120 人', '110 人', '100 人', '90 人'],
    actuals: ['131 人', '124 人', '118 人', ''],
    note: '減少を目指す指標（暦年5～9月の消防統計）',
  },
  {
    name: '気候変動適応に関する市民認知度',
    targets: ['-', '40 ％', '50 ％', '60 ％'],
    actuals: ['28.4 ％', '35.1 ％', '41.2 ％', ''],
    note: '市民意識調査',
  },
  {
    name: '暑さ対策セミナー参加者数',
    targets: ['200 人', '250 人', '300 人', '350 人'],
    actuals: ['180 人', '240 人', '172 人', ''],
    note: 'R6は荒天により1回中止',
  },
  {
    name: '公園等への日よけ（シェード）設置数',
    targets: ['-', '-', '-', '10 か所'],
    actuals: ['-', '2 か所', '4 か所', ''],
    note: '最終年度のみ目標設定',
  },
  {
    name: '気候変動適応出前講座の実施回数',
    targets: ['10 回', '12 回', '15 回', '18 回'],
    actuals: ['11 回', '14 回', '15 回', ''],
    note: '',
  },
];

function buildC(ws: Worksheet): void {
  widths(ws, [34, 9, 13, 13, 13, 13, 30]);
  put(ws, 1, 1, ['気候変動適応分野　重要業績評価指標（KPI）の達成状況']);
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 2, 1, ['令和６年度評価（令和７年３月末時点）']);
  put(ws, 4, 1, ['重要業績評価指標（KPI）', '区分', '令和5年3月末', '令和6年3月末', '令和7年3月末', '令和8年3月末', '備考']);
  let r = 5;
  for (const k of C_KPIS) {
    merge(ws, r, 1, r + 1, 1, k.name);
    put(ws, r, 2, ['目標値', ...k.targets]);
    put(ws, r + 1, 2, ['実績値', ...k.actuals]);
    merge(ws, r, 7, r + 1, 7, k.note || undefined);
    r += 2;
  }
  box(ws, 4, 1, r - 1, 7);
  put(ws, r + 1, 1, ['※「-」は目標値を設定していない年度、または実績のない年度']);
}

const cIndicators: ExpectedIndicator[] = [
  ind(C_SHEET, 'クーリングシェルター指定数', 'か所', 45, 47),
  ind(C_SHEET, '熱中症による救急搬送人員', '人', 100, 118, { direction: 'down' }),
  ind(C_SHEET, '気候変動適応に関する市民認知度', '％', 50, 41.2),
  ind(C_SHEET, '暑さ対策セミナー参加者数', '人', 300, 172),
  ind(C_SHEET, '公園等への日よけ（シェード）設置数', 'か所', null, 4),
  ind(C_SHEET, '気候変動適応出前講座の実施回数', '回', 15, 15),
];

// ---------------------------------------------------------------- D: 計画成果指標の点検評価
const D_SHEET = '資料3';

const D_ROWS: [string, string, string, string, number, string, string][] = [
  [
    '熱中症による救急搬送者数',
    '消防本部が搬送した熱中症（疑いを含む）患者数。減少を目指す。',
    '人',
    '92\n（令和3年度）',
    70,
    '81\n（令和6年度）',
    '消防本部統計',
  ],
  ['クーリングシェルター指定施設数', '指定暑熱避難施設（旧まちなか涼み処を含む）の数', 'か所', '8\n（令和3年度）', 60, '52\n（令和6年度）', '健康増進課調べ'],
  [
    '熱中症予防行動をとっている市民の割合',
    '「こまめな水分補給」等の予防行動をとっていると回答した市民の割合',
    '％',
    '61.5\n（令和3年度）',
    80.0,
    '72.3\n（令和6年度）',
    '市民意識調査',
  ],
  ['雨水貯留施設設置補助件数（累計）', '雨水タンク等の設置補助の交付件数の累計', '件', '146\n（令和3年度）', 400, '318\n（令和6年度）', '下水道課調べ'],
  ['気候変動適応に関する講座等の受講者数', '出前講座・セミナー等の年間受講者数', '人', '420\n（令和3年度）', 800, '865\n（令和6年度）', '環境政策課調べ'],
  ['学校管理下における熱中症発生件数', '市立小中学校の管理下で発生した熱中症の件数。減少を目指す。', '件', '14\n（令和3年度）', 5, '集計中', '学校教育課調べ'],
];

function buildD(ws: Worksheet): void {
  widths(ws, [5, 30, 36, 7, 14, 11, 14, 16]);
  merge(ws, 1, 1, 1, 8, '気候変動適応計画（令和4年度～令和8年度）　成果指標の点検評価（令和6年度実績）');
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標（R8）', '実績', '現状把握の方法']);
  D_ROWS.forEach((row, i) => put(ws, 4 + i, 1, [i + 1, ...row]));
  wrap(ws, 3, 1, 3 + D_ROWS.length, 8);
  box(ws, 3, 1, 3 + D_ROWS.length, 8);
  put(ws, 5 + D_ROWS.length, 1, ['※学校管理下の熱中症発生件数は日本スポーツ振興センターの給付データ確定後に更新する。']);
}

const dIndicators: ExpectedIndicator[] = [
  final(ind(D_SHEET, '熱中症による救急搬送者数', '人', 70, 81, { direction: 'down' })),
  final(ind(D_SHEET, 'クーリングシェルター指定施設数', 'か所', 60, 52)),
  final(ind(D_SHEET, '熱中症予防行動をとっている市民の割合', '％', 80, 72.3)),
  final(ind(D_SHEET, '雨水貯留施設設置補助件数（累計）', '件', 400, 318)),
  final(ind(D_SHEET, '気候変動適応に関する講座等の受講者数', '人', 800, 865)),
  final(ind(D_SHEET, '学校管理下における熱中症発生件数', '件', 5, null, { direction: 'down', actualStatus: 'pending' })),
];

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h201-a-shisaku-stacked',
    layout: 'A: 基本施策評価シート, five stacked indicator blocks with 目指す方向 ↑/↓, R2 現状値 … R7 目標値, rating cell with 前年度 （B）',
    build(wb) {
      buildA(wb.addWorksheet(A_SHEET));
    },
    expected: {
      file: 'h201-a-shisaku-stacked.xlsx',
      fiscalYear: 2024,
      indicators: aIndicators,
      groups: [{ sheet: A_SHEET, cell: 'K4', grade: rollUp(aIndicators.map((i) => i.grade)) }],
    },
  },
  {
    name: 'h201-b-suishin-jigyo',
    layout: 'B: 推進事業実績一覧, targets/actuals as text 「相談件数 360件」, two measures in one cell, 未実施, generous 自己評価',
    build(wb) {
      buildB(wb.addWorksheet(B_SHEET));
    },
    expected: { file: 'h201-b-suishin-jigyo.xlsx', fiscalYear: 2024, indicators: bIndicators, groups: [] },
  },
  {
    name: 'h201-c-kpi-3gatsumatsu',
    layout: 'C: KPI rows 目標値/実績値 × 令和N年3月末 columns, values with units, "-" with no target, down indicator noted in 備考',
    build(wb) {
      buildC(wb.addWorksheet(C_SHEET));
    },
    expected: { file: 'h201-c-kpi-3gatsumatsu.xlsx', fiscalYear: 2024, indicators: cIndicators, groups: [] },
  },
  {
    name: 'h201-d-keikaku-tenken',
    layout: 'D: plan indicators, 現況 and 実績 with their year in the cell, 目標（R8）, 集計中, 減少を目指す in 指標の説明',
    build(wb) {
      buildD(wb.addWorksheet(D_SHEET));
    },
    expected: { file: 'h201-d-keikaku-tenken.xlsx', fiscalYear: 2024, indicators: dIndicators, groups: [] },
  },
];
