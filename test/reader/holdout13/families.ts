/**
 * Hold-out 13's workbooks: the four known families (policy sheets, project tables, KPI tables,
 * plan indicators) as yet other offices lay them out, after the seeds (北上, 一関, 北見 documents).
 */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

const wrap = (ws: Worksheet, ref: string) => (ws.getCell(ref).alignment = { wrapText: true, vertical: 'top' });

const kitakamiPolicy: Holdout2Workbook = {
  name: 'h13-kitakami-stacked-blocks',
  layout: 'policy sheet, indicator blocks stacked down, R2(現状値)…R7 columns, 実績値/期待値 rows, 指標の説明 row, last grade （B） beside the rating cell',
  build(wb) {
    const ws = wb.addWorksheet('4-1');
    put(ws, 1, 1, ['北上市総合計画 2021～2030　令和６年度基本施策事後評価シート　（評価対象期間：令和５年度）']);
    ws.mergeCells('A1:I1');
    put(ws, 3, 1, ['基本施策', '4-1 イノベーションチャレンジによる産業振興']);
    put(ws, 3, 7, ['達成状況評価', undefined, '（B）']);
    put(ws, 4, 1, ['担当部等', '商工部']);
    const blocks: [string, string, string, (number | null)[], (number | null)[]][] = [
      ['産業支援センター相談件数', '産業支援センターに寄せられた経営・技術相談の件数', '件', [780, 702, 731, 712], [null, 800, 800, 800, 800, 800]],
      ['新事業創出支援事業費補助金を活用した新規事業等創出件数', '補助金の採択を受け新たに事業化した件数', '件', [1, 1, 2, 2], [null, 2, 2, 2, 2, 2]],
      ['ふるさと北上応援寄附額', '寄附額（年度計）。返礼品開発と周知の成果を示す', '億円', [9.8, 12.1, 14.5, 13.6], [null, 12, 14, 16, 17, 18]],
      ['企業立地件数', '工業団地等への新規立地・増設の件数', '件', [2, 3, 2, 1], [null, 3, 3, 3, 3, 3]],
    ];
    blocks.forEach(([name, desc, unit, actuals, targets], i) => {
      const r = 6 + i * 6;
      put(ws, r, 1, [`指標${'①②③④'[i]}`, name]);
      ws.mergeCells(r, 2, r, 9);
      put(ws, r + 1, 1, ['指標の説明', desc]);
      ws.mergeCells(r + 1, 2, r + 1, 9);
      put(ws, r + 2, 1, ['区分', '単位', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7', '備考']);
      wrap(ws, `C${r + 2}`);
      put(ws, r + 3, 1, ['実績値', unit, ...actuals]);
      put(ws, r + 4, 1, ['期待値\n※R7は目標値', unit, ...targets]);
      wrap(ws, `A${r + 4}`);
    });
    put(ws, 30, 1, ['※R5実績は令和6年5月末時点の集計']);
  },
  expected: (() => {
    const inds = [
      ind('4-1', '産業支援センター相談件数', '件', 800, 712),
      ind('4-1', '新事業創出支援事業費補助金を活用した新規事業等創出件数', '件', 2, 2),
      ind('4-1', 'ふるさと北上応援寄附額', '億円', 16, 13.6),
      ind('4-1', '企業立地件数', '件', 3, 1),
    ];
    return {
      file: 'h13-kitakami-stacked-blocks.xlsx',
      fiscalYear: 2023,
      indicators: inds,
      groups: [{ sheet: '4-1', cell: 'H3', grade: rollUp(inds.map((x) => x.grade)) }],
    };
  })(),
};

const healthWords: Holdout2Workbook = {
  name: 'h13-policy-attainment-words',
  layout:
    'policy table, 基準値（平成30年度）, 令和５年度目標値/実績値 columns, 前年度比, 達成度 in words (順調/概ね順調/遅れている), lower-is-better noted in 備考',
  build(wb) {
    const ws = wb.addWorksheet('施策3-2');
    put(ws, 1, 2, ['令和６年度 施策評価シート（令和５年度実施分）']);
    put(ws, 2, 2, ['施策3-2　生涯を通じた健康づくりの推進', undefined, undefined, undefined, undefined, undefined, '施策の総合評価']);
    put(ws, 4, 2, [
      'No.',
      '成果指標',
      '指標の説明',
      '単位',
      '基準値\n（平成30年度）',
      '令和５年度\n目標値',
      '令和５年度\n実績値',
      '前年度比',
      '達成度',
      '備考',
    ]);
    const rows: (string | number)[][] = [
      [1, '特定健康診査受診率', '国民健康保険加入者（40～74歳）のうち特定健診を受診した人の割合', '％', 38.2, 45.0, 41.3, '103.2%', '概ね順調', ''],
      [2, 'がん検診受診者数', '胃・肺・大腸・子宮・乳がん検診の延べ受診者数', '人', '10,850', '12,000', '12,480', '106.0%', '順調', ''],
      [
        3,
        '健康ポイント事業参加者数',
        'スマートフォンアプリ等で健康ポイントに登録した人数',
        '人',
        '－',
        '3,000',
        '1,650',
        '91.7%',
        '遅れている',
        '令和3年度から開始',
      ],
      [
        4,
        '65歳以上の要介護認定率',
        '第1号被保険者に占める要介護（要支援）認定者の割合',
        '％',
        17.9,
        18.5,
        19.2,
        '101.1%',
        '概ね順調',
        '※数値が低いほど良い指標',
      ],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 2, r));
    put(ws, 10, 2, ['※前年度比は令和4年度実績に対する令和5年度実績の割合']);
  },
  expected: (() => {
    const s = '施策3-2';
    const inds = [
      ind(s, '特定健康診査受診率', '％', 45, 41.3, { existing: 'B' }),
      ind(s, 'がん検診受診者数', '人', 12000, 12480, { existing: 'A' }),
      ind(s, '健康ポイント事業参加者数', '人', 3000, 1650, { existing: 'D' }),
      ind(s, '65歳以上の要介護認定率', '％', 18.5, 19.2, { direction: 'down', existing: 'B' }),
    ];
    return {
      file: 'h13-policy-attainment-words.xlsx',
      fiscalYear: 2023,
      indicators: inds,
      groups: [{ sheet: s, cell: 'I2', grade: rollUp(inds.map((x) => x.grade)) }],
    };
  })(),
};

const employmentProjects: Holdout2Workbook = {
  name: 'h13-project-text-figures',
  layout: 'project table, 令和５年度 merged over 目標/実績, figures as text with labels (認定企業数 9社), 未実施 and 集計中, long 事業の概要 column, 自己評価',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    put(ws, 1, 1, ['令和５年度 雇用対策推進事業 実績一覧（商工労働課）']);
    put(ws, 3, 1, ['No.', '事業名', '事業の概要', '令和４年度実績', '令和５年度', undefined, '自己評価', '備考']);
    put(ws, 4, 5, ['目標', '実績']);
    for (const c of ['A', 'B', 'C', 'D', 'G', 'H']) ws.mergeCells(`${c}3:${c}4`);
    ws.mergeCells('E3:F3');
    const rows: (string | number)[][] = [
      [
        1,
        '女性活躍推進企業認定支援事業',
        '女性が働きやすい職場づくりに取り組む企業の認定を支援し、認定企業の取組を市ホームページで紹介する。',
        '6社',
        '認定企業数 8社',
        '認定企業数 9社',
        'A',
        '',
      ],
      [
        2,
        '合同企業説明会開催事業',
        '市内企業と求職者のマッチングを図るため、ハローワークと共催で合同企業説明会を開催する。',
        '延べ 265人',
        '参加者 300人',
        '参加者延べ 214人',
        'C',
        '悪天候により1回中止',
      ],
      [
        3,
        '移住就業支援金交付事業',
        '東京圏から移住し市内企業に就業した者に支援金を交付する。',
        '2件',
        '交付件数 15件',
        '未実施',
        'D',
        '国の制度見直しにより募集停止',
      ],
      [4, '職業訓練受講支援事業', '離職者等の資格取得に係る受講料の一部を助成する。', '31人', '受講者数 40人', '集計中', '－', '令和6年6月確定予定'],
      [
        5,
        'インターンシップ受入促進事業',
        '大学生等のインターンシップを受け入れる市内企業に経費の一部を補助する。',
        '17社',
        '受入企業 20社',
        '受入企業 24社',
        'A',
        '',
      ],
    ];
    rows.forEach((r, i) => {
      put(ws, 5 + i, 1, r);
      wrap(ws, `C${5 + i}`);
    });
  },
  expected: {
    file: 'h13-project-text-figures.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業実績', '女性活躍推進企業認定支援事業', '社', 8, 9, { existing: 'A' }),
      ind('事業実績', '合同企業説明会開催事業', '人', 300, 214, { existing: 'C' }),
      ind('事業実績', '移住就業支援金交付事業', '件', 15, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind('事業実績', '職業訓練受講支援事業', '人', 40, null, { actualStatus: 'pending' }),
      ind('事業実績', 'インターンシップ受入促進事業', '社', 20, 24, { existing: 'A' }),
    ],
    groups: [],
  },
};

