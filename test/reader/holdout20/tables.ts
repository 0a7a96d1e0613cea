/**
 * Hold-out 20, the table-shaped workbooks: a 実施計画 進行管理表 with merged two-row headings, a 事務事業評価
 * system export, a 障害福祉計画 on two sheets (見込量 / 実績 per year), an 環境基本計画 table in full-width
 * text, a 子ども・子育て KPI table in FY years, and a 下水道 経営戦略 sheet with two tables side by side and no year.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const FW: Record<string, string> = {
  '0': '０',
  '1': '１',
  '2': '２',
  '3': '３',
  '4': '４',
  '5': '５',
  '6': '６',
  '7': '７',
  '8': '８',
  '9': '９',
  ',': '，',
  '.': '．',
};

/** A number as a full-width text with thousands commas ("１２，４００"); decimals kept as given. */
export function fw(n: number, decimals = 0): string {
  const [int, frac] = n.toFixed(decimals).split('.');
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return [...(frac ? `${withCommas}.${frac}` : withCommas)].map((c) => FW[c] ?? c).join('');
}

/** A number as a half-width text with thousands commas and a unit ("2,150人"). */
export const withUnit = (n: number, unit: string, decimals = 0) =>
  `${n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })}${unit}`;

function merge(ws: Worksheet, range: string, value: string): void {
  ws.mergeCells(range);
  ws.getCell(range.split(':')[0]).value = value;
}

const S1 = '進行管理表';
const jisshiKeikaku: Holdout2Workbook = {
  name: 'h20-jisshi-keikaku-shinko',
  layout:
    '総合計画 実施計画 進行管理表: title with （令和５年度実績）, two-row merged headings (令和５年度 → 目標/実績/達成率, then 令和６年度目標), 施策 merged down, ↑/↓ 方向 column with a legend',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    merge(ws, 'A1:K1', '第２次さくら市総合計画　実施計画　進行管理表');
    put(ws, 2, 1, ['（令和５年度実績）']);
    put(ws, 2, 10, ['企画政策課']);
    for (const [r, v] of [
      ['A4:A5', 'No.'],
      ['B4:B5', '施策'],
      ['C4:C5', '成果指標'],
      ['D4:D5', '単位'],
      ['E4:E5', '方向'],
      ['F4:H4', '令和５年度'],
      ['I4:I5', '令和６年度\n目標'],
      ['J4:J5', '所管課'],
      ['K4:K5', '備考'],
    ])
      merge(ws, r, v);
    put(ws, 5, 6, ['目標', '実績', '達成率']);
    const rows: [string, string, string, number, number, number, string, string][] = [
      ['放課後児童クラブ登録児童数', '人', '↑', 1200, 1158, 1250, 'こども課', ''],
      ['地域子育て支援センター利用者数', '人', '↑', 36000, 28410, 37000, 'こども課', '一部期間休館'],
      ['交通事故発生件数', '件', '↓', 230, 251, 220, '危機管理課', '暦年'],
      ['自主防災組織の組織率', '％', '↑', 85.0, 86.2, 87.0, '危機管理課', ''],
      ['防災メール登録者数', '人', '↑', 15000, 8700, 17000, '危機管理課', ''],
      ['企業誘致件数（累計）', '件', '↑', 12, 9, 14, '商工観光課', 'H30からの累計'],
    ];
    rows.forEach(([name, unit, dir, t, a, next, dept, note], i) => {
      const r = 6 + i;
      const rate = dir === '↓' ? t / a : a / t;
      put(ws, r, 1, [i + 1, undefined, name, unit, dir, t, a, rate, next, dept, note || undefined]);
      ws.getCell(r, 8).numFmt = '0.0%';
    });
    merge(ws, 'B6:B7', '1-1 子育て支援の充実');
    merge(ws, 'B8:B10', '1-2 安全・安心なまちづくり');
    ws.getCell('B11').value = '2-1 産業の振興';
    put(ws, 13, 1, ['※方向：↑は値が大きいほど良い指標、↓は値が小さいほど良い指標']);
    put(ws, 14, 1, ['※達成率＝実績÷目標（↓の指標は目標÷実績）']);
  },
  expected: {
    file: 'h20-jisshi-keikaku-shinko.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '放課後児童クラブ登録児童数', '人', 1200, 1158),
      ind(S1, '地域子育て支援センター利用者数', '人', 36000, 28410),
      ind(S1, '交通事故発生件数', '件', 230, 251, { direction: 'down' }),
      ind(S1, '自主防災組織の組織率', '％', 85, 86.2),
      ind(S1, '防災メール登録者数', '人', 15000, 8700),
      ind(S1, '企業誘致件数（累計）', '件', 12, 9),
    ],
    groups: [],
  },
};

