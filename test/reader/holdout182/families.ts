/**
 * Hold-out set 182, the four families, as offices in charge of 農福連携・障害者就労・工賃向上 write them: a 施策評価シート with
 * indicator blocks tiled two across (令和４年度), a 事業実績 table of 農福連携・就労支援 projects with text figures (令和５年度), a
 * 第６期障害福祉計画 KPI table with 目標値／実績値 rows per 年度 and ◎○△×, and a 農福連携推進計画 成果指標 table (現況 and 実績
 * with their year in the cell, 令和６年度).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 施策評価シート (family A): blocks tiled two across, R2（現状値）…R6（目標）, 実績値 and 期待値 rows, evaluated year R4.

interface Block {
  name: string;
  desc: string;
  unit: string;
  way: '↑' | '↓';
  base: number;
  /** 期待値 R3…R6 (R6 is the 目標値). */
  expect: number[];
  /** 実績値 R3, R4. */
  actual: (number | string)[];
  note?: string;
}

const BLOCKS: Block[] = [
  {
    name: '就労継続支援Ｂ型事業所の平均工賃月額',
    desc: '市内の就労継続支援Ｂ型事業所が利用者に支払った工賃の月額平均（県の工賃実績調査）',
    unit: '円',
    way: '↑',
    base: 15420,
    expect: [16000, 16500, 17000, 17500],
    actual: [15980, 16210],
  },
  {
    name: '福祉施設から一般就労への移行者数',
    desc: '就労移行支援・就労継続支援等の利用を経て一般企業等に就職した人数（年度）',
    unit: '人',
    way: '↑',
    base: 18,
    expect: [20, 22, 24, 26],
    actual: [19, 17],
    note: '求人の減少により移行者数が減少した',
  },
  {
    name: '農福連携に取り組む障害福祉サービス事業所数',
    desc: '農作業の受託、施設外就労又は自ら農業生産を行う障害福祉サービス事業所の数（年度末）',
    unit: '事業所',
    way: '↑',
    base: 6,
    expect: [8, 10, 12, 14],
    actual: [9, 11],
  },
  {
    name: '障害者就労施設等からの優先調達実績額',
    desc: '障害者優先調達推進法に基づく市の物品・役務の調達実績額（年度）',
    unit: '千円',
    way: '↑',
    base: 8230,
    expect: [8500, 9000, 9500, 10000],
    actual: [8812, 8640],
  },
  {
    name: '就労定着支援利用者の１年後の職場定着率',
    desc: '就労定着支援の利用を開始した者のうち、１年後も同じ職場で就労している者の割合',
    unit: '％',
    way: '↑',
    base: 78.6,
    expect: [80.0, 82.0, 84.0, 85.0],
    actual: [81.3, '集計中'],
    note: '令和４年度分は国保連データの確定後（８月）に集計',
  },
  {
    name: '一般就労後１年以内の離職者数',
    desc: '福祉施設から一般就労に移行した者のうち、１年以内に離職した人数',
    unit: '人',
    way: '↓',
    base: 14,
    expect: [13, 12, 11, 10],
    actual: [12, 9],
  },
];

const MARKS = ['①', '②', '③', '④', '⑤', '⑥'];

