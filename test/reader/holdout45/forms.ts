/**
 * Hold-out 45: sheets an office lays out by hand — a 施策評価シート whose indicators carry their unit only in
 * the name's brackets, a 平成 table whose plan target year is 平成32年度, a 事務事業 sheet of two tables with
 * figures written as text, and a transposed table (indicators across, 単位 / 目標値 / 実績値 / 方向 / 評価 down).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const unitInName: Holdout2Workbook = {
  name: 'h45-unit-in-name-brackets',
  layout: '施策評価シート: indicator names carry the unit in brackets （待機児童数（人））, no 単位 column; a 達成率 column; the 施策の評価 cell empty',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('施策3-2');
    put(ws, 1, 1, ['令和５年度　施策評価シート']);
    put(ws, 3, 1, ['政策', '３　子どもを産み育てやすいまち']);
    put(ws, 4, 1, ['施策', '３－２　保育サービスの充実']);
    put(ws, 5, 1, ['担当課', 'こども家庭部　保育課']);
    put(ws, 3, 6, ['施策の評価']);
    ws.mergeCells('F4:F5');
    put(ws, 7, 1, ['■成果指標']);
    put(ws, 8, 1, ['成果指標', '基準値（R2）', '目標値（R5）', '実績値（R5）', '達成率', '指標の評価']);
    put(ws, 9, 1, ['待機児童数（人）', 21, 5, 8, '62.5%']);
    put(ws, 10, 1, ['保育所等利用率（％）', 48.6, 52.0, 51.2, '98.5%']);
    put(ws, 11, 1, ['保育士確保数（人）', 0, 40, 44, '110.0%']);
    put(ws, 12, 1, ['病児保育の受入れ施設数（か所）', 1, 3, 2, '66.7%']);
    put(ws, 13, 1, ['子育て支援アプリ登録者数（人）', '1,200', '6,000', '4,450', '74.2%']);
    put(ws, 15, 1, ['※待機児童数は、少ないほど良い指標のため、達成率は目標値÷実績値で算出。']);
    put(ws, 17, 1, ['■施策の成果と課題']);
    put(ws, 18, 1, ['保育士の確保は進んだが、年度途中の入所申込みの増加により待機児童が生じた。']);
    ws.getColumn(1).width = 34;
  },
  expected: {
    file: 'h45-unit-in-name-brackets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('施策3-2', '待機児童数', '人', 5, 8, { direction: 'down' }),
      ind('施策3-2', '保育所等利用率', '％', 52, 51.2),
      ind('施策3-2', '保育士確保数', '人', 40, 44),
      ind('施策3-2', '病児保育の受入れ施設数', 'か所', 3, 2),
      ind('施策3-2', '子育て支援アプリ登録者数', '人', 6000, 4450),
    ],
    // C, B, A, C, C → 2.6 → B.
    groups: [{ sheet: '施策3-2', cell: 'F4', grade: 'B' }],
  },
};

function heiseiSheet(ws: Worksheet): void {
  put(ws, 1, 1, ['平成30年度　まちづくり指標の達成状況']);
  put(ws, 2, 9, ['（平成31年3月31日現在）']);
  put(ws, 3, 1, ['指標名', '単位', '基準値', '実績値', undefined, undefined, '目標値', '評価', '担当']);
  ws.mergeCells('D3:F3');
  for (const col of [1, 2, 8, 9]) ws.mergeCells(3, col, 4, col);
  put(ws, 4, 3, ['平成27年度', '平成28年度', '平成29年度', '平成30年度', '平成32年度']);
  put(ws, 5, 1, ['市民一人当たり図書貸出冊数', '冊', 5.2, 5.4, 5.5, 5.3, 6.0, 'B', '図書館']);
  put(ws, 6, 1, ['特定健康診査受診率', '％', 38.5, 40.1, 42.6, 44.0, 60.0, 'C', '健康推進課']);
  put(ws, 7, 1, ['認知症サポーター養成者数（累計）', '人', '3,200', '4,150', '5,020', '6,110', '8,000', 'B', '長寿社会課']);
  put(ws, 8, 1, ['スポーツ施設利用者数', '人', '410,000', '428,650', '441,900', '452,300', '450,000', 'A', 'スポーツ振興課']);
  put(ws, 9, 1, ['公民館講座参加者数', '人', '12,400', '12,950', '13,120', '（集計中）', '15,000', undefined, '生涯学習課']);
  put(ws, 10, 1, ['市民バス利用者数', '人', '205,000', '198,700', '190,150', '182,400', '240,000', undefined, '都市計画課']);
  put(ws, 12, 1, ['※目標値は第２次総合計画（平成28年度～平成32年度）の最終目標値。評価は平成30年度実績の目標値に対する割合による。']);
  ws.getColumn(1).width = 32;
}

const heiseiTarget: Holdout2Workbook = {
  name: 'h45-heisei-h32-target',
  layout: '平成 headings: 基準値 平成27年度, 実績値 merged over 平成28〜30年度, 目標値 平成32年度 (a plan year that never came); an as-of 平成31年3月31日現在',
  build(wb: Workbook) {
    heiseiSheet(wb.addWorksheet('H30'));
  },
  expected: {
    file: 'h45-heisei-h32-target.xlsx',
    fiscalYear: 2018,
    indicators: [
      ind('H30', '市民一人当たり図書貸出冊数', '冊', 6, 5.3, { existing: 'B' }),
      ind('H30', '特定健康診査受診率', '％', 60, 44, { existing: 'C' }),
      ind('H30', '認知症サポーター養成者数（累計）', '人', 8000, 6110, { existing: 'B' }),
      ind('H30', 'スポーツ施設利用者数', '人', 450000, 452300, { existing: 'A' }),
      ind('H30', '公民館講座参加者数', '人', 15000, null, { actualStatus: 'pending' }),
      ind('H30', '市民バス利用者数', '人', 240000, 182400),
    ],
    groups: [],
  },
};

type Text = [name: string, target: string, actual: string, rate: string | null, own: string | null, remark: string | null];

function textTable(ws: Worksheet, top: number, caption: string, rows: Text[]): void {
  put(ws, top, 1, [caption]);
  put(ws, top + 1, 1, ['指標名', undefined, '目標値', '実績値', '達成率', '自己評価', '備考']);
  rows.forEach((r, i) => put(ws, top + 2 + i, 1, [r[0], undefined, ...r.slice(1)]));
}

const twoTables: Holdout2Workbook = {
  name: 'h45-two-tables-text-figures',
  layout:
    '事務事業 sheet: 活動指標 and 成果指標 tables stacked, a blank spacer column, figures as text with units, full-width digits, 約, 未実施, a 速報値 備考',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('事務事業');
    put(ws, 1, 1, ['2023年度　事務事業評価シート']);
    put(ws, 2, 1, ['事業名：中小企業振興事業　　所管：商工観光部 商工振興課']);
    textTable(ws, 4, '■ 活動指標', [
      ['創業セミナー開催回数', '6回', '６回', '100%', null, null],
      ['商店街イベント支援件数', '12件', '9件', '75%', null, null],
      ['企業訪問件数', '150件', '163件', '109%', null, '速報値'],
    ]);
    textTable(ws, 11, '■ 成果指標', [
      ['創業件数', '20件', '14件', '70%', 'B', null],
      ['産業フェア来場者数', '15,000人', '約12,600人', '84%', 'B', '主催者発表'],
      ['中小企業融資あっせん件数', '８０件', '６１件', '76%', 'C', null],
      ['ものづくり展示商談会の出展企業数', '25社', '未実施', null, 'D', '会場が確保できず開催を見送った'],
    ]);
    ws.getColumn(1).width = 34;
    ws.getColumn(2).width = 2;
  },
  expected: {
    file: 'h45-two-tables-text-figures.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事務事業', '創業セミナー開催回数', '回', 6, 6),
      ind('事務事業', '商店街イベント支援件数', '件', 12, 9),
      ind('事務事業', '企業訪問件数', '件', 150, 163, { actualStatus: 'provisional' }),
      ind('事務事業', '創業件数', '件', 20, 14, { existing: 'B' }),
      ind('事務事業', '産業フェア来場者数', '人', 15000, 12600, { existing: 'B', actualStatus: 'approximate' }),
      ind('事務事業', '中小企業融資あっせん件数', '件', 80, 61, { existing: 'C' }),
      ind('事務事業', 'ものづくり展示商談会の出展企業数', '社', 25, null, { existing: 'D', actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

const transposed: Holdout2Workbook = {
  name: 'h45-indicators-across-columns',
  layout: 'indicators across the columns, 単位 / 目標値 / 実績値 / 達成率 / 方向 (増加・減少) / 評価 down column A; one target 「－」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('重点目標');
    put(ws, 1, 1, ['2023年度　教育委員会重点目標の達成状況']);
    put(ws, 3, 1, [
      '項目',
      '不登校児童生徒の出現率',
      '全国学力・学習状況調査の平均正答率（小６国語）',
      '学校図書館の児童１人当たり貸出冊数',
      '英検３級以上相当の生徒の割合（中３）',
      'ICTを活用した授業の実施率',
      'いじめの解消率',
    ]);
    put(ws, 4, 1, ['単位', '％', '％', '冊', '％', '％', '％']);
    put(ws, 5, 1, ['目標値', 1.5, 68, 45, 50, 100, '－']);
    put(ws, 6, 1, ['実績値', 2.1, 66, 48.2, 43.6, 94, 87.5]);
    put(ws, 7, 1, ['達成率', '71.4%', '97.1%', '107.1%', '87.2%', '94.0%', '－']);
    put(ws, 8, 1, ['方向', '減少', '増加', '増加', '増加', '増加', '増加']);
    put(ws, 9, 1, ['評価', 'C', 'B', 'A', 'B', 'A']);
    put(ws, 11, 1, ['※いじめの解消率は数値目標を設定せず、状況を把握する指標としている。']);
    ws.getColumn(1).width = 10;
  },
  expected: {
    file: 'h45-indicators-across-columns.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('重点目標', '不登校児童生徒の出現率', '％', 1.5, 2.1, { direction: 'down', existing: 'C' }),
      ind('重点目標', '全国学力・学習状況調査の平均正答率（小６国語）', '％', 68, 66, { existing: 'B' }),
      ind('重点目標', '学校図書館の児童１人当たり貸出冊数', '冊', 45, 48.2, { existing: 'A' }),
      ind('重点目標', '英検３級以上相当の生徒の割合（中３）', '％', 50, 43.6, { existing: 'B' }),
      ind('重点目標', 'ICTを活用した授業の実施率', '％', 100, 94, { existing: 'A' }),
      ind('重点目標', 'いじめの解消率', '％', null, 87.5),
    ],
    groups: [],
  },
};

export const FORM_WORKBOOKS: Holdout2Workbook[] = [unitInName, heiseiTarget, twoTables, transposed];
