/**
 * Hold-out 142, three traps of 児童相談・社会的養護 sheets: a フォスタリング事業 実績報告 whose 目標 is 単年度 for some rows and 累計
 * (平成30年度から) for others beside both actual columns, with a 里親等委託率 stored as fractions under a % format; a 成果指標評価表
 * of 令和元年度 written in 令和２年度, with targets 「前年度以上」 and 「－（参考指標）」, a target of 0 for a ↓ indicator met with
 * 0, and a 集計中 beside a 備考 「※平成30年度末 5世帯」; and a 令和６年度 評価シート of 令和５年度 whose 令和6年度 目標／実績（12月末
 * 現在） columns are filled, with a 前年度比 column and a 見込み actual.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

/** 単年度 vs 累計: the 目標の種別 column says which actual the target is compared with. */
const cumulative: Holdout2Workbook = {
  name: 'h142-t-ruikei-wariai',
  layout: 'trap: 目標 単年度 or 累計 (H30～) beside 単年度 and 累計 actual columns; 里親等委託率 as fractions under a % format',
  build(wb) {
    const ws = wb.addWorksheet('令和2年度実績');
    widths(ws, [6, 30, 8, 12, 14, 16, 18, 34]);
    merge(ws, 1, 1, 1, 8, '里親養育包括支援（フォスタリング）事業　令和２年度　事業実績報告');
    put(ws, 3, 1, ['No.', '指標', '単位', '目標の種別', '令和2年度目標', '令和2年度実績\n（単年度）', '累計実績\n（平成30年度～令和2年度）', '備考']);
    const rows: (string | number)[][] = [
      [1, '里親制度説明会の参加者数', '人', '単年度', 120, 96, 318, '１回は新型コロナウイルス感染症のため中止'],
      [2, '里親トレーニング受講世帯数', '世帯', '累計', 45, 14, 41, '目標は平成30年度からの累計'],
      [3, '未委託里親への訪問支援件数', '件', '単年度', 60, 72, 150, ''],
      [4, 'ファミリーホーム設置数', 'か所', '累計', 6, 1, 4, '目標は平成30年度からの累計（令和2年度に1か所開設）'],
      [5, '里親等委託率', '％', '年度末時点', 0.2, 0.173, '－', '年度末の措置児童数に占める里親・ファミリーホーム委託児童数'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    for (const col of [5, 6]) ws.getCell(8, col).numFmt = '0.0%';
    box(ws, 3, 1, 3 + rows.length, 8);
    wrap(ws, 3, 1, 3 + rows.length, 8);
  },
  expected: {
    file: 'h142-t-ruikei-wariai.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind('令和2年度実績', '里親制度説明会の参加者数', '人', 120, 96),
      ind('令和2年度実績', '里親トレーニング受講世帯数', '世帯', 45, 41),
      ind('令和2年度実績', '未委託里親への訪問支援件数', '件', 60, 72),
      ind('令和2年度実績', 'ファミリーホーム設置数', 'か所', 6, 4),
      ind('令和2年度実績', '里親等委託率', '％', 20, 17.3),
    ],
    groups: [],
  },
};

/** Targets that are not numbers, a ↓ target of 0, and a 備考 figure beside a 集計中. */
const wordTargets: Holdout2Workbook = {
  name: 'h142-t-mokuhyo-mojiretsu',
  layout: 'trap: 令和２年度 評価表 of 令和元年度, targets 「前年度以上」「－（参考指標）」, ↓ target 0 met by 0, 集計中 beside 「※平成30年度末 5世帯」',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    widths(ws, [6, 40, 8, 6, 14, 16, 14, 8, 34]);
    merge(ws, 1, 1, 1, 9, '令和２年度　こども家庭課　成果指標評価表（令和元年度実績）');
    merge(ws, 2, 1, 2, 9, '評価　A：目標達成　B：80％以上　C：60％以上　D：60％未満　－：評価対象外');
    put(ws, 4, 1, ['No.', '成果指標', '単位', '方向', '基準値\n（平成29年度）', '目標値\n（令和元年度）', '令和元年度\n実績', '評価', '備考']);
    const rows: (string | number)[][] = [
      [1, '児童虐待による死亡事例の件数', '件', '↓', 0, 0, 0, 'A', '０件を維持'],
      [2, '乳幼児健康診査未受診者の状況把握率', '％', '↑', 92.5, 100, 98.1, 'A', '転出者等の把握が未了'],
      [3, '「189」（児童相談所虐待対応ダイヤル）の市民認知度', '％', '↑', 41.2, '前年度以上', 52.3, '－', '市民意識調査（隔年実施）'],
      [4, '児童虐待相談対応件数', '件', '－', 286, '－（参考指標）', 341, '－', '件数の増減では評価しない'],
      [5, 'ショートステイ協力家庭の登録数', '世帯', '↑', 3, 8, '集計中', '－', '※平成30年度末 5世帯'],
      [6, '家庭児童相談員の専門研修受講率', '％', '↑', 60.0, 80.0, 75.0, 'B', ''],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 4, 1, 4 + rows.length, 9);
    wrap(ws, 4, 1, 4 + rows.length, 9);
  },
  expected: {
    file: 'h142-t-mokuhyo-mojiretsu.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind('成果指標', '児童虐待による死亡事例の件数', '件', 0, 0, { direction: 'down', existing: 'A' }),
      ind('成果指標', '乳幼児健康診査未受診者の状況把握率', '％', 100, 98.1, { existing: 'A' }),
      ind('成果指標', '「189」（児童相談所虐待対応ダイヤル）の市民認知度', '％', null, 52.3),
      ind('成果指標', '児童虐待相談対応件数', '件', null, 341),
      ind('成果指標', 'ショートステイ協力家庭の登録数', '世帯', 8, null, { actualStatus: 'pending' }),
      ind('成果指標', '家庭児童相談員の専門研修受講率', '％', 80.0, 75.0, { existing: 'B' }),
    ],
    groups: [],
  },
};

