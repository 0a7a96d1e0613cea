/**
 * Hold-out set 175, the four families, as offices in charge of 学校施設の長寿命化・学校統廃合・通学支援 write them: a 令和４年度
 * 施策評価シート with stacked indicator blocks (期待値／実績値 rows H30（基準値）…R6（目標値）), a 令和６年度 事業実績 of 学校施設・
 * 通学支援 projects with text figures, a 学校教育環境 KPI table with 目標値／実績値 rows per 年3月末 and ◎○△× with a legend, and a
 * 学校施設長寿命化計画 indicator table (現況 and 実績 with their year in the cell).
 */
import type { Workbook } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 施策評価シート (family A): one 施策, stacked blocks H30（基準値）…R6（目標値）, 期待値 and 実績値 rows, one 集計中.

interface Block {
  name: string;
  desc: string;
  unit: string;
  way: '増やす' | '減らす';
  base: number;
  /** 期待値 R1…R6 (R6 is the 目標値). */
  expect: number[];
  /** 実績値 R1…R4. */
  actual: (number | string)[];
  note?: string;
}

const BLOCKS: Block[] = [
  {
    name: '長寿命化改修を完了した校舎・屋内運動場の棟数',
    desc: '学校施設長寿命化計画に基づき長寿命化改修（躯体の健全化・ライフラインの更新）を完了した棟数（累計）',
    unit: '棟',
    way: '増やす',
    base: 0,
    expect: [1, 2, 4, 6, 8, 10],
    actual: [1, 2, 3, 5],
    note: 'R4は中央小学校北校舎の工期が翌年度に延伸',
  },
  {
    name: '小中学校のトイレ洋式化率',
    desc: '市立小中学校の児童生徒用便器のうち洋式便器の割合',
    unit: '％',
    way: '増やす',
    base: 48.6,
    expect: [55, 60, 66, 72, 80, 90],
    actual: [54.1, 61.8, 67.5, 74.3],
  },
  {
    name: '屋内運動場の空調設備設置率',
    desc: '避難所に指定されている小中学校の屋内運動場のうち空調設備を設置した割合',
    unit: '％',
    way: '増やす',
    base: 0,
    expect: [0, 10, 25, 40, 60, 80],
    actual: [0, 8, 20, 25],
  },
  {
    name: '施設の老朽化に起因する事故・故障件数',
    desc: '外壁落下、漏水、設備故障など老朽化が原因で授業に支障が生じた件数（年度）',
    unit: '件',
    way: '減らす',
    base: 9,
    expect: [8, 7, 5, 3, 2, 1],
    actual: [8, 6, 5, 4],
  },
  {
    name: 'スクールバス利用者の満足度',
    desc: 'スクールバス利用世帯アンケートで「満足」「やや満足」と回答した割合',
    unit: '％',
    way: '増やす',
    base: 71.2,
    expect: [73, 75, 77, 80, 82, 85],
    actual: [74.0, 76.9, 78.3, '集計中'],
    note: 'アンケートは３月実施、結果は５月に判明',
  },
];

const SHEET_A = '施策2-3';

