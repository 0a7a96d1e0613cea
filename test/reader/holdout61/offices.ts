/** Set 61, the documents one evaluation office receives in a year: two departments' 施策評価シート, 事務事業評価シート, a 総合戦略 KPI table and a 個別計画 進行管理表. */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const widths = (ws: Worksheet, w: number[]) => w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
const wrap = (ws: Worksheet, ref: string) => (ws.getCell(ref).alignment = { wrapText: true, vertical: 'middle' });

/** 商工観光部: indicator blocks tiled two across, R3–R7 as columns, 実績値 then 目標値, a 施策の評価 cell. */
const TILED_BLOCKS: [string, string, string, number[], number[]][] = [
  ['観光入込客数', '市内観光地点の年間入込客数（延べ人数）', '万人', [180, 190, 200, 210, 220], [152, 171, 188.4]],
  ['宿泊者数', '市内宿泊施設の年間延べ宿泊者数', '人', [95000, 100000, 105000, 110000, 115000], [81200, 92300, 107650]],
  ['観光案内所利用者数', '駅前観光案内所の年間利用者数', '人', [12000, 12500, 13000, 13500, 14000], [8400, 9100, 9800]],
  ['外国人観光客数', '市内宿泊施設の外国人延べ宿泊者数', '人', [3000, 5000, 8000, 10000, 12000], [520, 2870, 6900]],
  ['観光ボランティアガイド登録者数', '各年度末の登録者数', '人', [40, 42, 44, 46, 48], [38, 41, 45]],
];
const tiledGrades = TILED_BLOCKS.map(([, , , t, a]) => ind('2-3', '', null, t[2], a[2]).grade);

const policyTiled: Holdout2Workbook = {
  name: 'h61-policy-tiled',
  layout: '施策評価シート (商工観光部): five blocks tiled two across, R3–R7 columns, 実績値 row above 目標値 row, 施策の評価 cell with last year in （）',
  build(wb) {
    const ws = wb.addWorksheet('2-3');
    widths(ws, [10, 7, 9, 9, 9, 9, 9, 14, 3, 10, 7, 9, 9, 9, 9, 9, 14]);
    put(ws, 1, 1, ['第2次岩代市総合計画　令和6年度 施策評価シート（評価対象年度：令和5年度）']);
    ws.mergeCells('A1:Q1');
    put(ws, 3, 1, ['政策', '2.活力ある産業のまち']);
    ws.mergeCells('B3:H3');
    put(ws, 4, 1, ['施策', '2-3.観光交流の推進']);
    ws.mergeCells('B4:H4');
    put(ws, 5, 1, ['担当部', '商工観光部']);
    ws.mergeCells('B5:H5');
    put(ws, 3, 10, ['施策の評価', undefined, 'B', '（C）']);
    ws.mergeCells('J3:K4');
    ws.mergeCells('L3:L4');
    ws.mergeCells('M3:M4');
    put(ws, 5, 10, ['※（ ）内は前年度の評価　A 順調　B 概ね順調　C やや遅れている　D 遅れている']);
    ws.mergeCells('J5:Q5');
    TILED_BLOCKS.forEach(([name, desc, unit, t, a], i) => {
      const r = 7 + Math.floor(i / 2) * 7;
      const c = i % 2 ? 10 : 1;
      put(ws, r, c, [`指標${'①②③④⑤'[i]}`, name]);
      ws.mergeCells(r, c + 1, r, c + 7);
      put(ws, r + 1, c, ['指標の説明', desc]);
      ws.mergeCells(r + 1, c + 1, r + 1, c + 7);
      put(ws, r + 2, c, ['区分', '単位', 'R3', 'R4', 'R5', 'R6', 'R7', '備考']);
      put(ws, r + 3, c, ['実績値', unit, ...a]);
      put(ws, r + 4, c, ['目標値', unit, ...t]);
      ws.getCell(r + 4, c + 7).value = 'R7は計画目標';
    });
    put(ws, 29, 1, ['施策の成果と課題']);
    put(ws, 30, 1, ['宿泊者数は大型イベントの再開により目標を上回ったが、観光案内所の利用はコロナ禍前の水準に戻っていない。']);
    ws.mergeCells('A30:Q31');
    wrap(ws, 'A30');
  },
  expected: {
    file: 'h61-policy-tiled.xlsx',
    fiscalYear: 2023,
    indicators: TILED_BLOCKS.map(([name, , unit, t, a]) => ind('2-3', name, unit, t[2], a[2])),
    groups: [{ sheet: '2-3', cell: 'L3', grade: rollUp(tiledGrades) }],
  },
};

