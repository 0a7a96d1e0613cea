/** Hold-out 181, three traps of 健康づくり・健康ポイント・受動喫煙対策 sheets. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const POINT = '健康ポイント';

const fractions: Holdout2Workbook = {
  name: 'h181-trap-fraction-ruikei',
  layout: 'trap: ％ stored as fractions under 0.0%, a 累計 target and actual beside an 「うち令和5年度新規」 column, a 達成率 column, a 備考 「前年度 78人」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(POINT);
    widths(ws, [28, 6, 12, 14, 14, 16, 10, 36]);
    merge(ws, 1, 1, 1, 8, '健康ポイント事業・健診受診促進　成果指標の状況');
    put(ws, 2, 1, ['評価対象年度　令和５年度']);
    put(ws, 4, 1, ['指標名', '単位', '基準値（R1）', '令和5年度目標値', '令和5年度実績値', 'うち令和5年度新規', '達成率', '備考']);
    const rows: [string, string, number, number, number, number | string, string, boolean][] = [
      ['健康ポイント累計登録者数', '人', 4210, 12000, 11046, 1820, '目標値・実績値とも事業開始（平成28年度）からの累計', false],
      ['特定健診受診率', '％', 0.398, 0.5, 0.437, '－', '法定報告値', true],
      ['健康ポイント参加者の継続率', '％', 0.62, 0.7, 0.728, '－', '前年度からの継続参加者の割合', true],
      ['禁煙チャレンジ参加者数', '人', 35, 100, 64, 64, '前年度 78人', false],
    ];
    rows.forEach(([name, unit, base, target, actual, single, note, pct], i) => {
      const r = 5 + i;
      put(ws, r, 1, [name, unit, base, target, actual, single]);
      ws.getCell(r, 7).value = { formula: `E${r}/D${r}`, result: actual / target };
      ws.getCell(r, 7).numFmt = '0.0%';
      put(ws, r, 8, [note]);
      for (const c of [3, 4, 5]) ws.getCell(r, c).numFmt = pct ? '0.0%' : '#,##0';
    });
    wrap(ws, 4, 1, 8, 8);
    box(ws, 4, 1, 8, 8);
  },
  expected: {
    file: 'h181-trap-fraction-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(POINT, '健康ポイント累計登録者数', '人', 12000, 11046),
      ind(POINT, '特定健診受診率', '％', 50.0, 43.7),
      ind(POINT, '健康ポイント参加者の継続率', '％', 70.0, 72.8),
      ind(POINT, '禁煙チャレンジ参加者数', '人', 100, 64),
    ],
    groups: [],
  },
};

const HYOKA = '成果指標評価';

const wordTargets: Holdout2Workbook = {
  name: 'h181-trap-nonnumeric-target',
  layout: 'trap: 令和元年度 成果指標評価表 with targets 「前年度以上」「延伸」「なくす」 beside a 前年度実績 column, 「100％」 as text, ○× without a legend',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(HYOKA);
    widths(ws, [30, 6, 10, 14, 12, 12, 10, 30]);
    merge(ws, 1, 1, 1, 8, '令和元年度　健康づくり分野　成果指標評価表');
    put(ws, 3, 1, ['指標名', '単位', '目指す方向', '前年度実績（H30）', '目標', '実績（R1）', '達成状況', '備考']);
    const rows: (string | number)[][] = [
      ['健康ポイント参加者数', '人', '↑', 2340, '前年度以上', 2512, '○', '参加者は年々増加'],
      ['公共施設の敷地内禁煙実施率', '％', '↑', 92.0, '100％', '96.5％', '×', '未実施は指定管理施設2か所'],
      ['健康寿命（女性）', '年', '↑', 83.9, '延伸', 84.1, '○', '県算定値（H30→R1）'],
      ['がん検診精密検査受診率', '％', '↑', 88.7, 90.0, 92.4, '○', '5がん平均'],
      ['未成年者の喫煙率', '％', '↓', 1.8, 'なくす', 1.2, '×', '中高生アンケート'],
    ];
    rows.forEach((v, i) => put(ws, 4 + i, 1, v));
    box(ws, 3, 1, 8, 8);
  },
  expected: {
    file: 'h181-trap-nonnumeric-target.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(HYOKA, '健康ポイント参加者数', '人', null, 2512, { existing: '○' }),
      ind(HYOKA, '公共施設の敷地内禁煙実施率', '％', 100, 96.5, { existing: '×' }),
      ind(HYOKA, '健康寿命（女性）', '年', null, 84.1, { existing: '○' }),
      ind(HYOKA, 'がん検診精密検査受診率', '％', 90.0, 92.4, { existing: '○' }),
      ind(HYOKA, '未成年者の喫煙率', '％', null, 1.2, { direction: 'down', existing: '×' }),
    ],
    groups: [],
  },
};

const H30 = 'H30評価';

/** The sheet's own bands: Ａ 100 % 以上, Ｂ 90 %, Ｃ 70 %, Ｄ below. */
function ownGrade(target: number, actual: number, down = false): string {
  const rate = down ? target / actual : actual / target;
  return rate >= 1 ? 'A' : rate >= 0.9 ? 'B' : rate >= 0.7 ? 'C' : 'D';
}

