/**
 * Hold-out 179, four shapes outside the families that school-ICT and 働き方改革 offices use: a 月別 時間外在校等時間 集計 with
 * 年度平均 and 縮減目標, 事務事業評価シート one 事業 per sheet with its own A–D scale (100/90/70), a 児童生徒アンケート table with
 * years as rows and the unit in the heading, and a 働き方改革 数値目標 table with 目標／実績 column pairs under merged years.
 */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

/** Months 4月…3月 across, 年度平均, 縮減目標（月平均）, 目指す方向 「減少」. */
const monthly: Holdout2Workbook = (() => {
  const S = '在校等時間';
  const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
  const sho = [44.1, 42.3, 43.8, 38.2, 12.5, 41.0, 43.6, 42.2, 36.9, 38.4, 41.7, 38.3];
  const chu = [58.4, 57.2, 60.1, 52.3, 24.8, 55.9, 58.7, 56.1, 48.2, 50.6, 55.3, 53.6];
  const avg = (v: number[]) => Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 10) / 10;
  const expected: ExpectedIndicator[] = [
    ind(S, '小学校教員の時間外在校等時間（1人当たり月平均）', '時間', 42, avg(sho), { direction: 'down' }),
    ind(S, '中学校教員の時間外在校等時間（1人当たり月平均）', '時間', 45, avg(chu), { direction: 'down' }),
  ];
  return {
    name: 'h179-o-zaiko-jikan-getsubetsu',
    layout: 'outside: months 4月…3月 across, 年度平均 and 縮減目標 columns, 目指す方向 減少, 令和４年度 in the title',
    build(wb: Workbook) {
      const ws = wb.addWorksheet(S);
      widths(ws, [40, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 9, 10, 8]);
      merge(ws, 1, 1, 1, 17, '令和４年度　市立学校教員の時間外在校等時間　月別集計');
      put(ws, 2, 1, ['（出退勤管理システムによる。単位：時間）']);
      put(ws, 3, 1, ['項目', '単位', ...months, '年度平均', '縮減目標（月平均）', '目指す方向']);
      put(ws, 4, 1, [expected[0].name, '時間', ...sho, avg(sho), 42, '減少']);
      put(ws, 5, 1, [expected[1].name, '時間', ...chu, avg(chu), 45, '減少']);
      wrap(ws, 3, 1, 3, 17);
      box(ws, 3, 1, 5, 17);
      put(ws, 7, 1, ['※8月は学校閉庁日（8/10～8/16）を含む。年度平均は各月の単純平均。']);
    },
    expected: { file: 'h179-o-zaiko-jikan-getsubetsu.xlsx', fiscalYear: 2022, indicators: expected, groups: [] },
  };
})();

