/**
 * Hold-out 47, contract-style sheets: a 指定管理者 monitoring sheet (S/A/B/C with the sheet's own legend),
 * a 補助金 成果報告 with one 事業 per block (成果目標 / 成果実績 as text), and a balanced scorecard.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const MONITORING = 'モニタリング評価';

/** 評価項目, 評価の視点, 数値目標, 実績, 達成率, 評価 (the sheet's S/A/B/C), 所見. */
const MONITORING_ROWS: [string, string, string, string, string, string, string][] = [
  ['年間利用者数', '各種大会誘致と個人利用の促進', '120,000人', '112,340人', '93.6%', 'B', '大規模大会の中止が響いた'],
  ['スポーツ教室参加者数', '自主事業の充実', '3,500人', '4,312人', '123.2%', 'S', '新規教室（親子体操）が好評'],
  ['利用者満足度', '利用者アンケート（年2回）', '85.0％', '88.4％', '104.0%', 'A', ''],
  ['メインアリーナ稼働率', '平日昼間の利用促進', '70.0％', '52.5％', '75.0%', 'C', '平日午前の稼働が低調'],
  ['利用者からの苦情件数', '接遇・施設管理の適正化', '12件以下', '15件', '80.0%', 'B', '駐車場の混雑に関する苦情が多い'],
  ['自主事業収入', '自主事業による収益確保', '4,800千円', '5,016千円', '104.5%', 'A', ''],
];

function buildMonitoring(ws: Worksheet): void {
  put(ws, 1, 1, ['令和５年度　指定管理者モニタリング評価シート']);
  ws.mergeCells('A1:H1');
  put(ws, 3, 1, ['施設名', '花巻市総合体育館']);
  put(ws, 4, 1, ['指定管理者', '一般財団法人花巻市スポーツ協会']);
  put(ws, 5, 1, ['指定期間', '令和３年４月１日～令和８年３月31日（５年間）']);
  put(ws, 6, 1, ['評価実施日', '令和６年６月14日']);
  for (const r of [3, 4, 5, 6]) ws.mergeCells(r, 2, r, 5);
  put(ws, 8, 1, ['１　数値目標の達成状況']);
  put(ws, 9, 1, ['No.', '評価項目', '評価の視点', '数値目標', '実績', '達成率', '評価', '所見']);
  MONITORING_ROWS.forEach((row, i) => put(ws, 10 + i, 1, [i + 1, ...row.map((v) => v || undefined)]));
  put(ws, 17, 1, ['２　業務の履行状況（定性項目）']);
  put(ws, 18, 1, ['No.', '評価項目', '確認内容', '履行状況', undefined, undefined, '適否', '所見']);
  const duties = [
    ['施設の維持管理', '法定点検・日常清掃の実施', '計画どおり実施した'],
    ['個人情報の取扱い', '管理規程の整備と研修', '研修を年1回実施した'],
    ['緊急時の対応', '避難訓練の実施', '年2回実施した'],
  ];
  duties.forEach((d, i) => {
    put(ws, 19 + i, 1, [i + 1, d[0], d[1], d[2], undefined, undefined, '適']);
    ws.mergeCells(19 + i, 4, 19 + i, 6);
  });
  put(ws, 24, 1, [
    '【評価基準】　S：数値目標を大きく上回った（達成率120％以上）　A：数値目標を達成した（100％以上）　B：概ね達成した（80％以上100％未満）　C：達成できなかった（80％未満）',
  ]);
  put(ws, 25, 1, ['※苦情件数のように少ないほど良い項目の達成率は、目標÷実績で算出している。']);
  ws.getColumn(2).width = 24;
  ws.getColumn(3).width = 28;
}

function monitoringFacts(): ExpectedIndicator[] {
  const num = (s: string) => Number(s.normalize('NFKC').replace(/[^0-9.]/g, ''));
  const units = ['人', '人', '％', '％', '件', '千円'];
  return MONITORING_ROWS.map(([name, , target, actual, , grade], i) =>
    ind(MONITORING, name, units[i], num(target), num(actual), { existing: grade, direction: target.includes('以下') ? 'down' : 'up' }),
  );
}

const SUBSIDY = '成果報告';

interface Grant {
  name: string;
  grantee: string;
  amount: string;
  goal: string;
  result: string;
  self: string;
  note: string;
}

