/** Hold-out 31: more shapes (targets and actuals on two sheets, years as rows, side-by-side tables, committee papers, a form, revised targets). */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const title = (ws: Worksheet, cell: string, text: string) => {
  ws.getCell(cell).value = text;
  ws.getCell(cell).font = { bold: true, size: 14 };
};

const split: Holdout2Workbook = {
  name: 'h31-kankyo-split-sheets',
  layout:
    '環境基本計画 年次報告: 目標値 sheet and 実績値 sheet joined by 指標コード in another order, R4実績 beside R5実績, 方向 column only on the targets sheet',
  build(wb) {
    const t = wb.addWorksheet('目標値');
    title(t, 'A1', '第3次環境基本計画 指標の目標値');
    put(t, 3, 1, ['指標コード', '指標名', '単位', '方向', 'R5目標', 'R7目標（最終）']);
    put(t, 4, 1, ['E-01', '市域の温室効果ガス排出量', 't-CO2', '減少', 410000, 380000]);
    put(t, 5, 1, ['E-02', '再生可能エネルギー導入量', 'kW', '増加', 52000, 60000]);
    put(t, 6, 1, ['E-03', '公園愛護会の団体数', '団体', '増加', 45, 50]);
    put(t, 7, 1, ['E-04', 'ごみのリサイクル率', '％', '増加', 25.0, 27.0]);
    const a = wb.addWorksheet('実績値');
    title(a, 'A1', '令和5年度 環境基本計画 年次報告（実績値）');
    put(a, 3, 1, ['指標コード', '指標名', 'R4実績', 'R5実績', '備考']);
    put(a, 4, 1, ['E-03', '公園愛護会の団体数', 33, 31]);
    put(a, 5, 1, ['E-01', '市域の温室効果ガス排出量', 441000, 432000, '速報値ではなく確定値']);
    put(a, 6, 1, ['E-04', 'ごみのリサイクル率', 20.1, 19.6]);
    put(a, 7, 1, ['E-02', '再生可能エネルギー導入量', 49300, 55800]);
  },
  expected: {
    file: 'h31-kankyo-split-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('実績値', '市域の温室効果ガス排出量', 't-CO2', 410000, 432000, { direction: 'down' }),
      ind('実績値', '再生可能エネルギー導入量', 'kW', 52000, 55800),
      ind('実績値', '公園愛護会の団体数', '団体', 45, 31),
      ind('実績値', 'ごみのリサイクル率', '％', 25.0, 19.6),
    ],
    groups: [],
  },
};

const yearsRows: Holdout2Workbook = {
  name: 'h31-kanko-years-as-rows',
  layout:
    '観光振興計画: years as rows (H30…R6), indicators as merged two-row column headings with 目標/実績 under each, unit in the heading, R5 row as comma text, R6 targets only',
  build(wb) {
    const ws = wb.addWorksheet('観光指標推移');
    title(ws, 'A1', '観光振興計画 進捗状況（令和5年度評価）');
    put(ws, 3, 1, ['年度', '観光入込客数（千人）', undefined, '宿泊者数（人）', undefined, '外国人宿泊者数（人）']);
    ws.mergeCells('B3:C3');
    ws.mergeCells('D3:E3');
    ws.mergeCells('F3:G3');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    put(ws, 5, 1, ['H30', 1200, 1231, 380000, 392110, 25000, 26840]);
    put(ws, 6, 1, ['R1', 1220, 1198, 390000, 385020, 26000, 27310]);
    put(ws, 7, 1, ['R2', 1240, 702, 400000, 251300, 27000, 2150]);
    put(ws, 8, 1, ['R3', 1260, 815, 405000, 288640, 28000, 1980]);
    put(ws, 9, 1, ['R4', 1280, 1102, 410000, 372880, 29000, 9420]);
    put(ws, 10, 1, ['R5', '1,300', '1,254', '420,000', '441,250', '30,000', '17,400']);
    put(ws, 11, 1, ['R6', 1320, undefined, 430000, undefined, 31000]);
    put(ws, 13, 1, ['※R2・R3は新型コロナウイルス感染症の影響により大幅に減少']);
  },
  expected: {
    file: 'h31-kanko-years-as-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('観光指標推移', '観光入込客数', '千人', 1300, 1254),
      ind('観光指標推移', '宿泊者数', '人', 420000, 441250),
      ind('観光指標推移', '外国人宿泊者数', '人', 30000, 17400),
    ],
    groups: [],
  },
};

