/**
 * Hold-out 193, the four known families as an urban-agriculture office (農政課 都市農業推進係) writes them: a 施策評価シート
 * with six indicator blocks tiled two across (目指す方向 per block, one indicator with only a final 目標値), a 事業実績 table
 * with text targets, a 地方創生 KPI table and a plan-indicator table of the 都市農業振興基本計画.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- A: 施策評価シート

interface Block {
  no: string;
  name: string;
  description: string;
  unit: string;
  way: string;
  actuals: (number | string | null)[];
  expected: (number | string | null)[];
  note: string;
}

/** One indicator block of 8 rows × 8 columns from (r, c): 指標, 説明, 単位/方向, periods, 実績値, 期待値, 備考. */
function block(ws: Worksheet, r: number, c: number, b: Block): void {
  merge(ws, r, c, r, c + 1, `成果指標${b.no}`);
  merge(ws, r, c + 2, r, c + 7, b.name);
  merge(ws, r + 1, c, r + 1, c + 1, '指標の説明');
  merge(ws, r + 1, c + 2, r + 1, c + 7, b.description);
  merge(ws, r + 2, c, r + 2, c + 1, '単位');
  put(ws, r + 2, c + 2, [b.unit]);
  merge(ws, r + 2, c + 3, r + 2, c + 4, '目指す方向');
  merge(ws, r + 2, c + 5, r + 2, c + 7, b.way);
  merge(ws, r + 3, c, r + 3, c + 1, '年度');
  put(ws, r + 3, c + 2, ['R2\n(基準値)', 'R3', 'R4', 'R5', 'R6', 'R7']);
  merge(ws, r + 4, c, r + 4, c + 1, '実績値');
  put(ws, r + 4, c + 2, b.actuals);
  merge(ws, r + 5, c, r + 5, c + 1, '期待値\n※R7は目標値');
  put(ws, r + 5, c + 2, b.expected);
  merge(ws, r + 6, c, r + 7, c + 1, '備考');
  merge(ws, r + 6, c + 2, r + 7, c + 7, b.note || undefined);
  wrap(ws, r + 3, c + 2, r + 3, c + 7);
  box(ws, r, c, r + 7, c + 7);
}

const A_SHEET = '基本施策3-2';

const A_BLOCKS: Block[] = [
  {
    no: '①',
    name: '市民農園の区画数',
    description: '市が開設・支援する市民農園（市民農園整備促進法及び特定農地貸付法によるもの）の区画数の合計',
    unit: '区画',
    way: '↑（増やす）',
    actuals: [1080, 1120, 1180, 1212, null, null],
    expected: [null, 1130, 1190, 1250, 1280, 1300],
    note: 'R5は（仮称）みずき台市民農園の開設が用地調整のため翌年度へずれ込んだ。',
  },
  {
    no: '②',
    name: '農業体験イベント参加者数',
    description: '収穫体験、親子農業教室、農のある暮らし講座等、市主催・共催の農業体験事業への年間参加者数（延べ）',
    unit: '人',
    way: '↑（増やす）',
    actuals: [1240, 1980, 2760, 3415, null, null],
    expected: [null, 2000, 2600, 3200, 3400, 3600],
    note: 'R2は新型コロナウイルス感染症の影響により多くの事業を中止。',
  },
  {
    no: '③',
    name: '遊休農地面積',
    description: '農地利用状況調査（農地パトロール）で確認した市街化区域内外の遊休農地の面積',
    unit: 'ha',
    way: '↓（減らす）',
    actuals: [6.3, 6.0, 5.9, 5.6, null, null],
    expected: [null, 6.0, 5.4, 4.8, 4.2, 3.6],
    note: '農業委員会事務局調べ（各年度12月末時点）。',
  },
  {
    no: '④',
    name: '生産緑地地区の面積',
    description: '都市計画に定める生産緑地地区の指定面積（特定生産緑地を含む）',
    unit: 'ha',
    way: '↑（減少を抑える）',
    actuals: [64.2, 63.1, 61.8, 60.4, null, null],
    expected: [null, 63.5, 62.8, 62.0, 61.2, 60.5],
    note: '主たる従事者の死亡等による買取り申出に伴う指定解除が続いている。',
  },
  {
    no: '⑤',
    name: '援農ボランティア登録者数',
    description: '「まちの農業サポーター」養成講座を修了し、援農ボランティアとして登録している人数',
    unit: '人',
    way: '↑（増やす）',
    actuals: [92, 95, 101, 104, null, null],
    expected: [null, '－', '－', '－', '－', 200],
    note: '年度ごとの期待値は設定していない（計画最終年度の目標値のみ）。',
  },
  {
    no: '⑥',
    name: '学校農園設置校数',
    description: '市立小・中学校のうち、学校農園（近隣農家の協力による体験農地を含む）を設置している学校数',
    unit: '校',
    way: '↑（増やす）',
    actuals: [18, 20, 22, 24, null, null],
    expected: [null, 20, 22, 24, 26, 28],
    note: '',
  },
];

