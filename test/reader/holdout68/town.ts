/** Hold-out 68, part 2: town and land plans (観光振興計画, 交通安全計画, 農業振興計画, 文化芸術推進計画, 住生活基本計画, 森林整備計画). */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const M1 = '進捗管理';
const kanko: Holdout2Workbook = {
  name: 'h68-kanko-plan-over-actual',
  layout:
    '観光振興計画: 指標ごとに計画値の行と実績値の行（指標名・単位は縦に結合）× R3〜R7、実績は「298,540人」のような単位付きの文字も、R5 の観光消費額は「調査中」',
  build(wb) {
    const ws = wb.addWorksheet(M1);
    put(ws, 1, 1, ['みなと市観光振興計画（令和3年度〜令和7年度）　令和5年度 進捗管理表']);
    put(ws, 2, 9, ['観光交流課']);
    put(ws, 4, 1, ['指標', '単位', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度（目標年度）', '備考']);
    const r = (row: number, v: (string | number | undefined)[]) => put(ws, row, 1, v);
    r(5, ['観光入込客数', '万人', '計画値', 150, 165, 185, 200, 215, '年度集計']);
    r(6, [undefined, undefined, '実績値', 128.6, 159.3, 172.4]);
    r(7, ['宿泊者数', '人', '計画値', 250000, 280000, 310000, 330000, 350000]);
    r(8, [undefined, undefined, '実績値', '231,480人', '276,015人', '298,540人']);
    r(9, ['外国人宿泊者数', '人', '計画値', 2000, 5000, 8000, 10000, 12000, '延べ人数']);
    r(10, [undefined, undefined, '実績値', '312人', '4,890人', '11,236人']);
    r(11, ['観光消費額', '億円', '計画値', 80, 88, 95, 100, 105]);
    r(12, [undefined, undefined, '実績値', 62.3, 81.5, '調査中', undefined, undefined, '観光動態調査の結果を待って算出']);
    r(13, ['観光ボランティアガイドの案内件数', '件', '計画値', 300, 350, 400, 420, 450]);
    r(14, [undefined, undefined, '実績値', 185, 322, 412]);
    for (const top of [5, 7, 9, 11, 13]) for (const c of ['A', 'B']) ws.mergeCells(`${c}${top}:${c}${top + 1}`);
    put(ws, 16, 1, ['※計画値は計画策定時（令和3年3月）に設定した年度ごとの値。']);
    ws.getColumn(1).width = 30;
  },
  expected: {
    file: 'h68-kanko-plan-over-actual.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(M1, '観光入込客数', '万人', 185, 172.4),
      ind(M1, '宿泊者数', '人', 310000, 298540),
      ind(M1, '外国人宿泊者数', '人', 8000, 11236),
      ind(M1, '観光消費額', '億円', 95, null, { actualStatus: 'pending' }),
      ind(M1, '観光ボランティアガイドの案内件数', '件', 400, 412),
    ],
    groups: [],
  },
};

const M2 = '数値目標';
const kotsu: Holdout2Workbook = {
  name: 'h68-kotsu-anzen-decrease',
  layout:
    '交通安全計画: 暦年の統計（令和2年〜令和5年）、最終目標の列「5人以下」「600件以下」「0人」「年間800人以上」、注記で自主返納者数以外は減少、全角の「６」',
  build(wb) {
    const ws = wb.addWorksheet(M2);
    put(ws, 1, 1, ['第11次みなと市交通安全計画（令和3年〜令和7年）　令和5年度 進捗状況']);
    put(ws, 2, 1, ['※交通事故の統計は暦年（1月〜12月）の数値。令和5年度の進捗は令和5年の数値で評価する。']);
    put(ws, 3, 8, ['市民協働課 交通安全係']);
    put(ws, 5, 1, ['指標', '単位', '基準値（令和2年）', '令和3年', '令和4年', '令和5年', '目標値（令和7年）', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['交通事故死者数', '人', 9, 7, 8, '６', '5人以下'],
      ['交通事故重傷者数', '人', 88, 80, 76, 71, '60人以下', '30日以上の加療'],
      ['人身事故発生件数', '件', 812, 744, 690, 655, '600件以下'],
      ['高齢運転者が第一当事者となった人身事故件数', '件', 214, 205, 209, 198, '150件以下', '高齢運転者：65歳以上'],
      ['中学生以下の子どもの交通事故死者数', '人', 1, 0, 0, 0, '0人'],
      ['運転免許証の自主返納者数', '人', 642, 710, 835, 912, '年間800人以上', '警察署調べ'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※運転免許証の自主返納者数を除き、いずれも減少を目指す指標。目標値は計画期間の最終年（令和7年）までに達成する値。']);
    ws.getColumn(1).width = 40;
  },
  expected: {
    file: 'h68-kotsu-anzen-decrease.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(M2, '交通事故死者数', '人', 5, 6, { direction: 'down' }), targetSource: 'final' },
      { ...ind(M2, '交通事故重傷者数', '人', 60, 71, { direction: 'down' }), targetSource: 'final' },
      { ...ind(M2, '人身事故発生件数', '件', 600, 655, { direction: 'down' }), targetSource: 'final' },
      { ...ind(M2, '高齢運転者が第一当事者となった人身事故件数', '件', 150, 198, { direction: 'down' }), targetSource: 'final' },
      { ...ind(M2, '中学生以下の子どもの交通事故死者数', '人', 0, 0, { direction: 'down' }), targetSource: 'final' },
      { ...ind(M2, '運転免許証の自主返納者数', '人', 800, 912), targetSource: 'final' },
    ],
    groups: [],
  },
};

const M3 = '農業振興';
const nogyo: Holdout2Workbook = {
  name: 'h68-nogyo-units-in-cells',
  layout:
    '農業振興計画の進捗管理表: 単位はセルの中（「405経営体」「301.8ha」「312百万円」）、達成率の列（課の計算、減少指標は目標÷実績）、「未実施」、備考に「減少を目指す」「累計」',
  build(wb) {
    const ws = wb.addWorksheet(M3);
    put(ws, 1, 1, ['みなと市農業振興計画　令和5年度 進捗管理表']);
    put(ws, 2, 7, ['農政課']);
    put(ws, 4, 1, ['項目', '基準値（令和2年度）', '令和5年度目標', '令和5年度実績', '達成率', '令和7年度目標', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['認定農業者数', '398経営体', '420経営体', '405経営体', '96.4%', '440経営体'],
      ['耕作放棄地面積', '312.4ha', '290.0ha', '301.8ha', '96.1%', '270.0ha', '減少を目指す（達成率＝目標÷実績）'],
      ['新規就農者数', '－', '24人', '19人', '79.2%', '40人', '令和3年度からの累計'],
      ['担い手への農地集積率', '48.2%', '55.0%', '53.1%', '96.5%', '60.0%'],
      ['農産物直売所の販売額', '276百万円', '312百万円', '298.7百万円', '95.7%', '330百万円', '市内3直売所の合計'],
      ['ドローン防除講習会の開催回数', '－', '2回', '未実施', '－', '2回', '講師の確保ができず'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.getColumn(1).width = 30;
  },
  expected: {
    file: 'h68-nogyo-units-in-cells.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(M3, '認定農業者数', '経営体', 420, 405),
      ind(M3, '耕作放棄地面積', 'ha', 290.0, 301.8, { direction: 'down' }),
      ind(M3, '新規就農者数', '人', 24, 19),
      ind(M3, '担い手への農地集積率', '%', 55.0, 53.1),
      ind(M3, '農産物直売所の販売額', '百万円', 312, 298.7),
      ind(M3, 'ドローン防除講習会の開催回数', '回', 2, null, { actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

const M4 = '成果指標';
const bunkaRows: [string, string, number, number, number, number, number][] = [
  ['文化会館の利用者数', '人', 150000, 158420, 165000, 171302, 170000],
  ['市民美術展の出品数', '点', 400, 371, 420, 388, 430],
  ['文化芸術活動に参加した市民の割合', '％', 32.0, 28.4, 35.0, 27.9, 38.0],
  ['指定文化財の公開日数', '日', 50, 52, 60, 60, 60],
  ['学校へのアウトリーチ事業の実施回数', '回', 20, 18, 24, 12, 24],
  ['文化ボランティアの登録者数', '人', 130, 121, 150, 136, 160],
];
const bunka: Holdout2Workbook = {
  name: 'h68-bunka-period-groups',
  layout:
    '文化芸術推進計画: 期間の見出し R4・R5・R6 を上の行に結合し、その下に目標・実績（R5 は達成率の式の列も）、単位は指標名の括弧（「文化会館の利用者数（人）」）',
  build(wb) {
    const ws = wb.addWorksheet(M4);
    put(ws, 1, 1, ['みなと市文化芸術推進計画　成果指標の進捗（令和5年度）']);
    put(ws, 2, 8, ['文化振興課']);
    put(ws, 4, 1, ['成果指標（単位）', 'R4', undefined, 'R5', undefined, undefined, 'R6', '備考']);
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '達成率', '目標']);
    ws.mergeCells('A4:A5');
    ws.mergeCells('B4:C4');
    ws.mergeCells('D4:F4');
    ws.mergeCells('H4:H5');
    bunkaRows.forEach(([name, unit, t4, a4, t5, a5, t6], i) => {
      const row = 6 + i;
      put(ws, row, 1, [`${name}（${unit}）`, t4, a4, t5, a5, undefined, t6]);
      ws.getCell(row, 6).value = { formula: `E${row}/D${row}`, result: a5 / t5 };
      ws.getCell(row, 6).numFmt = '0.0%';
    });
    put(ws, 8, 8, ['市民意識調査']);
    put(ws, 13, 1, ['※達成率＝実績÷目標（R5）。R6の実績は令和7年度に記入する。']);
    ws.getColumn(1).width = 40;
  },
  expected: {
    file: 'h68-bunka-period-groups.xlsx',
    fiscalYear: 2023,
    indicators: bunkaRows.map(([name, unit, , , t5, a5]) => ind(M4, name, unit, t5, a5)),
    groups: [],
  },
};

const M5 = '成果指標の推移';
const jusei: Holdout2Workbook = {
  name: 'h68-jusei-years-rows-midterm',
  layout:
    '住生活基本計画: 年度が行（令和3年度（基準値）〜令和6年度）、指標が列（単位は見出しの括弧）、見出しの下に「目標の方向」の行、表の下に中間目標（令和6年度）と最終目標（令和12年度）の行、「集計中」',
  build(wb) {
    const ws = wb.addWorksheet(M5);
    put(ws, 1, 1, ['みなと市住生活基本計画（令和3年度〜令和12年度）　成果指標の推移　令和6年度 中間評価']);
    put(ws, 2, 7, ['建築住宅課']);
    put(ws, 4, 1, [
      '年度',
      '空き家バンクの登録件数（件）',
      '空き家バンクの成約件数（件）',
      '住宅の耐震化率（％）',
      '市営住宅の長寿命化改修戸数（戸）',
      '管理不全空き家の件数（件）',
      '子育て世帯の住宅取得支援件数（件）',
    ]);
    put(ws, 5, 1, ['目標の方向', '増加', '増加', '増加', '増加', '減少', '増加']);
    const rows: (string | number | undefined)[][] = [
      ['令和3年度（基準値）', 31, 12, 84.6, 88, 205, 18],
      ['令和4年度', 38, 19, 85.9, 124, 196, 21],
      ['令和5年度', 44, 25, 87.0, 161, 184, 24],
      ['令和6年度', 48, 33, '集計中', 196, 171, 26],
      ['中間目標（令和6年度）', 60, 30, 92.0, 240, 150, 45],
      ['最終目標（令和12年度）', 100, 60, 95.0, 420, 120, 90],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※市営住宅の長寿命化改修戸数は令和3年度からの累計。']);
    put(ws, 14, 1, ['※住宅の耐震化率は住宅・土地統計調査（令和5年）の確報を基に算定中。']);
    ws.getColumn(1).width = 24;
  },
  expected: {
    file: 'h68-jusei-years-rows-midterm.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(M5, '空き家バンクの登録件数', '件', 60, 48),
      ind(M5, '空き家バンクの成約件数', '件', 30, 33),
      ind(M5, '住宅の耐震化率', '％', 92.0, null, { actualStatus: 'pending' }),
      ind(M5, '市営住宅の長寿命化改修戸数', '戸', 240, 196),
      ind(M5, '管理不全空き家の件数', '件', 150, 171, { direction: 'down' }),
      ind(M5, '子育て世帯の住宅取得支援件数', '件', 45, 26),
    ],
    groups: [],
  },
};

const M6 = '実施状況';
const shinrin: Holdout2Workbook = {
  name: 'h68-shinrin-year-and-cumulative',
  layout: '森林整備計画: 前期5か年計画量の列、令和5年度（年度計画量・実績・対計画比）と累計（R4〜R5 の実績・進捗率）の2段見出し、単位の列（ha・m）、「未着手」',
  build(wb) {
    const ws = wb.addWorksheet(M6);
    put(ws, 1, 1, ['みなと市森林整備計画　令和5年度 実施状況']);
    put(ws, 2, 1, ['（計画期間：令和4年4月1日〜令和14年3月31日）', undefined, undefined, undefined, undefined, undefined, undefined, '農林課 林務係']);
    put(ws, 4, 1, ['区分', '単位', '前期5か年計画量（R4〜R8）', '令和5年度', undefined, undefined, '累計（R4〜R5）', undefined, '備考']);
    put(ws, 5, 4, ['年度計画量', '実績', '対計画比', '実績', '進捗率']);
    for (const c of ['A4:A5', 'B4:B5', 'C4:C5', 'D4:F4', 'G4:H4', 'I4:I5']) ws.mergeCells(c);
    const rows: (string | number | undefined)[][] = [
      ['間伐', 'ha', 2100, 420, 386.5, '92.0%', 801.2, '38.2%'],
      ['再造林', 'ha', 175, 35, 38.2, '109.1%', 71.0, '40.6%'],
      ['下刈り', 'ha', 600, 120, 94.0, '78.3%', 205.5, '34.3%', '人手不足により一部を次年度へ'],
      ['林道の開設', 'm', 4000, 800, '未着手', '－', 650, '16.3%', '用地交渉が難航'],
      ['森林作業道の開設', 'm', 15000, 3000, 3420, '114.0%', 6185, '41.2%'],
      ['森林経営管理制度に基づく意向調査', 'ha', 2500, 500, 512, '102.4%', 1004, '40.2%'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※対計画比＝実績÷年度計画量、進捗率＝累計実績÷前期5か年計画量。']);
    ws.getColumn(1).width = 32;
  },
  expected: {
    file: 'h68-shinrin-year-and-cumulative.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(M6, '間伐', 'ha', 420, 386.5),
      ind(M6, '再造林', 'ha', 35, 38.2),
      ind(M6, '下刈り', 'ha', 120, 94.0),
      ind(M6, '林道の開設', 'm', 800, null, { actualStatus: 'not-implemented' }),
      ind(M6, '森林作業道の開設', 'm', 3000, 3420),
      ind(M6, '森林経営管理制度に基づく意向調査', 'ha', 500, 512),
    ],
    groups: [],
  },
};

export const TOWN_WORKBOOKS: Holdout2Workbook[] = [kanko, kotsu, nogyo, bunka, jusei, shinrin];
