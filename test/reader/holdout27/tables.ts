/** Hold-out 27, table shapes: an external-review handout, a system export, a plan progress table, an environment plan, a monthly report. */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook as Holdout27Workbook } from '../holdout2/kit';

const title = (ws: Worksheet, row: number, text: string, toCol: number) => {
  ws.getCell(row, 1).value = text;
  ws.mergeCells(row, 1, row, toCol);
};

/** 外部評価委員会 資料: baseline column, a 達成率 formula, the department's letter grade beside a committee comment. */
const gaibu: Holdout27Workbook = {
  name: 'h27-gaibu-hyoka-iinkai',
  layout: '外部評価委員会 資料２: one row per 成果指標 under its 施策, 基準値 column, 達成率 formula, 内部評価 letters, 委員意見 text',
  build(wb) {
    const ws = wb.addWorksheet('資料2');
    title(ws, 1, '令和５年度　外部評価委員会　資料２', 10);
    title(ws, 2, '施策の成果指標と内部評価の結果', 10);
    ws.getCell(3, 1).value = '（達成率＝実績値÷目標値）';
    put(ws, 5, 1, [
      'No.',
      '施策名',
      '成果指標',
      '単位',
      '基準値（令和元年度）',
      '目標値（令和５年度）',
      '実績値（令和５年度）',
      '達成率',
      '内部評価',
      '委員意見',
    ]);
    const rows: [string, string, string, number, number, number, string, string][] = [
      ['移住・定住の促進', '移住相談件数', '件', 120, 200, 186, 'B', '相談体制の充実を期待する。'],
      ['', '空き家バンク成約件数', '件', 8, 15, 9, 'C', '物件の掘り起こしが課題。'],
      ['子育て支援の充実', '子育て支援センター利用者数', '人', 15200, 18000, 18430, 'A', ''],
      ['健康づくりの推進', '特定健診受診率', '％', 38.5, 45, 41.2, 'A', '評価が甘いのではないか。'],
      ['', 'がん検診受診者数', '人', 5200, 6000, 3400, 'D', '受診勧奨の工夫を。'],
    ];
    rows.forEach(([policy, name, unit, base, target, actual, grade, note], i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, policy, name, unit, base, target, actual]);
      ws.getCell(r, 8).value = { formula: `G${r}/F${r}`, result: actual / target };
      ws.getCell(r, 8).numFmt = '0.0%';
      put(ws, r, 9, [grade, note]);
    });
    ws.mergeCells(6, 2, 7, 2);
    ws.mergeCells(9, 2, 10, 2);
    ws.getCell(12, 1).value = '※基準値は令和元年度末の数値。内部評価は担当課による自己評価（A～D）。';
  },
  expected: {
    file: 'h27-gaibu-hyoka-iinkai.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('資料2', '移住相談件数', '件', 200, 186, { existing: 'B' }),
      ind('資料2', '空き家バンク成約件数', '件', 15, 9, { existing: 'C' }),
      ind('資料2', '子育て支援センター利用者数', '人', 18000, 18430, { existing: 'A' }),
      ind('資料2', '特定健診受診率', '％', 45, 41.2, { existing: 'A' }),
      ind('資料2', 'がん検診受診者数', '人', 6000, 3400, { existing: 'D' }),
    ],
    groups: [],
  },
};

