/** Hold-out 54, family C: KPI tables per period with other cities' headings (前期（R3〜R5）/後期（R6〜R8）, full-width ２０２３, 令6 with 中間目標 and 最終目標). */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const num = (v: number | string) => (typeof v === 'number' ? v : Number(v.normalize('NFKC').replace(/,/g, '')));

// ---------------------------------------------------------------- 7: 前期（R3〜R5） / 後期（R6〜R8） target columns, the evaluation year in the title
const S7 = 'KPI';
type K7 = {
  name: string;
  unit: string;
  dir: '↑' | '↓';
  base: number | string;
  early: number | string;
  late: number | string;
  a: (number | string)[];
  mark: string;
};
const G7: [string, K7[]][] = [
  [
    '基本目標１　しごとをつくり、安心して働けるようにする',
    [
      { name: '新規創業件数', unit: '件', dir: '↑', base: 12, early: 20, late: 25, a: [14, 17, 21], mark: '◎' },
      { name: '市内事業所の従業者数', unit: '人', dir: '↑', base: '24,310', early: '25,000', late: '25,500', a: ['24,102', '24,455', '24,780'], mark: '○' },
    ],
  ],
  [
    '基本目標２　新しいひとの流れをつくる',
    [
      { name: '転出超過数', unit: '人', dir: '↓', base: 310, early: 250, late: 150, a: [296, 301, 284], mark: '○' },
      { name: '観光入込客数', unit: '千人', dir: '↑', base: 980, early: '1,100', late: '1,250', a: [702, 915, '1,020'], mark: '○' },
    ],
  ],
  [
    '基本目標３　結婚・出産・子育ての希望をかなえる',
    [
      {
        name: '地域子育て支援センターの利用者数',
        unit: '人',
        dir: '↑',
        base: '8,900',
        early: '10,000',
        late: '11,000',
        a: ['6,210', '6,984', '7,420'],
        mark: '△',
      },
      { name: '住みやすいと感じる市民の割合', unit: '％', dir: '↑', base: 62.5, early: 65.0, late: 70.0, a: [63.1, 64.8, 66.1], mark: '◎' },
    ],
  ],
];

function buildZenki(ws: Worksheet): void {
  ws.mergeCells('A1:M1');
  ws.getCell('A1').value = '第２期まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況';
  ws.mergeCells('A2:M2');
  ws.getCell('A2').value = '【令和５年度評価】';
  put(ws, 4, 1, ['No.', 'KPI', '単位', '方向', '基準値（R2）', '目標値', undefined, '実績値', undefined, undefined, '評価', '所管課']);
  put(ws, 5, 6, ['前期（R3〜R5）', '後期（R6〜R8）', 'R3', 'R4', 'R5']);
  for (const c of [1, 2, 3, 4, 5, 11, 12]) ws.mergeCells(4, c, 5, c);
  ws.mergeCells(4, 6, 4, 7);
  ws.mergeCells(4, 8, 4, 10);
  const owner = ['商工課', '商工課', '企画課', '観光課', '子育て支援課', '企画課'];
  let r = 6;
  let n = 0;
  for (const [goal, list] of G7) {
    ws.getCell(r, 1).value = goal;
    ws.mergeCells(r, 1, r, 12);
    r++;
    for (const k of list) {
      put(ws, r, 1, [n + 1, k.name, k.unit, k.dir, k.base, k.early, k.late, ...k.a, k.mark, owner[n]]);
      r++;
      n++;
    }
  }
  ws.getCell(r + 1, 2).value = '※前期目標は令和５年度末、後期目標は令和８年度末の目標値。評価は令和５年度実績と前期目標の比較による。';
  ws.getCell(r + 2, 2).value = '※評価　◎：達成　○：80％以上　△：60％以上　×：60％未満　　方向　↑：増加　↓：減少';
}

const E7: ExpectedIndicator[] = G7.flatMap(([, list]) =>
  list.map((k) => ind(S7, k.name, k.unit, num(k.early), num(k.a[2]), { direction: k.dir === '↓' ? 'down' : 'up', existing: k.mark })),
);

export const KPI_ZENKI: Holdout2Workbook = {
  name: 'h54-kpi-zenki-kouki',
  layout:
    'C: KPI rows under 基本目標 band rows, 目標値 split into 前期（R3〜R5）/後期（R6〜R8）, 実績値 R3–R5, 【令和５年度評価】 in a title line, 方向 ↑↓, 評価 ◎○△×',
  build(wb) {
    buildZenki(wb.addWorksheet(S7));
  },
  expected: { file: 'h54-kpi-zenki-kouki.xlsx', fiscalYear: 2023, indicators: E7, groups: [] },
};

// ---------------------------------------------------------------- 8: full-width AD year columns, 目標値/実績値 row pairs, full-width digits
const S8 = 'ＫＰＩ一覧';
type K8 = { name: string; unit: string; t: (number | string)[]; a: (number | string | null)[]; note?: string };
const P8: K8[] = [
  { name: '路線バスの年間利用者数', unit: '千人', t: [850, 870, 900, 920], a: [812, 845, '８７６', null] },
  {
    name: 'デマンドタクシーの登録者数',
    unit: '人',
    t: ['１，２００', '１，３５０', '１，５００', '１，６５０'],
    a: ['１，０８８', '１，４０２', '１，６２８', null],
  },
  { name: '交通事故の発生件数', unit: '件', t: [320, 310, 300, 290], a: [334, 305, 287, null], note: '減少を目指す指標' },
  { name: '駅前自転車駐車場の利用率', unit: '％', t: [80.0, 80.0, 80.0, 80.0], a: [61.2, 64.9, '６８．５', null] },
  { name: '道路補修要望への30日以内の対応率', unit: '％', t: [95.0, 95.0, 95.0, 95.0], a: [88.4, 91.0, 90.2, null] },
];

