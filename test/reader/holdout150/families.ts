/**
 * Hold-out 150, the four families as 企業誘致・産業団地・雇用創出 offices write them: a 施策評価シート with four indicator blocks
 * tiled two across, a 事業実績 table of 推進事業 with text figures, a 総合戦略 KPI table with 目標値／実績値 rows per 3月末 and
 * ◎○△× marks, and a 工業振興計画 成果指標 table with 現況／目標（R8）／実績 and years in the cells.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { gradeOf, ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** A: 施策評価シート 令和４年度, blocks 指標①…④ two across, R2（現状値）…R7, 期待値 row, 達成状況 empty beside 「（B）」. */
const policySheet: Holdout2Workbook = {
  name: 'h150-a-kigyo-yuchi-sesaku',
  layout: 'A: 施策評価シート (令和４年度), four indicator blocks two across, 実績値／期待値 rows R2（現状値）…R7, 集計中, full-width digits',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('施策3-2');
    widths(ws, [14, 9, 9, 9, 9, 9, 9, 3, 14, 9, 9, 9, 9, 9, 9]);
    merge(ws, 1, 1, 1, 15, '令和４年度　基本施策事後評価シート　　（評価対象期間：令和４年度）');
    put(ws, 2, 1, ['基本方針']);
    merge(ws, 2, 2, 2, 8, '３　活力ある産業と働く場があるまち');
    put(ws, 2, 9, ['担当部等']);
    merge(ws, 2, 10, 2, 15, '商工観光部　企業立地推進課');
    put(ws, 3, 1, ['基本施策']);
    merge(ws, 3, 2, 3, 15, '3-2　企業誘致の推進と産業団地の整備');
    put(ws, 4, 1, ['達成状況評価']);
    // B4:C4: this year's grade, left for the evaluation office; D4: last year's.
    merge(ws, 4, 2, 4, 3);
    put(ws, 4, 4, ['（B）']);
    merge(ws, 4, 5, 4, 15, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている　（　）内は前年度評価');
    box(ws, 2, 1, 4, 15);

    const periods = ['R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'];
    const block = (
      top: number,
      left: number,
      no: string,
      name: string,
      desc: string,
      unit: string,
      actuals: (string | number)[],
      expects: (string | number)[],
      note: string,
    ) => {
      put(ws, top, left, [`成果指標${no}`]);
      merge(ws, top, left + 1, top, left + 6, name);
      put(ws, top + 1, left, ['指標の説明']);
      merge(ws, top + 1, left + 1, top + 1, left + 6, desc);
      put(ws, top + 2, left, ['単位', unit]);
      put(ws, top + 3, left, ['', ...periods]);
      put(ws, top + 4, left, ['実績値', ...actuals]);
      put(ws, top + 5, left, ['期待値\n※R7は目標値', ...expects]);
      put(ws, top + 6, left, ['備考']);
      merge(ws, top + 6, left + 1, top + 6, left + 6, note);
      wrap(ws, top + 3, left, top + 5, left);
      box(ws, top, left, top + 6, left + 6);
    };
    block(
      6,
      1,
      '①',
      '誘致企業数（累計）',
      '合併後に市内へ立地した誘致企業の累計数',
      '社',
      [27, 29, '３１'],
      ['－', 29, 33, 35, 37, 39],
      '毎年２社の増を目指す。R4は食料品製造業１社、物流業１社が立地。',
    );
    block(
      6,
      9,
      '②',
      '誘致企業による新規雇用者数',
      '当該年度に立地・操業した誘致企業の新規雇用者数（単年度）',
      '人',
      [45, 58, 64],
      ['－', 100, 120, 140, 160, 180],
      '立地企業の操業開始が翌年度にずれ込んだため、雇用が期待値を下回った。',
    );
    block(
      14,
      1,
      '③',
      '産業団地の分譲率',
      '市が造成した産業団地の分譲済面積÷分譲可能面積',
      '％',
      [52.3, 61.0, 72.4],
      ['－', 60.0, 70.0, 80.0, 90.0, 100.0],
      '第二産業団地の拡張区画（4.2ha）を令和4年度に分譲開始。',
    );
    block(
      14,
      9,
      '④',
      '市内製造業の従業者数',
      '経済構造実態調査（各年6月1日現在）による製造業の従業者数',
      '人',
      [10796, 10655, '集計中'],
      ['－', 10600, 10500, 10400, 10300, 10100],
      '令和4年分は国の公表（令和6年春予定）後に記入する。',
    );
    merge(ws, 22, 1, 22, 15, '達　成　状　況　分　析');
    merge(
      ws,
      23,
      1,
      25,
      15,
      '・企業立地フェアへの出展や首都圏企業への訪問により、誘致企業数はおおむね期待値に近い水準で推移している。\n・新規雇用は、立地企業の操業開始時期の遅れにより期待値を下回った。',
    );
    box(ws, 22, 1, 25, 15);
  },
  expected: {
    file: 'h150-a-kigyo-yuchi-sesaku.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('施策3-2', '誘致企業数（累計）', '社', 33, 31),
      ind('施策3-2', '誘致企業による新規雇用者数', '人', 120, 64),
      ind('施策3-2', '産業団地の分譲率', '％', 70, 72.4),
      ind('施策3-2', '市内製造業の従業者数', '人', 10500, null, { actualStatus: 'pending' }),
    ],
    // B (0.94), D (0.53), A (1.03): (3 + 1 + 4) / 3 = 2.67 → 3 → B.
    groups: [{ sheet: '施策3-2', cell: 'B4', grade: 'B' }],
  },
};

