/** Hold-out 171, shapes outside the four families that 歯科保健・口腔保健・フレイル予防 offices use. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

/** 月別実施状況: 4月…3月 columns, 「休止」 months, a 年度計 by formula, 年度目標 and 達成率 (a formula, % format). */
const M_SHEET = '月別実績';
const monthly: Holdout2Workbook = {
  name: 'h171-n-shika-kenshin-getsubetsu',
  layout: 'outside: 令和２年度 成人歯科健診等 月別実施状況, 4月…3月 with 「休止」, 年度計 =SUM, 年度目標, 達成率 formula',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [26, 6, ...Array(12).fill(7), 9, 9, 9]);
    merge(ws, 1, 1, 1, 17, '令和２年度　歯科健診等　月別実施状況');
    put(ws, 2, 15, ['（令和3年4月末集計）']);
    put(ws, 3, 1, ['事業名', '単位', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月', '年度計', '年度目標', '達成率']);
    const rows: [string, string, (number | string)[], number][] = [
      ['妊婦歯科健康診査', '人', ['休止', '休止', 28, 35, 33, 31, 30, 29, 27, 30, 29, 29], 420],
      ['歯周病検診', '人', ['休止', '休止', 98, 142, 150, 131, 127, 118, 96, 110, 105, 110], 1400],
      ['後期高齢者歯科口腔健診', '人', ['休止', '休止', 85, 101, 98, 96, 92, 90, 88, 95, 96, 95], 900],
      ['訪問歯科健診', '件', [0, 0, 1, 2, 3, 2, 3, 2, 2, 3, 2, 2], 40],
    ];
    rows.forEach(([name, unit, months, target], i) => {
      const r = 4 + i;
      put(ws, r, 1, [name, unit, ...months]);
      const total = months.reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0);
      ws.getCell(r, 15).value = { formula: `SUM(C${r}:N${r})`, result: total };
      ws.getCell(r, 16).value = target;
      ws.getCell(r, 17).value = { formula: `O${r}/P${r}`, result: total / target };
      ws.getCell(r, 17).numFmt = '0.0%';
    });
    box(ws, 3, 1, 7, 17);
    put(ws, 9, 1, ['※4月・5月は新型コロナウイルス感染症の緊急事態宣言に伴い、集団健診及び個別健診を休止した。']);
    put(ws, 10, 1, ['※訪問歯科健診は件数（延べ）で計上。']);
  },
  expected: {
    file: 'h171-n-shika-kenshin-getsubetsu.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(M_SHEET, '妊婦歯科健康診査', '人', 420, 301),
      ind(M_SHEET, '歯周病検診', '人', 1400, 1187),
      ind(M_SHEET, '後期高齢者歯科口腔健診', '人', 900, 936),
      ind(M_SHEET, '訪問歯科健診', '件', 40, 22),
    ],
    groups: [],
  },
};

/** 事務事業評価シート, one 事業 per sheet: label rows then an 活動指標／成果指標 table with 令和5年度実績, 令和6年度目標／実績. */
const P1 = '口腔機能向上事業';
const P2 = 'フッ化物洗口推進事業';
const perProject: Holdout2Workbook = {
  name: 'h171-n-jimu-jigyo-hyoka',
  layout: 'outside: 事務事業評価シート one 事業 per sheet, 活動指標／成果指標 rows, 前年度実績 beside 令和6年度目標／実績, a ↓ 方向',
  build(wb) {
    const sheets: [string, string, string, (string | number)[][]][] = [
      [
        P1,
        '高齢福祉課',
        '65歳以上の高齢者の口腔機能の維持・向上を図り、低栄養や誤嚥性肺炎を予防する。',
        [
          ['活動指標', '口腔機能向上教室の開催回数', '回', '↑', 44, 48, 45],
          ['成果指標', '教室参加後に口腔機能が維持・改善した者の割合', '％', '↑', 79.5, 80.0, 84.2],
        ],
      ],
      [
        P2,
        '健康推進課',
        '保育所・幼稚園・小学校でのフッ化物洗口により、永久歯のむし歯を予防する。',
        [
          ['活動指標', 'フッ化物洗口実施施設数', 'か所', '↑', 27, 30, 30],
          ['成果指標', '12歳児の一人平均むし歯数', '本', '↓', 0.61, 0.5, 0.56],
        ],
      ],
    ];
    for (const [name, ka, purpose, rows] of sheets) {
      const ws = wb.addWorksheet(name);
      widths(ws, [12, 36, 7, 7, 14, 14, 14, 24]);
      merge(ws, 1, 1, 1, 8, '令和６年度　事務事業評価シート');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 8, name);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 8, ka);
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 8, purpose);
      put(ws, 6, 1, ['評価対象年度']);
      merge(ws, 6, 2, 6, 8, '令和６年度（令和6年4月1日～令和7年3月31日）');
      box(ws, 3, 1, 6, 8);
      put(ws, 8, 1, ['指標区分', '指標名', '単位', '方向', '令和5年度実績', '令和6年度目標', '令和6年度実績', '備考']);
      rows.forEach((row, i) => put(ws, 9 + i, 1, row));
      put(ws, 10, 8, [name === P2 ? '学校歯科健康診断（中学1年生）' : '教室前後の口腔機能評価（反復唾液嚥下テスト等）']);
      wrap(ws, 8, 1, 10, 8);
      box(ws, 8, 1, 10, 8);
      put(ws, 11, 1, ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い']);
      put(ws, 13, 1, ['今後の方向性']);
      merge(ws, 13, 2, 13, 8, '継続');
      box(ws, 13, 1, 13, 8);
    }
  },
  expected: {
    file: 'h171-n-jimu-jigyo-hyoka.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(P1, '口腔機能向上教室の開催回数', '回', 48, 45),
      ind(P1, '教室参加後に口腔機能が維持・改善した者の割合', '％', 80.0, 84.2),
      ind(P2, 'フッ化物洗口実施施設数', 'か所', 30, 30),
      ind(P2, '12歳児の一人平均むし歯数', '本', 0.5, 0.56, { direction: 'down' }),
    ],
    groups: [],
  },
};

