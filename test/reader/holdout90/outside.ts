/**
 * Hold-out 90, part 2: four yearly reports outside the four families (a 病院事業経営強化プラン 点検・評価 with 計画 / 決算 per
 * 年度, a 市民意識調査 table with 前回調査 / 今回調査, an 外部評価委員会 sheet with the committee's grade beside the department's,
 * a 特定健康診査等実施計画 years-as-rows table with 速報値).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const wrap = (ws: Worksheet, row: number, col: number) => {
  ws.getCell(row, col).alignment = { wrapText: true, vertical: 'top' };
};

// ---------------------------------------------------------------------------------------------------------------------
// 病院事業経営強化プラン（令和5〜9年度）の点検・評価: years as columns, R3・R4 決算, R5 計画 and 決算 side by side, R6・R7 計画;
// 区分 rows (経営の効率化…); 備考 「短縮を目指す」「低いほど良好」 for the two lower-is-better indicators.
type Byoin = { name: string; unit: string; r3: number; r4: number; plan: number; actual: number; r6: number; r7: number; biko?: string; down?: boolean };
const BYOIN: [string, Byoin[]][] = [
  [
    '経営の効率化（収支改善）',
    [
      { name: '経常収支比率', unit: '％', r3: 102.4, r4: 99.1, plan: 98.5, actual: 96.8, r6: 99.2, r7: 100.3, biko: '100％以上で黒字' },
      { name: '医業収支比率', unit: '％', r3: 86.9, r4: 87.5, plan: 90.2, actual: 88.4, r6: 91.0, r7: 92.1 },
      { name: '修正医業収支比率', unit: '％', r3: 82.0, r4: 82.8, plan: 85.6, actual: 83.1, r6: 86.4, r7: 87.5 },
    ],
  ],
  [
    '経営の効率化（収入確保）',
    [
      { name: '病床利用率（一般病床）', unit: '％', r3: 70.8, r4: 73.5, plan: 78.0, actual: 72.4, r6: 80.0, r7: 82.0 },
      { name: '1日平均入院患者数', unit: '人', r3: 141.6, r4: 147.0, plan: 156.0, actual: 144.8, r6: 160.0, r7: 164.0 },
      { name: '1日平均外来患者数', unit: '人', r3: 502, r4: 511, plan: 520, actual: 538, r6: 520, r7: 520 },
      { name: '平均在院日数（一般病床）', unit: '日', r3: 14.6, r4: 14.1, plan: 13.5, actual: 14.2, r6: 13.2, r7: 13.0, biko: '短縮を目指す', down: true },
    ],
  ],
  [
    '経営の効率化（経費削減）',
    [{ name: '職員給与費対医業収益比率', unit: '％', r3: 62.3, r4: 60.7, plan: 58.0, actual: 61.2, r6: 57.0, r7: 56.0, biko: '低いほど良好', down: true }],
  ],
  [
    '役割・機能の最適化と連携の強化',
    [{ name: '紹介率', unit: '％', r3: 48.2, r4: 52.1, plan: 55.0, actual: 58.3, r6: 57.0, r7: 60.0, biko: '地域医療支援病院の要件（50％以上）' }],
  ],
];
const BY = '経営指標';
const byoin: Holdout2Workbook = {
  name: 'h90-byoin-keiei-kyoka',
  layout:
    '市立病院経営強化プラン（令和5〜9年度）の点検・評価（令和5年度）: 年度が列、見出し2段（令和3・4年度は決算、令和5年度は計画と決算の2列、令和6・7年度は計画）、区分の行、単位の列、備考に「短縮を目指す」「低いほど良好」',
  build(wb) {
    const ws = wb.addWorksheet(BY);
    put(ws, 1, 1, ['○○市立病院経営強化プラン　点検・評価（令和5年度）']);
    put(ws, 2, 1, ['計画期間：令和5年度～令和9年度　　病院事業管理課']);
    put(ws, 4, 1, ['指標', '単位', '令和3年度', '令和4年度', '令和5年度', undefined, '令和6年度', '令和7年度', '備考']);
    put(ws, 5, 3, ['決算', '決算', '計画', '決算', '計画', '計画']);
    ws.mergeCells('E4:F4');
    for (const c of [1, 2, 9]) ws.mergeCells(4, c, 5, c);
    let r = 6;
    for (const [kubun, rows] of BYOIN) {
      put(ws, r, 1, [`【${kubun}】`]);
      ws.mergeCells(r, 1, r, 9);
      r++;
      for (const b of rows) {
        put(ws, r, 1, [b.name, b.unit, b.r3, b.r4, b.plan, b.actual, b.r6, b.r7, b.biko]);
        for (let c = 3; c <= 8; c++) ws.getCell(r, c).numFmt = b.name === '1日平均外来患者数' ? '#,##0' : '0.0';
        r++;
      }
    }
    put(ws, r + 1, 1, ['※令和5年度決算は、令和6年9月議会認定の決算による。']);
    put(ws, r + 2, 1, ['※計画値は経営強化プラン策定時（令和5年3月）の値。']);
    ws.getColumn(1).width = 30;
    ws.getColumn(9).width = 32;
  },
  expected: {
    file: 'h90-byoin-keiei-kyoka.xlsx',
    fiscalYear: 2023,
    indicators: BYOIN.flatMap(([, rows]) => rows.map((b) => ind(BY, b.name, b.unit, b.plan, b.actual, b.down ? { direction: 'down' } : {}))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 市民意識調査（隔年実施）: 施策の満足度, 前回調査（令和3年度） and 今回調査（令和5年度）, 増減 in ポイント with ▲, 目標値
// (令和7年度); one new question (前回 －) and one question not asked this time (今回 －: not applicable).
type Ishiki = [string, string, number | '－', number | '－', string | number | undefined, number, string | undefined];
const ISHIKI: Ishiki[] = [
  ['子育て支援', '子育て環境に満足している市民の割合', 38.2, 41.5, 3.3, 50.0, undefined],
  ['学校教育', '学校教育に満足している市民の割合', 45.0, 44.1, '▲0.9', 55.0, undefined],
  ['健康づくり', '健康づくりの取組に満足している市民の割合', 40.3, 43.8, 3.5, 48.0, undefined],
  ['公共交通', '公共交通の利便性に満足している市民の割合', 22.6, 21.0, '▲1.6', 35.0, undefined],
  ['防災', '災害への備えが進んでいると感じる市民の割合', 35.4, 39.9, 4.5, 40.0, undefined],
  ['観光・交流', 'まちのにぎわいを感じる市民の割合', '－', 31.2, '（新規）', 30.0, '今回調査から新設'],
  ['行政のデジタル化', '行政手続のオンライン化に満足している市民の割合', 18.5, '－', undefined, 30.0, '今回調査では設問を設けず、次回調査で把握'],
];
const IS = '満足度';
const ishiki: Holdout2Workbook = {
  name: 'h90-shimin-ishiki-chosa',
  layout:
    '市民意識調査（隔年実施、令和5年度実施）の施策満足度: 施策・指標・前回調査（令和3年度）・今回調査（令和5年度）・増減（ポイント、▲）・目標値（令和7年度）・備考、単位は表題の行に、新設の設問（前回 －）と今回設問なしの1問（今回 －）',
  build(wb) {
    const ws = wb.addWorksheet(IS);
    put(ws, 1, 1, ['令和5年度　市民意識調査結果　―施策の満足度―']);
    put(ws, 2, 1, ['（単位：％、ポイント）　本調査は隔年で実施（前回：令和3年度、次回：令和7年度）。満足度は「満足」「やや満足」の合計。']);
    put(ws, 4, 1, ['No.', '施策', '指標', '前回調査\n（令和3年度）', '今回調査\n（令和5年度）', '増減', '目標値\n（令和7年度）', '備考']);
    for (let c = 4; c <= 7; c++) wrap(ws, 4, c);
    ISHIKI.forEach(([shisaku, name, prev, cur, diff, target, biko], i) => {
      put(ws, 5 + i, 1, [i + 1, shisaku, name, prev, cur, diff, target, biko]);
      for (const c of [4, 5, 6, 7]) if (typeof ws.getCell(5 + i, c).value === 'number') ws.getCell(5 + i, c).numFmt = '0.0';
    });
    put(ws, 13, 1, ['調査対象：市内在住の18歳以上の市民3,000人（無作為抽出）、回収率41.8％']);
    ws.getColumn(3).width = 44;
    ws.getColumn(8).width = 36;
  },
  expected: {
    file: 'h90-shimin-ishiki-chosa.xlsx',
    fiscalYear: 2023,
    indicators: ISHIKI.map(([, name, , cur, , target]) =>
      cur === '－' ? ind(IS, name, '％', target, null, { actualStatus: 'not-applicable' }) : ind(IS, name, '％', target, cur),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 外部評価委員会 評価シート: one row per 事務事業 with its 成果指標, 目標値, 実績値, 達成率, the department's 自己評価 and, to its
// right, the committee's 外部評価 and 意見. A clerk takes the department's 自己評価 as the grade written on the sheet
// (`existing`): the 外部評価 is the committee's opinion on it, another column.
type Gaibu = [string, string, string, string, number, number, string, string, string];
const GAIBU: Gaibu[] = [
  ['市民活動支援事業', '市民協働課', '市民活動団体の登録数', '団体', 120, 126, 'A', 'A', '登録団体の活動の継続支援にも取り組まれたい。'],
  ['図書館ボランティア育成事業', '中央図書館', '図書館ボランティアの登録者数', '人', 80, 67, 'A', 'B', '目標に届いておらず、自己評価はやや甘い。'],
  ['商店街空き店舗活用事業', '商工振興課', '空き店舗への新規出店数', '件', 6, 4, 'B', 'C', '出店後の定着状況も把握すべき。'],
  ['健康ポイント事業', '健康づくり課', '健康ポイント事業の参加者数', '人', 3000, 3412, 'A', 'A', '若い世代の参加促進に期待する。'],
  ['介護予防教室事業', '高齢福祉課', '介護予防教室の延べ参加者数', '人', 2500, 1380, 'C', 'D', '実施方法の抜本的な見直しが必要。'],
  ['防犯灯LED化推進事業', '生活安全課', '防犯灯のLED化率', '％', 90.0, 92.4, 'A', 'A', '計画的に進められている。'],
];
const GB = '評価シート';
const gaibu: Holdout2Workbook = {
  name: 'h90-gaibu-hyoka-iinkai',
  layout:
    '外部評価委員会の評価シート（令和5年度実施事業）: 1行1事業（事業名・担当課・成果指標・単位・目標値・実績値・達成率）、担当課の自己評価の右に委員会の外部評価と意見。existing は担当課の自己評価（係が読むシートに書かれた担当課の評価）、外部評価は委員会の別の列',
  build(wb) {
    const ws = wb.addWorksheet(GB);
    put(ws, 1, 1, ['令和6年度　○○市行政評価外部評価委員会　評価シート（令和5年度実施事業）']);
    put(ws, 3, 1, ['No.', '事業名', '担当課', '成果指標', '単位', '目標値', '実績値', '達成率', '評価', undefined, '委員会の意見']);
    put(ws, 4, 9, ['自己評価\n（担当課）', '外部評価\n（委員会）']);
    for (const c of [1, 2, 3, 4, 5, 6, 7, 8, 11]) ws.mergeCells(3, c, 4, c);
    ws.mergeCells('I3:J3');
    wrap(ws, 4, 9);
    wrap(ws, 4, 10);
    GAIBU.forEach(([jigyo, ka, name, unit, target, actual, self, ext, iken], i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, jigyo, ka, name, unit, target, actual, actual / target, self, ext, iken]);
      ws.getCell(r, 8).numFmt = '0.0%';
      ws.getCell(r, 6).numFmt = unit === '％' ? '0.0' : '#,##0';
      ws.getCell(r, 7).numFmt = unit === '％' ? '0.0' : '#,##0';
    });
    put(ws, 12, 1, ['評価区分　A：目標を達成（100％以上）　B：概ね達成（80％以上）　C：やや不十分（60％以上）　D：不十分（60％未満）']);
    put(ws, 13, 1, ['※外部評価は、令和6年8月の外部評価委員会（委員5名）において担当課ヒアリングを経て決定した。']);
    ws.getColumn(2).width = 28;
    ws.getColumn(4).width = 32;
    ws.getColumn(11).width = 40;
  },
  expected: {
    file: 'h90-gaibu-hyoka-iinkai.xlsx',
    fiscalYear: 2023,
    indicators: GAIBU.map(([, , name, unit, target, actual, self]) => ind(GB, name, unit, target, actual, { existing: self })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 第3期特定健康診査等実施計画（平成30〜令和5年度）の実施状況: 年度が行, three indicators each with 目標値 / 実績値 columns under a
// merged heading; R5 actuals 「40.1（速報値）」 (法定報告の確定前); (参考) 対象者数・受診者数 columns; 減少率 is higher-is-better; no year
// reported is written (R5 is inferred as the latest row and the plan's last year).
type Kenshin = [string, number, number | string, number, number | string, number, number | string, number, number];
const KENSHIN: Kenshin[] = [
  ['平成30年度', 40.0, 36.8, 30.0, 22.4, 15.0, 12.1, 18420, 6779],
  ['令和元年度', 44.0, 37.5, 35.0, 25.1, 17.0, 13.0, 17980, 6743],
  ['令和2年度', 48.0, 31.2, 40.0, 24.0, 19.0, 10.8, 17510, 5463],
  ['令和3年度', 52.0, 35.9, 45.0, 28.6, 21.0, 14.2, 17020, 6110],
  ['令和4年度', 56.0, 38.4, 50.0, 31.3, 23.0, 16.5, 16480, 6328],
  ['令和5年度', 60.0, '40.1（速報値）', 60.0, '33.8（速報値）', 25.0, '17.9（速報値）', 15960, 6400],
];
const KS = '実施状況';
const kenshin: Holdout2Workbook = {
  name: 'h90-tokutei-kenshin',
  layout:
    '第3期特定健康診査等実施計画（平成30〜令和5年度）の実施状況: 年度が行、特定健康診査受診率・特定保健指導実施率・特定保健指導対象者の減少率（H20比、大きいほど良い）の見出しの下に目標値・実績値、令和5年度は「40.1（速報値）」、右に（参考）対象者数・受診者数',
  build(wb) {
    const ws = wb.addWorksheet(KS);
    put(ws, 1, 1, ['第3期○○市特定健康診査等実施計画（平成30年度～令和5年度）の実施状況']);
    put(ws, 2, 1, ['○○市国民健康保険　保険年金課']);
    put(ws, 4, 1, [
      '年度',
      '特定健康診査受診率（％）',
      undefined,
      '特定保健指導実施率（％）',
      undefined,
      '特定保健指導対象者の減少率（％）',
      undefined,
      '（参考）健診対象者数（人）',
      '（参考）受診者数（人）',
    ]);
    put(ws, 5, 2, ['目標値', '実績値', '目標値', '実績値', '目標値', '実績値']);
    ws.mergeCells('B4:C4');
    ws.mergeCells('D4:E4');
    ws.mergeCells('F4:G4');
    for (const c of [1, 8, 9]) ws.mergeCells(4, c, 5, c);
    for (const c of [2, 4, 6, 8, 9]) wrap(ws, 4, c);
    KENSHIN.forEach((row, i) => {
      put(ws, 6 + i, 1, row);
      for (let c = 2; c <= 7; c++) if (typeof row[c - 1] === 'number') ws.getCell(6 + i, c).numFmt = '0.0';
      ws.getCell(6 + i, 8).numFmt = '#,##0';
      ws.getCell(6 + i, 9).numFmt = '#,##0';
    });
    put(ws, 13, 1, ['※令和5年度は法定報告の速報値（確定値は令和6年11月公表予定）。']);
    put(ws, 14, 1, ['※特定保健指導対象者の減少率は平成20年度比。数値が大きいほど対象者が減少していることを示す（国の目標：25％以上）。']);
    put(ws, 15, 1, ['※令和2年度は新型コロナウイルス感染症の影響により集団健診の一部を中止した。']);
    ws.getColumn(1).width = 12;
    for (let c = 2; c <= 9; c++) ws.getColumn(c).width = 14;
  },
  expected: {
    file: 'h90-tokutei-kenshin.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(KS, '特定健康診査受診率', '％', 60.0, 40.1, { actualStatus: 'provisional' }),
      ind(KS, '特定保健指導実施率', '％', 60.0, 33.8, { actualStatus: 'provisional' }),
      ind(KS, '特定保健指導対象者の減少率', '％', 25.0, 17.9, { actualStatus: 'provisional' }),
    ],
    groups: [],
    // The sheet names no evaluated year: 令和5年度 is the latest row and the plan's last year, a period inferred (a builder's
    // omission found at the first run and corrected; the first figure counts this workbook's flag as not expected).
    guesses: ['period'],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [byoin, ishiki, gaibu, kenshin];
