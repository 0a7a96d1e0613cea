/** Hold-out 138, shapes outside the four families that school-lunch, 食育 and 地産地消 offices use. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** 月別 地場産物使用率 (令和６年度): 4月…3月 columns, a 年度計 and a 年度目標 column, units in the row heading. */
const monthly: Holdout2Workbook = (() => {
  const sheet = '使用率';
  const months = ['4月', '5月', '6月', '7月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
  const city = [18.2, 24.5, 29.8, 31.6, 33.0, 35.4, 30.1, 24.8, 20.3, 19.6, 22.9];
  const pref = [55.1, 60.2, 66.4, 68.0, 70.3, 71.8, 67.5, 61.2, 58.0, 57.4, 59.6];
  return {
    name: 'r6-jibasanbutsu-shiyoritsu-tsukibetsu',
    layout: 'months as columns (no August), 年度計 and 年度目標 columns, unit in the row heading',
    build(wb) {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [26, ...months.map(() => 7), 9, 9, 18]);
      put(ws, 1, 1, ['令和６年度　学校給食における地場産物（野菜）使用率　月別集計表']);
      put(ws, 2, 1, ['学校給食センター（重量ベース）']);
      put(ws, 3, 1, ['区分', ...months, '年度計', '年度目標', '備考']);
      put(ws, 4, 1, ['市内産野菜使用率（％）', ...city, 27.4, 30, '8月は給食なし']);
      put(ws, 5, 1, ['県内産野菜使用率（％）', ...pref, 63.8, 60, '市内産を含む']);
      box(ws, 3, 1, 5, months.length + 4);
      put(ws, 7, 1, ['※使用率＝地場産野菜使用量÷野菜総使用量（kg）。年度計は年間使用量から算出。']);
    },
    expected: {
      file: 'r6-jibasanbutsu-shiyoritsu-tsukibetsu.xlsx',
      fiscalYear: 2024,
      indicators: [ind(sheet, '市内産野菜使用率', '％', 30, 27.4), ind(sheet, '県内産野菜使用率', '％', 60, 63.8)],
      groups: [],
    },
  };
})();

/** 事務事業評価シート, one 事業 per sheet: label–value header rows, then 活動指標／成果指標 with 令和5年度 目標／実績, one 集計中. */
const perProject: Holdout2Workbook = (() => {
  const sheets: { sheet: string; dept: string; rows: [string, string, string, number, number | string][] }[] = [
    {
      sheet: '学校給食センター運営事業',
      dept: '教育部　学校給食課',
      rows: [
        ['活動指標', '給食提供食数', '食', 1450000, 1421300],
        ['成果指標', '学校給食費の収納率', '％', 99.5, 99.2],
      ],
    },
    {
      sheet: '食育推進事業',
      dept: '健康福祉部　健康推進課',
      rows: [
        ['活動指標', '食育授業の実施回数', '回', 60, 64],
        ['成果指標', '食に関する指導を受けた児童生徒の満足度', '％', 85, '集計中'],
      ],
    },
  ];
  return {
    name: 'r5-kyushoku-jimujigyo-hyoka-sheets',
    layout: 'one 事務事業評価シート per sheet, label–value header, 活動指標／成果指標 rows with 目標／実績 of 令和5年度, a 集計中',
    build(wb) {
      for (const s of sheets) {
        const ws = wb.addWorksheet(s.sheet);
        widths(ws, [14, 36, 8, 16, 16, 24]);
        merge(ws, 1, 1, 1, 6, '事務事業評価シート（令和５年度実施事業）');
        put(ws, 2, 1, ['事業名', s.sheet]);
        merge(ws, 2, 2, 2, 6);
        put(ws, 3, 1, ['所管課', s.dept]);
        merge(ws, 3, 2, 3, 6);
        put(ws, 4, 1, ['評価年度', '令和５年度']);
        merge(ws, 4, 2, 4, 6);
        box(ws, 2, 1, 4, 6);
        put(ws, 6, 1, ['区分', '指標名', '単位', '令和5年度\n目標', '令和5年度\n実績', '説明']);
        s.rows.forEach((row, i) => put(ws, 7 + i, 1, row));
        wrap(ws, 6, 1, 6 + s.rows.length, 6);
        box(ws, 6, 1, 6 + s.rows.length, 6);
        put(ws, 10, 1, ['事業の成果', '計画どおり実施した。']);
        merge(ws, 10, 2, 10, 6);
        put(ws, 11, 1, ['今後の方向性', '継続']);
      }
    },
    expected: {
      file: 'r5-kyushoku-jimujigyo-hyoka-sheets.xlsx',
      fiscalYear: 2023,
      indicators: [
        ind(sheets[0].sheet, '給食提供食数', '食', 1450000, 1421300),
        ind(sheets[0].sheet, '学校給食費の収納率', '％', 99.5, 99.2),
        ind(sheets[1].sheet, '食育授業の実施回数', '回', 60, 64),
        ind(sheets[1].sheet, '食に関する指導を受けた児童生徒の満足度', '％', 85, null, { actualStatus: 'pending' }),
      ],
      groups: [],
    },
  };
})();