const GRANTS: Grant[] = [
  {
    name: '商店街にぎわい創出イベント事業',
    grantee: '中央通り商店街振興組合',
    amount: '1,200,000円',
    goal: '参加者 200人',
    result: '参加者 184人',
    self: 'B',
    note: '雨天により2日目を縮小開催',
  },
  {
    name: '空き店舗活用チャレンジショップ事業',
    grantee: '株式会社まちづくり花巻',
    amount: '2,500,000円',
    goal: '新規出店数 3店舗',
    result: '新規出店数 3店舗',
    self: 'A',
    note: '3店舗とも年度末時点で営業継続',
  },
  {
    name: '農産物直売所販路拡大事業',
    grantee: 'JAいわて花巻直売所運営協議会',
    amount: '800,000円',
    goal: '売上額 1,500万円',
    result: '売上額 1,320万円',
    self: 'A',
    note: '首都圏催事への出店は計画どおり',
  },
  {
    name: '地域づくり担い手育成講座事業',
    grantee: '花巻市地域づくり連絡協議会',
    amount: '300,000円',
    goal: '受講者 40人',
    result: '未実施（講師の都合により令和６年度に延期）',
    self: 'D',
    note: '補助金は返還済み',
  },
  {
    name: '外国人観光客受入環境整備事業',
    grantee: '花巻温泉郷観光協会',
    amount: '3,000,000円',
    goal: '多言語案内看板 10基、無料Wi-Fi 5か所',
    result: '多言語案内看板 10基、無料Wi-Fi 3か所',
    self: 'B',
    note: 'Wi-Fi 2か所は回線工事が翌年度にずれ込んだ',
  },
  {
    name: '移住体験ツアー実施事業',
    grantee: 'NPO法人はなまき暮らし応援団',
    amount: '450,000円',
    goal: '参加者 30人（年2回開催）',
    result: '参加者 ３２人（2回開催）',
    self: 'A',
    note: 'うち2世帯が翌年度に移住',
  },
];

function buildSubsidy(ws: Worksheet): void {
  put(ws, 1, 1, ['令和５年度　まちづくり活性化事業補助金　交付事業成果報告書（総括表）']);
  ws.mergeCells('A1:H1');
  put(ws, 2, 6, ['商工観光部 商工労政課']);
  GRANTS.forEach((g, i) => {
    const r = 4 + i * 6;
    put(ws, r, 1, [`事業${i + 1}`, '事業名', g.name, undefined, undefined, '交付先', g.grantee]);
    put(ws, r + 1, 2, ['交付決定額', g.amount, undefined, undefined, '事業期間', '令和5年4月1日～令和6年3月31日']);
    put(ws, r + 2, 2, ['成果目標', g.goal]);
    put(ws, r + 3, 2, ['成果実績', g.result]);
    put(ws, r + 4, 2, ['自己評価', g.self, undefined, undefined, '所見', g.note]);
    ws.mergeCells(r, 1, r + 4, 1);
    for (let k = 0; k < 5; k++) ws.mergeCells(r + k, 3, r + k, 5);
    for (let k = 0; k < 5; k++) if (k !== 2 && k !== 3) ws.mergeCells(r + k, 7, r + k, 8);
  });
  put(ws, 41, 1, ['※自己評価　A：目標を達成　B：概ね達成（8割以上）　C：一部達成（6割以上）　D：未達成・未実施']);
  ws.getColumn(3).width = 30;
}

function subsidyFacts(): ExpectedIndicator[] {
  const u: [string, number, number][] = [
    ['人', 200, 184],
    ['店舗', 3, 3],
    ['万円', 1500, 1320],
  ];
  const out = u.map(([unit, t, a], i) => ind(SUBSIDY, GRANTS[i].name, unit, t, a, { existing: GRANTS[i].self }));
  out.push(ind(SUBSIDY, GRANTS[3].name, '人', 40, null, { existing: 'D', actualStatus: 'not-implemented' }));
  out.push({
    sheet: SUBSIDY,
    name: GRANTS[4].name,
    measures: [
      { label: '多言語案内看板', target: 10, actual: 10, unit: '基' },
      { label: '無料Wi-Fi', target: 5, actual: 3, unit: 'か所' },
    ],
    existing: 'B',
    grade: 'C',
  });
  out.push(ind(SUBSIDY, GRANTS[5].name, '人', 30, 32, { existing: 'A' }));
  return out;
}

