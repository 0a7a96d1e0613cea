/**
 * Hold-out 157, the four families as 母子保健・乳幼児健診・産後ケア offices write them: a 施策評価シート (令和４年度) with five
 * indicator blocks tiled two across, a 令和３年度 母子保健推進事業 実績一覧 with text figures, a 総合戦略 KPI table (令和６年度実績)
 * with ◎○△× and a 母子保健計画 成果指標 点検評価 with its years in the cells.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** One indicator block of the policy sheet: 指標 n, name, 説明, 単位 and 方向, R1…R7, 実績値, 期待値, 備考. */
interface Block {
  no: string;
  name: string;
  about: string;
  unit: string;
  arrow: string;
  actuals: (number | string | null)[];
  expects: (number | null)[];
  note: string;
}

function block(ws: Worksheet, r: number, c: number, b: Block): void {
  put(ws, r, c, [b.no]);
  merge(ws, r, c + 1, r, c + 7, b.name);
  put(ws, r + 1, c, ['指標の説明']);
  merge(ws, r + 1, c + 1, r + 1, c + 7, b.about);
  put(ws, r + 2, c, ['単位', b.unit, '目指す方向', b.arrow]);
  put(ws, r + 3, c, ['年度', 'R1年度', 'R2年度\n（現状値）', 'R3年度', 'R4年度', 'R5年度', 'R6年度', 'R7年度\n（目標）']);
  put(ws, r + 4, c, ['実績値', ...b.actuals]);
  put(ws, r + 5, c, ['期待値\n※R7は目標値', ...b.expects]);
  put(ws, r + 6, c, ['備考']);
  merge(ws, r + 6, c + 1, r + 6, c + 7, b.note);
  wrap(ws, r, c, r + 6, c);
  wrap(ws, r + 3, c, r + 3, c + 7);
  box(ws, r, c, r + 6, c + 7);
}

const A_SHEET = '3-2';
const A_GRADES = ['A', 'B', 'C', 'B'];

const policySheet: Holdout2Workbook = {
  name: 'h157-boshi-shisaku-sheet',
  layout:
    'A: 令和５年度 施策評価シート (評価対象期間：令和４年度), five blocks two across with R1…R7, 実績値 and 期待値 rows, 目指す方向 ↑/↓, a 集計中, an empty 達成状況 beside 「（B）」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [12, 9, 10, 9, 9, 9, 9, 10, 3, 3, 12, 9, 10, 9, 9, 9, 9, 10]);
    merge(ws, 1, 1, 1, 18, '第２次すこやか市総合計画　令和５年度 施策評価シート　（評価対象期間：令和４年度）');
    put(ws, 3, 1, ['政策']);
    merge(ws, 3, 2, 3, 8, '３　誰もが健やかに暮らせるまち');
    put(ws, 3, 11, ['担当部等']);
    merge(ws, 3, 12, 3, 18, '保健福祉部（健康づくり課・こども家庭課）');
    put(ws, 4, 1, ['施策']);
    merge(ws, 4, 2, 4, 8, '3-2　安心して妊娠・出産・子育てができる母子保健の充実');
    put(ws, 4, 11, ['達成状況\n評　　価']);
    merge(ws, 4, 12, 4, 13);
    put(ws, 4, 14, ['（B）', '※（　）は前年度の評価']);
    put(ws, 5, 1, ['施策の目標']);
    merge(ws, 5, 2, 5, 18, '妊娠期から子育て期まで切れ目のない支援を行い、母と子が心身ともに健やかに過ごせるようにします。');
    merge(ws, 6, 1, 6, 18, '達成状況評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
    box(ws, 3, 1, 5, 18);
    wrap(ws, 3, 1, 5, 18);
    block(ws, 8, 1, {
      no: '指標①',
      name: '乳児家庭全戸訪問率',
      about: '生後４か月までに保健師・助産師が訪問した乳児の割合',
      unit: '％',
      arrow: '↑',
      actuals: [97.2, 95.8, 96.4, 98.1],
      expects: [null, null, 96.5, 97.0, 97.5, 98.0, 98.5],
      note: '里帰り出産の家庭は里帰り先自治体へ訪問を依頼',
    });
    block(ws, 8, 11, {
      no: '指標②',
      name: '妊娠11週以下での妊娠届出率',
      about: '妊娠届出者のうち妊娠11週以下で届け出た者の割合',
      unit: '％',
      arrow: '↑',
      actuals: [92.0, 92.7, 93.1, 93.6],
      expects: [null, null, 94.0, 95.0, 96.0, 96.5, 97.0],
      note: '',
    });
    block(ws, 16, 1, {
      no: '指標③',
      name: '産後ケア事業利用者数',
      about: '宿泊型・日帰り型・訪問型の実利用者数',
      unit: '人',
      arrow: '↑',
      actuals: [12, 18, 27, 38],
      expects: [null, null, 40, 60, 80, 90, 100],
      note: '令和４年度から訪問型を開始',
    });
    block(ws, 16, 11, {
      no: '指標④',
      name: '妊娠中の喫煙率',
      about: '妊娠届出時アンケートで「喫煙している」と回答した妊婦の割合',
      unit: '％',
      arrow: '↓（減少）',
      actuals: [3.4, 3.1, 2.8, 2.5],
      expects: [null, null, 2.5, 2.0, 1.5, 1.0, 0.5],
      note: '',
    });
    block(ws, 24, 1, {
      no: '指標⑤',
      name: '育てにくさを感じたときに対処できる親の割合',
      about: '３歳児健診時アンケートで「対処できる」と回答した親の割合',
      unit: '％',
      arrow: '↑',
      actuals: [78.5, 80.2, 81.0, '集計中'],
      expects: [null, null, 82.0, 83.0, 84.0, 85.0, 86.0],
      note: '健やか親子２１アンケートの集計結果は次年度に公表',
    });
  },
  expected: {
    file: 'h157-boshi-shisaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(A_SHEET, '乳児家庭全戸訪問率', '％', 97.0, 98.1),
      ind(A_SHEET, '妊娠11週以下での妊娠届出率', '％', 95.0, 93.6),
      ind(A_SHEET, '産後ケア事業利用者数', '人', 60, 38),
      ind(A_SHEET, '妊娠中の喫煙率', '％', 2.0, 2.5, { direction: 'down' }),
      ind(A_SHEET, '育てにくさを感じたときに対処できる親の割合', '％', 83.0, null, { actualStatus: 'pending' }),
    ],
    groups: [{ sheet: A_SHEET, cell: 'L4', grade: rollUp(A_GRADES) }],
  },
};

