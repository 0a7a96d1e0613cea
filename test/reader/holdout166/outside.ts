/**
 * Hold-out 166, shapes outside the four families that ひきこもり支援・若者就労支援 offices use: a 地域若者サポートステーション
 * 実績報告 with 令和４年度 and 令和５年度 目標／実績／達成率 side by side; 令和２年度 事務事業評価シート, one 事業 per sheet, with
 * 活動指標／成果指標 目標値／実績値 rows over 平成30年度…令和３年度（計画）; a 年度別実績一覧 with years as rows (平成28年度…
 * 令和２年度), units in the headings and full-width digits in the 令和元年度 row; a 子ども・若者支援地域協議会 取組評価票 written
 * label over value, with 目指す方向 増加／減少.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- two years side by side
const O1 = '実績報告';
const saposute: Holdout2Workbook = {
  name: 'h166-saposute-jisseki-hokoku',
  layout: 'サポステ 実績報告: 令和４年度 and 令和５年度 目標／実績／達成率 side by side under merged year headings, units in a 単位 column',
  build(wb) {
    const ws = wb.addWorksheet(O1);
    widths(ws, [30, 6, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 8, '令和５年度　地域若者サポートステーション事業　実績報告');
    merge(ws, 2, 1, 2, 8, '〇〇市若者サポートステーション（受託者：特定非営利活動法人 若者支援ネット）');
    merge(ws, 4, 1, 5, 1, '項目');
    merge(ws, 4, 2, 5, 2, '単位');
    merge(ws, 4, 3, 4, 5, '令和４年度');
    merge(ws, 4, 6, 4, 8, '令和５年度');
    put(ws, 5, 3, ['目標', '実績', '達成率', '目標', '実績', '達成率']);
    const rows: (string | number)[][] = [
      ['新規登録者数', '人', 80, 85, '106.3%', 80, 74, '92.5%'],
      ['就職等進路決定者数', '人', 45, 47, '104.4%', 50, 41, '82.0%'],
      ['定着・ステップアップ相談件数', '件', 180, 171, '95.0%', 200, 236, '118.0%'],
      ['集中訓練プログラム修了者数', '人', 10, 8, '80.0%', 12, 7, '58.3%'],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    box(ws, 4, 1, 9, 8);
    merge(ws, 11, 1, 11, 8, '※達成率＝実績÷目標　※進路決定者数には就学・職業訓練を含む');
  },
  expected: {
    file: 'h166-saposute-jisseki-hokoku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(O1, '新規登録者数', '人', 80, 74),
      ind(O1, '就職等進路決定者数', '人', 50, 41),
      ind(O1, '定着・ステップアップ相談件数', '件', 200, 236),
      ind(O1, '集中訓練プログラム修了者数', '人', 12, 7),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- one 事業 per sheet
const P1 = 'ひきこもり支援';
const P2 = '就労体験';
type Proj = { sheet: string; title: string; section: string; purpose: string; rows: [string, string, string, number[], (number | null)[]][] };
const projs: Proj[] = [
  {
    sheet: P1,
    title: 'ひきこもり支援推進事業',
    section: '福祉課',
    purpose: 'ひきこもり状態にある本人と家族に対し、相談・訪問支援・居場所の提供を行い、社会参加を促す。',
    rows: [
      ['活動指標', '訪問支援（アウトリーチ）件数', '件', [40, 50, 60, 70], [35, 52, 58, null]],
      ['成果指標', '社会参加（就労・就学・居場所利用）に至った人数', '人', [6, 8, 10, 12], [4, 9, 6, null]],
    ],
  },
  {
    sheet: P2,
    title: '若者就労体験事業',
    section: '商工労働課',
    purpose: '無業の若者に市内事業所での就労体験の機会を提供し、就職につなげる。',
    rows: [
      ['活動指標', '就労体験受入企業数', '社', [10, 12, 15, 18], [9, 13, 15, null]],
      ['成果指標', '就労体験参加者数', '人', [30, 35, 40, 45], [26, 21, 27, null]],
    ],
  },
];
const jimuJigyo: Holdout2Workbook = {
  name: 'h166-jimu-jigyo-hyoka-sheets',
  layout: '令和２年度 事務事業評価シート, one 事業 per sheet: 活動指標／成果指標 with 目標値／実績値 rows over 平成30年度…令和３年度（計画）',
  build(wb) {
    for (const p of projs) {
      const ws = wb.addWorksheet(p.sheet);
      widths(ws, [12, 34, 6, 8, 12, 12, 12, 14]);
      merge(ws, 1, 1, 1, 8, '令和２年度　事務事業評価シート');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 8, p.title);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 8, p.section);
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 8, p.purpose);
      put(ws, 6, 1, ['評価対象年度', '令和２年度']);
      box(ws, 3, 1, 6, 8);
      put(ws, 8, 1, ['指標区分', '指標名', '単位', '区分', '平成30年度', '令和元年度', '令和２年度', '令和３年度\n（計画）']);
      p.rows.forEach(([kind, name, unit, targets, actuals], i) => {
        const r = 9 + i * 2;
        merge(ws, r, 1, r + 1, 1, kind);
        merge(ws, r, 2, r + 1, 2, name);
        merge(ws, r, 3, r + 1, 3, unit);
        put(ws, r, 4, ['目標値', ...targets]);
        put(ws, r + 1, 4, ['実績値', ...actuals.map((a) => a ?? undefined)]);
      });
      wrap(ws, 8, 1, 12, 8);
      box(ws, 8, 1, 12, 8);
      put(ws, 14, 1, ['今後の方向性', '継続']);
      put(ws, 15, 1, ['課題']);
      merge(ws, 15, 2, 15, 8, '新型コロナウイルス感染症の影響により、対面での支援が一部制限された。');
    }
  },
  expected: {
    file: 'h166-jimu-jigyo-hyoka-sheets.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(P1, '訪問支援（アウトリーチ）件数', '件', 60, 58),
      ind(P1, '社会参加（就労・就学・居場所利用）に至った人数', '人', 10, 6),
      ind(P2, '就労体験受入企業数', '社', 15, 15),
      ind(P2, '就労体験参加者数', '人', 40, 27),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- years as rows
const O3 = '年度別実績';
const yearsAsRows: Holdout2Workbook = {
  name: 'h166-jakunensha-nendobetsu',
  layout: '年度別実績一覧: years as rows 平成28年度…令和２年度, 目標／実績 pairs under headings with the unit 「（人）」, full-width 「１，６２０」',
  build(wb) {
    const ws = wb.addWorksheet(O3);
    widths(ws, [14, 12, 12, 12, 12, 12, 12]);
    merge(ws, 1, 1, 1, 7, '若年者就労支援事業　年度別実績一覧');
    put(ws, 2, 1, ['評価対象年度：令和元年度']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '合同就職面接会参加者数（人）');
    merge(ws, 4, 4, 4, 5, 'ジョブカフェ相談件数（件）');
    merge(ws, 4, 6, 4, 7, '若年者向け職業訓練修了者数（人）');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number)[][] = [
      ['平成28年度', 250, 231, 1200, 1180, 30, 27],
      ['平成29年度', 270, 262, 1300, 1355, 32, 30],
      ['平成30年度', 280, 291, 1400, 1502, 35, 33],
      ['令和元年度', 300, 284, '１，５００', '１，６２０', 40, 29],
      ['令和２年度', 300, '', 1600, '', 40, ''],
    ];
    rows.forEach((row, i) =>
      put(
        ws,
        6 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      ),
    );
    for (let r = 6; r <= 10; r++) for (let c = 2; c <= 7; c++) ws.getCell(r, c).numFmt = '#,##0';
    wrap(ws, 4, 1, 5, 7);
    box(ws, 4, 1, 10, 7);
    put(ws, 11, 1, ['※令和２年度は計画値']);
  },
  expected: {
    file: 'h166-jakunensha-nendobetsu.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(O3, '合同就職面接会参加者数', '人', 300, 284),
      ind(O3, 'ジョブカフェ相談件数', '件', 1500, 1620),
      ind(O3, '若年者向け職業訓練修了者数', '人', 40, 29),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- label over value
const O4 = '評価票';
const labelValue: Holdout2Workbook = {
  name: 'h166-kyogikai-torikumi-hyokahyo',
  layout: '子ども・若者支援地域協議会 取組評価票 (令和７年度): each indicator written label over value, 目指す方向 増加／減少, a 達成率 line',
  build(wb) {
    const ws = wb.addWorksheet(O4);
    widths(ws, [22, 40]);
    merge(ws, 1, 1, 1, 2, '子ども・若者支援地域協議会　取組評価票（令和７年度）');
    put(ws, 3, 1, ['取組名', 'ひきこもり・若年無業者の社会参加支援']);
    put(ws, 4, 1, ['所管', '子ども若者支援課']);
    box(ws, 3, 1, 4, 2);
    const items: [string, string, string, number, number, string][] = [
      ['無業状態から就労・就学に移行した若者の数', '人', '増加', 25, 19, '76.0%'],
      ['支援が途切れた（中断）ケース数', '件', '減少', 10, 12, '83.3%'],
      ['アウトリーチ支援の実人数', '人', '増加', 40, 44, '110.0%'],
    ];
    let r = 6;
    items.forEach(([name, unit, dir, t, a, rate], i) => {
      put(ws, r, 1, [`【指標${i + 1}】`]);
      put(ws, r + 1, 1, ['指標名', name]);
      put(ws, r + 2, 1, ['単位', unit]);
      put(ws, r + 3, 1, ['目指す方向', dir]);
      put(ws, r + 4, 1, ['目標値（令和７年度）', t]);
      put(ws, r + 5, 1, ['実績値（令和７年度）', a]);
      put(ws, r + 6, 1, ['達成率', rate]);
      box(ws, r + 1, 1, r + 6, 2);
      r += 8;
    });
    put(ws, r, 1, ['※達成率：増加を目指す指標は実績÷目標、減少を目指す指標は目標÷実績']);
  },
  expected: {
    file: 'h166-kyogikai-torikumi-hyokahyo.xlsx',
    fiscalYear: 2025,
    indicators: [
      ind(O4, '無業状態から就労・就学に移行した若者の数', '人', 25, 19),
      ind(O4, '支援が途切れた（中断）ケース数', '件', 10, 12, { direction: 'down' }),
      ind(O4, 'アウトリーチ支援の実人数', '人', 40, 44),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [saposute, jimuJigyo, yearsAsRows, labelValue];
