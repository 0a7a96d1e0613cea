/**
 * Hold-out 10, families A and B as two more offices lay them out: a 施策評価シート with indicator
 * blocks tiled three across and two deep, 施策 sheets with blocks stacked down, and two 事業実績
 * tables (targets and actuals as text with units under a merged year heading; a 単位 column with
 * the actual before the plan). Facts follow ../shared/samples/README.md.
 */
import type { Worksheet } from 'exceljs';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook as Holdout10Workbook } from '../holdout2/kit';

const wrap = (ws: Worksheet, row: number, col: number) => {
  ws.getCell(row, col).alignment = { wrapText: true, vertical: 'middle' };
};

interface Block {
  name: string;
  unitLine: string;
  /** R2 (基準) … R6 (目標): the 目標値 row (R2 has none) and the 実績値 row (R5, R6 still empty). */
  targets: (number | null)[];
  actuals: (number | null)[];
}

const HEALTH: Block[] = [
  { name: '特定健康診査受診率', unitLine: '単位：％', targets: [null, 50, 53, 56, 60], actuals: [45.2, 47.8, 49.1, null, null] },
  { name: 'がん検診受診者数', unitLine: '単位：人', targets: [null, 8000, 8500, 9000, 9500], actuals: [7012, 7420, 6950, null, null] },
  { name: '休日当番医の診療日数', unitLine: '単位：日', targets: [null, 72, 72, 72, 72], actuals: [70, 72, 72, null, null] },
  { name: '救急搬送の平均所要時間', unitLine: '単位：分　※数値が低いほど良い指標', targets: [null, 39, 38, 37, 36], actuals: [41.2, 40.8, 40.5, null, null] },
  { name: '健康相談の利用件数', unitLine: '単位：件', targets: [null, 1100, 1200, 1300, 1400], actuals: [980, 1150, 1310, null, null] },
];

/** One indicator block of 7 columns × 6 rows at (row, col). */
function healthBlock(ws: Worksheet, row: number, col: number, n: number, b: Block): void {
  ws.getCell(row, col).value = `成果指標${'１２３４５'[n]}`;
  ws.getCell(row + 1, col).value = b.name;
  ws.mergeCells(row + 1, col, row + 1, col + 5);
  ws.getCell(row + 2, col).value = b.unitLine;
  ws.mergeCells(row + 2, col, row + 2, col + 5);
  put(ws, row + 3, col, ['区分', '令和2年度\n（基準）', '令和3年度', '令和4年度', '令和5年度', '令和6年度\n（目標）']);
  for (let c = col; c < col + 6; c++) wrap(ws, row + 3, c);
  put(ws, row + 4, col, ['目標値', ...b.targets]);
  put(ws, row + 5, col, ['実績値', ...b.actuals]);
}

const policyTiled: Holdout10Workbook = {
  name: 'h10-policy-tiled-three',
  layout:
    'A: 施策評価シート, five blocks tiled three across then two, 令和N年度 headings wrapped with （基準）/（目標）, 評価対象年度 R4 under a 令和5年度 title, down-is-better note in the unit line',
  build(wb) {
    const ws = wb.addWorksheet('施策2-3');
    put(ws, 1, 1, ['令和５年度　施策評価シート']);
    put(ws, 2, 1, ['評価対象年度：令和４年度（令和４年度の取組と成果を評価）']);
    put(ws, 3, 1, ['政策', '２　健やかに暮らせるまち']);
    put(ws, 4, 1, ['施策', '２－３　地域医療と健康づくりの充実']);
    put(ws, 5, 1, ['主管課', '健康づくり課']);
    put(ws, 3, 15, ['施策の評価', undefined, '（前年度：Ｃ）']);
    ws.getCell('O4').value = '評価：Ａ 順調／Ｂ 概ね順調／Ｃ やや遅れている／Ｄ 遅れている';
    put(ws, 7, 1, ['■ 成果指標の状況']);
    HEALTH.forEach((b, i) => healthBlock(ws, 8 + Math.floor(i / 3) * 7, 1 + (i % 3) * 7, i, b));
  },
  expected: {
    file: 'h10-policy-tiled-three.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('施策2-3', '特定健康診査受診率', '％', 53, 49.1),
      ind('施策2-3', 'がん検診受診者数', '人', 8500, 6950),
      ind('施策2-3', '休日当番医の診療日数', '日', 72, 72),
      ind('施策2-3', '救急搬送の平均所要時間', '分', 38, 40.5, { direction: 'down' }),
      ind('施策2-3', '健康相談の利用件数', '件', 1200, 1310),
    ],
    groups: [{ sheet: '施策2-3', cell: 'P3', grade: rollUp([gradeOf(53, 49.1), gradeOf(8500, 6950), 'A', gradeOf(38, 40.5, 'down'), 'A']) }],
  },
};

