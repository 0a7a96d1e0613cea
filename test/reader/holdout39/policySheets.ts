/**
 * Hold-out 39, family A (policy sheets with indicator blocks), as two other offices lay them out:
 * blocks stacked down the sheet with targets written in another unit inside the cell text, and blocks
 * tiled two across with a hidden copy of last year's sheet.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** One indicator block of the stacked sheet: targets R3…R7 and actuals R2 (基準)…R5. */
interface StackedBlock {
  name: string;
  description: string;
  unit: string;
  targets: (string | number)[];
  actuals: (string | number)[];
  note?: string;
  /** A cell value to put in the R5 actual with a number format (a ％ stored as a fraction). */
  fractionR5?: number;
}

function stackedBlock(ws: Worksheet, top: number, no: number, b: StackedBlock): void {
  put(ws, top, 1, [`成果指標${no}`, b.name, undefined, undefined, undefined, '指標の説明', b.description]);
  ws.mergeCells(top, 2, top, 5);
  ws.mergeCells(top, 7, top, 10);
  put(ws, top + 1, 1, ['単位', '区分', 'R2\n（基準）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標）']);
  put(ws, top + 2, 1, [b.unit, '目標値', '―', ...b.targets]);
  put(ws, top + 3, 1, [b.unit, '実績値', ...b.actuals]);
  if (b.fractionR5 !== undefined) {
    const cell = ws.getCell(top + 3, 6);
    cell.value = b.fractionR5;
    cell.numFmt = '0.0%';
  }
  put(ws, top + 4, 1, ['備考', b.note ?? '']);
  ws.mergeCells(top + 4, 2, top + 4, 10);
}

const S1 = '施策3-2';

/** A: blocks stacked, the first's targets written as 「22千人」 under a block unit of 人, a ％ actual stored as a fraction, 減少 in a name, roll-up on a .5. */
const policyStackedUnitInCell: Holdout2Workbook = {
  name: 'h39-01-policy-stacked-unit-in-cell',
  layout: 'A: stacked blocks R2–R7, 目標値 row as text in 千人 under a block unit 人, a fraction-stored ％, 減少 in a name, last year (C) beside the rating',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['令和６年度　施策評価シート（令和５年度実績）']);
    ws.mergeCells('A1:K1');
    put(ws, 3, 1, ['政策', '３　子どもたちが健やかに育つまち']);
    ws.mergeCells('B3:E3');
    put(ws, 3, 7, ['施策の達成状況', undefined, undefined, '（C）']);
    ws.mergeCells('G3:H3');
    put(ws, 4, 1, ['施策', '3-2　子育て環境の充実']);
    ws.mergeCells('B4:E4');
    put(ws, 4, 7, ['A：順調　B：概ね順調　C：やや遅れている　D：遅れている（　）は前年度']);
    ws.mergeCells('G4:K4');
    put(ws, 5, 1, ['主管課', 'こども家庭部　こども家庭課']);
    ws.mergeCells('B5:E5');
    stackedBlock(ws, 7, 1, {
      name: '地域子育て支援拠点の年間延べ利用者数',
      description: '市内7か所の地域子育て支援拠点を利用した親子の延べ人数',
      unit: '人',
      targets: ['20千人', '21千人', '22千人', '23千人', '24千人'],
      actuals: [17850, 18402, 19980, 21245],
      note: '目標値は千人単位で設定している',
    });
    stackedBlock(ws, 13, 2, {
      name: '保育所等待機児童数',
      description: '各年度4月1日現在の国基準による待機児童数',
      unit: '人',
      targets: [5, 3, 0, 0, 0],
      actuals: [14, 9, 4, 3],
    });
    stackedBlock(ws, 19, 3, {
      name: '育児に不安を感じる保護者の割合の減少',
      description: '乳幼児健診時アンケートで「育児に不安がある」と答えた保護者の割合',
      unit: '％',
      targets: [36.0, 33.0, 30.0, 28.0, 25.0],
      actuals: [38.4, 37.1, 35.0, 33.5],
    });
    stackedBlock(ws, 25, 4, {
      name: '子育てしやすいまちだと思う市民の割合',
      description: '市民意識調査で「そう思う」「ややそう思う」と答えた人の割合',
      unit: '％',
      targets: [64.0, 67.0, 70.0, 72.0, 75.0],
      actuals: [60.5, 62.1, 63.8],
      fractionR5: 0.652,
      note: 'R5は調査票の集計様式変更により割合で入力',
    });
  },
  expected: {
    file: 'h39-01-policy-stacked-unit-in-cell.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '地域子育て支援拠点の年間延べ利用者数', '人', 22000, 21245),
      ind(S1, '保育所等待機児童数', '人', 0, 3, { direction: 'down' }),
      ind(S1, '育児に不安を感じる保護者の割合の減少', '％', 30, 33.5, { direction: 'down' }),
      ind(S1, '子育てしやすいまちだと思う市民の割合', '％', 70, 65.2),
    ],
    // B (0.966), D (target 0, 3 waiting), B (30 / 33.5 = 0.896), B (0.931): mean 2.5, rounded half up to B.
    groups: [{ sheet: S1, cell: 'I3', grade: rollUp(['B', 'D', 'B', 'B']) }],
  },
};

