/**
 * Hold-out 146, the four families as 保育所・認定こども園・待機児童 offices write them: a 施策評価シート of 令和４年度 with stacked
 * indicator blocks (R1（基準値）…R7（目標値）, 期待値／実績値 rows, 目指す方向 ↓（減少） for 待機児童数, a 集計中 and a 期待値 set for
 * R7 alone); a 令和３年度 事業実績 of 保育 projects with text figures, 病児／病後児 in one cell and a 未実施; a 総合戦略 KPI table
 * closing 令和元年度 (令和2年3月末) with 「9 園」 style values and a 集計中; a 第２期子ども・子育て支援事業計画 成果指標 table of
 * 令和６年度 with years in the cells and a blank 実績.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const NUM = '#,##0';

/** One stacked indicator block of the 施策評価シート: 5 rows from `r`. */
function block(
  ws: Worksheet,
  r: number,
  no: string,
  name: string,
  unit: string,
  dir: string,
  desc: string,
  expect: (number | string | null)[],
  actual: (number | string | null)[],
  note: string,
): void {
  put(ws, r, 1, [`指標${no}`]);
  merge(ws, r, 2, r, 5, name);
  put(ws, r, 6, ['単位', unit, '目指す方向']);
  merge(ws, r, 9, r, 10, dir);
  put(ws, r + 1, 1, ['指標の説明']);
  merge(ws, r + 1, 2, r + 1, 10, desc);
  put(ws, r + 2, 1, ['年度', 'R1\n（基準値）', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
  merge(ws, r + 2, 9, r + 2, 10, '備考');
  put(ws, r + 3, 1, ['期待値\n※R7は目標値', ...expect]);
  put(ws, r + 4, 1, ['実績値', ...actual]);
  merge(ws, r + 3, 9, r + 4, 10, note || undefined);
  for (let c = 2; c <= 8; c++) for (const rr of [r + 3, r + 4]) ws.getCell(rr, c).numFmt = NUM;
  box(ws, r, 1, r + 4, 10);
  wrap(ws, r, 1, r + 4, 10);
}

const A_SHEET = '3-2';
const A_INDICATORS: ExpectedIndicator[] = [
  ind(A_SHEET, '保育所等待機児童数', '人', 10, 14, { direction: 'down' }),
  ind(A_SHEET, '保育所等利用定員数', '人', 3450, 3412),
  ind(A_SHEET, '認定こども園数', '園', 12, 12),
  ind(A_SHEET, '一時預かり事業延べ利用者数', '人', 9800, null, { actualStatus: 'pending' }),
  { ...ind(A_SHEET, '病児・病後児保育実施施設数', 'か所', 4, 3), targetSource: 'final' },
];

const policySheet: Holdout2Workbook = {
  name: 'h146-a-hoiku-shisaku',
  layout:
    'A: 令和５年度 施策評価シート（評価対象期間：令和４年度）, five stacked blocks R1（基準値）…R7（目標値） with 期待値／実績値 rows, 目指す方向 ↓（減少）, a 集計中, a 期待値 for R7 alone, an empty 施策の達成状況 beside 前年度評価 （B）',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [14, 11, 9, 9, 9, 9, 9, 11, 12, 16]);
    merge(ws, 1, 1, 1, 10, '令和５年度　施策評価シート　（評価対象期間：令和４年度）');
    put(ws, 2, 1, ['基本目標']);
    merge(ws, 2, 2, 2, 10, '３　子どもを安心して産み育てられるまち');
    put(ws, 3, 1, ['施策']);
    merge(ws, 3, 2, 3, 6, '3-2　保育サービスの充実と待機児童の解消');
    put(ws, 3, 7, ['担当課']);
    merge(ws, 3, 8, 3, 10, 'こども未来部　保育課');
    merge(ws, 4, 1, 4, 2, '施策の達成状況\n（A～D）');
    put(ws, 4, 4, ['前年度評価', '（B）']);
    merge(ws, 4, 6, 4, 10, 'A：順調（達成率100％以上）　B：概ね順調（80％以上100％未満）　C：やや遅れている（60％以上80％未満）　D：遅れている（60％未満）');
    box(ws, 2, 1, 4, 10);
    put(ws, 6, 1, ['■成果指標']);
    block(
      ws,
      7,
      '①',
      '保育所等待機児童数',
      '人',
      '↓（減少）',
      '国の定義に基づく各年度4月1日現在の待機児童数',
      [null, 30, 20, 10, 5, 0, 0],
      [42, 27, 15, 14],
      '令和4年4月1日現在',
    );
    block(
      ws,
      13,
      '②',
      '保育所等利用定員数',
      '人',
      '↑（増加）',
      '認可保育所・認定こども園（保育部分）・地域型保育事業の利用定員の合計',
      [null, 3280, 3360, 3450, 3520, 3580, 3650],
      [3190, 3275, 3341, 3412],
      '',
    );
    block(
      ws,
      19,
      '③',
      '認定こども園数',
      '園',
      '↑（増加）',
      '市内の認定こども園（幼保連携型・幼稚園型・保育所型）の数',
      [null, 9, 10, 12, 13, 14, 15],
      [8, 9, 11, 12],
      '',
    );
    block(
      ws,
      25,
      '④',
      '一時預かり事業延べ利用者数',
      '人',
      '↑（増加）',
      '一時預かり事業（一般型・幼稚園型）の年間延べ利用者数',
      [null, 9000, 9400, 9800, 10200, 10600, 11000],
      [8620, 6105, 7890, '集計中'],
      'R4実績は幼稚園型の実績報告待ち',
    );
    block(
      ws,
      31,
      '⑤',
      '病児・病後児保育実施施設数',
      'か所',
      '↑（増加）',
      '病児対応型・病後児対応型・体調不良児対応型の実施施設数',
      [null, null, null, null, null, null, 4],
      [2, 2, 3, 3],
      '期待値は最終年度（R7）のみ設定',
    );
    put(ws, 37, 1, ['■施策の成果と課題']);
    merge(
      ws,
      38,
      1,
      40,
      10,
      '・待機児童数は14人（前年度比1人減）となったが、期待値の10人には届かなかった。1歳児の申込みが前年度から38人増加している。\n・利用定員は小規模保育事業所2か所の開設により71人増加した。\n・一時預かり事業の実績は集計中であり、確定後に評価する。',
    );
    box(ws, 38, 1, 40, 10);
  },
  expected: {
    file: 'h146-a-hoiku-shisaku.xlsx',
    fiscalYear: 2022,
    indicators: A_INDICATORS,
    groups: [{ sheet: A_SHEET, cell: 'C4', grade: rollUp(A_INDICATORS.map((i) => i.grade)) }],
  },
};

