/**
 * Hold-out 129, the four families as 国民健康保険・後期高齢者医療・国民年金 offices write them: a 施策評価シート with two 施策 on
 * two sheets (indicator blocks R2（基準値）…R8（目標）, 実績値／期待値 rows, 目指す方向 ↑／↓, a 速報値 and a 集計中), a 令和６年度
 * 保健事業実績 with text figures (「勧奨通知 12,450通」, two measures in one cell, full-width digits, 未実施), a データヘルス計画
 * KPI table (目標値／実績値 rows per 平成30年度…令和5年度, 「35.9 ％」, 減少を目指す指標 in 備考) and a 国保事業運営健全化計画
 * 点検評価 with 現況 「94.85⏎（令和元年度）」, 目標（R7）, 実績 with its year and a blank 実績.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

type Cell = string | number | undefined;

// ---------------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, indicator blocks tiled two across, one 施策 per sheet.

interface Block {
  name: string;
  unit: string;
  down?: boolean;
  desc: string;
  /** R2 … R8. */
  actual: Cell[];
  expect: Cell[];
  note?: string;
  fmt?: string;
}

const A_PERIODS = ['R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8\n（目標）'];
const MARKS = ['①', '②', '③', '④', '⑤', '⑥'];

function policySheet(wb: Workbook, sheet: string, head: { seisaku: string; shisaku: string; ka: string; last: string }, blocks: Block[]): Worksheet {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [11, 8, 9, 9, 9, 9, 9, 9, 9, 2, 11, 8, 9, 9, 9, 9, 9, 9, 9]);
  merge(ws, 1, 1, 1, 19, '○○市第２次総合計画　令和５年度施策評価シート　（評価対象年度：令和４年度）');
  put(ws, 3, 1, ['政策']);
  merge(ws, 3, 2, 3, 9, head.seisaku);
  put(ws, 4, 1, ['施策']);
  merge(ws, 4, 2, 4, 9, head.shisaku);
  put(ws, 5, 1, ['主管課']);
  merge(ws, 5, 2, 5, 9, head.ka);
  box(ws, 3, 1, 5, 9);
  merge(ws, 3, 11, 3, 13, '施策の達成状況');
  put(ws, 3, 15, [head.last]);
  merge(ws, 4, 11, 4, 13, '凡例');
  merge(ws, 4, 14, 4, 19, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  box(ws, 3, 11, 4, 14);
  blocks.forEach((b, i) => {
    const r = 7 + Math.floor(i / 2) * 7;
    const c = i % 2 === 0 ? 1 : 11;
    put(ws, r, c, [`成果指標${MARKS[i]}`]);
    merge(ws, r, c + 1, r, c + 3, b.name);
    put(ws, r, c + 4, ['単位', b.unit, '目指す方向']);
    merge(ws, r, c + 7, r, c + 8, b.down ? '↓（減少）' : '↑（増加）');
    merge(ws, r + 1, c, r + 1, c + 1, '指標の説明');
    merge(ws, r + 1, c + 2, r + 1, c + 8, b.desc);
    merge(ws, r + 2, c, r + 2, c + 1, '年度');
    put(ws, r + 2, c + 2, A_PERIODS);
    merge(ws, r + 3, c, r + 3, c + 1, '実績値');
    put(ws, r + 3, c + 2, b.actual);
    merge(ws, r + 4, c, r + 4, c + 1, '期待値');
    put(ws, r + 4, c + 2, b.expect);
    put(ws, r + 5, c, ['備考']);
    merge(ws, r + 5, c + 1, r + 5, c + 8, b.note);
    if (b.fmt) for (let k = 2; k <= 8; k++) for (const rr of [r + 3, r + 4]) ws.getCell(rr, c + k).numFmt = b.fmt;
    wrap(ws, r + 2, c + 2, r + 3, c + 8);
    box(ws, r, c, r + 5, c + 8);
  });
  return ws;
}

