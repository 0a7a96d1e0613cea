/**
 * Hold-out 163, the four families as 地域医療・医師確保・救急医療 offices write them: a 施策評価シート with four indicator blocks
 * tiled two across, a 事業実績 table with text figures, a 総合戦略 KPI table with 目標値／実績値 rows per 3月末, and a 地域医療計画
 * 成果指標 table with 現況／目標／実績 and their dates in the cells.
 */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

// ---------------------------------------------------------------- A: 施策評価シート (evaluation of 令和４年度)

const A_SHEET = '施策2-3';

interface Block {
  no: string;
  name: string;
  description: string;
  unit: string;
  direction: string;
  actuals: (number | string | undefined)[];
  expects: (number | string | undefined)[];
  note: string;
}

function block(ws: Worksheet, row: number, col: number, b: Block): void {
  put(ws, row, col, [b.no]);
  merge(ws, row, col + 1, row, col + 6, b.name);
  put(ws, row + 1, col, ['指標の説明']);
  merge(ws, row + 1, col + 1, row + 1, col + 6, b.description);
  put(ws, row + 2, col, ['単位', b.unit]);
  merge(ws, row + 2, col + 2, row + 2, col + 3, '目指す方向');
  merge(ws, row + 2, col + 4, row + 2, col + 6, b.direction);
  put(ws, row + 3, col, ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
  put(ws, row + 4, col, ['実績値', ...b.actuals]);
  put(ws, row + 5, col, ['期待値\n※R7は目標値', ...b.expects]);
  put(ws, row + 6, col, ['備考']);
  merge(ws, row + 6, col + 1, row + 6, col + 6, b.note);
  box(ws, row, col, row + 6, col + 6);
  wrap(ws, row + 3, col, row + 5, col + 6);
}

const A_BLOCKS: Block[] = [
  {
    no: '成果指標①',
    name: '市内病院の常勤医師数',
    description: '市内５病院に勤務する常勤医師の数（各年度末現在）',
    unit: '人',
    direction: '↑（増加）',
    actuals: [118, 120, 121, undefined, undefined, undefined],
    expects: [undefined, 124, 128, 132, 136, 140],
    note: '大学医局からの派遣医師２名の引揚げがあった。',
  },
  {
    no: '成果指標②',
    name: '救急隊の現場到着所要時間（平均）',
    description: '119番通報の入電から救急隊が現場に到着するまでの平均時間',
    unit: '分',
    direction: '↓（短縮）',
    actuals: [9.6, 9.5, 9.4, undefined, undefined, undefined],
    expects: [undefined, 9.3, 9.0, 8.8, 8.6, 8.5],
    note: 'R4救急出動件数 5,412件（前年比＋8.2％）',
  },
  {
    no: '成果指標③',
    name: '医師修学資金貸与者数（累計）',
    description: '将来市内の医療機関に勤務する意思のある医学生への修学資金貸与者の累計',
    unit: '人',
    direction: '↑（増加）',
    actuals: [12, 16, 20, undefined, undefined, undefined],
    expects: [undefined, 15, 18, 22, 26, 30],
    note: '',
  },
  {
    no: '成果指標④',
    name: '救命講習受講者数',
    description: '消防本部が実施する普通・上級救命講習の受講者数',
    unit: '人',
    direction: '↑（増加）',
    actuals: [412, 838, '集計中', undefined, undefined, undefined],
    expects: [undefined, 1200, 1500, 1800, 2200, 2500],
    note: 'R4実績は県消防学校分の報告待ち',
  },
];

const A_INDICATORS = [
  ind(A_SHEET, '市内病院の常勤医師数', '人', 128, 121),
  ind(A_SHEET, '救急隊の現場到着所要時間（平均）', '分', 9.0, 9.4, { direction: 'down' }),
  ind(A_SHEET, '医師修学資金貸与者数（累計）', '人', 18, 20),
  ind(A_SHEET, '救命講習受講者数', '人', 1500, null, { actualStatus: 'pending' }),
];

const policySheet: Holdout2Workbook = {
  name: 'h163-a-chiiki-iryo-shisaku',
  layout:
    'A: 施策評価シート, four blocks tiled two across with R2（現状値）…R7（目標値）, 実績値／期待値 rows, ↓（短縮）, a 集計中, empty 施策の達成状況 beside 「（B）」',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [14, 9, 8, 8, 8, 8, 10, 3, 14, 9, 8, 8, 8, 8, 10]);
    merge(ws, 1, 1, 1, 15, '○○市総合計画　令和５年度施策評価シート（評価対象期間：令和４年度）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 15, '３　誰もが健康で安心して暮らせるまち');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 15, '2-3　地域医療の確保と救急医療体制の充実');
    put(ws, 5, 1, ['担当部等']);
    merge(ws, 5, 2, 5, 15, '保健福祉部（地域医療課）、消防本部（救急課）');
    put(ws, 6, 1, ['施策の達成状況', undefined, '（B）', '※（　）内は前年度の評価']);
    merge(
      ws,
      7,
      1,
      7,
      15,
      '評価基準　A：順調（期待値に対する達成率が100％以上）　B：概ね順調（80％以上）　C：やや遅れている（60％以上）　D：遅れている（60％未満）',
    );
    box(ws, 3, 1, 6, 15);
    block(ws, 9, 1, A_BLOCKS[0]);
    block(ws, 9, 9, A_BLOCKS[1]);
    block(ws, 17, 1, A_BLOCKS[2]);
    block(ws, 17, 9, A_BLOCKS[3]);
    put(ws, 25, 1, ['達成状況分析']);
    merge(
      ws,
      25,
      2,
      25,
      15,
      '・常勤医師数は大学医局の派遣引揚げにより期待値を下回った。\n・修学資金貸与者は期待値を上回り、将来の医師確保に向けた取組が進んでいる。',
    );
  },
  expected: {
    file: 'h163-a-chiiki-iryo-shisaku.xlsx',
    fiscalYear: 2022,
    indicators: A_INDICATORS,
    groups: [{ sheet: A_SHEET, cell: 'B6', grade: rollUp(A_INDICATORS.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------- B: 事業実績 (令和３年度)

const B_SHEET = '事業実績';

const projectTable: Holdout2Workbook = {
  name: 'h163-b-iryo-jigyo-jisseki',
  layout: 'B: 推進事業 rows with R2年度実績値, 自己評価, R3年度数値目標／実績値 as text (「延べ 72日」「講演会 1回（…）」), two measures in one cell, a 未実施',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [6, 36, 18, 8, 22, 26, 30, 10]);
    merge(ws, 1, 1, 1, 8, '令和３年度　地域医療推進事業 実績一覧');
    put(ws, 2, 1, ['担当：健康推進課 地域医療係']);
    put(ws, 4, 1, ['No.', '推進事業', 'R2年度実績値', '自己評価', 'R3年度数値目標', 'R3年度実績値', '成果・効果／課題', '今後の方向性']);
    const rows: (string | undefined)[][] = [
      [
        '1',
        '(1)医師確保対策事業\n地域枠医学生等への修学資金の貸与',
        '修学資金貸与者 6人',
        'B',
        '修学資金貸与者 5人',
        '修学資金貸与者 4人',
        '新規貸与は4人。募集説明会を医学部2校で実施した。',
        '継続',
      ],
      [
        '2',
        '(2)救急医療啓発事業\n救急車の適正利用に関する講演会の開催',
        '講演会 2回',
        'C',
        '講演会 3回',
        '講演会 1回（2回はコロナ禍により中止）',
        '広報紙で＃7119の周知を行った。',
        '見直し',
      ],
      ['3', '(3)在宅当番医制運営事業\n休日の一次救急を在宅当番医で実施', '延べ 71日', 'A', '延べ 70日', '延べ 72日', '年末年始を含め全日確保できた。', '継続'],
      [
        '4',
        '(4)医療従事者就職説明会開催事業\n市内病院合同の看護職・医療技術職の就職説明会',
        '参加者 35人',
        'D',
        '参加者 40人',
        '未実施',
        '感染拡大により開催を中止した。',
        '継続',
      ],
      [
        '5',
        '(5)病院群輪番制病院運営費補助\n二次救急医療を輪番で担う病院への運営費補助',
        '輪番日数 365日\n受入患者数 2,712人',
        'B',
        '輪番日数 365日\n受入患者数 2,800人',
        '輪番日数 365日\n受入患者数 2,536人',
        '受診控えにより受入患者数は減少した。',
        '継続',
      ],
      [
        '6',
        '(6)ドクターヘリ離着陸場整備事業\nランデブーポイントの整備',
        '整備 1か所',
        'A',
        '整備 2か所',
        '整備 2か所',
        '中山間地域の2か所を整備した。',
        '拡充',
      ],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    box(ws, 4, 1, 10, 8);
    wrap(ws, 4, 1, 10, 8);
    put(ws, 12, 1, ['※自己評価　A：目標を達成した　B：概ね達成した　C：一部の達成にとどまった　D：達成できなかった']);
  },
  expected: {
    file: 'h163-b-iryo-jigyo-jisseki.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(B_SHEET, '医師確保対策事業', '人', 5, 4, { existing: 'B' }),
      ind(B_SHEET, '救急医療啓発事業', '回', 3, 1, { existing: 'C' }),
      ind(B_SHEET, '在宅当番医制運営事業', '日', 70, 72, { existing: 'A' }),
      ind(B_SHEET, '医療従事者就職説明会開催事業', '人', 40, null, { actualStatus: 'not-implemented', existing: 'D' }),
      {
        sheet: B_SHEET,
        name: '病院群輪番制病院運営費補助',
        measures: [
          { label: '輪番日数', target: 365, actual: 365, unit: '日' },
          { label: '受入患者数', target: 2800, actual: 2536, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B_SHEET, 'ドクターヘリ離着陸場整備事業', 'か所', 2, 2, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- C: 総合戦略 KPI (令和６年度実績)

const C_SHEET = 'KPI進捗';

const kpiTable: Holdout2Workbook = {
  name: 'h163-c-sogo-senryaku-kpi',
  layout:
    'C: KPI × 令和4年3月末…令和8年3月末 with 目標値／実績値 rows, values 「10 人」「41.5 分」, 目指す方向 短縮, a KPI with 「-」 targets, ◎○△× with a 100/80/60 legend in words',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [34, 8, 10, 14, 12, 12, 12, 12, 12, 10]);
    merge(ws, 1, 1, 1, 10, '第２期○○市まち・ひと・しごと創生総合戦略　基本目標３「安心して暮らせる地域医療」KPI進捗状況（令和６年度実績）');
    put(ws, 4, 1, [
      'KPI',
      '区分',
      '目指す方向',
      '基準値\n（令和3年3月末）',
      '令和4年3月末',
      '令和5年3月末',
      '令和6年3月末',
      '令和7年3月末',
      '令和8年3月末',
      '評価\n（令和7年3月末）',
    ]);
    const kpis: [string, string, string, string[], string[], string][] = [
      ['県地域枠医師の市内勤務者数', '増加', '4 人', ['6 人', '8 人', '10 人', '12 人', '14 人'], ['5 人', '7 人', '9 人', '10 人', ''], '○'],
      [
        '救急搬送の病院収容所要時間（平均）',
        '短縮',
        '42.3 分',
        ['41.5 分', '41.0 分', '40.5 分', '40.0 分', '39.5 分'],
        ['42.0 分', '41.8 分', '41.9 分', '41.5 分', ''],
        '○',
      ],
      [
        '小児救急電話相談（＃8000）の利用件数',
        '増加',
        '2,104 件',
        ['2,300 件', '2,500 件', '2,800 件', '3,000 件', '3,200 件'],
        ['2,410 件', '2,655 件', '3,018 件', '3,412 件', ''],
        '◎',
      ],
      ['医療従事者就業支援金の交付件数', '増加', '-', ['-', '-', '-', '-', '-'], ['-', '3 件', '5 件', '8 件', ''], ''],
    ];
    kpis.forEach(([name, dir, base, targets, actuals, mark], i) => {
      const r = 5 + 2 * i;
      merge(ws, r, 1, r + 1, 1, name);
      merge(ws, r, 3, r + 1, 3, dir);
      merge(ws, r, 4, r + 1, 4, base);
      merge(ws, r, 10, r + 1, 10, mark || undefined);
      put(ws, r, 2, ['目標値']);
      put(ws, r + 1, 2, ['実績値']);
      put(ws, r, 5, targets);
      put(ws, r + 1, 5, actuals);
    });
    box(ws, 4, 1, 12, 10);
    wrap(ws, 4, 1, 4, 10);
    put(ws, 14, 1, ['評価　◎：目標達成（達成率100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）']);
    put(ws, 15, 1, ['※医療従事者就業支援金は令和4年度創設のため目標値未設定']);
  },
  expected: {
    file: 'h163-c-sogo-senryaku-kpi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, '県地域枠医師の市内勤務者数', '人', 12, 10, { existing: 'B' }),
      ind(C_SHEET, '救急搬送の病院収容所要時間（平均）', '分', 40.0, 41.5, { direction: 'down', existing: 'B' }),
      ind(C_SHEET, '小児救急電話相談（＃8000）の利用件数', '件', 3000, 3412, { existing: 'A' }),
      ind(C_SHEET, '医療従事者就業支援金の交付件数', '件', null, 8),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- D: 地域医療計画 成果指標 (令和５年度)

const D_SHEET = '成果指標';

const planTable: Holdout2Workbook = {
  name: 'h163-d-iryo-keikaku-shihyo',
  layout:
    'D: 指標, 指標の説明, 単位, 方向性, 現況（計画策定時） and 実績 with their dates in the cell (「312⏎（令和6年3月31日現在）」), 目標（R9）, a blank 実績',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 30, 34, 8, 8, 20, 10, 20, 24]);
    merge(ws, 1, 1, 1, 9, '○○市地域医療計画　成果指標の点検評価（令和５年度）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '方向性', '現況（計画策定時）', '目標（R9）', '実績', '現状把握の方法']);
    const rows: (string | number | undefined)[][] = [
      [
        1,
        '市内医療機関の医師数',
        '市内の病院・診療所に従事する医師の数',
        '人',
        '増加',
        '298\n（令和4年3月31日現在）',
        340,
        '312\n（令和6年3月31日現在）',
        '市医師会会員名簿・病院調査',
      ],
      [
        2,
        '救急搬送困難事案件数',
        '受入照会4回以上かつ現場滞在30分以上の救急搬送の件数',
        '件',
        '減少',
        '68\n（令和3年度）',
        45,
        '52\n（令和5年度）',
        '消防本部救急統計',
      ],
      [
        3,
        '在宅医療を実施する診療所数',
        '訪問診療・往診を実施している診療所の数',
        'か所',
        '増加',
        '14\n（令和3年度）',
        20,
        '17\n（令和5年度）',
        '診療報酬届出状況',
      ],
      [
        4,
        '看護師修学資金貸与者の市内就業率',
        '貸与者のうち卒業後市内の医療機関に就業した者の割合',
        '％',
        '増加',
        '62.5\n（令和3年度）',
        80.0,
        undefined,
        '貸与者追跡調査（隔年実施・次回令和6年度）',
      ],
      [
        5,
        'AED設置施設数',
        '市の設置・登録制度によりAEDを設置している施設の数',
        'か所',
        '増加',
        '128\n（令和3年度）',
        150,
        '151\n（令和5年度）',
        'AED設置登録台帳',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 8, 9);
    wrap(ws, 3, 1, 8, 9);
  },
  expected: {
    file: 'h163-d-iryo-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(D_SHEET, '市内医療機関の医師数', '人', 340, 312)),
      final(ind(D_SHEET, '救急搬送困難事案件数', '件', 45, 52, { direction: 'down' })),
      final(ind(D_SHEET, '在宅医療を実施する診療所数', 'か所', 20, 17)),
      final(ind(D_SHEET, '看護師修学資金貸与者の市内就業率', '％', 80.0, null, { actualStatus: 'missing' })),
      final(ind(D_SHEET, 'AED設置施設数', 'か所', 150, 151)),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
