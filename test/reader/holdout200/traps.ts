/**
 * Hold-out set 200, three traps that invite a silent wrong reading in a DV・困難女性支援 office's workbooks: a 累計 target
 * beside a 単年度 row and a 見込 column next to the evaluated year; lower-is-better indicators with a department's 達成率
 * computed the wrong way round, a target of 0 met by 0 and a target in words; a 市民意識調査 with ％ stored as fractions,
 * the previous survey and a 増減 column beside this year's figure and only the plan's final target.
 */
import type { Workbook } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------
// 累計 vs 単年度, and a R6見込 column

const R_SHEET = '進捗状況';

const cumulative: Holdout2Workbook = {
  name: 'h200-t-ruikei-mikomi',
  layout: 'trap: one indicator written as 単年度 and 累計 rows with the target only on 累計, R6見込 and R6/R7目標 columns beside R5実績',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(R_SHEET);
    widths(ws, [4, 34, 8, 6, 9, 9, 9, 9, 9, 9, 9, 28]);
    merge(ws, 1, 1, 1, 12, '女性に対する暴力防止プラン　指標の進捗状況（令和５年度評価）');
    put(ws, 3, 1, ['No.', '指標', '区分', '単位', 'R3実績', 'R4実績', 'R5目標', 'R5実績', 'R6目標', 'R6見込', 'R7目標', '備考']);
    const rows: (string | number)[][] = [
      [1, 'デートDV予防出前講座の実施校数', '単年度', '校', 11, 12, '－', 10, '－', 13, '－', ''],
      ['', '', '累計', '校', 11, 23, 36, 33, 48, 46, 60, '※目標は令和3年度からの累計で設定'],
      [2, '配偶者暴力相談支援センターの相談件数', '単年度', '件', 372, 395, 400, 386, 400, 410, 420, ''],
      [3, '一時保護後のフォローアップ実施率', '単年度', '％', 76.0, 78.3, 80.0, 84.5, 82.0, 85.0, 85.0, '退所後3か月以内の連絡・訪問'],
      [4, 'DV防止講演会の参加者数', '累計', '人', 180, 350, 600, 455, 800, 640, 1000, '令和3年度からの累計'],
      [5, '庁内連携会議の開催回数', '単年度', '回', 3, 4, 4, 2, 4, 4, 4, '感染症対応で2回中止'],
      [6, 'SNS相談の実施日数', '単年度', '日', '－', 48, 96, 104, 96, 100, 120, 'R4.10開始'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    merge(ws, 4, 1, 5, 1);
    merge(ws, 4, 2, 5, 2);
    wrap(ws, 3, 1, 3 + rows.length, 12);
    box(ws, 3, 1, 3 + rows.length, 12);
    put(ws, 5 + rows.length, 1, ['※R6見込は令和6年9月末時点の実績から推計した見込値']);
  },
  expected: {
    file: 'h200-t-ruikei-mikomi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(R_SHEET, 'デートDV予防出前講座の実施校数', '校', 36, 33),
      ind(R_SHEET, '配偶者暴力相談支援センターの相談件数', '件', 400, 386),
      ind(R_SHEET, '一時保護後のフォローアップ実施率', '％', 80, 84.5),
      ind(R_SHEET, 'DV防止講演会の参加者数', '人', 600, 455),
      ind(R_SHEET, '庁内連携会議の開催回数', '回', 4, 2),
      ind(R_SHEET, 'SNS相談の実施日数', '日', 96, 104),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// Lower is better, a department's 達成率 the wrong way round, 0 of 0, a target in words

const G_SHEET = '成果指標評価';

const lowerIsBetter: Holdout2Workbook = {
  name: 'h200-t-gensho-hyoka',
  layout: 'trap: ↓ indicators in a 目指す方向 column, one with the department’s 達成率 as actual ÷ target (132 %, A), a target 0 met by 0, a target 「増加」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(G_SHEET);
    widths(ws, [4, 36, 8, 6, 10, 10, 10, 9, 6, 28]);
    merge(ws, 1, 1, 1, 10, '困難な問題を抱える女性への支援　成果指標評価表（令和６年度）');
    put(ws, 3, 1, ['No.', '指標名', '目指す方向', '単位', '基準値\n（R4）', '目標値\n（R6）', '実績値\n（R6）', '達成率', '評価', '備考']);
    const rows: (string | number)[][] = [
      [1, '配偶者暴力相談支援センターへの相談件数', '↑', '件', 512, '増加', 638, '－', '－', '潜在的な被害の掘り起こしを目指す'],
      [2, '一時保護の再入所者数', '↓', '人', 9, 5, 7, '71.4%', 'C', ''],
      [3, '相談から支援開始までの平均日数', '↓', '日', 4.5, 3.0, 2.5, '120.0%', 'A', '初回相談日から支援調整会議決定日まで'],
      [4, '支援調整会議での個別ケース検討数', '↑', '件', 12, 24, 30, '125.0%', 'A', ''],
      [5, '女性相談支援員の離職者数', '↓', '人', 2, 0, 0, '－', 'A', ''],
      [6, '若年女性の支援からの中途離脱率', '↓', '％', 31.0, 20.0, 26.4, '132.0%', 'A', '連絡が途絶えた者の割合'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 3 + rows.length, 10);
    box(ws, 3, 1, 3 + rows.length, 10);
    put(ws, 5 + rows.length, 1, ['【評価基準】A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
    put(ws, 6 + rows.length, 1, ['※達成率＝実績値÷目標値（↓の指標は目標値÷実績値。目標0で実績0の場合は達成とする）']);
  },
  expected: {
    file: 'h200-t-gensho-hyoka.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(G_SHEET, '配偶者暴力相談支援センターへの相談件数', '件', null, 638),
      ind(G_SHEET, '一時保護の再入所者数', '人', 5, 7, { direction: 'down', existing: 'C' }),
      ind(G_SHEET, '相談から支援開始までの平均日数', '日', 3, 2.5, { direction: 'down', existing: 'A' }),
      ind(G_SHEET, '支援調整会議での個別ケース検討数', '件', 24, 30, { existing: 'A' }),
      ind(G_SHEET, '女性相談支援員の離職者数', '人', 0, 0, { direction: 'down', existing: 'A' }),
      ind(G_SHEET, '若年女性の支援からの中途離脱率', '％', 20, 26.4, { direction: 'down', existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 市民意識調査: ％ as fractions, previous survey and 増減 beside, only the plan's final target

const S_SHEET = '意識調査結果';

const SURVEY: [string, number, number | null, number, string][] = [
  ['DV相談窓口を知っている人の割合', 0.412, 0.482, 0.6, ''],
  ['「身体的暴力」をDVと認識する人の割合', 0.941, 0.963, 0.95, ''],
  ['「精神的暴力（無視・暴言）」をDVと認識する人の割合', 0.615, 0.688, 0.8, ''],
  ['「経済的暴力（生活費を渡さない）」をDVと認識する人の割合', 0.502, 0.571, 0.8, ''],
  ['DV被害を誰にも相談しなかった人の割合', 0.468, 0.412, 0.3, '割合の低下を目指す'],
  ['デートDVという言葉を知っている人の割合', 0.553, null, 0.7, '令和5年度調査では設問を設けていない'],
];

const pct = (x: number) => Math.round(x * 1000) / 10;

const survey: Holdout2Workbook = {
  name: 'h200-t-ishiki-chosa',
  layout:
    'trap: 市民意識調査, ％ stored as fractions under a % format, 前回調査 and 増減 beside 今回調査, only the R7 計画目標値, a 低下を目指す note, a question not asked',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S_SHEET);
    widths(ws, [48, 14, 14, 10, 14, 32]);
    merge(ws, 1, 1, 1, 6, '令和５年度　男女共同参画に関する市民意識調査　DV関連項目の結果');
    put(ws, 2, 1, ['（調査期間：令和5年10月2日～10月20日　対象：18歳以上の市民2,000人　回収率38.6％）']);
    put(ws, 4, 1, ['項目', '前回調査\n（令和元年度）', '今回調査\n（令和5年度）', '増減', '計画目標値\n（令和7年度）', '備考']);
    SURVEY.forEach(([name, before, now, target, note], i) => {
      const r = 5 + i;
      put(ws, r, 1, [name, before, now ?? '－', now === null ? '－' : Math.round((now - before) * 1000) / 1000, target, note]);
      for (const c of [2, 3, 5]) ws.getCell(r, c).numFmt = '0.0%';
      ws.getCell(r, 4).numFmt = '+0.0%;-0.0%;0.0%';
    });
    wrap(ws, 4, 1, 4 + SURVEY.length, 6);
    box(ws, 4, 1, 4 + SURVEY.length, 6);
    put(ws, 6 + SURVEY.length, 1, ['※増減はポイント差。計画目標値は第2次男女共同参画推進計画の最終年度（令和7年度）の目標']);
  },
  expected: {
    file: 'h200-t-ishiki-chosa.xlsx',
    fiscalYear: 2023,
    indicators: SURVEY.map(([name, , now, target, note]): ExpectedIndicator => ({
      ...ind(S_SHEET, name, '%', pct(target), now === null ? null : pct(now), {
        direction: note.includes('低下') ? 'down' : 'up',
        ...(now === null ? { actualStatus: 'not-applicable' as const } : {}),
      }),
      targetSource: 'final',
    })),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, lowerIsBetter, survey];