const aGrades = [
  ind(A_SHEET, '市民農園の区画数', '区画', 1250, 1212),
  ind(A_SHEET, '農業体験イベント参加者数', '人', 3200, 3415),
  ind(A_SHEET, '遊休農地面積', 'ha', 4.8, 5.6, { direction: 'down' }),
  ind(A_SHEET, '生産緑地地区の面積', 'ha', 62.0, 60.4),
  { ...ind(A_SHEET, '援農ボランティア登録者数', '人', 200, 104), targetSource: 'final' },
  ind(A_SHEET, '学校農園設置校数', '校', 24, 24),
];

const policySheet: Holdout2Workbook = {
  name: 'h193-toshi-nogyo-shisaku',
  layout:
    "A: policy sheet, six blocks tiled two across with a 目指す方向 cell each (one ↓), one block with only the R7 目標値, rating cell O3 with last year's （C）",
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [2, 7, 7, 9, 9, 9, 9, 9, 9, 2, 7, 7, 9, 9, 9, 9, 9, 9]);
    merge(ws, 1, 2, 1, 18, '第２次さくら野市総合計画　令和６年度 施策評価シート　（評価対象年度：令和５年度）');
    ws.getCell(1, 2).font = { bold: true, size: 13 };
    put(ws, 3, 2, ['基本方針']);
    merge(ws, 3, 3, 3, 11, '３　地域の産業が元気で、にぎわいのあるまち');
    put(ws, 4, 2, ['基本施策']);
    merge(ws, 4, 3, 4, 11, '3-2　都市農業を守り、農とふれあう機会をつくる');
    put(ws, 5, 2, ['担当部等']);
    merge(ws, 5, 3, 5, 11, '経済環境部 農政課（都市農業推進係）／農業委員会事務局');
    box(ws, 3, 2, 5, 11);
    merge(ws, 3, 12, 4, 14, '施策の達成状況');
    merge(ws, 3, 15, 4, 16);
    ws.getCell('O3').alignment = { horizontal: 'center', vertical: 'middle' };
    put(ws, 3, 17, ['（C）']);
    put(ws, 4, 17, ['※（ ）は前年度評価']);
    box(ws, 3, 12, 4, 16);
    put(ws, 5, 12, ['A 順調　B 概ね順調　C やや遅れている　D 遅れている']);
    put(ws, 7, 2, ['■ 成果指標の状況']);
    for (let i = 0; i < A_BLOCKS.length; i++) block(ws, 8 + Math.floor(i / 2) * 9, i % 2 ? 11 : 2, A_BLOCKS[i]);
    const r = 8 + 3 * 9 + 1;
    merge(ws, r, 2, r, 4, '達成状況分析');
    merge(
      ws,
      r,
      5,
      r + 2,
      18,
      '・市民農園は区画数が伸びたものの、新規開設が１か所遅れた。農業体験イベントは親子農業教室の定員拡大により期待値を上回った。\n・遊休農地は解消が進んでいるが、期待値には届いていない。援農ボランティアは養成講座の受講者が伸び悩んでいる。',
    );
    merge(ws, r + 3, 2, r + 3, 4, '今後の方向性');
    merge(ws, r + 3, 5, r + 3, 18, '市民農園の新規開設と、援農ボランティアの養成講座の周知を強化する。');
    box(ws, r, 2, r + 3, 18);
  },
  expected: {
    file: 'h193-toshi-nogyo-shisaku.xlsx',
    fiscalYear: 2023,
    indicators: aGrades,
    groups: [{ sheet: A_SHEET, cell: 'O3', grade: rollUp(aGrades.map((g) => g.grade)) }],
  },
};

// ---------------------------------------------------------------- B: 事業実績

const B_SHEET = '事業実績';

