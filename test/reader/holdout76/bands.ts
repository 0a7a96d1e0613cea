/** Hold-out 76, part 2: band targets (「○以上○以下」「○～○」) and ceilings (「○以内」「○以下」) in year groups, actuals inside, below or above. */
import { ind, put, gradeOf, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { mergeDown, yearGroups } from './years';

/**
 * A band target as the workbook's own note grades it: inside the band 100 %; below the floor actual ÷ floor; above the
 * ceiling ceiling ÷ actual. Neither a single target nor a direction is a fact a clerk states for a band, so both are left out.
 */
function band(sheet: string, name: string, unit: string, floor: number, ceiling: number, actual: number, existing?: string): ExpectedIndicator {
  const grade = actual < floor ? gradeOf(floor, actual, 'up') : actual > ceiling ? gradeOf(ceiling, actual, 'down') : 'A';
  const out: ExpectedIndicator = { sheet, name, unit, actual, grade };
  if (existing) out.existing = existing;
  return out;
}

const B1 = '経営指標';
const hospital: Holdout2Workbook = {
  name: 'h76-band-hospital-plan',
  layout:
    '市民病院経営強化プランの点検: 令和4〜6年度の 目標/実績（目標は「80以上90以下」「350～400」「14以内」「55以下」「100以上」の文字）、令和6年度の実績は空、右端に令和5年度の評価、範囲の目標の評価方法の注記',
  build(wb) {
    const ws = wb.addWorksheet(B1);
    put(ws, 1, 1, ['みなみ市民病院経営強化プラン　点検・評価シート']);
    put(ws, 2, 1, ['評価対象年度：令和5年度', undefined, undefined, undefined, undefined, undefined, undefined, undefined, '病院事務局 経営企画室']);
    put(ws, 4, 1, ['区分', '指標', '単位']);
    const end = yearGroups(ws, 4, 4, [
      ['令和4年度', ['目標', '実績']],
      ['令和5年度', ['目標', '実績']],
      ['令和6年度', ['目標', '実績']],
    ]);
    put(ws, 4, end, ['評価（R5）']);
    mergeDown(ws, 4, [1, 2, 3, end]);
    const rows: (string | number | undefined)[][] = [
      ['医療機能', '病床利用率', '％', '80以上90以下', 78.3, '80以上90以下', 92.4, '80以上90以下', undefined, 'B'],
      [undefined, '1日平均外来患者数', '人', '350～400', 362, '350～400', 318, '350～400', undefined, 'B'],
      [undefined, '平均在院日数', '日', '14以内', 14.6, '14以内', 13.2, '14以内', undefined, 'A'],
      [undefined, '紹介率', '％', '50以上', 47.9, '50以上', 54.3, '55以上', undefined, 'A'],
      ['経営の効率化', '経常収支比率', '％', '100以上', 96.1, '100以上', 98.6, '100以上', undefined, 'B'],
      [undefined, '医業収支比率', '％', '90以上', 86.4, '92以上', 88.1, '93以上', undefined, 'B'],
      [undefined, '職員給与費対医業収益比率', '％', '56以下', 59.7, '55以下', 58.2, '55以下', undefined, 'B'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    ws.mergeCells('A6:A9');
    ws.mergeCells('A10:A12');
    put(ws, 14, 1, ['※評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満']);
    put(ws, 15, 1, ['※「以上」の指標は実績÷目標、「以下」「以内」の指標は目標÷実績を達成率とする。']);
    put(ws, 16, 1, [
      '※目標が範囲の指標（○以上○以下、○～○）は、範囲内を達成率100％とし、下限を下回った場合は実績÷下限値、上限を上回った場合は上限値÷実績を達成率とする。',
    ]);
    ws.getColumn(2).width = 28;
  },
  expected: {
    file: 'h76-band-hospital-plan.xlsx',
    fiscalYear: 2023,
    indicators: [
      band(B1, '病床利用率', '％', 80, 90, 92.4, 'B'),
      band(B1, '1日平均外来患者数', '人', 350, 400, 318, 'B'),
      ind(B1, '平均在院日数', '日', 14, 13.2, { direction: 'down', existing: 'A' }),
      ind(B1, '紹介率', '％', 50, 54.3, { existing: 'A' }),
      ind(B1, '経常収支比率', '％', 100, 98.6, { existing: 'B' }),
      ind(B1, '医業収支比率', '％', 92, 88.1, { existing: 'B' }),
      ind(B1, '職員給与費対医業収益比率', '％', 55, 58.2, { direction: 'down', existing: 'B' }),
    ],
    groups: [],
  },
};

const B2 = '財政指標';
const finance: Holdout2Workbook = {
  name: 'h76-band-finance-mid-plan',
  layout:
    '中期財政計画の進行管理: 令和4〜6年度の 目標/実績/評価（各年度に財政課の評価）、評価年度は令和6年度、「90.0以下」「80.0以内」「3～5」「25～35」の目標、範囲外は近い方の限度値で評価の注記',
  build(wb) {
    const ws = wb.addWorksheet(B2);
    put(ws, 1, 1, ['もみじ市中期財政計画（令和4年度～令和8年度）　財政指標の進行管理']);
    put(ws, 2, 1, ['評価年度', '令和6年度決算', undefined, undefined, undefined, undefined, undefined, undefined, undefined, '財政課']);
    put(ws, 4, 1, ['財政指標', '単位']);
    const sub = ['目標', '実績', '評価'];
    yearGroups(ws, 4, 3, [
      ['令和4年度', sub],
      ['令和5年度', sub],
      ['令和6年度', sub],
    ]);
    mergeDown(ws, 4, [1, 2]);
    const rows: (string | number)[][] = [
      ['経常収支比率', '％', '90.0以下', 89.2, 'A', '90.0以下', 92.7, 'B', '90.0以下', 91.8, 'B'],
      ['実質公債費比率', '％', '10.0以下', 8.6, 'A', '10.0以下', 8.1, 'A', '10.0以下', 7.9, 'A'],
      ['将来負担比率', '％', '80.0以内', 35.1, 'A', '80.0以内', 24.8, 'A', '80.0以内', 12.4, 'A'],
      ['実質収支比率', '％', '3～5', 6.2, 'B', '3～5', 4.4, 'A', '3～5', 2.6, 'B'],
      ['財政調整基金残高', '億円', '25～35', 31.0, 'A', '25～35', 34.2, 'A', '25～35', 38.6, 'B'],
      ['市債残高（一般会計）', '億円', '440以下', 436.8, 'A', '430以下', 433.0, 'B', '420以下', 431.5, 'B'],
      ['市税の収納率（現年分）', '％', '98.5以上', 98.6, 'A', '98.5以上', 98.8, 'A', '98.5以上', 98.9, 'A'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 14, 1, ['評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満（「以下」「以内」の指標の達成率＝目標÷実績）']);
    put(ws, 15, 1, [
      '※範囲で設定した目標（○～○）は、範囲内をAとし、範囲外の場合は近い方の限度値を目標値とみなして達成率で評価する（上限超過は上限値÷実績、下限未満は実績÷下限値）。',
    ]);
    ws.getColumn(1).width = 26;
  },
  expected: {
    file: 'h76-band-finance-mid-plan.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(B2, '経常収支比率', '％', 90.0, 91.8, { direction: 'down', existing: 'B' }),
      ind(B2, '実質公債費比率', '％', 10.0, 7.9, { direction: 'down', existing: 'A' }),
      ind(B2, '将来負担比率', '％', 80.0, 12.4, { direction: 'down', existing: 'A' }),
      band(B2, '実質収支比率', '％', 3, 5, 2.6, 'B'),
      band(B2, '財政調整基金残高', '億円', 25, 35, 38.6, 'B'),
      ind(B2, '市債残高（一般会計）', '億円', 420, 431.5, { direction: 'down', existing: 'B' }),
      ind(B2, '市税の収納率（現年分）', '％', 98.5, 98.9, { existing: 'A' }),
    ],
    groups: [],
  },
};

const B3 = 'PI';
const water: Holdout2Workbook = {
  name: 'h76-band-water-pi',
  layout:
    '水道事業の業務指標（PI）: PI番号、令和3〜5年度の 目標値/実績値/達成状況（達成・未達成）、令和6年度は目標値だけ、範囲「55～70」「70～85」と「以上」「以下」の目標',
  build(wb) {
    const ws = wb.addWorksheet(B3);
    put(ws, 1, 1, ['かしわ市水道事業経営戦略　業務指標（PI）の進捗　評価対象：令和5年度']);
    put(ws, 2, 11, ['上下水道部 総務課']);
    put(ws, 4, 1, ['PI番号', '業務指標', '単位']);
    const sub = ['目標値', '実績値', '達成状況'];
    yearGroups(ws, 4, 4, [
      ['令和3年度', sub],
      ['令和4年度', sub],
      ['令和5年度', sub],
      ['令和6年度', ['目標値']],
    ]);
    mergeDown(ws, 4, [1, 2, 3]);
    const rows: (string | number)[][] = [
      ['B104', '施設利用率', '％', '55～70', 58.4, '達成', '55～70', 60.2, '達成', '55～70', 61.5, '達成', '55～70'],
      ['B105', '最大稼働率', '％', '70～85', 83.1, '達成', '70～85', 86.0, '未達成', '70～85', 88.9, '未達成', '70～85'],
      ['B112', '有収率', '％', '91.0以上', 90.6, '未達成', '91.5以上', 90.9, '未達成', '92.0以上', 90.1, '未達成', '92.5以上'],
      ['C102', '料金回収率', '％', '100以上', 101.8, '達成', '100以上', 99.4, '未達成', '100以上', 103.2, '達成', '100以上'],
      ['B504', '管路の更新率', '％', '1.00以上', 0.71, '未達成', '1.00以上', 0.84, '未達成', '1.00以上', 0.62, '未達成', '1.00以上'],
      ['C115', '給水原価', '円/㎥', '180以下', 174.9, '達成', '180以下', 178.2, '達成', '180以下', 176.4, '達成', '185以下'],
      ['B110', '漏水率', '％', '3.0以下', 3.4, '未達成', '3.0以下', 3.6, '未達成', '3.0以下', 4.1, '未達成', '3.0以下'],
      ['C113', '流動比率', '％', '200以上', 262.0, '達成', '200以上', 251.7, '達成', '200以上', 245.3, '達成', '200以上'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 15, 1, ['※施設利用率・最大稼働率は、低すぎれば施設の過大、高すぎれば能力の不足を示すため、目標を範囲で設定している。']);
    put(ws, 16, 1, ['※点検評価では、範囲内を達成率100％、範囲外は下限値または上限値に対する達成率（上限超過は上限値÷実績値）により A～D で評価する。']);
    put(ws, 17, 1, ['　 A：100％以上　B：80％以上　C：60％以上　D：60％未満（「以下」の指標は目標値÷実績値）']);
    ws.getColumn(2).width = 18;
  },
  expected: {
    file: 'h76-band-water-pi.xlsx',
    fiscalYear: 2023,
    indicators: [
      band(B3, '施設利用率', '％', 55, 70, 61.5),
      band(B3, '最大稼働率', '％', 70, 85, 88.9),
      ind(B3, '有収率', '％', 92.0, 90.1),
      ind(B3, '料金回収率', '％', 100, 103.2),
      ind(B3, '管路の更新率', '％', 1.0, 0.62),
      ind(B3, '給水原価', '円/㎥', 180, 176.4, { direction: 'down' }),
      ind(B3, '漏水率', '％', 3.0, 4.1, { direction: 'down' }),
      ind(B3, '流動比率', '％', 200, 245.3),
    ],
    groups: [],
  },
};

const B4 = '計画の進捗';
const waste: Holdout2Workbook = {
  name: 'h76-band-waste-r7-target',
  layout:
    '一般廃棄物処理基本計画の進捗: 令和5・6年度の 目標値/実績値/評価 と右端に「令和7年度（目標）」、評価年度の欄は令和6年度、全角数字の「以下」「以内」「以上」の目標、上限ちょうどの実績',
  build(wb) {
    const ws = wb.addWorksheet(B4);
    put(ws, 1, 1, ['つばき市一般廃棄物処理基本計画　数値目標の進捗状況']);
    put(ws, 2, 1, ['評価年度', '令和６年度', undefined, undefined, undefined, undefined, '環境部 ごみ減量推進課']);
    put(ws, 4, 1, ['数値目標', '単位']);
    const sub = ['目標値', '実績値', '評価'];
    yearGroups(ws, 4, 3, [
      ['令和５年度', sub],
      ['令和６年度', sub],
      ['令和７年度（目標）', ['目標値']],
    ]);
    mergeDown(ws, 4, [1, 2]);
    const rows: (string | number)[][] = [
      ['1人1日当たりのごみ排出量', 'g', '８８０以下', '８７２', 'A', '８６０以下', '８６４', 'B', '８４０以下'],
      ['家庭系ごみ排出量', 't', '３２，８００以内', '３２，５１０', 'A', '３２，０００以内', '３１，４８０', 'A', '３１，２００以内'],
      ['事業系ごみ排出量', 't', '１４，８００以内', '１５，２４０', 'B', '１４，５００以内', '１５，９２０', 'B', '１４，２００以内'],
      ['リサイクル率', '％', '２５．０以上', '２３．１', 'B', '２６．０以上', '２２．４', 'B', '２７．０以上'],
      ['最終処分量', 't', '４，３００以下', '４，４１０', 'B', '４，２００以下', '４，２００', 'A', '４，１００以下'],
      ['不法投棄の件数', '件', '３５件以内', '４１件', 'B', '３０件以内', '５２件', 'D', '２５件以内'],
      ['資源物集団回収の実施団体数', '団体', '１１５以上', '１１２', 'B', '１２０以上', '１０８', 'B', '１２５以上'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 14, 1, ['※評価　A：達成　B：達成率80％以上　C：60％以上　D：60％未満。「以下」「以内」の目標は目標値÷実績値を達成率とする。']);
    put(ws, 15, 1, ['※令和７年度は計画の最終年度。']);
    ws.getColumn(1).width = 28;
  },
  expected: {
    file: 'h76-band-waste-r7-target.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(B4, '1人1日当たりのごみ排出量', 'g', 860, 864, { direction: 'down', existing: 'B' }),
      ind(B4, '家庭系ごみ排出量', 't', 32000, 31480, { direction: 'down', existing: 'A' }),
      ind(B4, '事業系ごみ排出量', 't', 14500, 15920, { direction: 'down', existing: 'B' }),
      ind(B4, 'リサイクル率', '％', 26.0, 22.4, { existing: 'B' }),
      ind(B4, '最終処分量', 't', 4200, 4200, { direction: 'down', existing: 'A' }),
      ind(B4, '不法投棄の件数', '件', 30, 52, { direction: 'down', existing: 'D' }),
      ind(B4, '資源物集団回収の実施団体数', '団体', 120, 108, { existing: 'B' }),
    ],
    groups: [],
  },
};

const B5 = '量の見込みと確保';
const childcare: Holdout2Workbook = {
  name: 'h76-band-childcare-zero',
  layout:
    '子ども・子育て支援事業計画の進捗: 令和4〜6年度の 計画値/実績値/差、令和6年度の実績は「（見込）」付き、目指す方向の列（増加/減少/範囲内）、待機児童数の目標 0、定員充足率「90～100」',
  build(wb) {
    const ws = wb.addWorksheet(B5);
    put(ws, 1, 1, ['第2期ふじ市子ども・子育て支援事業計画　令和5年度 進捗状況']);
    put(ws, 2, 1, [
      '（令和6年度の実績は令和6年12月末時点の見込み）',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'こども未来課',
    ]);
    put(ws, 4, 1, ['指標', '単位', '目指す方向']);
    const sub = ['計画値', '実績値', '差'];
    yearGroups(ws, 4, 4, [
      ['令和4年度', sub],
      ['令和5年度', sub],
      ['令和6年度', sub],
    ]);
    mergeDown(ws, 4, [1, 2, 3]);
    const rows: (string | number)[][] = [
      ['保育所等の待機児童数（4月1日）', '人', '減少', 0, 3, '+3', 0, 0, '0', 0, '0（見込）', '0'],
      ['放課後児童クラブの待機児童数（5月1日）', '人', '減少', 10, 18, '+8', 0, 12, '+12', 0, '6（見込）', '+6'],
      ['放課後児童クラブの登録児童数', '人', '増加', 1400, 1386, '▲14', 1450, 1502, '+52', 1500, '1,540（見込）', '+40'],
      ['保育所等の定員充足率', '％', '範囲内', '90～100', 98.2, '－', '90～100', 103.5, '－', '90～100', '101.0（見込）', '－'],
      ['一時預かり事業の延べ利用者数', '人', '増加', 11000, 8920, '▲2,080', 12000, 9840, '▲2,160', 12500, '11,200（見込）', '▲1,300'],
      ['病児保育事業の延べ利用者数', '人', '増加', 2200, 980, '▲1,220', 2400, 1350, '▲1,050', 2400, '1,620（見込）', '▲780'],
      ['ファミリー・サポート・センターの活動件数', '件', '増加', 3000, 2460, '▲540', 3000, 2130, '▲870', 3200, '2,400（見込）', '▲800'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 14, 1, ['※差＝実績値－計画値（▲はマイナス）。']);
    put(ws, 15, 1, [
      '※達成率：「増加」は実績値÷計画値、「減少」は計画値÷実績値（実績値0は達成）、「範囲内」は範囲内を100％とし、範囲外は上限値÷実績値（下限を下回る場合は実績値÷下限値）。',
    ]);
    ws.getColumn(1).width = 40;
  },
  expected: {
    file: 'h76-band-childcare-zero.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B5, '保育所等の待機児童数（4月1日）', '人', 0, 0, { direction: 'down' }),
      ind(B5, '放課後児童クラブの待機児童数（5月1日）', '人', 0, 12, { direction: 'down' }),
      ind(B5, '放課後児童クラブの登録児童数', '人', 1450, 1502),
      band(B5, '保育所等の定員充足率', '％', 90, 100, 103.5),
      ind(B5, '一時預かり事業の延べ利用者数', '人', 12000, 9840),
      ind(B5, '病児保育事業の延べ利用者数', '人', 2400, 1350),
      ind(B5, 'ファミリー・サポート・センターの活動件数', '件', 3000, 2130),
    ],
    groups: [],
  },
};

export const BAND_WORKBOOKS: Holdout2Workbook[] = [hospital, finance, water, waste, childcare];
