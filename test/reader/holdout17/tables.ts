/** Hold-out 17, first half: table layouts (総合戦略 KPI 進捗管理表, a 行政評価 system export, 主要施策の成果報告書, 環境基本計画 年次報告, 健康増進計画 中間評価). */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook as Holdout17Workbook } from '../holdout2/kit';

const final = (e: ExpectedIndicator): ExpectedIndicator => ({ ...e, targetSource: 'final' });

const KPI_SHEET = 'KPI進捗';
const kpiProgress: Holdout17Workbook = {
  name: 'h17-sogo-senryaku-kpi',
  layout: '総合戦略 KPI 進捗管理表: 基本目標 merged down, 基準値（H30）/目標値（R5）/実績値（R5）, direction in a 目標の方向 column (増加/減少), 単位 "－"',
  build(wb) {
    const ws = wb.addWorksheet(KPI_SHEET);
    put(ws, 1, 1, ['第２期 まち・ひと・しごと創生総合戦略　KPI進捗管理表']);
    put(ws, 2, 1, ['（令和５年度実績）']);
    put(ws, 4, 1, ['基本目標', '具体的な施策', '重要業績評価指標（KPI）', '単位', '基準値（H30）', '目標値（R5）', '実績値（R5）', '目標の方向', '備考']);
    put(ws, 5, 1, ['1 しごとをつくる', '企業誘致の推進', '新規立地企業数', '社', 12, 20, 17, '増加']);
    put(ws, 6, 1, [undefined, '創業支援', '創業支援による創業者数', '人', 25, 40, 41, '増加', '商工会と連携']);
    put(ws, 7, 1, ['2 新しいひとの流れをつくる', '移住・定住の促進', '移住相談件数', '件', 180, 300, 196, '増加']);
    put(ws, 8, 1, [undefined, undefined, '転出超過数', '人', 420, 300, 365, '減少', '住民基本台帳による']);
    put(ws, 9, 1, ['3 結婚・出産・子育ての希望をかなえる', '子育て環境の充実', '合計特殊出生率', '－', 1.42, 1.6, 1.38, '増加', '人口動態統計（暦年）']);
    ws.mergeCells('A5:A6');
    ws.mergeCells('A7:A8');
    ws.mergeCells('B7:B8');
    put(ws, 11, 1, ['※実績値は令和６年３月31日現在']);
  },
  expected: {
    file: 'h17-sogo-senryaku-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(KPI_SHEET, '新規立地企業数', '社', 20, 17),
      ind(KPI_SHEET, '創業支援による創業者数', '人', 40, 41),
      ind(KPI_SHEET, '移住相談件数', '件', 300, 196),
      ind(KPI_SHEET, '転出超過数', '人', 300, 365, { direction: 'down' }),
      ind(KPI_SHEET, '合計特殊出生率', null, 1.6, 1.38),
    ],
    groups: [],
  },
};

const EXPORT_SHEET = 'Sheet1';
const systemExport: Holdout17Workbook = {
  name: 'h17-gyosei-hyoka-export',
  layout:
    '行政評価システムの CSV 風エクスポート: headings in row 1, one row per indicator with 対象年度 "2023" as a column, figures as text with commas, 達成率(%) and 一次評価 columns, 評価方向 上昇/低下',
  build(wb) {
    const ws = wb.addWorksheet(EXPORT_SHEET);
    put(ws, 1, 1, [
      '対象年度',
      '部局名',
      '課名',
      '事務事業コード',
      '事務事業名',
      '指標種別',
      '指標名',
      '単位',
      '評価方向',
      '目標値',
      '実績値',
      '達成率(%)',
      '一次評価',
    ]);
    const rows: (string | number)[][] = [
      ['2023', '市民生活部', '市民課', '01-02-003', '窓口サービス向上事業', '活動', '証明書コンビニ交付件数', '件', '上昇', '12,000', '13,452', 112.1, 'A'],
      ['2023', '福祉部', '高齢福祉課', '03-01-005', '介護予防推進事業', '成果', '通いの場参加者数', '人', '上昇', '2,400', '1,987', 82.8, 'B'],
      ['2023', '福祉部', '高齢福祉課', '03-01-005', '介護予防推進事業', '活動', '介護予防教室開催回数', '回', '上昇', '96', '58', 60.4, 'C'],
      ['2023', '建設部', '道路課', '05-03-001', '橋梁長寿命化事業', '活動', '橋梁補修実施数', '橋', '上昇', '8', '5', 62.5, 'B'],
      ['2023', '教育部', '生涯学習課', '07-02-010', '図書館運営事業', '成果', '図書館貸出冊数', '冊', '上昇', '450,000', '398,210', 88.5, 'B'],
      ['2023', '環境部', '環境政策課', '04-01-002', 'ごみ減量推進事業', '成果', '市民1人1日当たりごみ排出量', 'g', '低下', '880', '902', 97.6, 'B'],
    ];
    rows.forEach((r, i) => put(ws, 2 + i, 1, r));
  },
  expected: {
    file: 'h17-gyosei-hyoka-export.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(EXPORT_SHEET, '証明書コンビニ交付件数', '件', 12000, 13452, { existing: 'A' }),
      ind(EXPORT_SHEET, '通いの場参加者数', '人', 2400, 1987, { existing: 'B' }),
      ind(EXPORT_SHEET, '介護予防教室開催回数', '回', 96, 58, { existing: 'C' }),
      ind(EXPORT_SHEET, '橋梁補修実施数', '橋', 8, 5, { existing: 'B' }),
      ind(EXPORT_SHEET, '図書館貸出冊数', '冊', 450000, 398210, { existing: 'B' }),
      ind(EXPORT_SHEET, '市民1人1日当たりごみ排出量', 'g', 880, 902, { direction: 'down', existing: 'B' }),
    ],
    groups: [],
  },
};

