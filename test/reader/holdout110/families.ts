/**
 * Hold-out set 110, the four families, for a city's road, bridge, river and park maintenance (道路・橋梁・河川・公園の維持管理):
 * a 施策評価シート of two 基本施策 with stacked indicator blocks, a 道路維持課 事業実績 with text figures, an インフラ長寿命化計画
 * KPI table per 3月末, and a 緑の基本計画 plan-indicator table.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const mg = (ws: Worksheet, range: string) => ws.mergeCells(range);

// ---------------------------------------------------------------------------------------------------------------
// A: 基本施策評価シート, two sheets, one indicator block under another (R2 基準値 … R7 目標値), 目指す方向 per block.

interface Block {
  name: string;
  description: string;
  unit: string;
  way: '↑' | '↓';
  actuals: (number | null)[];
  expected: (number | null)[];
  note?: string;
}

const YEARS = ['R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）'];

function policySheet(wb: Workbook, sheet: string, policy: string, measure: string, dept: string, lastGrade: string, blocks: Block[]) {
  const ws = wb.addWorksheet(sheet);
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 14;
  put(ws, 1, 1, ['第２次○○市総合計画　令和６年度 基本施策評価シート　（評価対象期間：令和５年度）']);
  mg(ws, 'A1:L1');
  put(ws, 3, 1, ['基本方針', policy]);
  mg(ws, 'B3:H3');
  put(ws, 3, 10, ['達成状況評価']);
  mg(ws, 'J3:K3');
  put(ws, 3, 13, [`（${lastGrade}）`]);
  put(ws, 4, 1, ['基本施策', measure]);
  mg(ws, 'B4:H4');
  put(ws, 4, 10, ['凡例', 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
  mg(ws, 'K4:N4');
  put(ws, 5, 1, ['担当部等', dept]);
  mg(ws, 'B5:H5');
  put(ws, 5, 10, ['※（　）内は前年度の評価']);
  put(ws, 7, 1, ['■成果指標の推移']);
  const marks = ['①', '②', '③', '④', '⑤', '⑥'];
  let r = 8;
  blocks.forEach((b, i) => {
    put(ws, r, 1, [`成果指標${marks[i]}`, b.name]);
    mg(ws, `B${r}:D${r}`);
    put(ws, r, 5, ['指標の説明', b.description]);
    mg(ws, `F${r}:H${r}`);
    put(ws, r, 9, ['目指す方向', b.way]);
    put(ws, r + 1, 1, ['単位', '', ...YEARS]);
    put(ws, r + 2, 1, [b.unit, '実績値', ...b.actuals]);
    put(ws, r + 3, 2, ['期待値\n※R7は目標値', ...b.expected]);
    mg(ws, `A${r + 2}:A${r + 3}`);
    put(ws, r + 4, 1, ['備　考', b.note ?? '']);
    mg(ws, `B${r + 4}:H${r + 4}`);
    r += 6;
  });
  put(ws, r, 1, ['目指す方向：↑ 数値が大きいほど良い　↓ 数値が小さいほど良い']);
  put(ws, r + 2, 1, ['総合評価', '']);
  mg(ws, `B${r + 2}:L${r + 2}`);
  put(ws, r + 3, 1, ['内部要因', '']);
  mg(ws, `B${r + 3}:L${r + 3}`);
  put(ws, r + 4, 1, ['外部要因', '資材価格の高騰及び技術者不足により、入札不調が増加している。']);
  mg(ws, `B${r + 4}:L${r + 4}`);
  put(ws, r + 5, 1, ['今後の方向性', '']);
  mg(ws, `B${r + 5}:L${r + 5}`);
}

const road: Block[] = [
  {
    name: '健全度Ⅲ判定橋梁の修繕完了数（累計）',
    description: '橋梁長寿命化修繕計画で早期措置段階（健全度Ⅲ）と判定された橋梁のうち、修繕工事を完了した橋数の累計',
    unit: '橋',
    way: '↑',
    actuals: [8, 12, 17, 21, null, null],
    expected: [null, 12, 18, 24, 30, 36],
    note: 'R5は2橋が入札不調により翌年度へ繰越',
  },
  {
    name: '道路照明のLED化率',
    description: '市が管理する道路照明灯のうちLED灯の割合（各年度末）',
    unit: '％',
    way: '↑',
    actuals: [38.5, 45.1, 55.0, 64.2, null, null],
    expected: [null, 45, 52, 60, 70, 80],
  },
  {
    name: '舗装補修延長（累計）',
    description: '舗装個別施設計画に基づき打換え・切削オーバーレイを行った延長の累計（R2からの累計）',
    unit: 'km',
    way: '↑',
    actuals: [3.2, 6.8, 9.9, 13.1, null, null],
    expected: [null, 6.0, 12.0, 18.0, 24.0, 30.0],
  },
  {
    name: '道路の損傷に起因する事故件数',
    description: '道路の穴ぼこ・段差等の管理瑕疵による物損・人身事故の件数',
    unit: '件',
    way: '↓',
    actuals: [11, 9, 8, 7, null, null],
    expected: [null, 9, 7, 5, 4, 3],
  },
  {
    name: '通報から補修完了までの平均日数',
    description: '市民通報・道路パトロールで把握した損傷について、受付から補修完了までに要した日数の平均',
    unit: '日',
    way: '↓',
    actuals: [9.8, 8.5, 7.4, 6.2, null, null],
    expected: [null, 9.0, 8.0, 7.0, 6.5, 6.0],
  },
];

const water: Block[] = [
  {
    name: '準用河川の改修延長（累計）',
    description: '準用河川改修事業による河道拡幅・護岸整備の完了延長（累計）',
    unit: 'km',
    way: '↑',
    actuals: [4.9, 5.3, 5.8, 6.1, null, null],
    expected: [null, 5.2, 5.8, 6.4, 7.0, 7.6],
    note: 'R4から西川第２工区に着手',
  },
  {
    name: '遊具更新数（累計）',
    description: '公園施設長寿命化計画に基づき更新した遊具の基数（累計）',
    unit: '基',
    way: '↑',
    actuals: [20, 31, 42, 52, null, null],
    expected: [null, 30, 39, 48, 57, 66],
  },
  {
    name: '公園愛護会の登録団体数',
    description: '公園の清掃・除草等を行う公園愛護会として登録している団体の数',
    unit: '団体',
    way: '↑',
    actuals: [38, 39, 40, 41, null, null],
    expected: [null, 45, 52, 60, 65, 70],
  },
  {
    name: '街路樹の倒木・落枝による事故件数',
    description: '街路樹の倒木・落枝により通行者・車両に被害が生じた件数',
    unit: '件',
    way: '↓',
    actuals: [3, 1, 2, 0, null, null],
    expected: [null, 2, 1, 1, 0, 0],
  },
];

const roadGrades = [
  ind('3-2', '健全度Ⅲ判定橋梁の修繕完了数（累計）', '橋', 24, 21),
  ind('3-2', '道路照明のLED化率', '％', 60, 64.2),
  ind('3-2', '舗装補修延長（累計）', 'km', 18, 13.1),
  ind('3-2', '道路の損傷に起因する事故件数', '件', 5, 7, { direction: 'down' }),
  ind('3-2', '通報から補修完了までの平均日数', '日', 7, 6.2, { direction: 'down' }),
];
const waterGrades = [
  ind('3-3', '準用河川の改修延長（累計）', 'km', 6.4, 6.1),
  ind('3-3', '遊具更新数（累計）', '基', 48, 52),
  ind('3-3', '公園愛護会の登録団体数', '団体', 60, 41),
  ind('3-3', '街路樹の倒木・落枝による事故件数', '件', 1, 0, { direction: 'down' }),
];

const policy: Holdout2Workbook = {
  name: 'h110-shisaku-doro-kasen',
  layout:
    "A: two 基本施策 sheets (3-2 道路・橋梁, 3-3 河川・公園), indicator blocks stacked one under another, R2（基準値）〜R7（目標値）, 目指す方向 ↑／↓ with its legend, empty 達成状況評価 beside last year's （B）/（C）",
  build(wb) {
    policySheet(wb, '3-2', '3　安全・安心で快適に暮らせるまち', '3-2　安全で快適な道路環境の確保', '建設部（道路維持課・道路建設課）', 'B', road);
    policySheet(wb, '3-3', '3　安全・安心で快適に暮らせるまち', '3-3　水辺と公園の安全で快適な利用', '建設部（河川課・公園緑地課）', 'C', water);
  },
  expected: {
    file: 'h110-shisaku-doro-kasen.xlsx',
    fiscalYear: 2023,
    indicators: [...roadGrades, ...waterGrades],
    groups: [
      { sheet: '3-2', cell: 'L3', grade: rollUp(roadGrades.map((i) => i.grade)) },
      { sheet: '3-3', cell: 'L3', grade: rollUp(waterGrades.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// B: 事務事業実績 of the 道路維持課, targets and actuals written as text, one cell with two measures, one 未実施.

const projects: [string, string, string, string, string, string, string, string][] = [
  [
    'D-01',
    '橋梁長寿命化修繕事業',
    '健全度Ⅲの橋梁について、長寿命化修繕計画に基づき修繕工事を行う。',
    '修繕工事 5橋',
    '修繕工事 8橋',
    '修繕工事 6橋',
    'B',
    '2橋は入札不調により翌年度へ繰越',
  ],
  ['D-02', '橋梁定期点検事業', '道路法に基づき、5年に1回の近接目視による定期点検を行う。', '63橋', '近接目視点検 62橋', '近接目視点検 62橋', 'A', ''],
  [
    'D-03',
    '舗装修繕事業',
    '舗装個別施設計画に基づき、MCIの低い区間から打換え・切削オーバーレイを行う。',
    '打換え 1.8km\nオーバーレイ 4.7km',
    '打換え 2.4km\nオーバーレイ 5.0km',
    '打換え 2.1km\nオーバーレイ 5.6km',
    'A',
    '',
  ],
  [
    'D-04',
    '道路パトロール事業',
    '市道の損傷・不具合を早期に発見するため、パトロール車による巡回を行う。',
    'パトロール 236回',
    'パトロール 240回',
    'パトロール 251回（うち夜間 24回）',
    'A',
    '',
  ],
  [
    'D-05',
    '道路照明LED化事業',
    '水銀灯・ナトリウム灯をLED灯へ計画的に更新する。',
    'LED灯へ更新 365基',
    'LED灯へ更新 400基',
    'LED灯へ更新 312基',
    'B',
    '器具の納期遅延',
  ],
  ['D-06', '道路反射鏡更新事業', '老朽化したカーブミラーを更新する。', '更新 28基', '更新 30基', '未実施', 'D', '入札不調のため未実施（R6に実施予定）'],
  ['D-07', '側溝改良事業', '蓋のない側溝を蓋付きＵ字溝に改良する。', '改良延長 1,150ｍ', '改良延長 1,200ｍ', '改良延長 1,020ｍ', 'B', ''],
  ['D-08', '道路附属物点検事業', '道路標識・道路照明柱の定期点検を行う。', '142基', '標識・照明柱 150基', '168基', 'A', ''],
  [
    'D-09',
    '道路損傷通報対応事業',
    '市民からの通報（LINE通報を含む）を受け、損傷箇所を補修する。',
    '平均 7.4日',
    '平均補修日数 7日以内',
    '平均 6.2日',
    'A',
    'LINE通報 412件（全体の32％）',
  ],
];

const projectTable: Holdout2Workbook = {
  name: 'h110-jigyo-doro-iji',
  layout:
    'B: 道路維持課 事務事業実績, 【code】name⏎概要 in one cell, 令和5年度 merged over 数値目標｜実績値 as text (「修繕工事 8橋」「改良延長 1,200ｍ」「平均補修日数 7日以内」), one cell of 打換え／オーバーレイ, 「251回（うち夜間 24回）」, 未実施',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    ws.getColumn(2).width = 40;
    put(ws, 1, 1, ['令和５年度　事務事業実績報告書（建設部 道路維持課）']);
    mg(ws, 'A1:H1');
    put(ws, 2, 7, ['自己評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    put(ws, 3, 1, ['No.', '事業名・概要', '令和４年度\n実績', '令和５年度', '', '自己評価', '今後の方向性', '備考']);
    put(ws, 4, 4, ['数値目標', '実績値']);
    mg(ws, 'D3:E3');
    for (const c of ['A', 'B', 'C', 'F', 'G', 'H']) mg(ws, `${c}3:${c}4`);
    const ways = ['継続', '継続', '拡充', '継続', '継続', '継続', '見直し', '継続', '拡充'];
    projects.forEach(([code, name, summary, last, target, actual, grade, note], i) => {
      put(ws, 5 + i, 1, [i + 1, `【${code}】${name}\n${summary}`, last, target, actual, grade, ways[i], note]);
    });
  },
  expected: {
    file: 'h110-jigyo-doro-iji.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業実績', '橋梁長寿命化修繕事業', '橋', 8, 6, { existing: 'B' }),
      ind('事業実績', '橋梁定期点検事業', '橋', 62, 62, { existing: 'A' }),
      {
        sheet: '事業実績',
        name: '舗装修繕事業',
        measures: [
          { label: '打換え', target: 2.4, actual: 2.1, unit: 'km' },
          { label: 'オーバーレイ', target: 5.0, actual: 5.6, unit: 'km' },
        ],
        existing: 'A',
        grade: 'B',
      },
      ind('事業実績', '道路パトロール事業', '回', 240, 251, { existing: 'A' }),
      ind('事業実績', '道路照明LED化事業', '基', 400, 312, { existing: 'B' }),
      ind('事業実績', '道路反射鏡更新事業', '基', 30, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind('事業実績', '側溝改良事業', 'm', 1200, 1020, { existing: 'B' }),
      ind('事業実績', '道路附属物点検事業', '基', 150, 168, { existing: 'A' }),
      ind('事業実績', '道路損傷通報対応事業', '日', 7, 6.2, { existing: 'A', direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// C: インフラ長寿命化計画 KPI, 目標値 and 実績値 rows per KPI under 3月末 columns, values with units in the cells.

const kpis: [string, (string | number)[], (string | number)[], string][] = [
  ['健全度Ⅲ判定橋梁の修繕着手率', ['40.0 ％', '55.0 ％', '70.0 ％', '85.0 ％'], ['42.9 ％', '51.7 ％', '58.3 ％', ''], ''],
  ['道路照明のLED化率', ['50.0 ％', '60.0 ％', '70.0 ％', '80.0 ％'], ['52.4 ％', '61.0 ％', '71.5 ％', ''], ''],
  ['舗装MCI5.0以上の延長割合', ['－', '－', '75.0 ％', '80.0 ％'], ['70.2 ％', '72.8 ％', '73.9 ％', ''], 'R5路面性状調査から目標設定'],
  ['通報から補修完了までの平均日数', ['10 日', '9 日', '8 日', '7 日'], ['10.8 日', '9.9 日', '9.4 日', ''], '日数の短縮を目指す'],
  ['公園遊具の安全基準不適合数', ['30 基', '20 基', '10 基', '0 基'], ['34 基', '21 基', '12 基', ''], '不適合数の減少を目指す'],
  ['河川改修延長（累計）', ['12.0 km', '12.8 km', '13.6 km', '14.4 km'], ['12.1 km', '12.9 km', '13.6 km', ''], ''],
  ['街路樹の計画的更新本数（累計）', ['－', '－', '－', '－'], ['60 本', '115 本', '180 本', ''], '街路樹再生計画の策定中のため目標値未設定'],
];

const kpiTable: Holdout2Workbook = {
  name: 'h110-kpi-chojumyoka',
  layout:
    'C: インフラ長寿命化計画 KPI, 目標値／実績値 rows under 令和4年3月末〜令和7年3月末（目標年次）, 「58.3 ％」「9.4 日」 in the cells, 減少 in 備考, 「－」 targets and one KPI with no target at all',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    ws.getColumn(2).width = 34;
    put(ws, 1, 1, ['○○市インフラ長寿命化計画（行動計画）　重要業績評価指標（KPI）の進捗状況']);
    mg(ws, 'A1:H1');
    put(ws, 2, 1, ['（令和6年3月末現在）']);
    put(ws, 4, 1, ['No.', 'KPI', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末\n（目標年次）', '備考']);
    kpis.forEach(([name, targets, actuals, note], i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [i + 1, name, '目標値', ...targets, note]);
      put(ws, r + 1, 1, [i + 1, name, '実績値', ...actuals]);
      mg(ws, `A${r}:A${r + 1}`);
      mg(ws, `B${r}:B${r + 1}`);
      mg(ws, `H${r}:H${r + 1}`);
    });
    put(ws, 5 + kpis.length * 2 + 1, 1, ['※実績値は各年3月末時点。出典：道路台帳、橋梁点検結果、公園施設台帳']);
  },
  expected: {
    file: 'h110-kpi-chojumyoka.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI', '健全度Ⅲ判定橋梁の修繕着手率', '％', 70, 58.3),
      ind('KPI', '道路照明のLED化率', '％', 70, 71.5),
      ind('KPI', '舗装MCI5.0以上の延長割合', '％', 75, 73.9),
      ind('KPI', '通報から補修完了までの平均日数', '日', 8, 9.4, { direction: 'down' }),
      ind('KPI', '公園遊具の安全基準不適合数', '基', 10, 12, { direction: 'down' }),
      ind('KPI', '河川改修延長（累計）', 'km', 13.6, 13.6),
      ind('KPI', '街路樹の計画的更新本数（累計）', '本', null, 180),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// D: 緑の基本計画・公園施設長寿命化計画 成果指標の点検評価, 現況 and 実績 with their years in the cells, final 目標（R9）.

const planRows: [string, string, string, string, number, string, string, string][] = [
  ['都市公園の市民1人当たり面積', '都市公園面積÷住民基本台帳人口', '㎡', '9.8\n（令和2年度）', 10.5, '10.1\n（令和5年度）', '概ね順調', '公園台帳'],
  [
    '遊具の更新数（累計）',
    '公園施設長寿命化計画に基づき更新した遊具の基数',
    '基',
    '35\n（令和2年度）',
    120,
    '88\n（令和5年度）',
    'やや遅れている',
    '公園施設台帳',
  ],
  [
    '健全度判定C・Dの公園施設数',
    '健全度調査でC（要修繕）・D（要更新）と判定された施設の数。減少を目指す。',
    '施設',
    '142\n（令和2年度）',
    60,
    '97\n（令和5年度）',
    '概ね順調',
    '公園施設健全度調査',
  ],
  ['公園愛護団体数', '公園愛護会・アダプト団体として登録している団体の数', '団体', '52\n（令和2年度）', 70, '56\n（令和5年度）', '概ね順調', '公園緑地課調べ'],
  ['河川愛護活動の参加者数', '河川一斉清掃・河川愛護デーの参加者数', '人', '3,210\n（令和元年度）', 4000, '集計中', '－', '河川課調べ'],
  ['水辺の散策路整備延長（累計）', '河川沿いの散策路・親水護岸の整備延長', 'km', '4.2\n（令和2年度）', 8.0, '8.3\n（令和5年度）', '順調', '河川課調べ'],
  [
    '公園の修繕要望への対応日数（平均）',
    '公園施設の修繕要望の受付から対応完了までの平均日数。短縮を目指す。',
    '日',
    '14\n（令和2年度）',
    7,
    '9\n（令和5年度）',
    'やや遅れている',
    '要望管理システム',
  ],
  [
    '街路樹診断の実施本数（累計）',
    '樹木医による街路樹の健全度診断を行った本数',
    '本',
    '0\n（令和2年度）',
    2400,
    '1,560\n（令和5年度）',
    'やや遅れている',
    '公園緑地課調べ',
  ],
];

const planTable: Holdout2Workbook = {
  name: 'h110-midori-keikaku',
  layout:
    'D: 緑の基本計画・公園施設長寿命化計画 成果指標の点検評価, 単位 column, 現況（計画策定時） and 実績 with 「（令和5年度）」 in the cell, 目標（R9）, 達成状況 words, 減少／短縮 in 指標の説明, 集計中',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    ws.getColumn(2).width = 30;
    ws.getColumn(3).width = 40;
    put(ws, 1, 1, ['第２次○○市緑の基本計画（公園施設長寿命化計画を含む）　成果指標の点検評価']);
    mg(ws, 'A1:I1');
    put(ws, 2, 1, ['計画期間：令和3年度〜令和9年度　　点検対象：令和5年度実績']);
    put(ws, 4, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R9）', '実績', '達成状況', '現状把握の方法']);
    planRows.forEach((row, i) => put(ws, 5 + i, 1, [i + 1, ...row]));
    put(ws, 5 + planRows.length + 1, 1, ['※達成状況：順調／概ね順調／やや遅れている／遅れている（担当課評価）']);
  },
  expected: {
    file: 'h110-midori-keikaku.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind('成果指標', '都市公園の市民1人当たり面積', '㎡', 10.5, 10.1, { existing: 'B' }), targetSource: 'final' },
      { ...ind('成果指標', '遊具の更新数（累計）', '基', 120, 88, { existing: 'C' }), targetSource: 'final' },
      { ...ind('成果指標', '健全度判定C・Dの公園施設数', '施設', 60, 97, { existing: 'B', direction: 'down' }), targetSource: 'final' },
      { ...ind('成果指標', '公園愛護団体数', '団体', 70, 56, { existing: 'B' }), targetSource: 'final' },
      { ...ind('成果指標', '河川愛護活動の参加者数', '人', 4000, null, { actualStatus: 'pending' }), targetSource: 'final' },
      { ...ind('成果指標', '水辺の散策路整備延長（累計）', 'km', 8, 8.3, { existing: 'A' }), targetSource: 'final' },
      { ...ind('成果指標', '公園の修繕要望への対応日数（平均）', '日', 7, 9, { existing: 'C', direction: 'down' }), targetSource: 'final' },
      { ...ind('成果指標', '街路樹診断の実施本数（累計）', '本', 2400, 1560, { existing: 'C' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, projectTable, kpiTable, planTable];