const S3 = '事務事業評価一覧';
type JimuRow = [string, string, string, string, string, string, '上昇' | '低減', number, number, number, string, string];
const JIMU: JimuRow[] = [
  ['0101', '住宅リフォーム支援事業', '建築住宅課', '活動指標', '補助金交付件数', '件', '上昇', 58, 60, 64, 'A', '継続'],
  ['0101', '住宅リフォーム支援事業', '建築住宅課', '成果指標', '市内業者の受注額', '千円', '上昇', 152000, 180000, 171300, 'A', '継続'],
  ['0205', '特定健康診査事業', '健康づくり課', '活動指標', '集団健診の実施回数', '回', '上昇', 48, 48, 48, 'A', '継続'],
  ['0205', '特定健康診査事業', '健康づくり課', '成果指標', '特定健診受診率', '%', '上昇', 41.2, 50, 44.8, 'A', '継続'],
  ['0310', '地域おこし協力隊事業', '地域振興課', '活動指標', '協力隊員数', '人', '上昇', 4, 6, 3, 'C', '見直し'],
  ['0310', '地域おこし協力隊事業', '地域振興課', '成果指標', '任期終了後の市内定住者数', '人', '上昇', 1, 2, 2, 'A', '見直し'],
  ['0412', 'ごみ減量推進事業', '環境課', '活動指標', '出前講座の開催回数', '回', '上昇', 10, 12, 7, 'C', '拡充'],
  ['0412', 'ごみ減量推進事業', '環境課', '成果指標', '燃やすごみの排出量', 't', '低減', 18420, 18000, 18350, 'B', '拡充'],
];
const jimuJigyo: Holdout2Workbook = {
  name: 'h20-jimujigyo-system-export',
  layout:
    '事務事業評価 一覧 as exported by an evaluation system: one heading row at A1, no title, 対象年度 "R6" on every row, 事業名 and 指標名 both present (two indicators per project), 方向 上昇/低減, 前年度実績 before 目標値, 一次評価 per row',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, [
      '対象年度',
      '事業番号',
      '事業名',
      '担当課',
      '指標区分',
      '指標名',
      '単位',
      '方向',
      '前年度実績',
      '目標値',
      '実績値',
      '達成度(%)',
      '一次評価',
      '今後の方向性',
    ]);
    JIMU.forEach(([no, project, dept, kind, name, unit, dir, prev, t, a, grade, next], i) => {
      const rate = Math.round((dir === '低減' ? t / a : a / t) * 1000) / 10;
      put(ws, 2 + i, 1, ['R6', no, project, dept, kind, name, unit, dir, prev, t, a, rate, grade, next]);
    });
  },
  expected: {
    file: 'h20-jimujigyo-system-export.xlsx',
    fiscalYear: 2024,
    indicators: JIMU.map(([, , , , name, unit, dir, , t, a, grade]) =>
      ind(S3, name, unit, t, a, { direction: dir === '低減' ? 'down' : 'up', existing: grade }),
    ),
    groups: [],
  },
};

