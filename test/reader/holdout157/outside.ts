/**
 * Hold-out 157, four shapes outside the families that 母子保健 offices use: a 乳幼児健康診査 実施状況 table (対象者数, 受診者数,
 * 受診率, 目標受診率 per 健診), a 産後ケア事業 月別利用実績 with a 年度計 formula and 年度目標, 事務事業評価シート one 事業 per
 * sheet (活動指標／成果指標), and a 年次推移 table with years as rows, a 目標値（令和8年度） row and a 0 ％ target under ↓.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const K_SHEET = '健診実施状況';

const checkups: Holdout2Workbook = {
  name: 'h157-nyuyoji-kenshin-jisshi',
  layout: 'N: 令和５年度 乳幼児健康診査 実施状況, one row per 健診 with 実施方法, 対象者数, 受診者数, 受診率（％） and 目標受診率（％）, a 備考 column',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(K_SHEET);
    widths(ws, [22, 18, 11, 11, 11, 12, 30]);
    merge(ws, 1, 1, 1, 7, '令和５年度　乳幼児健康診査　実施状況');
    put(ws, 2, 7, ['こども家庭課 母子保健係']);
    put(ws, 4, 1, ['健診名', '実施方法', '対象者数\n（人）', '受診者数\n（人）', '受診率\n（％）', '目標受診率\n（％）', '備考']);
    const rows: (string | number)[][] = [
      ['4か月児健康診査', '集団（月2回）', 412, 405, 98.3, 98.0, ''],
      ['10か月児健康診査', '個別（医療機関委託）', 398, 371, 93.2, 95.0, '受診票の有効期限は1歳の誕生日の前日まで'],
      ['1歳6か月児健康診査', '集団（月2回）', 430, 414, 96.3, 97.0, '未受診者は訪問・電話で状況を把握'],
      ['2歳児歯科健康診査', '集団（月1回）', 421, 322, 76.5, 80.0, 'フッ化物塗布を同時実施'],
      ['3歳児健康診査', '集団（月2回）', 445, 428, 96.2, 96.0, '屈折検査機器による視覚検査を実施'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (let r = 5; r <= 9; r++) for (const c of [5, 6]) ws.getCell(r, c).numFmt = '0.0';
    box(ws, 4, 1, 9, 7);
    wrap(ws, 4, 1, 9, 7);
  },
  expected: {
    file: 'h157-nyuyoji-kenshin-jisshi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K_SHEET, '4か月児健康診査', '％', 98.0, 98.3),
      ind(K_SHEET, '10か月児健康診査', '％', 95.0, 93.2),
      ind(K_SHEET, '1歳6か月児健康診査', '％', 97.0, 96.3),
      ind(K_SHEET, '2歳児歯科健康診査', '％', 80.0, 76.5),
      ind(K_SHEET, '3歳児健康診査', '％', 96.0, 96.2),
    ],
    groups: [],
  },
};

const M_SHEET = '利用実績';
const MONTHLY: [string, string, number[], number][] = [
  ['宿泊型 延べ利用日数', '日', [8, 10, 9, 12, 11, 9, 10, 13, 8, 7, 9, 12], 120],
  ['日帰り型 延べ利用日数', '日', [14, 16, 15, 18, 20, 17, 19, 21, 16, 15, 18, 22], 180],
  ['訪問型 延べ利用回数', '回', [3, 2, 4, 5, 3, 4, 6, 5, 3, 2, 4, 4], 60],
];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const monthly: Holdout2Workbook = {
  name: 'h157-sango-care-getsubetsu',
  layout: 'N: 令和６年度 産後ケア事業 月別利用実績, 4月…3月 columns, a 年度計 =SUM() formula, 年度目標 and a 達成率 formula in %, a note of 実利用者数 below',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [24, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 9, 9]);
    merge(ws, 1, 1, 1, 17, '令和６年度　産後ケア事業　月別利用実績');
    put(ws, 3, 1, ['利用形態', '単位', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月', '年度計', '年度目標', '達成率']);
    MONTHLY.forEach(([label, unit, months, goal], i) => {
      const r = 4 + i;
      put(ws, r, 1, [label, unit, ...months]);
      ws.getCell(r, 15).value = { formula: `SUM(C${r}:N${r})`, result: sum(months) };
      ws.getCell(r, 16).value = goal;
      ws.getCell(r, 17).value = { formula: `O${r}/P${r}`, result: sum(months) / goal };
      ws.getCell(r, 17).numFmt = '0.0%';
    });
    box(ws, 3, 1, 6, 17);
    wrap(ws, 3, 1, 3, 17);
    merge(ws, 8, 1, 8, 17, '※延べ数。実利用者数は宿泊型 31人、日帰り型 58人、訪問型 17人（重複利用あり）');
    merge(ws, 9, 1, 9, 17, '※令和６年度から訪問型の委託先を2か所に拡大');
  },
  expected: {
    file: 'h157-sango-care-getsubetsu.xlsx',
    fiscalYear: 2024,
    indicators: MONTHLY.map(([label, unit, months, goal]) => ind(M_SHEET, label, unit, goal, sum(months))),
    groups: [],
  },
};

/** One 事務事業評価シート: 事業名, 担当課, 目的, then 活動指標 and 成果指標 rows with 令和元年度実績, 令和２年度目標／実績, 達成率. */
function jimuJigyo(
  ws: Worksheet,
  name: string,
  office: string,
  purpose: string,
  rows: [string, string, string, number, number, number][],
  comment: string,
): void {
  widths(ws, [12, 26, 8, 12, 12, 12, 10]);
  merge(ws, 1, 1, 1, 7, '令和３年度　事務事業評価シート');
  put(ws, 2, 5, ['評価対象年度']);
  merge(ws, 2, 6, 2, 7, '令和２年度');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 7, name);
  put(ws, 4, 1, ['担当課']);
  merge(ws, 4, 2, 4, 7, office);
  put(ws, 5, 1, ['事業の目的']);
  merge(ws, 5, 2, 5, 7, purpose);
  box(ws, 2, 5, 2, 7);
  box(ws, 3, 1, 5, 7);
  put(ws, 7, 1, ['区分', '指標名', '単位', '令和元年度\n実績', '令和２年度\n目標', '令和２年度\n実績', '達成率']);
  rows.forEach(([kind, label, unit, last, goal, actual], i) => {
    const r = 8 + i;
    put(ws, r, 1, [kind, label, unit, last, goal, actual]);
    ws.getCell(r, 7).value = { formula: `F${r}/E${r}`, result: actual / goal };
    ws.getCell(r, 7).numFmt = '0.0%';
  });
  box(ws, 7, 1, 7 + rows.length, 7);
  wrap(ws, 7, 1, 7 + rows.length, 7);
  put(ws, 11, 1, ['評価・課題']);
  merge(ws, 11, 2, 11, 7, comment);
  put(ws, 12, 1, ['今後の方向性', '継続']);
  box(ws, 11, 1, 12, 7);
}