/** One block of the tiled sheet: targets and actuals for 2021…2025 (actuals from 2020, the baseline). */
interface TiledBlock {
  mark: string;
  name: string;
  description: string;
  unit: string;
  targets: (string | number)[];
  actuals: (string | number)[];
}

function tiledBlock(ws: Worksheet, top: number, left: number, b: TiledBlock, years: number[]): void {
  put(ws, top, left, [`成果指標${b.mark}`, b.name]);
  ws.mergeCells(top, left + 1, top, left + 7);
  put(ws, top + 1, left, ['指標の説明', b.description]);
  ws.mergeCells(top + 1, left + 1, top + 1, left + 7);
  const heads = years.map((y, i) => (i === 0 ? `${y}年度\n(基準値)` : i === years.length - 1 ? `${y}年度\n(目標)` : `${y}年度`));
  put(ws, top + 2, left, ['単位', '', ...heads]);
  put(ws, top + 3, left, [b.unit, '目標', '', ...b.targets]);
  put(ws, top + 4, left, [b.unit, '実績', ...b.actuals]);
}

const S2 = '基本施策2-3';
const S2_OLD = '基本施策2-3（前年度）';

const HEALTH: TiledBlock[] = [
  {
    mark: '①',
    name: '特定健康診査受診率',
    description: '国民健康保険被保険者（40～74歳）の特定健診受診率（法定報告値）',
    unit: '％',
    targets: [48, 51, 54, 57, 60],
    actuals: [43.1, 44.0, 46.2, 47.9],
  },
  {
    mark: '②',
    name: '週1回以上運動する市民の割合',
    description: '市民意識調査で週1回以上運動やスポーツをすると答えた人の割合',
    unit: '％',
    targets: [45, 47, 49, 51, 53],
    actuals: [41.2, 42.0, 44.5, 50.3],
  },
  {
    mark: '③',
    name: '自殺死亡率',
    description: '人口10万人当たりの自殺者数（暦年）。低いほど良い',
    unit: '人',
    targets: [16.0, 15.0, 14.0, 13.0, 12.0],
    actuals: [17.8, 16.9, 15.2, 15.6],
  },
  {
    mark: '④',
    name: 'がん検診精密検査受診率',
    description: '要精密検査となった人のうち精密検査を受けた人の割合',
    unit: '％',
    targets: [85, 87, 90, 90, 90],
    actuals: [80.2, 82.5, 84.0, '集計中'],
  },
];

function healthSheet(ws: Worksheet, docYear: number, blocks: TiledBlock[]): void {
  put(ws, 1, 1, [`${docYear}年度　基本施策評価シート`]);
  ws.mergeCells(1, 1, 1, 17);
  put(ws, 2, 1, [`評価対象年度：${docYear - 1}年度`]);
  put(ws, 3, 1, ['基本目標', '2 健康で生きがいを持って暮らせるまち']);
  put(ws, 3, 12, ['達成度', undefined, '（B）']);
  put(ws, 4, 1, ['基本施策', '2-3 健康づくりの推進']);
  put(ws, 5, 1, ['担当', '健康福祉部 健康づくり課']);
  const years = [2020, 2021, 2022, 2023, 2024, 2025];
  blocks.forEach((b, i) => tiledBlock(ws, 7 + Math.floor(i / 2) * 7, i % 2 === 0 ? 1 : 10, b, years));
}

/** A: blocks tiled two across, 2020年度…2025年度, 評価対象年度 2023 under a 2024 document title, 集計中, and a hidden copy of last year's sheet. */
const policyTiledHiddenLastYear: Holdout2Workbook = {
  name: 'h39-02-policy-tiled-hidden-last-year',
  layout: 'A: blocks tiled two across (成果指標①…), 2020年度…2025年度 headings, 目標 row above 実績, 集計中, a hidden sheet of last year with its own figures',
  build(wb) {
    healthSheet(wb.addWorksheet(S2), 2024, HEALTH);
    const old = wb.addWorksheet(S2_OLD, { state: 'hidden' });
    const lastYear = HEALTH.map((b, i) => ({ ...b, actuals: [...b.actuals.slice(0, 2), ['46.0（速報値）', 43.8, 15.9, '集計中'][i]] }));
    healthSheet(old, 2023, lastYear);
  },
  expected: {
    file: 'h39-02-policy-tiled-hidden-last-year.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '特定健康診査受診率', '％', 54, 47.9),
      ind(S2, '週1回以上運動する市民の割合', '％', 49, 50.3),
      ind(S2, '自殺死亡率', '人', 14, 15.6, { direction: 'down' }),
      ind(S2, 'がん検診精密検査受診率', '％', 90, null, { actualStatus: 'pending' }),
    ],
    groups: [{ sheet: S2, cell: 'M3', grade: rollUp(['B', 'A', 'B']) }],
  },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [policyStackedUnitInCell, policyTiledHiddenLastYear];
