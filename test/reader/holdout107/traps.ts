/** Hold-out 107, three traps: housing and building workbooks that invite a silent wrong reading. */
import { put, ind, type Holdout2Workbook } from '../holdout2/kit';

const SHEET_T = '耐震化の進捗';
const taishin: Holdout2Workbook = {
  name: 'h107-taishin-chukan',
  layout:
    'trap: 耐震改修促進計画, no target for R5, 中間目標（R7） then 最終目標（R12） columns, a note that the year is evaluated against the 中間目標 (not the last column), 耐震化率 R5 「集計中」',
  build(wb) {
    const ws = wb.addWorksheet(SHEET_T);
    put(ws, 1, 1, ['第3期 耐震改修促進計画　成果指標の進捗状況（令和5年度）']);
    ws.mergeCells(1, 1, 1, 8);
    put(ws, 2, 6, ['建築指導課']);
    put(ws, 3, 1, ['指標', '単位', '基準値', '実績値', undefined, undefined, '中間目標', '最終目標']);
    put(ws, 4, 3, ['令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和7年度', '令和12年度']);
    ws.mergeCells(3, 1, 4, 1);
    ws.mergeCells(3, 2, 4, 2);
    ws.mergeCells(3, 4, 3, 6);
    const rows: (string | number)[][] = [
      ['住宅の耐震化率', '％', 85.0, '－', '－', '集計中', 92.0, 95.0],
      ['多数の者が利用する建築物の耐震化率', '％', 91.2, 92.4, 93.8, 95.4, 95.0, 100.0],
      ['木造住宅耐震改修補助件数（累計）', '戸', 312, 338, 367, 398, 420, 560],
      ['耐震診断実施件数（累計）', '件', 824, 890, 951, 1020, 1000, 1500],
      ['緊急輸送道路沿道建築物の耐震化率', '％', 64.0, 66.2, 68.9, 71.3, 80.0, 100.0],
      ['危険ブロック塀の撤去件数（累計）', '件', 62, 90, 118, 144, 200, 300],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※各年度の進捗は中間目標（令和7年度）に対する達成状況により評価する。最終目標は計画期間末の目標。']);
    put(ws, 13, 1, ['※住宅の耐震化率は住宅・土地統計調査（5年毎）に基づく推計のため、調査年以外は「－」。']);
  },
  expected: {
    file: 'h107-taishin-chukan.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(SHEET_T, '住宅の耐震化率', '％', 92.0, null, { actualStatus: 'pending' }),
      ind(SHEET_T, '多数の者が利用する建築物の耐震化率', '％', 95.0, 95.4),
      ind(SHEET_T, '木造住宅耐震改修補助件数（累計）', '戸', 420, 398),
      ind(SHEET_T, '耐震診断実施件数（累計）', '件', 1000, 1020),
      ind(SHEET_T, '緊急輸送道路沿道建築物の耐震化率', '％', 80.0, 71.3),
      ind(SHEET_T, '危険ブロック塀の撤去件数（累計）', '件', 200, 144),
    ],
    groups: [],
  },
};

const SHEET_K = '空家対策';
const ruikei: Holdout2Workbook = {
  name: 'h107-akiya-ruikei',
  layout:
    "trap: 空家対策の実績, 目標の区分 column (単年度／累計) and two actual columns 単年度実績｜累計実績（平成30年度〜）; the actual to read is the one of the target's 区分",
  build(wb) {
    const ws = wb.addWorksheet(SHEET_K);
    put(ws, 1, 1, ['令和5年度　空家等対策の実績']);
    ws.mergeCells(1, 1, 1, 7);
    put(ws, 3, 1, ['指標', '単位', '目標の区分', '令和5年度目標', '令和5年度実績', undefined, '備考']);
    put(ws, 4, 5, ['単年度実績', '累計実績\n（平成30年度〜）']);
    for (const c of [1, 2, 3, 4, 7]) ws.mergeCells(3, c, 4, c);
    ws.mergeCells(3, 5, 3, 6);
    const rows: (string | number | null)[][] = [
      ['空き家除却件数', '件', '累計', 150, 38, 142, '補助・指導による除却'],
      ['空き家バンク成約件数', '件', '単年度', 20, 17, 88, null],
      ['空き家改修補助件数', '件', '累計', 60, 11, 63, null],
      ['特定空家等への助言・指導件数', '件', '単年度', 30, 34, 121, null],
      ['空き家の適正管理に関する通知件数', '件', '単年度', 250, 188, 900, '固定資産税納税通知に同封'],
      ['空き家バンク登録件数', '件', '累計', 300, 41, 262, null],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※目標の区分が「累計」の指標は累計実績、「単年度」の指標は単年度実績で達成状況を判断する。']);
  },
  expected: {
    file: 'h107-akiya-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(SHEET_K, '空き家除却件数', '件', 150, 142),
      ind(SHEET_K, '空き家バンク成約件数', '件', 20, 17),
      ind(SHEET_K, '空き家改修補助件数', '件', 60, 63),
      ind(SHEET_K, '特定空家等への助言・指導件数', '件', 30, 34),
      ind(SHEET_K, '空き家の適正管理に関する通知件数', '件', 250, 188),
      ind(SHEET_K, '空き家バンク登録件数', '件', 300, 262),
    ],
    groups: [],
  },
};

