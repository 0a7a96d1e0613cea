/** Hold-out 138, the four families as school-lunch, 食育 and 地産地消 offices write them. */
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** A: 令和４年度 施策評価シート, four stacked indicator blocks R2（現状値）…R7（目標値）, a ↓ 残食率, an empty 達成状況 cell beside 「（B）」. */
const policySheet: Holdout2Workbook = (() => {
  const sheet = '施策3-2';
  const blocks: {
    name: string;
    desc: string;
    unit: string;
    dir: '↑（増加）' | '↓（減少）';
    actual: (number | string | null)[];
    expect: (number | null)[];
    note: string;
  }[] = [
    {
      name: '朝食を毎日食べる児童の割合',
      desc: '全国学力・学習状況調査の児童質問紙で「毎日食べている」と回答した小学６年生の割合',
      unit: '％',
      dir: '↑（増加）',
      actual: [91.8, 92.5, 92.1, null, null, null],
      expect: [null, 93.0, 94.0, 95.0, 96.0, 97.0],
      note: '',
    },
    {
      name: '学校給食における地場産物の使用割合',
      desc: '学校給食で使用した食品のうち市内産・県内産の品目数の割合（6月・11月調査の平均）',
      unit: '％',
      dir: '↑（増加）',
      actual: [31.4, 33.8, 36.2, null, null, null],
      expect: [null, 33.0, 35.0, 37.0, 38.5, 40.0],
      note: '文部科学省「学校給食における地場産物・国産食材の使用状況調査」による',
    },
    {
      name: '学校給食の残食率',
      desc: '給食センターで計量した残食量÷提供量（主食・副食計）',
      unit: '％',
      dir: '↓（減少）',
      actual: [5.8, 5.5, 5.3, null, null, null],
      expect: [null, 5.0, 4.5, 4.2, 4.0, 3.8],
      note: '令和4年度は10月の献立変更後に残食が増加',
    },
    {
      name: '食育推進ボランティア登録者数',
      desc: '食生活改善推進員・食育ボランティアとして市に登録している人数（年度末）',
      unit: '人',
      dir: '↑（増加）',
      actual: [96, 81, 68, null, null, null],
      expect: [null, 110, 120, 130, 140, 150],
      note: '新型コロナウイルス感染症の影響により活動休止者が増加',
    },
  ];
  const grades = ['B', 'A', 'B', 'D'];
  const indicators: ExpectedIndicator[] = [
    ind(sheet, blocks[0].name, '％', 94.0, 92.1),
    ind(sheet, blocks[1].name, '％', 35.0, 36.2),
    ind(sheet, blocks[2].name, '％', 4.5, 5.3, { direction: 'down' }),
    ind(sheet, blocks[3].name, '人', 120, 68),
  ];
  if (indicators.map((i) => i.grade).join() !== grades.join()) throw new Error('policySheet grades');
  return {
    name: 'r4-kyushoku-shokuiku-shisaku-hyoka',
    layout: '施策評価シート, blocks stacked, 目指す方向 ↑／↓ per block, 期待値 row, empty 達成状況 cell beside last year’s （B）',
    build(wb) {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [14, 12, 10, 10, 10, 10, 10, 10, 12, 10, 8]);
      merge(ws, 1, 1, 1, 8, '令和４年度　施策評価シート（評価対象年度：令和４年度）');
      put(ws, 2, 1, ['基本目標', '３　健やかな心と体を育む教育の推進']);
      merge(ws, 2, 2, 2, 8);
      put(ws, 3, 1, ['施策', '3-2　食育の推進と学校給食の充実']);
      merge(ws, 3, 2, 3, 7);
      put(ws, 3, 8, ['施策の達成状況', undefined, '（B）']);
      put(ws, 2, 10, ['前年度']);
      put(ws, 4, 1, ['担当部等', '教育部　学校給食課・健康推進課']);
      merge(ws, 4, 2, 4, 8);
      box(ws, 2, 1, 4, 10);
      let r = 6;
      blocks.forEach((b, k) => {
        put(ws, r, 1, [`指標${'①②③④'[k]}`, b.name]);
        merge(ws, r, 2, r, 5);
        put(ws, r, 6, ['単位', b.unit, '目指す方向', b.dir]);
        put(ws, r + 1, 1, ['指標の説明', b.desc]);
        merge(ws, r + 1, 2, r + 1, 9);
        put(ws, r + 2, 1, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
        put(ws, r + 3, 1, ['実績値', ...b.actual]);
        put(ws, r + 4, 1, ['期待値\n※R7は目標値', ...b.expect.map((v) => v ?? '－')]);
        put(ws, r + 5, 1, ['備考', b.note]);
        merge(ws, r + 5, 2, r + 5, 9);
        wrap(ws, r, 1, r + 5, 9);
        box(ws, r, 1, r + 5, 9);
        r += 7;
      });
      put(ws, r, 1, ['内部要因', '給食センターでの地場産物の受入体制を拡充し、使用割合は期待値を上回った。']);
      merge(ws, r, 2, r, 9);
      put(ws, r + 1, 1, ['今後の方向性', '残食率の低減に向け、食育授業と献立の工夫を一体的に進める。']);
      merge(ws, r + 1, 2, r + 1, 9);
    },
    expected: {
      file: 'r4-kyushoku-shokuiku-shisaku-hyoka.xlsx',
      fiscalYear: 2022,
      indicators,
      groups: [{ sheet, cell: 'I3', grade: rollUp(grades) }],
    },
  };
})();