/** 事務事業評価シート, one 事業 per sheet, 活動指標／成果指標 rows with R4／R5／R6 目標・実績, its own scale Ａ100 Ｂ90 Ｃ70. */
const perSheet: Holdout2Workbook = (() => {
  const S1 = 'ICT支援員配置事業';
  const S2 = '校務DX推進事業';
  const expected: ExpectedIndicator[] = [
    ind(S1, 'ICT支援員の配置人数', '人', 8, 8, { existing: 'A' }),
    { ...ind(S1, 'ICT支援員の支援に満足している教員の割合', '％', 85, 75.0, { existing: 'C' }), grade: 'C' },
    ind(S2, 'クラウド型校務システムの導入校数', '校', 31, 31, { existing: 'A' }),
    { ...ind(S2, '教員1人当たりの月平均時間外在校等時間', '時間', 40, 47.0, { direction: 'down', existing: 'C' }), grade: 'C' },
  ];
  const sheet = (wb: Workbook, name: string, code: string, aim: string, rows: (string | number | null)[][]) => {
    const ws = wb.addWorksheet(name);
    widths(ws, [10, 38, 8, 8, 10, 10, 10, 10, 10, 8]);
    merge(ws, 1, 1, 1, 10, '令和６年度　事務事業評価シート（令和５年度実施事業）');
    put(ws, 3, 1, ['事業名']);
    merge(ws, 3, 2, 3, 6, name);
    put(ws, 3, 7, ['事業コード', code]);
    put(ws, 4, 1, ['担当課']);
    merge(ws, 4, 2, 4, 10, '教育委員会　教育総務課　教育DX推進室');
    put(ws, 5, 1, ['事業の目的']);
    merge(ws, 5, 2, 5, 10, aim);
    box(ws, 3, 1, 5, 10);
    merge(ws, 7, 1, 8, 1, '区分');
    merge(ws, 7, 2, 8, 2, '指標名');
    merge(ws, 7, 3, 8, 3, '単位');
    merge(ws, 7, 4, 8, 4, '方向');
    merge(ws, 7, 5, 7, 6, '令和４年度');
    merge(ws, 7, 7, 7, 8, '令和５年度');
    put(ws, 7, 9, ['令和６年度']);
    merge(ws, 7, 10, 8, 10, '評価');
    put(ws, 8, 5, ['目標', '実績', '目標', '実績', '目標']);
    rows.forEach((row, i) => put(ws, 9 + i, 1, row));
    box(ws, 7, 1, 8 + rows.length, 10);
    put(ws, 12, 1, ['評価基準　Ａ：100％以上　Ｂ：90％以上　Ｃ：70％以上　Ｄ：70％未満（達成率＝実績÷目標、減少を目指す指標は目標÷実績）']);
    merge(ws, 14, 1, 15, 1, '今後の方向性');
    merge(ws, 14, 2, 15, 10, '継続');
  };
  return {
    name: 'h179-o-jimujigyo-dx',
    layout: 'outside: 事務事業評価シート one 事業 per sheet, R4／R5 目標・実績 pairs and R6 目標, 方向 ↑↓, own scale 100/90/70 with letters',
    build(wb: Workbook) {
      sheet(wb, S1, '10-03-05', '学校にICT支援員を配置し、教員の授業準備・端末トラブル対応の負担を軽減する。', [
        ['活動指標', 'ICT支援員の配置人数', '人', '↑', 6, 6, 8, 8, 10, 'A'],
        ['成果指標', 'ICT支援員の支援に満足している教員の割合', '％', '↑', 80, 72.3, 85, 75.0, 90, 'C'],
      ]);
      sheet(wb, S2, '10-03-08', 'クラウド型校務システムと出退勤管理により、教員の校務負担と時間外在校等時間を縮減する。', [
        ['活動指標', 'クラウド型校務システムの導入校数', '校', '↑', 12, 12, 31, 31, 31, 'A'],
        ['成果指標', '教員1人当たりの月平均時間外在校等時間', '時間', '↓', 45, 49.5, 40, 47.0, 38, 'C'],
      ]);
    },
    expected: { file: 'h179-o-jimujigyo-dx.xlsx', fiscalYear: 2023, indicators: expected, groups: [] },
  };
})();