/** 健康福祉部: indicators stacked, two rows each (目標値 / 実績値), 基準値 and a 方向 column (↑ / ↓). */
const STACKED: [string, string, '↑' | '↓', number, number[], number[]][] = [
  ['特定健康診査受診率', '％', '↑', 38.2, [40, 42, 44, 46, 48], [39.1, 41.5, 42.8]],
  ['がん検診受診率（胃がん）', '％', '↑', 9.8, [11, 12, 13, 14, 15], [10.2, 10.9, 11.3]],
  ['要介護認定率', '％', '↓', 18.9, [18.8, 18.7, 18.6, 18.5, 18.4], [18.9, 19.0, 19.3]],
  ['介護予防教室参加者数', '人', '↑', 1250, [1300, 1400, 1500, 1600, 1700], [640, 980, 1530]],
  ['低栄養傾向の高齢者の割合', '％', '↓', 17.5, [17.0, 16.5, 16.0, 15.5, 15.0], [17.2, 16.9, 14.8]],
  ['健康づくりポイント事業参加者数', '人', '↑', 0, [500, 800, 1000, 1200, 1500], [410, 650, 590]],
];
const stackedInds = STACKED.map(([name, unit, dir, , t, a]) => ind('施策3-1', name, unit, t[2], a[2], { direction: dir === '↓' ? 'down' : 'up' }));