/** The next year's columns already filled (目標 and 実績（12月末現在）), a 前年度比 column, a 見込み actual. */
const otherYears: Holdout2Workbook = {
  name: 'h142-t-jinendo-retsu',
  layout: 'trap: 令和６年度 評価シート of 令和５年度, 令和4/5/6年度 目標／実績 pairs with R6 実績（12月末現在） filled, 前年度比, a 見込み',
  build(wb) {
    const ws = wb.addWorksheet('評価シート');
    widths(ws, [6, 40, 7, 6, 9, 9, 9, 12, 9, 12, 12, 30]);
    merge(ws, 1, 1, 1, 12, '令和６年度　児童虐待防止対策　評価シート');
    merge(ws, 2, 1, 2, 12, '評価対象年度：令和５年度');
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '指標');
    merge(ws, 4, 3, 5, 3, '単位');
    merge(ws, 4, 4, 5, 4, '方向');
    merge(ws, 4, 5, 4, 6, '令和4年度');
    merge(ws, 4, 7, 4, 8, '令和5年度');
    merge(ws, 4, 9, 4, 10, '令和6年度');
    merge(ws, 4, 11, 5, 11, '前年度比\n（R5/R4）');
    merge(ws, 4, 12, 5, 12, '備考');
    put(ws, 5, 5, ['目標', '実績', '目標', '実績', '目標', '実績\n（12月末現在）']);
    const rows: (string | number)[][] = [
      [1, '養育支援訪問事業の支援世帯数', '世帯', '↑', 60, 58, 65, 70, 70, 49, '120.7%', ''],
      [2, '子育て短期支援事業（ショートステイ）の利用延べ日数', '日', '↑', 350, 296, 380, '312（見込み）', 400, 288, '105.4%', 'R5実績は３月分を見込みで計上'],
      [3, '児童虐待防止啓発講座の受講者数', '人', '↑', 500, 612, 600, 455, 600, 530, '74.3%', '学校向け講座の日程調整がつかず'],
      [4, '特定妊婦への支援プラン作成率', '％', '↑', 100, 92.0, 100, 96.5, 100, 100.0, '104.9%', ''],
      [5, '要保護児童の再通告件数', '件', '↓', 20, 24, 18, 15, 16, 9, '62.5%', '少ないほど良い'],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    box(ws, 4, 1, 5 + rows.length, 12);
    wrap(ws, 4, 1, 5 + rows.length, 12);
  },
  expected: {
    file: 'h142-t-jinendo-retsu.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('評価シート', '養育支援訪問事業の支援世帯数', '世帯', 65, 70),
      ind('評価シート', '子育て短期支援事業（ショートステイ）の利用延べ日数', '日', 380, 312, { actualStatus: 'provisional' }),
      ind('評価シート', '児童虐待防止啓発講座の受講者数', '人', 600, 455),
      ind('評価シート', '特定妊婦への支援プラン作成率', '％', 100, 96.5),
      ind('評価シート', '要保護児童の再通告件数', '件', 18, 15, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, wordTargets, otherYears];