const S5A = '成果目標';
const S5B = '活動指標';
const SERVICES: [string, string, number, number, number, number][] = [
  ['居宅介護', '時間/月', 2450, 2318, 2520, 2600],
  ['生活介護', '人/月', 310, 322, 315, 320],
  ['就労継続支援（Ｂ型）', '人/月', 280, 301, 290, 300],
  ['短期入所', '人日/月', 420, 288, 430, 440],
  ['計画相談支援', '人/月', 190, 195, 200, 210],
];
const fukushi: Holdout2Workbook = {
  name: 'h20-shogai-fukushi-two-sheets',
  layout:
    '障害福祉計画 進捗 on two sheets: 成果目標 (目標値（令和８年度末） against 令和６年度末実績, values "8人", a 減少 note in 備考) and 活動指標 (service × 令和６/７/８年度, each 見込量/実績 under a merged year heading, units 時間/月 人日/月 in a 単位 column)',
  build(wb) {
    const a = wb.addWorksheet(S5A);
    merge(a, 'A1:D1', '第７期さくら市障害福祉計画　成果目標の進捗状況（令和６年度実績）');
    put(a, 3, 1, ['項目', '目標値（令和８年度末）', '令和６年度末実績', '備考']);
    put(a, 4, 1, ['施設入所者の地域生活への移行者数', '8人', '3人', '令和４年度末からの累計']);
    put(a, 5, 1, ['福祉施設から一般就労への移行者数', '25人', '21人', '年間']);
    put(a, 6, 1, ['施設入所者数', '112人', '115人', '減少を目指す指標（令和４年度末 118人）']);
    const b = wb.addWorksheet(S5B);
    merge(b, 'A1:H1', '障害福祉サービスの見込量と実績（令和６年度実績）');
    put(b, 2, 1, ['※見込量は計画値。実績は各年度３月サービス提供分の月平均']);
    merge(b, 'A4:A5', 'サービス種別');
    merge(b, 'B4:B5', '単位');
    merge(b, 'C4:D4', '令和６年度');
    merge(b, 'E4:F4', '令和７年度');
    merge(b, 'G4:H4', '令和８年度');
    put(b, 5, 3, ['見込量', '実績', '見込量', '実績', '見込量', '実績']);
    SERVICES.forEach(([name, unit, t, act, t7, t8], i) => put(b, 6 + i, 1, [name, unit, t, act, t7, undefined, t8]));
  },
  expected: {
    file: 'h20-shogai-fukushi-two-sheets.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(S5A, '施設入所者の地域生活への移行者数', '人', 8, 3),
      ind(S5A, '福祉施設から一般就労への移行者数', '人', 25, 21),
      ind(S5A, '施設入所者数', '人', 112, 115, { direction: 'down' }),
      ...SERVICES.map(([name, unit, t, act]) => ind(S5B, name, unit, t, act)),
    ],
    groups: [],
  },
};

const S6 = '環境指標';
type EnvRow = [string, string, string, number, number, number, number, number, string, '削減' | '増加'];
const ENV: EnvRow[] = [
  ['①', '市域の温室効果ガス排出量', '千t-CO2', 658, 461, 592, 574, 0, 'C', '削減'],
  ['②', '市民一人一日当たりのごみ排出量', 'ｇ', 912, 850, 884, 871, 0, 'B', '削減'],
  ['③', '再生可能エネルギーの導入容量', 'ｋＷ', 12400, 30000, 18250, 21630, 0, 'B', '増加'],
  ['④', '公共用水域の環境基準達成率', '％', 85.7, 100, 85.7, 92.9, 1, 'B', '増加'],
  ['⑤', '環境学習講座の参加者数', '人', 1240, 2000, 1588, 2041, 0, 'A', '増加'],
];
const kankyo: Holdout2Workbook = {
  name: 'h20-kankyo-fullwidth',
  layout:
    '環境基本計画 年次報告 table: every figure a full-width text with full-width commas (１２，４００), ①… numbers in their own column, 目標値（令和12年度） before two years of actuals, 評価 and a 目標の方向 column (削減/増加) at the far right',
  build(wb) {
    const ws = wb.addWorksheet(S6);
    merge(ws, 'A1:I1', '第３次さくら市環境基本計画　環境指標の進捗状況（令和５年度実績）');
    put(ws, 3, 1, [
      'No.',
      '環境指標',
      '単位',
      '基準値\n（令和元年度）',
      '目標値\n（令和12年度）',
      '令和４年度\n実績',
      '令和５年度\n実績',
      '評価',
      '目標の方向',
    ]);
    ENV.forEach(([no, name, unit, base, t, a4, a5, dec, grade, dir], i) =>
      put(ws, 4 + i, 1, [no, name, unit, fw(base, dec), fw(t, dec), fw(a4, dec), fw(a5, dec), grade, dir]),
    );
    put(ws, 10, 1, ['※評価は環境審議会による。Ａ：順調　Ｂ：概ね順調　Ｃ：やや遅れている　Ｄ：遅れている']);
  },
  expected: {
    file: 'h20-kankyo-fullwidth.xlsx',
    fiscalYear: 2023,
    indicators: ENV.map(([, name, unit, , t, , a5, , grade, dir]) =>
      ind(S6, name, unit.normalize('NFKC'), t, a5, { direction: dir === '削減' ? 'down' : 'up', existing: grade }),
    ),
    groups: [],
  },
};