const projectTable: Holdout2Workbook = {
  name: 'h193-nogyo-jigyo-jisseki',
  layout: 'B: project table, 事業 code + name + 概要 in one cell, targets/actuals as text with labels, two measures in one cell, 未実施, R4 actuals beside',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 34, 12, 18, 18, 16, 8, 30, 10]);
    merge(ws, 1, 1, 1, 9, '令和５年度　都市農業振興計画 推進事業の実績');
    put(ws, 2, 9, ['資料２']);
    put(ws, 3, 1, ['No.', '推進事業', '担当課', 'R5年度数値目標', 'R5年度実績値', 'R4年度実績値', '自己評価', '成果・課題', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '(1)-①\n市民農園運営事業\n市内12か所の市民農園を管理運営し、区画を貸し出す。',
        '農政課',
        '開設区画数 1,250区画',
        '1,212区画',
        '1,180区画',
        'B',
        'みずき台市民農園の開設がR6へずれ込んだ。',
        '継続',
      ],
      [
        2,
        '(1)-②\n農業体験学習推進事業\n小学校の田植え・稲刈り・野菜栽培体験を農家の協力で実施する。',
        '農政課\n学校教育課',
        '実施校数 24校',
        '実施校数 21校',
        '実施校数 19校',
        'A',
        '受入れ農家の高齢化により3校で実施できなかった。',
        '拡充',
      ],
      [
        3,
        '(2)-①\n援農ボランティア育成事業\n「まちの農業サポーター」養成講座を開催する。',
        '農政課',
        '養成講座修了者 30人',
        '未実施',
        '修了者 12人',
        'D',
        '講師の確保ができず、講座を開催できなかった。',
        '見直し',
      ],
      [
        4,
        '(2)-②\n体験農園開設支援事業\n農家が開設する農業体験農園の施設整備費を補助する。',
        '農政課',
        '新規開設 2園\n利用者数 300人',
        '新規開設 1園\n利用者数 268人',
        '新規開設 1園\n利用者数 215人',
        'C',
        '1園は開設準備中（R6春開園予定）。',
        '継続',
      ],
      [
        5,
        '(3)-①\nさくら野収穫祭開催事業\n市内農業者と市民の交流イベントを開催する。',
        '農政課',
        '来場者数 5,000人',
        '来場者数 4,380人',
        '来場者数 3,960人',
        'B',
        '当日の雨天により午後の来場者が減少した。',
        '継続',
      ],
      [
        6,
        '(4)-①\n都市農地保全支援事業\n生産緑地地区の追加指定を受け付け、農地所有者へ制度を周知する。',
        '都市計画課\n農政課',
        '追加指定 5件',
        '追加指定 3件',
        '追加指定 2件',
        'C',
        '相続による指定解除が追加指定を上回っている。',
        '継続',
      ],
      [
        7,
        '(4)-②\n防災協力農地登録推進事業\n災害時に避難空間等として活用できる農地を登録する。',
        '防災課\n農政課',
        '登録数 35か所',
        '29か所',
        '26か所',
        'A',
        '登録農地の表示板を設置した。',
        '拡充',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 3 + rows.length, 9);
    box(ws, 3, 1, 3 + rows.length, 9);
    put(ws, 5 + rows.length, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れている　D：遅れている（未実施を含む）']);
  },
  expected: {
    file: 'h193-nogyo-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '市民農園運営事業', '区画', 1250, 1212, { existing: 'B' }),
      ind(B_SHEET, '農業体験学習推進事業', '校', 24, 21, { existing: 'A' }),
      ind(B_SHEET, '援農ボランティア育成事業', '人', 30, null, { existing: 'D', actualStatus: 'not-implemented' }),
      {
        sheet: B_SHEET,
        name: '体験農園開設支援事業',
        measures: [
          { label: '新規開設', target: 2, actual: 1, unit: '園' },
          { label: '利用者数', target: 300, actual: 268, unit: '人' },
        ],
        existing: 'C',
        grade: 'D',
      },
      ind(B_SHEET, 'さくら野収穫祭開催事業', '人', 5000, 4380, { existing: 'B' }),
      ind(B_SHEET, '都市農地保全支援事業', '件', 5, 3, { existing: 'C' }),
      ind(B_SHEET, '防災協力農地登録推進事業', 'か所', 35, 29, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- C: KPI

const C_SHEET = 'KPI';

const kpiTable: Holdout2Workbook = {
  name: 'h193-sousei-kpi-nogyo',
  layout: 'C: KPI table, 目標値/実績値 rows per KPI under period columns 令和4年3月末 … 令和7年3月末 (last with targets only), values with units, "-" target',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [30, 8, 14, 14, 14, 14, 26]);
    merge(ws, 1, 1, 1, 7, '第２期さくら野市まち・ひと・しごと創生総合戦略　基本目標２「農と食の魅力を生かす」KPIの達成状況');
    put(ws, 2, 1, ['（令和6年5月　総合戦略推進会議資料／令和５年度の実績）']);
    put(ws, 4, 1, ['重要業績評価指標（KPI）', undefined, '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    const kpis: [string, (string | null)[], (string | null)[], string][] = [
      ['市民農園利用区画数', ['1,100 区画', '1,150 区画', '1,200 区画', '1,250 区画'], ['1,102 区画', '1,149 区画', '1,164 区画', null], ''],
      ['農業体験参加者数（延べ）', ['2,200 人', '2,600 人', '3,000 人', '3,400 人'], ['1,980 人', '2,760 人', '3,415 人', null], ''],
      ['市街化区域内の認定農業者数', ['40 人', '43 人', '45 人', '48 人'], ['39 人', '40 人', '41 人', null], ''],
      [
        '農産物直売所の年間販売額',
        ['2.0 億円', '2.2 億円', '2.4 億円', '2.6 億円'],
        ['1.86 億円', '1.97 億円', '2.05 億円', null],
        'JAさくら野ファーマーズ3店舗の合計',
      ],
      ['新規就農者数', ['-', '-', '-', '-'], ['2 人', '4 人', '3 人', null], '目標値未設定（実績のみ把握）'],
      ['学校給食における市内産野菜の使用割合', ['25 ％', '27.5 ％', '30 ％', '32.5 ％'], ['23.8 ％', '24.1 ％', '24.5 ％', null], '重量ベース'],
    ];
    let r = 5;
    for (const [name, targets, actuals, note] of kpis) {
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', ...targets]);
      put(ws, r + 1, 2, ['実績値', ...actuals]);
      merge(ws, r, 7, r + 1, 7, note || undefined);
      r += 2;
    }
    box(ws, 4, 1, r - 1, 7);
    put(ws, r + 1, 1, ['※実績値は各年3月末現在（販売額・使用割合は各年度の実績）。']);
  },
  expected: {
    file: 'h193-sousei-kpi-nogyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, '市民農園利用区画数', '区画', 1200, 1164),
      ind(C_SHEET, '農業体験参加者数（延べ）', '人', 3000, 3415),
      ind(C_SHEET, '市街化区域内の認定農業者数', '人', 45, 41),
      ind(C_SHEET, '農産物直売所の年間販売額', '億円', 2.4, 2.05),
      ind(C_SHEET, '新規就農者数', '人', null, 3),
      ind(C_SHEET, '学校給食における市内産野菜の使用割合', '％', 30, 24.5),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- D: 計画の指標

const D_SHEET = '計画の指標';

const planIndicators: Holdout2Workbook = {
  name: 'h193-toshinogyo-keikaku-shihyo',
  layout:
    'D: plan indicators, 現況 with its year in the cell, 目標（R8）, 実績 with its year, a 単位 column, a target below the baseline (more is better), 集計中',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [4, 26, 7, 34, 14, 11, 14, 24]);
    merge(ws, 1, 1, 1, 8, 'さくら野市都市農業振興基本計画（令和4年度～令和8年度）　計画の指標の点検評価（令和５年度）');
    put(ws, 2, 8, ['資料３']);
    put(ws, 3, 1, ['No.', '指標', '単位', '指標の説明', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [1, '市民農園区画数', '区画', '市が開設・支援する市民農園の区画数', '1,080\n（令和2年度）', 1300, '1,212\n（令和5年度）', '農政課調べ'],
      [
        2,
        '生産緑地地区面積',
        'ha',
        '生産緑地地区の指定面積。相続等による解除を見込み、減少を抑える目標とする。',
        '64.2\n（令和2年度）',
        60.0,
        '60.4\n（令和5年度）',
        '都市計画課調べ（各年度末）',
      ],
      [3, '農業体験農園の数', '園', '農家が開設・運営する農業体験農園の数', '3\n（令和2年度）', 8, '5\n（令和5年度）', '農政課調べ'],
      [4, '援農ボランティア登録者数', '人', '養成講座を修了し登録している援農ボランティアの数', '92\n（令和2年度）', 200, '104\n（令和5年度）', '農政課調べ'],
      [5, '市民農園の利用率', '％', '募集区画に対する利用区画の割合', '88.5\n（令和2年度）', 95.0, '91.2\n（令和5年度）', '指定管理者報告'],
      [
        6,
        '市内産農産物を意識して購入している市民の割合',
        '％',
        '市民意識調査で「いつも」「ときどき」購入すると回答した割合',
        '42.0\n（令和元年度）',
        55.0,
        '集計中',
        '市民意識調査（隔年）',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 3 + rows.length, 8);
    box(ws, 3, 1, 3 + rows.length, 8);
    put(ws, 5 + rows.length, 1, ['※No.6は令和5年度市民意識調査の結果を集計中のため、次回会議で報告する。']);
  },
  expected: {
    file: 'h193-toshinogyo-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(D_SHEET, '市民農園区画数', '区画', 1300, 1212), targetSource: 'final' },
      { ...ind(D_SHEET, '生産緑地地区面積', 'ha', 60.0, 60.4), targetSource: 'final' },
      { ...ind(D_SHEET, '農業体験農園の数', '園', 8, 5), targetSource: 'final' },
      { ...ind(D_SHEET, '援農ボランティア登録者数', '人', 200, 104), targetSource: 'final' },
      { ...ind(D_SHEET, '市民農園の利用率', '％', 95.0, 91.2), targetSource: 'final' },
      { ...ind(D_SHEET, '市内産農産物を意識して購入している市民の割合', '％', 55.0, null, { actualStatus: 'pending' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