const sideBySide: Holdout2Workbook = {
  name: 'h31-fukushi-side-by-side',
  layout: '地域福祉計画: two 基本目標 tables side by side sharing rows, each with its own 評価 cell to fill, spacer column between',
  build(wb) {
    const ws = wb.addWorksheet('地域福祉');
    title(ws, 'B1', '第4期 地域福祉計画 令和5年度 評価シート');
    put(ws, 3, 2, ['基本目標１ 支え合う地域づくり', undefined, '評価']);
    put(ws, 3, 8, ['基本目標２ 安心して暮らせる仕組みづくり', undefined, '評価']);
    put(ws, 4, 2, ['指標', '単位', '目標（R5）', '実績（R5）']);
    put(ws, 4, 8, ['指標', '単位', '目標（R5）', '実績（R5）']);
    put(ws, 5, 2, ['民生委員・児童委員の相談件数', '件', 5000, 4620]);
    put(ws, 6, 2, ['ボランティア登録者数', '人', 2400, 2530]);
    put(ws, 7, 2, ['地域サロン設置数', '箇所', 60, 41]);
    put(ws, 5, 8, ['成年後見制度の相談件数', '件', 150, 162]);
    put(ws, 6, 8, ['生活困窮者の就労者数', '人', 80, 44]);
    put(ws, 7, 8, ['避難行動要支援者の個別避難計画作成率', '％', 60, 39]);
  },
  expected: {
    file: 'h31-fukushi-side-by-side.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('地域福祉', '民生委員・児童委員の相談件数', '件', 5000, 4620),
      ind('地域福祉', 'ボランティア登録者数', '人', 2400, 2530),
      ind('地域福祉', '地域サロン設置数', '箇所', 60, 41),
      ind('地域福祉', '成年後見制度の相談件数', '件', 150, 162),
      ind('地域福祉', '生活困窮者の就労者数', '人', 80, 44),
      ind('地域福祉', '避難行動要支援者の個別避難計画作成率', '％', 60, 39),
    ],
    groups: [
      { sheet: '地域福祉', cell: 'E3', grade: 'B' },
      { sheet: '地域福祉', cell: 'K3', grade: 'C' },
    ],
  },
};

const gaibu: Holdout2Workbook = {
  name: 'h31-gaibu-iinkai',
  layout:
    '外部評価委員会 資料: 令和6年度 in the title, two 施策 blocks stacked, 達成状況 in words, 備考 低いほど良い, a 参考 table of neighbouring cities below',
  build(wb) {
    const ws = wb.addWorksheet('資料3');
    title(ws, 'A1', '令和6年度 第1回 行政評価外部評価委員会　資料3');
    put(ws, 2, 1, ['令和5年度実績に基づく施策評価（教育分野）']);
    put(ws, 4, 1, ['施策 2-1 学校教育の充実']);
    put(ws, 5, 1, ['成果指標', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '達成状況', '備考']);
    put(ws, 6, 1, ['全国学力調査で全国平均以上の教科の割合', '％', 50, 75, 62.5, '概ね順調']);
    put(ws, 7, 1, ['不登校児童生徒の割合', '％', 1.7, 1.5, 1.9, 'やや遅れている', '低いほど良い指標']);
    put(ws, 9, 1, ['施策 2-2 生涯学習の推進']);
    put(ws, 10, 1, ['成果指標', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '達成状況', '備考']);
    put(ws, 11, 1, ['公民館講座の参加者数', '人', 8200, 10000, 10350, '順調']);
    put(ws, 12, 1, ['市民一人当たり図書貸出冊数', '冊', 5.3, 6.0, 5.1, '概ね順調']);
    put(ws, 14, 1, ['（参考）近隣市の状況（令和5年度）']);
    put(ws, 15, 1, ['市名', '単位', '公民館講座の参加者数', '市民一人当たり図書貸出冊数']);
    put(ws, 16, 1, ['A市', undefined, 12400, 6.2]);
    put(ws, 17, 1, ['B市', undefined, 7900, 4.8]);
  },
  expected: {
    file: 'h31-gaibu-iinkai.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('資料3', '全国学力調査で全国平均以上の教科の割合', '％', 75, 62.5, { existing: 'B' }),
      ind('資料3', '不登校児童生徒の割合', '％', 1.5, 1.9, { direction: 'down', existing: 'C' }),
      ind('資料3', '公民館講座の参加者数', '人', 10000, 10350, { existing: 'A' }),
      ind('資料3', '市民一人当たり図書貸出冊数', '冊', 6.0, 5.1, { existing: 'B' }),
    ],
    groups: [],
  },
};