const perSheet: Holdout2Workbook = {
  name: 'h157-jimujigyo-boshi',
  layout:
    'N: 令和３年度 事務事業評価シート (評価対象年度 令和２年度), one 事業 per sheet, 活動指標／成果指標 rows with 令和元年度実績, 目標, 実績, 達成率 formulas',
  build(wb: Workbook) {
    jimuJigyo(
      wb.addWorksheet('事業12'),
      '乳児家庭全戸訪問事業（こんにちは赤ちゃん事業）',
      '健康推進課',
      '生後４か月までの乳児のいる家庭を訪問し、育児不安の軽減と養育環境の把握を図る。',
      [
        ['活動指標', '訪問件数', '件', 372, 380, 366],
        ['成果指標', '乳児家庭訪問率', '％', 97.9, 100, 96.6],
      ],
      '新型コロナウイルス感染症の影響で訪問を辞退した家庭が12件あり、電話による状況把握に切り替えた。',
    );
    jimuJigyo(
      wb.addWorksheet('事業13'),
      '産婦健康診査事業',
      '健康推進課',
      '産後２週間・１か月の産婦健康診査の費用を助成し、産後うつの早期発見につなげる。',
      [
        ['活動指標', '受診票交付数', '枚', 681, 700, 652],
        ['成果指標', '産婦健康診査受診率', '％', 89.5, 90.0, 92.4],
      ],
      'EPDS高得点者は医療機関から連絡票により情報提供を受け、全員に訪問を実施した。',
    );
  },
  expected: {
    file: 'h157-jimujigyo-boshi.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind('事業12', '訪問件数', '件', 380, 366),
      ind('事業12', '乳児家庭訪問率', '％', 100, 96.6),
      ind('事業13', '受診票交付数', '枚', 700, 652),
      ind('事業13', '産婦健康診査受診率', '％', 90.0, 92.4),
    ],
    groups: [],
  },
};