const B_SHEET = '事業実績';

const projectResults: Holdout2Workbook = {
  name: 'h157-boshi-jigyo-jisseki',
  layout:
    'B: 令和３年度 母子保健推進事業 実績一覧, 数値目標／実績値 as text 「交付者数 420人」, 宿泊型／日帰り型 in one cell, a 未実施, 「4回（延べ参加 38人）」, 自己評価 A–D',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 26, 34, 16, 16, 18, 8, 10, 30]);
    merge(ws, 1, 1, 1, 9, '令和３年度　母子保健推進事業　実績一覧（健康増進課）');
    put(ws, 3, 1, [
      'No.',
      '推進事業名',
      '事業概要',
      '令和２年度\n実績値',
      '令和３年度\n数値目標',
      '令和３年度\n実績値',
      '自己\n評価',
      '今後の\n方向性',
      '備考',
    ]);
    const rows: (string | number)[][] = [
      [
        1,
        '妊婦健康診査事業',
        '妊婦一般健康診査14回分の受診票を交付し、健診費用を助成する',
        '交付者数 431人',
        '交付者数 420人',
        '交付者数 398人',
        'B',
        '継続',
        '出生数の減少により交付者数が減少',
      ],
      [
        2,
        '乳児家庭全戸訪問事業（こんにちは赤ちゃん事業）',
        '生後４か月までの乳児のいる全ての家庭を保健師・助産師が訪問する',
        '訪問率 95.4％',
        '訪問率 98％',
        '訪問率 96.2％',
        'A',
        '継続',
        '',
      ],
      [
        3,
        '産後ケア事業',
        '産後１年未満の母子に助産院等で心身のケアや育児支援を行う',
        '宿泊型 9人\n日帰り型 14人',
        '宿泊型 15人\n日帰り型 20人',
        '宿泊型 12人\n日帰り型 21人',
        'B',
        '拡充',
        '',
      ],
      [
        4,
        '両親学級（パパママ教室）開催事業',
        '妊婦とその夫を対象に沐浴実習や妊娠・出産の講話を行う',
        '未実施',
        '開催 12回',
        '未実施',
        'D',
        '見直し',
        '新型コロナウイルス感染症の感染拡大防止のため中止し、動画配信に切り替えた',
      ],
      [5, '新生児聴覚検査費助成事業', '新生児聴覚検査の費用を助成する', '助成件数 388件', '助成件数 400件', '助成件数 372件', 'B', '継続', ''],
      [
        6,
        '育児相談（すくすく相談）事業',
        '保健センターで身体計測と育児・栄養相談を行う',
        '延べ 655件',
        '相談件数 600件',
        '延べ 712件',
        'A',
        '継続',
        '電話相談を含む',
      ],
      [7, '5歳児発達相談事業', '集団生活での気になる行動について発達相談を行う', '3回', '実施 4回', '4回（延べ参加 38人）', 'A', '継続', ''],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 10, 9);
    wrap(ws, 3, 1, 10, 9);
    merge(ws, 12, 1, 12, 9, '自己評価　A：目標を達成した　B：概ね達成した（80％以上）　C：やや不十分（60％以上）　D：不十分（60％未満）・未実施');
  },
  expected: {
    file: 'h157-boshi-jigyo-jisseki.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(B_SHEET, '妊婦健康診査事業', '人', 420, 398, { existing: 'B' }),
      ind(B_SHEET, '乳児家庭全戸訪問事業（こんにちは赤ちゃん事業）', '％', 98, 96.2, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '産後ケア事業',
        measures: [
          { label: '宿泊型', target: 15, actual: 12, unit: '人' },
          { label: '日帰り型', target: 20, actual: 21, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B_SHEET, '両親学級（パパママ教室）開催事業', '回', 12, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(B_SHEET, '新生児聴覚検査費助成事業', '件', 400, 372, { existing: 'B' }),
      ind(B_SHEET, '育児相談（すくすく相談）事業', '件', 600, 712, { existing: 'A' }),
      ind(B_SHEET, '5歳児発達相談事業', '回', 4, 4, { existing: 'A' }),
    ],
    groups: [],
  },
};

const C_SHEET = 'KPI';

/** A KPI's two rows: name, 基準値, 目標値 and 実績値 for 令和3…7年度, the 評価 mark. */
function kpi(ws: Worksheet, r: number, name: string, base: string, targets: string[], actuals: string[], mark: string, office: string): void {
  merge(ws, r, 1, r + 1, 1, name);
  put(ws, r, 2, ['目標値']);
  put(ws, r + 1, 2, ['実績値']);
  merge(ws, r, 3, r + 1, 3, base);
  put(ws, r, 4, targets);
  put(ws, r + 1, 4, actuals);
  merge(ws, r, 9, r + 1, 9, mark);
  merge(ws, r, 10, r + 1, 10, office);
}

const kpiTable: Holdout2Workbook = {
  name: 'h157-senryaku-kpi-kosodate',
  layout:
    'C: 総合戦略 基本目標３ KPI進捗状況（令和６年度実績）, 目標値／実績値 rows per 令和3…7年度, values 「12.4 ％」「1,128 件」, 「-」 before 伴走型相談支援, ◎○△× with a legend of bands',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [34, 8, 12, 11, 11, 11, 11, 11, 10, 14]);
    merge(ws, 1, 1, 1, 10, '第２期すこやか市まち・ひと・しごと創生総合戦略　基本目標３「結婚・出産・子育ての希望をかなえる」');
    merge(ws, 2, 1, 2, 10, 'ＫＰＩ進捗状況（令和６年度実績）');
    put(ws, 4, 1, [
      '重要業績評価指標（KPI）',
      '区分',
      '基準値\n（令和元年度）',
      '令和3年度',
      '令和4年度',
      '令和5年度',
      '令和6年度',
      '令和7年度',
      '評価\n（令和6年度）',
      '担当課',
    ]);
    kpi(
      ws,
      5,
      '産後ケア事業利用率',
      '4.8 ％',
      ['8.0 ％', '10.0 ％', '12.5 ％', '15.0 ％', '18.0 ％'],
      ['7.1 ％', '9.6 ％', '11.8 ％', '12.4 ％'],
      '○',
      'こども家庭課',
    );
    kpi(
      ws,
      7,
      '乳幼児健康診査の平均受診率',
      '95.9 ％',
      ['96.5 ％', '96.5 ％', '97.0 ％', '97.0 ％', '97.5 ％'],
      ['96.1 ％', '96.8 ％', '97.2 ％', '97.8 ％'],
      '◎',
      '健康づくり課',
    );
    kpi(
      ws,
      9,
      '子育て世代包括支援センター相談件数',
      '820 件',
      ['1,000 件', '1,200 件', '1,350 件', '1,500 件', '1,600 件'],
      ['904 件', '1,037 件', '1,102 件', '1,128 件'],
      '△',
      'こども家庭課',
    );
    kpi(ws, 11, '妊娠8か月時面談実施率', '-', ['-', '-', '85.0 ％', '90.0 ％', '90.0 ％'], ['-', '-', '88.4 ％', '91.3 ％'], '◎', 'こども家庭課');
    kpi(
      ws,
      13,
      '1歳6か月児健康診査受診率',
      '96.0 ％',
      ['97.0 ％', '97.0 ％', '97.5 ％', '98.0 ％', '98.0 ％'],
      ['94.2 ％', '96.3 ％', '95.5 ％', '95.1 ％'],
      '○',
      '健康づくり課',
    );
    box(ws, 4, 1, 14, 10);
    wrap(ws, 4, 1, 14, 10);
    merge(ws, 16, 1, 16, 10, '評価　◎：目標値以上（達成率100％以上）　○：達成率80％以上100％未満　△：達成率60％以上80％未満　×：達成率60％未満');
    merge(ws, 17, 1, 17, 10, '※妊娠8か月時面談は、令和５年１月の伴走型相談支援の開始に伴い令和５年度から指標に追加');
  },
  expected: {
    file: 'h157-senryaku-kpi-kosodate.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, '産後ケア事業利用率', '％', 15.0, 12.4, { existing: '○' }),
      ind(C_SHEET, '乳幼児健康診査の平均受診率', '％', 97.0, 97.8, { existing: '◎' }),
      ind(C_SHEET, '子育て世代包括支援センター相談件数', '件', 1500, 1128, { existing: '△' }),
      ind(C_SHEET, '妊娠8か月時面談実施率', '％', 90.0, 91.3, { existing: '◎' }),
      ind(C_SHEET, '1歳6か月児健康診査受診率', '％', 98.0, 95.1, { existing: '○' }),
    ],
    groups: [],
  },
};

