/**
 * Hold-out 146, three traps a careless reader falls into: a 成果指標 年度別推移 evaluated for 令和４年度 whose 令和5年度 column
 * already holds 4月1日現在 figures (and a 集計中), with 入所決定率 stored as fractions under a % format; a 令和６年度 成果指標評価表
 * whose 目標値 are 「０人」, 「前年度以上」, 「向上」, 「10.0％以下」, 「８か所」 and 「全区域で受入体制を整備」, beside 備考 full
 * of other figures (10月1日現在 3人, 令和5年度実績 3,980人); a 保育所等整備計画 of 令和３～５年度 whose 目標値 is the term's
 * 累計, with 単年度実績 columns beside the 累計実績 (and a 累計 集計中).
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const NUM = '#,##0';

const T1_SHEET = '指標推移';

const otherYears: Holdout2Workbook = {
  name: 'h146-t-r5-column-filled',
  layout:
    'Trap: 成果指標の年度別推移 (評価年度：令和４年度) with 目標／実績 rows under 令和2年度…令和5年度, the 令和5年度 実績 already filled (4月1日現在, one 集計中), 方向 ↓, 入所決定率 stored as fractions under 0.0%, 認定こども園数（累計）',
  build(wb) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [5, 26, 6, 6, 6, 11, 11, 11, 11, 40]);
    merge(ws, 1, 1, 1, 10, '保育課　成果指標の年度別推移');
    put(ws, 2, 1, ['評価年度：令和４年度']);
    put(ws, 4, 1, ['No.', '指標名', '単位', '方向', '区分', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '備考']);
    const rows: [string, string, string, (number | string)[], (number | string)[], string, string?][] = [
      ['待機児童数', '人', '↓', [20, 15, 10, 5], [24, 17, 12, 4], '各年度4月1日現在。令和5年度は令和5年4月1日現在の速報値'],
      ['保育所等入所決定率', '％', '↑', [0.97, 0.975, 0.98, 0.985], [0.951, 0.958, 0.962, 0.975], '4月入所一次選考時点（入所決定者数÷申込者数）', '0.0%'],
      ['認定こども園数（累計）', '園', '↑', [7, 8, 9, 11], [7, 8, 9, 11], '令和5年度は令和5年4月1日現在'],
      ['保育士等研修受講者数', '人', '↑', [200, 230, 250, 260], [168, 214, 231, '集計中'], 'キャリアアップ研修・市主催研修の延べ受講者数'],
    ];
    rows.forEach(([name, unit, dir, targets, actuals, note, fmt], i) => {
      const r = 5 + 2 * i;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, name);
      merge(ws, r, 3, r + 1, 3, unit);
      merge(ws, r, 4, r + 1, 4, dir);
      put(ws, r, 5, ['目標', ...targets]);
      put(ws, r + 1, 5, ['実績', ...actuals]);
      merge(ws, r, 10, r + 1, 10, note);
      for (let c = 6; c <= 9; c++) for (const rr of [r, r + 1]) ws.getCell(rr, c).numFmt = fmt ?? NUM;
    });
    put(ws, 14, 1, ['※方向：↑は増加、↓は減少を目指す指標']);
    box(ws, 4, 1, 12, 10);
    wrap(ws, 4, 1, 12, 10);
  },
  expected: {
    file: 'h146-t-r5-column-filled.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(T1_SHEET, '待機児童数', '人', 10, 12, { direction: 'down' }),
      ind(T1_SHEET, '保育所等入所決定率', '％', 98, 96.2),
      ind(T1_SHEET, '認定こども園数（累計）', '園', 9, 9),
      ind(T1_SHEET, '保育士等研修受講者数', '人', 250, 231),
    ],
    groups: [],
  },
};

const T2_SHEET = '成果指標評価表';

const wordTargets: Holdout2Workbook = {
  name: 'h146-t-mokuhyo-kotoba',
  layout:
    "Trap: 令和６年度 保育施策 成果指標評価表: 目標値 「０人」「前年度以上」「向上」「10.0％以下」「８か所」「全区域で受入体制を整備」, 目指す方向 減少／増加, 令和６年度実績 with full-width digits and 「8.7％」, 評価 A–D written for every row, 備考 with other dates' and years' figures",
  build(wb) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [5, 34, 6, 10, 14, 22, 14, 6, 40]);
    merge(ws, 1, 1, 1, 9, '令和６年度　保育施策　成果指標評価表');
    merge(ws, 2, 1, 2, 9, '評価　A：目標達成　B：概ね達成（達成率80％以上）　C：やや未達（60％以上）　D：未達（60％未満）');
    put(ws, 4, 1, ['No.', '成果指標', '単位', '目指す方向', '基準値\n（令和元年度）', '目標値', '令和６年度\n実績', '評価', '備考']);
    const rows: (string | number)[][] = [
      [1, '待機児童数', '人', '減少', '３８', '０人', '０', 'A', '令和6年4月1日現在。令和6年10月1日現在は3人'],
      [2, '保育所等の利用定員', '人', '増加', 3560, '前年度以上', 4015, 'A', '令和5年度実績：3,980人'],
      [3, '保育サービスに満足している保護者の割合', '％', '増加', 68.5, '向上', 78.4, 'A', '市民意識調査による。令和5年度：76.1％'],
      [4, '保育士の離職率', '％', '減少', 12.4, '10.0％以下', '8.7％', 'A', '市内私立保育所等（退職者数÷年度当初の保育士数）'],
      [5, '一時預かり事業実施か所数', 'か所', '増加', 5, '８か所', '７', 'B', '令和7年度に1か所開設予定'],
      [6, '医療的ケア児を受け入れる保育施設数', 'か所', '増加', 0, '全区域で受入体制を整備', 3, 'C', '全5区域中3区域で受入れ'],
    ];
    rows.forEach((row, i) => {
      put(ws, 5 + i, 1, row);
      ws.getCell(5 + i, 5).numFmt = NUM;
      ws.getCell(5 + i, 7).numFmt = NUM;
    });
    for (const r of [7, 8]) for (const c of [5, 7]) ws.getCell(r, c).numFmt = '0.0';
    box(ws, 4, 1, 10, 9);
    wrap(ws, 4, 1, 10, 9);
  },
  expected: {
    file: 'h146-t-mokuhyo-kotoba.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T2_SHEET, '待機児童数', '人', 0, 0, { direction: 'down', existing: 'A' }),
      ind(T2_SHEET, '保育所等の利用定員', '人', null, 4015, { existing: 'A' }),
      ind(T2_SHEET, '保育サービスに満足している保護者の割合', '％', null, 78.4, { existing: 'A' }),
      ind(T2_SHEET, '保育士の離職率', '％', 10, 8.7, { direction: 'down', existing: 'A' }),
      ind(T2_SHEET, '一時預かり事業実施か所数', 'か所', 8, 7, { existing: 'B' }),
      ind(T2_SHEET, '医療的ケア児を受け入れる保育施設数', 'か所', null, 3, { existing: 'C' }),
    ],
    groups: [],
  },
};

const T3_SHEET = '整備計画進捗';

const termTotals: Holdout2Workbook = {
  name: 'h146-t-seibi-ruikei',
  layout:
    'Trap: 保育所等整備計画（令和３年度～令和５年度）進捗状況, 評価対象：令和５年度（計画最終年度）: 目標値（令和３～５年度累計） beside 単年度実績 令和3年度…令和5年度 and 累計実績 (the figure to grade), a 累計 集計中',
  build(wb) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [5, 32, 6, 16, 11, 11, 11, 14, 36]);
    merge(ws, 1, 1, 1, 9, '保育所等整備計画（令和３年度～令和５年度）進捗状況');
    merge(ws, 2, 1, 2, 9, '評価対象：令和５年度（計画最終年度）');
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '整備項目');
    merge(ws, 4, 3, 5, 3, '単位');
    merge(ws, 4, 4, 5, 4, '目標値\n（令和３～５年度累計）');
    merge(ws, 4, 5, 4, 7, '単年度実績');
    put(ws, 5, 5, ['令和3年度', '令和4年度', '令和5年度']);
    merge(ws, 4, 8, 5, 8, '累計実績\n（令和３～５年度）');
    merge(ws, 4, 9, 5, 9, '備考');
    const rows: (string | number | undefined)[][] = [
      [1, '保育の受け皿整備量', '人', 600, 180, 210, 150, 540, '令和5年度は小規模保育2か所・分園1か所'],
      [2, '認定こども園への移行数', '園', 6, 2, 1, 2, 5, '令和6年度に1園移行予定'],
      [3, '小規模保育事業所の新設数', 'か所', 4, 2, 1, 1, 4, undefined],
      [4, '保育士確保数（新規就職者数）', '人', 150, 48, 55, '集計中', '集計中', '令和5年度分は6月末に確定'],
    ];
    rows.forEach((row, i) => {
      put(ws, 6 + i, 1, row);
      for (let c = 4; c <= 8; c++) ws.getCell(6 + i, c).numFmt = NUM;
    });
    box(ws, 4, 1, 9, 9);
    wrap(ws, 4, 1, 9, 9);
  },
  expected: {
    file: 'h146-t-seibi-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T3_SHEET, '保育の受け皿整備量', '人', 600, 540),
      ind(T3_SHEET, '認定こども園への移行数', '園', 6, 5),
      ind(T3_SHEET, '小規模保育事業所の新設数', 'か所', 4, 4),
      ind(T3_SHEET, '保育士確保数（新規就職者数）', '人', 150, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, wordTargets, termTotals];