/** B: 令和６年度 事業実績 of 推進事業 with text figures, one cell of two measures, 未実施, a generous 自己評価. */
const projectTable: Holdout2Workbook = {
  name: 'h150-b-ritchi-koyo-jisseki',
  layout: 'B: 令和６年度 事業実績 (資料2), 推進事業 with code and 概要 in one cell, R5 実績 beside, text figures, two measures in a cell, 未実施',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('資料2');
    widths(ws, [5, 42, 18, 8, 20, 24, 50]);
    merge(ws, 1, 1, 1, 7, '令和６年度　事業実績（企業誘致・雇用対策）');
    put(ws, 3, 1, ['No.', '推進事業', 'R5年度実績値', '自己評価', 'R6年度数値目標', 'R6年度実績値', '成果・効果、課題、今後の方向性など']);
    merge(ws, 4, 1, 4, 7, '基本方針３　企業・事業誘致の推進　／　基本方針４　地域の雇用の確保と人材の定着');
    const rows: (string | number)[][] = [
      [
        1,
        '3-1-1 企業立地促進奨励事業\n【概要】市内に工場等を新設・増設した企業に対し、固定資産税相当額の奨励金を交付する。',
        '交付件数 3件',
        'A',
        '交付件数 4件',
        '交付件数 5件',
        '【成果・効果】設備投資の後押しとなった。\n【今後の方向性】継続',
      ],
      [
        2,
        '3-1-2 産業用地整備事業\n【概要】新たな産業用地（約10ha）の造成を行う。',
        '測量設計 1か所',
        'A',
        '造成完了 1か所',
        '造成完了 1か所',
        '【成果・効果】西部産業用地の造成が完了し、令和7年4月から分譲を開始する。\n【今後の方向性】継続',
      ],
      [
        3,
        '3-1-3 企業立地フェア出展事業\n【概要】首都圏で開催される企業立地フェアに出展し、本市の立地環境をPRする。',
        '出展 3回',
        'B',
        '出展 3回',
        '出展 2回',
        '【課題】名古屋会場の中止により1回減。\n【今後の方向性】見直し',
      ],
      [
        4,
        '4-1-1 新規高卒者・若者等人財育成支援事業補助金\n【概要】新規高卒者や若者等を雇用し研修等を行った事業主に経費の一部を助成する。',
        '新規高卒者：52人\n若者等：19人',
        'B',
        '新規高卒者：60人\n若者等：20人',
        '新規高卒者：48人\n若者等：21人',
        '【成果・効果】採用後の人材育成につながっている。\n【今後の方向性】継続',
      ],
      [
        5,
        '4-1-2 合同企業説明会開催事業\n【概要】市内企業と求職者のマッチングを図るため合同企業説明会を開催する。',
        '参加企業数 36社',
        'D',
        '参加企業数 40社',
        '未実施',
        '【課題】会場の改修工事により開催できなかった。令和7年度はオンライン併用で実施予定。\n【今後の方向性】継続',
      ],
      [
        6,
        '4-1-3 UIJターン就職支援事業\n【概要】首都圏在住者を対象に市内企業への就職相談会を開催する。',
        '就職者数 11人',
        'C',
        '就職者数 15人',
        '就職者数 9人（うち県外から 6人）',
        '【課題】相談者の多くが事務職を希望し、製造業とのミスマッチがある。\n【今後の方向性】見直し',
      ],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    wrap(ws, 3, 1, 10, 7);
    box(ws, 3, 1, 10, 7);
  },
  expected: {
    file: 'h150-b-ritchi-koyo-jisseki.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('資料2', '企業立地促進奨励事業', '件', 4, 5, { existing: 'A' }),
      ind('資料2', '産業用地整備事業', 'か所', 1, 1, { existing: 'A' }),
      ind('資料2', '企業立地フェア出展事業', '回', 3, 2, { existing: 'B' }),
      {
        ...ind('資料2', '新規高卒者・若者等人財育成支援事業補助金', '人', null, null, { existing: 'B' }),
        measures: [
          { label: '新規高卒者', target: 60, actual: 48, unit: '人' },
          { label: '若者等', target: 20, actual: 21, unit: '人' },
        ],
        // The lowest attainment counts: 48 / 60 = 0.8.
        grade: gradeOf(60, 48),
      },
      ind('資料2', '合同企業説明会開催事業', '社', 40, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind('資料2', 'UIJターン就職支援事業', '人', 15, 9, { existing: 'C' }),
    ],
    groups: [],
  },
};