function block(ws: Worksheet, r: number, c: number, b: Block, i: number): void {
  put(ws, r, c, [`指標${MARKS[i]}`]);
  merge(ws, r, c + 1, r, c + 5, b.name);
  put(ws, r + 1, c, ['指標の説明']);
  merge(ws, r + 1, c + 1, r + 1, c + 5, b.desc);
  ws.getRow(r + 1).height = 30;
  put(ws, r + 2, c, ['単位', b.unit, '目指す方向']);
  merge(ws, r + 2, c + 3, r + 2, c + 5, b.way === '↑' ? '↑（上昇）' : '↓（減少）');
  put(ws, r + 3, c, ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6\n（目標）']);
  put(ws, r + 4, c, ['実績値', b.base, ...b.actual]);
  put(ws, r + 5, c, ['期待値\n※R6は目標値', '－', ...b.expect]);
  put(ws, r + 6, c, ['備考']);
  merge(ws, r + 6, c + 1, r + 6, c + 5, b.note ?? '');
  wrap(ws, r + 3, c, r + 5, c + 5);
  box(ws, r, c, r + 6, c + 5);
}

const SEISAKU_FACTS: ExpectedIndicator[] = BLOCKS.map((b) => {
  const a = b.actual[1];
  const direction = b.way === '↓' ? 'down' : 'up';
  if (typeof a === 'string') {
    const out = ind('4-3', b.name, b.unit, b.expect[1], null, { direction, actualStatus: 'pending' });
    out.grade = null;
    return out;
  }
  return ind('4-3', b.name, b.unit, b.expect[1], a, { direction });
});

const seisaku: Holdout2Workbook = {
  name: 'h182-seisaku-shuro',
  layout:
    '施策評価シート 4-3 障害者の就労支援 (令和４年度): six indicator blocks tiled two across, R2（現状値）…R6（目標） with a 実績値 row above a 「期待値⏎※R6は目標値」 row, R5 and R6 実績 empty, 円・事業所・千円・％, a ↓（減少） indicator, one 集計中, an empty 達成状況評価 cell beside 「（B）」',
  build(wb) {
    const ws = wb.addWorksheet('4-3');
    widths(ws, [12, 10, 10, 10, 10, 10, 3, 12, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 13, '令和４年度　基本施策評価シート');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    merge(ws, 2, 1, 2, 13, '評価対象期間：令和４年度（令和４年４月１日～令和５年３月３１日）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 6, '４　誰もが自分らしく暮らせる共生のまち');
    merge(ws, 3, 8, 3, 9, '達成状況評価');
    put(ws, 3, 11, ['（B）']);
    merge(ws, 3, 12, 3, 13, '※（　）は前年度');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 6, '4-3　障害のある人の就労支援と工賃向上');
    merge(ws, 4, 8, 4, 9, '担当部等');
    merge(ws, 4, 10, 4, 13, '健康福祉部　障がい福祉課／産業部　農政課');
    box(ws, 3, 1, 4, 6);
    box(ws, 3, 8, 4, 13);
    let r = 6;
    BLOCKS.forEach((b, i) => {
      block(ws, r, i % 2 === 0 ? 1 : 8, b, i);
      if (i % 2 === 1) r += 8;
    });
    put(ws, r, 1, ['施策の評価']);
    merge(ws, r, 2, r, 13, '工賃月額と農福連携事業所数は伸びているが、一般就労への移行者数は期待値を下回った。');
    put(ws, r + 1, 1, ['今後の方向性']);
    merge(ws, r + 1, 2, r + 1, 13, '就労支援センターと企業のマッチングを強化し、農福連携の受託作業の拡大を図る。');
    box(ws, r, 1, r + 1, 13);
    merge(ws, r + 3, 1, r + 3, 13, '達成状況評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  },
  expected: {
    file: 'h182-seisaku-shuro.xlsx',
    fiscalYear: 2022,
    indicators: SEISAKU_FACTS,
    groups: [{ sheet: '4-3', cell: 'J3', grade: rollUp(SEISAKU_FACTS.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 事業実績 (family B): one row per 事業 (code, name, 【概要】 in one cell), figures as text, two measures in a cell, 未実施.

interface Project {
  code: string;
  name: string;
  summary: string;
  dept: string;
  last: string;
  target: string;
  actual: string;
  self: string;
  effect: string;
  next: string;
}

const PROJECTS: Project[] = [
  {
    code: '1-①',
    name: '農福連携マッチング支援事業',
    summary: '農作業の担い手を求める農家と障害福祉サービス事業所をコーディネーターが仲介する。',
    dept: '農政課',
    last: '成立 8件',
    target: 'マッチング成立 12件',
    actual: '成立 10件',
    self: 'B',
    effect: '果樹の摘果・袋掛け作業で新たに4農家と契約した。',
    next: '継続',
  },
  {
    code: '1-②',
    name: '障害者就労施設向け農業体験実習',
    summary: '農業に関心のある事業所の利用者・職員を対象に、市内農家での体験実習を行う。',
    dept: '農政課',
    last: '実習 3回／参加者 31人',
    target: '実習 4回／参加者 40人',
    actual: '実習 4回／参加者 29人',
    self: 'B',
    effect: '参加した2事業所が翌年度から施設外就労を開始予定。',
    next: '継続',
  },
  {
    code: '1-③',
    name: 'ノウフク・マルシェ開催事業',
    summary: '農福連携で生産された農産物・加工品の販売会を市役所ロビー等で開催する。',
    dept: '障がい福祉課',
    last: '年5回',
    target: '年6回開催',
    actual: '未実施',
    self: 'D',
    effect: '－',
    next: '見直し',
  },
  {
    code: '2-①',
    name: '工賃向上支援事業（専門家派遣）',
    summary: '中小企業診断士等を就労継続支援Ｂ型事業所に派遣し、商品開発・販路開拓を支援する。',
    dept: '障がい福祉課',
    last: '派遣 12事業所',
    target: '派遣 15事業所',
    actual: '18事業所',
    self: 'A',
    effect: '派遣先事業所の平均工賃が前年度比4.2％増加した。',
    next: '拡充',
  },
  {
    code: '2-②',
    name: '共同受注窓口運営支援事業',
    summary: '市内事業所の共同受注窓口の運営費を補助し、企業・官公庁からの受注を取りまとめる。',
    dept: '障がい福祉課',
    last: '受注額 9,870千円',
    target: '受注額 12,000千円',
    actual: '受注額 10,450千円',
    self: 'B',
    effect: '清掃・封入作業の受注が増えた。',
    next: '継続',
  },
  {
    code: '2-③',
    name: '障害者就労施設等からの優先調達推進',
    summary: '市の調達方針に基づき、各課に障害者就労施設等への物品・役務の発注を働きかける。',
    dept: '障がい福祉課',
    last: '112件',
    target: '調達件数 120件',
    actual: '131件（うち役務 48件）',
    self: 'A',
    effect: '公園清掃の委託を新たに2件発注した。',
    next: '継続',
  },
  {
    code: '3-①',
    name: '障害者職場実習奨励金',
    summary: '障害のある人の職場実習を受け入れた市内企業に奨励金を交付する。',
    dept: '商工労政課',
    last: '受入企業 16社',
    target: '受入企業 20社',
    actual: '受入企業 14社',
    self: 'C',
    effect: '実習を経て3人が雇用につながった。',
    next: '見直し',
  },
  {
    code: '3-②',
    name: '障害者就労支援センター運営事業',
    summary: '就労に関する相談、職業準備訓練、職場定着支援を一体的に行うセンターを運営する。',
    dept: '障がい福祉課',
    last: '新規登録 58人／就職 21人',
    target: '新規登録 60人／就職 25人',
    actual: '新規登録 66人／就職 19人',
    self: 'B',
    effect: '精神障害のある人の登録が増えた。',
    next: '継続',
  },
  {
    code: '3-③',
    name: '施設外就労促進事業',
    summary: '企業・農家の作業場で行う施設外就労の受入先を開拓し、送迎費の一部を補助する。',
    dept: '障がい福祉課',
    last: '延べ 1,380人日',
    target: '延べ 1,500人日',
    actual: '延べ 1,612人日',
    self: 'A',
    effect: '農作業の受入れが全体の6割を占めた。',
    next: '継続',
  },
];

const J = '事業実績';
const PROJECT_FACTS: ExpectedIndicator[] = [
  ind(J, '農福連携マッチング支援事業', '件', 12, 10, { existing: 'B' }),
  {
    sheet: J,
    name: '障害者就労施設向け農業体験実習',
    measures: [
      { label: '実習', target: 4, actual: 4, unit: '回' },
      { label: '参加者', target: 40, actual: 29, unit: '人' },
    ],
    direction: 'up',
    existing: 'B',
    grade: 'C',
  },
  ind(J, 'ノウフク・マルシェ開催事業', '回', 6, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind(J, '工賃向上支援事業（専門家派遣）', '事業所', 15, 18, { existing: 'A' }),
  ind(J, '共同受注窓口運営支援事業', '千円', 12000, 10450, { existing: 'B' }),
  ind(J, '障害者就労施設等からの優先調達推進', '件', 120, 131, { existing: 'A' }),
  ind(J, '障害者職場実習奨励金', '社', 20, 14, { existing: 'C' }),
  {
    sheet: J,
    name: '障害者就労支援センター運営事業',
    measures: [
      { label: '新規登録', target: 60, actual: 66, unit: '人' },
      { label: '就職', target: 25, actual: 19, unit: '人' },
    ],
    direction: 'up',
    existing: 'B',
    grade: 'C',
  },
  ind(J, '施設外就労促進事業', '人日', 1500, 1612, { existing: 'A' }),
];

const jigyo: Holdout2Workbook = {
  name: 'h182-jigyo-nofuku',
  layout:
    '令和５年度 農福連携・障害者就労支援事業 実績報告: code, name and 【概要】 in one cell, R4年度実績｜R5年度目標｜R5年度実績 as text (「実習 4回／参加者 40人」 two measures, 「131件（うち役務 48件）」, 「延べ 1,612人日」), 自己評価 A–D with a 記入要領 sheet, one 未実施',
  build(wb) {
    const ws = wb.addWorksheet(J);
    widths(ws, [5, 42, 12, 20, 22, 22, 8, 30, 10]);
    merge(ws, 1, 1, 1, 9, '令和５年度　農福連携・障害者就労支援事業　実績報告');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    merge(ws, 2, 1, 2, 9, '（第３次障がい者計画　基本目標３「働く」関連事業）　健康福祉部 障がい福祉課・産業部 農政課・商工労政課');
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '事業名');
    merge(ws, 4, 3, 5, 3, '担当課');
    merge(ws, 4, 4, 4, 6, '活動量・成果');
    put(ws, 5, 4, ['R4年度実績', 'R5年度目標', 'R5年度実績']);
    merge(ws, 4, 7, 5, 7, '自己\n評価');
    merge(ws, 4, 8, 5, 8, '成果・課題');
    merge(ws, 4, 9, 5, 9, '今後の\n方向性');
    PROJECTS.forEach((p, i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, `${p.code}　${p.name}\n【概要】${p.summary}`, p.dept, p.last, p.target, p.actual, p.self, p.effect, p.next]);
      ws.getRow(r).height = 56;
    });
    wrap(ws, 4, 1, 5 + PROJECTS.length, 9);
    box(ws, 4, 1, 5 + PROJECTS.length, 9);
    merge(ws, 7 + PROJECTS.length, 1, 7 + PROJECTS.length, 9, '※自己評価は「記入要領」シートの基準による。');

    const g = wb.addWorksheet('記入要領');
    widths(g, [14, 64]);
    put(g, 1, 1, ['記入要領']);
    put(g, 3, 1, ['自己評価', 'A：目標を達成した（達成率100％以上）']);
    put(g, 4, 2, ['B：概ね達成した（達成率80％以上100％未満）']);
    put(g, 5, 2, ['C：やや遅れている（達成率60％以上80％未満）']);
    put(g, 6, 2, ['D：遅れている（達成率60％未満）又は未実施']);
    put(g, 8, 1, ['今後の方向性', '拡充／継続／見直し／縮小／廃止']);
  },
  expected: { file: 'h182-jigyo-nofuku.xlsx', fiscalYear: 2023, indicators: PROJECT_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. 第６期障害福祉計画 KPI (family C): 目標値／実績値 rows per 指標, 令和3年度…令和5年度, values with units, ◎○△× with a legend.

interface Kpi {
  kind: 0 | 1;
  name: string;
  unit: string;
  targets: number[];
  actuals: (number | string)[];
  mark: string;
  note?: string;
}

const KPIS: Kpi[] = [
  { kind: 0, name: '福祉施設から一般就労への移行者数', unit: '人', targets: [20, 22, 24], actuals: [19, 21, 25], mark: '◎' },
  { kind: 0, name: '就労移行支援事業を通じた一般就労移行者数', unit: '人', targets: [12, 13, 14], actuals: [10, 12, 11], mark: '△' },
  { kind: 0, name: '就労定着支援事業の利用者数', unit: '人', targets: [15, 18, 21], actuals: [14, 19, 18], mark: '○' },
  { kind: 0, name: '就労継続支援Ｂ型事業所の平均工賃月額', unit: '円', targets: [16000, 16500, 17000], actuals: [15980, 16210, 16890], mark: '○' },
  { kind: 1, name: '就労継続支援Ａ型の利用者数', unit: '人／月', targets: [85, 90, 95], actuals: [88, 92, 97], mark: '◎' },
  {
    kind: 1,
    name: '農福連携により農作業に従事する障害者数',
    unit: '人',
    targets: [30, 35, 40],
    actuals: [28, 36, '集計中'],
    mark: '－',
    note: '事業所アンケート集計中',
  },
  { kind: 1, name: '障害者就労施設等からの優先調達額', unit: '千円', targets: [8500, 9000, 9500], actuals: [8812, 8640, 9720], mark: '◎' },
  {
    kind: 1,
    name: '職場適応援助者（ジョブコーチ）による支援件数',
    unit: '件',
    targets: [60, 65, 70],
    actuals: [48, 40, 38],
    mark: '×',
    note: '支援者の退職により体制縮小',
  },
];

const MARK_LETTER: Record<string, string> = { '◎': 'A', '○': 'B', '△': 'C', '×': 'D' };

function withUnit(v: number | string, unit: string): string {
  return typeof v === 'string' ? v : `${v.toLocaleString('en-US')} ${unit}`;
}

const KPI_FACTS: ExpectedIndicator[] = KPIS.map((k) => {
  const a = k.actuals[2];
  const more = MARK_LETTER[k.mark] ? { existing: MARK_LETTER[k.mark] } : {};
  if (typeof a === 'string') {
    const out = ind('進捗状況', k.name, k.unit, k.targets[2], null, { ...more, actualStatus: 'pending' });
    out.grade = null;
    return out;
  }
  return ind('進捗状況', k.name, k.unit, k.targets[2], a, more);
});

const kpi: Holdout2Workbook = {
  name: 'h182-kpi-fukushikeikaku',
  layout:
    '第６期障害福祉計画 成果目標・活動指標の進捗 (令和５年度実績): 区分 merged down, a 目標値 row and a 実績値 row per 指標, 令和3年度…令和5年度 under one merged heading, values 「16,890 円」「97 人／月」, ◎○△× 評価 with words and bands in the legend, one 集計中',
  build(wb) {
    const ws = wb.addWorksheet('進捗状況');
    widths(ws, [10, 34, 8, 13, 13, 13, 8, 24]);
    merge(ws, 1, 1, 1, 8, '第６期障害福祉計画　就労関係の成果目標・活動指標の進捗状況（令和５年度実績）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 8, ['令和６年６月　障がい福祉課']);
    merge(ws, 3, 1, 4, 1, '区分');
    merge(ws, 3, 2, 4, 2, '指標');
    merge(ws, 3, 3, 4, 3);
    merge(ws, 3, 4, 3, 6, '計画期間');
    put(ws, 4, 4, ['令和3年度', '令和4年度', '令和5年度']);
    merge(ws, 3, 7, 4, 7, '評価');
    merge(ws, 3, 8, 4, 8, '備考');
    let r = 5;
    for (const kind of [0, 1] as const) {
      const rows = KPIS.filter((k) => k.kind === kind);
      merge(ws, r, 1, r + rows.length * 2 - 1, 1, kind === 0 ? '成果目標' : '活動指標');
      for (const k of rows) {
        merge(ws, r, 2, r + 1, 2, k.name);
        put(ws, r, 3, ['目標値', ...k.targets.map((t) => withUnit(t, k.unit))]);
        put(ws, r + 1, 3, ['実績値', ...k.actuals.map((a) => withUnit(a, k.unit))]);
        merge(ws, r, 7, r + 1, 7, k.mark);
        merge(ws, r, 8, r + 1, 8, k.note ?? '');
        r += 2;
      }
    }
    wrap(ws, 3, 1, r - 1, 8);
    box(ws, 3, 1, r - 1, 8);
    merge(ws, r + 1, 1, r + 1, 8, '評価　◎：達成（達成率100％以上）　○：概ね達成（80％以上）　△：やや遅れ（60％以上）　×：遅れ（60％未満）　－：評価不能');
    merge(ws, r + 2, 1, r + 2, 8, '※達成率は令和５年度の実績値÷目標値');
  },
  expected: { file: 'h182-kpi-fukushikeikaku.xlsx', fiscalYear: 2023, indicators: KPI_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. 農福連携推進計画 成果指標 (family D): 現況（計画策定時） and 実績 with their year in the cell, 目標（R8）, one blank 実績.

interface PlanRow {
  name: string;
  desc: string;
  unit: string;
  now: string;
  target: number;
  actual: string;
  value: number | null;
  how: string;
}

const PLAN: PlanRow[] = [
  {
    name: '農福連携に取り組む農業経営体数',
    desc: '障害者の雇用又は事業所への作業委託を行う農業経営体',
    unit: '経営体',
    now: '14\n（令和3年度）',
    target: 40,
    actual: '27\n（令和6年度）',
    value: 27,
    how: '農業委員会・JAへの照会',
  },
  {
    name: '農作業を受託する障害福祉サービス事業所数',
    desc: '施設外就労・請負により農作業を受託した事業所',
    unit: '事業所',
    now: '6\n（令和3年度）',
    target: 15,
    actual: '１５\n（令和６年度）',
    value: 15,
    how: '事業所調査',
  },
  {
    name: '農業分野で就労する障害者数',
    desc: '農業経営体に雇用され又は事業所の農作業に従事する障害者',
    unit: '人',
    now: '38\n（令和3年度末）',
    target: 100,
    actual: '84\n（令和6年度末）',
    value: 84,
    how: '事業所調査・ハローワーク',
  },
  {
    name: 'ノウフクJAS認証取得事業所数',
    desc: '日本農林規格「ノウフクJAS」の認証を取得した事業所（累計）',
    unit: '事業所',
    now: '0\n（令和3年度）',
    target: 3,
    actual: '1\n（令和6年度）',
    value: 1,
    how: '認証機関の公表',
  },
  {
    name: '農福連携産品の販売額',
    desc: '市内事業所が生産・加工した農産物等の年間販売額',
    unit: '千円',
    now: '3,120\n（令和3年度）',
    target: 6000,
    actual: '4,980\n（令和6年度）',
    value: 4980,
    how: '事業所調査',
  },
  {
    name: '農福連携研修会の参加者数（累計）',
    desc: '農家・事業所職員向け研修会の延べ参加者数（計画期間の累計）',
    unit: '人',
    now: '45\n（令和3年度）',
    target: 400,
    actual: '',
    value: null,
    how: '参加者名簿',
  },
];

const PLAN_FACTS: ExpectedIndicator[] = PLAN.map((p) => {
  const out = ind('成果指標', p.name, p.unit, p.target, p.value, p.value === null ? { actualStatus: 'missing' } : {});
  out.targetSource = 'final';
  return out;
});

const keikaku: Holdout2Workbook = {
  name: 'h182-keikaku-nofuku',
  layout:
    '農福連携推進計画（令和４年度～令和８年度） 成果指標の状況 (令和６年度): 指標｜指標の説明｜単位｜現況（計画策定時） 「14⏎（令和3年度）」｜目標（R8）｜実績 「27⏎（令和6年度）」, a full-width 「１５⏎（令和６年度）」, one blank 実績',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    widths(ws, [5, 32, 34, 8, 14, 11, 14, 20]);
    merge(ws, 1, 1, 1, 8, '農福連携推進計画（令和４年度～令和８年度）　成果指標の状況（令和６年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 8, ['産業部 農政課']);
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    PLAN.forEach((p, i) => {
      put(ws, 4 + i, 1, [i + 1, p.name, p.desc, p.unit, p.now, p.target, p.actual, p.how]);
      ws.getRow(4 + i).height = 34;
    });
    wrap(ws, 3, 1, 3 + PLAN.length, 8);
    box(ws, 3, 1, 3 + PLAN.length, 8);
    merge(ws, 5 + PLAN.length, 1, 5 + PLAN.length, 8, '※現況・実績の（　）内は把握した年度。');
  },
  expected: { file: 'h182-keikaku-nofuku.xlsx', fiscalYear: 2024, indicators: PLAN_FACTS, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [seisaku, jigyo, kpi, keikaku];
