/** Hold-out 165, traps: 累計 vs 単年度 columns, targets that are not numbers beside 参考 notes, a later year already filled and ％ as fractions. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

/** 成果指標進捗状況 (令和５年度): 単年度 and 累計 actual columns; a （累計） indicator is compared with its 累計, the others with 単年度. */
const CUMUL: [string, string, number, number, number | string, string][] = [
  ['子ども食堂の開設数（累計）', 'か所', 12, 3, 11, '目標値は令和３年度からの累計'],
  ['学習支援教室の延べ参加者数', '人', 2400, 2010, 6130, '単年度で評価'],
  ['高等職業訓練促進給付金による資格取得者数（累計）', '人', 30, 8, 31, '目標値は令和３年度からの累計'],
  ['ひとり親家庭の家計相談件数', '件', 150, 96, '－', '令和５年度から開始'],
];

const cumulative: Holdout2Workbook = {
  name: 'r5-kodomo-seika-tannendo-ruikei',
  layout: '成果指標進捗 令和５年度: 単年度 and 累計（令和３年度～） actual columns side by side; （累計） indicators take the 累計, the others 単年度',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('成果指標');
    widths(ws, [5, 40, 6, 12, 14, 14, 26]);
    merge(ws, 1, 1, 1, 7, '令和５年度　子どもの貧困対策　成果指標の進捗状況');
    put(ws, 3, 1, ['No.', '指標名', '単位', '令和５年度\n目標値', '令和５年度実績\n（単年度）', '累計実績\n（令和３年度～）', '備考']);
    CUMUL.forEach((c, i) => put(ws, 4 + i, 1, [i + 1, ...c]));
    for (let r = 4; r < 4 + CUMUL.length; r++) for (const c of [4, 5, 6]) ws.getCell(r, c).numFmt = '#,##0';
    wrap(ws, 3, 1, 3 + CUMUL.length, 7);
    box(ws, 3, 1, 3 + CUMUL.length, 7);
    put(ws, 9, 1, ['※（累計）と表示した指標は累計実績で、その他の指標は単年度実績で評価する。']);
  },
  expected: {
    file: 'r5-kodomo-seika-tannendo-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('成果指標', '子ども食堂の開設数（累計）', 'か所', 12, 11),
      ind('成果指標', '学習支援教室の延べ参加者数', '人', 2400, 2010),
      ind('成果指標', '高等職業訓練促進給付金による資格取得者数（累計）', '人', 30, 31),
      ind('成果指標', 'ひとり親家庭の家計相談件数', '件', 150, 96),
    ],
    groups: [],
  },
};

/** 成果指標評価表 (令和４年度): targets 「増加」「前年度以上」 (no grade), 「85.0％」 text, 備考 「（参考）令和３年度 98世帯」 that looks like a value. */
const NOTNUM: [string, string, string | number, string | number, string][] = [
  ['子どもの貧困対策に取り組む支援団体との連携数', '団体', '増加', 14, '（参考）令和３年度　11団体'],
  ['ひとり親家庭相談の利用者満足度', '％', '前年度以上', '78.4％', '利用者アンケート（「満足」「やや満足」の割合）'],
  ['就学援助制度の周知回数', '回', 6, 6, '広報紙・学校配布チラシ・ＳＮＳ'],
  ['児童扶養手当受給世帯の親の就労率', '％', '85.0％', '81.2％', '現況届による'],
  ['子ども宅食の配送世帯数', '世帯', 150, 132, '（参考）令和３年度　98世帯'],
];

const notNumbers: Holdout2Workbook = {
  name: 'r4-kodomo-hinkon-target-not-number',
  layout: '成果指標評価表 令和４年度: targets 「増加」「前年度以上」 with no figure, 「85.0％」 as text, 備考 with last year’s figure and unit',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('評価表');
    widths(ws, [40, 7, 12, 14, 34]);
    merge(ws, 1, 1, 1, 5, '令和４年度　成果指標評価表（子どもの貧困対策）');
    put(ws, 3, 1, ['指標名', '単位', '目標', '令和４年度\n実績', '備考']);
    NOTNUM.forEach((n, i) => put(ws, 4 + i, 1, n));
    wrap(ws, 3, 1, 3 + NOTNUM.length, 5);
    box(ws, 3, 1, 3 + NOTNUM.length, 5);
  },
  expected: {
    file: 'r4-kodomo-hinkon-target-not-number.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('評価表', NOTNUM[0][0], '団体', null, 14),
      ind('評価表', NOTNUM[1][0], '％', null, 78.4),
      ind('評価表', NOTNUM[2][0], '回', 6, 6),
      ind('評価表', NOTNUM[3][0], '％', 85.0, 81.2),
      ind('評価表', NOTNUM[4][0], '世帯', 150, 132),
    ],
    groups: [],
  },
};

/** 年度別推移 (評価対象年度：令和５年度): a 令和６年度（9月末現在） column already filled, ％ stored as fractions under 0.0%. */
const TREND: { name: string; unit: string; pct: boolean; v: (number | string)[]; target: number }[] = [
  { name: 'ひとり親家庭の親の就業率', unit: '％', pct: true, v: [0.842, 0.851, 0.866, 0.87], target: 0.9 },
  { name: '学習支援事業参加者の高校等進学率', unit: '％', pct: true, v: [0.95, 0.972, 1, '－'], target: 1 },
  { name: '子ども食堂の延べ利用者数', unit: '人', pct: false, v: [8200, 9050, 9800, 5400], target: 10000 },
  { name: 'スクールソーシャルワーカーの支援件数', unit: '件', pct: false, v: [410, 455, 430, 260], target: 500 },
];

const laterYear: Holdout2Workbook = {
  name: 'r5-kodomo-nendobetsu-fraction-r6',
  layout:
    '年度別推移 評価対象年度 令和５年度: 令和３年度…令和６年度（9月末現在） columns with R6 filled, 目標値（令和５年度） at the right, ％ as fractions under 0.0%',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('年度別推移');
    widths(ws, [36, 6, 11, 11, 11, 14, 14]);
    merge(ws, 1, 1, 1, 7, '子どもの貧困対策　指標の年度別推移');
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    put(ws, 4, 1, ['指標', '単位', '令和３年度', '令和４年度', '令和５年度', '令和６年度\n（9月末現在）', '目標値\n（令和５年度）']);
    TREND.forEach((t, i) => {
      const r = 5 + i;
      put(ws, r, 1, [t.name, t.unit, ...t.v, t.target]);
      for (let c = 3; c <= 7; c++) ws.getCell(r, c).numFmt = t.pct ? '0.0%' : '#,##0';
    });
    wrap(ws, 4, 1, 4, 7);
    box(ws, 4, 1, 4 + TREND.length, 7);
    put(ws, 10, 1, ['※令和６年度は上半期の速報値']);
  },
  expected: {
    file: 'r5-kodomo-nendobetsu-fraction-r6.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('年度別推移', TREND[0].name, '％', 90, 86.6),
      ind('年度別推移', TREND[1].name, '％', 100, 100),
      ind('年度別推移', TREND[2].name, '人', 10000, 9800),
      ind('年度別推移', TREND[3].name, '件', 500, 430),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, notNumbers, laterYear];
