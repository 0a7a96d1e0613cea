/**
 * Hold-out 56, traps in the four families: a policy sheet whose 社会増減数 is written with △/▲ (minus), a policy
 * sheet's table with a 「90％以上」 target, a 0人 target that is lower-is-better, a 休止 row and a 達成率 column the
 * department computed the wrong way round, a project table with a crossed-out (strike) row and an actual only in 備考,
 * a KPI table with 速報値 in the cell and a ％ stored as a fraction beside targets typed as 85, a KPI table whose
 * year is only in its sheet name (the next year's 見込 already filled), and plan indicators whose 目標 are formulas
 * pointing at another sheet, 約 in the actuals and a ポイント unit.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put as put0, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** put, leaving '' cells empty. */
const put = (ws: Worksheet, row: number, col: number, values: (string | number | null | undefined)[]) =>
  put0(
    ws,
    row,
    col,
    values.map((v) => (v === '' ? undefined : v)),
  );

const strikeRow = (ws: Worksheet, row: number, c1: number, c2: number) => {
  for (let c = c1; c <= c2; c++) ws.getCell(row, c).font = { strike: true };
};

// ---------------------------------------------------------------------------------------------------------------
// 1. A policy sheet, blocks stacked: △ / ▲ mean minus (社会増減数 −32 against 50: D).
const S1 = '2-3移住定住';
const minusBlocks: [string, string, string, string, (string | number)[], (string | number)[], string][] = [
  ['①', '社会増減数', '転入者数から転出者数を引いた数（住民基本台帳）', '人', ['△85', '△40', '▲12', '△32'], [0, 20, 50, 80, 100], '↑（増加）'],
  ['②', '移住相談件数', '移住・定住相談窓口及び移住フェアでの相談件数', '件', [96, 130, 158, 201], [120, 150, 180, 200, 220], '↑（増加）'],
  ['③', '空き家バンク成約件数', '空き家バンクに登録された物件の売買・賃貸の成約件数', '件', [11, 14, 19, 18], [15, 20, 25, 28, 30], '↑（増加）'],
  ['④', '転出超過数', '20～39歳の転出者数から転入者数を引いた数', '人', [310, 260, 198, 145], [250, 200, 120, 100, 80], '↓（減少：少ないほど良い）'],
  ['⑤', '若者定住奨励金交付件数', '若者定住奨励金（R4創設）の交付決定件数', '件', ['－', '－', 42, 55], ['－', 40, 50, 55, 60], '↑（増加）'],
];
const minusSign: Holdout2Workbook = {
  name: 'h56-a-policy-minus-sign',
  layout: 'policy sheet, five indicator blocks stacked, 社会増減数 written 「△32」「▲12」 (minus), a 転出超過数 marked ↓',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 2, ['令和５年度　施策評価シート']);
    put(ws, 2, 2, ['評価対象期間：令和５年度（令和５年４月１日～令和６年３月31日）']);
    put(ws, 3, 2, ['基本方針', '２', '活力と交流のあるまちづくり']);
    put(ws, 4, 2, ['基本施策', '2-3', '移住・定住の促進']);
    put(ws, 5, 2, ['担当部等', '企画部　地域振興課（関係課：都市計画課、商工観光課）']);
    put(ws, 6, 2, ['達成状況評価']);
    ws.mergeCells(6, 3, 6, 4);
    put(ws, 6, 5, ['前年度評価', '（C）']);
    put(ws, 8, 2, ['■成果指標の状況']);
    let r = 9;
    for (const [no, name, desc, unit, acts, exps, dir] of minusBlocks) {
      put(ws, r, 2, [`指標${no}`, name]);
      ws.mergeCells(r, 3, r, 8);
      put(ws, r + 1, 2, ['指標の説明', desc]);
      ws.mergeCells(r + 1, 3, r + 1, 8);
      put(ws, r + 2, 2, ['単位', unit, '方向', dir]);
      put(ws, r + 3, 3, ['R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
      put(ws, r + 4, 2, ['実績値', ...acts]);
      put(ws, r + 5, 2, ['期待値\n※R7は目標値', undefined, ...exps]);
      put(ws, r + 6, 2, ['備考', no === '①' ? '自然減に加え、R5は大規模事業所の撤退で転出が増えた。' : '']);
      r += 8;
    }
    put(ws, r, 2, ['※「△」「▲」はマイナス（減）を示す。']);
    put(ws, r + 1, 2, ['※方向：↑は数値が大きいほど良い指標、↓は小さいほど良い指標']);
    put(ws, r + 3, 2, ['総合評価（所見）', '相談件数は増加しているが、社会増減はマイナスが続いており、成約件数も伸び悩んでいる。']);
  },
  expected: {
    file: 'h56-a-policy-minus-sign.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '社会増減数', '人', 50, -32),
      ind(S1, '移住相談件数', '件', 180, 201),
      ind(S1, '空き家バンク成約件数', '件', 25, 18),
      ind(S1, '転出超過数', '人', 120, 145, { direction: 'down' }),
      ind(S1, '若者定住奨励金交付件数', '件', 50, 55),
    ],
    groups: [{ sheet: S1, cell: 'C6', grade: rollUp(['D', 'A', 'C', 'B', 'A']) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 2. A policy sheet with an indicator table: 「90％以上」, a 0人 target (↓), a 休止 row with "－", and the
//    department's 達成率 column computed the wrong way round for a ↓ indicator.
const S2 = '施策4-2';
const safetyRows: (string | number)[][] = [
  [1, '自主防災組織の組織率', '％', '↑', 78.2, '90％以上', 86.4, '96.0%', ''],
  [2, '交通事故死者数', '人', '↓', 4, '0人', 2, '－', 'うち高齢者1人'],
  [3, '住宅火災件数', '件', '↓', 18, 12, 14, '116.7%', ''],
  [4, '防災メール登録者数', '人', '↑', 8420, 12000, 11050, '92.1%', ''],
  [5, '防災訓練の実施回数', '回', '↑', 24, 30, '－', '－', '会場（総合体育館）改修工事のため、R5年度は総合防災訓練を休止'],
  [6, '刑法犯認知件数', '件', '↓', 312, 280, 265, '105.7%', '警察署調べ（暦年）'],
];
const safety: Holdout2Workbook = {
  name: 'h56-a-policy-table-zero-target',
  layout: 'policy sheet with an indicator table: 「90％以上」 target, 0人 target ↓, 休止 row "－", 達成率 column inverted for a ↓ row',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['令和５年度　施策評価シート']);
    put(ws, 3, 1, ['施策名', '4-2　安全・安心な暮らしの確保']);
    ws.mergeCells(3, 2, 3, 6);
    put(ws, 4, 1, ['主管課', '危機管理課', undefined, '関係課', '消防本部、道路課、市民協働課']);
    put(ws, 5, 1, ['施策の評価', undefined, undefined, '※A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    ws.mergeCells(5, 2, 5, 3);
    put(ws, 7, 1, ['１　成果指標']);
    put(ws, 8, 1, ['No.', '成果指標名', '単位', '方向', '基準値\n（R3）', 'R5目標値', 'R5実績値', '達成率', '備考']);
    safetyRows.forEach((row, i) => put(ws, 9 + i, 1, row));
    put(ws, 15, 1, ['※方向：↑は高いほど良い、↓は低いほど良い指標。達成率は担当課の算出による。']);
    put(ws, 17, 1, ['２　施策を構成する主な事業']);
    put(ws, 18, 1, ['事業名', undefined, '決算額（千円）', undefined, '担当課']);
    put(ws, 19, 1, ['自主防災組織育成事業', undefined, 3820, undefined, '危機管理課']);
    put(ws, 20, 1, ['防犯灯設置補助事業', undefined, 12450, undefined, '市民協働課']);
    put(ws, 22, 1, ['３　評価の理由', '交通事故死者数は目標の0人に届かなかった。総合防災訓練は休止したが、地区単位の訓練は実施した。']);
  },
  expected: {
    file: 'h56-a-policy-table-zero-target.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '自主防災組織の組織率', '％', 90, 86.4),
      ind(S2, '交通事故死者数', '人', 0, 2, { direction: 'down' }),
      ind(S2, '住宅火災件数', '件', 12, 14, { direction: 'down' }),
      ind(S2, '防災メール登録者数', '人', 12000, 11050),
      ind(S2, '防災訓練の実施回数', '回', 30, null, { actualStatus: 'not-applicable' }),
      ind(S2, '刑法犯認知件数', '件', 280, 265, { direction: 'down' }),
    ],
    groups: [{ sheet: S2, cell: 'B5', grade: rollUp(['B', 'D', 'B', 'B', 'A']) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 3. A project table: one row crossed out (strike, footnote says not evaluated), an actual only in 備考, 約 in an actual.
const S3 = '事業実績';
const projects: [string, string, string, string, string, string, string, string][] = [
  [
    '(1)',
    'ファミリー・サポート・センター事業\n子育ての援助を受けたい人と行いたい人の相互援助活動を支援する。',
    '活動件数 1,410件',
    '活動件数 1,500件',
    '活動件数 1,388件',
    'B',
    '継続',
    '',
  ],
  ['(2)', '病児保育事業\n病気の児童を医療機関併設の施設で一時的に保育する。', '利用者数 612人', '利用者数 700人', '利用者数 655人', 'B', '継続', ''],
  [
    '(3)',
    '子育て支援アプリ配信事業\n子育て情報をスマートフォンアプリで配信する。',
    '登録者数 2,100人',
    '登録者数 3,000人',
    '登録者数 2,450人',
    'C',
    '廃止',
    '(4)に統合',
  ],
  [
    '(4)',
    '子育て情報発信事業\nアプリ、SNS、広報紙で子育て情報を発信する。',
    '－',
    '情報発信回数 48回',
    '',
    'A',
    '拡充',
    '実績：情報発信回数 52回（アプリ配信分を含む）',
  ],
  [
    '(5)',
    '乳幼児健康相談事業\n保健師・栄養士による育児・発育の相談',
    '相談件数 820件',
    '相談件数 800件',
    '相談件数 約760件',
    'B',
    '継続',
    '集計システム更新のため概数',
  ],
  ['(6)', '産後ケア事業\n出産後の母子に心身のケアや育児サポートを行う。', '利用者数 38人', '利用者数 60人', '利用者数 41人', 'A', '拡充', ''],
  ['(7)', '子ども食堂支援事業補助金\n子ども食堂の運営団体に運営費を補助する。', '交付団体数 8団体', '交付団体数 10団体', '交付団体数 10団体', 'A', '継続', ''],
];
const projectStrike: Holdout2Workbook = {
  name: 'h56-b-project-strike-remarks',
  layout: 'project table: a row crossed out with strike-through (footnote: 評価の対象外), one actual only in 備考, 「約760件」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 2, ['令和５年度　推進事業の実績及び自己評価']);
    put(ws, 2, 2, ['基本施策：子育て支援の充実　　担当：子ども未来部 子育て支援課']);
    put(ws, 4, 2, ['No.', '推進事業', 'R4年度実績値', 'R5年度数値目標', 'R5年度実績値', '自己評価', '今後の方向性', '備考']);
    projects.forEach((p, i) => put(ws, 5 + i, 2, p));
    strikeRow(ws, 7, 2, 9);
    put(ws, 13, 2, ['※取り消し線の事業（(3)）は、年度途中で(4)に統合したため評価の対象外とする。']);
    put(ws, 14, 2, ['※自己評価　A：目標達成　B：概ね達成（80％以上）　C：60％以上　D：60％未満又は未実施']);
  },
  expected: {
    file: 'h56-b-project-strike-remarks.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S3, 'ファミリー・サポート・センター事業', '件', 1500, 1388, { existing: 'B' }),
      ind(S3, '病児保育事業', '人', 700, 655, { existing: 'B' }),
      ind(S3, '子育て情報発信事業', '回', 48, 52, { existing: 'A' }),
      ind(S3, '乳幼児健康相談事業', '件', 800, 760, { existing: 'B', actualStatus: 'approximate' }),
      ind(S3, '産後ケア事業', '人', 60, 41, { existing: 'A' }),
      ind(S3, '子ども食堂支援事業補助金', '団体', 10, 10, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 4. A KPI table over period columns: 「15（速報値）」 in a cell, a ％ KPI with targets typed 82…87 and actuals
//    stored as fractions under a % format, a 集計中, a 参考指標 table below.
const S4 = 'KPI';
const kpi: [string, string, (string | number)[], (string | number)[]][] = [
  ['創業件数', '件', [10, 12, 14, 16], [9, 13, '15（速報値）']],
  ['観光入込客数', '千人', [480, 520, 560, 600], [455, 530, 541]],
  ['市内高校生の地元就職率', '％', [82, 84, 85, 87], [0.803, 0.826, 0.812]],
  ['移住者数', '人', [120, 130, 140, 150], [118, 126, '集計中']],
  ['新規就農者数', '人', [6, 6, 7, 8], [4, 7, 5]],
];
const kpiSokuhou: Holdout2Workbook = {
  name: 'h56-c-kpi-fraction-sokuhou',
  layout: 'KPI × 3月末 columns: 「15（速報値）」, ％ actuals stored as fractions (0.812, % format) beside targets typed 85, 集計中, 参考指標 table',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 2, ['第２期まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況']);
    put(ws, 2, 2, ['評価対象：令和５年度（令和６年３月末時点）　　令和６年５月　総合戦略推進会議']);
    put(ws, 4, 2, [
      '基本目標',
      'KPI',
      '単位',
      '区分',
      '基準値\n（令和２年度）',
      '令和４年３月末',
      '令和５年３月末',
      '令和６年３月末',
      '令和７年３月末\n（最終目標）',
      '備考',
    ]);
    const base = [8, 430, 79.5, 104, 5];
    kpi.forEach(([name, unit, tg, ac], i) => {
      const r = 5 + i * 2;
      put(ws, r, 2, [i < 2 ? '１ しごとをつくる' : i < 4 ? '２ ひとの流れをつくる' : '３ 農業を守る', name, unit, '目標値', base[i], ...tg]);
      put(ws, r + 1, 5, ['実績値', undefined, ...ac]);
      ws.mergeCells(r, 3, r + 1, 3);
      ws.mergeCells(r, 4, r + 1, 4);
      ws.mergeCells(r, 6, r + 1, 6);
      if (unit === '％') for (let c = 7; c <= 9; c++) ws.getCell(r + 1, c).numFmt = '0.0%';
    });
    put(ws, 5, 11, ['R6.3末は速報値']);
    put(ws, 11, 11, ['R6.3末は6月確定']);
    put(ws, 16, 2, ['【参考指標】（目標値は設定していない）']);
    put(ws, 17, 3, ['総人口', '人', '実績値', 121004, 119873, 118650, 117402]);
    put(ws, 18, 3, ['合計特殊出生率', '－', '実績値', 1.38, 1.33, 1.31, 1.29]);
  },
  expected: {
    file: 'h56-c-kpi-fraction-sokuhou.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S4, '創業件数', '件', 14, 15, { actualStatus: 'provisional' }),
      ind(S4, '観光入込客数', '千人', 560, 541),
      ind(S4, '市内高校生の地元就職率', '％', 85, 81.2),
      ind(S4, '移住者数', '人', 140, null, { actualStatus: 'pending' }),
      ind(S4, '新規就農者数', '人', 7, 5),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 5. A KPI table whose evaluation year is only in its sheet name (令和５年度評価); R6 already has 見込 figures.
const S5 = '令和５年度評価';
const child: [string, string, string, (number | string)[], (number | string)[]][] = [
  ['子育て支援センター利用者数', '人', '↑', [18000, 18500, 19000, 19500], [16210, 17980, 18420, '19,600（見込）']],
  ['待機児童数', '人', '↓', [5, 3, 0, 0], [7, 4, 0, '0（見込）']],
  ['放課後児童クラブ登録児童数', '人', '↑', [1050, 1100, 1150, 1200], [1032, 1118, 1203, '1,240（見込）']],
  ['子育て世代の転入者数', '人', '↑', [860, 880, 900, 920], [845, 871, 802, '']],
  ['乳幼児健診受診率', '％', '↑', [97.0, 97.5, 98.0, 98.0], [96.1, 97.8, 96.5, '']],
];
const sheetNameYear: Holdout2Workbook = {
  name: 'h56-c-kpi-year-in-sheet-name',
  layout: 'KPI × R3…R6 columns, the year only in the sheet name 「令和５年度評価」, R6 with 見込 figures already, ↓ column',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S5);
    put(ws, 1, 1, ['子ども・子育て分野　総合戦略KPI 進捗管理表']);
    put(ws, 2, 1, ['担当：こども家庭課']);
    put(ws, 4, 1, ['KPI', '単位', '方向', '区分', 'R3年度', 'R4年度', 'R5年度', 'R6年度', '備考']);
    child.forEach(([name, unit, dir, tg, ac], i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [name, unit, dir, '目標', ...tg]);
      put(ws, r + 1, 4, ['実績', ...ac]);
      for (const c of [1, 2, 3]) ws.mergeCells(r, c, r + 1, c);
    });
    put(ws, 7, 9, ['R5は年度途中の入所調整により解消']);
    put(ws, 16, 1, ['※方向：↑は多いほど良い、↓は少ないほど良い。R6年度の実績は見込み。']);
  },
  expected: {
    file: 'h56-c-kpi-year-in-sheet-name.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S5, '子育て支援センター利用者数', '人', 19000, 18420),
      ind(S5, '待機児童数', '人', 0, 0, { direction: 'down' }),
      ind(S5, '放課後児童クラブ登録児童数', '人', 1150, 1203),
      ind(S5, '子育て世代の転入者数', '人', 900, 802),
      ind(S5, '乳幼児健診受診率', '％', 98.0, 96.5),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 6. Plan indicators: 目標（R8） as formulas into another sheet (計画目標値), 「約26,100」, ポイント beside ％.
const S6 = '指標一覧';
const T6 = '計画目標値';
const plan: [string, string, string, string, string, number, boolean, string][] = [
  ['温室効果ガス排出量', '市域から排出される温室効果ガスの量（CO2換算）', '千t-CO2', '↓', '612\n（平成25年度）', 428, true, '498\n（令和5年度）'],
  ['ごみの総排出量', '家庭系と事業系のごみの合計', 't', '↓', '28,450\n（令和元年度）', 25000, true, '約26,100\n（令和5年度）'],
  ['再生可能エネルギー設備導入容量', '市内の太陽光・小水力等の設備容量', 'kW', '↑', '8,200\n（令和2年度）', 15000, true, '15,620\n（令和5年度）'],
  [
    '環境に配慮した行動をしている市民の割合',
    '市民意識調査で「いつも」「ときどき」と答えた割合',
    '％',
    '↑',
    '62.4\n（令和2年度）',
    70,
    false,
    '66.1\n（令和5年度）',
  ],
  ['環境満足度の上昇幅', '市民意識調査の環境満足度の令和2年度からの上昇幅', 'ポイント', '↑', '－', 5, false, '2.1\n（令和5年度）'],
  ['リサイクル率', '資源化量÷ごみの総排出量', '％', '↑', '19.8\n（令和元年度）', 25, true, '約21\n（令和5年度）'],
];
const planFormula: Holdout2Workbook = {
  name: 'h56-d-plan-formula-approx',
  layout: 'plan indicators, 目標（R8） cells are formulas into sheet 計画目標値, 「約26,100」「約21」 actuals, ポイント beside ％',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S6);
    const tg = wb.addWorksheet(T6);
    put(tg, 1, 1, ['第２次環境基本計画　目標値（令和８年度）']);
    put(tg, 3, 1, ['No.', '指標', '単位', '目標値']);
    put(ws, 1, 1, ['第２次環境基本計画　点検評価一覧（令和５年度実績）']);
    put(ws, 2, 1, ['環境政策課']);
    put(ws, 4, 1, ['No.', '指標', '指標の説明', '単位', '方向', '現況（計画策定時）', '目標（R8）', '実績', '現状把握の方法']);
    plan.forEach(([name, desc, unit, dir, base, target, formula, actual], i) => {
      const r = 5 + i;
      put(tg, 4 + i, 1, [i + 1, name, unit, target]);
      put(ws, r, 1, [i + 1, name, desc, unit, dir, base]);
      ws.getCell(r, 7).value = formula ? { formula: `'${T6}'!D${4 + i}`, result: target } : target;
      put(ws, r, 8, [actual, i < 3 || i === 5 ? '環境政策課・清掃センター集計' : '市民意識調査']);
    });
    put(ws, 12, 1, ['※方向：↑は増やす、↓は減らす指標。「約」は端数整理前の概数。']);
  },
  expected: {
    file: 'h56-d-plan-formula-approx.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(S6, '温室効果ガス排出量', '千t-CO2', 428, 498, { direction: 'down' }), targetSource: 'final' },
      { ...ind(S6, 'ごみの総排出量', 't', 25000, 26100, { direction: 'down', actualStatus: 'approximate' }), targetSource: 'final' },
      { ...ind(S6, '再生可能エネルギー設備導入容量', 'kW', 15000, 15620), targetSource: 'final' },
      { ...ind(S6, '環境に配慮した行動をしている市民の割合', '％', 70, 66.1), targetSource: 'final' },
      { ...ind(S6, '環境満足度の上昇幅', 'ポイント', 5, 2.1), targetSource: 'final' },
      { ...ind(S6, 'リサイクル率', '％', 25, 21, { actualStatus: 'approximate' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [minusSign, safety, projectStrike, kpiSokuhou, sheetNameYear, planFormula];