interface Stacked {
  name: string;
  unit: string;
  way: string;
  plan: (number | null)[];
  actual: (string | number | null)[];
}

/** A 施策 sheet: header, rating cell F4, then one stacked block of 4 rows (+1 spacer) per indicator from row 7. */
function stackedSheet(ws: Worksheet, title: string, policy: string, rows: Stacked[]): void {
  put(ws, 1, 1, [title]);
  put(ws, 2, 1, ['評価年度', '2023年度']);
  put(ws, 3, 1, ['施策名', policy]);
  put(ws, 4, 5, ['施策の総合評価']);
  put(ws, 4, 7, ['※Ａ～Ｄで記入']);
  rows.forEach((s, i) => {
    const r = 7 + i * 5;
    put(ws, r, 1, [`指標${'①②③'[i]}`, s.name, undefined, undefined, '単位', s.unit, '目指す方向', s.way]);
    ws.mergeCells(r, 2, r, 4);
    put(ws, r + 1, 1, ['年度', '2021年度', '2022年度', '2023年度', '2024年度', '2025年度\n（目標年度）']);
    wrap(ws, r + 1, 6);
    put(ws, r + 2, 1, ['計画値', ...s.plan]);
    put(ws, r + 3, 1, ['実績値', ...s.actual]);
  });
}

const CHILD: Stacked[] = [
  { name: '待機児童数', unit: '人', way: '↓減少', plan: [5, 2, 0, 0, 0], actual: [7, 4, 3] },
  { name: '子育て支援センター利用者数', unit: '人', way: '↑増加', plan: [14000, 14500, 15000, 15500, 16000], actual: [12850, 13920, '14,210（見込み）'] },
  { name: 'ファミリー・サポート・センター会員数', unit: '人', way: '↑増加', plan: [580, 600, 620, 640, 660], actual: [571, 610, 655] },
];
const SCHOOL: Stacked[] = [
  { name: '学校図書館の児童1人当たり貸出冊数', unit: '冊', way: '↑増加', plan: [55, 58, 60, 62, 65], actual: [51.2, 49.8, 47.5] },
  { name: '英語検定3級相当以上の中学3年生の割合', unit: '％', way: '↑増加', plan: [45, 48, 50, 52, 55], actual: [40.1, 39.6, 38] },
  { name: '不登校児童生徒数', unit: '人', way: '↓減少', plan: [50, 48, 45, 42, 40], actual: [49, 51, 52] },
];

const policyStacked: Holdout10Workbook = {
  name: 'h10-policy-stacked-two-sheets',
  layout:
    'A: two 施策マネジメントシート sheets, blocks stacked down (年度 / 計画値 / 実績値 rows per indicator), 2021年度… headings, 目指す方向 ↓減少, a （見込み） actual as text, rating cell F4',
  build(wb) {
    stackedSheet(wb.addWorksheet('施策1'), '施策マネジメントシート', '1-1　安心して子どもを産み育てられる環境づくり', CHILD);
    stackedSheet(wb.addWorksheet('施策2'), '施策マネジメントシート', '1-2　確かな学力と豊かな心の育成', SCHOOL);
  },
  expected: {
    file: 'h10-policy-stacked-two-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('施策1', '待機児童数', '人', 0, 3, { direction: 'down' }),
      ind('施策1', '子育て支援センター利用者数', '人', 15000, 14210, { actualStatus: 'provisional' }),
      ind('施策1', 'ファミリー・サポート・センター会員数', '人', 620, 655),
      ind('施策2', '学校図書館の児童1人当たり貸出冊数', '冊', 60, 47.5),
      ind('施策2', '英語検定3級相当以上の中学3年生の割合', '％', 50, 38),
      ind('施策2', '不登校児童生徒数', '人', 45, 52, { direction: 'down' }),
    ],
    groups: [
      { sheet: '施策1', cell: 'F4', grade: rollUp([gradeOf(0, 3, 'down'), gradeOf(15000, 14210), gradeOf(620, 655)]) },
      { sheet: '施策2', cell: 'F4', grade: rollUp([gradeOf(60, 47.5), gradeOf(50, 38), gradeOf(45, 52, 'down')]) },
    ],
  },
};