const Y_SHEET = '年次推移';
const Y_COLS: [string, string, number, number][] = [
  // name, 方向, 目標値（令和8年度）, 令和7年度
  ['妊娠11週以下での妊娠届出率', '↑', 96.0, 94.8],
  ['新生児聴覚検査受検率', '↑', 98.0, 98.9],
  ['乳児家庭全戸訪問率', '↑', 100.0, 95.1],
  ['妊娠中の喫煙率', '↓', 0.0, 1.2],
];

const yearsAsRows: Holdout2Workbook = {
  name: 'h157-boshi-nenji-suii',
  layout:
    'N: 母子保健指標の年次推移（評価対象：令和７年度）, years 令和2…7年度 as rows, 単位 and 目指す方向 rows under the headings, a 目標値（令和8年度） row, 0.0 ％ target under ↓',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [20, 16, 16, 16, 16]);
    merge(ws, 1, 1, 1, 5, 'すこやか市　母子保健指標の年次推移（評価対象：令和７年度）');
    put(ws, 3, 1, ['年度', ...Y_COLS.map((c) => c[0])]);
    put(ws, 4, 1, ['単位', '％', '％', '％', '％']);
    put(ws, 5, 1, ['目指す方向', ...Y_COLS.map((c) => c[1])]);
    const years: [string, number[]][] = [
      ['令和2年度', [92.3, 95.1, 88.7, 2.6]],
      ['令和3年度', [93.0, 96.4, 93.5, 2.2]],
      ['令和4年度', [93.4, 97.2, 96.0, 1.9]],
      ['令和5年度', [94.1, 97.9, 96.3, 1.6]],
      ['令和6年度', [94.5, 98.5, 95.8, 1.4]],
      ['令和7年度', Y_COLS.map((c) => c[3])],
    ];
    years.forEach(([y, v], i) => put(ws, 6 + i, 1, [y, ...v]));
    put(ws, 12, 1, ['目標値（令和8年度）', ...Y_COLS.map((c) => c[2])]);
    for (let r = 6; r <= 12; r++) for (let c = 2; c <= 5; c++) ws.getCell(r, c).numFmt = '0.0';
    box(ws, 3, 1, 12, 5);
    wrap(ws, 3, 1, 12, 5);
    merge(ws, 14, 1, 14, 5, '※新生児聴覚検査受検率は、出生数に対する受検者数（医療機関からの報告による）');
  },
  expected: {
    file: 'h157-boshi-nenji-suii.xlsx',
    fiscalYear: 2025,
    indicators: Y_COLS.map(([name, arrow, goal, actual]) => ({
      ...ind(Y_SHEET, name, '％', goal, actual, { direction: arrow === '↓' ? 'down' : 'up' }),
      targetSource: 'final',
    })),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [checkups, monthly, perSheet, yearsAsRows];
