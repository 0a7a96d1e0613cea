/**
 * Hold-out set 174, three traps: a 令和５年度 効果検証シート made in 令和６年９月 with the 令和６年度 目標 and 実績（8月末現在）
 * already filled beside the 令和５年度 columns; a 成果指標 table whose targets are words (「前年度以下」「前年度実績以上」「現状
 * 維持」, one 「20万個/ml以下」 that is a number with a direction) and whose 備考 hold last year's figures; and a 平成30年度
 * 進捗 table with 単年度 and 累計 実績 side by side (the 累計 indicators are compared with the 累計) and ％ stored as fractions.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 9. 効果検証シート of 令和５年度, made in 令和６年９月: R6 columns filled too.

const KENSHO: [string, string, number, number, number, number, number][] = [
  // 指標, 単位, R4実績, R5目標, R5実績, R6目標, R6実績（8月末現在）
  ['乳用後継牛の確保頭数', '頭', 305, 320, 298, 330, 335],
  ['暑熱対策設備を導入した農家数', '戸', 18, 25, 31, 35, 28],
  ['自給飼料の生産面積', 'ha', 388, 410, 302, 420, 415],
  ['家畜防疫員研修の受講者数', '人', 30, 40, 22, 40, 41],
];

const KENSHO_FACTS: ExpectedIndicator[] = KENSHO.map((k) => ind('効果検証', k[0], k[1], k[3], k[4]));

const kensho: Holdout2Workbook = {
  name: 'h174-trap-r6column',
  layout:
    '畜産経営安定対策 効果検証シート（令和５年度実績、令和６年９月作成）: R4実績｜R5目標｜R5実績｜R6目標｜R6実績（8月末現在） all filled, so the latest filled pair is not the period evaluated',
  build(wb) {
    const ws = wb.addWorksheet('効果検証');
    widths(ws, [30, 6, 11, 11, 11, 11, 13, 24]);
    merge(ws, 1, 1, 1, 8, '畜産経営安定対策事業　効果検証シート（令和５年度実績）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 6, ['作成日', '令和６年９月１０日']);
    merge(ws, 3, 1, 4, 1, '検証指標');
    merge(ws, 3, 2, 4, 2, '単位');
    put(ws, 3, 3, ['令和４年度']);
    merge(ws, 3, 4, 3, 5, '令和５年度（検証対象）');
    merge(ws, 3, 6, 3, 7, '令和６年度（参考）');
    put(ws, 4, 3, ['実績', '目標', '実績', '目標', '実績\n（8月末現在）']);
    merge(ws, 3, 8, 4, 8, '検証結果');
    const res = ['目標をやや下回った', '目標を上回った', '飼料用米への転換が進み減少', '日程重複により受講者減'];
    KENSHO.forEach((k, i) => put(ws, 5 + i, 1, [...k, res[i]]));
    wrap(ws, 3, 1, 4 + KENSHO.length, 8);
    box(ws, 3, 1, 4 + KENSHO.length, 8);
    put(ws, 10, 1, ['※令和６年度の実績は８月末時点の速報であり、検証の対象外。']);
  },
  expected: { file: 'h174-trap-r6column.xlsx', fiscalYear: 2023, indicators: KENSHO_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 10. 成果指標 (令和３年度) with word targets and last year's figures in 備考.

const hisuuchiRows: [string, string, '↑' | '↓', string | number, string | number, string][] = [
  ['届出伝染病の発生件数', '件', '↓', '前年度以下', 5, '前年度実績：7件'],
  ['出荷乳の体細胞数（年平均）', '万個/ml', '↓', '20万個/ml以下', 18.4, '前年度 21.3'],
  ['畜産物直売所の販売額', '千円', '↑', '前年度実績以上', 48650, '前年度 45,210千円'],
  ['肉用牛肥育農家数', '戸', '↑', '現状維持', 24, '令和２年度末 25戸'],
  ['飼料用米の畜産利用量', 'ｔ', '↑', 850, 912, '※前年度 780ｔ'],
  ['豚熱防疫演習の参加者数', '人', '↑', 120, '未実施', '豚熱発生農場の防疫措置対応のため中止'],
];

const HISUUCHI_FACTS: ExpectedIndicator[] = [
  ind('成果指標', '届出伝染病の発生件数', '件', null, 5, { direction: 'down' }),
  ind('成果指標', '出荷乳の体細胞数（年平均）', '万個/ml', 20, 18.4, { direction: 'down' }),
  ind('成果指標', '畜産物直売所の販売額', '千円', null, 48650),
  ind('成果指標', '肉用牛肥育農家数', '戸', null, 24),
  ind('成果指標', '飼料用米の畜産利用量', 'ｔ', 850, 912),
  ind('成果指標', '豚熱防疫演習の参加者数', '人', 120, null, { actualStatus: 'not-implemented' }),
];

const hisuuchi: Holdout2Workbook = {
  name: 'h174-trap-hisuuchi',
  layout:
    "家畜衛生・畜産 成果指標（令和３年度）: targets 「前年度以下」「前年度実績以上」「現状維持」 (no number), 「20万個/ml以下」 (a number, ↓), last year's figures in 備考 (「前年度実績：7件」「※前年度 780ｔ」), one 未実施",
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    widths(ws, [5, 30, 9, 6, 16, 14, 30]);
    merge(ws, 1, 1, 1, 7, '家畜衛生・畜産振興　成果指標の達成状況（令和３年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['No.', '成果指標', '単位', '方向', '令和３年度\n目標', '令和３年度\n実績', '備考']);
    hisuuchiRows.forEach((x, i) => put(ws, 4 + i, 1, [i + 1, ...x]));
    wrap(ws, 3, 1, 3 + hisuuchiRows.length, 7);
    box(ws, 3, 1, 3 + hisuuchiRows.length, 7);
    put(ws, 11, 1, ['※方向　↑：高い方が良い　↓：低い方が良い']);
  },
  expected: { file: 'h174-trap-hisuuchi.xlsx', fiscalYear: 2021, indicators: HISUUCHI_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 11. 平成30年度 進捗: 単年度 and 累計 実績 side by side, ％ stored as fractions under a % format.

interface Ruikei {
  name: string;
  unit: string;
  cumulative: boolean;
  /** As shown: ％ figures are written as fractions under 0.0%. */
  target: number;
  single: number;
  total: number | null;
}

