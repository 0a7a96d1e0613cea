/**
 * Hold-out set 96, three prefecture workbooks that invite a silent wrong reading: a 政策評価調書 whose 実績値 has 調査年,
 * 全国平均 and 全国順位 columns beside it (the national average a target or an actual) and a 【再掲】 row on the second 施策;
 * a 観光振興計画 with targets for 全県 only, whose 地域 sheets carry the same indicators with 「－」 for a target (and the 全県
 * target in 備考) but two of their own; a 総合計画 KPI table evaluated in the 前期's last year, whose 中間目標（R6） is that
 * year's target while the 最終目標（R12） stands next to the actual, with 内訳 rows (県の窓口・市町村の窓口) under a 県及び
 * 市町村 total.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { box, shade, widths } from './families';

// ---------------------------------------------------------------------------------------------------------------------
// 全国平均・全国順位の列と再掲

type National = [string, string, '増加' | '減少', string, number, number, string, number | string, string, string];

const SHISAKU: [string, string, National[]][] = [
  [
    '施策5-1',
    '施策5-1　健康寿命の延伸',
    [
      ['健康寿命（男性）', '年', '増加', '72.35\n（R1）', 73.0, 72.68, '令和4年', 72.57, '28位', 'B'],
      ['健康寿命（女性）', '年', '増加', '75.21\n（R1）', 76.0, 75.89, '令和4年', 75.45, '19位', 'B'],
      ['成人の喫煙率', '％', '減少', '18.2\n（R1）', 15.0, 17.2, '令和4年', 16.1, '38位', 'B'],
      ['胃がん検診受診率', '％', '増加', '42.1\n（R1）', 50.0, 47.6, '令和4年', 41.9, '12位', 'B'],
      ['脳血管疾患の年齢調整死亡率（男性）', '人口10万対', '減少', '45.8\n（R2）', 38.0, 36.2, '令和5年', 33.4, '41位', 'A'],
    ],
  ],
  [
    '施策5-2',
    '施策5-2　がん対策の推進',
    [
      ['大腸がん検診受診率', '％', '増加', '44.0\n（R1）', 50.0, 49.1, '令和4年', 45.9, '10位', 'B'],
      ['【再掲】胃がん検診受診率', '％', '増加', '42.1\n（R1）', 50.0, 47.6, '令和4年', 41.9, '12位', 'B'],
      ['75歳未満のがんの年齢調整死亡率', '人口10万対', '減少', '74.5\n（R2）', 68.0, 70.9, '令和5年', 67.4, '38位', 'B'],
      ['緩和ケア研修修了者数（累計）', '人', '増加', '1,820\n（R2年度末）', 2400, 2516, '令和5年度末', '－', '－', 'A'],
    ],
  ],
];

const national: Holdout2Workbook = {
  name: 'h96-trap-zenkoku-heikin',
  layout:
    'trap: 県の政策評価調書 two 施策 sheets, 目標値（R5）｜実績値｜調査年｜全国平均｜全国順位｜達成率｜評価 (a 全国平均 below the actual of a 減少 indicator, 「28位」), a note that the latest survey counts as the R5 actual, a 【再掲】 row on the second sheet, 基準値 with its year in the cell',
  build(wb) {
    for (const [sheet, title, rows] of SHISAKU) {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [5, 34, 11, 9, 11, 10, 10, 11, 10, 9, 9, 7]);
      ws.getCell('A1').value = `令和５年度　政策評価調書　${title}`;
      ws.getCell('A1').font = { bold: true, size: 13 };
      ws.getCell('A2').value = '主管課：保健福祉部　健康づくり推進課';
      put(ws, 4, 1, ['No.', '成果指標名', '単位', '目指す\n方向', '基準値', '目標値\n（R5）', '実績値', '調査年', '全国平均', '全国順位', '達成率', '評価']);
      shade(ws, 4, 1, 12);
      ws.getRow(4).height = 32;
      rows.forEach(([name, unit, way, base, target, actual, year, avg, rank, grade], i) => {
        const r = 5 + i;
        put(ws, r, 1, [i + 1, name, unit, way, base, target, actual, year, avg, rank]);
        const rate = way === '減少' ? target / actual : actual / target;
        ws.getCell(r, 11).value = Math.round(rate * 1000) / 1000;
        ws.getCell(r, 11).numFmt = '0.0%';
        ws.getCell(r, 12).value = grade;
        ws.getRow(r).height = 30;
      });
      const end = 4 + rows.length;
      box(ws, 4, 1, end, 12);
      ws.getCell(end + 2, 1).value = '※実績値は、令和５年度の評価時点で公表されている直近の統計値を令和５年度の実績値として評価している（調査年欄を参照）。';
      ws.getCell(end + 3, 1).value = '※全国平均及び全国順位は参考（全国順位は数値の良い方からの順位）。';
      ws.getCell(end + 4, 1).value =
        '【評価】A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満（減少を目指す指標の達成率は目標値÷実績値）';
    }
  },
  expected: {
    file: 'h96-trap-zenkoku-heikin.xlsx',
    fiscalYear: 2023,
    indicators: SHISAKU.flatMap(([sheet, , rows]) =>
      rows.map(([name, unit, way, , target, actual, , , , grade]) =>
        ind(sheet, name.replace('【再掲】', ''), unit, target, actual, { direction: way === '減少' ? 'down' : 'up', existing: grade }),
      ),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 全県だけの目標と地域のシート

type Whole = [string, string, number, number, number, string];
const WHOLE: Whole[] = [
  ['観光入込客数（延べ）', '千人', 25310, 32000, 31205, 'B'],
  ['外国人延べ宿泊者数', '人泊', 38200, 150000, 168420, 'A'],
  ['観光消費額', '億円', 1520, 2100, 1866, 'B'],
  ['教育旅行の受入校数', '校', 410, 600, 452, 'C'],
  ['観光ガイドの登録者数', '人', 830, 900, 905, 'A'],
];

/** A region's row: target (null: 「－」), actual, written grade, 備考. */
type Local = [number | null, number, string | null, string];
const LOCAL: [string, Local[]][] = [
  [
    '県北地域',
    [
      [null, 7820, null, '全県目標：32,000千人'],
      [null, 21340, null, ''],
      [null, 402, null, '全県目標：2,100億円'],
      [150, 131, 'B', '地域目標'],
      [null, 214, null, ''],
    ],
  ],
  [
    '県南地域',
    [
      [null, 9410, null, '全県目標：32,000千人'],
      [null, 48760, null, ''],
      [null, 611, null, ''],
      [180, 102, 'D', '地域目標'],
      [250, 262, 'A', '地域目標'],
    ],
  ],
];