const form: Holdout2Workbook = {
  name: 'h31-kotsu-form-no-year',
  layout: '事業評価シート: label/value pairs going down for three 指標, no year anywhere (a guess), actual as "172,300人", 未実施',
  build(wb) {
    const ws = wb.addWorksheet('事業評価シート');
    title(ws, 'A1', '事業評価シート');
    put(ws, 3, 1, ['事業名', '地域公共交通確保維持事業']);
    put(ws, 4, 1, ['担当課', '都市計画課 交通政策係']);
    put(ws, 6, 1, ['指標名①', '路線バス利用者数']);
    put(ws, 7, 1, ['単位', '人']);
    put(ws, 8, 1, ['目標値', 185000]);
    put(ws, 9, 1, ['実績値', '172,300人']);
    put(ws, 11, 1, ['指標名②', 'デマンド交通登録者数']);
    put(ws, 12, 1, ['単位', '人']);
    put(ws, 13, 1, ['目標値', 1200]);
    put(ws, 14, 1, ['実績値', 1260]);
    put(ws, 16, 1, ['指標名③', '交通空白地域の解消数']);
    put(ws, 17, 1, ['単位', '箇所']);
    put(ws, 18, 1, ['目標値', 3]);
    put(ws, 19, 1, ['実績値', '未実施']);
    put(ws, 21, 1, ['所見', '路線再編の協議が長引き、空白地域対策は次年度に持ち越し。']);
  },
  expected: {
    file: 'h31-kotsu-form-no-year.xlsx',
    indicators: [
      ind('事業評価シート', '路線バス利用者数', '人', 185000, 172300),
      ind('事業評価シート', 'デマンド交通登録者数', '人', 1200, 1260),
      ind('事業評価シート', '交通空白地域の解消数', '箇所', 3, null, { actualStatus: 'not-implemented' }),
    ],
    groups: [],
    guesses: ['period'],
  },
};

const revised: Holdout2Workbook = {
  name: 'h31-shisaku-revised-target',
  layout:
    '施策評価: 当初目標 and 修正目標（R5見直し） columns (the revised one counts when filled), a hidden abolished row, full-width digits, 集計中, 施策評価 cell to fill',
  build(wb) {
    const ws = wb.addWorksheet('施策評価（R5）');
    title(ws, 'A1', '令和5年度 施策評価シート　施策3-2 産業の振興');
    put(ws, 3, 2, ['施策評価']);
    put(ws, 5, 1, ['No', '成果指標', '単位', '当初目標（R5）', '修正目標（R5見直し）', '実績（R5）', '備考']);
    put(ws, 6, 1, [1, '企業誘致件数', '件', 5, 3, 3, '工業団地の造成遅延により目標を見直し']);
    put(ws, 7, 1, [2, '市内事業所の新規雇用者数', '人', 300, '－', 276]);
    put(ws, 8, 1, [3, '（廃止）商店街イベント来場者数', '人', 20000, undefined, undefined, 'R4で廃止']);
    ws.getRow(8).hidden = true;
    put(ws, 9, 1, [4, '創業支援件数', '件', 40, 30, '２２']);
    put(ws, 10, 1, [5, '空き店舗活用数', '件', 12, undefined, '集計中', '7月確定予定']);
  },
  expected: {
    file: 'h31-shisaku-revised-target.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('施策評価（R5）', '企業誘致件数', '件', 3, 3),
      ind('施策評価（R5）', '市内事業所の新規雇用者数', '人', 300, 276),
      ind('施策評価（R5）', '創業支援件数', '件', 30, 22),
      ind('施策評価（R5）', '空き店舗活用数', '件', 12, null, { actualStatus: 'pending' }),
    ],
    groups: [{ sheet: '施策評価（R5）', cell: 'C3', grade: 'B' }],
  },
};

export const SHAPE_WORKBOOKS: Holdout2Workbook[] = [split, yearsRows, sideBySide, gaibu, form, revised];
