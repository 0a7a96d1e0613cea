/**
 * Hold-out set 156, the four families, as offices in charge of 道の駅・農産物直売所・6次産業化 write them: a 令和４年度 基本施策
 * 事後評価シート with indicator blocks tiled two across (実績値 and 期待値 rows, R元（基準値）…R6（目標値）), a 令和６年度 事業実績 of
 * ６次産業化・地産地消 projects with text figures, a 道の駅を核とした地域活性化戦略 KPI table with 目標値／実績値 rows per 年度末
 * and its own ◎○△× bands, and a 地産地消・６次産業化推進計画's indicator table (現況 and 実績 with their year in the cell).
 */
import type { Workbook } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Direction, ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 基本施策事後評価シート (family A): six blocks tiled two across, R元（基準値）…R6（目標値）, 実績値 row above the 期待値 row.

interface Tile {
  name: string;
  desc: string;
  unit: string;
  way: '増加' | '減少';
  /** 実績値 R元…R4 (R元 is the 基準値). */
  actual: (number | string)[];
  /** 期待値 R2…R6 (R6 is the 目標値). */
  expect: number[];
  note?: string;
}

const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥'];

const TILES: Tile[] = [
  {
    name: '道の駅の年間来場者数',
    desc: '道の駅「みのりの里」のレジ通過者数と観光案内所の利用者数から推計した来場者数（年度）',
    unit: '千人',
    way: '増加',
    actual: [412, 298, 335, 401],
    expect: [420, 430, 440, 450, 460],
    note: '新型コロナの影響から回復しつつある',
  },
  {
    name: '農産物直売所の年間販売額',
    desc: '市内の農産物直売所（７か所）の販売額の合計',
    unit: '百万円',
    way: '増加',
    actual: [385.2, 402.6, 418.9, 431.0],
    expect: [390, 400, 410, 420, 430],
  },
  {
    name: '６次産業化に取り組む事業者数（累計）',
    desc: '六次産業化・地産地消法の総合化事業計画の認定又は市の６次産業化支援補助金を受けた事業者の累計',
    unit: '事業者',
    way: '増加',
    actual: [14, 16, 17, 19],
    expect: [16, 18, 20, 22, 24],
  },
  {
    name: '直売所への出荷登録者数',
    desc: '市内の農産物直売所に出荷者として登録している農業者の数（年度末）',
    unit: '人',
    way: '増加',
    actual: [326, 318, 309, 297],
    expect: [330, 335, 340, 345, 350],
    note: '高齢化による出荷者の減少が続いている',
  },
  {
    name: '学校給食における地場産農産物の使用割合',
    desc: '学校給食に使用した農産物（重量ベース）のうち市内産の割合',
    unit: '％',
    way: '増加',
    actual: [38.5, 40.1, 41.2, '集計中'],
    expect: [40.0, 42.0, 44.0, 46.0, 48.0],
    note: '令和４年度分は学校給食センターで集計中',
  },
  {
    name: '直売所での売れ残り廃棄量',
    desc: '直売所で売れ残り、出荷者が引き取らずに廃棄した農産物の量',
    unit: 'トン',
    way: '減少',
    actual: [18.4, 17.2, 16.9, 14.8],
    expect: [18.0, 17.0, 16.0, 15.0, 14.0],
  },
];

function tileBlock(ws: ReturnType<Workbook['addWorksheet']>, top: number, left: number, i: number, t: Tile): void {
  put(ws, top, left, [`指標${CIRCLED[i]}`]);
  merge(ws, top, left + 1, top, left + 6, t.name);
  put(ws, top + 1, left, ['指標の説明']);
  merge(ws, top + 1, left + 1, top + 1, left + 6, t.desc);
  ws.getRow(top + 1).height = 30;
  put(ws, top + 2, left, ['単位', t.unit, '目指す方向', undefined, t.way]);
  merge(ws, top + 2, left + 2, top + 2, left + 3, '目指す方向');
  merge(ws, top + 2, left + 4, top + 2, left + 6, t.way);
  put(ws, top + 3, left, ['区分', 'R元\n（基準値）', 'R2', 'R3', 'R4', 'R5', 'R6\n（目標値）']);
  put(ws, top + 4, left, ['実績値', ...t.actual]);
  put(ws, top + 5, left, ['期待値\n※R6は目標値', '－', ...t.expect]);
  put(ws, top + 6, left, ['備考']);
  merge(ws, top + 6, left + 1, top + 6, left + 6, t.note ?? '');
  wrap(ws, top + 3, left, top + 5, left + 6);
  box(ws, top, left, top + 6, left + 6);
}