/** Years as rows (令和２年度…令和６年度), one column per アンケート item with （％） in the heading, a 目標（令和６年度） row. */
const yearsAsRows: Holdout2Workbook = (() => {
  const S = 'アンケート推移';
  const expected: ExpectedIndicator[] = [
    ind(S, 'ICTを使うと勉強がよく分かると答えた児童生徒の割合', '％', 85, 84.1),
    ind(S, '家庭でタブレットを使って学習している児童生徒の割合', '％', 80, 62.0),
    ind(S, 'インターネット上のルールを守っていると答えた児童生徒の割合', '％', 90, 91.5),
  ];
  return {
    name: 'h179-o-anketo-nendo-gyo',
    layout: 'outside: years as rows 令和２年度…令和６年度, items as columns with （％） in the heading, 目標 row at the foot, 「－」',
    build(wb: Workbook) {
      const ws = wb.addWorksheet(S);
      widths(ws, [18, 24, 24, 24]);
      merge(ws, 1, 1, 1, 4, '児童生徒の情報活用に関するアンケート結果の推移（令和６年度評価）');
      put(ws, 3, 1, ['年度', ...expected.map((e) => `${e.name}（％）`)]);
      const rows: (string | number)[][] = [
        ['令和２年度', 61.5, '－', 88.0],
        ['令和３年度', 72.8, 31.4, 89.2],
        ['令和４年度', 78.0, 45.9, 90.1],
        ['令和５年度', 81.7, 55.3, 90.8],
        ['令和６年度', 84.1, 62.0, 91.5],
        ['目標（令和６年度）', 85, 80, 90],
      ];
      rows.forEach((row, i) => put(ws, 4 + i, 1, row));
      wrap(ws, 3, 1, 3, 4);
      box(ws, 3, 1, 9, 4);
      put(ws, 11, 1, ['※市内全小学校5・6年生、中学校全学年を対象に毎年12月に実施。令和２年度は家庭学習の項目なし。']);
    },
    expected: { file: 'h179-o-anketo-nendo-gyo.xlsx', fiscalYear: 2024, indicators: expected, groups: [] },
  };
})();

/** 働き方改革 数値目標: 令和５年度／令和６年度／令和７年度 merged over 目標・実績 pairs, a 単位 column, 令和７年度 in the title. */
const pairs: Holdout2Workbook = (() => {
  const S = '数値目標';
  const expected: ExpectedIndicator[] = [
    ind(S, '学校閉庁日の日数', '日', 12, 12),
    ind(S, '時間外在校等時間が月45時間以下の教員の割合', '％', 80, 71.3),
    ind(S, '部活動指導員の配置人数', '人', 24, 13),
    ind(S, '年次有給休暇の平均取得日数', '日', 15.0, 12.4),
  ];
  return {
    name: 'h179-o-hatarakikata-mokuhyo',
    layout: 'outside: 目標／実績 column pairs under merged 令和５…７年度 headings, 令和７年度 in the title, a 備考 column',
    build(wb: Workbook) {
      const ws = wb.addWorksheet(S);
      widths(ws, [4, 38, 6, 8, 8, 8, 8, 8, 8, 30]);
      merge(ws, 1, 1, 1, 10, '令和７年度　学校における働き方改革推進プラン　数値目標の達成状況');
      merge(ws, 3, 1, 4, 1, 'No.');
      merge(ws, 3, 2, 4, 2, '数値目標');
      merge(ws, 3, 3, 4, 3, '単位');
      merge(ws, 3, 4, 3, 5, '令和５年度');
      merge(ws, 3, 6, 3, 7, '令和６年度');
      merge(ws, 3, 8, 3, 9, '令和７年度');
      merge(ws, 3, 10, 4, 10, '備考');
      put(ws, 4, 4, ['目標', '実績', '目標', '実績', '目標', '実績']);
      const rows: (string | number)[][] = [
        [1, '学校閉庁日の日数', '日', 9, 9, 10, 10, 12, 12, '夏季8日・冬季4日'],
        [2, '時間外在校等時間が月45時間以下の教員の割合', '％', 70, 62.5, 75, 68.0, 80, 71.3, '国の上限指針（月45時間）'],
        [3, '部活動指導員の配置人数', '人', 12, 10, 18, 11, 24, 13, '地域移行の進捗に合わせ配置'],
        [4, '年次有給休暇の平均取得日数', '日', 12.0, 11.2, 13.5, 11.8, 15.0, 12.4, ''],
      ];
      rows.forEach((row, i) => put(ws, 5 + i, 1, row));
      wrap(ws, 3, 1, 8, 10);
      box(ws, 3, 1, 8, 10);
    },
    expected: { file: 'h179-o-hatarakikata-mokuhyo.xlsx', fiscalYear: 2025, indicators: expected, groups: [] },
  };
})();

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, perSheet, yearsAsRows, pairs];