/** 事務事業評価調書 exported by the system: one row per 事業, 指標1_/指標2_ column groups, 評価年度 as a column, a cost column. */
const jimu: Holdout27Workbook = {
  name: 'h27-jimujigyo-export',
  layout:
    'system export of 事務事業評価: header row only, one row per 事業 with 指標1_名称/単位/目標値/実績値 and 指標2_… columns, 評価年度 column, 事業費 column',
  build(wb) {
    const ws = wb.addWorksheet('jigyo_hyoka_2023');
    put(ws, 1, 1, ['評価年度', '事業番号', '事業名', '所管課', '事業費（千円）', '指標1_名称', '指標1_単位', '指標1_目標値', '指標1_実績値']);
    put(ws, 1, 10, ['指標2_名称', '指標2_単位', '指標2_目標値', '指標2_実績値', '更新日']);
    const rows: (string | number | undefined)[][] = [
      ['2023', '01-02-003', '高齢者見守りネットワーク事業', '長寿福祉課', 3450, '見守り協定締結事業所数', '事業所', 40, 43, '見守り訪問件数', '件', 1200, 1010],
      ['2023', '02-01-001', '学校図書館活用推進事業', '学校教育課', 12800, '児童1人当たり年間貸出冊数', '冊', 50, 46.3],
      ['2023', '03-04-002', '防災士育成事業', '危機管理課', 2100, '防災士資格取得者数', '人', 30, 18, '自主防災組織の訓練実施率', '％', 80, 82.5],
      ['2023', '04-02-001', '農業担い手支援事業', '農林振興課', 8760, '新規就農者数', '人', 5, 5],
    ];
    rows.forEach((row, i) => {
      put(ws, 2 + i, 1, row);
      ws.getCell(2 + i, 14).value = '2024/05/31';
    });
  },
  expected: {
    file: 'h27-jimujigyo-export.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('jigyo_hyoka_2023', '見守り協定締結事業所数', '事業所', 40, 43),
      ind('jigyo_hyoka_2023', '見守り訪問件数', '件', 1200, 1010),
      ind('jigyo_hyoka_2023', '児童1人当たり年間貸出冊数', '冊', 50, 46.3),
      ind('jigyo_hyoka_2023', '防災士資格取得者数', '人', 30, 18),
      ind('jigyo_hyoka_2023', '自主防災組織の訓練実施率', '％', 80, 82.5),
      ind('jigyo_hyoka_2023', '新規就農者数', '人', 5, 5),
    ],
    groups: [],
  },
};