const projectLegend: Holdout10Workbook = {
  name: 'h10-project-text-legend',
  layout:
    'B: 事務事業実績, 令和５年度 merged over 目標/実績 (two header rows), values as text with a label and unit (full-width digits), 達成率 and 評価 columns, a 100/80/50 legend row under the table',
  build(wb) {
    const ws = wb.addWorksheet('事務事業実績');
    put(ws, 1, 1, ['令和５年度　事務事業 実績報告（商工観光部）']);
    put(ws, 2, 1, ['※ 数値目標・実績は令和５年度（令和５年４月～令和６年３月）の値']);
    put(ws, 4, 1, ['No.', '事業名', '担当課', '令和５年度', undefined, '達成率', '評価', '備考']);
    put(ws, 5, 4, ['数値目標', '実績']);
    for (const c of [1, 2, 3, 6, 7, 8]) ws.mergeCells(4, c, 5, c);
    ws.mergeCells(4, 4, 4, 5);
    const rows: (string | number)[][] = [
      [1, '中小企業融資あっせん事業', '商工課', '融資あっせん件数　１２０件', '融資あっせん件数　１３２件', '110%', 'A', ''],
      [2, '創業支援事業', '商工課', '創業者数　15人', '創業者数　9人', '60%', 'C', '創業塾受講者は増加'],
      [3, '観光物産展出展事業', '観光課', '出展回数　4回', '未実施', '－', 'D', '主催者側の事情により開催されず'],
      [4, '空き店舗活用支援事業', '商工課', '補助件数　8件', '補助件数　3件', '38%', 'D', ''],
      [5, 'インバウンド誘客推進事業', '観光課', '外国人宿泊者数　2,500人泊', '外国人宿泊者数　2,180人泊', '87%', 'B', ''],
      [6, 'ふるさと納税推進事業', '企画課', '寄附額　3.0億円', '寄附額　3.4億円', '113%', 'A', '返礼品を拡充'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['【評価基準】Ａ：達成率100％以上　Ｂ：80％以上100％未満　Ｃ：50％以上80％未満　Ｄ：50％未満（未実施を含む）']);
  },
  expected: {
    file: 'h10-project-text-legend.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事務事業実績', '中小企業融資あっせん事業', '件', 120, 132, { existing: 'A' }),
      ind('事務事業実績', '創業支援事業', '人', 15, 9, { existing: 'C' }),
      ind('事務事業実績', '観光物産展出展事業', '回', 4, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind('事務事業実績', '空き店舗活用支援事業', '件', 8, 3, { existing: 'D' }),
      ind('事務事業実績', 'インバウンド誘客推進事業', '人泊', 2500, 2180, { existing: 'B' }),
      ind('事務事業実績', 'ふるさと納税推進事業', '億円', 3, 3.4, { existing: 'A' }),
    ],
    groups: [],
  },
};

const projectUnitColumn: Holdout10Workbook = {
  name: 'h10-project-unit-column',
  layout:
    'B: 重点事業 table, 単位 column, 実績値 before 計画値 (wrapped "実績値\\n（R5）"), numbers as text with commas, 集計中 and a "－" plan, 自己評価 and 今後の方向性',
  build(wb) {
    const ws = wb.addWorksheet('R5実績');
    put(ws, 1, 1, ['R5年度　重点事業の成果指標実績一覧']);
    put(ws, 2, 1, ['（企画政策課取りまとめ）']);
    put(ws, 4, 1, ['No', '事業名', '単位', '実績値\n（R5）', '計画値\n（R5）', '自己評価', '今後の方向性', '備考']);
    for (let c = 1; c <= 8; c++) wrap(ws, 4, c);
    const rows: (string | number | undefined)[][] = [
      [1, '地域おこし協力隊活用事業', '人', '6', '8', 'B', '継続'],
      [2, '移住相談窓口運営事業', '件', '1,250', '1,000', 'A', '拡充', 'オンライン相談を含む'],
      [3, '空き家バンク登録推進事業', '件', '集計中', '40', undefined, '継続', '年度末登録分を確認中'],
      [4, '結婚支援イベント開催事業', '組', '12', '－', undefined, '見直し', '成立組数（目標設定なし）'],
      [5, 'シティプロモーション事業', '回', '24', '20', 'A', '継続'],
      [6, '地域公共交通利用促進事業', '人', '38,420', '45,000', 'B', '継続', 'デマンド交通の利用者数'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
  },
  expected: {
    file: 'h10-project-unit-column.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('R5実績', '地域おこし協力隊活用事業', '人', 8, 6, { existing: 'B' }),
      ind('R5実績', '移住相談窓口運営事業', '件', 1000, 1250, { existing: 'A' }),
      ind('R5実績', '空き家バンク登録推進事業', '件', 40, null, { actualStatus: 'pending' }),
      ind('R5実績', '結婚支援イベント開催事業', '組', null, 12),
      ind('R5実績', 'シティプロモーション事業', '回', 20, 24, { existing: 'A' }),
      ind('R5実績', '地域公共交通利用促進事業', '人', 45000, 38420, { existing: 'B' }),
    ],
    groups: [],
  },
};

export const FAMILY_AB_WORKBOOKS: Holdout10Workbook[] = [policyTiled, policyStacked, projectLegend, projectUnitColumn];