const B_SHEET = '事業実績';

const projectTable: Holdout2Workbook = {
  name: 'h146-b-hoiku-jigyo',
  layout:
    'B: 令和３年度事業実績 (資料No.2): one row per 推進事業 (code, name, 【概要】 in one cell), R2年度実績値, 自己評価, R3年度数値目標 and R3年度実績値 as text, 病児／病後児 in one cell, 未実施, a 成果 note with 「12施設」',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 46, 20, 8, 20, 26, 50]);
    put(ws, 1, 1, ['令和３年度事業実績']);
    put(ws, 1, 7, ['資料No.2']);
    put(ws, 2, 1, ['基本方針']);
    merge(ws, 2, 2, 2, 7, '２　安心して子どもを預けられる保育環境の充実');
    put(ws, 3, 1, ['No.', '推進事業', 'R2年度実績値', '自己評価', 'R3年度数値目標', 'R3年度実績値', '成果・効果、課題、今後の方向性']);
    const rows: [string, string, string, string, string, string][] = [
      [
        '2-1-1 保育士等処遇改善事業費補助金\n【概要】市内の私立保育所等に勤務する保育士等の賃金改善に要する経費の一部を補助する。',
        '補助対象施設数 26施設',
        'A',
        '補助対象施設数 28施設',
        '補助対象施設数 28施設',
        '【成果・効果】全28施設で賃金改善が図られた。\n【今後の方向性】継続',
      ],
      [
        '2-1-2 保育士修学資金貸付事業\n【概要】市内の保育所等に就職を希望する保育士養成施設の学生に修学資金を貸し付ける。',
        '貸付人数 11人',
        'B',
        '貸付人数 15人',
        '貸付人数 10人',
        '【成果・効果】貸付を受けた卒業生6人が市内保育所に就職した。\n【課題】養成校への周知が不足している。\n【今後の方向性】継続',
      ],
      [
        '2-1-3 延長保育促進事業\n【概要】11時間の開所時間を超えて保育を実施する私立保育所等に対し、その経費を補助する。',
        '実施施設数 20か所',
        'A',
        '実施施設数 22か所',
        '実施施設数 21か所',
        '【成果・効果】延べ利用児童数は前年度より312人増加した。\n【今後の方向性】継続',
      ],
      [
        '2-1-4 病児保育事業\n【概要】病気又は病気の回復期にある児童を医療機関併設の専用施設で一時的に保育する。',
        '病児 1,020人\n病後児 288人',
        'B',
        '病児 1,200人\n病後児 300人',
        '病児 845人\n病後児 312人',
        '【成果・効果】感染症の流行期に利用が集中し、キャンセル待ちが生じた。\n【今後の方向性】拡充（令和4年度に1施設追加予定）',
      ],
      [
        '2-1-5 認可外保育施設指導監督事業\n【概要】認可外保育施設に立入調査を行い、保育内容や安全管理について指導する。',
        '立入調査施設数 12施設',
        'D',
        '立入調査施設数 12施設',
        '未実施',
        '【成果・効果】新型コロナウイルス感染症の影響により立入調査を見合わせ、書面による調査（12施設）を実施した。\n【今後の方向性】継続',
      ],
      [
        '2-2-1 保育所等整備交付金事業\n【概要】待機児童の解消を図るため、私立保育所等の施設整備に要する経費を補助する。',
        '整備施設数 3園',
        'A',
        '整備施設数 2園',
        '整備施設数 2園（うち認定こども園への移行 1園）',
        '【成果・効果】定員が90人増加した。\n【今後の方向性】見直し（需要の推移を踏まえ整備量を精査）',
      ],
      [
        '2-2-2 保育コンシェルジュ配置事業\n【概要】保育コンシェルジュを配置し、保護者のニーズに合った保育サービスの情報提供と相談を行う。',
        '相談件数 948件',
        'A',
        '相談件数 1,000件',
        '相談件数 1,136件',
        '【成果・効果】入所保留となった世帯への個別連絡を行い、42世帯が他施設の利用に結びついた。\n【今後の方向性】継続',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, [i + 1, ...row]));
    box(ws, 2, 1, 3 + rows.length, 7);
    wrap(ws, 3, 1, 3 + rows.length, 7);
  },
  expected: {
    file: 'h146-b-hoiku-jigyo.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(B_SHEET, '保育士等処遇改善事業費補助金', '施設', 28, 28, { existing: 'A' }),
      ind(B_SHEET, '保育士修学資金貸付事業', '人', 15, 10, { existing: 'B' }),
      ind(B_SHEET, '延長保育促進事業', 'か所', 22, 21, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '病児保育事業',
        measures: [
          { label: '病児', target: 1200, actual: 845, unit: '人' },
          { label: '病後児', target: 300, actual: 312, unit: '人' },
        ],
        existing: 'B',
        grade: gradeOf(1200, 845),
      },
      ind(B_SHEET, '認可外保育施設指導監督事業', '施設', 12, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(B_SHEET, '保育所等整備交付金事業', '園', 2, 2, { existing: 'A' }),
      ind(B_SHEET, '保育コンシェルジュ配置事業', '件', 1000, 1136, { existing: 'A' }),
    ],
    groups: [],
  },
};

