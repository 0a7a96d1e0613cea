/**
 * Hold-out 136, the four families as offices of 水産業・漁港・内水面漁業 write them: a 施策評価シート of 水産業の振興 with
 * stacked indicator blocks (R2（現状値）…R7, 期待値／実績値, a 密漁 indicator marked ↓（減少）), a 漁港・水産 事業実績 with text
 * figures and two 放流 measures in one cell, a 総合戦略 KPI table with 目標値／実績値 rows per 令和3年度…令和7年度 and units in
 * the cells, and a 内水面漁業振興計画 成果指標 table with 現況（計画策定時） and 実績 with their years in the cells.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

/** A: 施策評価シート, evaluation period 令和４年度, four indicator blocks stacked down the sheet. */
const A_SHEET = '施策3-2';
const A_INDICATORS: ExpectedIndicator[] = [
  ind(A_SHEET, '漁業経営体数', '経営体', 410, 398),
  ind(A_SHEET, '市場水揚金額', '百万円', 2850, 3012),
  ind(A_SHEET, '新規漁業就業者数', '人', 6, 3),
  ind(A_SHEET, '密漁等違反検挙件数', '件', 5, 7, { direction: 'down' }),
];

const policySheet: Holdout2Workbook = {
  name: 'h136-a-suisan-shisaku',
  layout: '施策評価シート（評価対象期間：令和４年度）, stacked blocks R2（現状値）…R7 with 実績値／期待値 rows, one ↓（減少） indicator, R5 blank',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [16, 12, 12, 12, 12, 12, 12, 12]);
    merge(ws, 1, 1, 1, 8, '第２次〇〇市総合計画　令和５年度 施策評価シート　（評価対象期間：令和４年度）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 8, '３　豊かな海と川の恵みを活かし、活力ある水産業を育てる');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 8, '3-2　水産業の振興と漁港の整備');
    put(ws, 5, 1, ['担当部等']);
    merge(ws, 5, 2, 5, 8, '農林水産部　水産振興課・漁港漁場整備室');
    put(ws, 6, 1, ['達成状況評価', undefined, '（C）']);
    merge(ws, 6, 4, 6, 8, '※（　）内は前年度評価');
    box(ws, 3, 1, 6, 8);
    const blocks: { no: string; name: string; desc: string; unit: string; dir?: string; act: (string | number)[]; exp: (string | number)[]; note: string }[] = [
      {
        no: '指標①',
        name: '漁業経営体数',
        desc: '市内に住所を有する漁業経営体の数（漁業センサス補完調査）',
        unit: '経営体',
        act: [425, 412, 398, '', '', ''],
        exp: ['', 420, 410, 400, 395, 390],
        note: '高齢化による廃業が続いている。',
      },
      {
        no: '指標②',
        name: '市場水揚金額',
        desc: '市地方卸売市場における水揚金額（年度）',
        unit: '百万円',
        act: [2640, 2795, 3012, '', '', ''],
        exp: ['', 2750, 2850, 2950, 3050, 3150],
        note: 'ブリ・サワラの豊漁と単価上昇による。',
      },
      {
        no: '指標③',
        name: '新規漁業就業者数',
        desc: '漁業就業者確保育成センターの研修を経て新たに就業した者の数（単年度）',
        unit: '人',
        act: [4, 5, 3, '', '', ''],
        exp: ['', 6, 6, 6, 6, 6],
        note: '研修修了者５人のうち２人は市外で就業。',
      },
      {
        no: '指標④',
        name: '密漁等違反検挙件数',
        desc: '海上保安部・県警による漁業関係法令違反の検挙件数（暦年）',
        unit: '件',
        dir: '↓（減少）',
        act: [9, 6, 7, '', '', ''],
        exp: ['', 6, 5, 4, 4, 3],
        note: 'ナマコ・アワビの密漁監視を強化。',
      },
    ];
    let r = 8;
    for (const b of blocks) {
      put(ws, r, 1, [b.no]);
      merge(ws, r, 2, r, 5, b.name);
      put(ws, r, 6, ['単位', b.unit]);
      if (b.dir) put(ws, r, 8, [`目指す方向 ${b.dir}`]);
      put(ws, r + 1, 1, ['指標の説明']);
      merge(ws, r + 1, 2, r + 1, 8, b.desc);
      put(ws, r + 2, 1, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
      put(ws, r + 3, 1, ['実績値', ...b.act.map((v) => (v === '' ? undefined : v))]);
      put(ws, r + 4, 1, ['期待値\n※R7は目標値', ...b.exp.map((v) => (v === '' ? undefined : v))]);
      put(ws, r + 5, 1, ['備考']);
      merge(ws, r + 5, 2, r + 5, 8, b.note);
      wrap(ws, r + 2, 1, r + 4, 8);
      box(ws, r, 1, r + 5, 8);
      r += 7;
    }
    put(ws, r, 1, ['内部要因']);
    merge(ws, r, 2, r, 8, '・漁業就業者確保育成センターの研修を継続したが、受講者が減少した。');
    put(ws, r + 1, 1, ['今後の方向性']);
    merge(ws, r + 1, 2, r + 1, 8, '・担い手確保に向け、漁家子弟以外への情報発信を強化する。');
    box(ws, r, 1, r + 1, 8);
  },
  expected: {
    file: 'h136-a-suisan-shisaku.xlsx',
    fiscalYear: 2022,
    indicators: A_INDICATORS,
    groups: [{ sheet: A_SHEET, cell: 'B6', grade: rollUp(A_INDICATORS.map((i) => i.grade)) }],
  },
};