/** C: 第２期総合戦略 KPI, 目標値／実績値 rows per 令和3年3月末…令和7年3月末, values with units, "-" where no target, ◎○△×. */
const kpiTable: Holdout2Workbook = {
  name: 'h150-c-sogo-senryaku-kpi',
  layout: 'C: 総合戦略 KPI 検証 (令和４年度 = 令和5年3月末), 目標値／実績値 rows, "2 件" text values, "-" target, ◎○△× legend by bands',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('基本目標1');
    widths(ws, [5, 30, 8, 12, 12, 12, 12, 12, 7, 30]);
    merge(ws, 1, 1, 1, 10, '第２期 まち・ひと・しごと創生総合戦略　KPI検証シート（令和４年度）');
    merge(ws, 2, 1, 2, 10, '基本目標１　地域における安定した雇用を創出する　　　※令和5年3月末時点の実績で検証');
    put(ws, 4, 1, ['No.', 'KPI', '', '令和3年3月末', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '評価', '備考']);
    const kpis: [string, string[], string[], string, string][] = [
      ['企業誘致件数', ['2 件', '2 件', '2 件', '2 件', '2 件'], ['1 件', '2 件', '3 件'], '◎', '単年度の件数'],
      ['誘致企業の新規雇用者数', ['50 人', '50 人', '50 人', '50 人', '50 人'], ['27 人', '41 人', '38 人'], '△', '誘致企業への聞き取り'],
      ['創業支援事業による創業件数', ['12 件', '12 件', '12 件', '12 件', '12 件'], ['9 件', '14 件', '12 件'], '◎', ''],
      ['新規高卒者の管内就職率', ['45.0 ％', '45.0 ％', '45.0 ％', '45.0 ％', '45.0 ％'], ['40.3 ％', '42.8 ％', '41.2 ％'], '○', 'ハローワーク管内'],
      ['サテライトオフィス等開設数', ['-', '-', '-', '1 件', '2 件'], ['0 件', '1 件', '1 件'], '－', '令和5年度から目標設定'],
    ];
    kpis.forEach(([name, targets, actuals, mark, note], i) => {
      const r = 5 + 2 * i;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, name);
      put(ws, r, 3, ['目標値', ...targets]);
      put(ws, r + 1, 3, ['実績値', ...actuals]);
      merge(ws, r, 9, r + 1, 9, mark);
      merge(ws, r, 10, r + 1, 10, note || undefined);
    });
    box(ws, 4, 1, 14, 10);
    merge(ws, 16, 1, 16, 10, '評価　◎：100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満　－：評価できないもの');
  },
  expected: {
    file: 'h150-c-sogo-senryaku-kpi.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('基本目標1', '企業誘致件数', '件', 2, 3, { existing: '◎' }),
      ind('基本目標1', '誘致企業の新規雇用者数', '人', 50, 38, { existing: '△' }),
      ind('基本目標1', '創業支援事業による創業件数', '件', 12, 12, { existing: '◎' }),
      ind('基本目標1', '新規高卒者の管内就職率', '％', 45, 41.2, { existing: '○' }),
      ind('基本目標1', 'サテライトオフィス等開設数', '件', null, 1),
    ],
    groups: [],
  },
};

