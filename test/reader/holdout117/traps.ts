/**
 * Hold-out set 117, three traps: a 学力・体力調査 sheet whose 目標 is a 全国平均との差 in ポイント (the 本市平均正答率 beside it is
 * not the actual), a 点検評価報告書 titled 令和６年度 that evaluates 令和５年度 (with 令和６年度 目標｜実績（見込） columns filled),
 * and a 施設整備 table whose 令和５年度実績値 is split 単年度｜累計（年度末時点）, the 累計 indicators to be read from the 累計 column.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { band, box, fmt, merge, sheet, title, wrap } from './families';

// ---------------------------------------------------------------------------------------------------------------------
// 9. 全国学力・学習状況調査 and 体力調査: 目標 = 全国平均との差 (ポイント／点); the actual is the 差, not the city's own score.

const gakuryoku = [
  { name: '全国平均正答率との差（小学校6年・国語）', city: 66.8, nation: 67.2, last: 0.5 as number | string },
  { name: '全国平均正答率との差（小学校6年・算数）', city: 64.9, nation: 62.5, last: 1.8 },
  { name: '全国平均正答率との差（中学校3年・国語）', city: 70.1, nation: 69.8, last: -0.2 },
  { name: '全国平均正答率との差（中学校3年・数学）', city: 51.0, nation: 51.0, last: -1.1 },
  { name: '全国平均正答率との差（中学校3年・英語）', city: 46.5, nation: 45.6, last: '－' },
];
const tairyoku = [
  { name: '体力合計点の全国平均との差（小学校5年・男子）', city: 52.1, nation: 52.6, diff: '▲0.5', value: -0.5 },
  { name: '体力合計点の全国平均との差（小学校5年・女子）', city: 55.8, nation: 54.3, diff: '+1.5', value: 1.5 },
  { name: '体力合計点の全国平均との差（中学校2年・男子）', city: 41.9, nation: 41.3, diff: '+0.6', value: 0.6 },
  { name: '体力合計点の全国平均との差（中学校2年・女子）', city: 46.0, nation: 47.3, diff: '▲1.3', value: -1.3 },
];
const round1 = (x: number) => Math.round(x * 10) / 10;

const zenkokuSa: Holdout2Workbook = {
  name: 'h117-trap-zenkoku-sa',
  layout:
    'trap: 学力調査 rows 本市平均正答率｜全国平均正答率｜全国平均との差（ポイント, +0.0;▲0.0 format）｜目標値（全国平均との差）｜前年度の差, and a 体力調査 sheet with the 差 as text 「▲0.5」「+1.5」 against 目標 「+0.5」: the actual is the 差',
  build(wb) {
    const ws = sheet(wb, '学力調査', [5, 44, 13, 13, 15, 15, 15]);
    title(ws, 1, 1, 7, '令和５年度　全国学力・学習状況調査の結果（教育委員会の点検・評価）');
    put(ws, 2, 1, ['実施日：令和５年４月18日　対象：市立小学校第６学年（18校）・中学校第３学年（8校）']);
    put(ws, 4, 1, [
      'No.',
      '指標',
      '本市平均正答率\n（％）',
      '全国平均正答率\n（％）',
      '全国平均との差\n（ポイント）',
      '目標値\n（全国平均との差）',
      '（参考）前年度の\n全国平均との差',
    ]);
    band(ws, 4, 1, 4, 7);
    ws.getRow(4).height = 36;
    gakuryoku.forEach((g, i) => put(ws, 5 + i, 1, [i + 1, g.name, g.city, g.nation, round1(g.city - g.nation), 1.0, g.last]));
    fmt(ws, 5, 3, 9, 4, '0.0');
    fmt(ws, 5, 5, 9, 7, '+0.0;"▲"0.0;0.0');
    box(ws, 4, 1, 9, 7);
    put(ws, 10, 1, ['※差＝本市平均正答率－全国平均正答率（ポイント）。▲はマイナス。目標は各教科で全国平均を1.0ポイント以上上回ること。']);
    put(ws, 11, 1, ['※中学校英語は令和５年度に4年ぶりに実施（前年度は実施なし）。']);

    const ws2 = sheet(wb, '体力調査', [5, 46, 12, 12, 15, 15]);
    title(ws2, 1, 1, 6, '令和５年度　全国体力・運動能力、運動習慣等調査の結果');
    put(ws2, 2, 1, ['対象：小学校第５学年・中学校第２学年　体力合計点（80点満点）']);
    put(ws2, 4, 1, ['No.', '指標', '本市（点）', '全国（点）', '全国平均との差\n（点）', '目標\n（全国平均との差）']);
    band(ws2, 4, 1, 4, 6);
    ws2.getRow(4).height = 32;
    tairyoku.forEach((t, i) => put(ws2, 5 + i, 1, [i + 1, t.name, t.city, t.nation, t.diff, '+0.5']));
    fmt(ws2, 5, 3, 8, 4, '0.0');
    box(ws2, 4, 1, 8, 6);
    put(ws2, 9, 1, ['※目標は全国平均を0.5点以上上回ること。▲はマイナス。']);
  },
  expected: {
    file: 'h117-trap-zenkoku-sa.xlsx',
    fiscalYear: 2023,
    indicators: [
      ...gakuryoku.map((g) => ind('学力調査', g.name, 'ポイント', 1.0, round1(g.city - g.nation))),
      ...tairyoku.map((t) => ind('体力調査', t.name, '点', 0.5, t.value)),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 10. 点検評価報告書 titled 令和６年度, evaluating 令和５年度: 基本方針→施策→主な取組 merged down, R6 目標｜実績（見込） filled.

interface Row {
  houshin?: [string, number];
  shisaku?: [string, number];
  torikumi: string;
  name: string;
  unit: string;
  arrow: '↑' | '↓';
  r3: number | string;
  r4: number;
  t5: number;
  a5: number;
  grade: string;
  t6: number;
  a6: number;
  ka: string;
}

const hokoku: Row[] = [
  {
    houshin: ['１　確かな学力と豊かな心の育成', 2],
    shisaku: ['1-1　読書活動の推進', 1],
    torikumi: '学校図書館の充実',
    name: '学校図書館における児童生徒1人当たり年間貸出冊数',
    unit: '冊',
    arrow: '↑',
    r3: 52.4,
    r4: 55.1,
    t5: 60,
    a5: 57.3,
    grade: 'B',
    t6: 62,
    a6: 58.0,
    ka: '学校教育課',
  },
  {
    shisaku: ['1-2　特別支援教育の充実', 1],
    torikumi: '特別支援教育支援員の配置',
    name: '特別支援教育支援員の配置人数',
    unit: '人',
    arrow: '↑',
    r3: 40,
    r4: 42,
    t5: 45,
    a5: 45,
    grade: 'A',
    t6: 48,
    a6: 48,
    ka: '学校教育課',
  },
  {
    houshin: ['２　教職員が子どもと向き合う環境づくり', 2],
    shisaku: ['2-1　学校における働き方改革', 2],
    torikumi: '業務改善・部活動指導の見直し',
    name: '教員1人当たり月平均の時間外在校等時間',
    unit: '時間',
    arrow: '↓',
    r3: 48.2,
    r4: 45.1,
    t5: 40.0,
    a5: 43.5,
    grade: 'B',
    t6: 38.0,
    a6: 41.0,
    ka: '教育総務課',
  },
  {
    torikumi: '教職員の健康管理',
    name: '教職員のストレスチェック受検率',
    unit: '％',
    arrow: '↑',
    r3: 92.3,
    r4: 94.0,
    t5: 95.0,
    a5: 97.2,
    grade: 'A',
    t6: 95.0,
    a6: 97.0,
    ka: '教育総務課',
  },
  {
    houshin: ['３　安全・安心な教育環境の整備', 3],
    shisaku: ['3-1　学校施設の整備', 1],
    torikumi: '学校施設の長寿命化改修',
    name: '長寿命化改修工事の実施校数',
    unit: '校',
    arrow: '↑',
    r3: 1,
    r4: 2,
    t5: 2,
    a5: 1,
    grade: 'C',
    t6: 2,
    a6: 2,
    ka: '教育総務課',
  },
  {
    shisaku: ['3-2　学校給食の充実', 1],
    torikumi: '地産地消の推進',
    name: '学校給食における地場産物使用割合',
    unit: '％',
    arrow: '↑',
    r3: 27.1,
    r4: 27.8,
    t5: 30.0,
    a5: 26.1,
    grade: 'B',
    t6: 31.0,
    a6: 29.0,
    ka: '学校給食センター',
  },
  {
    shisaku: ['3-3　部活動の地域移行', 1],
    torikumi: '休日の部活動の地域移行',
    name: '地域移行の実証事業を実施した種目数',
    unit: '種目',
    arrow: '↑',
    r3: '－',
    r4: 1,
    t5: 3,
    a5: 0,
    grade: 'D',
    t6: 4,
    a6: 3,
    ka: '学校教育課',
  },
  {
    houshin: ['４　生涯学習・社会教育の推進', 2],
    shisaku: ['4-1　学習機会の充実', 1],
    torikumi: '公民館講座の開設',
    name: '公民館講座の参加者数',
    unit: '人',
    arrow: '↑',
    r3: 8210,
    r4: 10540,
    t5: 12000,
    a5: 9870,
    grade: 'B',
    t6: 12000,
    a6: 11200,
    ka: '生涯学習課',
  },
  {
    shisaku: ['4-2　図書館サービスの充実', 1],
    torikumi: '市立図書館の運営',
    name: '市立図書館の年間貸出冊数',
    unit: '千冊',
    arrow: '↑',
    r3: 801,
    r4: 826,
    t5: 850,
    a5: 812.4,
    grade: 'A',
    t6: 850,
    a6: 830,
    ka: '中央図書館',
  },
];

const hokokusho: Holdout2Workbook = {
  name: 'h117-trap-hokokusho-nendo',
  layout:
    'trap: 報告書 titled 令和６年度 with （令和５年度対象） below, 基本方針→施策→主な取組 merged down, R3｜R4 実績, 令和５年度（目標｜実績｜評価）, then 令和６年度（目標｜実績（見込）） filled, 方向 ↑↓, a 千冊 unit',
  build(wb) {
    const ws = sheet(wb, '点検評価', [20, 20, 20, 36, 6, 5, 10, 10, 10, 10, 6, 10, 10, 14]);
    title(ws, 1, 1, 14, '令和６年度　教育委員会の事務の管理及び執行の状況の点検及び評価報告書');
    put(ws, 2, 1, ['（令和５年度対象）']);
    put(ws, 3, 1, ['第２章　施策の点検・評価結果']);
    merge(ws, 5, 1, 6, 1, '基本方針');
    merge(ws, 5, 2, 6, 2, '施策');
    merge(ws, 5, 3, 6, 3, '主な取組');
    merge(ws, 5, 4, 6, 4, '指標名');
    merge(ws, 5, 5, 6, 5, '単位');
    merge(ws, 5, 6, 6, 6, '方向');
    merge(ws, 5, 7, 6, 7, '令和３年度\n実績');
    merge(ws, 5, 8, 6, 8, '令和４年度\n実績');
    merge(ws, 5, 9, 5, 11, '令和５年度');
    put(ws, 6, 9, ['目標', '実績', '評価']);
    merge(ws, 5, 12, 5, 13, '令和６年度');
    put(ws, 6, 12, ['目標', '実績（見込）']);
    merge(ws, 5, 14, 6, 14, '担当課');
    band(ws, 5, 1, 6, 14);
    ws.getRow(5).height = 30;
    hokoku.forEach((h, i) => {
      const r = 7 + i;
      if (h.houshin) merge(ws, r, 1, r + h.houshin[1] - 1, 1, h.houshin[0]);
      if (h.shisaku) merge(ws, r, 2, r + h.shisaku[1] - 1, 2, h.shisaku[0]);
      put(ws, r, 3, [h.torikumi, h.name, h.unit, h.arrow, h.r3, h.r4, h.t5, h.a5, h.grade, h.t6, h.a6, h.ka]);
      ws.getRow(r).height = 30;
    });
    const last = 6 + hokoku.length;
    wrap(ws, 7, 1, last, 4);
    for (const [i, h] of hokoku.entries()) {
      const numFmt = ['人', '校', '種目'].includes(h.unit) ? '#,##0' : '#,##0.0';
      fmt(ws, 7 + i, 7, 7 + i, 10, numFmt);
      fmt(ws, 7 + i, 12, 7 + i, 13, numFmt);
    }
    box(ws, 5, 1, last, 14);
    put(ws, last + 1, 1, ['※方向　↑：数値の増加を目指す指標　↓：数値の減少を目指す指標']);
    put(ws, last + 2, 1, [
      '※評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている（目標値に対する実績値の割合により、A 100％以上、B 80％以上、C 60％以上、D 60％未満を基本とし、取組状況を踏まえて判定）',
    ]);
    put(ws, last + 3, 1, ['※令和６年度の実績は令和６年12月末時点の見込み。']);
  },
  expected: {
    file: 'h117-trap-hokokusho-nendo.xlsx',
    fiscalYear: 2023,
    indicators: hokoku.map((h) => ind('点検評価', h.name, h.unit, h.t5, h.a5, { direction: h.arrow === '↓' ? 'down' : 'up', existing: h.grade })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 11. 学校施設・設備の整備状況: 令和５年度実績値 split 単年度｜累計（年度末時点）; 累計 indicators read from the 累計 column.

const seibi = [
  {
    name: '長寿命化改修を完了した学校数（累計）',
    unit: '校',
    arrow: '↑',
    plan: 10,
    t5: 7,
    single: 2 as number | string,
    total: 6 as number | string,
    note: '○○小学校、△△中学校の改修完了',
  },
  { name: '屋内運動場に空調設備を設置した学校数（累計）', unit: '校', arrow: '↑', plan: 26, t5: 10, single: 4, total: 11, note: '避難所機能の強化を兼ねる' },
  { name: '学校トイレの洋式化率', unit: '％', arrow: '↑', plan: 90.0, t5: 85.0, single: '－', total: 87.3, note: '' },
  { name: '普通教室への大型提示装置の整備率', unit: '％', arrow: '↑', plan: 100.0, t5: 100.0, single: '－', total: 92.4, note: '中学校の一部で納期遅延' },
  { name: '未対応の施設修繕要望件数', unit: '件', arrow: '↓', plan: 20, t5: 40, single: '－', total: 52, note: '年度末時点の未対応件数' },
  { name: '通学路合同点検を実施した学校数', unit: '校', arrow: '↑', plan: 26, t5: 26, single: 26, total: '－', note: '毎年度全校で実施' },
  { name: '学校施設の照明LED化率', unit: '％', arrow: '↑', plan: 100.0, t5: 60.0, single: '－', total: 54.0, note: '' },
  { name: '防犯カメラを設置した学校数（累計）', unit: '校', arrow: '↑', plan: 26, t5: 20, single: 6, total: 14, note: '' },
];

const ruikei: Holdout2Workbook = {
  name: 'h117-trap-shisetsu-ruikei',
  layout:
    'trap: 施設整備 table, 計画目標値（令和７年度）｜令和５年度目標値｜令和５年度実績値（単年度｜累計（年度末時点））: 累計 and 年度末 rates read from the 累計 column, single-year counts from 単年度, 「－」 in the other; 方向 ↑↓',
  build(wb) {
    const ws = sheet(wb, '教育環境整備', [5, 40, 6, 6, 13, 12, 11, 13, 30]);
    title(ws, 1, 1, 9, '令和５年度　学校施設・設備の整備状況（教育委員会の点検・評価）');
    put(ws, 2, 1, ['市立小学校18校・中学校8校（計26校）']);
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '指標');
    merge(ws, 4, 3, 5, 3, '単位');
    merge(ws, 4, 4, 5, 4, '方向');
    merge(ws, 4, 5, 5, 5, '計画目標値\n（令和７年度）');
    merge(ws, 4, 6, 5, 6, '令和５年度\n目標値');
    merge(ws, 4, 7, 4, 8, '令和５年度実績値');
    put(ws, 5, 7, ['単年度', '累計\n（年度末時点）']);
    merge(ws, 4, 9, 5, 9, '備考');
    band(ws, 4, 1, 5, 9);
    ws.getRow(5).height = 30;
    seibi.forEach((s, i) => put(ws, 6 + i, 1, [i + 1, s.name, s.unit, s.arrow, s.plan, s.t5, s.single, s.total, s.note || undefined]));
    const last = 5 + seibi.length;
    wrap(ws, 6, 2, last, 2);
    box(ws, 4, 1, last, 9);
    put(ws, last + 1, 1, ['※累計は計画期間（令和３年度～）の累計、割合・件数は年度末時点の値。目標値は累計又は年度末時点の値で設定している。']);
    put(ws, last + 2, 1, ['※方向　↑：増加を目指す　↓：減少を目指す']);
  },
  expected: {
    file: 'h117-trap-shisetsu-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: seibi.map((s): ExpectedIndicator =>
      ind('教育環境整備', s.name, s.unit, s.t5, (typeof s.total === 'number' ? s.total : s.single) as number, {
        direction: s.arrow === '↓' ? 'down' : 'up',
      }),
    ),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [zenkokuSa, hokokusho, ruikei];
