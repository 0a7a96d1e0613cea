/** Hold-out 181, four shapes outside the families that 健康づくり・健康ポイント・受動喫煙対策 offices use. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const NEW = [152, 118, 96, 88, 71, 79, 85, 92, 63, 58, 61, 71];
const DONE = [0, 12, 35, 48, 55, 61, 70, 72, 64, 70, 78, 83];
const GIFT = [0, 8, 30, 44, 50, 58, 62, 66, 60, 64, 70, 78];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const MONTHLY = '月別集計';
const GOALS = '目標と実績';

const monthly: Holdout2Workbook = {
  name: 'h181-kenko-point-monthly',
  layout: 'outside: 健康ポイント 月別集計 with a 年度計 row (SUM), a 目標と実績 sheet whose 実績 are formulas into it and a 達成率 in %',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(MONTHLY);
    widths(ws, [10, 18, 20, 18]);
    merge(ws, 1, 1, 1, 4, '令和３年度　健康ポイント事業　月別実績');
    put(ws, 3, 1, ['月', '新規登録者数（人）', 'ポイント達成者数（人）', '景品交換数（件）']);
    MONTHS.forEach((m, i) => put(ws, 4 + i, 1, [m, NEW[i], DONE[i], GIFT[i]]));
    put(ws, 16, 1, ['年度計']);
    ws.getCell(16, 2).value = { formula: 'SUM(B4:B15)', result: sum(NEW) };
    ws.getCell(16, 3).value = { formula: 'SUM(C4:C15)', result: sum(DONE) };
    ws.getCell(16, 4).value = { formula: 'SUM(D4:D15)', result: sum(GIFT) };
    box(ws, 3, 1, 16, 4);
    const g = wb.addWorksheet(GOALS);
    widths(g, [20, 6, 10, 10, 10, 30]);
    merge(g, 1, 1, 1, 6, '令和３年度　健康ポイント事業　目標と実績');
    put(g, 3, 1, ['項目', '単位', '目標', '実績', '達成率', '備考']);
    const rows: [string, string, number, string, number, string][] = [
      ['新規登録者数', '人', 1200, 'B16', sum(NEW), 'アプリ登録を含む'],
      ['ポイント達成者数', '人', 600, 'C16', sum(DONE), '年間100ポイント以上'],
      ['景品交換数', '件', 550, 'D16', sum(GIFT), ''],
    ];
    rows.forEach(([name, unit, target, ref, result, note], i) => {
      const r = 4 + i;
      put(g, r, 1, [name, unit, target]);
      g.getCell(r, 4).value = { formula: `${MONTHLY}!${ref}`, result };
      g.getCell(r, 5).value = { formula: `D${r}/C${r}`, result: result / target };
      g.getCell(r, 5).numFmt = '0.0%';
      if (note) g.getCell(r, 6).value = note;
    });
    box(g, 3, 1, 6, 6);
  },
  expected: {
    file: 'h181-kenko-point-monthly.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(GOALS, '新規登録者数', '人', 1200, sum(NEW)),
      ind(GOALS, 'ポイント達成者数', '人', 600, sum(DONE)),
      ind(GOALS, '景品交換数', '件', 550, sum(GIFT)),
    ],
    groups: [],
  },
};

const S1 = '受動喫煙防止対策事業';
const S2 = '禁煙支援事業';

interface Jigyo {
  sheet: string;
  purpose: string;
  content: string;
  activity: [string, string, number, number];
  outcome: [string, string, number, number];
  review: string;
}

const JIGYO: Jigyo[] = [
  {
    sheet: S1,
    purpose: '改正健康増進法の全面施行に合わせ、望まない受動喫煙をなくす。',
    content: '飲食店等への訪問指導、標識の配布、市有施設の敷地内禁煙の徹底。',
    activity: ['飲食店等への訪問指導件数', '件', 150, 162],
    outcome: ['屋内禁煙に取り組む飲食店の割合', '％', 70.0, 63.5],
    review: '訪問指導は目標を上回ったが、喫煙可能室を設ける店舗が一定数ある。',
  },
  {
    sheet: S2,
    purpose: '禁煙を希望する市民を支援し、喫煙率を下げる。',
    content: '保健師による禁煙相談、禁煙チャレンジ（3か月）の実施。',
    activity: ['禁煙相談件数', '件', 80, 52],
    outcome: ['禁煙成功者数', '人', 20, 11],
    review: '感染症拡大により対面相談を中止した期間があった。',
  },
];

const perSheet: Holdout2Workbook = {
  name: 'h181-judokitsuen-jimujigyo',
  layout: 'outside: 事務事業評価シート one 事業 per sheet, label-value rows, 活動指標 and 成果指標 tables with 達成率（％）',
  build(wb: Workbook) {
    for (const j of JIGYO) {
      const ws = wb.addWorksheet(j.sheet);
      widths(ws, [32, 8, 12, 12, 12]);
      merge(ws, 1, 1, 1, 5, '事務事業評価シート（令和２年度実施事業）');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 5, j.sheet);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 5, '保健センター　健康づくり係');
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 5, j.purpose);
      put(ws, 6, 1, ['事業の内容']);
      merge(ws, 6, 2, 6, 5, j.content);
      box(ws, 3, 1, 6, 5);
      const table = (r: number, title: string, [name, unit, target, actual]: [string, string, number, number]) => {
        put(ws, r, 1, [title]);
        put(ws, r + 1, 1, ['指標名', '単位', '目標値', '実績値', '達成率（％）']);
        put(ws, r + 2, 1, [name, unit, target, actual, Math.round((actual / target) * 1000) / 10]);
        box(ws, r + 1, 1, r + 2, 5);
      };
      table(8, '■ 活動指標', j.activity);
      table(12, '■ 成果指標', j.outcome);
      put(ws, 16, 1, ['事業の評価']);
      merge(ws, 16, 2, 16, 5, j.review);
      put(ws, 17, 1, ['今後の方向性', '継続']);
      box(ws, 16, 1, 17, 5);
      wrap(ws, 3, 2, 17, 5);
    }
  },
  expected: {
    file: 'h181-judokitsuen-jimujigyo.xlsx',
    fiscalYear: 2020,
    indicators: JIGYO.flatMap((j) => [ind(j.sheet, ...j.activity), ind(j.sheet, ...j.outcome)]),
    groups: [],
  },
};

const SUII = '受診率推移';

const yearsAsRows: Holdout2Workbook = {
  name: 'h181-kenshin-years-rows',
  layout:
    'outside: years as rows 平成30年度…令和4年度, two indicators each with 目標／実績 columns under a merged heading with （％）, 評価対象年度 in the title',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(SUII);
    widths(ws, [14, 10, 10, 10, 10, 34]);
    merge(ws, 1, 1, 1, 6, '健診受診率の推移（評価対象年度：令和３年度）');
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '特定健診受診率（％）');
    merge(ws, 3, 4, 3, 5, '肺がん検診受診率（％）');
    merge(ws, 3, 6, 4, 6, '備考');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['平成30年度', 42.0, 38.6, 12.0, 10.8],
      ['令和元年度', 44.0, 39.9, 13.0, 11.2],
      ['令和2年度', 46.0, 35.1, 14.0, 8.7, '新型コロナウイルス感染症による受診控え'],
      ['令和3年度', 50.0, 41.3, 15.0, 9.2],
      ['令和4年度', 52.0, undefined, 16.0, undefined, '令和5年11月確定予定'],
    ];
    rows.forEach((v, i) => put(ws, 5 + i, 1, v));
    for (let r = 5; r <= 9; r++) for (const c of [2, 3, 4, 5]) ws.getCell(r, c).numFmt = '0.0';
    box(ws, 3, 1, 9, 6);
  },
  expected: {
    file: 'h181-kenshin-years-rows.xlsx',
    fiscalYear: 2021,
    indicators: [ind(SUII, '特定健診受診率', '％', 50.0, 41.3), ind(SUII, '肺がん検診受診率', '％', 15.0, 9.2)],
    groups: [],
  },
};

const CHUKAN = '中間評価';

const midterm: Holdout2Workbook = {
  name: 'h181-kenko21-chukan',
  layout: 'outside: 健康増進計画 中間評価, 分野 merged down, 策定時（H29）／中間目標（R4）／現状値（R4）, 判定 ◎○△× by trend (改善傾向・悪化), not by bands',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(CHUKAN);
    widths(ws, [16, 36, 6, 10, 12, 12, 12, 8]);
    merge(ws, 1, 1, 1, 8, '健康増進計画　中間評価（令和４年度）');
    put(ws, 2, 1, ['※現状値は令和4年度の値']);
    put(ws, 4, 1, ['分野', '指標', '単位', '目指す方向', '策定時（H29）', '中間目標（R4）', '現状値（R4）', '判定']);
    const rows: (string | number | undefined)[][] = [
      [undefined, '1日の歩数（20～64歳男性）', '歩', '増加', 7020, 8000, 7214, '○'],
      [undefined, '週1回以上運動する人の割合', '％', '増加', 41.5, 50.0, 52.3, '◎'],
      [undefined, '成人喫煙率（男性）', '％', '減少', 26.1, 20.0, 24.6, '○'],
      [undefined, '家庭で受動喫煙の機会を有する者の割合', '％', '減少', 4.9, 3.0, 5.8, '×'],
      [undefined, '健康ポイント事業の認知度', '％', '増加', 22.0, 60.0, 38.5, '○'],
    ];
    rows.forEach((v, i) => put(ws, 5 + i, 1, v));
    merge(ws, 5, 1, 6, 1, '身体活動・運動');
    merge(ws, 7, 1, 8, 1, '喫煙');
    put(ws, 9, 1, ['健康づくりの環境']);
    ws.getCell(5, 5).numFmt = '#,##0';
    ws.getCell(5, 6).numFmt = '#,##0';
    ws.getCell(5, 7).numFmt = '#,##0';
    box(ws, 4, 1, 9, 8);
    put(ws, 11, 1, ['判定　◎：目標値に達した　○：目標値に達していないが改善傾向にある　△：変わらない　×：悪化している']);
  },
  expected: {
    file: 'h181-kenko21-chukan.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(CHUKAN, '1日の歩数（20～64歳男性）', '歩', 8000, 7214, { existing: '○' }),
      ind(CHUKAN, '週1回以上運動する人の割合', '％', 50.0, 52.3, { existing: '◎' }),
      ind(CHUKAN, '成人喫煙率（男性）', '％', 20.0, 24.6, { direction: 'down', existing: '○' }),
      ind(CHUKAN, '家庭で受動喫煙の機会を有する者の割合', '％', 3.0, 5.8, { direction: 'down', existing: '×' }),
      ind(CHUKAN, '健康ポイント事業の認知度', '％', 60.0, 38.5, { existing: '○' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, perSheet, yearsAsRows, midterm];