function buildFullwidth(ws: Worksheet): void {
  ws.getCell('A1').value = '２０２３年度　行政評価　重要業績評価指標（ＫＰＩ）';
  ws.getCell('A2').value = '政策分野：都市基盤・交通　　担当：都市整備部　交通政策課';
  put(ws, 4, 1, ['ＫＰＩ', '単位', '区分', '２０２１', '２０２２', '２０２３', '２０２４', '備考']);
  let r = 5;
  for (const k of P8) {
    put(ws, r, 1, [k.name, k.unit, '目標値', ...k.t, k.note]);
    put(ws, r + 1, 3, ['実績値', ...k.a.map((v) => v ?? undefined)]);
    ws.mergeCells(r, 1, r + 1, 1);
    ws.mergeCells(r, 2, r + 1, 2);
    r += 2;
  }
  put(ws, r, 1, ['（参考）市内の自動車保有台数', '台', '実績値', '５８，２１０', '５８，０４４', '５７，９３１']);
  ws.getCell(r + 2, 1).value = '※２０２４年度の実績は次年度の評価で記入する。参考の自動車保有台数はＫＰＩではない。';
}

const E8: ExpectedIndicator[] = P8.map((k) => ind(S8, k.name, k.unit, num(k.t[2]), num(k.a[2] as number | string), { direction: k.note ? 'down' : 'up' }));

export const KPI_FULLWIDTH: Holdout2Workbook = {
  name: 'h54-kpi-fullwidth-years',
  layout:
    'C: 目標値/実績値 row pairs under full-width ２０２１…２０２４ columns, some full-width digits with full-width commas, 減少を目指す only in 備考, a （参考） row',
  build(wb) {
    buildFullwidth(wb.addWorksheet(S8));
  },
  expected: { file: 'h54-kpi-fullwidth-years.xlsx', fiscalYear: 2023, indicators: E8, groups: [] },
};

// ---------------------------------------------------------------- 9: 令4/令5/令6 actual columns, 中間目標（令6） and 最終目標（令10）, one 中間目標 missing
const S9 = '進捗管理表';
type K9 = { name: string; unit: string; dir: '↑' | '↓'; a: (number | string)[]; mid: number | string; fin: number | string; mark: string };
const P9: K9[] = [
  { name: '市域の温室効果ガス排出量', unit: '千t-CO2', dir: '↓', a: [612, 598, 585], mid: 580, fin: 520, mark: '○' },
  { name: '家庭系ごみの1人1日当たり排出量', unit: 'g', dir: '↓', a: [531, 524, 512], mid: 500, fin: 480, mark: '○' },
  { name: 'リサイクル率', unit: '％', dir: '↑', a: [17.9, 18.2, 18.4], mid: 22.0, fin: 25.0, mark: '○' },
  { name: '太陽光発電設備を導入した公共施設数（累計）', unit: '施設', dir: '↑', a: [14, 17, 21], mid: '－', fin: 40, mark: '×' },
  { name: '環境学習講座の参加者数', unit: '人', dir: '↑', a: ['1,032', '1,118', '1,245'], mid: '1,200', fin: '1,500', mark: '◎' },
  { name: '市民一人当たりの都市公園面積', unit: '㎡', dir: '↑', a: [11.6, 11.7, 11.8], mid: 12.0, fin: 13.0, mark: '○' },
];

function buildMidFinal(ws: Worksheet): void {
  ws.getCell('A1').value = '第３次環境基本計画　指標の進捗状況（令和６年度実績）';
  ws.getCell('A2').value = '環境政策課　令和7年7月作成';
  put(ws, 4, 1, ['番号', '指標', '単位', '方向', '実績値', undefined, undefined, '中間目標（令6）', '最終目標（令10）', '評価']);
  put(ws, 5, 5, ['令4', '令5', '令6']);
  for (const c of [1, 2, 3, 4, 8, 9, 10]) ws.mergeCells(4, c, 5, c);
  ws.mergeCells(4, 5, 4, 7);
  P9.forEach((k, i) => put(ws, 6 + i, 1, [i + 1, k.name, k.unit, k.dir, ...k.a, k.mid, k.fin, k.mark]));
  ws.getCell('B13').value = '※中間目標を設定していない指標は、最終目標に対する進捗で評価した。';
  ws.getCell('B14').value = '※評価　◎：目標達成　○：達成率80％以上　△：60％以上　×：60％未満';
  ws.getCell('B15').value = '※方向　↑：増加を目指す　↓：減少を目指す';
}

const E9: ExpectedIndicator[] = P9.map((k) => {
  const final = k.mid === '－';
  const e = ind(S9, k.name, k.unit, num(final ? k.fin : k.mid), num(k.a[2]), { direction: k.dir === '↓' ? 'down' : 'up', existing: k.mark });
  if (final) e.targetSource = 'final';
  return e;
});

export const KPI_MID_FINAL: Holdout2Workbook = {
  name: 'h54-kpi-reiwa6-mid-final',
  layout:
    'C: 実績値 令4/令5/令6 then 中間目標（令6） and 最終目標（令10）, evaluation year 令和６年度 from the title, one 中間目標 「－」 (final target used), ◎○△× with a legend',
  build(wb) {
    buildMidFinal(wb.addWorksheet(S9));
  },
  expected: { file: 'h54-kpi-reiwa6-mid-final.xlsx', fiscalYear: 2024, indicators: E9, groups: [] },
};

export const KPI_WORKBOOKS: Holdout2Workbook[] = [KPI_ZENKI, KPI_FULLWIDTH, KPI_MID_FINAL];
