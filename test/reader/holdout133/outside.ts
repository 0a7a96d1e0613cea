/**
 * Hold-out 133, four shapes outside the families that these offices use: a 斎場 月別利用状況 sheet (4月…3月, 年度計 by SUM)
 * feeding a 目標と実績 sheet by formulas; a 環境衛生監視指導 table with the years as rows and 目標／実績 pairs under merged
 * two-row headings; 事務事業評価シート with one 事業 per sheet (令和３年度実績 beside 令和４年度 目標／実績); and a 斎場 指定管理者
 * モニタリング評価票 with 「5件以下」 and ○／× marks.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

// ---------------------------------------------------------------- 月別利用状況 → 目標と実績 (令和５年度)

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const SHIKIJO = [41, 44, 39, 45, 47, 43, 46, 44, 52, 58, 46, 43]; // 548
const PET = [84, 92, 88, 95, 101, 86, 90, 82, 85, 88, 84, 89]; // 1,064
const KASOU = [142, 138, 129, 131, 140, 133, 145, 150, 171, 188, 160, 155];

const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);

const saijoMonthly: Holdout2Workbook = {
  name: 'h133-o-saijo-getsubetsu',
  layout: '斎場 月別利用状況 (4月…3月, 年度計 =SUM) and a 目標と実績 sheet whose 実績 are formulas into it; 満足度 typed in',
  build(wb) {
    const m = wb.addWorksheet('月別利用状況');
    widths(m, [22, ...MONTHS.map(() => 7), 10]);
    merge(m, 1, 1, 1, 14, '令和５年度　市営斎場　月別利用状況');
    put(m, 3, 1, ['区分', ...MONTHS, '年度計']);
    const rows: [string, number[]][] = [
      ['火葬件数（件）', KASOU],
      ['式場利用件数（件）', SHIKIJO],
      ['ペット火葬受付件数（件）', PET],
    ];
    rows.forEach(([label, v], i) => {
      const r = 4 + i;
      put(m, r, 1, [label, ...v]);
      m.getCell(r, 14).value = { formula: `SUM(B${r}:M${r})`, result: sum(v) };
    });
    box(m, 3, 1, 6, 14);

    const t = wb.addWorksheet('目標と実績');
    widths(t, [28, 8, 14, 14, 10, 30]);
    merge(t, 1, 1, 1, 6, '令和５年度　斎場運営　目標と実績');
    put(t, 3, 1, ['指標名', '単位', '令和５年度目標', '令和５年度実績', '達成率', '備考']);
    put(t, 4, 1, ['式場利用件数', '件', 600]);
    t.getCell(4, 4).value = { formula: "'月別利用状況'!N5", result: sum(SHIKIJO) };
    t.getCell(4, 5).value = { formula: 'D4/C4', result: sum(SHIKIJO) / 600 };
    t.getCell(4, 5).numFmt = '0.0%';
    put(t, 4, 6, ['家族葬の増加により小式場の利用が伸びた']);
    put(t, 5, 1, ['ペット火葬受付件数', '件', 1200]);
    t.getCell(5, 4).value = { formula: "'月別利用状況'!N6", result: sum(PET) };
    t.getCell(5, 5).value = { formula: 'D5/C5', result: sum(PET) / 1200 };
    t.getCell(5, 5).numFmt = '0.0%';
    put(t, 6, 1, ['斎場利用者アンケート満足度', '％', 90.0, 93.1]);
    t.getCell(6, 5).value = { formula: 'D6/C6', result: 93.1 / 90 };
    t.getCell(6, 5).numFmt = '0.0%';
    put(t, 6, 6, ['回答数 412件']);
    wrap(t, 3, 1, 6, 6);
    box(t, 3, 1, 6, 6);
  },
  expected: {
    file: 'h133-o-saijo-getsubetsu.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('目標と実績', '式場利用件数', '件', 600, 548),
      ind('目標と実績', 'ペット火葬受付件数', '件', 1200, 1064),
      ind('目標と実績', '斎場利用者アンケート満足度', '％', 90.0, 93.1),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 年度が行 (令和５年度)

const Y_SHEET = '監視指導実績';

const kanshiYears: Holdout2Workbook = {
  name: 'h133-o-kankyo-kanshi-nendo',
  layout:
    '環境衛生監視指導: years as rows (令和2年度…令和6年度), merged two-row headings 「環境衛生施設立入検査件数（件）」 over 目標／実績, 評価年度 stated, 令和6年度 目標 only',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [14, 10, 10, 10, 10, 26]);
    merge(ws, 1, 1, 1, 6, '環境衛生施設の監視指導　年度別目標と実績');
    put(ws, 2, 1, ['評価年度：令和５年度']);
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '環境衛生施設立入検査件数（件）');
    merge(ws, 3, 4, 3, 5, '公衆浴場レジオネラ属菌検査施設数（施設）');
    merge(ws, 3, 6, 4, 6, '備考');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績']);
    const rows: (string | number | null)[][] = [
      ['令和2年度', 400, 312, 20, 14, '新型コロナの影響で立入を縮小'],
      ['令和3年度', 400, 355, 22, 19],
      ['令和4年度', 410, 402, 22, 22],
      ['令和5年度', 420, 398, 24, 24, '旅館業の新規許可 9件'],
      ['令和6年度', 430, null, 24, null],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    wrap(ws, 3, 1, 4, 6);
    box(ws, 3, 1, 9, 6);
    put(ws, 11, 1, ['※対象施設：理容所・美容所・クリーニング所・公衆浴場・旅館・興行場']);
  },
  expected: {
    file: 'h133-o-kankyo-kanshi-nendo.xlsx',
    fiscalYear: 2023,
    indicators: [ind(Y_SHEET, '環境衛生施設立入検査件数', '件', 420, 398), ind(Y_SHEET, '公衆浴場レジオネラ属菌検査施設数', '施設', 24, 24)],
    groups: [],
  },
};

// ---------------------------------------------------------------- 事務事業評価シート, one per sheet (令和４年度)

function jimuSheet(wb: Parameters<Holdout2Workbook['build']>[0], sheet: string, code: string, purpose: string, rows: (string | number)[][]): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [26, 8, 14, 14, 14, 20]);
  merge(ws, 1, 1, 1, 6, '事務事業評価シート（令和４年度実施事業）');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 6, sheet);
  put(ws, 4, 1, ['事業番号', code]);
  put(ws, 4, 4, ['担当課', '生活衛生課']);
  put(ws, 5, 1, ['事業の目的']);
  merge(ws, 5, 2, 5, 6, purpose);
  box(ws, 3, 1, 5, 6);
  put(ws, 7, 1, ['■成果指標']);
  put(ws, 8, 1, ['指標名', '単位', '令和３年度実績', '令和４年度目標', '令和４年度実績', '備考']);
  rows.forEach((r, i) => put(ws, 9 + i, 1, r));
  wrap(ws, 8, 1, 8 + rows.length, 6);
  box(ws, 8, 1, 8 + rows.length, 6);
  const r = 10 + rows.length;
  put(ws, r, 1, ['今後の方向性', '継続']);
  put(ws, r + 1, 1, ['事業費（千円）', 4820]);
}

const jimuJigyo: Holdout2Workbook = {
  name: 'h133-o-jimujigyo-dobutsu',
  layout: '事務事業評価シート 令和４年度, one 事業 per sheet, 成果指標 table with 令和３年度実績 beside 令和４年度 目標／実績, 事業費（千円） below',
  build(wb) {
    jimuSheet(wb, '狂犬病予防事業', '04-05-12', '犬の登録と狂犬病予防注射の接種を徹底し、狂犬病の発生を予防する。', [
      ['狂犬病予防注射接種率', '％', 68.9, 70.0, 66.3, '未接種犬の飼い主へ督促はがき送付'],
      ['犬の登録頭数', '頭', 9710, 9800, 9652],
    ]);
    jimuSheet(wb, '動物愛護推進事業', '04-05-13', '譲渡会やボランティア活動を通じて動物愛護の意識を高める。', [
      ['譲渡会の開催回数', '回', 10, 12, 12],
      ['動物愛護ボランティア登録者数', '人', 41, 80, 45, '登録制度の周知不足'],
    ]);
  },
  expected: {
    file: 'h133-o-jimujigyo-dobutsu.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('狂犬病予防事業', '狂犬病予防注射接種率', '％', 70.0, 66.3),
      ind('狂犬病予防事業', '犬の登録頭数', '頭', 9800, 9652),
      ind('動物愛護推進事業', '譲渡会の開催回数', '回', 12, 12),
      ind('動物愛護推進事業', '動物愛護ボランティア登録者数', '人', 80, 45),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 指定管理者モニタリング (令和６年度)

const M_SHEET = 'モニタリング';

const shiteiKanri: Holdout2Workbook = {
  name: 'h133-o-saijo-shitei-kanri',
  layout: '斎場 指定管理者モニタリング評価票 令和６年度: 評価項目／成果指標／目標／実績／達成 ○×, a 「5件以下」 target, figures with units in the cells',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [16, 30, 14, 14, 8, 30]);
    merge(ws, 1, 1, 1, 6, '指定管理者モニタリング評価票（市営やすらぎ斎場）');
    put(ws, 2, 1, ['対象年度：令和６年度（令和６年４月１日～令和７年３月３１日）']);
    put(ws, 3, 1, ['指定管理者：株式会社○○サービス']);
    put(ws, 5, 1, ['評価項目', '成果指標', '目標', '実績', '達成', '指定管理者の自己分析']);
    const rows: string[][] = [
      ['利用者サービス', '利用者満足度', '85.0％', '88.4％', '○', '待合室のWi-Fi整備が好評'],
      ['利用者サービス', '利用者からの苦情件数', '5件以下', '3件', '○', '職員の接遇研修を年２回実施'],
      ['施設の効用', '式場稼働率', '60.0％', '52.7％', '×', '家族葬の小規模化で大式場の利用が減少'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    merge(ws, 6, 1, 7, 1, '利用者サービス');
    wrap(ws, 5, 1, 8, 6);
    box(ws, 5, 1, 8, 6);
    put(ws, 10, 1, ['※達成欄：○ 目標達成、× 目標未達成']);
  },
  expected: {
    file: 'h133-o-saijo-shitei-kanri.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(M_SHEET, '利用者満足度', '％', 85.0, 88.4),
      ind(M_SHEET, '利用者からの苦情件数', '件', 5, 3, { direction: 'down' }),
      ind(M_SHEET, '式場稼働率', '％', 60.0, 52.7),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [saijoMonthly, kanshiYears, jimuJigyo, shiteiKanri];
