/**
 * Hold-out 148, the four families as offices of 生物多様性・自然環境保全・環境教育 write them: a 環境基本計画 施策評価シート
 * with indicator blocks tiled two across (R2（現状値）…R7, 期待値 row, ↑／↓ 目指す方向), a 事業実績 of 環境教育・自然保護
 * projects with text figures, a 生物多様性地域戦略 KPI table with 目標値／実績値 rows per year and units in the cells, and a
 * 計画の指標 table with 現況（計画策定時） and 実績 holding their years in the cell.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- A: 施策評価シート (evaluation period 令和４年度)

const A_SHEET = '2-3';
type Block = {
  no: string;
  name: string;
  desc: string;
  unit: string;
  dir: '↑（増加）' | '↓（減少）';
  actual: (number | string | null)[];
  expect: (number | null)[];
  note: string;
};
const A_BLOCKS: Block[] = [
  {
    no: '①',
    name: '自然観察会・環境学習講座の参加者数',
    desc: '市及び環境学習センターが主催する自然観察会・環境学習講座の年間延べ参加者数',
    unit: '人',
    dir: '↑（増加）',
    actual: [1120, 1405, 1652, null, null, null],
    expect: [null, 1500, 1800, 2100, 2400, 2700],
    note: 'R2は新型コロナウイルス感染症の影響により講座を縮小',
  },
  {
    no: '②',
    name: '市民参加型生きもの調査の報告件数',
    desc: '「まちの生きもの調査」に市民から寄せられた確認報告の件数',
    unit: '件',
    dir: '↑（増加）',
    actual: [455, 538, '７１２', null, null, null],
    expect: [null, 500, 600, 700, 800, 900],
    note: 'R4からスマートフォンアプリによる投稿を受付',
  },
  {
    no: '③',
    name: '里山保全活動に取り組む団体数',
    desc: '市の里山保全活動支援制度に登録している市民団体・企業等の数',
    unit: '団体',
    dir: '↑（増加）',
    actual: [15, 17, 18, null, null, null],
    expect: [null, 20, 24, 26, 28, 30],
    note: '',
  },
  {
    no: '④',
    name: '特定外来生物（オオキンケイギク）の生育確認地点数',
    desc: '市内河川敷・道路法面等の定点調査で生育が確認された地点数',
    unit: '箇所',
    dir: '↓（減少）',
    actual: [58, 51, 46, null, null, null],
    expect: [null, 50, 40, 30, 20, 10],
    note: '防除作業は市民ボランティアと協働で実施',
  },
];

function aBlock(ws: Worksheet, r: number, c: number, b: Block): void {
  ws.getCell(r, c).value = `成果指標${b.no}`;
  merge(ws, r, c + 1, r, c + 6, b.name);
  ws.getCell(r + 1, c).value = '指標の説明';
  merge(ws, r + 1, c + 1, r + 1, c + 6, b.desc);
  put(ws, r + 2, c, ['単位', b.unit, '目指す方向', b.dir]);
  put(ws, r + 3, c, ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  ws.getCell(r + 4, c).value = '実績値';
  b.actual.forEach((v, i) => {
    if (v !== null) ws.getCell(r + 4, c + 1 + i).value = v;
  });
  ws.getCell(r + 5, c).value = '期待値\n※R7は目標値';
  b.expect.forEach((v, i) => {
    if (v !== null) ws.getCell(r + 5, c + 1 + i).value = v;
  });
  ws.getCell(r + 5, c + 1).value = '－';
  ws.getCell(r + 6, c).value = '備考';
  merge(ws, r + 6, c + 1, r + 6, c + 6, b.note || undefined);
  box(ws, r, c, r + 6, c + 6);
  wrap(ws, r, c, r + 5, c + 6);
}

const A_GRADES = ['B', 'A', 'C', 'B'];

const policy: Holdout2Workbook = {
  name: 'h148-a-kankyo-shisaku',
  layout:
    '環境基本計画 施策評価シート: four indicator blocks two across, R2（現状値）…R7, 期待値 row, ↓（減少） on one, an empty 達成状況 cell beside 「（B）」',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [12, 10, 10, 10, 10, 10, 10, 3, 12, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 15, '第３次緑川市環境基本計画　令和５年度 施策評価シート　（評価対象期間：令和４年度）');
    put(ws, 3, 1, ['基本目標']);
    merge(ws, 3, 2, 3, 15, '２　人と自然が共生するまち');
    put(ws, 4, 1, ['施策']);
    merge(ws, 4, 2, 4, 15, '2-3　生物多様性の保全と環境教育の推進');
    put(ws, 5, 1, ['担当課']);
    merge(ws, 5, 2, 5, 15, '環境政策課（生涯学習課）');
    put(ws, 6, 1, ['施策の\n達成状況']);
    merge(ws, 6, 2, 6, 3);
    put(ws, 6, 4, ['（B）', '※（　）内は前年度の評価']);
    box(ws, 3, 1, 6, 4);
    aBlock(ws, 8, 1, A_BLOCKS[0]);
    aBlock(ws, 8, 9, A_BLOCKS[1]);
    aBlock(ws, 16, 1, A_BLOCKS[2]);
    aBlock(ws, 16, 9, A_BLOCKS[3]);
    put(ws, 24, 1, ['評価基準', 'A 順調（100％以上）　B 概ね順調（80％以上）　C やや遅れている（60％以上）　D 遅れている（60％未満）']);
    put(ws, 26, 1, ['内部要因', '自然観察会は定員を拡大して実施したが、夏季の荒天により２回中止となった。']);
    put(ws, 27, 1, ['今後の方向性', '里山保全団体の担い手確保のため、企業の参画を働きかける。']);
  },
  expected: {
    file: 'h148-a-kankyo-shisaku.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(A_SHEET, '自然観察会・環境学習講座の参加者数', '人', 1800, 1652),
      ind(A_SHEET, '市民参加型生きもの調査の報告件数', '件', 600, 712),
      ind(A_SHEET, '里山保全活動に取り組む団体数', '団体', 24, 18),
      ind(A_SHEET, '特定外来生物（オオキンケイギク）の生育確認地点数', '箇所', 40, 46, { direction: 'down' }),
    ],
    groups: [{ sheet: A_SHEET, cell: 'B6', grade: rollUp(A_GRADES) }],
  },
};

// ---------------------------------------------------------------- B: 事業実績 (令和５年度)

const B_SHEET = '事業実績';
const B_ROWS: (string | null)[][] = [
  [
    '1-1',
    'こどもエコクラブ活動支援事業',
    '市内の子どもたちの自主的な環境活動を支援し、年１回の活動交流会を開催する。',
    '登録 11団体',
    '登録クラブ数 15団体',
    '登録クラブ数 12団体',
    'B',
    '継続',
  ],
  ['1-2', '出前環境教室事業', '小中学校へ環境アドバイザーを派遣し、水辺や森の学習を行う。', '18校', '実施校 20校', '実施校 22校（延べ48回）', 'A', '継続'],
  [
    '1-3',
    '水辺の生きもの調査事業',
    '市民と市内河川・ため池の生きものを調査し、結果をマップにまとめる。',
    '調査地点:26地点 参加者:180人',
    '調査地点:30地点 参加者:300人',
    '調査地点:28地点 参加者:215人',
    'B',
    '継続',
  ],
  [
    '2-1',
    '希少野生動植物保護監視員配置事業',
    '希少種の生息地を監視員が巡回し、盗掘・密猟を防止する。',
    '監視員 8人',
    '巡回回数 120回',
    '巡回回数 131回',
    'A',
    '継続',
  ],
  ['2-2', 'ビオトープ整備事業', '休耕田を活用したビオトープを整備する。', '－', '整備箇所 2か所', '未実施（用地調整のため翌年度へ延期）', 'D', '見直し'],
  [
    '2-3',
    '外来種防除講習会開催事業',
    'アライグマ・オオキンケイギク等の防除方法の講習会を開催する。',
    '3回 92人',
    '受講者数 150人',
    '受講者数 96人',
    'C',
    '拡充',
  ],
  ['3-1', '環境学習センター運営事業', '環境学習センターの展示・講座を運営する。', '来館者数 19,870人', '来館者数 25,000人', '来館者数 21,364人', 'A', '継続'],
];

const projects: Holdout2Workbook = {
  name: 'h148-b-kankyo-jigyo',
  layout: '事業実績: code, name and 概要 in one cell, R4 実績 beside R5 数値目標／実績値 as text, two measures in one cell, 未実施 with a reason',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [6, 44, 18, 22, 26, 10, 12, 20]);
    merge(ws, 1, 1, 1, 8, '令和５年度　環境教育・自然保護関連事業　実績一覧（環境保全課）');
    put(ws, 3, 1, [
      'No.',
      '推進事業（事業名・概要）',
      '令和４年度\n実績値',
      '令和５年度\n数値目標',
      '令和５年度\n実績値',
      '自己評価\n（A～D）',
      '今後の\n方向性',
      '備考',
    ]);
    B_ROWS.forEach((r, i) => {
      const row = 4 + i;
      put(ws, row, 1, [i + 1, `${r[0]} ${r[1]}\n${r[2]}`, r[3], r[4], r[5], r[6], r[7]]);
    });
    ws.getCell(8, 8).value = '地権者との協議継続中';
    box(ws, 3, 1, 3 + B_ROWS.length, 8);
    wrap(ws, 3, 1, 3 + B_ROWS.length, 8);
    put(ws, 12, 1, ['※自己評価　A：目標を達成　B：概ね達成（80％以上）　C：やや遅れ（60％以上）　D：遅れ・未実施']);
  },
  expected: {
    file: 'h148-b-kankyo-jigyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, 'こどもエコクラブ活動支援事業', '団体', 15, 12, { existing: 'B' }),
      ind(B_SHEET, '出前環境教室事業', '校', 20, 22, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '水辺の生きもの調査事業',
        measures: [
          { label: '調査地点', target: 30, actual: 28, unit: '地点' },
          { label: '参加者', target: 300, actual: 215, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind(B_SHEET, '希少野生動植物保護監視員配置事業', '回', 120, 131, { existing: 'A' }),
      ind(B_SHEET, 'ビオトープ整備事業', 'か所', 2, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(B_SHEET, '外来種防除講習会開催事業', '人', 150, 96, { existing: 'C' }),
      ind(B_SHEET, '環境学習センター運営事業', '人', 25000, 21364, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- C: KPI table (評価対象年度：令和６年度)

const C_SHEET = 'KPI';
const C_YEARS = ['令和３年度', '令和４年度', '令和５年度', '令和６年度', '令和７年度'];
const C_ROWS: { name: string; base: string; target: string[]; actual: string[] }[] = [
  {
    name: '「生物多様性」の言葉の意味を知っている市民の割合',
    base: '38.2 %',
    target: ['45.0 %', '48.0 %', '52.0 %', '55.0 %', '60.0 %'],
    actual: ['41.5 %', '44.0 %', '46.3 %', '48.6 %', ''],
  },
  {
    name: '自然環境保全地域等の指定面積',
    base: '385.0 ha',
    target: ['395 ha', '400 ha', '410 ha', '420 ha', '430 ha'],
    actual: ['396.2 ha', '402.8 ha', '415.0 ha', '428.5 ha', ''],
  },
  {
    name: '環境学習プログラム実施校数',
    base: '12 校',
    target: ['18 校', '22 校', '26 校', '30 校', '34 校'],
    actual: ['14 校', '15 校', '16 校', '17 校', ''],
  },
  { name: '市内で確認された希少野生生物の種数', base: '58 種', target: ['-', '-', '-', '-', '-'], actual: ['59 種', '61 種', '62 種', '64 種', ''] },
];

const kpi: Holdout2Workbook = {
  name: 'h148-c-senryaku-kpi',
  layout: '生物多様性地域戦略 KPI: 目標値／実績値 rows per KPI, 令和３年度…令和７年度 columns, units in the cells, 「-」 for no target',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [6, 40, 8, 12, 12, 12, 12, 12, 12]);
    merge(ws, 1, 1, 1, 9, '緑川市生物多様性地域戦略　重要業績評価指標（KPI）の進捗状況');
    put(ws, 2, 1, ['評価対象年度：令和６年度']);
    put(ws, 4, 1, ['No.', 'KPI', '区分', '基準値\n（令和元年度）', ...C_YEARS]);
    C_ROWS.forEach((k, i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, k.name);
      merge(ws, r, 4, r + 1, 4, k.base);
      put(ws, r, 3, ['目標値']);
      put(ws, r + 1, 3, ['実績値']);
      k.target.forEach((v, j) => (ws.getCell(r, 5 + j).value = v));
      k.actual.forEach((v, j) => {
        if (v) ws.getCell(r + 1, 5 + j).value = v;
      });
    });
    box(ws, 4, 1, 12, 9);
    wrap(ws, 4, 1, 12, 9);
    put(ws, 14, 1, ['※希少野生生物の種数は目標値を設定せず、モニタリング指標として推移を把握する。']);
  },
  expected: {
    file: 'h148-c-senryaku-kpi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, '「生物多様性」の言葉の意味を知っている市民の割合', '%', 55, 48.6),
      ind(C_SHEET, '自然環境保全地域等の指定面積', 'ha', 420, 428.5),
      ind(C_SHEET, '環境学習プログラム実施校数', '校', 30, 17),
      ind(C_SHEET, '市内で確認された希少野生生物の種数', '種', null, 64),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- D: 計画の指標 (令和３年度実績)

const D_SHEET = '計画の指標';
const D_ROWS: [string, string, string, string, string, string, string][] = [
  ['森林整備面積（間伐等）', '市内民有林で間伐・下刈り等の森林整備を行った面積', 'ha', '312\n（令和元年度）', '450', '368\n（令和3年度）', '林務課実績'],
  [
    '環境保全活動に参加した市民の数',
    '清掃・保全活動・観察会等に参加した市民の延べ人数',
    '人',
    '3,850\n（令和元年度）',
    '5,000',
    '4,120\n（令和3年度）',
    '各課事業実績の集計',
  ],
  ['自然公園の利用者数', '県立自然公園の年間利用者数（暦年）', '千人', '1,265\n（令和元年）', '1,300', '942\n（令和3年）', '県観光入込客統計'],
  ['環境学習リーダー登録者数', '市の養成講座を修了し登録したリーダーの数', '人', '46\n（令和2年3月末）', '80', '', '登録名簿'],
  [
    '河川のBOD環境基準達成率',
    '市内河川の測定地点のうちBODが環境基準を満たした割合',
    '%',
    '85.7\n（令和元年度）',
    '100',
    '92.9\n（令和3年度）',
    '公共用水域水質測定結果',
  ],
];

const plan: Holdout2Workbook = {
  name: 'h148-d-keikaku-shihyo',
  layout: '計画の指標: 現況（計画策定時） and 実績 with their years in the cell, one final 目標（R9）, a blank 実績, 現状把握の方法',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 30, 36, 8, 16, 12, 16, 22]);
    merge(ws, 1, 1, 1, 8, '第２次緑川市自然環境保全計画　点検評価一覧（令和３年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R9）', '実績', '現状把握の方法']);
    D_ROWS.forEach((r, i) => put(ws, 4 + i, 1, [i + 1, ...r.map((v) => v || undefined)]));
    box(ws, 3, 1, 3 + D_ROWS.length, 8);
    wrap(ws, 3, 1, 3 + D_ROWS.length, 8);
    put(ws, 10, 2, ['※環境学習リーダー登録者数は名簿更新中のため実績未記入']);
  },
  expected: {
    file: 'h148-d-keikaku-shihyo.xlsx',
    fiscalYear: 2021,
    indicators: [
      { ...ind(D_SHEET, '森林整備面積（間伐等）', 'ha', 450, 368), targetSource: 'final' },
      { ...ind(D_SHEET, '環境保全活動に参加した市民の数', '人', 5000, 4120), targetSource: 'final' },
      { ...ind(D_SHEET, '自然公園の利用者数', '千人', 1300, 942), targetSource: 'final' },
      { ...ind(D_SHEET, '環境学習リーダー登録者数', '人', 80, null, { actualStatus: 'missing' }), targetSource: 'final' },
      { ...ind(D_SHEET, '河川のBOD環境基準達成率', '%', 100, 92.9), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, projects, kpi, plan];