const TILE_FACTS: ExpectedIndicator[] = TILES.map((t) => {
  const a = t.actual[3];
  const direction = t.way === '減少' ? 'down' : 'up';
  if (typeof a === 'string') {
    const out = ind('2-4', t.name, t.unit, t.expect[2], null, { direction, actualStatus: 'pending' });
    out.grade = null;
    return out;
  }
  return ind('2-4', t.name, t.unit, t.expect[2], a, { direction });
});

const seisaku: Holdout2Workbook = {
  name: 'h156-seisaku-chisan',
  layout:
    "令和４年度 基本施策事後評価シート 2-4 農業の６次産業化と地産地消の推進: six blocks tiled two across, R元（基準値）…R6（目標値）, 実績値 row above a 「期待値⏎※R6は目標値」 row, 目指す方向 増加／減少, 百万円・千人・トン・事業者, one 集計中, an empty 達成状況評価 cell beside last year's 「（C）」",
  build(wb) {
    const ws = wb.addWorksheet('2-4');
    widths(ws, [13, 10, 9, 9, 9, 9, 10, 3, 13, 10, 9, 9, 9, 9, 10]);
    merge(ws, 1, 1, 1, 15, '令和４年度　基本施策事後評価シート');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    merge(ws, 2, 1, 2, 15, '評価対象期間：令和４年度（令和４年４月１日～令和５年３月31日）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 9, '２　活力ある農林業と交流のまちづくり');
    merge(ws, 3, 10, 3, 11, '達成状況評価');
    put(ws, 3, 13, ['（C）']);
    merge(ws, 3, 14, 3, 15, '※（　）は前年度の評価');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 9, '2-4　農業の６次産業化と地産地消の推進');
    merge(ws, 4, 10, 4, 11, '担当部等');
    merge(ws, 4, 12, 4, 15, '産業経済部　農政課・商工観光課');
    box(ws, 3, 1, 4, 15);
    put(ws, 6, 1, ['１　成果指標の状況']);
    TILES.forEach((t, i) => tileBlock(ws, 7 + Math.floor(i / 2) * 8, i % 2 === 0 ? 1 : 9, i, t));
    const r = 7 + 3 * 8;
    put(ws, r, 1, ['２　施策の評価']);
    const texts: [string, string][] = [
      ['総合評価', '直売所の販売額と廃棄量の削減は期待値を上回ったが、道の駅の来場者数と出荷登録者数は期待値に届かなかった。'],
      ['内部要因', '出荷者向けの栽培講習会と少量多品目の出荷ルールの見直しにより、売れ筋品目の品ぞろえが改善した。'],
      ['外部要因', '新型コロナの行動制限の緩和により観光客が戻りつつある一方、資材価格の高騰が出荷者の経営を圧迫している。'],
      ['今後の方向性', '新規出荷者の確保に向けた研修を拡充し、道の駅を拠点とした６次産業化商品の販売とＰＲを強化する。'],
    ];
    texts.forEach(([label, text], i) => {
      put(ws, r + 1 + i, 1, [label]);
      merge(ws, r + 1 + i, 2, r + 1 + i, 15, text);
      ws.getRow(r + 1 + i).height = 36;
    });
    box(ws, r + 1, 1, r + texts.length, 15);
  },
  expected: {
    file: 'h156-seisaku-chisan.xlsx',
    fiscalYear: 2022,
    indicators: TILE_FACTS,
    groups: [{ sheet: '2-4', cell: 'L3', grade: rollUp(TILE_FACTS.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 事業実績 (family B): one row per 推進事業, figures as text with a label and a unit, two measures in one cell, 未実施.

interface Project {
  code: string;
  name: string;
  summary: string;
  last: string;
  target: string;
  actual: string;
  self: string;
  effect: string;
  issue: string;
  next: string;
}

const PROJECTS: Project[] = [
  {
    code: '1-①',
    name: '６次産業化支援アドバイザー派遣事業',
    summary: '商品開発や販路開拓に取り組む農業者に、６次産業化プランナー等の専門家を派遣する。',
    last: '派遣回数 21回',
    target: '派遣回数 24回',
    actual: '派遣回数 27回',
    self: 'A',
    effect: '派遣先のうち３事業者が新商品を発売した。',
    issue: '専門家の日程確保',
    next: '継続',
  },
  {
    code: '1-②',
    name: '農産加工品開発支援補助金',
    summary: '市内産農産物を使った加工品の開発・パッケージ改良に要する経費の1/2（上限50万円）を補助する。',
    last: '交付 6件',
    target: '交付 8件',
    actual: '交付 5件',
    self: 'B',
    effect: '米粉麺、干し芋など５品目の商品化につながった。',
    issue: '加工に必要な許可取得の負担',
    next: '継続',
  },
  {
    code: '1-③',
    name: '商談会・展示会出展支援事業',
    summary: '首都圏の商談会・展示会への出展に係る小間料・旅費を支援する。',
    last: '出展 9事業者／成約 5件',
    target: '出展 10事業者／成約 6件',
    actual: '出展 12事業者／成約 4件',
    self: 'B',
    effect: '百貨店の催事への継続出店が決まった。',
    issue: '商談後のフォローが不十分',
    next: '見直し',
  },
  {
    code: '2-①',
    name: '道の駅魅力向上イベント開催事業',
    summary: '道の駅「みのりの里」で収穫祭、朝市等のイベントを開催し、集客と地場産品の販売促進を図る。',
    last: '4回',
    target: 'イベント開催 6回',
    actual: '6回（来場者 延べ 8,420人）',
    self: 'A',
    effect: '収穫祭の来場者は過去最多となった。',
    issue: '駐車場の混雑',
    next: '継続',
  },
  {
    code: '2-②',
    name: '直売所新規出荷者育成事業',
    summary: '定年帰農者や新規就農者を対象に、少量多品目栽培と出荷の研修を行う。',
    last: '新規出荷者 11人',
    target: '新規出荷者 15人',
    actual: '9人',
    self: 'C',
    effect: '研修修了者のうち９人が直売所に出荷を始めた。',
    issue: '研修会場までの移動手段',
    next: '拡充',
  },
  {
    code: '2-③',
    name: '地場産品学校給食供給事業',
    summary: '直売所の出荷者組織を通じて、学校給食センターに市内産の野菜等を供給する。',
    last: '供給品目 18品目',
    target: '供給品目 20品目',
    actual: '供給品目 22品目',
    self: 'A',
    effect: 'じゃがいも、玉ねぎは年間を通じて市内産で供給できた。',
    issue: '規格外品の取扱い',
    next: '継続',
  },
  {
    code: '3-①',
    name: '農泊・農業体験受入促進事業',
    summary: '農家民宿と連携し、都市部の小中学生・家族向けの農業体験プログラムを受け入れる。',
    last: '受入 186人',
    target: '受入 300人',
    actual: '未実施',
    self: 'D',
    effect: '－',
    issue: '受入農家の高齢化により受入体制が整わなかった',
    next: '見直し',
  },
  {
    code: '3-②',
    name: '地域ブランド認証事業',
    summary: '市内産の原材料を使い、一定の基準を満たす加工品を「みのりブランド」として認証する。',
    last: '新規認証 4品',
    target: '新規認証 5品',
    actual: '新規認証 3品',
    self: 'B',
    effect: '認証品の道の駅での販売額が前年度比12％増加した。',
    issue: '申請の掘り起こし',
    next: '継続',
  },
  {
    code: '3-③',
    name: 'ふるさと納税返礼品登録促進事業',
    summary: '６次産業化商品をふるさと納税の返礼品として登録し、全国への販路拡大を図る。',
    last: '登録 26品目',
    target: '登録 30品目',
    actual: '41品目',
    self: 'A',
    effect: '返礼品としての出荷額が約3,200万円となった。',
    issue: '発送業務の負担',
    next: '拡充',
  },
  {
    code: '4-①',
    name: '直売所キャッシュレス決済導入支援事業',
    summary: '市内の直売所・農産物加工所のキャッシュレス決済端末の導入費用を補助する。',
    last: '導入 7店舗',
    target: '導入 12店舗',
    actual: '導入 12店舗',
    self: 'A',
    effect: '市内の全直売所でキャッシュレス決済が利用できるようになった。',
    issue: '－',
    next: '終了',
  },
];

const PROJECT_FACTS: ExpectedIndicator[] = [
  ind('事業実績', '６次産業化支援アドバイザー派遣事業', '回', 24, 27, { existing: 'A' }),
  ind('事業実績', '農産加工品開発支援補助金', '件', 8, 5, { existing: 'B' }),
  {
    sheet: '事業実績',
    name: '商談会・展示会出展支援事業',
    measures: [
      { label: '出展', target: 10, actual: 12, unit: '事業者' },
      { label: '成約', target: 6, actual: 4, unit: '件' },
    ],
    direction: 'up',
    existing: 'B',
    grade: 'C',
  },
  ind('事業実績', '道の駅魅力向上イベント開催事業', '回', 6, 6, { existing: 'A' }),
  ind('事業実績', '直売所新規出荷者育成事業', '人', 15, 9, { existing: 'C' }),
  ind('事業実績', '地場産品学校給食供給事業', '品目', 20, 22, { existing: 'A' }),
  ind('事業実績', '農泊・農業体験受入促進事業', '人', 300, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind('事業実績', '地域ブランド認証事業', '品', 5, 3, { existing: 'B' }),
  ind('事業実績', 'ふるさと納税返礼品登録促進事業', '品目', 30, 41, { existing: 'A' }),
  ind('事業実績', '直売所キャッシュレス決済導入支援事業', '店舗', 12, 12, { existing: 'A' }),
];

const jigyo: Holdout2Workbook = {
  name: 'h156-jigyo-rokuji',
  layout:
    '令和６年度 ６次産業化・地産地消推進事業 実績: code, name and 【概要】 in one cell, R5年度実績値｜R6年度数値目標｜R6年度実績値 as text (「派遣回数 24回」, 「出展 10事業者／成約 6件」 two measures, 「6回（来場者 延べ 8,420人）」), 自己評価 A–D, one 未実施; a 評価基準 sheet',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    widths(ws, [5, 44, 18, 20, 22, 8, 28, 22, 10]);
    merge(ws, 1, 1, 1, 9, '令和６年度　６次産業化・地産地消推進事業　実績一覧');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    merge(ws, 2, 1, 2, 9, '（農業振興計画　基本方向３「農業の６次産業化と地産地消の推進」の推進事業）　　産業経済部 農政課');
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '推進事業');
    merge(ws, 4, 3, 4, 5, '数値目標及び実績');
    put(ws, 5, 3, ['R5年度実績値', 'R6年度数値目標', 'R6年度実績値']);
    merge(ws, 4, 6, 5, 6, '自己\n評価');
    merge(ws, 4, 7, 5, 7, '成果・効果');
    merge(ws, 4, 8, 5, 8, '課題');
    merge(ws, 4, 9, 5, 9, '今後の\n方向性');
    PROJECTS.forEach((p, i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, `${p.code}　${p.name}\n【概要】${p.summary}`, p.last, p.target, p.actual, p.self, p.effect, p.issue, p.next]);
      ws.getRow(r).height = 60;
    });
    wrap(ws, 4, 1, 5 + PROJECTS.length, 9);
    box(ws, 4, 1, 5 + PROJECTS.length, 9);
    merge(ws, 7 + PROJECTS.length, 1, 7 + PROJECTS.length, 9, '※自己評価は「評価基準」シートによる。数値目標及び実績は、各事業の主な活動量を記載。');

    const g = wb.addWorksheet('評価基準');
    widths(g, [14, 60]);
    put(g, 1, 1, ['自己評価の基準']);
    put(g, 3, 1, ['A', '目標を達成（達成率100％以上）']);
    put(g, 4, 1, ['B', '概ね達成（達成率80％以上100％未満）']);
    put(g, 5, 1, ['C', 'やや遅れ（達成率60％以上80％未満）']);
    put(g, 6, 1, ['D', '遅れ（達成率60％未満）又は未実施']);
    box(g, 3, 1, 6, 2);
    put(g, 8, 1, ['今後の方向性', '拡充／継続／見直し／縮小／廃止／終了']);
  },
  expected: { file: 'h156-jigyo-rokuji.xlsx', fiscalYear: 2024, indicators: PROJECT_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. KPI table (family C): 目標値 and 実績値 rows per KPI under 令和３年３月末…令和６年３月末, values with units, its own ◎○△× bands.

interface Kpi {
  name: string;
  unit: string;
  way: '増加' | '減少';
  base: string;
  targets: (number | null)[];
  actuals: (number | string | null)[];
  mark: string;
  note?: string;
  decimals?: number;
}

const KPIS: Kpi[] = [
  {
    name: '道の駅来場者数（年間）',
    unit: '万人',
    way: '増加',
    base: '40.8 万人',
    targets: [42, 44, 46, 48],
    actuals: [31.2, 35.8, null, null],
    mark: '○',
    decimals: 1,
    note: '新型コロナによる休館（R2.4～5月）',
  },
  { name: '道の駅売上高', unit: '百万円', way: '増加', base: '512 百万円', targets: [520, 550, 580, 600], actuals: [468, 571, null, null], mark: '◎' },
  {
    name: '地元産品取扱率',
    unit: '％',
    way: '増加',
    base: '52.6 ％',
    targets: [null, 60, 65, 70],
    actuals: [55.3, 58.1, null, null],
    mark: '○',
    decimals: 1,
    note: '令和3年度から目標設定',
  },
  { name: '道の駅での新規雇用者数（累計）', unit: '人', way: '増加', base: '－', targets: [3, 6, 9, 12], actuals: [2, 3, null, null], mark: '△' },
  {
    name: '観光案内所利用者数',
    unit: '人',
    way: '増加',
    base: '11,420 人',
    targets: [12000, 13000, 14000, 15000],
    actuals: [8215, '集計中', null, null],
    mark: '－',
    note: '令和3年度分は指定管理者の報告待ち',
  },
  {
    name: '道の駅の食品ロス発生量',
    unit: 'kg',
    way: '減少',
    base: '2,650 kg',
    targets: [2400, 2200, 2000, 1800],
    actuals: [2510, 2380, null, null],
    mark: '○',
  },
];

function withUnit(v: number | string | null, unit: string, decimals = 0): string {
  if (v === null) return '－';
  if (typeof v === 'string') return v;
  return `${v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })} ${unit}`;
}

const KPI_FACTS: ExpectedIndicator[] = KPIS.map((k) => {
  const a = k.actuals[1];
  const direction: Direction = k.way === '減少' ? 'down' : 'up';
  const more = k.mark === '－' ? { direction } : { direction, existing: k.mark };
  if (typeof a === 'string') {
    const out = ind('KPI進捗', k.name, k.unit, k.targets[1], null, { ...more, actualStatus: 'pending' });
    out.grade = null;
    return out;
  }
  return ind('KPI進捗', k.name, k.unit, k.targets[1], a, more);
});

const kpi: Holdout2Workbook = {
  name: 'h156-kpi-michinoeki',
  layout:
    '道の駅を核とした地域活性化戦略 KPI: a 目標値 row and a 実績値 row per KPI, 基準値（平成31年3月末） merged over both, 令和3年3月末…令和6年3月末, 目標の方向 増加／減少, values 「35.8 万人」「2,380 kg」, 「－」 for no target and later years, 評価 ◎○△× on its own bands (100/70/40), one 集計中',
  build(wb) {
    const ws = wb.addWorksheet('KPI進捗');
    widths(ws, [5, 30, 9, 9, 13, 13, 13, 13, 13, 8, 26]);
    merge(ws, 1, 1, 1, 11, '道の駅を核とした地域活性化戦略　重要業績評価指標（KPI）の進捗状況');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 2, 1, 2, 11, '評価対象：令和３年度（令和４年３月末時点）');
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, 'KPI');
    merge(ws, 3, 3, 4, 3, '目標の\n方向');
    merge(ws, 3, 4, 4, 4, '区分');
    merge(ws, 3, 5, 4, 5, '基準値\n（平成31年3月末）');
    merge(ws, 3, 6, 3, 9, '目標値・実績値');
    put(ws, 4, 6, ['令和3年3月末', '令和4年3月末', '令和5年3月末', '令和6年3月末\n（最終目標）']);
    merge(ws, 3, 10, 4, 10, '評価');
    merge(ws, 3, 11, 4, 11, '備考');
    let r = 5;
    KPIS.forEach((k, i) => {
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, k.name);
      merge(ws, r, 3, r + 1, 3, k.way);
      put(ws, r, 4, ['目標値']);
      put(ws, r + 1, 4, ['実績値']);
      merge(ws, r, 5, r + 1, 5, k.base);
      put(
        ws,
        r,
        6,
        k.targets.map((t) => withUnit(t, k.unit, k.decimals)),
      );
      put(
        ws,
        r + 1,
        6,
        k.actuals.map((a) => withUnit(a, k.unit, k.decimals)),
      );
      merge(ws, r, 10, r + 1, 10, k.mark);
      merge(ws, r, 11, r + 1, 11, k.note ?? '');
      r += 2;
    });
    wrap(ws, 3, 1, r - 1, 11);
    box(ws, 3, 1, r - 1, 11);
    merge(ws, r + 1, 1, r + 1, 11, '【評価】◎：達成率100％以上　○：70％以上100％未満　△：40％以上70％未満　×：40％未満　－：評価不能');
    merge(ws, r + 2, 1, r + 2, 11, '※達成率は令和4年3月末の実績値÷目標値（食品ロス発生量は目標値÷実績値）。');
  },
  expected: { file: 'h156-kpi-michinoeki.xlsx', fiscalYear: 2021, indicators: KPI_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. Plan indicators (family D): 地産地消・６次産業化推進計画, 現況 and 実績 with their year in the cell, 目標（R8）.

interface PlanRow {
  name: string;
  desc: string;
  unit: string;
  now: string;
  target: number;
  actual: string;
  how: string;
  note: string;
  value: number | null;
}

const PLAN: PlanRow[] = [
  {
    name: '農産物直売所の販売額',
    desc: '市内の農産物直売所（道の駅併設を含む）の年間販売額の合計',
    unit: '百万円',
    now: '612\n（令和2年度）',
    target: 700,
    actual: '688.5\n（令和5年度）',
    how: '直売所への聞き取り',
    note: '',
    value: 688.5,
  },
  {
    name: '総合化事業計画の認定件数（累計）',
    desc: '六次産業化・地産地消法に基づき国の認定を受けた市内の総合化事業計画の件数',
    unit: '件',
    now: '7\n（令和3年3月末）',
    target: 12,
    actual: '9\n（令和6年3月末）',
    how: '東北農政局の公表資料',
    note: '',
    value: 9,
  },
  {
    name: '地場産品を取り扱う飲食店・宿泊施設数',
    desc: '市の「地産地消推進店」に登録している飲食店・宿泊施設の数',
    unit: '店舗',
    now: '48\n（令和2年度）',
    target: 70,
    actual: '71\n（令和5年度）',
    how: '推進店登録台帳',
    note: '目標を前倒しで達成',
    value: 71,
  },
  {
    name: '学校給食における市内産食材の使用率（品目ベース）',
    desc: '学校給食で使用した食材の品目数のうち市内産の品目の割合',
    unit: '％',
    now: '34.2\n（令和2年度）',
    target: 45.0,
    actual: '39.6\n（令和5年度）',
    how: '学校給食センター調べ',
    note: '',
    value: 39.6,
  },
  {
    name: '道の駅の年間利用者数',
    desc: '道の駅「みのりの里」のレジ通過者数',
    unit: '千人',
    now: '356\n（令和2年度）',
    target: 520,
    actual: '487\n（令和5年度）',
    how: '指定管理者の事業報告',
    note: '',
    value: 487,
  },
  {
    name: '農業体験・農泊の受入人数',
    desc: '市内の農家民宿・体験農園が受け入れた農業体験・農泊の延べ人数',
    unit: '人',
    now: '1,230\n（令和元年度）',
    target: 3000,
    actual: '－',
    how: '受入農家への調査',
    note: '受入農家の高齢化により令和5年度は受入れを休止',
    value: null,
  },
  {
    name: '６次産業化商品の開発数（累計）',
    desc: '市の支援を受けて開発・販売された加工品の品目数（計画策定時からの累計）',
    unit: '品目',
    now: '22\n（令和2年度末）',
    target: 50,
    actual: '43\n（令和5年度末）',
    how: '農政課調べ',
    note: '',
    value: 43,
  },
];

const PLAN_FACTS: ExpectedIndicator[] = PLAN.map((p) => {
  const out = ind('指標点検', p.name, p.unit, p.target, p.value, p.value === null ? { actualStatus: 'not-applicable' } : {});
  out.targetSource = 'final';
  return out;
});

const keikaku: Holdout2Workbook = {
  name: 'h156-keikaku-chisan',
  layout:
    '地産地消・６次産業化推進計画 成果指標の点検（令和５年度）: 指標｜指標の説明｜単位｜現況（計画策定時） 「612⏎（令和2年度）」｜目標（R8）｜実績 「688.5⏎（令和5年度）」 with its year｜現状把握の方法｜備考; one 実績 「－」 (受入れ休止); a 計画の概要 sheet first',
  build(wb) {
    const about = wb.addWorksheet('計画の概要');
    widths(about, [16, 70]);
    put(about, 1, 1, ['地産地消・６次産業化推進計画']);
    put(about, 3, 1, ['計画期間', '令和４年度～令和８年度']);
    put(about, 4, 1, ['基本目標', '「つくる」「いかす」「とどける」でつなぐ、みのり豊かな農業と食のまち']);
    put(about, 5, 1, ['進行管理', '毎年度、成果指標の実績を把握し、地産地消推進協議会に報告する']);
    box(about, 3, 1, 5, 2);

    const ws = wb.addWorksheet('指標点検');
    widths(ws, [5, 32, 38, 7, 16, 12, 16, 20, 28]);
    merge(ws, 1, 1, 1, 9, '地産地消・６次産業化推進計画　成果指標の点検結果（令和５年度実績）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法', '備考']);
    PLAN.forEach((p, i) => {
      const r = 4 + i;
      put(ws, r, 1, [i + 1, p.name, p.desc, p.unit, p.now, p.target, p.actual, p.how, p.note || undefined]);
      ws.getCell(r, 6).numFmt = p.unit === '％' ? '0.0' : '#,##0';
      ws.getRow(r).height = 40;
    });
    wrap(ws, 3, 1, 3 + PLAN.length, 9);
    box(ws, 3, 1, 3 + PLAN.length, 9);
    merge(ws, 5 + PLAN.length, 1, 5 + PLAN.length, 9, '※実績欄の（　）は把握した年度又は時点。「－」は該当なし（受入れ休止）。');
  },
  expected: { file: 'h156-keikaku-chisan.xlsx', fiscalYear: 2023, indicators: PLAN_FACTS, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [seisaku, jigyo, kpi, keikaku];