const RUIKEI: Ruikei[] = [
  { name: '消毒設備を整備した農家数（累計）', unit: '戸', cumulative: true, target: 60, single: 14, total: 52 },
  { name: '定期報告の期限内提出率', unit: '％', cumulative: false, target: 0.95, single: 0.921, total: null },
  { name: '防疫マップ登録農場数（累計）', unit: '戸', cumulative: true, target: 300, single: 48, total: 305 },
  { name: '死亡獣畜の適正処理率', unit: '％', cumulative: false, target: 1, single: 0.987, total: null },
  { name: '飼養衛生管理の指導回数', unit: '回', cumulative: false, target: 150, single: 162, total: 431 },
  { name: '防疫研修の受講者数（累計）', unit: '人', cumulative: true, target: 500, single: 95, total: 278 },
];

const RUIKEI_FACTS: ExpectedIndicator[] = [
  ind('H30進捗', '消毒設備を整備した農家数（累計）', '戸', 60, 52),
  ind('H30進捗', '定期報告の期限内提出率', '％', 95, 92.1),
  ind('H30進捗', '防疫マップ登録農場数（累計）', '戸', 300, 305),
  ind('H30進捗', '死亡獣畜の適正処理率', '％', 100, 98.7),
  ind('H30進捗', '飼養衛生管理の指導回数', '回', 150, 162),
  ind('H30進捗', '防疫研修の受講者数（累計）', '人', 500, 278),
];

const ruikei: Holdout2Workbook = {
  name: 'h174-trap-ruikei',
  layout:
    '家畜防疫体制強化計画 平成30年度進捗: 目標の区分 単年度／累計（H28～）, 平成30年度目標｜平成30年度実績（単年度）｜累計実績（H28～H30）｜達成率; the 累計 indicators are compared with the 累計 column, ％ stored as fractions under 0.0%',
  build(wb) {
    const ws = wb.addWorksheet('H30進捗');
    widths(ws, [32, 6, 12, 12, 14, 14, 10]);
    merge(ws, 1, 1, 1, 7, '家畜防疫体制強化計画　平成30年度進捗状況');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['指標', '単位', '目標の区分', '平成30年度\n目標', '平成30年度実績\n（単年度）', '累計実績\n（H28～H30）', '達成率']);
    RUIKEI.forEach((x, i) => {
      const r = 4 + i;
      put(ws, r, 1, [x.name, x.unit, x.cumulative ? '累計（H28～）' : '単年度', x.target, x.single, x.total ?? '－']);
      const got = x.cumulative ? (x.total as number) : x.single;
      ws.getCell(r, 7).value = got / x.target;
      ws.getCell(r, 7).numFmt = '0.0%';
      if (x.unit === '％') for (const c of [4, 5]) ws.getCell(r, c).numFmt = '0.0%';
    });
    wrap(ws, 3, 1, 3 + RUIKEI.length, 7);
    box(ws, 3, 1, 3 + RUIKEI.length, 7);
    put(ws, 11, 1, ['※目標の区分が「累計」の指標は、平成28年度からの累計実績を目標と比較する。']);
  },
  expected: { file: 'h174-trap-ruikei.xlsx', fiscalYear: 2018, indicators: RUIKEI_FACTS, groups: [] },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [kensho, hisuuchi, ruikei];
