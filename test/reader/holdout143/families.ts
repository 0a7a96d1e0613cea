/**
 * Hold-out 143, the four families as the offices of 会計・契約・入札・財産管理 write them: a 施策評価シート of 公有財産 and
 * 契約事務 with indicator blocks tiled two across (目指す方向 ↑／↓ in each block, one block with only the final 目標値 as 期待値),
 * a 令和３年度 事業実績 of 契約検査課・管財課・会計課 with text figures, a 行財政改革 KPI table with 目標値／実績値 rows per 年度
 * and ◎○△× by a legend of bands, and a 公共施設等総合管理計画 点検評価 with 現況／目標（R7）／実績 and years in the cells.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put, rollUp } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, four indicator blocks tiled two across.

interface Block {
  no: string;
  name: string;
  dir: '↑（増加）' | '↓（減少）';
  desc: string;
  unit: string;
  /** R2（現状値）, R3, R4 actuals ('－' as written). */
  actuals: (number | string)[];
  /** 期待値 R3…R6 (undefined: blank). */
  expected: (number | undefined)[];
  note: string;
}

/** One block of 6 rows × 7 columns from (r, c). */
function block(ws: Worksheet, r: number, c: number, b: Block): void {
  put(ws, r, c, [b.no]);
  merge(ws, r, c + 1, r, c + 4, b.name);
  put(ws, r, c + 5, ['目指す方向', b.dir]);
  put(ws, r + 1, c, ['指標の説明']);
  merge(ws, r + 1, c + 1, r + 1, c + 6, b.desc);
  put(ws, r + 2, c, ['単位', '区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6']);
  merge(ws, r + 3, c, r + 4, c, b.unit);
  put(ws, r + 3, c + 1, ['実績値', ...b.actuals]);
  put(ws, r + 4, c + 1, ['期待値\n※R6は目標値', undefined, ...b.expected]);
  put(ws, r + 5, c, ['備考']);
  merge(ws, r + 5, c + 1, r + 5, c + 6, b.note);
  wrap(ws, r + 2, c, r + 4, c + 6);
  box(ws, r, c, r + 5, c + 6);
  ws.getRow(r + 1).height = 30;
  ws.getRow(r + 4).height = 30;
}

const A_SHEET = '施策5-4';
const A_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '電子入札の実施率',
    dir: '↑（増加）',
    desc: '建設工事及び業務委託の入札のうち、電子入札システムにより実施した件数の割合',
    unit: '％',
    actuals: [62.5, 71.0, 78.4],
    expected: [68.0, 75.0, 82.0, 90.0],
    note: '紙入札は災害復旧工事等の緊急案件に限定',
  },
  {
    no: '指標②',
    name: '未利用市有地の売却件数',
    dir: '↑（増加）',
    desc: '未利用となった市有地（普通財産）を一般競争入札等により売却した件数',
    unit: '件',
    actuals: [3, 4, 2],
    expected: [4, 4, 4, 4],
    note: '令和４年度は入札不調２件（令和５年度に再公告予定）',
  },
  {
    no: '指標③',
    name: '公共施設の総延床面積',
    dir: '↓（減少）',
    desc: '市が保有する公共施設（インフラ施設を除く）の延床面積の合計（各年度末）',
    unit: '㎡',
    actuals: [412380, 410950, 406120],
    expected: [411000, 408000, 403000, 392000],
    note: '旧南部給食センター（1,830㎡）を令和４年度に解体',
  },
  {
    no: '指標④',
    name: '契約事務研修の受講者数',
    dir: '↑（増加）',
    desc: '各課の契約事務担当職員を対象とした研修の受講者数',
    unit: '人',
    actuals: ['－', 48, 57],
    expected: [undefined, undefined, undefined, 80],
    note: '令和２年度は感染症対策のため中止。令和３年度新設の指標のため期待値は目標値（R6）のみ設定',
  },
];

const A_INDICATORS: ExpectedIndicator[] = [
  ind(A_SHEET, '電子入札の実施率', '％', 75.0, 78.4),
  ind(A_SHEET, '未利用市有地の売却件数', '件', 4, 2),
  ind(A_SHEET, '公共施設の総延床面積', '㎡', 408000, 406120, { direction: 'down' }),
  { ...ind(A_SHEET, '契約事務研修の受講者数', '人', 80, 57), targetSource: 'final' },
];