/** B: 令和６年度 学校給食・食育関連事業 実績一覧, figures as text with labels, two measures in one cell, one 未実施. */
const projectResults: Holdout2Workbook = (() => {
  const sheet = '事業実績';
  const rows: [string, string, string, string, string, string, string, string][] = [
    [
      '1-1',
      '親子料理教室の開催\n小学生と保護者を対象に地場産食材を使った料理教室を開催',
      '健康推進課',
      '開催回数 8回',
      '開催回数 10回',
      '開催回数 9回',
      'B',
      '継続',
    ],
    ['1-2', '食育出前講座\n栄養教諭が小中学校に出向き食に関する授業を実施', '学校給食課', '実施校数 12校', '実施校数 15校', '実施校数 15校', 'A', '継続'],
    [
      '2-1',
      '地場産物活用の日\n毎月19日を「ふるさと給食の日」とし市内産食材を使用',
      '学校給食課',
      '使用品目数 28品目',
      '使用品目数 30品目',
      '使用品目数 31品目',
      'A',
      '拡充',
    ],
    [
      '2-2',
      '農業体験学習\nJAと連携した田植え・稲刈り体験',
      '農政課',
      '参加校 7校\n参加児童 318人',
      '参加校 8校\n参加児童 400人',
      '参加校 8校\n参加児童 352人',
      'A',
      '継続',
    ],
    ['3-1', '給食センター見学会\n保護者・市民を対象に調理場見学と試食会を開催', '学校給食課', '見学者数 214人', '見学者数 300人', '未実施', 'D', '見直し'],
    ['3-2', '学校給食献立コンテスト\n中学生が地場産物を使った献立を考案', '学校給食課', '応募数 138件', '応募数 150件', '応募数 162件', 'A', '継続'],
  ];
  const indicators: ExpectedIndicator[] = [
    ind(sheet, '親子料理教室の開催', '回', 10, 9, { existing: 'B' }),
    ind(sheet, '食育出前講座', '校', 15, 15, { existing: 'A' }),
    ind(sheet, '地場産物活用の日', '品目', 30, 31, { existing: 'A' }),
    {
      sheet,
      name: '農業体験学習',
      measures: [
        { label: '参加校', target: 8, actual: 8, unit: '校' },
        { label: '参加児童', target: 400, actual: 352, unit: '人' },
      ],
      direction: 'up',
      existing: 'A',
      grade: 'B',
    },
    ind(sheet, '給食センター見学会', '人', 300, null, { existing: 'D', actualStatus: 'not-implemented' }),
    ind(sheet, '学校給食献立コンテスト', '件', 150, 162, { existing: 'A' }),
  ];
  return {
    name: 'r6-kyushoku-shokuiku-jigyo-jisseki',
    layout: '事業実績 table: code + name + 概要 in one cell, text figures with labels, two measures in a cell, 未実施',
    build(wb) {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [6, 40, 12, 18, 18, 18, 10, 10]);
      merge(ws, 1, 1, 1, 8, '令和６年度　学校給食・食育関連事業　実績一覧');
      put(ws, 2, 1, ['No.', '推進事業\n（事業名・概要）', '担当課', 'R5年度実績値', 'R6年度数値目標', 'R6年度実績値', '自己評価', '今後の方向性']);
      rows.forEach((row, i) => put(ws, 3 + i, 1, [i + 1, `${row[0]} ${row[1]}`, ...row.slice(2)]));
      wrap(ws, 2, 1, 2 + rows.length, 8);
      box(ws, 2, 1, 2 + rows.length, 8);
      put(ws, 4 + rows.length, 1, ['※自己評価　A：目標達成　B：概ね達成　C：一部未達成　D：未達成・未実施']);
      put(ws, 5 + rows.length, 1, ['※3-1は調理場改修工事のため令和６年度は実施せず']);
    },
    expected: { file: 'r6-kyushoku-shokuiku-jigyo-jisseki.xlsx', fiscalYear: 2024, indicators, groups: [] },
  };
})();