/** Years as rows: 平成30年度…令和5年度, each indicator a 目標／実績 column pair, unit in the heading, a 目指す方向 row. */
const Y_SHEET = '推移';
const yearsAsRows: Holdout2Workbook = {
  name: 'h171-n-frail-suii',
  layout:
    'outside: フレイル予防 指標の推移, years as rows 平成30年度…令和5年度, 目標／実績 pairs under headings 「通いの場の参加者数（人）」, 目指す方向 row with ↓減少',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [14, 11, 11, 11, 11, 11, 11]);
    merge(ws, 1, 1, 1, 7, '介護予防・フレイル予防　指標の推移（令和３年度評価）');
    merge(ws, 3, 1, 5, 1, '年度');
    merge(ws, 3, 2, 3, 3, '通いの場の参加者数（人）');
    merge(ws, 3, 4, 3, 5, 'オーラルフレイルチェック実施者数（人）');
    merge(ws, 3, 6, 3, 7, '低栄養傾向の高齢者の割合（％）');
    merge(ws, 4, 2, 4, 3, '目指す方向：↑増加');
    merge(ws, 4, 4, 4, 5, '目指す方向：↑増加');
    merge(ws, 4, 6, 4, 7, '目指す方向：↓減少');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['平成30年度', '－', 1850, '－', '－', '－', 18.2],
      ['令和元年度', 1950, 2010, '－', '－', 18.0, 17.9],
      ['令和2年度', 2050, 1320, 500, 214, 17.8, 18.6],
      ['令和3年度', 2150, 1986, 600, 652, 17.5, 19.3],
      ['令和4年度', 2250, undefined, 700, undefined, 17.2, undefined],
      ['令和5年度', 2400, undefined, 800, undefined, 17.0, undefined],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    wrap(ws, 3, 1, 5, 7);
    box(ws, 3, 1, 11, 7);
    put(ws, 13, 1, ['※低栄養傾向：BMI20以下の65歳以上の者（後期高齢者健診・特定健診結果）']);
    put(ws, 14, 1, ['※令和2年度は新型コロナウイルス感染症の影響で通いの場の活動休止が相次いだ。']);
  },
  expected: {
    file: 'h171-n-frail-suii.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(Y_SHEET, '通いの場の参加者数', '人', 2150, 1986),
      ind(Y_SHEET, 'オーラルフレイルチェック実施者数', '人', 600, 652),
      ind(Y_SHEET, '低栄養傾向の高齢者の割合', '％', 17.5, 19.3, { direction: 'down' }),
    ],
    groups: [],
  },
};

/** 健康増進計画 中間評価: 策定時, 中間目標（令和5年度）, 最終目標（令和10年度）, 直近値, a–d 評価 of its own (improvement, not attainment). */
const H_SHEET = '歯・口腔';
const midterm: Holdout2Workbook = {
  name: 'h171-n-kenko-zoshin-chukan',
  layout: 'outside: 健康増進計画 中間評価 歯・口腔 分野, 方向 増加／減少, 中間目標 and 最終目標 columns, 直近値（令和5年度）, a–d 評価 by improvement',
  build(wb) {
    const ws = wb.addWorksheet(H_SHEET);
    widths(ws, [5, 38, 6, 7, 14, 14, 14, 14, 7]);
    merge(ws, 1, 1, 1, 9, '健康増進計画（第３次）中間評価　分野６　歯・口腔の健康');
    put(ws, 2, 1, ['令和５年度　中間評価']);
    put(ws, 4, 1, ['No.', '指標', '単位', '方向', '策定時（令和元年度）', '中間目標（令和5年度）', '最終目標（令和10年度）', '直近値（令和5年度）', '評価']);
    const rows: (string | number)[][] = [
      [1, 'むし歯のない3歳児の割合', '％', '増加', 85.1, 90.0, 95.0, 91.4, 'a'],
      [2, '40歳代で進行した歯周炎を有する者の割合', '％', '減少', 52.3, 40.0, 30.0, 45.2, 'b'],
      [3, '60歳代で咀嚼良好者の割合', '％', '増加', 71.8, 80.0, 85.0, 71.0, 'c'],
      [4, '過去1年間に歯科健診を受診した者の割合', '％', '増加', 44.0, 55.0, 65.0, 42.0, 'd'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    wrap(ws, 4, 1, 8, 9);
    box(ws, 4, 1, 8, 9);
    put(ws, 10, 1, ['評価区分　a：目標値に達した　b：目標値に達していないが改善傾向にある　c：変わらない　d：悪化している　e：評価困難']);
    put(ws, 11, 1, ['※策定時との比較による。直近値は市民健康意識調査（令和5年度）及び歯周病検診結果による。']);
  },
  expected: {
    file: 'h171-n-kenko-zoshin-chukan.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(H_SHEET, 'むし歯のない3歳児の割合', '％', 90.0, 91.4, { existing: 'a' }),
      ind(H_SHEET, '40歳代で進行した歯周炎を有する者の割合', '％', 40.0, 45.2, { direction: 'down', existing: 'b' }),
      ind(H_SHEET, '60歳代で咀嚼良好者の割合', '％', 80.0, 71.0, { existing: 'c' }),
      ind(H_SHEET, '過去1年間に歯科健診を受診した者の割合', '％', 55.0, 42.0, { existing: 'd' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, perProject, yearsAsRows, midterm];