function policySheet(wb: Workbook): void {
  const ws = wb.addWorksheet(SHEET_A);
  widths(ws, [12, 10, 10, 10, 10, 10, 10, 12, 12, 10, 12]);
  merge(ws, 1, 1, 1, 11, '施策評価シート（令和４年度評価）');
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  merge(ws, 2, 1, 2, 11, '評価対象年度：令和４年度');
  put(ws, 3, 1, ['政策']);
  merge(ws, 3, 2, 3, 7, '２　未来を担う子どもを育むまち');
  put(ws, 3, 8, ['施策の達成状況']);
  put(ws, 3, 10, ['（B）']);
  put(ws, 3, 11, ['※（ ）は前年度']);
  put(ws, 4, 1, ['施策']);
  merge(ws, 4, 2, 4, 7, '2-3　安全で快適な学校教育環境の整備');
  put(ws, 4, 8, ['主管課']);
  merge(ws, 4, 9, 4, 11, '教育委員会事務局　教育総務課');
  put(ws, 5, 1, ['関係課']);
  merge(ws, 5, 2, 5, 11, '学校教育課、財産管理課');
  box(ws, 3, 1, 5, 11);
  put(ws, 7, 1, ['■施策の成果指標']);
  let r = 8;
  BLOCKS.forEach((b, i) => {
    put(ws, r, 1, [`成果指標${'①②③④⑤'[i]}`]);
    merge(ws, r, 2, r, 6, b.name);
    put(ws, r, 7, ['単位', b.unit, '方向性', b.way]);
    put(ws, r + 1, 1, ['指標の説明']);
    merge(ws, r + 1, 2, r + 1, 11, b.desc);
    put(ws, r + 2, 1, ['区分', 'H30\n（基準値）', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6\n（目標値）']);
    merge(ws, r + 2, 9, r + 2, 11, '備考');
    put(ws, r + 3, 1, ['期待値\n※R6は目標値', '－', ...b.expect]);
    put(ws, r + 4, 1, ['実績値', b.base, ...b.actual]);
    merge(ws, r + 3, 9, r + 4, 11, b.note ?? '');
    wrap(ws, r + 2, 1, r + 4, 8);
    box(ws, r, 1, r + 4, 11);
    r += 6;
  });
  put(ws, r, 1, ['■施策の評価']);
  merge(ws, r + 1, 1, r + 1, 2, '成果と課題');
  merge(
    ws,
    r + 1,
    3,
    r + 1,
    11,
    'トイレ洋式化は計画を上回ったが、長寿命化改修は工期延伸により１棟の遅れが生じた。空調設備は資材価格高騰の影響で設置数が伸びなかった。',
  );
  merge(ws, r + 2, 1, r + 2, 2, '今後の方向性');
  merge(ws, r + 2, 3, r + 2, 11, '学校再編計画と整合を図りながら、改修の優先順位を見直す。');
  box(ws, r + 1, 1, r + 2, 11);
  ws.getRow(r + 1).height = 40;
}

const SEISAKU_FACTS: ExpectedIndicator[] = BLOCKS.map((b) => {
  const a = b.actual[3];
  const direction = b.way === '減らす' ? 'down' : 'up';
  if (typeof a === 'string') return ind(SHEET_A, b.name, b.unit, b.expect[3], null, { direction, actualStatus: 'pending' });
  return ind(SHEET_A, b.name, b.unit, b.expect[3], a, { direction });
});

const seisaku: Holdout2Workbook = {
  name: 'h175-seisaku-gakko',
  layout:
    "施策評価シート 令和４年度評価, one 施策 (2-3 学校教育環境の整備), five stacked blocks 成果指標①… with 単位 and 方向性 増やす／減らす, H30（基準値）…R6（目標値） columns, 「期待値⏎※R6は目標値」 and 実績値 rows, R5/R6 empty, one 集計中, an empty 施策の達成状況 beside last year's 「（B）」",
  build: policySheet,
  expected: {
    file: 'h175-seisaku-gakko.xlsx',
    fiscalYear: 2022,
    indicators: SEISAKU_FACTS,
    groups: [{ sheet: SHEET_A, cell: 'I3', grade: rollUp(SEISAKU_FACTS.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 事業実績 (family B): one row per 推進事業, R6年度数値目標 and R6年度実績値 as text, two measures in a cell, 未実施.

interface Project {
  code: string;
  name: string;
  about: string;
  last: string;
  target: string;
  actual: string;
  self: string;
}

const PROJECTS: Project[] = [
  {
    code: '2-3-1',
    name: '学校施設長寿命化改修事業',
    about: '築40年を超える校舎の長寿命化改修を計画的に実施する。',
    last: '改修 2校',
    target: '改修 2校',
    actual: '改修 2校',
    self: 'A',
  },
  {
    code: '2-3-2',
    name: '通学路安全対策事業',
    about: '通学路合同点検を実施し、危険箇所の対策（防護柵・路面標示等）を関係機関と進める。',
    last: '合同点検 1回／対策 12箇所',
    target: '合同点検 1回／対策 15箇所',
    actual: '合同点検 1回／対策 11箇所',
    self: 'B',
  },
  {
    code: '2-3-3',
    name: 'スクールバス運行事業',
    about: '学校統合に伴い遠距離となった児童生徒の通学のためスクールバスを運行する。',
    last: '8路線',
    target: '運行路線 8路線',
    actual: '運行路線 9路線',
    self: 'A',
  },
  {
    code: '2-3-4',
    name: '遠距離通学費補助事業',
    about: '路線バス等で通学する遠距離通学者の定期券購入費を補助する。',
    last: '104人',
    target: '補助対象者 120人',
    actual: '補助対象者 97人',
    self: 'B',
  },
  {
    code: '2-3-5',
    name: '学校再編地域説明会開催事業',
    about: '学校再編計画（第２期）の素案について地域説明会を開催する。',
    last: '－',
    target: '説明会 6回',
    actual: '未実施',
    self: 'D',
  },
  {
    code: '2-3-6',
    name: '閉校施設利活用推進事業',
    about: '閉校となった校舎・体育館の利活用を地域・民間事業者と検討する。',
    last: '1施設',
    target: '利活用決定 2施設',
    actual: '利活用決定 1施設',
    self: 'C',
  },
  {
    code: '2-3-7',
    name: '学校照明LED化事業',
    about: '小中学校の照明をLED照明に更新する。',
    last: '3校',
    target: '改修 5校',
    actual: '改修 4校（うち1校は翌年度へ繰越）',
    self: 'B',
  },
  {
    code: '2-3-8',
    name: '学校トイレ洋式化事業',
    about: '児童生徒用トイレの洋式化と乾式化を進める。',
    last: '38基',
    target: '洋式化 40基',
    actual: '洋式化 46基',
    self: 'A',
  },
];

const JIGYO_FACTS: ExpectedIndicator[] = [
  ind('事業実績', '学校施設長寿命化改修事業', '校', 2, 2, { existing: 'A' }),
  {
    sheet: '事業実績',
    name: '通学路安全対策事業',
    measures: [
      { label: '合同点検', target: 1, actual: 1, unit: '回' },
      { label: '対策', target: 15, actual: 11, unit: '箇所' },
    ],
    direction: 'up',
    existing: 'B',
    grade: 'C',
  },
  ind('事業実績', 'スクールバス運行事業', '路線', 8, 9, { existing: 'A' }),
  ind('事業実績', '遠距離通学費補助事業', '人', 120, 97, { existing: 'B' }),
  ind('事業実績', '学校再編地域説明会開催事業', '回', 6, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind('事業実績', '閉校施設利活用推進事業', '施設', 2, 1, { existing: 'C' }),
  ind('事業実績', '学校照明LED化事業', '校', 5, 4, { existing: 'B' }),
  ind('事業実績', '学校トイレ洋式化事業', '基', 40, 46, { existing: 'A' }),
];

const jigyo: Holdout2Workbook = {
  name: 'h175-jigyo-gakko',
  layout:
    '事業実績 令和６年度 of 学校施設・通学支援 projects: No.｜推進事業 (code, name, 【概要】 in one cell)｜R5年度実績値｜R6年度数値目標｜R6年度実績値 as text (「合同点検 1回／対策 11箇所」 two measures, 「改修 4校（うち1校は翌年度へ繰越）」)｜自己評価, one 未実施, a 評価基準 note',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    widths(ws, [5, 46, 18, 22, 26, 10]);
    merge(ws, 1, 1, 1, 6, '第２期教育振興基本計画　推進事業の実績（令和６年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['施策2-3　安全で快適な学校教育環境の整備']);
    put(ws, 3, 1, ['No.', '推進事業', 'R5年度実績値', 'R6年度数値目標', 'R6年度実績値', '自己評価']);
    PROJECTS.forEach((p, i) => {
      put(ws, 4 + i, 1, [i + 1, `${p.code}\n${p.name}\n【概要】${p.about}`, p.last, p.target, p.actual, p.self]);
      ws.getRow(4 + i).height = 54;
    });
    const end = 3 + PROJECTS.length;
    wrap(ws, 3, 1, end, 6);
    box(ws, 3, 1, end, 6);
    merge(ws, end + 2, 1, end + 2, 6, '※自己評価　Ａ：目標を達成　Ｂ：概ね達成（80％以上）　Ｃ：やや遅れ（60％以上）　Ｄ：遅れ（60％未満）・未実施');
  },
  expected: { file: 'h175-jigyo-gakko.xlsx', fiscalYear: 2024, indicators: JIGYO_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. KPI table (family C): 目標値／実績値 rows per KPI, period columns 令和3年3月末…令和6年3月末, values with units, ◎○△×.

interface Kpi {
  name: string;
  unit: string;
  down?: boolean;
  targets: (number | null)[];
  actuals: (number | null)[];
  mark: string;
}

const KPIS: Kpi[] = [
  { name: '長寿命化計画に基づく改修済学校数', unit: '校', targets: [null, 4, 6, 8], actuals: [2, 4, 5, null], mark: '○' },
  { name: '通学路危険箇所の対策完了率', unit: '％', targets: [null, 60, 75, 90], actuals: [48, 63, 71.4, null], mark: '○' },
  { name: 'スクールバス等による通学支援対象児童生徒数', unit: '人', targets: [null, 350, 380, 400], actuals: [320, 361, 392, null], mark: '◎' },
  { name: '学校再編計画に基づく統合校数', unit: '校', targets: [null, 1, 2, 3], actuals: [0, 1, 1, null], mark: '×' },
  { name: '児童生徒１人当たり学校施設維持管理費', unit: '千円', down: true, targets: [null, 98, 96, 94], actuals: [101, 99, 97.5, null], mark: '○' },
];

const MARK_LETTER: Record<string, string> = { '◎': 'A', '○': 'B', '△': 'C', '×': 'D' };
const cellOf = (v: number | null, unit: string) => (v === null ? '-' : `${v} ${unit}`);

const KPI_FACTS: ExpectedIndicator[] = KPIS.map((k) =>
  ind('KPI', k.name, k.unit, k.targets[2], k.actuals[2], { direction: k.down ? 'down' : 'up', existing: MARK_LETTER[k.mark] }),
);

const kpi: Holdout2Workbook = {
  name: 'h175-kpi-kyoiku',
  layout:
    'まち・ひと・しごと創生 KPI 進捗 (令和5年3月末現在): KPI｜区分 目標値／実績値｜令和3年3月末…令和6年3月末 with 「6 校」「71.4 ％」, 「-」 where no target, a 目指す方向 column ↑／↓, 評価 ◎○△× with a legend giving bands and words',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    widths(ws, [5, 34, 8, 10, 13, 13, 13, 13, 8]);
    merge(ws, 1, 1, 1, 9, '基本目標２　重要業績評価指標（KPI）の進捗状況（令和5年3月末現在）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['No.', 'KPI', '方向', '区分', '令和3年3月末', '令和4年3月末', '令和5年3月末', '令和6年3月末', '評価']);
    KPIS.forEach((k, i) => {
      const r = 4 + 2 * i;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, k.name);
      merge(ws, r, 3, r + 1, 3, k.down ? '↓' : '↑');
      put(ws, r, 4, ['目標値', ...k.targets.map((v) => cellOf(v, k.unit))]);
      put(ws, r + 1, 4, ['実績値', ...k.actuals.map((v) => (v === null ? undefined : cellOf(v, k.unit)))]);
      merge(ws, r, 9, r + 1, 9, k.mark);
    });
    const end = 3 + 2 * KPIS.length;
    box(ws, 3, 1, end, 9);
    wrap(ws, 3, 1, end, 9);
    put(ws, end + 2, 1, ['※評価　◎：達成（100％以上）　○：概ね達成（80％以上）　△：やや遅れ（60％以上）　×：遅れ（60％未満）']);
    put(ws, end + 3, 1, ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い']);
  },
  expected: { file: 'h175-kpi-kyoiku.xlsx', fiscalYear: 2022, indicators: KPI_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. Plan indicators (family D): 学校施設長寿命化計画 成果指標 with 現況 and 実績 carrying their year in the cell.

interface PlanRow {
  name: string;
  desc: string;
  unit: string;
  way: '増加' | '減少';
  now: string;
  target: number;
  actual: string;
  value: number;
  how: string;
}

const PLAN: PlanRow[] = [
  {
    name: '長寿命化改修実施済み棟数',
    desc: '長寿命化改修を完了した校舎・屋内運動場の棟数（累計）',
    unit: '棟',
    way: '増加',
    now: '3\n（令和元年度）',
    target: 24,
    actual: '15\n（令和6年度末）',
    value: 15,
    how: '工事完了検査による',
  },
  {
    name: '築40年以上で未改修の校舎の面積割合',
    desc: '校舎延床面積のうち築40年以上で大規模改修・長寿命化改修を行っていない面積の割合',
    unit: '％',
    way: '減少',
    now: '52.7\n（令和元年度）',
    target: 30.0,
    actual: '41.2\n（令和6年度末）',
    value: 41.2,
    how: '公有財産台帳による',
  },
  {
    name: '定期点検指摘箇所の是正率',
    desc: '建築基準法第12条点検で要是正とされた箇所のうち是正した割合',
    unit: '％',
    way: '増加',
    now: '61.0\n（令和元年度）',
    target: 100,
    actual: '86.5\n（令和6年度）',
    value: 86.5,
    how: '点検結果報告書による',
  },
  {
    name: '学校照明のLED化率',
    desc: '小中学校の照明器具のうちLED照明の割合',
    unit: '％',
    way: '増加',
    now: '12.4\n（令和元年度）',
    target: 100,
    actual: '100\n（令和6年度）',
    value: 100,
    how: '施設台帳による',
  },
  {
    name: '複合化・集約化した学校施設数',
    desc: '公民館・児童クラブ等との複合化又は統合により集約化した学校施設の数（累計）',
    unit: '施設',
    way: '増加',
    now: '0\n（令和元年度）',
    target: 5,
    actual: '2\n（令和6年度）',
    value: 2,
    how: '学校再編計画の進捗による',
  },
];

const PLAN_FACTS: ExpectedIndicator[] = PLAN.map((p) => {
  const out = ind('成果指標', p.name, p.unit, p.target, p.value, { direction: p.way === '減少' ? 'down' : 'up' });
  out.targetSource = 'final';
  return out;
});

const keikaku: Holdout2Workbook = {
  name: 'h175-keikaku-chojumyo',
  layout:
    '学校施設長寿命化計画（個別施設計画） 成果指標の点検（令和６年度実績）: 指標｜指標の説明｜単位｜方向 増加／減少｜現況（計画策定時） 「3⏎（令和元年度）」｜目標（令和11年度）｜実績 「15⏎（令和6年度末）」｜把握方法; a 計画の概要 sheet',
  build(wb) {
    const about = wb.addWorksheet('計画の概要');
    widths(about, [16, 70]);
    put(about, 1, 1, ['学校施設長寿命化計画（個別施設計画）']);
    put(about, 3, 1, ['計画期間', '令和２年度～令和11年度（10年間）']);
    put(about, 4, 1, ['対象施設', '市立小学校14校、中学校7校（校舎・屋内運動場）']);
    put(about, 5, 1, ['進捗管理', '毎年度、成果指標の実績を把握し、教育委員会会議に報告する']);
    box(about, 3, 1, 5, 2);

    const ws = wb.addWorksheet('成果指標');
    widths(ws, [5, 30, 40, 7, 7, 16, 14, 16, 20]);
    merge(ws, 1, 1, 1, 9, '学校施設長寿命化計画　成果指標の点検（令和６年度実績）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '方向', '現況\n（計画策定時）', '目標\n（令和11年度）', '実績', '把握方法']);
    PLAN.forEach((p, i) => {
      put(ws, 4 + i, 1, [i + 1, p.name, p.desc, p.unit, p.way, p.now, p.target, p.actual, p.how]);
      ws.getRow(4 + i).height = 40;
    });
    wrap(ws, 3, 1, 3 + PLAN.length, 9);
    box(ws, 3, 1, 3 + PLAN.length, 9);
    merge(ws, 5 + PLAN.length, 1, 5 + PLAN.length, 9, '※実績欄の（　）は把握時点。方向：増加＝数値が大きいほど良い、減少＝数値が小さいほど良い。');
  },
  expected: { file: 'h175-keikaku-chojumyo.xlsx', fiscalYear: 2024, indicators: PLAN_FACTS, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [seisaku, jigyo, kpi, keikaku];