const S34 = '3-4';
const S35 = '3-5';
const A_34: ExpectedIndicator[] = [
  ind(S34, '特定健康診査受診率', '％', 44, 41.3, { actualStatus: 'provisional' }),
  ind(S34, '特定保健指導実施率', '％', 32, null, { actualStatus: 'pending' }),
  ind(S34, '国民健康保険税収納率（現年課税分）', '％', 95.6, 95.87),
  ind(S34, '後発医薬品の使用割合（数量シェア）', '％', 80, 79.5),
  ind(S34, '被保険者一人当たり医療費', '円', 390000, 401233, { direction: 'down' }),
];
const A_35: ExpectedIndicator[] = [
  ind(S35, '国民年金保険料納付率', '％', 74.5, 73.9),
  ind(S35, '後期高齢者健康診査受診率', '％', 30, 21.5),
  ind(S35, '後期高齢者医療保険料収納率', '％', 99.5, 99.58),
  ind(S35, 'フレイル予防教室参加者数', '人', 240, 130),
];

const policy: Holdout2Workbook = {
  name: 'h129-kokuho-shisaku-sheet',
  layout: 'A: 施策評価シート, two 施策 on two sheets, blocks R2（基準値）…R8（目標） with 実績値／期待値, a 速報値, a 集計中, 目指す方向 ↓',
  build(wb) {
    policySheet(
      wb,
      S34,
      { seisaku: '3 健やかに安心して暮らせるまち', shisaku: '3-4 医療保険制度の安定的な運営', ka: '保険年金課（関係課：健康づくり課）', last: '（B）' },
      [
        {
          name: '特定健康診査受診率',
          unit: '％',
          desc: '国民健康保険被保険者（40～74歳）のうち特定健康診査を受診した人の割合（法定報告）',
          actual: [35.6, 38.9, '41.3\n（速報値）'],
          expect: [undefined, 40, 44, 48, 52, 56, 60],
          note: 'R4は令和5年6月時点の速報値',
          fmt: '0.0',
        },
        {
          name: '特定保健指導実施率',
          unit: '％',
          desc: '特定保健指導の対象者のうち指導を終了した人の割合（法定報告）',
          actual: [24.1, 26.5, '集計中'],
          expect: [undefined, 28, 32, 38, 45, 52, 60],
          note: '法定報告値の確定（令和5年11月）後に記載',
          fmt: '0.0',
        },
        {
          name: '国民健康保険税収納率（現年課税分）',
          unit: '％',
          desc: '現年課税分の調定額に対する収納額の割合（出納閉鎖後）',
          actual: [95.12, 95.4, 95.87],
          expect: [undefined, 95.3, 95.6, 95.9, 96.2, 96.5, 96.8],
          fmt: '0.00',
        },
        {
          name: '後発医薬品の使用割合（数量シェア）',
          unit: '％',
          desc: '後発医薬品のある先発医薬品と後発医薬品を合わせた数量に占める後発医薬品の割合（各年度3月診療分）',
          actual: [76.8, 78.2, 79.5],
          expect: [undefined, 79, 80, 80, 80, 80, 80],
          fmt: '0.0',
        },
        {
          name: '被保険者一人当たり医療費',
          unit: '円',
          down: true,
          desc: '国民健康保険の医療費総額を年間平均被保険者数で除した額（伸びの抑制を目指す）',
          actual: [372114, 389560, 401233],
          expect: [undefined, 385000, 390000, 395000, 400000, 405000, 410000],
          note: '高齢化により医療費は増加傾向',
          fmt: '#,##0',
        },
      ],
    );
    policySheet(
      wb,
      S35,
      { seisaku: '3 健やかに安心して暮らせるまち', shisaku: '3-5 国民年金・後期高齢者医療制度の適正な運営', ka: '保険年金課', last: '（A）' },
      [
        {
          name: '国民年金保険料納付率',
          unit: '％',
          desc: '国民年金第1号被保険者の保険料納付率（日本年金機構公表値）',
          actual: [70.8, 72.3, 73.9],
          expect: [undefined, 73.5, 74.5, 75.5, 76.5, 77.5, 78.5],
          fmt: '0.0',
        },
        {
          name: '後期高齢者健康診査受診率',
          unit: '％',
          desc: '後期高齢者医療被保険者のうち健康診査を受診した人の割合',
          actual: [18.2, 22.7, 21.5],
          expect: [undefined, 25, 30, 32, 34, 36, 38],
          fmt: '0.0',
        },
        {
          name: '後期高齢者医療保険料収納率',
          unit: '％',
          desc: '後期高齢者医療保険料（現年度分）の収納率',
          actual: [99.41, 99.47, 99.58],
          expect: [undefined, 99.5, 99.5, 99.5, 99.5, 99.5, 99.5],
          fmt: '0.00',
        },
        {
          name: 'フレイル予防教室参加者数',
          unit: '人',
          desc: '高齢者の保健事業と介護予防の一体的実施による通いの場でのフレイル予防教室の延べ参加者数',
          actual: ['－', 96, 130],
          expect: [undefined, 200, 240, 280, 320, 360, 400],
          note: 'R3から実施。R4は感染拡大により一部中止',
        },
      ],
    );
  },
  expected: {
    file: 'h129-kokuho-shisaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: [...A_34, ...A_35],
    groups: [
      { sheet: S34, cell: 'N3', grade: rollUp(A_34.map((i) => i.grade)) },
      { sheet: S35, cell: 'N3', grade: rollUp(A_35.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// B: 保健事業 事業実績, text figures.

const SB = '事業実績';
const projects: Holdout2Workbook = {
  name: 'h129-hokenjigyo-jisseki',
  layout: 'B: 令和６年度 保健事業実績, text figures 「勧奨通知 12,450通」, two measures in one cell, full-width digits, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(SB);
    widths(ws, [6, 44, 20, 9, 26, 26, 12, 40]);
    merge(ws, 1, 1, 1, 8, '令和６年度　保健事業実績（国民健康保険・後期高齢者医療）');
    put(ws, 2, 1, ['基本方針']);
    merge(ws, 2, 2, 2, 5, '2 生活習慣病の発症予防と重症化予防');
    put(ws, 4, 1, ['No.', '事業名', 'R5年度実績', '自己評価', 'R6年度数値目標', 'R6年度実績', '事業実施状況', '成果・課題・今後の方向性']);
    const rows: Cell[][] = [
      [
        1,
        '2-1-1 特定健康診査未受診者勧奨事業\n【概要】過去の受診歴等を分析し、未受診者に受診勧奨通知を送付する。',
        '勧奨通知 11,800通',
        'A',
        '勧奨通知 12,000通',
        '勧奨通知 12,450通',
        '実施',
        '【成果】勧奨後の受診者が増加した。\n【今後の方向性】継続',
      ],
      [2, '2-1-2 特定保健指導利用勧奨事業', '初回面接 301人', 'B', '初回面接 350人', '初回面接 268人', '実施', '【課題】保健師の確保\n【今後の方向性】見直し'],
      [3, '2-1-3 糖尿病性腎症重症化予防事業', '', 'B', 'プログラム参加者 30人', 'プログラム参加者 22人', '実施', '【今後の方向性】継続'],
      [
        4,
        '2-1-4 ジェネリック医薬品差額通知事業',
        '発送回数 4回',
        'A',
        '発送回数 ４回',
        '発送回数 ４回',
        '実施',
        '【成果】延べ6,820通を送付\n【今後の方向性】継続',
      ],
      [
        5,
        '2-1-5 重複・頻回受診者訪問指導事業',
        '訪問指導 31人',
        'D',
        '訪問指導 40人',
        '未実施',
        '未実施',
        '【課題】委託先の確保ができず未実施\n【今後の方向性】見直し',
      ],
      [
        6,
        '2-1-6 人間ドック・脳ドック費用助成事業',
        '',
        'A',
        '助成件数 人間ドック:420件 脳ドック:150件',
        '助成件数 人間ドック:398件 脳ドック:161件',
        '実施',
        '【今後の方向性】継続',
      ],
      [7, '2-2-1 国保税口座振替推進事業', '口座振替加入率 52.8％', 'A', '口座振替加入率 55.0％', '口座振替加入率 53.2％', '実施', '【今後の方向性】継続'],
      [8, '2-2-2 健康マイレージ事業', '参加者数 1,406人', 'A', '参加者数 1,500人', '参加者数 1,812人', '実施', '【今後の方向性】拡充'],
      [9, '2-3-1 後期高齢者歯科健康診査事業', '受診者数 402人', 'C', '受診者数 800人', '受診者数 ４７６人', '実施', '【今後の方向性】継続'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    wrap(ws, 4, 1, 4 + rows.length, 8);
    box(ws, 4, 1, 4 + rows.length, 8);
  },
  expected: {
    file: 'h129-hokenjigyo-jisseki.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(SB, '特定健康診査未受診者勧奨事業', '通', 12000, 12450, { existing: 'A' }),
      ind(SB, '特定保健指導利用勧奨事業', '人', 350, 268, { existing: 'B' }),
      ind(SB, '糖尿病性腎症重症化予防事業', '人', 30, 22, { existing: 'B' }),
      ind(SB, 'ジェネリック医薬品差額通知事業', '回', 4, 4, { existing: 'A' }),
      ind(SB, '重複・頻回受診者訪問指導事業', '人', 40, null, { existing: 'D', actualStatus: 'not-implemented' }),
      {
        sheet: SB,
        name: '人間ドック・脳ドック費用助成事業',
        measures: [
          { label: '人間ドック', target: 420, actual: 398, unit: '件' },
          { label: '脳ドック', target: 150, actual: 161, unit: '件' },
        ],
        direction: 'up',
        existing: 'A',
        grade: 'B',
      },
      ind(SB, '国保税口座振替推進事業', '％', 55, 53.2, { existing: 'A' }),
      ind(SB, '健康マイレージ事業', '人', 1500, 1812, { existing: 'A' }),
      ind(SB, '後期高齢者歯科健康診査事業', '人', 800, 476, { existing: 'C' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// C: データヘルス計画 KPI, 目標値／実績値 rows per 年度.

const SC = 'KPI';
const kpi: Holdout2Workbook = {
  name: 'h129-datahealth-kpi',
  layout: 'C: 第２期データヘルス計画 KPI, 目標値／実績値 rows per 平成30年度…令和5年度, 「35.9 ％」, 減少を目指す指標 in 備考',
  build(wb) {
    const ws = wb.addWorksheet(SC);
    widths(ws, [34, 8, 11, 11, 11, 11, 11, 11, 26]);
    merge(ws, 1, 1, 1, 9, '第２期○○市国民健康保険データヘルス計画　評価指標（KPI）の達成状況');
    merge(ws, 2, 1, 2, 9, '（評価対象年度：令和３年度）');
    put(ws, 4, 1, ['評価指標', '区分', '平成30年度', '令和元年度', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '備考']);
    const kpis: [string, Cell[], Cell[], string?][] = [
      [
        '特定健康診査受診率',
        ['38.0 ％', '40.0 ％', '42.0 ％', '44.0 ％', '47.0 ％', '50.0 ％'],
        ['36.2 ％', '37.0 ％', '31.8 ％', '35.9 ％'],
        'R2は新型コロナウイルス感染症の影響',
      ],
      ['特定保健指導実施率', ['30.0 ％', '33.0 ％', '36.0 ％', '39.0 ％', '42.0 ％', '45.0 ％'], ['28.4 ％', '31.0 ％', '35.2 ％', '40.6 ％']],
      [
        'メタボリックシンドローム該当者・予備群の割合',
        ['-', '30.0 ％', '29.5 ％', '29.0 ％', '28.5 ％', '28.0 ％'],
        ['30.8 ％', '31.2 ％', '33.0 ％', '32.4 ％'],
        '減少を目指す指標',
      ],
      ['後発医薬品の使用割合（数量シェア）', ['70.0 ％', '75.0 ％', '78.0 ％', '80.0 ％', '80.0 ％', '80.0 ％'], ['71.5 ％', '74.9 ％', '77.8 ％', '79.1 ％']],
      ['新規人工透析導入患者数', ['-', '10 人', '9 人', '8 人', '7 人', '6 人'], ['12 人', '11 人', '9 人', '11 人'], '減少を目指す指標（国保被保険者）'],
    ];
    kpis.forEach(([name, targets, actuals, note], i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', ...targets]);
      put(ws, r + 1, 2, ['実績値', ...actuals]);
      merge(ws, r, 9, r + 1, 9, note ?? '');
    });
    box(ws, 4, 1, 14, 9);
  },
  expected: {
    file: 'h129-datahealth-kpi.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(SC, '特定健康診査受診率', '％', 44, 35.9),
      ind(SC, '特定保健指導実施率', '％', 39, 40.6),
      ind(SC, 'メタボリックシンドローム該当者・予備群の割合', '％', 29, 32.4, { direction: 'down' }),
      ind(SC, '後発医薬品の使用割合（数量シェア）', '％', 80, 79.1),
      ind(SC, '新規人工透析導入患者数', '人', 8, 11, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// D: 計画の指標 with 現況／目標／実績.

const SD = '計画の指標';
const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
const plan: Holdout2Workbook = {
  name: 'h129-kokuho-kenzenka-plan',
  layout: 'D: 国保事業運営健全化計画 点検評価, 現況 「94.85⏎（令和元年度）」, 目標（R7）, 実績 with its year, a blank 実績, unit in the name',
  build(wb) {
    const ws = wb.addWorksheet(SD);
    widths(ws, [6, 36, 40, 16, 11, 16, 26]);
    merge(ws, 1, 1, 1, 7, '○○市国民健康保険事業運営健全化計画　点検評価（令和５年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '現況（計画策定時）', '目標（R7）', '実績', '現状把握の方法']);
    const rows: Cell[][] = [
      [
        1,
        '国民健康保険税収納率（現年課税分）（％）',
        '現年課税分の調定額に対する収納額の割合',
        '94.85\n（令和元年度）',
        96,
        '95.62\n（令和5年度）',
        '決算（出納閉鎖後）',
      ],
      [
        2,
        '国民健康保険税収納率（滞納繰越分）（％）',
        '滞納繰越分の調定額に対する収納額の割合',
        '18.3\n（令和元年度）',
        25,
        '27.4\n（令和5年度）',
        '決算（出納閉鎖後）',
      ],
      [3, '後期高齢者医療保険料収納率（％）', '後期高齢者医療保険料（現年度分）の収納率', '99.42\n（令和元年度）', '99.50', '99.61\n（令和5年度）', '決算'],
      [4, '国民年金保険料納付率（％）', '国民年金第1号被保険者の保険料納付率', '68.2\n（令和元年度）', 75, '72.9\n（令和5年度）', '日本年金機構公表値'],
      [
        5,
        '短期被保険者証交付世帯数（世帯）',
        '国保税の滞納により短期被保険者証を交付している世帯数（減少を目指す）',
        '412\n（令和2年3月末）',
        300,
        '338\n（令和6年3月末）',
        '被保険者台帳',
      ],
      [6, '後期高齢者健康診査受診率（％）', '後期高齢者医療被保険者の健康診査受診率', '21.6\n（令和元年度）', 30, '', '広域連合実績報告'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    ws.getCell(4, 5).numFmt = '0.00';
    wrap(ws, 3, 1, 9, 7);
    box(ws, 3, 1, 9, 7);
  },
  expected: {
    file: 'h129-kokuho-kenzenka-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      fin(ind(SD, '国民健康保険税収納率（現年課税分）', '％', 96, 95.62)),
      fin(ind(SD, '国民健康保険税収納率（滞納繰越分）', '％', 25, 27.4)),
      fin(ind(SD, '後期高齢者医療保険料収納率', '％', 99.5, 99.61)),
      fin(ind(SD, '国民年金保険料納付率', '％', 75, 72.9)),
      fin(ind(SD, '短期被保険者証交付世帯数', '世帯', 300, 338, { direction: 'down' })),
      fin(ind(SD, '後期高齢者健康診査受診率', '％', 30, null, { actualStatus: 'missing' })),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, projects, kpi, plan];