const kitamiKpi: Holdout2Workbook = {
  name: 'h13-kpi-heisei-month-ends',
  layout: 'KPI table after seed 004: 目標値/実績値 row pairs, period columns 平成29年3月末…平成31年3月末, values "50 人", "-" where no target, footnote',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    put(ws, 1, 1, ['地域再生計画（ICT拠点を活用した人と仕事の誘致）　平成30年度 効果検証シート']);
    put(ws, 3, 1, ['重要業績評価指標（KPI）', '区分', '平成29年3月末', '平成30年3月末', '平成31年3月末', '備考']);
    const kpis: [string, string[], string[], string][] = [
      ['新規移動人数', ['10 人', '50 人', '50 人'], ['12 人', '38 人', '46 人'], ''],
      ['新規参加企業数', ['-', '10 社', '10 社'], ['-', '7 社', '9 社'], ''],
      ['進出企業数', ['-', '1 社', '1 社'], ['0 社', '1 社', '1 社'], 'サテライトオフィス'],
      ['テレワーク従事者数', ['5 人', '20 人', '40 人'], ['3 人', '15 人', '22 人'], '各年度末時点の在籍者数'],
    ];
    kpis.forEach(([name, t, a, note], i) => {
      const r = 4 + i * 2;
      put(ws, r, 1, [name, '目標値', ...t, note]);
      put(ws, r + 1, 2, ['実績値', ...a]);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 6, r + 1, 6);
    });
    put(ws, 13, 1, ['※数値は単年度の値（累計ではない）']);
  },
  expected: {
    file: 'h13-kpi-heisei-month-ends.xlsx',
    fiscalYear: 2018,
    indicators: [
      ind('KPI', '新規移動人数', '人', 50, 46),
      ind('KPI', '新規参加企業数', '社', 10, 9),
      ind('KPI', '進出企業数', '社', 1, 1),
      ind('KPI', 'テレワーク従事者数', '人', 40, 22),
    ],
    groups: [],
  },
};

