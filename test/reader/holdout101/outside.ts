/**
 * Hold-out 101, four workbooks outside the families: the 行財政改革プラン's 取組項目別効果額一覧 (目標効果額｜決算見込｜決算確定,
 * 累計効果額 and a 合計 row), 主要財政指標の推移 with years as rows (令和6年度 見込 below 令和5年度, a 目標値 row at the bottom),
 * one 事務事業評価シート per 事業 evaluating 令和4年度実施事業 in 令和5年度, and a 収納率 table with 目標｜実績｜達成率 per 年度.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

function merged(ws: Worksheet, range: string, value: string | number): void {
  ws.getCell(range.split(':')[0]).value = value;
  ws.mergeCells(range);
}

const wrap = { wrapText: true, vertical: 'middle' as const };

// ---------------------------------------------------------------------------------------------------------------------------
// 取組項目別効果額一覧: the year's actual is 決算確定 when written, else 決算見込 (a provisional figure).

const KOKA: [string, string, string, number, number | string, number | string | null, number, string][] = [
  ['事務事業の見直し', '行政経営課', '実施中', 45000, 41800, 42315, 118940, '継続'],
  ['補助金・負担金の見直し', '財政課', '実施中', 12000, 12600, 12480, 30115, '継続'],
  ['使用料・手数料の適正化', '財政課', '実施中', 18000, 15240, null, 29040, '継続'],
  ['職員定数の適正化（人件費の抑制）', '人事課', '実施中', 96000, 88500, 90112, 241707, '継続'],
  ['時間外勤務の縮減', '人事課', '実施中', 20000, '▲3,400', '▲2,960', 14205, '改善'],
  ['集会施設の統廃合（維持管理費の削減）', '資産経営課', '未着手', 5000, 0, 0, 0, '改善'],
  ['市有財産の有効活用（貸付・売却）', '資産経営課', '完了', 60000, 71500, 71500, 96800, '終了'],
  ['ふるさと納税の拡充', '企画課', '実施中', 80000, 102340, null, 221610, '拡充'],
  ['ペーパーレス化の推進', 'DX推進課', '実施中', 3500, 2100, 2088, 4960, '改善'],
  ['指定管理者制度の導入拡大', '行政経営課', '実施中', 8000, 8150, 8150, 15430, '継続'],
];

const koka: Holdout2Workbook = {
  name: 'h101-kokagaku-ichiran',
  layout:
    'Outside: 取組項目別効果額一覧（単位：千円）, 令和５年度（目標効果額｜効果額（決算見込）｜効果額（決算確定））, 確定 blank for two, ▲ amounts, 累計効果額 and a 合計 row',
  build(wb) {
    const ws = wb.addWorksheet('効果額');
    ws.columns = [{ width: 5 }, { width: 36 }, { width: 12 }, { width: 10 }, { width: 12 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 10 }];
    merged(ws, 'A1:I1', '行財政改革プラン（令和３年度〜令和７年度）　取組項目別効果額一覧（令和５年度）');
    put(ws, 2, 9, ['（単位：千円）']);
    put(ws, 3, 1, ['No.', '取組項目', '所管課', '進捗状況', '令和５年度', undefined, undefined, '累計効果額\n（R3〜R5）', '今後の\n方向性']);
    put(ws, 4, 5, ['目標効果額', '効果額\n（決算見込）', '効果額\n（決算確定）']);
    for (const c of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3', 'H3:H4', 'I3:I4']) ws.mergeCells(c);
    ws.getRow(4).alignment = wrap;
    KOKA.forEach((k, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, ...k]);
      for (const c of [5, 6, 7, 8]) ws.getRow(r).getCell(c).numFmt = '#,##0;"▲"#,##0';
    });
    put(ws, 15, 1, [undefined, '合計', undefined, undefined, 347500, 338830, undefined, 772807]);
    put(ws, 17, 1, ['※効果額（決算確定）が空欄の取組は、令和６年５月末現在の決算見込額による。']);
    put(ws, 18, 1, ['※進捗状況　完了：取組を終えたもの　実施中：取組を進めているもの　未着手：取組に着手していないもの']);
    put(ws, 19, 1, ['※▲は効果額がマイナス（経費の増加）となったもの。']);
  },
  expected: {
    file: 'h101-kokagaku-ichiran.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('効果額', '事務事業の見直し', '千円', 45000, 42315),
      ind('効果額', '補助金・負担金の見直し', '千円', 12000, 12480),
      ind('効果額', '使用料・手数料の適正化', '千円', 18000, 15240, { actualStatus: 'provisional' }),
      ind('効果額', '職員定数の適正化（人件費の抑制）', '千円', 96000, 90112),
      ind('効果額', '時間外勤務の縮減', '千円', 20000, -2960),
      ind('効果額', '集会施設の統廃合（維持管理費の削減）', '千円', 5000, 0),
      ind('効果額', '市有財産の有効活用（貸付・売却）', '千円', 60000, 71500),
      ind('効果額', 'ふるさと納税の拡充', '千円', 80000, 102340, { actualStatus: 'provisional' }),
      ind('効果額', 'ペーパーレス化の推進', '千円', 3500, 2088),
      ind('効果額', '指定管理者制度の導入拡大', '千円', 8000, 8150),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 主要財政指標の推移: years as rows, a 望ましい方向 row under the units, a 令和6年度（見込）row, the 目標値 row at the bottom.

const SUII_NAMES = ['経常収支比率', '実質公債費比率', '将来負担比率', '財政調整基金残高', '市債残高（一般会計）', '職員数（普通会計）'];
const SUII_UNITS = ['％', '％', '％', '百万円', '百万円', '人'];
const SUII_DIRS = ['低い方が良い', '低い方が良い', '低い方が良い', '高い方が良い', '低い方が良い', '低い方が良い'];
const SUII_ROWS: [string, ...(number | string)[]][] = [
  ['平成30年度', 93.6, 9.4, 68.2, 2215, 45870, 1236],
  ['令和元年度', 94.8, 9.1, 66.0, 2180, 45410, 1229],
  ['令和2年度', 94.1, 8.9, 61.5, 2460, 45020, 1224],
  ['令和3年度', 91.8, 8.6, 57.3, 2610, 44820, 1218],
  ['令和4年度', 93.0, 8.3, 52.4, 2880, 43990, 1205],
  ['令和5年度', 92.4, 8.1, 48.7, 2741, 43150, 1192],
  ['令和6年度\n（見込）', 91.6, 7.9, 45.2, 2650, 42600, 1180],
];
const SUII_TARGETS = [90.0, 8.0, 50.0, 2500, 40000, 1150];

const suii: Holdout2Workbook = {
  name: 'h101-zaisei-shihyo-suii',
  layout:
    'Outside: 主要財政指標の推移, 年度 as rows 平成30年度〜令和5年度 and 令和6年度（見込）, 単位 and 望ましい方向 rows, 目標値（令和7年度）row at the bottom',
  build(wb) {
    const ws = wb.addWorksheet('財政指標の推移');
    ws.columns = [{ width: 22 }, ...SUII_NAMES.map(() => ({ width: 14 }))];
    merged(ws, 'A1:G1', '主要財政指標の推移　― 令和５年度決算の状況 ―');
    put(ws, 3, 1, ['区分', ...SUII_NAMES]);
    put(ws, 4, 1, ['単位', ...SUII_UNITS]);
    put(ws, 5, 1, ['望ましい方向', ...SUII_DIRS]);
    SUII_ROWS.forEach((row, i) => {
      put(ws, 6 + i, 1, row);
      ws.getRow(6 + i).getCell(1).alignment = wrap;
    });
    put(ws, 13, 1, ['目標値（令和7年度）', ...SUII_TARGETS]);
    put(ws, 15, 1, ['※令和６年度は当初予算及び３月補正後の見込値。']);
    put(ws, 16, 1, ['※目標値は財政健全化計画（令和３年度〜令和７年度）の最終年度の目標。職員数は翌年度４月１日現在。']);
  },
  expected: {
    file: 'h101-zaisei-shihyo-suii.xlsx',
    fiscalYear: 2023,
    indicators: SUII_NAMES.map((n, k) => ({
      ...ind('財政指標の推移', n, SUII_UNITS[k], SUII_TARGETS[k], SUII_ROWS[5][k + 1] as number, {
        direction: SUII_DIRS[k] === '高い方が良い' ? 'up' : 'down',
      }),
      targetSource: 'final',
    })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 事務事業評価シート: one sheet per 事業, evaluated in 令和5年度 for the 令和4年度 実施事業; 活動指標 and 成果指標 with 方向.

interface Card {
  sheet: string;
  no: string;
  name: string;
  ka: string;
  purpose: string;
  hoko: string;
  rows: { kind: '活動指標' | '成果指標'; name: string; unit: string; arrow: '↑' | '↓'; t: (number | string)[]; a: (number | string | null)[] }[];
}

const CARDS: Card[] = [
  {
    sheet: '事業01',
    no: '01-03-02',
    name: '窓口業務委託事業',
    ka: '市民課',
    purpose: '住民票等の証明書交付業務を民間事業者に委託し、窓口サービスの向上と経費の削減を図る。',
    hoko: '□拡充　■継続　□改善　□縮小　□廃止',
    rows: [
      { kind: '活動指標', name: '委託窓口数', unit: 'か所', arrow: '↑', t: [1, 2, 2], a: [1, 2, null] },
      { kind: '成果指標', name: '窓口平均待ち時間', unit: '分', arrow: '↓', t: [20, 15, 12], a: [22, 18, null] },
    ],
  },
  {
    sheet: '事業02',
    no: '02-01-05',
    name: '市税収納対策事業',
    ka: '収納課',
    purpose: '滞納者への早期催告と財産調査・滞納処分を強化し、市税の徴収率の向上を図る。',
    hoko: '□拡充　□継続　■改善　□縮小　□廃止',
    rows: [
      { kind: '活動指標', name: '催告書発送件数', unit: '件', arrow: '↑', t: [7500, 8000, 8000], a: [7820, 8412, null] },
      { kind: '成果指標', name: '市税徴収率（滞納繰越分）', unit: '％', arrow: '↑', t: [24.0, 26.0, 28.0], a: [22.7, 23.5, null] },
    ],
  },
  {
    sheet: '事業03',
    no: '02-03-01',
    name: '公共施設マネジメント推進事業',
    ka: '資産経営課',
    purpose: '個別施設計画に基づき施設の集約化・複合化を進め、延床面積の縮減と維持管理費の抑制を図る。',
    hoko: '□拡充　□継続　■改善　□縮小　□廃止',
    rows: [
      { kind: '活動指標', name: '個別施設計画の策定数（累計）', unit: '計画', arrow: '↑', t: [6, 12, 18], a: [5, 9, null] },
      { kind: '成果指標', name: '延床面積の削減量（累計）', unit: '㎡', arrow: '↑', t: [4000, 8500, 12000], a: [3920, 6120, null] },
    ],
  },
];

const cards: Holdout2Workbook = {
  name: 'h101-jimujigyo-hyoka-card',
  layout:
    'Outside: 事務事業評価シート, one sheet per 事業 (label｜value header, 活動指標／成果指標 × 目標値／実績値 × 令和3〜5年度（計画）, 方向 ↑↓), 令和５年度 sheet for 令和４年度実施事業, 今後の方向性 ■□',
  build(wb) {
    for (const c of CARDS) {
      const ws = wb.addWorksheet(c.sheet);
      ws.columns = [{ width: 12 }, { width: 28 }, { width: 8 }, { width: 6 }, { width: 8 }, { width: 12 }, { width: 12 }, { width: 14 }];
      merged(ws, 'A1:H1', '令和５年度　事務事業評価シート（令和４年度実施事業）');
      put(ws, 3, 1, ['事業番号', c.no, undefined, undefined, '担当課', c.ka]);
      put(ws, 4, 1, ['事業名']);
      merged(ws, 'B4:H4', c.name);
      put(ws, 5, 1, ['事業の目的']);
      merged(ws, 'B5:H5', c.purpose);
      put(ws, 7, 1, ['指標区分', '指標名', '単位', '方向', '区分', '令和３年度', '令和４年度', '令和５年度\n（計画）']);
      ws.getRow(7).getCell(8).alignment = wrap;
      c.rows.forEach((row, i) => {
        const r = 8 + i * 2;
        merged(ws, `A${r}:A${r + 1}`, row.kind);
        merged(ws, `B${r}:B${r + 1}`, row.name);
        merged(ws, `C${r}:C${r + 1}`, row.unit);
        merged(ws, `D${r}:D${r + 1}`, row.arrow);
        put(ws, r, 5, ['目標値', ...row.t]);
        put(ws, r + 1, 5, ['実績値', ...row.a]);
      });
      put(ws, 12, 1, ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い']);
      put(ws, 14, 1, ['今後の方向性']);
      merged(ws, 'B14:H14', c.hoko);
      put(ws, 15, 1, ['改善内容']);
      merged(ws, 'B15:H15', '（省略）');
    }
  },
  expected: {
    file: 'h101-jimujigyo-hyoka-card.xlsx',
    fiscalYear: 2022,
    indicators: CARDS.flatMap((c) =>
      c.rows.map((row) => ind(c.sheet, row.name, row.unit, row.t[1] as number, row.a[1] as number, { direction: row.arrow === '↓' ? 'down' : 'up' })),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 収納率: 区分 rows, (目標｜実績｜達成率) per 年度, a 令和6年度目標 column, one 千円 row where less is better.

const SHUNO: [string, string, number, number, number, number, number, number][] = [
  ['市税（現年課税分）', '％', 99.2, 99.18, 99.3, 99.41, 99.4, 0],
  ['市税（滞納繰越分）', '％', 28.0, 23.5, 30.0, 26.85, 30.0, 0],
  ['国民健康保険税（現年課税分）', '％', 95.8, 95.31, 96.0, 95.12, 96.0, 0],
  ['国民健康保険税（滞納繰越分）', '％', 24.0, 21.02, 25.0, 19.4, 25.0, 0],
  ['介護保険料（現年度分）', '％', 98.8, 98.95, 98.9, 99.02, 99.0, 0],
  ['後期高齢者医療保険料（現年度分）', '％', 99.5, 99.58, 99.6, 99.71, 99.6, 0],
  ['保育所保育料（現年度分）', '％', 98.5, 98.12, 98.5, 97.8, 98.5, 0],
  ['市税滞納繰越額の縮減', '千円', 420000, 436208, 380000, 402615, 350000, 1],
];

const rate = (t: number, a: number, down: boolean) => Math.round((down ? t / a : a / t) * 1000) / 10;

const shuno: Holdout2Workbook = {
  name: 'h101-shunoritsu-kojo',
  layout:
    'Outside: 市税等収納率, 区分 rows × 令和４年度／令和５年度（目標｜実績｜達成率）pairs and a 令和６年度目標 column, 単位 column, one 千円 row to reduce (備考 少ないほど良い)',
  build(wb) {
    const ws = wb.addWorksheet('収納率');
    ws.columns = [{ width: 32 }, { width: 7 }, ...Array.from({ length: 7 }, () => ({ width: 11 })), { width: 28 }];
    merged(ws, 'A1:J1', '令和５年度　市税等収納率向上対策の実施状況');
    put(ws, 3, 1, ['区分', '単位', '令和４年度', undefined, undefined, '令和５年度', undefined, undefined, '令和６年度', '備考']);
    put(ws, 4, 3, ['目標', '実績', '達成率(%)', '目標', '実績', '達成率(%)', '目標']);
    for (const c of ['A3:A4', 'B3:B4', 'C3:E3', 'F3:H3', 'J3:J4']) ws.mergeCells(c);
    SHUNO.forEach(([n, u, t4, a4, t5, a5, t6, down], i) => {
      const r = 5 + i;
      put(ws, r, 1, [
        n,
        u,
        t4,
        a4,
        rate(t4, a4, !!down),
        t5,
        a5,
        rate(t5, a5, !!down),
        t6,
        down ? '年度末の滞納繰越額（少ないほど良い）\n達成率は目標÷実績' : undefined,
      ]);
      if (u === '千円') for (const c of [3, 4, 6, 7, 9]) ws.getRow(r).getCell(c).numFmt = '#,##0';
    });
    put(ws, 14, 1, ['※収納率は出納整理期間終了後（５月末）の数値。']);
  },
  expected: {
    file: 'h101-shunoritsu-kojo.xlsx',
    fiscalYear: 2023,
    indicators: SHUNO.map(([n, u, , , t5, a5, , down]) => ind('収納率', n, u, t5, a5, { direction: down ? 'down' : 'up' })),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [koka, suii, cards, shuno];
