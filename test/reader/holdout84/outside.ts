/**
 * Hold-out 84, part 2: four outside the families — a 教育振興基本計画's 中間評価 (策定時 / 中間値 / 目標値, ◎○△ per row), a DX
 * plan whose targets are partly dates and words, a 公共施設等総合管理計画's floor areas with 「△10％」 targets against a base
 * year, and a 観光振興計画 with 入込客数 in 万人 and 宿泊客数 in 千人.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

type Cell = string | number | undefined;

/** An indicator with no direction fact (nothing on the sheet says which way it should move and it has no target). */
function noDirection(i: ExpectedIndicator): ExpectedIndicator {
  const out = { ...i };
  delete out.direction;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// 中間評価: 策定時（平成30年度）, 中間値（令和5年度）, 目標値（令和10年度） and a ◎○△ mark per row whose legend is about movement
// since 策定時, not the A–D scale (kept as written). The 中間値 is 令和5年度's actual, graded against the final target.
const M1 = '中間評価';
const midRows: [string, string, Cell, Cell, number, string, string][] = [
  ['「学校に行くのは楽しい」と答えた児童の割合', '％', 86.2, 88.9, 90.0, '○', ''],
  ['1日30分以上読書をする児童生徒の割合', '％', 48.0, 41.6, 60.0, '△', ''],
  ['不登校児童生徒の出現率', '％', 1.42, 2.38, 1.0, '△', '減少を目指す'],
  ['学校支援ボランティアの登録者数', '人', 310, 452, 420, '◎', ''],
  ['公民館講座の年間受講者数', '人', 12400, 9870, 13000, '△', 'コロナ禍以降、回復途上'],
  ['体力テストで全国平均を上回る種目の割合', '％', 55.0, 62.5, 70.0, '○', ''],
  ['家庭学習を毎日する中学生の割合', '％', 70.3, '－', 75.0, '－', '令和3年度に調査項目が変更され比較できないため'],
];
const midterm: Holdout2Workbook = {
  name: 'h84-kyoiku-midterm-marks',
  layout:
    '教育振興基本計画の中間評価: 策定時（平成30年度）・中間値（令和5年度）・目標値（令和10年度）、評価◎○△（策定時からの改善の凡例）、「－」の行、備考に「減少を目指す」',
  build(wb) {
    const ws = wb.addWorksheet(M1);
    put(ws, 1, 1, ['第2次さくら台市教育振興基本計画（令和元年度～令和10年度）　中間評価　成果指標の状況']);
    put(ws, 2, 1, ['※中間値は令和5年度の実績値', undefined, undefined, undefined, undefined, undefined, '教育総務課']);
    put(ws, 4, 1, ['No.', '成果指標', '単位', '策定時\n（平成30年度）', '中間値\n（令和5年度）', '目標値\n（令和10年度）', '評価', '備考']);
    midRows.forEach((r, i) => put(ws, 5 + i, 1, [i + 1, ...r]));
    put(ws, 13, 1, ['評価　◎：目標値を達成　○：策定時より改善（目標値は未達成）　△：策定時から横ばい・悪化　－：比較できない']);
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h84-kyoiku-midterm-marks.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(M1, midRows[0][0], '％', 90.0, 88.9, { existing: '○' }),
      ind(M1, midRows[1][0], '％', 60.0, 41.6, { existing: '△' }),
      ind(M1, midRows[2][0], '％', 1.0, 2.38, { direction: 'down', existing: '△' }),
      ind(M1, midRows[3][0], '人', 420, 452, { existing: '◎' }),
      ind(M1, midRows[4][0], '人', 13000, 9870, { existing: '△' }),
      ind(M1, midRows[5][0], '％', 70.0, 62.5, { existing: '○' }),
      ind(M1, midRows[6][0], '％', 75.0, null, { actualStatus: 'not-applicable' }),
    ].map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// A DX plan (令和6年度 取組状況, 令和7年3月末時点): numeric KPIs beside milestones whose targets are a date (「令和6年10月導入」), words
// (「導入済」「全職員（令和6年度中に配備完了）」) or 「基準値の2倍」. The clerk reads what can be read: no grade without a numeric
// target; 「未導入」 is not implemented (D); the 2倍 target is arithmetic on the 基準値 cell (a guess the clerk checks).
const X2 = 'KPI';
const dxRows: [string, string, string, Cell, Cell, Cell, string][] = [
  ['行政手続のオンライン化', 'オンライン申請が可能な手続数', '手続', 84, 200, 236, ''],
  ['行政手続のオンライン化', '電子申請の年間件数', '件', 3150, '基準値の2倍', 5870, ''],
  ['キャッシュレス化', '窓口でのキャッシュレス決済の導入', '－', '未導入', '令和6年10月導入', '未導入', 'システム改修の遅れにより令和7年度へ延期'],
  ['情報発信', '公式LINEの友だち登録者数', '人', 4200, 10000, '約9,100', '3月末の登録者数'],
  ['業務の効率化', '庁内会議のペーパーレス化率', '％', 35.0, 80.0, 72.4, ''],
  ['業務の効率化', '職員へのモバイル端末の配備', '台', '－', '全職員（令和6年度中に配備完了）', 486, '会計年度任用職員を除く'],
  ['業務の効率化', '公共施設予約システムのオンライン化', '－', '－', '導入済', '－', '令和5年度に導入済のため本年度は対象外'],
  ['業務の効率化', 'RPA・AI-OCRを導入した業務数', '業務', 3, 15, 11, ''],
  ['デジタルデバイド対策', 'スマホ相談会の参加者数（累計）', '人', 120, 600, 548, ''],
];
const dxPlan: Holdout2Workbook = {
  name: 'h84-dx-milestones',
  layout:
    'DX推進計画の令和6年度取組状況（令和7年3月末時点）: 数値KPIと、目標が日付「令和6年10月導入」・「導入済」・「全職員（…配備完了）」・「基準値の2倍」の行、実績「未導入」「約9,100」「－」',
  build(wb) {
    const ws = wb.addWorksheet(X2);
    put(ws, 1, 1, ['あさひ野市DX推進計画（令和5年度～令和7年度）　令和6年度 取組状況']);
    put(ws, 2, 1, ['（令和7年3月末時点）', undefined, undefined, undefined, undefined, undefined, undefined, 'デジタル推進課']);
    put(ws, 4, 1, ['No.', '取組', 'KPI', '単位', '基準値\n（令和4年度）', '目標\n（令和6年度）', '実績\n（令和6年度）', '備考']);
    dxRows.forEach((r, i) => put(ws, 5 + i, 1, [i + 1, ...r]));
    ws.getColumn(3).width = 36;
    ws.getColumn(6).width = 30;
  },
  expected: {
    file: 'h84-dx-milestones.xlsx',
    fiscalYear: 2024,
    guesses: ['target-from-baseline'],
    indicators: [
      ind(X2, 'オンライン申請が可能な手続数', '手続', 200, 236),
      // 「基準値の2倍」: 3,150 × 2.
      ind(X2, '電子申請の年間件数', '件', 6300, 5870),
      noDirection(ind(X2, '窓口でのキャッシュレス決済の導入', null, null, null, { actualStatus: 'not-implemented' })),
      ind(X2, '公式LINEの友だち登録者数', '人', 10000, 9100, { actualStatus: 'approximate' }),
      ind(X2, '庁内会議のペーパーレス化率', '％', 80.0, 72.4),
      noDirection(ind(X2, '職員へのモバイル端末の配備', '台', null, 486)),
      noDirection(ind(X2, '公共施設予約システムのオンライン化', null, null, null, { actualStatus: 'not-applicable' })),
      ind(X2, 'RPA・AI-OCRを導入した業務数', '業務', 15, 11),
      ind(X2, 'スマホ相談会の参加者数（累計）', '人', 600, 548),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// A 町's 公共施設等総合管理計画: 延床面積 per 施設類型 at the base year (平成28年度末) and at 令和5年度末, targets 「△10％」 (a cut
// against the base year, by 令和13年度), a 基準年度比 column of formulas, one 類型 with no target. Target = base × (1 − cut).
const F3 = '延床面積';
const facilities: [string, number, string, number, string][] = [
  ['学校教育系施設', 48620, '△10％', 46210, '小学校統合（令和3年度）'],
  ['公営住宅', 21350, '△15％', 19880, '老朽団地の用途廃止'],
  ['行政系施設', 9870, '△5％', 9870, ''],
  ['町民文化系施設', 12400, '△20％', 9650, '公民館分館の集約'],
  ['スポーツ・レクリエーション系施設', 8150, '△10％', 8420, '町民プール更新（令和4年度）'],
  ['子育て支援施設', 3210, '－', 3480, '需要増に対応するため縮減目標は設定しない'],
  ['公共施設全体', 103600, '△10％', 97510, ''],
];
const cut = (s: string) => Number(s.replace(/[△％]/g, '')) / 100;
const floorArea: Holdout2Workbook = {
  name: 'h84-cho-facility-floor-area',
  layout:
    '町の公共施設等総合管理計画: 施設類型ごとの延床面積（㎡）、基準年度（平成28年度末）と令和5年度末、縮減目標「△10％」等（令和13年度まで）、基準年度比の数式列、目標「－」の類型、公共施設全体の行',
  build(wb) {
    const ws = wb.addWorksheet(F3);
    put(ws, 1, 1, ['みどり町公共施設等総合管理計画（令和4年3月改訂）　延床面積の縮減目標の進捗状況']);
    put(ws, 2, 1, ['令和5年度末現在', undefined, undefined, undefined, undefined, '総務課 財産管理係']);
    put(ws, 4, 1, [
      '施設類型',
      '基準年度（平成28年度末）\n延床面積（㎡）',
      '縮減目標\n（令和13年度まで）',
      '令和5年度末\n延床面積（㎡）',
      '基準年度比',
      '備考',
    ]);
    facilities.forEach(([type, base, target, now, note], i) => {
      const r = 5 + i;
      put(ws, r, 1, [type, base, target, now]);
      ws.getCell(r, 5).value = { formula: `D${r}/B${r}-1`, result: now / base - 1 };
      ws.getCell(r, 5).numFmt = '0.0%';
      for (const c of [2, 4]) ws.getCell(r, c).numFmt = '#,##0';
      put(ws, r, 6, [note || undefined]);
    });
    put(ws, 13, 1, ['※縮減目標は基準年度（平成28年度末）の延床面積に対する削減率。△は減少を示す。']);
    ws.getColumn(1).width = 30;
    ws.getColumn(6).width = 36;
  },
  expected: {
    file: 'h84-cho-facility-floor-area.xlsx',
    fiscalYear: 2023,
    guesses: ['target-from-baseline'],
    indicators: facilities.map(([type, base, target, now]) =>
      target === '－'
        ? noDirection(ind(F3, type, '㎡', null, now))
        : { ...ind(F3, type, '㎡', Math.round(base * (1 - cut(target)) * 10) / 10, now, { direction: 'down' }), targetSource: 'final' },
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 観光振興計画 (calendar year 令和5年): 観光入込客数 in 万人, 宿泊客数 and 外国人宿泊客数 in 千人, 観光消費額 in 億円 with 「約455」,
// a 達成率 column of formulas, a city scale for 評価 (A 100 %, B 90 %, C 70 %), one 「調査中」.
const T4 = '数値目標';
const tourism: [string, string, number, number, Cell, string | undefined][] = [
  ['観光入込客数', '万人', 412.5, 380.0, 396.8, 'A'],
  ['うち宿泊客数', '千人', 618, 560, 534, 'B'],
  ['外国人宿泊客数', '千人', 42.3, 30.0, 27.1, 'B'],
  ['観光消費額', '億円', 512, 480, '約455', 'B'],
  ['観光案内所の利用者数', '人', 58200, 55000, 61430, 'A'],
  ['来訪者満足度（「満足」「やや満足」の割合）', '％', 82.1, 85.0, 83.7, 'B'],
  ['リピーター率', '％', 54.0, 60.0, '調査中', undefined],
];
const tourismTable: Holdout2Workbook = {
  name: 'h84-kanko-man-sen-units',
  layout:
    '観光振興計画（後期）の数値目標（令和5年・暦年）: 単位列に万人・千人・億円・人・％が混在、実績「約455」「調査中」、達成率の数式列、評価A〜D（市独自の90％/70％基準）',
  build(wb) {
    const ws = wb.addWorksheet(T4);
    put(ws, 1, 1, ['かもめ市観光振興計画（後期計画：令和4年～令和8年）　数値目標の達成状況']);
    put(ws, 2, 1, ['対象期間：令和5年（1月～12月）', undefined, undefined, undefined, undefined, undefined, '観光交流課']);
    put(ws, 4, 1, ['指標', '単位', '基準値\n（令和元年）', '令和5年\n目標値', '令和5年\n実績値', '達成率', '評価']);
    tourism.forEach(([name, unit, base, target, actual, grade], i) => {
      const r = 5 + i;
      put(ws, r, 1, [name, unit, base, target, actual]);
      if (typeof actual === 'number') {
        ws.getCell(r, 6).value = { formula: `E${r}/D${r}`, result: actual / target };
        ws.getCell(r, 6).numFmt = '0.0%';
      } else put(ws, r, 6, ['－']);
      put(ws, r, 7, [grade ?? '－']);
    });
    put(ws, 13, 1, ['評価　A：達成率100％以上　B：90％以上　C：70％以上　D：70％未満']);
    put(ws, 14, 1, ['※観光消費額の令和5年実績は推計による概数。リピーター率は来訪者調査の集計中。']);
    ws.getColumn(1).width = 40;
  },
  expected: {
    file: 'h84-kanko-man-sen-units.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T4, '観光入込客数', '万人', 380.0, 396.8, { existing: 'A' }),
      ind(T4, 'うち宿泊客数', '千人', 560, 534, { existing: 'B' }),
      ind(T4, '外国人宿泊客数', '千人', 30.0, 27.1, { existing: 'B' }),
      ind(T4, '観光消費額', '億円', 480, 455, { existing: 'B', actualStatus: 'approximate' }),
      ind(T4, '観光案内所の利用者数', '人', 55000, 61430, { existing: 'A' }),
      ind(T4, '来訪者満足度（「満足」「やや満足」の割合）', '％', 85.0, 83.7, { existing: 'B' }),
      ind(T4, 'リピーター率', '％', 60.0, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [midterm, dxPlan, floorArea, tourismTable];