const OWN: [string, string, boolean, number, number, number, string, number | undefined, string | undefined][] = [
  ['健康教室参加者数', '人', false, 1296, 1500, 1380, 'B', undefined, '延べ人数（うち男性 412人）'],
  ['成人喫煙率', '％', true, 16.0, 15.0, 17.5, 'C', 16.1, undefined],
  ['受動喫煙防止宣言施設数', '施設', false, 38, 60, 44, 'C', undefined, 'H31.3.31現在。ほかに申請中 5施設'],
  ['特定健診受診率', '％', false, 32.4, 45.0, 30.9, 'D', 38.2, undefined],
  ['健康ポイント交換者数', '人', false, 410, 500, 545, 'A', undefined, '次期目標 800人（令和4年度）'],
];

const ownScale: Holdout2Workbook = {
  name: 'h181-trap-own-scale-notes',
  layout:
    'trap: 平成30年度 進捗状況評価 with its own Ａ100／Ｂ90／Ｃ70 bands, H29実績 and 県平均（参考） columns, 備考 with figures 「うち男性 412人」「申請中 5施設」「次期目標 800人」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(H30);
    widths(ws, [5, 26, 6, 6, 10, 10, 10, 12, 6, 14, 32]);
    merge(ws, 1, 1, 1, 11, '平成30年度　健康づくり推進計画　進捗状況評価');
    put(ws, 3, 1, ['No', '指標名', '単位', '方向', 'H29実績', 'H30目標', 'H30実績', '達成率（％）', '評価', '県平均（参考）', '備考']);
    OWN.forEach(([name, unit, down, prev, target, actual, mark, pref, note], i) => {
      const rate = Math.round((down ? target / actual : actual / target) * 1000) / 10;
      put(ws, 4 + i, 1, [i + 1, name, unit, down ? '↓' : '↑', prev, target, actual, rate, mark, pref, note]);
    });
    box(ws, 3, 1, 8, 11);
    put(ws, 10, 1, ['評価基準　Ａ：100％以上　Ｂ：90％以上100％未満　Ｃ：70％以上90％未満　Ｄ：70％未満']);
    put(ws, 11, 1, ['※方向　↑：数値が高いほどよい　↓：数値が低いほどよい']);
  },
  expected: {
    file: 'h181-trap-own-scale-notes.xlsx',
    fiscalYear: 2018,
    indicators: OWN.map(([name, unit, down, , target, actual, mark]): ExpectedIndicator => ({
      ...ind(H30, name, unit, target, actual, { direction: down ? 'down' : 'up', existing: mark }),
      grade: ownGrade(target, actual, down),
    })),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [fractions, wordTargets, ownScale];