/** 食育 アンケート 推移: years as rows 平成30年度…令和4年度, a 目指す方向 row, the final 目標値（令和7年度） as the last row. */
const yearsAsRows: Holdout2Workbook = (() => {
  const sheet = '推移';
  const names = ['食育に関心がある市民の割合', '朝食を欠食する若い世代の割合', 'ゆっくりよく噛んで食べる市民の割合'];
  return {
    name: 'shokuiku-anketo-suii-r4-tenken',
    layout: 'years as rows, indicators as columns with （％） in the heading, a 目指す方向 row, the final target as the last row',
    build(wb) {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [22, 20, 20, 20]);
      put(ws, 1, 1, ['食育推進計画　成果指標の推移（令和４年度点検）']);
      put(ws, 3, 1, ['年度', ...names.map((n) => `${n}\n（％）`)]);
      put(ws, 4, 1, ['目指す方向', '↑', '↓', '↑']);
      put(ws, 5, 1, ['平成30年度（策定時）', 74.2, 24.5, 50.3]);
      put(ws, 6, 1, ['令和元年度', 75.0, 23.1, 51.2]);
      put(ws, 7, 1, ['令和2年度', '－', '－', '－']);
      put(ws, 8, 1, ['令和3年度', 77.1, 21.0, 54.8]);
      put(ws, 9, 1, ['令和4年度', 78.6, 19.8, 56.1]);
      put(ws, 10, 1, ['目標値（令和7年度）', 90, 15, 55]);
      wrap(ws, 3, 1, 10, 4);
      box(ws, 3, 1, 10, 4);
      put(ws, 11, 1, ['※令和2年度は新型コロナウイルス感染症の影響により調査を実施していない。']);
    },
    expected: {
      file: 'shokuiku-anketo-suii-r4-tenken.xlsx',
      fiscalYear: 2022,
      indicators: [
        { ...ind(sheet, names[0], '％', 90, 78.6), targetSource: 'final' },
        { ...ind(sheet, names[1], '％', 15, 19.8, { direction: 'down' }), targetSource: 'final' },
        { ...ind(sheet, names[2], '％', 55, 56.1), targetSource: 'final' },
      ],
      groups: [],
    },
  };
})();

/** 地産地消推進計画 進捗管理表: 目標／実績 column pairs under merged year headings 令和3…6年度, full-width digits, 令和６年度 targets only. */
const pairs: Holdout2Workbook = (() => {
  const sheet = '進捗管理';
  const rows: [string, string, ...(string | number | undefined)[]][] = [
    ['学校給食での地場農産物使用品目数', '品目', 26, 27, 29, 28, 32, 30, 34, undefined],
    ['農産物直売所の利用者数', '人', 160000, 158420, 170000, 166900, 185000, '１７１，２４０', 190000, undefined],
    ['地産地消推進店の認定店舗数（累計）', '店', 45, 44, 52, 53, 60, 61, 65, undefined],
    ['学校給食用米の地元産供給率', '％', 100, 100, 100, 100, 100, '１００', 100, undefined],
  ];
  return {
    name: 'chisanchisho-suishin-shinchoku-kanri-r5',
    layout: '目標／実績 column pairs under merged year headings, full-width digits in some cells, the next year’s targets already set',
    build(wb) {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [34, 7, 10, 10, 10, 10, 10, 10, 10, 10]);
      put(ws, 1, 1, ['地産地消推進計画　進捗管理表']);
      put(ws, 2, 1, ['評価年度：令和５年度']);
      put(ws, 3, 1, ['項目', '単位']);
      merge(ws, 3, 1, 4, 1);
      merge(ws, 3, 2, 4, 2);
      ['令和3年度', '令和4年度', '令和5年度', '令和6年度'].forEach((y, i) => {
        merge(ws, 3, 3 + 2 * i, 3, 4 + 2 * i, y);
        put(ws, 4, 3 + 2 * i, ['目標', '実績']);
      });
      rows.forEach((row, i) => put(ws, 5 + i, 1, row));
      wrap(ws, 3, 1, 4, 10);
      box(ws, 3, 1, 4 + rows.length, 10);
      put(ws, 10, 1, ['※農産物直売所の利用者数はレジ通過者数']);
    },
    expected: {
      file: 'chisanchisho-suishin-shinchoku-kanri-r5.xlsx',
      fiscalYear: 2023,
      indicators: [
        ind(sheet, '学校給食での地場農産物使用品目数', '品目', 32, 30),
        ind(sheet, '農産物直売所の利用者数', '人', 185000, 171240),
        ind(sheet, '地産地消推進店の認定店舗数（累計）', '店', 60, 61),
        ind(sheet, '学校給食用米の地元産供給率', '％', 100, 100),
      ],
      groups: [],
    },
  };
})();

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, perProject, yearsAsRows, pairs];