const policyStacked: Holdout2Workbook = {
  name: 'h61-policy-stacked',
  layout:
    '施策評価シート (健康福祉部): table at B7, each indicator on two rows (目標値 / 実績値) with 基準値（R2） and ↑/↓ 方向 merged over both, 評価 cell above',
  build(wb) {
    const ws = wb.addWorksheet('施策3-1');
    widths(ws, [2, 5, 30, 7, 6, 10, 8, 9, 9, 9, 9, 11, 18]);
    put(ws, 2, 2, ['令和5年度 施策評価シート']);
    ws.mergeCells('B2:M2');
    put(ws, 3, 2, ['施策名', '3-1 健康寿命の延伸', undefined, undefined, undefined, undefined, undefined, '評価', 'B']);
    ws.mergeCells('C3:H3');
    put(ws, 4, 2, ['所管部', '健康福祉部', undefined, undefined, undefined, undefined, undefined, '評価対象年度', '令和5年度']);
    put(ws, 5, 2, ['方向：↑ 数値が大きいほど良い　↓ 数値が小さいほど良い']);
    ws.mergeCells('B5:H5');
    put(ws, 7, 2, ['No.', '成果指標名', '単位', '方向', '基準値\n（R2）', '区分', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標）', '備考']);
    STACKED.forEach(([name, unit, dir, base, t, a], i) => {
      const r = 8 + 2 * i;
      put(ws, r, 2, [i + 1, name, unit, dir, base, '目標値', ...t]);
      put(ws, r + 1, 7, ['実績値', ...a]);
      for (const col of [2, 3, 4, 5, 6, 13]) ws.mergeCells(r, col, r + 1, col);
    });
    ws.getCell('M14').value = '介護保険事業状況報告（年報）';
    put(ws, 21, 2, ['※評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
  },
  expected: {
    file: 'h61-policy-stacked.xlsx',
    fiscalYear: 2023,
    indicators: stackedInds,
    groups: [{ sheet: '施策3-1', cell: 'J3', grade: rollUp(stackedInds.map((i) => i.grade)) }],
  },
};

/** 事務事業評価シート, one project per sheet: 活動指標 / 成果指標 with 目標・実績 per year, 事業費 rows, 評価 A–D, 今後の方向性. */
type ProjectInd = [string, string, string, number[], number[]];
const PROJECTS: [string, string, string, string, ProjectInd[], string, string][] = [
  [
    '事業01',
    '空き家バンク運営事業',
    '都市計画課',
    '市内の空き家の流通を促し、移住・定住の受け皿とする。',
    [
      ['活動指標', '空き家バンク登録物件数', '件', [30, 30, 35, 35], [26, 31, 29]],
      ['成果指標', '空き家バンク成約件数', '件', [15, 15, 18, 18], [11, 16, 19]],
    ],
    'B',
    '継続',
  ],
  [
    '事業02',
    '高齢者見守りネットワーク事業',
    '長寿介護課',
    '事業所・地域と協定を結び、高齢者の異変を早期に発見する。',
    [
      ['活動指標', '見守り協力事業所数', '事業所', [120, 125, 130, 135], [118, 124, 127]],
      ['活動指標', '見守り訪問回数', '回', [2400, 2400, 2400, 2400], [2210, 2360, 2512]],
      ['成果指標', '見守りによる早期発見件数', '件', [20, 20, 20, 20], [14, 22, 12]],
    ],
    'C',
    '見直し',
  ],
];

const projectSheets: Holdout2Workbook = {
  name: 'h61-jimu-jigyo',
  layout: '事務事業評価シート per sheet: 指標の種類 | 指標名 | 単位 | 区分 (目標/実績) | R3–R5年度 | R6年度(計画); 事業費 rows below; 評価 and 今後の方向性',
  build(wb) {
    for (const [sheet, title, ka, purpose, inds, grade, dir] of PROJECTS) {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [11, 26, 4, 8, 7, 10, 10, 10, 12, 4]);
      put(ws, 1, 1, ['令和5年度　事務事業評価シート（令和5年度実施事業）']);
      ws.mergeCells('A1:J1');
      put(ws, 3, 1, ['事業名', title, undefined, undefined, undefined, undefined, '担当課', ka]);
      ws.mergeCells('B3:F3');
      put(ws, 4, 1, ['事業の目的', purpose]);
      ws.mergeCells('B4:J4');
      put(ws, 6, 1, ['指標の種類', '指標名', undefined, '単位', '区分', 'R3年度', 'R4年度', 'R5年度', 'R6年度\n(計画)']);
      ws.mergeCells('B6:C6');
      let r = 7;
      for (const [kind, name, unit, t, a] of inds) {
        put(ws, r, 1, [kind, name, undefined, unit, '目標', ...t]);
        put(ws, r + 1, 5, ['実績', ...a]);
        ws.mergeCells(r, 1, r + 1, 1);
        ws.mergeCells(r, 2, r + 1, 3);
        ws.mergeCells(r, 4, r + 1, 4);
        r += 2;
      }
      r++;
      put(ws, r, 1, ['事業費', '事業費（千円）', undefined, undefined, undefined, 4820, 5130, 5460, 5500]);
      put(ws, r + 1, 2, ['うち一般財源（千円）', undefined, undefined, undefined, 2410, 2565, 2730, 2750]);
      put(ws, r + 2, 2, ['従事職員数（人）', undefined, undefined, undefined, 0.8, 0.8, 1.0, 1.0]);
      ws.mergeCells(r, 1, r + 2, 1);
      put(ws, r + 4, 1, ['評価', grade, '（A：目標を達成　B：概ね達成　C：一部未達成　D：未達成）']);
      ws.mergeCells(r + 4, 3, r + 4, 10);
      put(ws, r + 5, 1, ['今後の方向性', dir]);
      put(ws, r + 6, 1, ['改善内容', '協力事業所の拡大と、通報後の対応手順の共有を図る。']);
      ws.mergeCells(r + 6, 2, r + 6, 10);
    }
  },
  expected: {
    file: 'h61-jimu-jigyo.xlsx',
    fiscalYear: 2023,
    indicators: PROJECTS.flatMap(([sheet, , , , inds]) => inds.map(([, name, unit, t, a]) => ind(sheet, name, unit, t[2], a[2]))),
    groups: [],
  },
};

/** 総合戦略 KPI table: 基準値（R1）, 目標値（R6）, 実績 R2–R5, 達成状況 ◎○△×; two tables (基本目標) on one sheet. */
const KPI: [string, string, number, number, number[], string][][] = [
  [
    ['企業誘致件数（累計）', '件', 2, 10, [3, 5, 6, 8], '○'],
    ['新規就農者数', '人', 6, 10, [7, 9, 8, 12], '◎'],
    ['創業支援による創業件数', '件', 8, 15, [9, 11, 10, 12], '○'],
  ],
  [
    ['移住相談件数', '件', 85, 200, [110, 160, 175, 214], '◎'],
    ['移住者数', '人', 42, 100, [38, 51, 64, 58], '×'],
    ['観光入込客数', '万人', 215, 250, [120, 150, 188, 231], '○'],
  ],
];

const kpiStrategy: Holdout2Workbook = {
  name: 'h61-kpi-strategy',
  layout: '総合戦略 KPI: two 基本目標 tables on one sheet from A4, 基準値（R1） | 目標値（R6） | R2–R5実績 | 達成状況 ◎○△× (legend above), 担当課',
  build(wb) {
    const ws = wb.addWorksheet('KPI進捗');
    widths(ws, [5, 30, 6, 10, 10, 9, 9, 9, 9, 9, 12]);
    put(ws, 1, 1, ['第2期岩代市まち・ひと・しごと創生総合戦略　KPI進捗状況（令和5年度実績）']);
    ws.mergeCells('A1:K1');
    put(ws, 2, 1, ['達成状況：◎目標達成　○80％以上　△60％以上80％未満　×60％未満（令和5年度実績の目標値（R6）に対する割合）']);
    ws.mergeCells('A2:K2');
    let r = 4;
    KPI.forEach((rows, g) => {
      put(ws, r, 1, [g ? '基本目標2　新しいひとの流れをつくる' : '基本目標1　安定した雇用を創出する']);
      ws.mergeCells(r, 1, r, 11);
      put(ws, r + 1, 1, [
        'No.',
        '重要業績評価指標（KPI）',
        '単位',
        '基準値\n（R1）',
        '目標値\n（R6）',
        'R2実績',
        'R3実績',
        'R4実績',
        'R5実績',
        '達成状況',
        '担当課',
      ]);
      rows.forEach(([name, unit, base, target, a, mark], i) => {
        put(ws, r + 2 + i, 1, [`${g + 1}-${i + 1}`, name, unit, base, target, ...a, mark, g ? '移住定住課' : '商工労政課']);
      });
      r += rows.length + 3;
    });
    put(ws, r, 1, ['※R2・R3は新型コロナウイルス感染症の影響を受けている。']);
  },
  expected: {
    file: 'h61-kpi-strategy.xlsx',
    fiscalYear: 2023,
    indicators: KPI.flat().map(([name, unit, , target, a]) => ind('KPI進捗', name, unit, target, a[3])),
    groups: [],
  },
};

/** 個別計画 進行管理表: 現状値（R2）, 目標値（R7）, 実績（R5）, 進捗 in words (順調 / 概ね順調 / やや遅れ / 遅れ), 備考 giving 減少 direction. */
const PROGRESS: [string, string, number, number, number | string, string, string, 'up' | 'down', string][] = [
  ['太陽光発電設備設置補助件数（累計）', '件', 420, 800, 655, '概ね順調', 'B', 'up', ''],
  ['家庭ごみ1人1日当たり排出量', 'g', 612, 560, 571, '順調', 'A', 'down', '減少を目指す指標'],
  ['リサイクル率', '％', 18.4, 24.0, 19.1, 'やや遅れ', 'C', 'up', ''],
  ['環境学習講座参加者数', '人', 1150, 1500, 620, '遅れ', 'D', 'up', '講座の一部を中止'],
  ['公用車の次世代自動車導入率', '％', 12.0, 30.0, 31.5, '順調', 'A', 'up', ''],
  ['不法投棄回収件数', '件', 88, 60, '集計中', '－', '', 'down', '減少を目指す指標'],
];

const progressTable: Holdout2Workbook = {
  name: 'h61-progress-table',
  layout: '個別計画 進行管理表 at B5: 現状値（R2） | 目標値（R7） | 実績（R5） | 進捗 word | 担当課 | 備考 (減少を目指す指標); one actual 集計中',
  build(wb) {
    const ws = wb.addWorksheet('進行管理表');
    widths(ws, [2, 5, 32, 6, 10, 10, 10, 10, 12, 18]);
    put(ws, 2, 2, ['第3次岩代市環境基本計画　進行管理表（令和5年度実績）']);
    ws.mergeCells('B2:J2');
    put(ws, 3, 2, ['進捗：順調／概ね順調／やや遅れ／遅れ（担当課の自己評価）']);
    ws.mergeCells('B3:J3');
    put(ws, 5, 2, ['No.', '指標', '単位', '現状値\n（R2）', '目標値\n（R7）', '実績\n（R5）', '進捗', '担当課', '備考']);
    PROGRESS.forEach(([name, unit, base, target, actual, word, , , note], i) => {
      put(ws, 6 + i, 2, [i + 1, name, unit, base, target, actual, word, i < 3 ? '環境政策課' : '廃棄物対策課', note || undefined]);
    });
    put(ws, 13, 2, ['※実績の年度は令和5年度（公用車は令和6年3月31日現在）。']);
  },
  expected: {
    file: 'h61-progress-table.xlsx',
    fiscalYear: 2023,
    indicators: PROGRESS.map(([name, unit, , target, actual, , letter, direction]) =>
      typeof actual === 'number'
        ? ind('進行管理表', name, unit, target, actual, { direction, existing: letter })
        : ind('進行管理表', name, unit, target, null, { direction, actualStatus: 'pending' }),
    ),
    groups: [],
  },
};

export const OFFICE_WORKBOOKS: Holdout2Workbook[] = [policyTiled, policyStacked, projectSheets, kpiStrategy, progressTable];