const SEIKA_SHEET = '成果報告';
/** One ■ project block of the 成果報告書: heading, 決算額 line, a small indicator table. */
function seikaBlock(ws: Worksheet, row: number, title: string, cost: string, lines: (string | number)[][]): number {
  put(ws, row, 1, [title]);
  ws.mergeCells(row, 1, row, 6);
  put(ws, row + 1, 1, [cost]);
  put(ws, row + 2, 1, ['成果指標', '単位', '目標', '実績', '達成率', '説明']);
  lines.forEach((l, i) => put(ws, row + 3 + i, 1, l));
  return row + 3 + lines.length + 1;
}
const seikaReport: Holdout17Workbook = {
  name: 'h17-shuyo-shisaku-seika',
  layout:
    '主要な施策の成果に関する報告書: three ■ project blocks stacked on one sheet, each with a 決算額 line and its own small 成果指標 table, 達成率 as text',
  build(wb) {
    const ws = wb.addWorksheet(SEIKA_SHEET);
    put(ws, 1, 1, ['令和４年度　主要な施策の成果に関する報告書']);
    let row = 3;
    row = seikaBlock(ws, row, '■ 地域公共交通対策事業（企画政策課）', '決算額　12,345千円（うち一般財源 8,210千円）', [
      ['コミュニティバス年間利用者数', '人', '48,000', '43,115', '89.8%', '運行便数の見直しにより減少'],
      ['デマンド交通登録者数', '人', 600, 652, '108.7%', '高齢者への周知が進んだ'],
    ]);
    row = seikaBlock(ws, row, '■ 子育て支援センター運営事業（こども家庭課）', '決算額　31,802千円', [
      ['子育て支援センター利用者数', '人', '22,000', '15,406', '70.0%', '感染症対策による定員制限'],
      ['育児相談件数', '件', '1,800', '1,912', '106.2%'],
    ]);
    seikaBlock(ws, row, '■ 特定健康診査事業（保険年金課）', '決算額　45,118千円', [
      ['特定健康診査受診率', '％', 50.0, 38.4, '76.8%', '法定報告値'],
      ['特定保健指導実施率', '％', 45.0, 12.1, '26.9%'],
    ]);
  },
  expected: {
    file: 'h17-shuyo-shisaku-seika.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(SEIKA_SHEET, 'コミュニティバス年間利用者数', '人', 48000, 43115),
      ind(SEIKA_SHEET, 'デマンド交通登録者数', '人', 600, 652),
      ind(SEIKA_SHEET, '子育て支援センター利用者数', '人', 22000, 15406),
      ind(SEIKA_SHEET, '育児相談件数', '件', 1800, 1912),
      ind(SEIKA_SHEET, '特定健康診査受診率', '％', 50, 38.4),
      ind(SEIKA_SHEET, '特定保健指導実施率', '％', 45, 12.1),
    ],
    groups: [],
  },
};