const SHEET_S = '成果指標';
const jyuseikatsu: Holdout2Workbook = {
  name: 'h107-juseikatsu-suii',
  layout:
    'trap: 住生活基本計画 成果指標の推移, 目標／実績 rows per indicator over 平成30年（基準）・令和3〜7年度, no evaluation year stated (actuals end at 令和5年度: a guess), 目標の方向 増加／減少, a 「178（見込）」 and a 住宅・土地統計調査 indicator 「－」',
  build(wb) {
    const ws = wb.addWorksheet(SHEET_S);
    put(ws, 1, 1, ['住生活基本計画　成果指標の推移']);
    ws.mergeCells(1, 1, 1, 10);
    put(ws, 3, 1, ['成果指標', '単位', '目標の方向', '区分', '平成30年\n（基準）', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度']);
    const data: [string, string, string, (string | number | null)[], (string | number | null)[]][] = [
      ['子育て世帯向け住宅取得支援件数', '件', '増加', [null, 60, 70, 80, 90, 100], [48, 55, 66, 72, null, null]],
      ['最低居住面積水準未満世帯の割合', '％', '減少', [null, null, null, 4.0, null, 3.5], [4.8, '－', '－', '－', null, null]],
      ['市営住宅の管理戸数', '戸', '減少', [null, 1450, 1415, 1380, 1345, 1310], [1521, 1488, 1431, 1402, null, null]],
      ['セーフティネット住宅の登録戸数', '戸', '増加', [null, 300, 400, 500, 600, 700], [102, 318, 455, 612, null, null]],
      ['長期優良住宅の認定件数', '件', '増加', [null, 180, 190, 200, 210, 220], [161, 172, 185, '178（見込）', null, null]],
      ['住宅リフォーム相談件数', '件', '増加', [null, 80, 90, 100, 110, 120], [71, 66, 61, 54, null, null]],
    ];
    data.forEach(([name, unit, way, t, a], i) => {
      const r = 4 + i * 2;
      put(ws, r, 1, [name, unit, way, '目標', ...t]);
      put(ws, r + 1, 4, ['実績', ...a]);
      for (const c of [1, 2, 3]) ws.mergeCells(r, c, r + 1, c);
    });
    put(ws, 17, 1, ['※最低居住面積水準未満世帯の割合は住宅・土地統計調査（5年毎）による推計。推計のない年度は「－」。']);
  },
  expected: {
    file: 'h107-juseikatsu-suii.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(SHEET_S, '子育て世帯向け住宅取得支援件数', '件', 80, 72),
      ind(SHEET_S, '最低居住面積水準未満世帯の割合', '％', 4.0, null, { direction: 'down', actualStatus: 'not-applicable' }),
      ind(SHEET_S, '市営住宅の管理戸数', '戸', 1380, 1402, { direction: 'down' }),
      ind(SHEET_S, 'セーフティネット住宅の登録戸数', '戸', 500, 612),
      ind(SHEET_S, '長期優良住宅の認定件数', '件', 200, 178, { actualStatus: 'provisional' }),
      ind(SHEET_S, '住宅リフォーム相談件数', '件', 100, 54),
    ],
    groups: [],
    guesses: ['period'],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [taishin, ruikei, jyuseikatsu];
