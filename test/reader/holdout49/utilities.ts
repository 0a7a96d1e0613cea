/** Hold-out 49: a 水道事業 経営戦略 進捗管理表, a 地球温暖化対策実行計画（事務事業編）の排出量 and a ごみ処理基本計画 with no year. */
import type { Worksheet } from 'exceljs';
import type { Direction, ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const wrap = (ws: Worksheet, row: number) => {
  ws.getRow(row).alignment = { wrapText: true, vertical: 'middle' };
};
const final = (e: ExpectedIndicator): ExpectedIndicator => ({ ...e, targetSource: 'final' });

// ---------------------------------------------------------------------------------------------
// 7. 水道事業 経営戦略: 指標の見方 column (高いほど良い / 低いほど良い), R4 実績 before the R5 目標/実績, a （参考）類似団体平均 column after 評価.
const SU = '経営指標';
const SUIDO: [string | undefined, string, string, boolean, number, number, number, string, number | string, string][] = [
  ['経営の健全性', '経常収支比率', '％', true, 106.8, 105.0, 108.3, 'A', 112.4, ''],
  [undefined, '料金回収率', '％', true, 98.9, 100.0, 97.6, 'B', 104.1, ''],
  [undefined, '企業債残高', '百万円', false, 8310, 8200, 8035, 'A', '－', ''],
  ['経営の効率性', '有収率', '％', true, 88.9, 90.0, 88.4, 'B', 89.8, ''],
  [undefined, '給水原価', '円/㎥', false, 196.2, 190.0, 201.5, 'B', 171.3, '動力費（電気料金）の高騰による'],
  [undefined, '漏水件数', '件', false, 68, 60, 74, 'C', '－', '寒波による給水管の破損が増加'],
  ['老朽化・耐震化', '管路更新率', '％', true, 0.84, 1.0, 0.72, 'C', 0.65, '入札不調により2工区を翌年度に繰越'],
  [undefined, '基幹管路の耐震適合率', '％', true, 45.1, 48.0, 46.5, 'B', 42.0, ''],
];
const suido: Holdout2Workbook = {
  name: 'h49-suido-keiei-senryaku',
  layout: '水道事業 経営戦略 進捗管理表: 区分 merged down, 指標の見方 高いほど良い/低いほど良い, R4 実績 then R5 目標/実績, 評価, （参考）類似団体平均 column',
  build(wb) {
    const ws = wb.addWorksheet(SU);
    ws.getColumn(2).width = 22;
    put(ws, 1, 1, ['○○市水道事業経営戦略　令和５年度 進捗管理表']);
    put(ws, 2, 8, ['上下水道局 経営企画課']);
    put(ws, 4, 1, [
      '区分',
      '指標',
      '単位',
      '指標の見方',
      '令和４年度\n実績',
      '令和５年度\n目標',
      '令和５年度\n実績',
      '評価',
      '（参考）類似団体平均\n（令和４年度）',
      '備考',
    ]);
    wrap(ws, 4);
    let start = 5;
    SUIDO.forEach(([group, name, unit, up, r4, t, a, g, ruiji, note], i) => {
      const r = 5 + i;
      if (group) {
        if (r - 1 > start) ws.mergeCells(start, 1, r - 1, 1);
        start = r;
      }
      put(ws, r, 1, [group, name, unit, up ? '高いほど良い' : '低いほど良い', r4, t, a, g, ruiji, note]);
    });
    ws.mergeCells(start, 1, 4 + SUIDO.length, 1);
    put(ws, 14, 1, ['※評価　A：目標達成　B：目標の80％以上　C：60％以上　D：60％未満（低いほど良い指標は目標値÷実績値で算定）']);
    put(ws, 15, 1, ['※類似団体平均は総務省「経営比較分析表」（令和４年度決算）による。']);
  },
  expected: {
    file: 'h49-suido-keiei-senryaku.xlsx',
    fiscalYear: 2023,
    indicators: SUIDO.map(([, name, unit, up, , t, a, g]) => ind(SU, name, unit, t, a, { direction: up ? 'up' : 'down', existing: g })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 8. 地球温暖化対策実行計画（事務事業編）: years as columns H25 base … R5, a 削減目標（令和12年度） column, a 基準年度比 ▲ column, an 排出係数 table beside.
const ON = '排出量の推移';
const ONDANKA: [string, string, number[], number, string][] = [
  ['温室効果ガス総排出量', 't-CO2', [24800, 20310, 19870, 19420, 18950], 12400, '▲23.6%'],
  ['電気使用量', '千kWh', [38200, 33980, 33150, 32400, 31540], 30560, '▲17.4%'],
  ['都市ガス使用量', '千㎥', [1520, 1402, 1388, 1340, 1310], 1216, '▲13.8%'],
  ['A重油使用量', 'kL', [640, 512, 470, 431, 402], 448, '▲37.2%'],
  ['ガソリン使用量（公用車）', 'kL', [212, 190, 185, 181, 176], 170, '▲17.0%'],
];
const ondanka: Holdout2Workbook = {
  name: 'h49-ondanka-jikkou-keikaku',
  layout:
    '地球温暖化対策実行計画（事務事業編）: years as columns (基準年度 H25, R2…R5), only a 削減目標（令和12年度） column, 基準年度比 ▲%, an 排出係数 table beside',
  build(wb) {
    const ws = wb.addWorksheet(ON);
    ws.getColumn(1).width = 26;
    put(ws, 1, 1, ['○○市地球温暖化対策実行計画（事務事業編）　令和５年度 実施状況']);
    put(ws, 2, 7, ['環境部 環境政策課']);
    put(ws, 4, 1, ['１　市の事務事業に伴う温室効果ガス排出量等の推移']);
    put(ws, 5, 1, [
      '項目',
      '単位',
      '基準年度\n（平成25年度）',
      '令和２年度',
      '令和３年度',
      '令和４年度',
      '令和５年度',
      '削減目標\n（令和12年度）',
      '基準年度比\n（令和５年度）',
    ]);
    wrap(ws, 5);
    ONDANKA.forEach(([name, unit, v, target, ratio], i) => {
      put(ws, 6 + i, 1, [name, unit, ...v, target, ratio]);
      for (let c = 3; c <= 8; c++) ws.getCell(6 + i, c).numFmt = '#,##0';
    });
    put(ws, 12, 1, ['※削減目標は、温室効果ガス総排出量を基準年度比50％削減するもの。エネルギー使用量は各項目の削減目標。']);
    put(ws, 13, 1, ['※令和５年度の電気の排出係数は、令和４年度の調整後排出係数を使用。']);
    put(ws, 4, 11, ['（参考）排出係数']);
    put(ws, 5, 11, ['区分', '係数', '単位']);
    put(ws, 6, 11, ['電気', 0.000441, 't-CO2/kWh']);
    put(ws, 7, 11, ['都市ガス', 2.05, 't-CO2/千㎥']);
    put(ws, 8, 11, ['A重油', 2.71, 't-CO2/kL']);
    put(ws, 9, 11, ['ガソリン', 2.32, 't-CO2/kL']);
  },
  expected: {
    file: 'h49-ondanka-jikkou-keikaku.xlsx',
    fiscalYear: 2023,
    indicators: ONDANKA.map(([name, unit, v, target]) => final(ind(ON, name, unit, target, v[4], { direction: 'down' }))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 9. 一般廃棄物処理基本計画: 目標/実績 row pairs over R2（基準）…R7（最終）, 目標の方向 column (削減 / 向上), R6 actuals blank, no year of evaluation anywhere.
const GO = '数値目標';
const GOMI: [string, string, Direction, (number | string)[], number[]][] = [
  ['1人1日当たりごみ排出量', 'g/人・日', 'down', ['－', 910, 895, 880, 865, 850], [931, 925, 911, 902]],
  ['リサイクル率', '％', 'up', ['－', 22.0, 23.0, 24.0, 25.0, 26.0], [20.1, 20.6, 20.9, 20.8]],
  ['最終処分量', 't', 'down', ['－', 3300, 3200, 3100, 3000, 2900], [3520, 3410, 3380, 3350]],
  ['家庭系ごみ排出量（資源物を除く）', 't', 'down', ['－', 22300, 21900, 21500, 21100, 20700], [22900, 22410, 21760, 21280]],
  ['事業系ごみ排出量', 't', 'down', ['－', 10200, 10000, 9800, 9600, 9400], [10880, 10700, 10590, 10640]],
];
const gomi: Holdout2Workbook = {
  name: 'h49-gomi-no-year',
  layout:
    '一般廃棄物処理基本計画 数値目標: 目標/実績 row pairs under R2（基準）…R7（最終）, 目標の方向 削減/向上, actuals through R5, no evaluation year written (a guess)',
  build(wb) {
    const ws = wb.addWorksheet(GO);
    ws.getColumn(1).width = 30;
    put(ws, 1, 1, ['一般廃棄物処理基本計画　数値目標の達成状況']);
    put(ws, 2, 8, ['環境部 清掃課']);
    put(ws, 4, 1, [
      '指標',
      '単位',
      '目標の方向',
      '区分',
      '令和２年度\n（基準）',
      '令和３年度',
      '令和４年度',
      '令和５年度',
      '令和６年度',
      '令和７年度\n（最終）',
    ]);
    wrap(ws, 4);
    GOMI.forEach(([name, unit, dir, t, a], i) => {
      const r = 5 + 2 * i;
      put(ws, r, 1, [name, unit, dir === 'down' ? '削減' : '向上', '目標', ...t]);
      put(ws, r + 1, 4, ['実績', ...a]);
      for (const c of [1, 2, 3]) ws.mergeCells(r, c, r + 1, c);
    });
    put(ws, 16, 1, ['※実績値は各年度の清掃事業概要による。1人1日当たりごみ排出量は集団回収量を含む。']);
  },
  expected: {
    file: 'h49-gomi-no-year.xlsx',
    fiscalYear: 2023,
    indicators: GOMI.map(([name, unit, dir, t, a]) => ind(GO, name, unit, t[3] as number, a[3], { direction: dir })),
    groups: [],
    guesses: ['period'],
  },
};

export const UTILITY_WORKBOOKS: Holdout2Workbook[] = [suido, ondanka, gomi];