const ENV_SHEET = '指標の状況';
const envAnnual: Holdout17Workbook = {
  name: 'h17-kankyo-kihon-nenji',
  layout: '環境基本計画 年次報告: 基準年度/基準値, 2022年度 and 2023年度 actual columns, one final 目標年度 2030 / 目標値, direction as ↑/↓ with a legend',
  build(wb) {
    const ws = wb.addWorksheet(ENV_SHEET);
    put(ws, 1, 1, ['第３次環境基本計画　年次報告書（2023年度実績）']);
    put(ws, 3, 1, ['分野', '環境指標', '単位', '基準年度', '基準値', '2022年度', '2023年度', '目標年度', '目標値', '方向']);
    put(ws, 4, 1, ['脱炭素', '市域の温室効果ガス排出量', '千t-CO2', 2013, '1,520', '1,198', '1,172', 2030, 820, '↓']);
    put(ws, 5, 1, [undefined, '公共施設の太陽光発電設備容量', 'kW', 2019, 850, '1,320', '1,465', 2030, '3,000', '↑']);
    put(ws, 6, 1, ['資源循環', 'リサイクル率', '％', 2019, 18.2, 20.1, 20.8, 2030, 25.0, '↑']);
    put(ws, 7, 1, ['自然共生', '自然観察会参加者数', '人', 2019, 310, 402, 455, 2030, 450, '↑']);
    put(ws, 8, 1, ['生活環境', '河川BOD環境基準達成率', '％', 2019, 83.3, 91.7, 100, 2030, 100, '↑']);
    ws.mergeCells('A4:A5');
    put(ws, 10, 1, ['方向：↑ 増加が望ましい指標　↓ 減少が望ましい指標']);
  },
  expected: {
    file: 'h17-kankyo-kihon-nenji.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(ENV_SHEET, '市域の温室効果ガス排出量', '千t-CO2', 820, 1172, { direction: 'down' })),
      final(ind(ENV_SHEET, '公共施設の太陽光発電設備容量', 'kW', 3000, 1465)),
      final(ind(ENV_SHEET, 'リサイクル率', '％', 25, 20.8)),
      final(ind(ENV_SHEET, '自然観察会参加者数', '人', 450, 455)),
      final(ind(ENV_SHEET, '河川BOD環境基準達成率', '％', 100, 100)),
    ],
    groups: [],
  },
};

const HEALTH_SHEET = '指標一覧';
const healthMidterm: Holdout17Workbook = {
  name: 'h17-kenko-zoshin-chukan',
  layout:
    '健康増進計画 中間評価 指標一覧: 分野/指標/対象, 策定時（H28）/中間評価（R4）/最終目標（R8） with units and 以下 inside the text, an A–D 評価 column of its own scale (legend row)',
  build(wb) {
    const ws = wb.addWorksheet(HEALTH_SHEET);
    put(ws, 1, 1, ['健康みらい21（第２次）中間評価（令和４年度実施）　指標一覧']);
    put(ws, 2, 1, ['評価：A 目標値に達した　B 目標値に達していないが改善傾向　C 変わらない　D 悪化している']);
    put(ws, 4, 1, ['分野', '指標', '対象', '策定時（H28）', '中間評価（R4）', '最終目標（R8）', '評価']);
    put(ws, 5, 1, ['栄養・食生活', '朝食を欠食する人の割合', '20歳代男性', '28.6%', '24.1%', '15.0%以下', 'B']);
    put(ws, 6, 1, ['身体活動・運動', '1日の平均歩数', '20～64歳男性', '7,210歩', '7,580歩', '8,000歩', 'B']);
    put(ws, 7, 1, ['喫煙', '成人の喫煙率', '20歳以上', '16.8%', '14.2%', '12.0%以下', 'B']);
    put(ws, 8, 1, ['歯・口腔の健康', '80歳で20本以上の歯を有する人の割合', '80歳', '45.0%', '52.3%', '50.0%', 'A']);
    put(ws, 9, 1, ['がん', '胃がん検診受診率', '40～69歳', '9.8%', '8.9%', '40.0%', 'D']);
  },
  expected: {
    file: 'h17-kenko-zoshin-chukan.xlsx',
    fiscalYear: 2022,
    indicators: [
      final(ind(HEALTH_SHEET, '朝食を欠食する人の割合', '％', 15, 24.1, { direction: 'down', existing: 'B' })),
      final(ind(HEALTH_SHEET, '1日の平均歩数', '歩', 8000, 7580, { existing: 'B' })),
      final(ind(HEALTH_SHEET, '成人の喫煙率', '％', 12, 14.2, { direction: 'down', existing: 'B' })),
      final(ind(HEALTH_SHEET, '80歳で20本以上の歯を有する人の割合', '％', 50, 52.3, { existing: 'A' })),
      final(ind(HEALTH_SHEET, '胃がん検診受診率', '％', 40, 8.9, { existing: 'D' })),
    ],
    groups: [],
  },
};

export const TABLE_WORKBOOKS: Holdout17Workbook[] = [kpiProgress, systemExport, seikaReport, envAnnual, healthMidterm];