const D_SHEET = '計画の指標';

const planIndicators: Holdout2Workbook = {
  name: 'h157-boshi-keikaku-shihyo',
  layout:
    'D: 母子保健計画（第２次） 成果指標の点検評価（対象：令和４年度実績）, 現況 「91.2⏎（令和元年度）」, 目標（R8）, 実績 with its year, 目指す方向 増加／減少, one 「－」 (調査は令和6年度)',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 30, 34, 6, 8, 14, 10, 14, 26]);
    merge(ws, 1, 1, 1, 9, 'すこやか市母子保健計画（第２次）　成果指標の点検評価');
    merge(ws, 2, 1, 2, 9, '令和５年度点検（対象：令和４年度実績）');
    put(ws, 4, 1, ['No.', '指標', '指標の説明', '単位', '目指す\n方向', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        1,
        '妊娠11週以下での妊娠届出率',
        '妊娠届出のうち妊娠11週以下で届け出た割合',
        '％',
        '増加',
        '91.2\n（令和元年度）',
        95.0,
        '94.1\n（令和4年度）',
        '妊娠届出書',
      ],
      [
        2,
        '4か月児健康診査受診率',
        '4か月児健康診査の対象者のうち受診した者の割合',
        '％',
        '増加',
        '96.8\n（令和元年度）',
        98.0,
        '98.6\n（令和4年度）',
        '乳幼児健康診査実績',
      ],
      [
        3,
        '3歳児でむし歯のない児の割合',
        '3歳児健康診査でむし歯がなかった児の割合',
        '％',
        '増加',
        '86.5\n（令和元年度）',
        90.0,
        '88.2\n（令和4年度）',
        '3歳児健康診査',
      ],
      [
        4,
        '産後1か月時点でEPDS9点以上の産婦の割合',
        'エジンバラ産後うつ病質問票で9点以上だった産婦の割合',
        '％',
        '減少',
        '12.8\n（令和元年度）',
        10.0,
        '11.6\n（令和4年度）',
        '産婦健康診査（1か月）',
      ],
      [
        5,
        'ゆったりとした気分で子どもと過ごせる時間がある母親の割合',
        '乳幼児健診時アンケートで「はい」と回答した母親の割合',
        '％',
        '増加',
        '78.4\n（令和元年度）',
        85.0,
        '－',
        '健やか親子２１アンケート（令和6年度実施予定）',
      ],
      [6, '産後ケア事業利用者数（実人数）', '産後ケア事業を利用した産婦の実人数', '人', '増加', '24\n（令和元年度）', 80, '61\n（令和4年度）', '事業実績'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    box(ws, 4, 1, 10, 9);
    wrap(ws, 4, 1, 10, 9);
  },
  expected: {
    file: 'h157-boshi-keikaku-shihyo.xlsx',
    fiscalYear: 2022,
    indicators: [
      { ...ind(D_SHEET, '妊娠11週以下での妊娠届出率', '％', 95.0, 94.1), targetSource: 'final' },
      { ...ind(D_SHEET, '4か月児健康診査受診率', '％', 98.0, 98.6), targetSource: 'final' },
      { ...ind(D_SHEET, '3歳児でむし歯のない児の割合', '％', 90.0, 88.2), targetSource: 'final' },
      { ...ind(D_SHEET, '産後1か月時点でEPDS9点以上の産婦の割合', '％', 10.0, 11.6, { direction: 'down' }), targetSource: 'final' },
      {
        ...ind(D_SHEET, 'ゆったりとした気分で子どもと過ごせる時間がある母親の割合', '％', 85.0, null, { actualStatus: 'not-applicable' }),
        targetSource: 'final',
      },
      { ...ind(D_SHEET, '産後ケア事業利用者数（実人数）', '人', 80, 61), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectResults, kpiTable, planIndicators];