const fyKpi: Holdout2Workbook = {
  name: 'h13-kpi-ad-years-subcolumns',
  layout: 'KPI table, 2021年度/2022年度/2023年度 merged over 目標/実績 sub-columns, 単位 column, full-width digits as text, （見込み） note',
  build(wb) {
    const ws = wb.addWorksheet('効果検証');
    put(ws, 1, 2, ['令和５年度 地方創生推進交付金事業 効果検証シート']);
    put(ws, 2, 2, ['事業名：観光・交流人口拡大プロジェクト']);
    put(ws, 4, 2, ['KPI', '単位', '2021年度', undefined, '2022年度', undefined, '2023年度', undefined, '備考']);
    put(ws, 5, 4, ['目標', '実績', '目標', '実績', '目標', '実績']);
    for (const c of ['B', 'C', 'J']) ws.mergeCells(`${c}4:${c}5`);
    for (const [a, b] of [
      ['D', 'E'],
      ['F', 'G'],
      ['H', 'I'],
    ])
      ws.mergeCells(`${a}4:${b}4`);
    const rows: (string | number)[][] = [
      ['観光入込客数', '千人', 1150, 980, 1250, 1190, '1,350', '1,288', '観光統計（暦年）'],
      ['宿泊者数', '人', 45000, 39800, 48000, 46100, '52,000', '48,900（見込み）', '3月分は推計'],
      ['移住相談件数', '件', '８０', '９２', '１００', '１１８', '１２０', '１４３', ''],
      ['ふるさと納税寄附件数', '件', 7000, 6120, 8000, 5480, 9000, 5100, ''],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 2, r));
  },
  expected: {
    file: 'h13-kpi-ad-years-subcolumns.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('効果検証', '観光入込客数', '千人', 1350, 1288),
      ind('効果検証', '宿泊者数', '人', 52000, 48900, { actualStatus: 'provisional' }),
      ind('効果検証', '移住相談件数', '件', 120, 143),
      ind('効果検証', 'ふるさと納税寄附件数', '件', 9000, 5100),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [kitakamiPolicy, healthWords, employmentProjects, kitamiKpi, fyKpi];
