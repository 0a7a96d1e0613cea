/**
 * Hold-out 131, the four families as offices of 人権・男女共同参画・平和・青少年健全育成 write them: a 基本施策事後評価シート
 * (two 施策 on two sheets, stacked indicator blocks R2（現状値）…R7 with 実績値／期待値 rows, a 集計中 and 「－」 in off years,
 * full-width digits), a 令和４年度 推進事業 実績 table with text figures and two measures in one cell, a KPI table with
 * 目標値／実績値 rows per 令和２年度…令和６年度 and 「-」 for no target, and a 男女共同参画プラン 成果指標 table with 現況 and
 * 実績 carrying their year in the cell and a 「－」 actual (survey not held).
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

type Cell = string | number | undefined;

interface Block {
  no: string;
  name: string;
  unit: string;
  description: string;
  actuals: Cell[];
  expected: Cell[];
  note?: string;
}

/** One stacked indicator block from row r: 指標 no + name + 単位, 指標の説明, period headings, 実績値, 期待値. Returns the next free row. */
function block(ws: Worksheet, r: number, b: Block): number {
  ws.getCell(r, 1).value = b.no;
  merge(ws, r, 2, r, 6, b.name);
  ws.getCell(r, 7).value = '単位';
  ws.getCell(r, 8).value = b.unit;
  ws.getCell(r + 1, 1).value = '指標の説明';
  merge(ws, r + 1, 2, r + 1, 8, b.description);
  put(ws, r + 2, 1, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7', '備考']);
  put(ws, r + 3, 1, ['実績値', ...b.actuals]);
  put(ws, r + 4, 1, ['期待値\n※R7は目標値', ...b.expected]);
  merge(ws, r + 3, 8, r + 4, 8, b.note ?? '');
  wrap(ws, r + 2, 1, r + 4, 8);
  box(ws, r, 1, r + 4, 8);
  return r + 6;
}

function policySheet(ws: Worksheet, policy: string, lastYear: string, blocks: Block[], summary: string): void {
  widths(ws, [16, 11, 9, 9, 9, 9, 9, 22]);
  merge(ws, 1, 1, 1, 8, '令和６年度　基本施策事後評価シート');
  ws.getCell(2, 1).value = '評価対象期間：令和６年度（令和６年４月１日～令和７年３月３１日）';
  put(ws, 3, 1, ['基本方針']);
  merge(ws, 3, 2, 3, 8, '２　一人ひとりが尊重され、共に生きるまち');
  put(ws, 4, 1, ['基本施策']);
  merge(ws, 4, 2, 4, 8, policy);
  put(ws, 5, 1, ['担当部等']);
  merge(ws, 5, 2, 5, 8, '市民協働部　人権・男女共同参画課');
  put(ws, 6, 1, ['施策の達成状況']);
  merge(ws, 6, 2, 6, 3);
  put(ws, 6, 4, [lastYear]);
  merge(ws, 6, 5, 6, 8, '※（　）内は前年度の評価');
  box(ws, 3, 1, 6, 8);
  put(ws, 8, 1, ['成果指標']);
  let r = 9;
  for (const b of blocks) r = block(ws, r, b);
  put(ws, r, 1, ['総合評価']);
  merge(ws, r, 2, r, 8, summary);
}

const S1 = '2-3 男女共同参画';
const S2 = '2-4 人権尊重';
const sheet1: ExpectedIndicator[] = [
  ind(S1, '審議会等における女性委員の割合', '％', 38.0, 35.2),
  ind(S1, '男女共同参画講座の参加者数', '人', 450, 482),
  ind(S1, '「社会全体で男女の地位が平等になっている」と感じる市民の割合', '％', 25.0, null, { actualStatus: 'pending' }),
  ind(S1, '市職員の男性の育児休業取得率', '％', 30.0, 18.5),
];
const sheet2: ExpectedIndicator[] = [ind(S2, '人権啓発講演会・研修会の参加者数', '人', 1200, 980), ind(S2, '人権教室の実施校数', '校', 18, 18)];

const policySheets: Holdout2Workbook = {
  name: 'h131-danjo-jinken-shisaku-sheet',
  layout: 'A: 基本施策事後評価シート, two 施策 on two sheets, stacked blocks R2（現状値）…R7 with 実績値／期待値 rows, 集計中, full-width digits',
  build(wb) {
    policySheet(
      wb.addWorksheet(S1),
      '２－３　男女共同参画社会の実現',
      '（B）',
      [
        {
          no: '指標①',
          name: '審議会等における女性委員の割合',
          unit: '％',
          description: '地方自治法に基づく審議会等の委員に占める女性の割合（各年度4月1日現在）',
          actuals: [29.6, 31.0, 32.8, 34.0, 35.2, undefined],
          expected: [undefined, 30.5, 32.0, 35.0, 38.0, 40.0],
        },
        {
          no: '指標②',
          name: '男女共同参画講座の参加者数',
          unit: '人',
          description: '男女共同参画センターが主催する講座・セミナーの延べ参加者数',
          actuals: [212, 305, 398, 441, '４８２', undefined],
          expected: [undefined, 300, 350, 400, 450, 500],
        },
        {
          no: '指標③',
          name: '「社会全体で男女の地位が平等になっている」と感じる市民の割合',
          unit: '％',
          description: '市民意識調査で「平等になっている」と回答した市民の割合',
          actuals: [18.3, '－', 20.1, '－', '集計中', undefined],
          expected: [undefined, 20.0, 21.0, 23.0, 25.0, 27.0],
          note: '市民意識調査（隔年実施）\nR6調査結果は5月公表予定',
        },
        {
          no: '指標④',
          name: '市職員の男性の育児休業取得率',
          unit: '％',
          description: '当該年度に子が生まれた男性職員のうち育児休業を取得した職員の割合',
          actuals: [5.3, 9.8, 12.0, 15.4, 18.5, undefined],
          expected: [undefined, 10.0, 15.0, 20.0, 30.0, 50.0],
          note: '特定事業主行動計画と連動',
        },
      ],
      '審議会等の女性委員の割合は着実に上昇しているが、期待値には届いていない。',
    );
    policySheet(
      wb.addWorksheet(S2),
      '２－４　人権尊重のまちづくり',
      '（A）',
      [
        {
          no: '指標①',
          name: '人権啓発講演会・研修会の参加者数',
          unit: '人',
          description: '市が主催・共催する人権啓発講演会及び企業・地域向け研修会の延べ参加者数',
          actuals: [640, 820, 1010, 1105, 980, undefined],
          expected: [undefined, 900, 1000, 1100, 1200, 1300],
          note: '荒天により１回中止',
        },
        {
          no: '指標②',
          name: '人権教室の実施校数',
          unit: '校',
          description: '人権擁護委員による人権教室を実施した市内小中学校数（全２２校）',
          actuals: [12, 14, 15, 17, 18, undefined],
          expected: [undefined, 13, 14, 16, 18, 20],
        },
      ],
      '人権教室は期待値どおり実施できた。講演会は荒天による中止があり参加者が減少した。',
    );
  },
  expected: {
    file: 'h131-danjo-jinken-shisaku-sheet.xlsx',
    fiscalYear: 2024,
    indicators: [...sheet1, ...sheet2],
    groups: [
      { sheet: S1, cell: 'B6', grade: rollUp(sheet1.map((i) => i.grade)) },
      { sheet: S2, cell: 'B6', grade: rollUp(sheet2.map((i) => i.grade)) },
    ],
  },
};

/** Family B: 令和４年度 推進事業 実績, text figures with labels, two measures in one cell, 未実施 (中止). */
const B = '事業実績';
const projectTable: Holdout2Workbook = {
  name: 'h131-jinken-suishin-jigyo-jisseki',
  layout: 'B: 令和４年度 推進事業 実績 table, 事業名＋概要 in one cell, text figures 「講演会参加者数 300人」, two measures, 中止 as 未実施',
  build(wb) {
    const ws = wb.addWorksheet(B);
    widths(ws, [5, 34, 14, 20, 22, 22, 8, 10, 30]);
    merge(ws, 1, 1, 1, 9, '人権・男女共同参画推進計画　令和４年度 推進事業実績一覧');
    put(ws, 3, 1, ['No.', '推進事業', '担当課', 'R3年度実績値', 'R4年度数値目標', 'R4年度実績値', '自己評価', '今後の方向性', '成果・課題']);
    const rows: Cell[][] = [
      [
        1,
        '(1)-①　人権啓発推進事業\n人権週間に合わせた街頭啓発及び人権講演会の開催',
        '人権推進課',
        '講演会参加者数 241人',
        '講演会参加者数 300人',
        '講演会参加者数 268人',
        'B',
        '継続',
        '若年層の参加が少ない。',
      ],
      [
        2,
        '(2)-①　男女共同参画セミナー開催事業\n男女共同参画週間記念セミナー等の開催',
        '男女共同参画課',
        '開催回数 4回',
        '開催回数 6回',
        '開催回数 6回',
        'A',
        '継続',
        'オンライン併用で参加しやすくした。',
      ],
      [
        3,
        '(2)-③　ＤＶ被害者支援事業\n相談窓口の周知、関係機関との連携',
        '男女共同参画課',
        '啓発カード配布 1,820枚',
        '啓発カード配布 2,000枚',
        '啓発カード配布 1,150枚',
        'C',
        '見直し',
        '配布先（商業施設）の協力が得られなかった。',
      ],
      [
        4,
        '(3)-①　青少年健全育成推進事業\n街頭補導活動、青少年健全育成推進会議の開催',
        '生涯学習課',
        '街頭補導活動 20回\n育成会議 2回',
        '街頭補導活動 24回\n育成会議 3回',
        '街頭補導活動 22回\n育成会議 3回',
        'B',
        '継続',
        '',
      ],
      [
        5,
        '(4)-①　平和啓発事業\n平和の集い（戦没者追悼・平和祈念）の開催',
        '総務課',
        '未実施',
        '参加者数 150人',
        '未実施',
        '－',
        '継続',
        '新型コロナウイルス感染症拡大防止のため中止。',
      ],
      [
        6,
        '(1)-④　性の多様性理解促進事業\n職員研修及び市民向け啓発',
        '人権推進課',
        '職員研修受講率 71.2％',
        '職員研修受講率 80％',
        '職員研修受講率 86.4％',
        'A',
        '拡充',
        'パートナーシップ宣誓制度の導入を検討。',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 9, 9);
    box(ws, 3, 1, 9, 9);
    put(ws, 11, 1, ['※自己評価　A：目標を達成　B：概ね達成（80％以上）　C：やや不十分（60％以上）　D：不十分（60％未満）']);
  },
  expected: {
    file: 'h131-jinken-suishin-jigyo-jisseki.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(B, '人権啓発推進事業', '人', 300, 268, { existing: 'B' }),
      ind(B, '男女共同参画セミナー開催事業', '回', 6, 6, { existing: 'A' }),
      ind(B, 'ＤＶ被害者支援事業', '枚', 2000, 1150, { existing: 'C' }),
      {
        sheet: B,
        name: '青少年健全育成推進事業',
        unit: '回',
        measures: [
          { label: '街頭補導活動', target: 24, actual: 22, unit: '回' },
          { label: '育成会議', target: 3, actual: 3, unit: '回' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B, '平和啓発事業', '人', 150, null, { actualStatus: 'not-implemented' }),
      ind(B, '性の多様性理解促進事業', '％', 80, 86.4, { existing: 'A' }),
    ],
    groups: [],
  },
};

/** Family C: a KPI table, 目標値／実績値 rows per KPI, period columns 令和２年度…令和６年度, values 「12,000 人」, 「-」 for no target. */
const C = 'KPI進捗';
const kpiTable: Holdout2Workbook = {
  name: 'h131-seishonen-danjo-kpi',
  layout: 'C: 令和５年度 KPI 進捗, 目標値／実績値 rows per KPI over 令和２年度…令和６年度, values with units in the cell, 「-」 target',
  build(wb) {
    const ws = wb.addWorksheet(C);
    widths(ws, [6, 36, 9, 13, 13, 13, 13, 13, 20]);
    merge(ws, 1, 1, 1, 9, '第２期まち・ひと・しごと創生総合戦略　基本目標４　KPI進捗状況（令和５年度）');
    put(ws, 3, 1, ['No.', '重要業績評価指標（KPI）', '区分', '令和２年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度', '備考']);
    const kpis: [string, Cell[], Cell[], string][] = [
      [
        '男女共同参画センター利用者数',
        ['9,000 人', '10,000 人', '11,000 人', '12,000 人', '13,000 人'],
        ['6,214 人', '8,905 人', '10,418 人', '11,342 人', undefined],
        '',
      ],
      [
        '青少年ボランティア登録者数',
        ['260 人', '280 人', '300 人', '320 人', '340 人'],
        ['233 人', '271 人', '318 人', '351 人', undefined],
        '中高生ボランティア含む',
      ],
      ['平和学習派遣事業参加者数', ['40 人', '40 人', '40 人', '40 人', '40 人'], ['0 人', '12 人', '18 人', '22 人', undefined], 'R2は派遣中止'],
      ['ワーク・ライフ・バランス推進企業認定数（累計）', ['30 社', '35 社', '40 社', '45 社', '50 社'], ['28 社', '33 社', '37 社', '41 社', undefined], ''],
      ['デートＤＶ防止出前講座実施校数', ['-', '-', '-', '-', '-'], ['3 校', '5 校', '6 校', '8 校', undefined], '目標値設定なし（実績把握のみ）'],
    ];
    let r = 4;
    kpis.forEach(([name, t, a, note], i) => {
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, name);
      put(ws, r, 3, ['目標値', ...t]);
      put(ws, r + 1, 3, ['実績値', ...a]);
      merge(ws, r, 9, r + 1, 9, note);
      r += 2;
    });
    box(ws, 3, 1, r - 1, 9);
  },
  expected: {
    file: 'h131-seishonen-danjo-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C, '男女共同参画センター利用者数', '人', 12000, 11342),
      ind(C, '青少年ボランティア登録者数', '人', 320, 351),
      ind(C, '平和学習派遣事業参加者数', '人', 40, 22),
      ind(C, 'ワーク・ライフ・バランス推進企業認定数（累計）', '社', 45, 41),
      ind(C, 'デートＤＶ防止出前講座実施校数', '校', null, 8),
    ],
    groups: [],
  },
};

/** Family D: 第４次男女共同参画プラン 成果指標, 現況（計画策定時） and 実績 with their year in the cell, 目標（R7）, a 「－」 actual. */
const D = '成果指標';
const planIndicators: Holdout2Workbook = {
  name: 'h131-danjo-plan-seika-shihyo',
  layout: 'D: 男女共同参画プラン 成果指標, 「28.4⏎（令和2年度）」 現況, 目標（R7）, 実績 with its year, a 「－」 actual (survey not held)',
  build(wb) {
    const ws = wb.addWorksheet(D);
    widths(ws, [18, 34, 30, 14, 10, 14, 26]);
    merge(ws, 1, 1, 1, 7, '第４次男女共同参画プラン　成果指標の状況（令和５年度点検評価）');
    put(ws, 3, 1, ['基本目標', '指標', '指標の説明', '現況\n（計画策定時）', '目標\n（R7）', '実績', '現状把握の方法']);
    const rows: Cell[][] = [
      [
        'Ⅰ　あらゆる分野への女性の参画',
        '審議会等委員に占める女性の割合（％）',
        '地方自治法第202条の3に基づく審議会等',
        '28.4\n（令和2年度）',
        40.0,
        '33.1\n（令和5年度）',
        '審議会等の委員構成調査',
      ],
      [undefined, '市職員の課長級以上に占める女性の割合（％）', '各年度4月1日現在', '12.5\n（令和2年度）', 20.0, '15.0\n（令和5年度）', '人事課調べ'],
      [
        'Ⅱ　男女共同参画の意識づくり',
        '「男は仕事、女は家庭」という考え方に同感しない市民の割合（％）',
        '市民意識調査（5年ごと）',
        '62.3\n（令和元年度）',
        70.0,
        '－\n（次回調査は令和6年度）',
        '男女共同参画市民意識調査',
      ],
      [
        'Ⅲ　安全・安心な暮らし',
        '配偶者等からの暴力に関する相談窓口の認知度（％）',
        '市民アンケートで相談窓口を「知っている」と回答した割合',
        '45.0\n（令和2年度）',
        60.0,
        '61.2\n（令和5年度）',
        '市民満足度調査',
      ],
      [
        undefined,
        '市内事業所の男性の育児休業取得率（％）',
        '市内事業所実態調査による',
        '8.2\n（令和2年度）',
        30.0,
        '19.8\n（令和5年度）',
        '事業所実態調査（商工観光課）',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    merge(ws, 4, 1, 5, 1);
    merge(ws, 7, 1, 8, 1);
    wrap(ws, 3, 1, 8, 7);
    box(ws, 3, 1, 8, 7);
  },
  expected: {
    file: 'h131-danjo-plan-seika-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(D, '審議会等委員に占める女性の割合', '％', 40.0, 33.1), targetSource: 'final' },
      { ...ind(D, '市職員の課長級以上に占める女性の割合', '％', 20.0, 15.0), targetSource: 'final' },
      {
        ...ind(D, '「男は仕事、女は家庭」という考え方に同感しない市民の割合', '％', 70.0, null, { actualStatus: 'not-applicable' }),
        targetSource: 'final',
      },
      { ...ind(D, '配偶者等からの暴力に関する相談窓口の認知度', '％', 60.0, 61.2), targetSource: 'final' },
      { ...ind(D, '市内事業所の男性の育児休業取得率', '％', 30.0, 19.8), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheets, projectTable, kpiTable, planIndicators];