const BSC = 'BSC評価';

/** 視点 (written on its first row only, merged down), 戦略目標, 成果指標, 単位, 目標値, 実績値, 達成度, 評価, 備考. */
const BSC_ROWS: [string | undefined, string, string, string, number, number, string, string, string][] = [
  ['顧客の視点', '安全でおいしい水の供給', '水道水に対する満足度', '％', 80.0, 76.2, '95.3%', 'B', '市民アンケート'],
  [undefined, '迅速で丁寧な窓口対応', '窓口平均待ち時間', '分', 10, 12.5, '80.0%', 'B', '少ないほど良い'],
  ['財務の視点', '健全な経営の維持', '経常収支比率', '％', 105.0, 103.4, '98.5%', 'A', ''],
  [undefined, '将来負担の軽減', '企業債残高', '億円', 120.0, 118.7, '101.1%', 'A', '削減目標（少ないほど良い）'],
  ['業務プロセスの視点', '効率的な配水管理', '有収率', '％', 92.0, 89.7, '97.5%', 'B', ''],
  [undefined, '災害に強い施設づくり', '基幹管路の耐震適合率', '％', 28.5, 27.9, '97.9%', 'B', ''],
  ['学習と成長の視点', '技術の継承', '職員研修受講者数', '人', 150, 87, '58.0%', 'C', '感染症対策で集合研修を縮小'],
  [undefined, '専門人材の確保', '資格取得者数', '人', 12, 12, '100.0%', 'A', '水道技術管理者等'],
];

function buildBsc(ws: Worksheet): void {
  put(ws, 1, 1, ['上下水道局バランス・スコアカード　2023年度 評価結果']);
  ws.mergeCells('A1:I1');
  put(ws, 2, 1, ['（評価対象期間：2023年4月1日～2024年3月31日）']);
  put(ws, 4, 1, ['視点', '戦略目標', '成果指標', '単位', '目標値', '実績値', '達成度', '評価', '備考']);
  BSC_ROWS.forEach((row, i) =>
    put(
      ws,
      5 + i,
      1,
      row.map((v) => (v === '' ? undefined : v)),
    ),
  );
  for (const r of [5, 7, 9, 11]) ws.mergeCells(r, 1, r + 1, 1);
  for (let r = 5; r <= 12; r++) for (const c of [5, 6]) ws.getCell(r, c).numFmt = '#,##0.0';
  put(ws, 14, 1, ['評価区分　A：達成（100%以上）　B：概ね達成（80%以上）　C：やや未達（60%以上）　D：未達（60%未満）']);
  put(ws, 15, 1, ['※達成度は実績値÷目標値（少ないほど良い指標は目標値÷実績値）']);
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 4 }];
}

function bscFacts(): ExpectedIndicator[] {
  return BSC_ROWS.map(([, , name, unit, t, a, , existing, note]) =>
    ind(BSC, name, unit, t, a, { existing, direction: note.includes('少ないほど') ? 'down' : 'up' }),
  );
}

export const CONTRACT_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h47-monitoring-sheet',
    layout: '指定管理者モニタリング評価シート: 数値目標/実績 as text with units, S/A/B/C with the legend, a 以下 target, a qualitative section after',
    build: (wb) => buildMonitoring(wb.addWorksheet(MONITORING)),
    expected: { file: 'h47-monitoring-sheet.xlsx', fiscalYear: 2023, indicators: monitoringFacts(), groups: [] },
  },
  {
    name: 'h47-subsidy-blocks',
    layout: '補助金 成果報告: one 事業 per merged block, 成果目標/成果実績 lines of text, 交付決定額 in each block, two measures, 未実施',
    build: (wb) => buildSubsidy(wb.addWorksheet(SUBSIDY)),
    expected: { file: 'h47-subsidy-blocks.xlsx', fiscalYear: 2023, indicators: subsidyFacts(), groups: [] },
  },
  {
    name: 'h47-balanced-scorecard',
    layout: 'バランス・スコアカード: 視点 merged down, 戦略目標, 指標, 目標値/実績値, a 達成度 column, direction only in 備考, 2023年度 title',
    build: (wb) => buildBsc(wb.addWorksheet(BSC)),
    expected: { file: 'h47-balanced-scorecard.xlsx', fiscalYear: 2023, indicators: bscFacts(), groups: [] },
  },
];
