/**
 * Hold-out 129, three traps: a 令和７年度 行政評価 of 令和６年度実績 with 令和５年度 目標／実績 before it and 令和７年度 目標 and
 * 「実績（6月末時点）」 after it (a careless reader takes the latest filled column), a 成果指標評価表 whose targets are
 * 「６０．０⏎（国の参酌標準）」, 「全国平均以上」 and 「伸びの抑制」 and whose 備考 hold figures (「県平均 41.8％」「うち新規参加者 386人」
 * 「滞納繰越分 23.1％」), and a データヘルス計画 進捗管理表 with ％ stored as fractions under a % format, a 達成率 column of
 * fractions, and 累計 indicators whose 単年度 actual sits beside the 累計 one.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

// ---------------------------------------------------------------------------------------------------------------------------
// Other years' columns on both sides of the evaluated one.

const S1 = '評価表';
const otherYears: Holdout2Workbook = {
  name: 'h129-hyoka-other-years',
  layout: '令和６年度実績 between 令和５年度 目標／実績 and 令和７年度 目標／実績（6月末時点）, one 集計中',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    widths(ws, [5, 38, 6, 10, 10, 10, 10, 10, 12, 30]);
    merge(ws, 1, 1, 1, 10, '令和７年度　行政評価（令和６年度実績）　保険年金課');
    merge(ws, 2, 1, 2, 10, '評価対象年度：令和６年度');
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '指標名');
    merge(ws, 4, 3, 5, 3, '単位');
    merge(ws, 4, 4, 4, 5, '令和５年度');
    merge(ws, 4, 6, 4, 7, '令和６年度');
    merge(ws, 4, 8, 4, 9, '令和７年度');
    merge(ws, 4, 10, 5, 10, '備考');
    put(ws, 5, 4, ['目標', '実績', '目標', '実績', '目標', '実績\n（6月末時点）']);
    const rows: Cell[][] = [
      [1, '特定健康診査受診率', '％', 44, 42.1, 46, 43.8, 48, '－', '法定報告'],
      [2, '特定保健指導実施率', '％', 36, 35.2, 38, 38.5, 40, '－'],
      [3, '後発医薬品の使用割合', '％', 80, 81.3, 82, 83.7, 84, 84.5, 'R7実績は4月診療分'],
      [4, '国民健康保険税収納率（現年課税分）', '％', 95.6, 95.48, 95.8, 95.21, 96, 18.62, 'R7実績は6月末現在の累計'],
      [5, '糖尿病性腎症重症化予防プログラム参加者数', '人', 20, 18, 25, 14, 25, 3],
      [6, '国民年金保険料納付率', '％', 76, 75.3, 77, '集計中', 78, '－', '日本年金機構の公表（7月頃）後に記載'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    wrap(ws, 4, 1, 11, 10);
    box(ws, 4, 1, 11, 10);
  },
  expected: {
    file: 'h129-hyoka-other-years.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(S1, '特定健康診査受診率', '％', 46, 43.8),
      ind(S1, '特定保健指導実施率', '％', 38, 38.5),
      ind(S1, '後発医薬品の使用割合', '％', 82, 83.7),
      ind(S1, '国民健康保険税収納率（現年課税分）', '％', 95.8, 95.21),
      ind(S1, '糖尿病性腎症重症化予防プログラム参加者数', '人', 25, 14),
      ind(S1, '国民年金保険料納付率', '％', 77, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// Targets that are not numbers, notes that look like values.

const S2 = '成果指標評価';
const nonNumeric: Holdout2Workbook = {
  name: 'h129-seika-shihyo-hyoka',
  layout: '成果指標評価表: targets 「６０．０⏎（国の参酌標準）」「全国平均以上」「伸びの抑制」, figures in 備考, 達成度 A–D and 「－」',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    widths(ws, [5, 36, 6, 14, 16, 14, 8, 40]);
    merge(ws, 1, 1, 1, 8, '令和５年度　国民健康保険保健事業　成果指標評価表');
    merge(ws, 2, 1, 2, 8, '達成度　A：目標達成　B：達成率80％以上　C：達成率60％以上　D：達成率60％未満　－：評価対象外');
    put(ws, 4, 1, ['No.', '成果指標', '単位', '基準値（令和元年度）', '目標値（令和５年度）', '実績値（令和５年度）', '達成度', '備考']);
    const rows: Cell[][] = [
      [1, '特定健康診査受診率', '％', 38.5, '６０．０\n（国の参酌標準）', 45.2, 'C', '（参考）県平均 41.8％（令和4年度法定報告）'],
      [2, '後発医薬品の使用割合（数量シェア）', '％', 72.4, '全国平均以上', 82.6, '－', '厚生労働省公表値（令和6年3月診療分）'],
      [3, '被保険者一人当たり医療費', '円', 352410, '伸びの抑制', 398772, '－', '前年度 389,105円'],
      [4, '特定保健指導実施率', '％', 22, 35, 31.4, 'B', '令和6年11月 法定報告確定値'],
      [5, '健康ポイント事業参加者数', '人', '－', 1000, 1124, 'A', 'うち新規参加者 386人'],
      [6, '国民健康保険税収納率（現年課税分）', '％', 94.9, 96, 95.7, 'A', '滞納繰越分 23.1％'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (const c of [4, 6]) ws.getCell(7, c).numFmt = '#,##0';
    ws.getCell(9, 5).numFmt = '#,##0';
    ws.getCell(9, 6).numFmt = '#,##0';
    wrap(ws, 4, 1, 10, 8);
    box(ws, 4, 1, 10, 8);
  },
  expected: {
    file: 'h129-seika-shihyo-hyoka.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '特定健康診査受診率', '％', 60, 45.2, { existing: 'C' }),
      ind(S2, '後発医薬品の使用割合（数量シェア）', '％', null, 82.6),
      ind(S2, '被保険者一人当たり医療費', '円', null, 398772, { direction: 'down' }),
      ind(S2, '特定保健指導実施率', '％', 35, 31.4, { existing: 'B' }),
      ind(S2, '健康ポイント事業参加者数', '人', 1000, 1124, { existing: 'A' }),
      ind(S2, '国民健康保険税収納率（現年課税分）', '％', 96, 95.7, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// ％ as fractions, 累計 beside 単年度.

const S3 = '進捗管理表';
const fractions: Holdout2Workbook = {
  name: 'h129-datahealth-shinchoku',
  layout: '進捗管理表: ％ stored as fractions under % formats, a 達成率 column of fractions, 累計 indicators with the 単年度 actual beside the 累計',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    widths(ws, [5, 40, 6, 14, 14, 16, 10, 34]);
    merge(ws, 1, 1, 1, 8, '第２期データヘルス計画　進捗管理表（令和４年度）');
    put(ws, 3, 1, ['No.', '評価指標', '単位', '目標値（令和4年度）', '実績値（令和4年度）', '実績累計（平成30年度～）', '達成率', '備考']);
    const rows: [Cell[], string | null][] = [
      [[1, '特定健康診査受診率', '％', 0.45, 0.412, '－', 0.412 / 0.45, '法定報告'], '0.0%'],
      [[2, '後発医薬品の使用割合（数量シェア）', '％', 0.8, 0.793, '－', 0.793 / 0.8, '令和5年3月診療分'], '0.0%'],
      [[3, '国民健康保険税収納率（現年課税分）', '％', 0.955, 0.9538, '－', 0.9538 / 0.955, ''], '0.00%'],
      [[4, '糖尿病性腎症重症化予防プログラム参加者数（累計）', '人', 60, 12, 58, 58 / 60, '目標値は平成30年度からの累計'], null],
      [[5, '重複・多剤服薬者への服薬情報通知件数', '通', 200, 236, '－', 236 / 200, ''], null],
      [[6, '特定保健指導終了者数（累計）', '人', 1500, 286, 1342, 1342 / 1500, '目標値は計画期間（平成30年度～）の累計'], null],
    ];
    rows.forEach(([r, fmt], i) => {
      put(ws, 4 + i, 1, r);
      if (fmt) for (const c of [4, 5]) ws.getCell(4 + i, c).numFmt = fmt;
      ws.getCell(4 + i, 7).numFmt = '0.0%';
      ws.getCell(4 + i, 4).numFmt = fmt ?? '#,##0';
    });
    wrap(ws, 3, 1, 9, 8);
    box(ws, 3, 1, 9, 8);
  },
  expected: {
    file: 'h129-datahealth-shinchoku.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(S3, '特定健康診査受診率', '％', 45, 41.2),
      ind(S3, '後発医薬品の使用割合（数量シェア）', '％', 80, 79.3),
      ind(S3, '国民健康保険税収納率（現年課税分）', '％', 95.5, 95.38),
      ind(S3, '糖尿病性腎症重症化予防プログラム参加者数（累計）', '人', 60, 58),
      ind(S3, '重複・多剤服薬者への服薬情報通知件数', '通', 200, 236),
      ind(S3, '特定保健指導終了者数（累計）', '人', 1500, 1342),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, nonNumeric, fractions];