/** B: 令和５年度 事業実績, one row per 推進事業 with text figures. */
const B_SHEET = '事業実績';
const B_MEASURES = [
  { label: 'ヒラメ稚魚', target: 80000, actual: 72000, unit: '尾' },
  { label: 'クロダイ稚魚', target: 20000, actual: 20400, unit: '尾' },
];
const projectTable: Holdout2Workbook = {
  name: 'h136-b-gyoko-jigyo',
  layout: '事業実績 of 漁港・水産 推進事業: code, name and 概要 in one cell, text figures, two 放流 measures in one cell, 未実施, R4年度実績値 beside',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [6, 40, 22, 10, 24, 24, 12]);
    merge(ws, 1, 1, 1, 7, '令和５年度　水産業振興施策　推進事業実績一覧（農林水産部　水産振興課）');
    put(ws, 3, 1, ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '(1)漁港施設機能保全事業\n〇〇漁港・△△漁港の防波堤・岸壁の老朽化対策を計画的に実施する。',
        '岸壁補修 1箇所',
        'A',
        '防波堤補修 2箇所',
        '防波堤補修 2箇所',
        '継続',
      ],
      [
        2,
        '(2)栽培漁業推進事業\n漁協が行う種苗放流に対し補助し、資源の維持増大を図る。',
        'ヒラメ稚魚 75,000尾\nクロダイ稚魚 18,000尾',
        'B',
        'ヒラメ稚魚 80,000尾\nクロダイ稚魚 20,000尾',
        'ヒラメ稚魚 72,000尾\nクロダイ稚魚 20,400尾',
        '継続',
      ],
      [
        3,
        '(3)漁業就業者研修事業\n漁業への新規就業希望者に対し、長期研修（乗船研修）を実施する。',
        '研修受講者 9人',
        'D',
        '研修受講者 12人',
        '未実施',
        '見直し',
      ],
      [4, '(4)水産加工品販路開拓支援事業\n市内水産加工事業者の商談会出展を支援する。', '商談会出展 6社', 'B', '商談会出展 8社', '商談会出展 5社', '拡充'],
      [5, '(5)漁港海岸美化推進事業\n漁業者・市民協働による漁港海岸の清掃活動を支援する。', '参加者 281人', 'A', '参加者 300人', '参加者 356人', '継続'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 8, 7);
    box(ws, 3, 1, 8, 7);
    put(ws, 10, 1, ['※(3)は指導船の機関故障により研修を実施できなかった。']);
  },
  expected: {
    file: 'h136-b-gyoko-jigyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '漁港施設機能保全事業', '箇所', 2, 2, { existing: 'A' }),
      { sheet: B_SHEET, name: '栽培漁業推進事業', unit: '尾', measures: B_MEASURES, direction: 'up', existing: 'B', grade: 'B' },
      ind(B_SHEET, '漁業就業者研修事業', '人', 12, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '水産加工品販路開拓支援事業', '社', 8, 5, { existing: 'B' }),
      ind(B_SHEET, '漁港海岸美化推進事業', '人', 300, 356, { existing: 'A' }),
    ],
    groups: [],
  },
};