const C_SHEET = 'KPI';

const kpiTable: Holdout2Workbook = {
  name: 'h146-c-sousenryaku-kpi',
  layout:
    'C: 第１期総合戦略 KPI 進捗状況（令和元年度末時点）: 目標値／実績値 rows per KPI under 平成30年3月末 / 平成31年3月末 / 令和2年3月末, values 「9 園」「2,790 人」, 「-」 where no target, a 集計中, ※減少を目指す指標 in 備考, a 備考 with dates',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [30, 8, 16, 14, 14, 14, 40]);
    merge(ws, 1, 1, 1, 7, 'まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和元年度末時点）');
    merge(ws, 2, 1, 2, 7, '基本目標３　若い世代の結婚・出産・子育ての希望をかなえる');
    put(ws, 4, 1, ['KPI', '区分', '基準値\n（平成27年3月末）', '平成30年3月末', '平成31年3月末', '令和2年3月末', '備考']);
    const kpis: [string, string, string[], string[], string][] = [
      ['認定こども園数', '2 園', ['5 園', '7 園', '9 園'], ['5 園', '6 園', '9 園'], ''],
      ['保育所等利用定員', '2,410 人', ['2,650 人', '2,750 人', '2,850 人'], ['2,640 人', '2,765 人', '2,790 人'], ''],
      ['保育所待機児童数', '28 人', ['10 人', '5 人', '0 人'], ['14 人', '9 人', '6 人'], '※減少を目指す指標'],
      [
        '地域子育て支援拠点延べ利用者数',
        '21,300 人',
        ['24,000 人', '25,000 人', '26,000 人'],
        ['23,480 人', '24,912 人', '20,150 人'],
        '新型コロナウイルス感染症対策のため令和2年3月2日から3月31日まで休館',
      ],
      ['ファミリー・サポート・センター会員数', '-', ['-', '550 人', '600 人'], ['512 人', '563 人', '集計中'], '令和元年度実績は6月確定'],
    ];
    kpis.forEach(([name, base, targets, actuals, note], i) => {
      const r = 5 + 2 * i;
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', base, ...targets]);
      put(ws, r + 1, 2, ['実績値', undefined, ...actuals]);
      merge(ws, r, 3, r + 1, 3, base);
      merge(ws, r, 7, r + 1, 7, note || undefined);
    });
    box(ws, 4, 1, 4 + 2 * kpis.length, 7);
    wrap(ws, 4, 1, 4 + 2 * kpis.length, 7);
  },
  expected: {
    file: 'h146-c-sousenryaku-kpi.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(C_SHEET, '認定こども園数', '園', 9, 9),
      ind(C_SHEET, '保育所等利用定員', '人', 2850, 2790),
      ind(C_SHEET, '保育所待機児童数', '人', 0, 6, { direction: 'down' }),
      ind(C_SHEET, '地域子育て支援拠点延べ利用者数', '人', 26000, 20150),
      ind(C_SHEET, 'ファミリー・サポート・センター会員数', '人', 600, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

const D_SHEET = '計画の指標';
const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const planIndicators: Holdout2Workbook = {
  name: 'h146-d-keikaku-shihyo',
  layout:
    'D: 第２期子ども・子育て支援事業計画 成果指標の達成状況（令和６年度実績）: 現況（計画策定時） 「38⏎（平成31年4月1日）」, 目標（R6）, 実績 with its year, a 単位 column, a 減少を目指す in 指標の説明, a blank 実績, 現状把握の方法',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 30, 36, 7, 16, 11, 16, 24]);
    merge(ws, 1, 1, 1, 8, '第２期子ども・子育て支援事業計画　成果指標の達成状況（令和６年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R6）', '実績', '現状把握の方法']);
    const rows: (string | number | undefined)[][] = [
      [
        1,
        '保育所等待機児童数',
        '4月1日現在の国定義による待機児童数。減少を目指す。',
        '人',
        '38\n（平成31年4月1日）',
        0,
        '0\n（令和6年4月1日）',
        '待機児童数調査（4月1日）',
      ],
      [
        2,
        '保育所等利用定員',
        '認可保育所・認定こども園・地域型保育事業の利用定員の合計',
        '人',
        '3,210\n（令和元年度）',
        3600,
        '3,574\n（令和6年度）',
        '施設台帳',
      ],
      [
        3,
        '子育てしやすいまちだと思う保護者の割合',
        '就学前児童の保護者のうち「そう思う」「ややそう思う」と回答した割合',
        '％',
        '61.2\n（平成30年度）',
        70.0,
        undefined,
        'ニーズ調査（次期計画策定時）',
      ],
      [4, '認定こども園数', '幼保連携型・幼稚園型・保育所型の合計', '園', '4\n（平成31年4月1日）', 10, '9\n（令和6年度）', '施設台帳'],
      [5, '保育士・保育所支援センターを通じた就職者数', '年間の就職者数', '人', '18\n（平成30年度）', 30, '17\n（令和6年度）', 'センター実績報告'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    for (let r = 4; r < 4 + rows.length; r++) ws.getCell(r, 6).numFmt = NUM;
    ws.getCell(6, 6).numFmt = '0.0';
    box(ws, 3, 1, 3 + rows.length, 8);
    wrap(ws, 3, 1, 3 + rows.length, 8);
  },
  expected: {
    file: 'h146-d-keikaku-shihyo.xlsx',
    fiscalYear: 2024,
    indicators: [
      final(ind(D_SHEET, '保育所等待機児童数', '人', 0, 0, { direction: 'down' })),
      final(ind(D_SHEET, '保育所等利用定員', '人', 3600, 3574)),
      final(ind(D_SHEET, '子育てしやすいまちだと思う保護者の割合', '％', 70, null, { actualStatus: 'missing' })),
      final(ind(D_SHEET, '認定こども園数', '園', 10, 9)),
      final(ind(D_SHEET, '保育士・保育所支援センターを通じた就職者数', '人', 30, 17)),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
