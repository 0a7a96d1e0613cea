/**
 * Hold-out 130, four shapes outside the families that 森林・林業・鳥獣被害対策 offices use: a 有害鳥獣 月別捕獲実績 with the
 * twelve months as columns, a 年度計 and 計画比 by formulas and a 捕獲計画 column (「－」 for the bear); a 林道整備 table with
 * the years as rows (平成29年度…令和３年度) and 計画／実績 pairs per work, 令和元年度 evaluated, a 未実施; a 森林整備事業
 * 実施状況 by 作業種 with merged 事業区分, full-width digits, notes and a （参考） line of last year's figures; and 事務事業評価
 * シート, one 事業 per sheet, 活動指標／成果指標 rows with 令和４年度実績, 目指す方向 and a 事業費 line.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | null;

const O1_SHEET = '月別捕獲実績';

const monthly: [string, number[], number | string, string][] = [
  ['イノシシ', [12, 18, 35, 52, 48, 41, 38, 45, 60, 42, 25, 20], 400, ''],
  ['ニホンジカ', [15, 20, 22, 25, 18, 16, 19, 24, 30, 28, 17, 13], 300, ''],
  ['ニホンザル', [0, 2, 3, 4, 2, 1, 1, 2, 3, 0, 0, 0], 40, '群れの移動により捕獲機会が減少'],
  ['ツキノワグマ', [0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0], '－', '錯誤捕獲を除く。有害捕獲は人身被害のおそれがある場合のみ'],
];

const monthlyCaptures: Holdout2Workbook = {
  name: 'h130-r2-hokaku-tsukibetsu',
  layout: '有害鳥獣 月別捕獲実績: species rows, ４月…３月 columns, 年度計 and 計画比 by formulas, 捕獲計画 column, unit in a caption',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(O1_SHEET);
    widths(ws, [14, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 8, 8, 8, 30]);
    merge(ws, 1, 1, 1, 17, '令和２年度　有害鳥獣捕獲実績（月別）');
    put(ws, 2, 16, ['（単位：頭）']);
    put(ws, 4, 1, [
      '鳥獣種',
      '４月',
      '５月',
      '６月',
      '７月',
      '８月',
      '９月',
      '10月',
      '11月',
      '12月',
      '１月',
      '２月',
      '３月',
      '年度計',
      '捕獲計画',
      '計画比',
      '備考',
    ]);
    monthly.forEach(([species, months, plan, note], i) => {
      const r = 5 + i;
      put(ws, r, 1, [species, ...months]);
      const total = months.reduce((a, b) => a + b, 0);
      ws.getCell(r, 14).value = { formula: `SUM(B${r}:M${r})`, result: total };
      put(ws, r, 15, [plan]);
      if (typeof plan === 'number') {
        ws.getCell(r, 16).value = { formula: `N${r}/O${r}`, result: total / plan };
        ws.getCell(r, 16).numFmt = '0.0%';
      } else put(ws, r, 16, ['－']);
      put(ws, r, 17, [note]);
    });
    wrap(ws, 4, 17, 8, 17);
    box(ws, 4, 1, 8, 17);
    merge(ws, 10, 1, 10, 17, '※捕獲頭数は有害鳥獣捕獲許可に基づく捕獲実績報告による（狩猟による捕獲を含まない）。');
  },
  expected: {
    file: 'h130-r2-hokaku-tsukibetsu.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(O1_SHEET, 'イノシシ', '頭', 400, 436),
      ind(O1_SHEET, 'ニホンジカ', '頭', 300, 247),
      ind(O1_SHEET, 'ニホンザル', '頭', 40, 18),
      ind(O1_SHEET, 'ツキノワグマ', '頭', null, 3),
    ],
    groups: [],
  },
};

const O2_SHEET = '林道整備';

const forestRoadYears: Holdout2Workbook = {
  name: 'h130-r1-rindo-nendobetsu',
  layout: '林道整備 年度別計画・実績: years as rows (平成29年度…令和３年度), 計画／実績 pairs per work under merged headings, 令和元年度 evaluated, 未実施',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(O2_SHEET);
    widths(ws, [12, 9, 9, 9, 9, 9, 9, 34]);
    merge(ws, 1, 1, 1, 8, '林道整備事業　年度別計画・実績表');
    put(ws, 2, 1, ['評価対象年度：令和元年度']);
    put(ws, 3, 8, ['（単位：ｍ）']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '林道開設延長');
    merge(ws, 4, 4, 4, 5, '林道改良延長');
    merge(ws, 4, 6, 4, 7, '林道舗装延長');
    merge(ws, 4, 8, 5, 8, '備考');
    put(ws, 5, 2, ['計画', '実績', '計画', '実績', '計画', '実績']);
    const rows: Cell[][] = [
      ['平成29年度', 1000, 1000, 1000, 950, 600, 600, ''],
      ['平成30年度', 900, 920, 1100, 1050, 500, 480, '7月豪雨災害の復旧を優先'],
      ['令和元年度', 800, 650, 1200, 1236, 500, '未実施', '舗装工事は入札不調のため令和２年度へ繰越'],
      ['令和２年度', 800, null, 1200, null, 1000, null, ''],
      ['令和３年度', 700, null, 1200, null, 500, null, ''],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    for (let r = 6; r <= 10; r++) for (let c = 2; c <= 7; c++) ws.getCell(r, c).numFmt = '#,##0';
    wrap(ws, 4, 1, 10, 8);
    box(ws, 4, 1, 10, 8);
  },
  expected: {
    file: 'h130-r1-rindo-nendobetsu.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(O2_SHEET, '林道開設延長', 'ｍ', 800, 650),
      ind(O2_SHEET, '林道改良延長', 'ｍ', 1200, 1236),
      ind(O2_SHEET, '林道舗装延長', 'ｍ', 500, null, { actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

const O3_SHEET = '実施状況';

const forestWorks: Holdout2Workbook = {
  name: 'h130-r3-shinrin-seibi-jisshi',
  layout: '森林整備事業 実施状況 by 作業種: merged 事業区分, 単位 column, 計画量／実績量／進捗率 as text, full-width digits, notes and a （参考） line',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(O3_SHEET);
    widths(ws, [18, 16, 6, 10, 10, 9, 32]);
    merge(ws, 1, 1, 1, 7, '令和３年度　森林整備事業　実施状況');
    put(ws, 2, 6, ['農林部 林業振興課']);
    put(ws, 4, 1, ['事業区分', '作業種', '単位', '計画量', '実績量', '進捗率', '備考']);
    const rows: Cell[][] = [
      [null, '間伐（切捨）', 'ha', 60, 48.5, '80.8%', '市有林を含む'],
      [null, '作業道開設', 'm', 2000, 2350, '117.5%', ''],
      [null, '間伐（搬出）', 'ha', 120, '１１０．２', '91.8%', ''],
      [null, '植栽', 'ha', 15, 9.2, '61.3%', '苗木の供給不足により一部を次年度に実施'],
      [null, '下刈り', 'ha', 40, 40, '100.0%', ''],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    merge(ws, 5, 1, 6, 1, '森林環境譲与税\n活用事業');
    merge(ws, 7, 1, 9, 1, '森林整備事業\n（県補助）');
    wrap(ws, 4, 1, 9, 7);
    box(ws, 4, 1, 9, 7);
    merge(ws, 11, 1, 11, 7, '※実績量は令和4年3月31日現在の完了検査済み数量');
    merge(ws, 12, 1, 12, 7, '（参考）令和２年度実績：間伐（切捨）52.3ha、作業道開設 1,850m、間伐（搬出）104.0ha');
  },
  expected: {
    file: 'h130-r3-shinrin-seibi-jisshi.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(O3_SHEET, '間伐（切捨）', 'ha', 60, 48.5),
      ind(O3_SHEET, '作業道開設', 'm', 2000, 2350),
      ind(O3_SHEET, '間伐（搬出）', 'ha', 120, 110.2),
      ind(O3_SHEET, '植栽', 'ha', 15, 9.2),
      ind(O3_SHEET, '下刈り', 'ha', 40, 40),
    ],
    groups: [],
  },
};

interface Project {
  sheet: string;
  name: string;
  purpose: string;
  cost: [number, number];
  rows: [string, string, string, string, number, number, number, string][];
  grade: string;
  reason: string;
}

const PROJECTS: Project[] = [
  {
    sheet: '有害鳥獣駆除事業',
    name: '有害鳥獣駆除事業',
    purpose: '農林業被害を及ぼす有害鳥獣を捕獲し、被害の軽減を図る。',
    cost: [18420, 19860],
    rows: [
      ['活動指標', '捕獲従事者の出動回数', '回', '増加', 142, 150, 163, '108.7%'],
      ['成果指標', '有害鳥獣捕獲頭数', '頭', '増加', 890, 950, 1012, '106.5%'],
    ],
    grade: 'A',
    reason: '出動体制の強化により捕獲頭数が目標を上回った。',
  },
  {
    sheet: '森林環境譲与税活用事業',
    name: '森林環境譲与税活用事業',
    purpose: '森林環境譲与税を活用し、手入れ不足の人工林の整備と森林経営管理制度の運用を進める。',
    cost: [36500, 41280],
    rows: [
      ['活動指標', '間伐等の森林整備面積', 'ha', '増加', 42.0, 50.0, 38.6, '77.2%'],
      ['成果指標', '意向調査の回答率', '％', '増加', 55.1, 60.0, 52.4, '87.3%'],
    ],
    grade: 'B',
    reason: '林業事業体の人手不足により整備面積が伸びなかった。',
  },
  {
    sheet: '松くい虫防除事業',
    name: '松くい虫防除事業',
    purpose: '保全すべき松林の松くい虫被害を防止する。',
    cost: [12050, 12310],
    rows: [
      ['活動指標', '特別防除（薬剤散布）面積', 'ha', '増加', 120, 120, 120, '100.0%'],
      ['成果指標', '松くい虫被害量', '㎥', '減少', 920, 800, 1050, '76.2%'],
    ],
    grade: 'B',
    reason: '夏季の高温少雨により被害が拡大した。',
  },
];

const projectSheets: Holdout2Workbook = {
  name: 'h130-r5-jimujigyo-hyoka',
  layout:
    '事務事業評価シート, one 事業 per sheet (令和６年度の評価, 令和５年度実施事業): 活動指標／成果指標 rows with 目指す方向, 令和４年度実績, a 事業費 line',
  build(wb: Workbook) {
    for (const p of PROJECTS) {
      const ws = wb.addWorksheet(p.sheet);
      widths(ws, [12, 26, 7, 9, 12, 12, 12, 10]);
      merge(ws, 1, 1, 1, 8, '令和６年度　事務事業評価シート（令和５年度実施事業）');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 8, p.name);
      put(ws, 4, 1, ['所管課']);
      merge(ws, 4, 2, 4, 4, '農林部 林業振興課');
      put(ws, 4, 5, ['予算科目']);
      merge(ws, 4, 6, 4, 8, '農林水産業費／林業費');
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 8, p.purpose);
      put(ws, 6, 1, ['事業費', '令和４年度決算', p.cost[0], '千円', '令和５年度決算', p.cost[1], '千円']);
      box(ws, 3, 1, 6, 8);
      put(ws, 8, 1, ['■ 指標の状況']);
      put(ws, 9, 1, ['区分', '指標名', '単位', '目指す\n方向', '令和４年度\n実績', '令和５年度\n目標', '令和５年度\n実績', '達成率']);
      p.rows.forEach((r, i) => put(ws, 10 + i, 1, r));
      wrap(ws, 9, 1, 11, 8);
      box(ws, 9, 1, 11, 8);
      put(ws, 13, 1, ['総合評価', p.grade, '今後の方向性', '継続']);
      put(ws, 14, 1, ['評価の理由']);
      merge(ws, 14, 2, 14, 8, p.reason);
      box(ws, 13, 1, 14, 8);
      merge(ws, 16, 1, 16, 8, '総合評価　A：目標を上回る成果　B：概ね目標どおり　C：目標を下回る　D：成果が上がっていない');
    }
  },
  expected: {
    file: 'h130-r5-jimujigyo-hyoka.xlsx',
    fiscalYear: 2023,
    indicators: PROJECTS.flatMap((p) =>
      p.rows.map(([, name, unit, dir, , target, actual]) => ind(p.sheet, name, unit, target, actual, { direction: dir === '減少' ? 'down' : 'up' })),
    ),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthlyCaptures, forestRoadYears, forestWorks, projectSheets];