/** C: 第２期総合戦略 KPI (地産地消), 目標値／実績値 rows per 令和2年度…令和6年度, values with units in the cell, 令和３年度 評価. */
const kpiTable: Holdout2Workbook = (() => {
  const sheet = 'KPI';
  const kpis: [string, string, string[], string[]][] = [
    ['学校給食における市内産食材の使用割合（金額ベース）', '30.2 ％', ['35.0 ％', '40.0 ％', '42.0 ％', '44.0 ％', '45.0 ％'], ['36.1 ％', '38.5 ％']],
    ['農産物直売所の年間売上額', '486 百万円', ['500 百万円', '520 百万円', '540 百万円', '560 百万円', '580 百万円'], ['492 百万円', '548 百万円']],
    ['食育ボランティアの活動回数', '72 回', ['80 回', '90 回', '100 回', '110 回', '120 回'], ['31 回', '52 回']],
    ['農業体験に参加した児童数', '1,050 人', ['1,100 人', '1,200 人', '1,300 人', '1,400 人', '1,500 人'], ['640 人', '1,086 人']],
  ];
  return {
    name: 'dai2ki-senryaku-kpi-chisanchisho-r3',
    layout: 'KPI table, 目標値／実績値 rows per KPI, period columns 令和2年度…令和6年度, text values with units, 基準値（R元）',
    build(wb) {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [16, 34, 8, 12, 12, 12, 12, 12, 12]);
      put(ws, 1, 1, ['第２期　まち・ひと・しごと創生総合戦略　KPI進捗状況（評価対象：令和３年度実績）']);
      put(ws, 2, 1, ['基本目標', 'KPI', '区分', '基準値\n（R元）', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度']);
      kpis.forEach(([name, base, targets, actuals], i) => {
        const r = 3 + i * 2;
        put(ws, r, 2, [name, '目標値', base, ...targets]);
        put(ws, r + 1, 3, ['実績値', undefined, ...actuals]);
        merge(ws, r, 2, r + 1, 2);
        merge(ws, r, 4, r + 1, 4);
      });
      merge(ws, 3, 1, 10, 1, '２　地域の恵みを活かした「食」と農のまちづくり');
      wrap(ws, 2, 1, 10, 9);
      box(ws, 2, 1, 10, 9);
      put(ws, 12, 1, ['※実績値は各年度末現在。令和4年度以降は令和5年5月の検証会議で報告予定。']);
    },
    expected: {
      file: 'dai2ki-senryaku-kpi-chisanchisho-r3.xlsx',
      fiscalYear: 2021,
      indicators: [
        ind(sheet, kpis[0][0], '％', 40, 38.5),
        ind(sheet, kpis[1][0], '百万円', 520, 548),
        ind(sheet, kpis[2][0], '回', 90, 52),
        ind(sheet, kpis[3][0], '人', 1200, 1086),
      ],
      groups: [],
    },
  };
})();

/** D: 第３次食育推進計画 成果指標の点検 (令和５年度), 現況 and 実績 with their year in the cell, 目標（R8）, a blank 実績. */
const planIndicators: Holdout2Workbook = (() => {
  const sheet = '成果指標';
  const rows: [string, string, string, string, number, string, string][] = [
    [
      '食育に関心を持っている市民の割合',
      '「関心がある」「どちらかといえば関心がある」と回答した市民の割合',
      '％',
      '72.4\n（令和2年度）',
      90,
      '80.3\n（令和5年度）',
      '市民意識調査',
    ],
    [
      '朝食を毎日食べる子どもの割合',
      '小学5年生・中学2年生で朝食を毎日食べる割合',
      '％',
      '93.1\n（令和2年度）',
      100,
      '94.6\n（令和5年度）',
      '生活習慣アンケート',
    ],
    ['学校給食における地場産物を使用する割合', '品目数ベース（県内産）', '％', '31.0\n（令和2年度）', 40, '41.2\n（令和5年度）', '地場産物使用状況調査'],
    ['食育ボランティア数', '食生活改善推進員等の登録者数', '人', '145\n（令和2年度末）', 200, '118\n（令和5年度末）', '健康推進課調べ'],
    ['朝食又は夕食を家族と一緒に食べる「共食」の回数', '1週間当たりの回数', '回/週', '9.8\n（令和2年度）', 11, '10.2\n（令和5年度）', '市民意識調査'],
    [
      '農林漁業体験を経験した市民の割合',
      '過去1年間に農林漁業体験に参加した世帯の割合',
      '％',
      '48.6\n（令和2年度）',
      70,
      '',
      '市民意識調査（令和7年度実施予定）',
    ],
  ];
  const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
  return {
    name: 'dai3ji-shokuiku-keikaku-seika-shihyo-r5',
    layout: 'plan indicators: 現況（計画策定時） and 実績 with a year note in the cell, 目標（R8）, 単位 column, a blank 実績',
    build(wb) {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [5, 30, 30, 8, 14, 10, 14, 22]);
      put(ws, 1, 1, ['第３次○○市食育推進計画　成果指標の点検評価（令和５年度）']);
      put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
      rows.forEach((row, i) => put(ws, 4 + i, 1, [i + 1, ...row.map((v) => (v === '' ? undefined : v))]));
      wrap(ws, 3, 1, 3 + rows.length, 8);
      box(ws, 3, 1, 3 + rows.length, 8);
    },
    expected: {
      file: 'dai3ji-shokuiku-keikaku-seika-shihyo-r5.xlsx',
      fiscalYear: 2023,
      indicators: [
        final(ind(sheet, rows[0][0], '％', 90, 80.3)),
        final(ind(sheet, rows[1][0], '％', 100, 94.6)),
        final(ind(sheet, rows[2][0], '％', 40, 41.2)),
        final(ind(sheet, rows[3][0], '人', 200, 118)),
        final(ind(sheet, rows[4][0], '回/週', 11, 10.2)),
        final(ind(sheet, rows[5][0], '％', 70, null, { actualStatus: 'missing' })),
      ],
      groups: [],
    },
  };
})();

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectResults, kpiTable, planIndicators];
