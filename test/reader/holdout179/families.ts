/**
 * Hold-out 179, the four families as GIGAスクール・ICT教育・教員の働き方改革 offices write them: a 施策評価シート with stacked
 * indicator blocks (令和４年度), a 令和３年度 事業実績 of ICT projects with text figures, a 地方創生 KPI table with 目標値／実績値
 * rows per 年3月末 and ◎○△× with a worded legend, and a 教育振興基本計画 成果指標 table with 現況／目標／実績 and years in cells.
 */
import type { Workbook } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

/** A: one 施策 sheet, four stacked blocks R2（現状値）…R7（目標値）, 実績値 and 期待値 rows, 目指す方向, an empty rating cell beside 「（B）」. */
const policySheet: Holdout2Workbook = (() => {
  const S = '施策3-2';
  const blocks: [string, string, string, string, (number | string | null)[], (number | string | null)[], string][] = [
    [
      '授業でICTを活用していると回答した児童生徒の割合',
      '全国学力・学習状況調査の児童生徒質問紙で「ほぼ毎日」「週3回以上」と回答した割合',
      '％',
      '↑（増加）',
      [58.2, 70.1, 76.4, null, null, null],
      ['－', 70, 80, 85, 90, 95],
      '',
    ],
    [
      '端末の持ち帰り学習を実施している学校数',
      '1人1台端末を家庭に持ち帰って学習に活用している市立小中学校の数（全27校）',
      '校',
      '↑（増加）',
      [3, 12, 20, null, null, null],
      ['－', 10, 18, 24, 27, 27],
      '',
    ],
    [
      '教員の月平均時間外在校等時間',
      '市立小中学校教員1人当たりの時間外在校等時間の月平均（出退勤管理システムによる）',
      '時間',
      '↓（減少）',
      [52.3, 48.0, 45.2, null, null, null],
      ['－', 45, 40, 38, 36, 35],
      '4～3月の平均値',
    ],
    [
      'ICT支援員による学校訪問回数',
      'ICT支援員が授業支援・校務支援のために学校を訪問した延べ回数',
      '回',
      '↑（増加）',
      [640, 810, 702, null, null, null],
      ['－', 900, 960, 960, 960, 960],
      'R4は支援員の欠員（2名）により減少',
    ],
  ];
  const expected: ExpectedIndicator[] = [
    ind(S, blocks[0][0], '％', 80, 76.4),
    ind(S, blocks[1][0], '校', 18, 20),
    ind(S, blocks[2][0], '時間', 40, 45.2, { direction: 'down' }),
    ind(S, blocks[3][0], '回', 960, 702),
  ];
  return {
    name: 'h179-a-ict-manabi-shisaku',
    layout: 'A: 施策評価シート, four stacked blocks with 実績値／期待値 rows R2（現状値）…R7（目標値）, ↓（減少）, empty rating cell beside （B）',
    build(wb: Workbook) {
      const ws = wb.addWorksheet(S);
      widths(ws, [14, 12, 12, 12, 12, 12, 12, 12, 12, 12]);
      merge(ws, 1, 1, 1, 10, '令和５年度　施策評価シート（評価対象期間：令和４年度）');
      put(ws, 3, 1, ['基本方針']);
      merge(ws, 3, 2, 3, 10, '３　一人ひとりの可能性を伸ばす教育の推進');
      put(ws, 4, 1, ['基本施策']);
      merge(ws, 4, 2, 4, 10, '3-2　ICTを活用した学びと学校における働き方改革の推進');
      put(ws, 5, 1, ['担当部等']);
      merge(ws, 5, 2, 5, 10, '教育委員会事務局　学校教育課・教育総務課');
      put(ws, 6, 1, ['施策の達成状況', undefined, '（B）']);
      merge(ws, 6, 4, 6, 10, '※（　）内は前年度の評価　　A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
      box(ws, 3, 1, 6, 10);
      let r = 8;
      blocks.forEach(([name, desc, unit, dir, act, exp, note], i) => {
        put(ws, r, 1, [`指標${'①②③④'[i]}`]);
        merge(ws, r, 2, r, 5, name);
        put(ws, r, 6, ['単位', unit, '目指す方向', dir]);
        put(ws, r + 1, 1, ['指標の説明']);
        merge(ws, r + 1, 2, r + 1, 10, desc);
        put(ws, r + 2, 1, ['区分', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7（目標値）']);
        put(ws, r + 3, 1, ['実績値', ...act]);
        put(ws, r + 4, 1, ['期待値\n※R7は目標値', ...exp]);
        put(ws, r + 5, 1, ['備考']);
        merge(ws, r + 5, 2, r + 5, 10, note);
        wrap(ws, r + 4, 1, r + 4, 1);
        box(ws, r, 1, r + 5, 10);
        r += 7;
      });
      merge(ws, r, 1, r + 1, 2, '総合評価');
      merge(ws, r, 3, r + 1, 10, '持ち帰り学習は期待値を上回ったが、支援員の欠員により学校訪問が減少した。時間外在校等時間は縮減傾向にある。');
      box(ws, r, 1, r + 1, 10);
    },
    expected: {
      file: 'h179-a-ict-manabi-shisaku.xlsx',
      fiscalYear: 2022,
      indicators: expected,
      groups: [{ sheet: S, cell: 'B6', grade: rollUp(expected.map((e) => e.grade)) }],
    },
  };
})();

/** B: 令和３年度 事業実績, one row per 推進事業 (code, name and 概要 in one cell), text figures, two measures in one cell, 未実施. */
const projectTable: Holdout2Workbook = (() => {
  const S = '事業実績';
  const grade = (t: number, a: number) => ind(S, 'x', null, t, a).grade;
  const expected: ExpectedIndicator[] = [
    { ...ind(S, '校内ネットワーク整備事業', '校', 27, 27), existing: 'A' },
    { ...ind(S, '教員ICT活用研修事業', '回', 24, 18), existing: 'B' },
    { ...ind(S, 'デジタル教科書実証事業', '校', 5, null, { actualStatus: 'not-implemented' }), existing: 'D' },
    {
      sheet: S,
      name: '統合型校務支援システム導入事業',
      measures: [
        { label: '導入校', target: 27, actual: 27, unit: '校' },
        { label: '操作研修', target: 6, actual: 4, unit: '回' },
      ],
      direction: 'up',
      existing: 'B',
      grade: grade(6, 4),
    },
    { ...ind(S, '家庭学習用モバイルルーター貸与事業', '台', 300, 312), existing: 'A' },
  ];
  return {
    name: 'h179-b-ict-jigyo-jisseki',
    layout: 'B: 事業実績 table, R2年度実績値／自己評価／R3年度数値目標／R3年度実績値 as text, two measures in one cell, 未実施',
    build(wb: Workbook) {
      const ws = wb.addWorksheet(S);
      widths(ws, [6, 44, 18, 10, 18, 18, 30]);
      merge(ws, 1, 1, 1, 7, '令和３年度　学校ICT推進事業　事業実績（教育部　学校教育課）');
      put(ws, 3, 1, ['No.', '推進事業', 'R2年度実績値', '自己評価', 'R3年度数値目標', 'R3年度実績値', '成果・課題']);
      const rows: (string | number)[][] = [
        [
          1,
          '(1)-①　校内ネットワーク整備事業\n全小中学校の校内LANを高速大容量化し、1人1台端末の同時接続に対応する。',
          '整備校 10校',
          'A',
          '整備校 27校',
          '整備校 27校',
          '全校で整備を完了した。',
        ],
        [
          2,
          '(1)-②　教員ICT活用研修事業\n端末・授業支援ソフトの活用研修を実施する。',
          '研修回数 12回',
          'B',
          '研修回数 24回',
          '研修回数 18回',
          '感染症対策のため6回を中止した。',
        ],
        [
          3,
          '(2)-①　デジタル教科書実証事業\n学習者用デジタル教科書の効果を実証する。',
          '－',
          'D',
          '導入校 5校',
          '未実施',
          '国の実証事業の採択が得られず未実施。',
        ],
        [
          4,
          '(2)-②　統合型校務支援システム導入事業\n成績処理・出欠管理等を一元化し、校務の負担を軽減する。',
          '導入校 0校',
          'B',
          '導入校 27校\n操作研修 6回',
          '導入校 27校\n操作研修 4回',
          '研修の一部は動画配信で代替した。',
        ],
        [
          5,
          '(3)-①　家庭学習用モバイルルーター貸与事業\n通信環境のない家庭にルーターを貸与する。',
          '貸与台数 186台',
          'A',
          '貸与台数 300台',
          '貸与台数 312台',
          '希望する全家庭に貸与した。',
        ],
      ];
      rows.forEach((row, i) => put(ws, 4 + i, 1, row));
      wrap(ws, 3, 1, 8, 7);
      box(ws, 3, 1, 8, 7);
      put(ws, 10, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：一部未達成　D：未達成・未実施']);
    },
    expected: { file: 'h179-b-ict-jigyo-jisseki.xlsx', fiscalYear: 2021, indicators: expected, groups: [] },
  };
})();

/** C: 第２期総合戦略 KPI, 目標値／実績値 rows per KPI, 令和2年3月末…令和6年3月末, values 「100 ％」, 「-」, ◎○△× with a worded legend. */
const kpiTable: Holdout2Workbook = (() => {
  const S = 'KPI';
  const expected: ExpectedIndicator[] = [
    ind(S, '児童生徒1人1台端末の整備率', '％', 100, 100, { existing: 'A' }),
    ind(S, 'プログラミング教育研修を受講した教員数', '人', 120, 98, { existing: 'B' }),
    ind(S, '校務の電子化による教員1人当たりの年間削減時間', '時間', 60, 41, { existing: 'C' }),
    ind(S, 'オンライン学習に参加した不登校児童生徒数', '人', null, 23),
  ];
  return {
    name: 'h179-c-giga-kpi',
    layout: 'C: KPI × 年3月末 columns, 目標値 and 実績値 rows with units in the cell, 「-」 where no target, ◎○△× legend with words',
    build(wb: Workbook) {
      const ws = wb.addWorksheet(S);
      widths(ws, [34, 8, 14, 14, 14, 14, 14, 8]);
      merge(ws, 1, 1, 1, 8, '第２期まち・ひと・しごと創生総合戦略　基本目標３　ＫＰＩ進捗状況（令和3年3月末時点）');
      put(ws, 3, 1, ['ＫＰＩ', '区分', '令和2年3月末', '令和3年3月末', '令和4年3月末', '令和5年3月末', '令和6年3月末', '評価']);
      const kpis: [string, string[], string[], string][] = [
        ['児童生徒1人1台端末の整備率', ['30 ％', '100 ％', '100 ％', '100 ％', '100 ％'], ['12.4 ％', '100 ％', '', '', ''], '◎'],
        ['プログラミング教育研修を受講した教員数', ['60 人', '120 人', '180 人', '240 人', '300 人'], ['52 人', '98 人', '', '', ''], '○'],
        ['校務の電子化による教員1人当たりの年間削減時間', ['-', '60 時間', '80 時間', '100 時間', '120 時間'], ['-', '41 時間', '', '', ''], '△'],
        ['オンライン学習に参加した不登校児童生徒数', ['-', '-', '-', '-', '-'], ['-', '23 人', '', '', ''], '－'],
      ];
      let r = 4;
      for (const [name, t, a, mark] of kpis) {
        merge(ws, r, 1, r + 1, 1, name);
        put(ws, r, 2, ['目標値', ...t]);
        put(ws, r + 1, 2, ['実績値', ...a]);
        merge(ws, r, 8, r + 1, 8, mark);
        r += 2;
      }
      box(ws, 3, 1, r - 1, 8);
      put(ws, r + 1, 1, ['評価　◎：目標達成（100％以上）　○：概ね順調（80％以上）　△：やや遅れ（60％以上）　×：遅れ（60％未満）　－：目標未設定']);
      put(ws, r + 2, 1, ['※令和3年3月末の実績による評価']);
    },
    expected: { file: 'h179-c-giga-kpi.xlsx', fiscalYear: 2020, indicators: expected, groups: [] },
  };
})();

/** D: 教育振興基本計画 成果指標, 現況（計画策定時） with its year in the cell, 目標（R7）, 実績 with its year, 集計中, （減少を目指す）. */
const planTable: Holdout2Workbook = (() => {
  const S = '成果指標';
  const fin = (e: ExpectedIndicator): ExpectedIndicator => ({ ...e, targetSource: 'final' });
  const expected: ExpectedIndicator[] = [
    fin(ind(S, '授業中にICTを活用して指導できる教員の割合', '％', 90, 86.2)),
    fin(ind(S, '時間外在校等時間が月45時間を超える教員の割合', '％', 10, 21.7, { direction: 'down' })),
    fin(ind(S, '家庭でのオンライン学習支援を利用した児童生徒数', '人', 3000, 3215)),
    fin(ind(S, '学校図書館の電子書籍貸出冊数', '冊', 5000, null, { actualStatus: 'pending' })),
  ];
  return {
    name: 'h179-d-kyoiku-keikaku-shihyo',
    layout: 'D: plan indicators, 現況（計画策定時）「69.8⏎（令和元年度）」, 目標（R7）, 実績「86.2⏎（令和５年度）」, 集計中, 減少を目指す',
    build(wb: Workbook) {
      const ws = wb.addWorksheet(S);
      widths(ws, [4, 34, 40, 8, 16, 12, 16, 26]);
      merge(ws, 1, 1, 1, 8, '令和６年度　教育に関する事務の点検・評価（令和５年度実績）　第２期教育振興基本計画　成果指標');
      put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R7）', '実績', '現状把握の方法']);
      const rows: (string | number)[][] = [
        [
          1,
          '授業中にICTを活用して指導できる教員の割合',
          '文部科学省「学校における教育の情報化の実態等に関する調査」の該当項目',
          '％',
          '69.8\n（令和元年度）',
          90.0,
          '86.2\n（令和５年度）',
          '学校における教育の情報化の実態等に関する調査',
        ],
        [
          2,
          '時間外在校等時間が月45時間を超える教員の割合',
          '出退勤管理システムによる月45時間超の教員の割合（減少を目指す）',
          '％',
          '38.4\n（令和元年度）',
          10.0,
          '21.7\n（令和５年度）',
          '出退勤管理システム',
        ],
        [
          3,
          '家庭でのオンライン学習支援を利用した児童生徒数',
          '学習支援アプリの家庭利用登録者数',
          '人',
          '1,240\n（令和２年度）',
          '3,000',
          '3,215\n（令和５年度）',
          '学校教育課調べ',
        ],
        [4, '学校図書館の電子書籍貸出冊数', '電子図書館サービスの年間貸出冊数（令和４年度開始）', '冊', '－', '5,000', '集計中', '電子図書館システム'],
      ];
      rows.forEach((row, i) => put(ws, 4 + i, 1, row));
      wrap(ws, 3, 1, 7, 8);
      box(ws, 3, 1, 7, 8);
    },
    expected: { file: 'h179-d-kyoiku-keikaku-shihyo.xlsx', fiscalYear: 2023, indicators: expected, groups: [] },
  };
})();

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