const S10 = 'KPI';
const kodomo: Holdout2Workbook = {
  name: 'h20-kodomo-kpi-fy',
  layout:
    '子ども・子育て KPI table in FY years: blank column A, 評価対象年度：FY2024 above, FY2023/FY2024/FY2025 headings merged over 目標/実績, 方向 column 増加/減少, a 集計中 actual, a down KPI with a target of 0',
  build(wb) {
    const ws = wb.addWorksheet(S10);
    put(ws, 1, 2, ['子ども・子育て支援 KPI 進捗管理']);
    put(ws, 2, 2, ['評価対象年度：FY2024']);
    merge(ws, 'B4:B5', 'KPI');
    merge(ws, 'C4:C5', '単位');
    merge(ws, 'D4:D5', '方向');
    merge(ws, 'E4:F4', 'FY2023');
    merge(ws, 'G4:H4', 'FY2024');
    merge(ws, 'I4:J4', 'FY2025');
    merge(ws, 'K4:K5', '備考');
    put(ws, 5, 5, ['目標', '実績', '目標', '実績', '目標', '実績']);
    put(ws, 6, 2, ['待機児童数', '人', '減少', 5, 8, 0, 3, 0, undefined, '4月1日時点']);
    put(ws, 7, 2, ['地域子育て支援拠点の利用者数', '人回', '増加', 42000, 39880, 44000, 41250, 46000]);
    put(ws, 8, 2, ['乳幼児健診の受診率', '％', '増加', 97.0, 96.4, 97.5, 98.1, 98.0]);
    put(ws, 9, 2, ['子育て世代包括支援センターの相談件数', '件', '増加', 1800, 1932, 1900, '集計中', 2000, undefined, '5月末確定予定']);
    put(ws, 10, 2, ['ひとり親家庭の就業支援による就職者数', '人', '増加', 20, 14, 22, 15, 24]);
  },
  expected: {
    file: 'h20-kodomo-kpi-fy.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(S10, '待機児童数', '人', 0, 3, { direction: 'down' }),
      ind(S10, '地域子育て支援拠点の利用者数', '人回', 44000, 41250),
      ind(S10, '乳幼児健診の受診率', '％', 97.5, 98.1),
      ind(S10, '子育て世代包括支援センターの相談件数', '件', 1900, null, { actualStatus: 'pending' }),
      ind(S10, 'ひとり親家庭の就業支援による就職者数', '人', 22, 15),
    ],
    groups: [],
  },
};

const S11 = '目標指標';
const gesuido: Holdout2Workbook = {
  name: 'h20-gesuido-side-by-side-no-year',
  layout:
    '下水道事業 経営戦略: two tables side by side (【経営指標】 A:E, 【業務指標】 H:L) with two blank columns between, no year anywhere, 低いほど良い in 備考, unit 円/㎥',
  build(wb) {
    const ws = wb.addWorksheet(S11);
    put(ws, 1, 1, ['さくら市下水道事業経営戦略　目標指標の状況']);
    put(ws, 3, 1, ['【経営指標】']);
    put(ws, 3, 8, ['【業務指標】']);
    const head = ['指標', '単位', '目標値', '実績値', '備考'];
    put(ws, 4, 1, head);
    put(ws, 4, 8, head);
    put(ws, 5, 1, ['経常収支比率', '％', 100.0, 104.2]);
    put(ws, 6, 1, ['経費回収率', '％', 100.0, 91.3, '使用料で回収すべき経費の割合']);
    put(ws, 7, 1, ['汚水処理原価', '円/㎥', 150, 162, '低いほど良い']);
    put(ws, 5, 8, ['管路の改築延長', 'km', 2.5, 1.4, '単年度']);
    put(ws, 6, 8, ['水洗化率', '％', 95.0, 93.8]);
    put(ws, 7, 8, ['マンホールポンプの更新基数', '基', 4, 4]);
  },
  expected: {
    file: 'h20-gesuido-side-by-side-no-year.xlsx',
    indicators: [
      ind(S11, '経常収支比率', '％', 100, 104.2),
      ind(S11, '経費回収率', '％', 100, 91.3),
      ind(S11, '汚水処理原価', '円/㎥', 150, 162, { direction: 'down' }),
      ind(S11, '管路の改築延長', 'km', 2.5, 1.4),
      ind(S11, '水洗化率', '％', 95, 93.8),
      ind(S11, 'マンホールポンプの更新基数', '基', 4, 4),
    ],
    groups: [],
    guesses: ['period'],
  },
};

export const TABLE_WORKBOOKS: Holdout2Workbook[] = [jisshiKeikaku, jimuJigyo, fukushi, kankyo, kodomo, gesuido];