/** D: 工業振興計画 成果指標 (令和５年度実績): 現況 with its year, 目標（R8）, 実績 with its year, 「－」 where not surveyed. */
const planIndicators: Holdout2Workbook = {
  name: 'h150-d-kogyo-shinko-shihyo',
  layout:
    'D: 工業振興計画 成果指標 点検 (令和５年度実績), 単位 column, 現況「10,796⏎（令和元年）」, 目標（R8）, 実績 with year, a target below the baseline, 「－」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('資料3');
    widths(ws, [20, 28, 7, 30, 16, 10, 18, 22]);
    merge(ws, 1, 1, 1, 8, '○○市工業振興計画（令和4年度～令和8年度）　成果指標の状況（令和５年度実績）');
    put(ws, 3, 1, ['基本方針', '指標', '単位', '指標の説明', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        '1. 人財の確保・育成',
        '従業者数',
        '人',
        '市内製造業の雇用の場の確保を示す指標',
        '10,796\n（令和元年）',
        '10,100',
        '10,342\n（令和5年6月1日現在）',
        '経済構造実態調査',
      ],
      [
        '5. 地域企業の技術力・経営力の強化',
        '製造品出荷額等',
        '億円',
        '地域企業の生産活動の規模を示す指標',
        '1,884\n（令和元年）',
        '1,940',
        '1,902\n（令和5年度）',
        '市内企業への調査',
      ],
      ['6. 企業・事業誘致の推進', '誘致企業数', '社', '合併後の累計', '27\n（R3.3末現在）', '39', '33\n（R6.3末現在）', '実績による'],
      [
        '',
        '新規雇用者数（誘致企業による）',
        '人',
        '新規雇用の場の確保を示す指標（計画期間内累計）',
        '582\n（R3.3末現在）',
        '200',
        '94\n（令和5年度）',
        '誘致企業調査による',
      ],
      [
        '',
        '技術支援センターの試験分析件数',
        '件',
        '地域企業の技術課題解決の状況を示す指標',
        '1,117\n（令和2年度）',
        '1,100',
        '1,313\n（令和5年度）',
        'センター実績による把握',
      ],
      [
        '1. 人財の確保・育成',
        '市内企業の新規高卒者採用数',
        '人',
        '地元就職の状況を示す指標',
        '331\n（令和2年度）',
        '330',
        '－',
        '市内企業アンケート（隔年実施、次回は令和6年度）',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 9, 8);
    box(ws, 3, 1, 9, 8);
    merge(ws, 11, 1, 11, 8, '※目標値は計画最終年度（令和8年度）の値。従業者数は人口減少を踏まえ現況より少ない目標としている。');
  },
  expected: {
    file: 'h150-d-kogyo-shinko-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind('資料3', '従業者数', '人', 10100, 10342), targetSource: 'final' },
      { ...ind('資料3', '製造品出荷額等', '億円', 1940, 1902), targetSource: 'final' },
      { ...ind('資料3', '誘致企業数', '社', 39, 33), targetSource: 'final' },
      { ...ind('資料3', '新規雇用者数（誘致企業による）', '人', 200, 94), targetSource: 'final' },
      { ...ind('資料3', '技術支援センターの試験分析件数', '件', 1100, 1313), targetSource: 'final' },
      { ...ind('資料3', '市内企業の新規高卒者採用数', '人', 330, null, { actualStatus: 'not-applicable' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