const shisakuSheet: Holdout2Workbook = {
  name: 'h143-a-zaisan-shisaku',
  layout:
    '施策評価シート（評価対象年度：令和４年度）, four blocks tiled two across with 目指す方向 ↑／↓, R2（現状値）…R6, 期待値※R6は目標値, one block with only the R6 目標値, 「－」 in a 実績値, notes with figures',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [11, 12, 10, 10, 10, 10, 11, 3, 11, 12, 10, 10, 10, 10, 11]);
    merge(ws, 1, 1, 1, 15, '第２次総合計画　令和５年度施策評価シート（評価対象年度：令和４年度）');
    put(ws, 3, 1, ['基本目標']);
    merge(ws, 3, 2, 3, 7, '５　健全で持続可能な行財政運営');
    put(ws, 3, 9, ['主管課']);
    merge(ws, 3, 10, 3, 15, '財務部 管財課（関係課：契約検査課・会計課）');
    put(ws, 4, 1, ['施策']);
    merge(ws, 4, 2, 4, 7, '5-4　公有財産の適正管理と公正な契約事務の推進');
    put(ws, 4, 9, ['施策の達成状況', 'B', '（B）']);
    merge(ws, 4, 12, 4, 15, '※（　）内は前年度の評価結果');
    put(ws, 5, 1, ['施策の目的']);
    merge(ws, 5, 2, 5, 15, '公有財産を適正に管理・活用し、入札・契約事務の透明性と競争性を高めることで、市民の信頼に応える財産管理と契約を実現する。');
    box(ws, 3, 1, 5, 15);
    put(ws, 7, 1, ['■成果指標']);
    block(ws, 8, 1, A_BLOCKS[0]);
    block(ws, 8, 9, A_BLOCKS[1]);
    block(ws, 15, 1, A_BLOCKS[2]);
    block(ws, 15, 9, A_BLOCKS[3]);
    put(ws, 22, 1, ['■達成状況の分析']);
    merge(
      ws,
      23,
      1,
      25,
      15,
      '・電子入札は対象案件の拡大により期待値を上回った。\n・未利用市有地の売却は入札不調が続き期待値を下回った。\n・契約事務研修はオンライン開催を加え受講者が増加した。',
    );
    put(ws, 27, 1, ['施策の達成状況　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
  },
  expected: {
    file: 'h143-a-zaisan-shisaku.xlsx',
    fiscalYear: 2022,
    indicators: A_INDICATORS,
    groups: [{ sheet: A_SHEET, cell: 'J4', grade: rollUp(A_INDICATORS.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// B: 事業実績 table with text figures.

const B_SHEET = '資料２';

const keiyakuJigyo: Holdout2Workbook = {
  name: 'h143-b-keiyaku-jigyo',
  layout:
    '令和３年度 事業実績 of 契約検査課・管財課・会計課: code, name and 概要 in one cell, 数値目標／実績値 as text with labels, two measures in one cell, 未実施, a figure in parentheses, 自己評価 A–D',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 34, 18, 18, 22, 8, 30, 26, 10]);
    put(ws, 1, 1, ['令和３年度　契約・財産管理関係事業の実績について']);
    put(ws, 1, 9, ['資料２']);
    put(ws, 2, 1, ['（財務部　契約検査課・管財課・会計課）']);
    put(ws, 4, 1, ['No.', '推進事業', '令和２年度実績値', '令和３年度数値目標', '令和３年度実績値', '自己評価', '成果・効果', '課題', '今後の方向性']);
    const rows: (string | undefined)[][] = [
      [
        '1',
        '(1)-①\n電子入札推進事業\n建設工事・業務委託の入札を電子入札システムにより実施する。',
        '電子入札件数 402件',
        '電子入札件数 450件',
        '電子入札件数 468件',
        'A',
        '対象を130万円超の業務委託に拡大した。',
        '小規模事業者の電子証明書取得',
        '継続',
      ],
      [
        '2',
        '(1)-②\n電子契約導入事業\n契約書の締結を電子契約サービスにより行う。',
        '－',
        '導入課数 5課',
        '未実施',
        'D',
        'サービス選定に時間を要し、導入を令和４年度に延期した。',
        '庁内規程の改正',
        '見直し',
      ],
      [
        '3',
        '(2)-①\n入札参加資格審査事業\n競争入札参加資格の審査を行い、有資格者名簿を作成する。',
        '建設工事 405者\n物品・役務 651者',
        '建設工事 420者\n物品・役務 680者',
        '建設工事:398者\n物品・役務:702者',
        'B',
        '物品・役務は電子申請の開始により増加した。',
        '市内建設業者の減少',
        '継続',
      ],
      [
        '4',
        '(3)-①\n市有財産売払事業\n未利用の市有地を一般競争入札等により売却する。',
        '売却 3件',
        '売却件数 8件',
        '売却件数 5件\n（うち一般競争入札 3件）',
        'B',
        '売払収入 41,380千円',
        '不整形地の入札不調',
        '拡充',
      ],
      [
        '5',
        '(3)-②\n普通財産貸付事業\n普通財産を民間事業者等に貸し付ける。',
        '貸付収入 11,870千円',
        '貸付収入 12,000千円',
        '貸付収入 12,460千円',
        'A',
        '自動販売機設置場所の貸付を公募に切り替えた。',
        '貸付料の見直し',
        '継続',
      ],
      [
        '6',
        '(4)-①\n会計事務指導事業\n各課の会計事務の実地検査と指導を行う。',
        '実地検査 20課',
        '実地検査 24課',
        '実地検査 18課',
        'B',
        '書面検査を併用し全課を確認した。',
        '検査人員の確保',
        '継続',
      ],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    wrap(ws, 4, 1, 10, 9);
    box(ws, 4, 1, 10, 9);
    for (let r = 5; r <= 10; r++) ws.getRow(r).height = 48;
    put(ws, 12, 1, ['※自己評価　A：目標を達成　B：目標の80％以上　C：目標の60％以上　D：目標の60％未満又は未実施']);
  },
  expected: {
    file: 'h143-b-keiyaku-jigyo.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(B_SHEET, '電子入札推進事業', '件', 450, 468, { existing: 'A' }),
      ind(B_SHEET, '電子契約導入事業', '課', 5, null, { actualStatus: 'not-implemented', existing: 'D' }),
      {
        sheet: B_SHEET,
        name: '入札参加資格審査事業',
        unit: '者',
        measures: [
          { label: '建設工事', target: 420, actual: 398, unit: '者' },
          { label: '物品・役務', target: 680, actual: 702, unit: '者' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B_SHEET, '市有財産売払事業', '件', 8, 5, { existing: 'B' }),
      ind(B_SHEET, '普通財産貸付事業', '千円', 12000, 12460, { existing: 'A' }),
      ind(B_SHEET, '会計事務指導事業', '課', 24, 18, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// C: KPI table, 目標値／実績値 rows per 年度, values with units, ◎○△× by a legend of bands.

const C_SHEET = 'KPI進捗';

interface Kpi {
  name: string;
  targets: string[];
  actuals: string[];
  mark: string;
}

const KPIS: Kpi[] = [
  {
    name: '電子入札の実施率',
    targets: ['－', '80.0 ％', '85.0 ％', '90.0 ％', '95.0 ％'],
    actuals: ['72.4 ％', '81.0 ％', '86.2 ％', '88.9 ％'],
    mark: '○',
  },
  {
    name: '公金のキャッシュレス収納件数',
    targets: ['－', '20,000 件', '30,000 件', '40,000 件', '50,000 件'],
    actuals: ['12,480 件', '21,950 件', '33,610 件', '46,205 件'],
    mark: '◎',
  },
  {
    name: '未利用財産の売却額',
    targets: ['－', '30,000 千円', '30,000 千円', '30,000 千円', '30,000 千円'],
    actuals: ['18,200 千円', '41,500 千円', '22,300 千円', '16,840 千円'],
    mark: '×',
  },
  {
    name: '特命随意契約の割合',
    targets: ['－', '13.0 ％以下', '11.5 ％以下', '10.0 ％以下', '9.0 ％以下'],
    actuals: ['14.8 ％', '12.6 ％', '11.9 ％', '9.6 ％'],
    mark: '◎',
  },
  {
    name: '工事成績評定点の平均',
    targets: ['－', '75.0 点', '75.0 点', '75.0 点', '75.0 点'],
    actuals: ['74.1 点', '75.3 点', '74.8 点', '集計中'],
    mark: '－',
  },
];

const gyokakuKpi: Holdout2Workbook = {
  name: 'h143-c-gyokaku-kpi',
  layout:
    '行財政改革推進プラン KPI: 目標値／実績値 rows per 令和2年度（基準値）…令和6年度（最終）, values with units 「88.9 ％」「16,840 千円」, 「○○ ％以下」 targets, 集計中, ◎○△× by a legend of bands alone',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [5, 30, 9, 13, 13, 13, 13, 13, 9]);
    put(ws, 1, 1, ['第２次行財政改革推進プラン　重要業績評価指標（KPI）の進捗状況']);
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    put(ws, 2, 7, ['令和６年７月　行財政改革推進本部']);
    put(ws, 4, 1, ['No.', 'KPI', '区分', '令和2年度\n（基準値）', '令和3年度', '令和4年度', '令和5年度', '令和6年度\n（最終）', '評価\n（R5）']);
    KPIS.forEach((k, i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, k.name);
      put(ws, r, 3, ['目標値', ...k.targets]);
      put(ws, r + 1, 3, ['実績値', ...k.actuals]);
      merge(ws, r, 9, r + 1, 9, k.mark);
    });
    wrap(ws, 4, 1, 4, 9);
    box(ws, 4, 1, 14, 9);
    put(ws, 16, 1, ['評価　◎：達成率100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満　－：実績未確定']);
    put(ws, 17, 1, ['※「○○％以下」の指標は、目標値÷実績値により達成率を算出']);
  },
  expected: {
    file: 'h143-c-gyokaku-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, '電子入札の実施率', '％', 90.0, 88.9, { existing: '○' }),
      ind(C_SHEET, '公金のキャッシュレス収納件数', '件', 40000, 46205, { existing: '◎' }),
      ind(C_SHEET, '未利用財産の売却額', '千円', 30000, 16840, { existing: '×' }),
      ind(C_SHEET, '特命随意契約の割合', '％', 10.0, 9.6, { direction: 'down', existing: '◎' }),
      ind(C_SHEET, '工事成績評定点の平均', '点', 75.0, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// D: plan indicators, 現況（計画策定時）／目標（R7）／実績 with years in the cells.

const D_SHEET = '点検評価';

const kokyoShisetsu: Holdout2Workbook = {
  name: 'h143-d-kokyo-shisetsu-keikaku',
  layout:
    '公共施設等総合管理計画 成果指標の点検評価（令和２年度実績）: 指標(単位), 目標の方向 増加／減少, 現況 「398,420⏎（平成28年度末）」, 目標（R7）, 実績 with its year, 集計中, 現状把握の方法',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 26, 30, 9, 16, 12, 18, 22, 22]);
    put(ws, 1, 1, ['令和３年度　公共施設等総合管理計画　成果指標の点検評価（令和２年度実績）']);
    put(ws, 2, 8, ['財務部 資産経営課']);
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '目標の方向', '現況\n（計画策定時）', '目標\n（R7）', '実績', '現状把握の方法', '備考']);
    const rows: (string | number | undefined)[][] = [
      [
        1,
        '公共施設の延床面積(㎡)',
        '市が保有する公共建築物の延床面積の合計',
        '減少',
        '398,420\n（平成28年度末）',
        '378,500',
        '391,065\n（令和2年度末）',
        '固定資産台帳',
        '計画期間中に５％削減',
      ],
      [
        2,
        '長寿命化改修の実施施設数(施設)',
        '個別施設計画に基づき長寿命化改修を実施した施設数（計画期間内の累計）',
        '増加',
        '0\n（平成28年度）',
        '24',
        '11\n（令和2年度末）',
        '営繕課調べ',
        undefined,
      ],
      [3, '普通財産の貸付収入(千円)', '土地・建物の貸付による収入額', '増加', '8,420\n（平成28年度）', '12,000', '集計中', '歳入決算額', '決算確定後に記入'],
      [
        4,
        '公有財産台帳の電子化率(%)',
        '公有財産台帳のうち財産管理システムに登録済みの割合',
        '増加',
        '35.0\n（平成28年度）',
        '100',
        '100\n（令和2年度）',
        '資産経営課調べ',
        '令和2年度に全件登録完了',
      ],
      [
        5,
        '公共施設の光熱水費(千円)',
        '市有施設の電気・ガス・上下水道料金の合計',
        '減少',
        '412,800\n（平成28年度）',
        '380,000',
        '372,650\n（令和2年度）',
        '財務会計システム',
        '休館による減を含む',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 8, 9);
    box(ws, 3, 1, 8, 9);
    for (let r = 4; r <= 8; r++) ws.getRow(r).height = 36;
  },
  expected: {
    file: 'h143-d-kokyo-shisetsu-keikaku.xlsx',
    fiscalYear: 2020,
    indicators: [
      { ...ind(D_SHEET, '公共施設の延床面積', '㎡', 378500, 391065, { direction: 'down' }), targetSource: 'final' },
      { ...ind(D_SHEET, '長寿命化改修の実施施設数', '施設', 24, 11), targetSource: 'final' },
      { ...ind(D_SHEET, '普通財産の貸付収入', '千円', 12000, null, { actualStatus: 'pending' }), targetSource: 'final' },
      { ...ind(D_SHEET, '公有財産台帳の電子化率', '%', 100, 100), targetSource: 'final' },
      { ...ind(D_SHEET, '公共施設の光熱水費', '千円', 380000, 372650, { direction: 'down' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [shisakuSheet, keiyakuJigyo, gyokakuKpi, kokyoShisetsu];