/** 子ども・子育て支援事業計画 進捗管理表: year headings merged over 計画値/実績値 pairs, a later year with plans only, text values. */
const kosodate: Holdout27Workbook = {
  name: 'h27-kosodate-shinchoku',
  layout: '子ども・子育て支援事業計画 進捗管理表: 令和４〜６年度 merged over 計画値/実績値 pairs, unit column, （見込み） and 集計中 in text',
  build(wb) {
    const ws = wb.addWorksheet('進捗管理表');
    title(ws, 1, '第２期 子ども・子育て支援事業計画　進捗管理表（令和５年度実績）', 9);
    put(ws, 3, 1, ['事業名', '単位', '令和４年度', undefined, '令和５年度', undefined, '令和６年度', undefined, '備考']);
    put(ws, 4, 3, ['計画値', '実績値', '計画値', '実績値', '計画値', '実績値']);
    ws.mergeCells(3, 1, 4, 1);
    ws.mergeCells(3, 2, 4, 2);
    [3, 5, 7].forEach((c) => ws.mergeCells(3, c, 3, c + 1));
    ws.mergeCells(3, 9, 4, 9);
    const rows: (string | number | undefined)[][] = [
      ['延長保育事業（利用者数）', '人', 420, 398, 430, 441, 440, undefined],
      ['放課後児童健全育成事業（登録児童数）', '人', 650, 612, 680, 603, 700, undefined, '定員不足の地区あり'],
      ['一時預かり事業（延べ利用者数）', '人日', '3,000', '2,110', '3,000', '2,380（見込み）', '3,000', undefined, '３月分は見込み'],
      ['病児保育事業（延べ利用者数）', '人日', 500, 320, 500, '集計中', 500],
      ['ファミリー・サポート・センター事業（活動件数）', '件', '1,200', '980', '1,250', '1,020', '1,300'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    ws.getCell(11, 1).value = '※実績値は各年度末時点。令和６年度は計画値のみ。';
  },
  expected: {
    file: 'h27-kosodate-shinchoku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('進捗管理表', '延長保育事業（利用者数）', '人', 430, 441),
      ind('進捗管理表', '放課後児童健全育成事業（登録児童数）', '人', 680, 603),
      ind('進捗管理表', '一時預かり事業（延べ利用者数）', '人日', 3000, 2380, { actualStatus: 'provisional' }),
      ind('進捗管理表', '病児保育事業（延べ利用者数）', '人日', 500, null, { actualStatus: 'pending' }),
      ind('進捗管理表', 'ファミリー・サポート・センター事業（活動件数）', '件', 1250, 1020),
    ],
    groups: [],
  },
};

/** 環境基本計画 年次報告: actual columns per year, one final target (令和７年度), a 目標の方向 arrow column with its legend. */
const kankyo: Holdout27Workbook = {
  name: 'h27-kankyo-kihon-keikaku',
  layout: '環境基本計画 点検表: 基準値, 令和３〜５年度 actual columns, final 目標値（令和７年度）, ↑/↓ 目標の方向 column with legend, 集計中',
  build(wb) {
    const ws = wb.addWorksheet('環境指標');
    title(ws, 1, '○○市環境基本計画　年次報告書', 8);
    title(ws, 2, '（令和５年度の実績に基づく点検・評価）', 8);
    put(ws, 4, 1, ['環境指標', '単位', '基準値（平成30年度）', '令和３年度', '令和４年度', '令和５年度', '目標値（令和７年度）', '目標の方向']);
    const rows: (string | number)[][] = [
      ['温室効果ガス排出量', '千t-CO2', 612, 560, 548, 531, 500, '↓'],
      ['市民1人1日当たりのごみ排出量', 'g', 958, 921, 905, 889, 850, '↓'],
      ['リサイクル率', '％', 18.2, 19.0, 19.4, 20.1, 25.0, '↑'],
      ['公害苦情件数', '件', 64, 51, 48, 39, 40, '↓'],
      ['住宅用太陽光発電設備設置件数（累計）', '件', '2,150', '2,600', '2,840', '集計中', '3,500', '↑'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    ws.getCell(11, 1).value = '目標の方向　↑：増やすことを目指す指標　↓：減らすことを目指す指標';
  },
  expected: {
    file: 'h27-kankyo-kihon-keikaku.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind('環境指標', '温室効果ガス排出量', '千t-CO2', 500, 531, { direction: 'down' }), targetSource: 'final' },
      { ...ind('環境指標', '市民1人1日当たりのごみ排出量', 'g', 850, 889, { direction: 'down' }), targetSource: 'final' },
      { ...ind('環境指標', 'リサイクル率', '％', 25, 20.1), targetSource: 'final' },
      { ...ind('環境指標', '公害苦情件数', '件', 40, 39, { direction: 'down' }), targetSource: 'final' },
      { ...ind('環境指標', '住宅用太陽光発電設備設置件数（累計）', '件', 3500, null, { actualStatus: 'pending' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const MONTHLY: [string, string, number, number[], number][] = [
  ['消費生活相談件数', '件', 900, [72, 65, 70, 81, 66, 74, 69, 77, 58, 63, 71, 76], 915],
  ['出前講座開催回数', '回', 24, [1, 2, 3, 2, 1, 3, 3, 2, 2, 3, 2, 2], 22],
  ['講座参加者数', '人', 1200, [40, 55, 70, 62, 30, 75, 80, 66, 48, 72, 52, 50], 1130],
  ['啓発イベント来場者数', '人', 2000, [0, 0, 420, 0, 0, 0, 510, 0, 0, 0, 420, 0], 1800],
];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** 月次の実績報告: months across, a 累計 SUM formula, the 年間目標 before the months and 前年度実績 after. */
const geppou: Holdout27Workbook = {
  name: 'h27-geppou-ruikei',
  layout: '消費生活センター 月別実績報告: 年間目標, 4月〜3月 month columns, 累計 SUM formulas, 前年度実績 column after',
  build(wb) {
    const ws = wb.addWorksheet('R5月別実績');
    title(ws, 1, '令和５年度　消費生活センター　月別実績報告（累計）', 17);
    put(ws, 3, 1, ['項目', '単位', '年間目標', ...MONTHS, '累計', '前年度実績']);
    MONTHLY.forEach(([name, unit, target, months, last], i) => {
      const r = 4 + i;
      put(ws, r, 1, [name, unit, target, ...months]);
      ws.getCell(r, 16).value = { formula: `SUM(D${r}:O${r})`, result: sum(months) };
      ws.getCell(r, 17).value = last;
    });
    ws.getCell(9, 1).value = '※令和６年３月31日現在';
  },
  expected: {
    file: 'h27-geppou-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: MONTHLY.map(([name, unit, target, months]) => ind('R5月別実績', name, unit, target, sum(months))),
    groups: [],
  },
};

export const TABLE_WORKBOOKS: Holdout27Workbook[] = [gaibu, jimu, kosodate, kankyo, geppou];