/** C: 第２期総合戦略 KPI, 目標値／実績値 rows per KPI, periods 令和3年度…令和7年度, evaluation 令和６年度. */
const C_SHEET = 'KPI進捗';
const kpiTable: Holdout2Workbook = {
  name: 'h136-c-kpi-suisan',
  layout: '総合戦略 基本目標２ KPI: 目標値／実績値 rows per KPI over 令和3年度…令和7年度, units in the cells ("1,382 t"), "-" where no target',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [34, 10, 14, 14, 14, 14, 14]);
    merge(ws, 1, 1, 1, 7, '第２期〇〇町まち・ひと・しごと創生総合戦略　基本目標２（水産業）ＫＰＩ進捗状況');
    put(ws, 2, 1, ['評価対象年度：令和６年度']);
    put(ws, 4, 1, ['重要業績評価指標（ＫＰＩ）', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度']);
    const kpis: [string, string[], string[]][] = [
      ['沿岸漁業漁獲量', ['-', '1,400 t', '1,420 t', '1,450 t', '1,500 t'], ['1,352 t', '1,296 t', '1,410 t', '1,382 t', '']],
      ['漁業体験参加者数', ['-', '500 人', '550 人', '600 人', '650 人'], ['312 人', '488 人', '571 人', '648 人', '']],
      ['水産物６次産業化商品開発数（累計）', ['-', '7 件', '11 件', '15 件', '18 件'], ['4 件', '7 件', '9 件', '11 件', '']],
      ['漁港施設の耐震・耐津波化整備率', ['-', '40 %', '50 %', '60 %', '70 %'], ['32 %', '41 %', '52 %', '60 %', '']],
    ];
    let r = 5;
    for (const [name, targets, actuals] of kpis) {
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', ...targets]);
      put(ws, r + 1, 2, ['実績値', ...actuals.map((v) => v || undefined)]);
      r += 2;
    }
    box(ws, 4, 1, r - 1, 7);
    put(ws, r + 1, 1, ['※漁獲量は県漁業協同組合連合会の集計による。整備率は対象施設（岸壁・防波堤）延長に対する割合。']);
  },
  expected: {
    file: 'h136-c-kpi-suisan.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, '沿岸漁業漁獲量', 't', 1450, 1382),
      ind(C_SHEET, '漁業体験参加者数', '人', 600, 648),
      ind(C_SHEET, '水産物６次産業化商品開発数（累計）', '件', 15, 11),
      ind(C_SHEET, '漁港施設の耐震・耐津波化整備率', '%', 60, 60),
    ],
    groups: [],
  },
};

/** D: 内水面漁業振興計画 成果指標, 現況（計画策定時） and 実績 with their years in the cells, 目標（R8）. */
const D_SHEET = '成果指標';
const D_INDICATORS: ExpectedIndicator[] = [
  { ...ind(D_SHEET, 'アユ種苗放流量', 'kg', 1500, 1350), targetSource: 'final' },
  { ...ind(D_SHEET, '遊漁承認証（遊漁券）販売枚数', '枚', 5500, 3960), targetSource: 'final' },
  { ...ind(D_SHEET, 'カワウによる漁業被害額', '千円', 5000, 6100, { direction: 'down' }), targetSource: 'final' },
  { ...ind(D_SHEET, '内水面漁業協同組合員数', '人', 300, 295), targetSource: 'final' },
];
const planTable: Holdout2Workbook = {
  name: 'h136-d-plan-naisuimen',
  layout:
    '内水面漁業振興計画 成果指標: 現況（計画策定時） "1,200\\n（令和元年度）", 目標（R8）, 実績 "1,350\\n（令和５年度）", a 被害額 to reduce, a target below its baseline',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [30, 34, 8, 16, 12, 16, 30]);
    merge(ws, 1, 1, 1, 7, '〇〇市内水面漁業振興計画（令和4年度～令和8年度）　令和６年度点検評価（令和５年度実績）');
    put(ws, 3, 1, ['指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      ['アユ種苗放流量', '市内３河川の漁協が放流したアユ種苗の重量', 'kg', '1,200\n（令和元年度）', 1500, '1,350\n（令和５年度）', '各漁協の放流実績報告'],
      ['遊漁承認証（遊漁券）販売枚数', '年券・日券の販売枚数の合計', '枚', '4,820\n（令和元年度）', 5500, '3,960\n（令和５年度）', '各漁協からの報告'],
      [
        'カワウによる漁業被害額',
        'アユ等の食害による推定被害額。被害額の減少を目指す。',
        '千円',
        '8,600\n（令和元年度）',
        5000,
        '6,100\n（令和５年度）',
        '県水産試験場の推計',
      ],
      ['内水面漁業協同組合員数', '組合員の高齢化が進む中、現状程度の維持を目指す', '人', '312\n（令和2年度末）', 300, '295\n（令和５年度末）', '組合員名簿'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 7, 7);
    box(ws, 3, 1, 7, 7);
  },
  expected: { file: 'h136-d-plan-naisuimen.xlsx', fiscalYear: 2023, indicators: D_INDICATORS, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planTable];