const wholeOnly: Holdout2Workbook = {
  name: 'h96-trap-zenken-mokuhyo-nomi',
  layout:
    'trap: 観光振興計画 進捗状況, a 全県 sheet with 基準値｜目標値（R5）｜実績値（R5）｜達成率｜評価, and 県北地域／県南地域 sheets with the same indicators, 「－」 as the target where the plan sets none for the region (the 全県 target in 備考), two regional targets of their own',
  build(wb) {
    const all = wb.addWorksheet('全県');
    widths(all, [30, 8, 12, 12, 12, 9, 7, 24]);
    all.getCell('A1').value = '令和５年度　○○県観光振興計画　数値目標の進捗状況（全県）';
    all.getCell('A1').font = { bold: true, size: 13 };
    put(all, 3, 1, ['指標', '単位', '基準値\n（R2）', '目標値\n（R5）', '実績値\n（R5）', '達成率', '評価', '備考']);
    shade(all, 3, 1, 8);
    all.getRow(3).height = 32;
    WHOLE.forEach(([name, unit, base, target, actual, grade], i) => {
      put(all, 4 + i, 1, [name, unit, base, target, actual, Math.round((actual / target) * 1000) / 1000, grade]);
      all.getCell(4 + i, 6).numFmt = '0.0%';
    });
    box(all, 3, 1, 3 + WHOLE.length, 8);
    all.getCell(5 + WHOLE.length, 1).value = '【評価】A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満';
    for (const [region, rows] of LOCAL) {
      const ws = wb.addWorksheet(region);
      widths(ws, [30, 8, 12, 12, 9, 7, 24]);
      ws.getCell('A1').value = `令和５年度　○○県観光振興計画　数値目標の進捗状況（${region}）`;
      ws.getCell('A1').font = { bold: true, size: 13 };
      ws.getCell('A2').value = '※目標値は、計画で地域別に設定した指標のみ記載（地域別の目標値を設定していない指標は「－」）。';
      put(ws, 4, 1, ['指標', '単位', '目標値\n（R5）', '実績値\n（R5）', '達成率', '評価', '備考']);
      shade(ws, 4, 1, 7);
      ws.getRow(4).height = 32;
      rows.forEach(([target, actual, grade, note], i) => {
        const [name, unit] = WHOLE[i];
        put(ws, 5 + i, 1, [name, unit, target ?? '－', actual, target ? Math.round((actual / target) * 1000) / 1000 : '－', grade ?? '－', note || undefined]);
        if (target) ws.getCell(5 + i, 5).numFmt = '0.0%';
      });
      box(ws, 4, 1, 4 + rows.length, 7);
      ws.getCell(6 + rows.length, 1).value = '【評価】A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満';
    }
  },
  expected: {
    file: 'h96-trap-zenken-mokuhyo-nomi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ...WHOLE.map(([name, unit, , target, actual, grade]) => ind('全県', name, unit, target, actual, { existing: grade })),
      ...LOCAL.flatMap(([region, rows]) =>
        rows.map(([target, actual, grade], i): ExpectedIndicator => ind(region, WHOLE[i][0], WHOLE[i][1], target, actual, grade ? { existing: grade } : {})),
      ),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 中間目標と最終目標、県及び市町村の内訳

const S3 = '重点戦略KPI';
type Mid = [string, string, '↑' | '↓', number, number, number, number | string, string, string];
const MID: Mid[] = [
  ['県及び市町村の相談窓口を通じた移住者数', '人', '↑', 1023, 1500, 2500, 1612, '◎', '地域振興部'],
  ['県内大学等卒業者の県内就職率', '％', '↑', 43.5, 48.0, 55.0, 44.6, '○', '商工労働部'],
  ['保育所等待機児童数', '人', '↓', 128, 0, 0, 12, '×', '子ども・子育て支援部'],
  ['県内総生産（名目）', '億円', '↑', 47210, 49000, 54000, '－（令和８年度公表予定）', '－', '政策企画部'],
  ['製造品出荷額等', '億円', '↑', 25180, 28000, 32000, 28950, '◎', '商工労働部'],
  ['再生可能エネルギー導入量', '万kW', '↑', 168, 230, 350, 236.4, '◎', '環境生活部'],
  ['農林水産物の輸出額', '億円', '↑', 12.4, 20.0, 40.0, 17.3, '○', '農林水産部'],
  ['交通事故死者数', '人', '↓', 52, 40, 30, 46, '○', '警察本部'],
  ['自主防災組織の活動カバー率', '％', '↑', 84.2, 90.0, 95.0, 88.1, '○', '危機管理部'],
];
/** Marks under a legend of bare bands (no status words) stay as written (sets 12, 71, 86; changed after the first run, index.ts). */
const MARK: Record<string, string> = { '◎': '◎', '○': '○', '△': '△', '×': '×' };

const midTerm: Holdout2Workbook = {
  name: 'h96-trap-chukan-mokuhyo',
  layout:
    "trap: 総合計画 重点戦略 KPI in the 前期実施計画's last year (令和６年度), 基準値（R2）｜中間目標（R6）｜最終目標（R12）｜実績値（R6）, the final target next to the actual, ◎○△× against the 中間目標 stated above the table, 方向 ↑↓, 内訳 rows 「（うち県の相談窓口）」「（うち市町村の相談窓口）」 with actuals only, 「－（令和８年度公表予定）」",
  build(wb) {
    const ws = wb.addWorksheet(S3);
    widths(ws, [5, 38, 8, 6, 11, 11, 11, 13, 9, 18]);
    ws.getCell('A1').value = '○○県総合計画　重点戦略ＫＰＩ　令和６年度進捗評価';
    ws.getCell('A1').font = { bold: true, size: 13 };
    ws.getCell('A2').value =
      '計画期間：令和３年度～令和12年度　／　前期実施計画：令和３年度～令和６年度（中間目標は前期実施計画の最終年度である令和６年度の目標）';
    ws.getCell('A3').value =
      '進捗状況：令和６年度の実績値の中間目標に対する達成割合で判定　◎：100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満';
    put(ws, 5, 1, ['No.', 'ＫＰＩ', '単位', '方向', '基準値\n（R2）', '中間目標\n（R6）', '最終目標\n（R12）', '実績値\n（R6）', '進捗状況', '担当部局']);
    shade(ws, 5, 1, 10);
    ws.getRow(5).height = 32;
    let r = 6;
    MID.forEach((k, i) => {
      put(ws, r, 1, [i + 1, ...k]);
      r++;
      if (i === 0) {
        put(ws, r++, 2, ['（うち県の相談窓口）', '人', undefined, undefined, undefined, undefined, 420]);
        put(ws, r++, 2, ['（うち市町村の相談窓口）', '人', undefined, undefined, undefined, undefined, 1192]);
      }
    });
    box(ws, 5, 1, r - 1, 10);
    ws.getCell(r + 1, 1).value = '方向　↑：数値の増加を目指す　↓：数値の減少を目指す';
    ws.getCell(r + 2, 1).value = '※移住者数は、県の相談窓口と市町村の相談窓口を通じた移住者の合計（内訳は下の行に記載）。';
  },
  expected: {
    file: 'h96-trap-chukan-mokuhyo.xlsx',
    fiscalYear: 2024,
    indicators: MID.map(([name, unit, way, , mid, , actual, mark]) =>
      typeof actual === 'number'
        ? ind(S3, name, unit, mid, actual, { direction: way === '↓' ? 'down' : 'up', existing: MARK[mark] })
        : ind(S3, name, unit, mid, null, { actualStatus: 'not-applicable' }),
    ),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [national, wholeOnly, midTerm];
