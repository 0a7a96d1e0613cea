/** Hold-out 49: 社会教育施設の評価シート (図書館 and 総合体育館), a 消防本部 重点目標 with ◎○△ and a 男女共同参画プラン 進捗. */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const wrap = (ws: Worksheet, row: number) => {
  ws.getRow(row).alignment = { wrapText: true, vertical: 'middle' };
};
const final = (e: ExpectedIndicator): ExpectedIndicator => ({ ...e, targetSource: 'final' });

/** Twelve monthly figures (April to March) that add up to `total`. */
function months(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.round((total * w) / sum));
  out[11] += total - out.reduce((a, b) => a + b, 0);
  return out;
}
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月', '計'];

// ---------------------------------------------------------------------------------------------
// 10. 社会教育施設評価シート: one card per facility (施設名 / 所管課 line, ■成果指標 table, ■月別利用状況 table with 計, ■総合評価 text).
type Card = { sheet: string; facility: string; ka: string; rows: [string, string, number, number, string, string][]; monthly: [string, number, number[]][] };
const CARDS: Card[] = [
  {
    sheet: '図書館',
    facility: '○○市立中央図書館',
    ka: '生涯学習課',
    rows: [
      ['入館者数', '人', 280000, 251366, 'B', ''],
      ['個人貸出冊数', '冊', 900000, 864120, 'B', '分館・移動図書館を含む'],
      ['レファレンス件数', '件', 9000, 9412, 'A', ''],
      ['利用者満足度', '％', 85.0, 88.2, 'A', '利用者アンケート（n=512）で「満足」「やや満足」の割合'],
    ],
    monthly: [
      ['入館者数（人）', 251366, [9, 10, 8, 11, 12, 8, 8, 8, 7, 7, 7, 8]],
      ['個人貸出冊数（冊）', 864120, [9, 9, 8, 10, 11, 8, 8, 8, 8, 7, 7, 8]],
    ],
  },
  {
    sheet: '総合体育館',
    facility: '○○市総合体育館',
    ka: 'スポーツ振興課',
    rows: [
      ['利用者数', '人', 120000, 98760, 'B', '空調設備改修のため9月に休館'],
      ['施設稼働率（アリーナ）', '％', 75.0, 68.9, 'B', ''],
      ['スポーツ教室の参加者数', '人', 3200, 1850, 'D', '指導者の確保が困難で3教室を休止'],
      ['施設内での事故件数', '件', 0, 0, 'A', '少ないほど良い指標'],
    ],
    monthly: [['利用者数（人）', 98760, [9, 9, 9, 10, 10, 2, 9, 9, 8, 8, 8, 9]]],
  },
];
const card = (c: Card) => (wb: import('exceljs').Workbook) => {
  const ws = wb.addWorksheet(c.sheet);
  ws.getColumn(1).width = 24;
  put(ws, 1, 1, ['令和５年度 社会教育施設評価シート']);
  put(ws, 3, 1, ['施設名', c.facility]);
  ws.mergeCells(3, 2, 3, 4);
  put(ws, 3, 5, ['所管課', c.ka]);
  put(ws, 5, 1, ['■ 成果指標']);
  put(ws, 6, 1, ['指標名', '単位', '目標値', '実績値', '達成率', '評価', '備考']);
  c.rows.forEach(([name, unit, t, a, g, note], i) => {
    put(ws, 7 + i, 1, [name, unit, t, a, t === 0 ? '－' : a / t, g, note]);
    ws.getCell(7 + i, 5).numFmt = '0.0%';
    for (const col of [3, 4]) ws.getCell(7 + i, col).numFmt = unit === '％' ? '0.0' : '#,##0';
  });
  const m = 8 + c.rows.length;
  put(ws, m, 1, ['■ 月別利用状況']);
  put(ws, m + 1, 1, ['区分', ...MONTHS]);
  c.monthly.forEach(([label, total, w], i) => {
    const v = months(total, w);
    put(ws, m + 2 + i, 1, [label, ...v, total]);
  });
  const e = m + 3 + c.monthly.length;
  put(ws, e, 1, ['■ 総合評価']);
  put(ws, e + 1, 1, ['利用は新型コロナウイルス感染症の影響前の水準に戻りつつある。引き続き利用促進に取り組む。']);
  ws.mergeCells(e + 1, 1, e + 3, 8);
};
const shisetsu: Holdout2Workbook = {
  name: 'h49-shakai-kyoiku-shisetsu',
  layout:
    '社会教育施設評価シート: a card per facility (図書館, 総合体育館), ■成果指標 with 達成率/評価, ■月別利用状況 with 計 below, a 0件 target marked 少ないほど良い in 備考',
  build(wb) {
    for (const c of CARDS) card(c)(wb);
  },
  expected: {
    file: 'h49-shakai-kyoiku-shisetsu.xlsx',
    fiscalYear: 2023,
    indicators: CARDS.flatMap((c) =>
      c.rows.map(([name, unit, t, a, g, note]) => ind(c.sheet, name, unit, t, a, { existing: g, direction: note === '少ないほど良い指標' ? 'down' : 'up' })),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 11. 消防本部 運営方針 重点目標: targets and actuals written with their units in the cell ("8.5分以内", "46件"), a （参考）令和４年度実績 column, ◎○△× marks.
const SH = '重点目標';
const SHOBO: [string | undefined, string, string, string, string, string, string, ExpectedIndicator][] = [
  [
    '救急体制の充実',
    '救急車の現場到着所要時間（平均）',
    '8.5分以内',
    '9.2分',
    '9.0分',
    '△',
    '出場件数の増加により延伸',
    ind(SH, '救急車の現場到着所要時間（平均）', '分', 8.5, 9.2, { direction: 'down', existing: '△' }),
  ],
  [
    undefined,
    '救急搬送における病院収容所要時間（平均）',
    '40.0分以内',
    '41.6分',
    '42.3分',
    '○',
    '',
    ind(SH, '救急搬送における病院収容所要時間（平均）', '分', 40, 41.6, { direction: 'down', existing: '○' }),
  ],
  [
    undefined,
    '救命講習の受講者数',
    '3,000人',
    '3,412人',
    '2,845人',
    '◎',
    '事業所向け出張講習を拡充',
    ind(SH, '救命講習の受講者数', '人', 3000, 3412, { existing: '◎' }),
  ],
  ['火災予防の推進', '住宅用火災警報器の設置率', '90.0％', '84.7％', '83.9％', '○', '', ind(SH, '住宅用火災警報器の設置率', '％', 90, 84.7, { existing: '○' })],
  [
    undefined,
    '火災発生件数',
    '40件以下',
    '46件',
    '41件',
    '△',
    '建物火災 28件、車両火災 6件、その他 12件',
    ind(SH, '火災発生件数', '件', 40, 46, { direction: 'down', existing: '△' }),
  ],
  [
    '地域防災力の強化',
    '消防団員の充足率',
    '95.0％',
    '88.3％',
    '90.1％',
    '○',
    '条例定数 620人、実員 547人',
    ind(SH, '消防団員の充足率', '％', 95, 88.3, { existing: '○' }),
  ],
  [undefined, '自主防災組織の訓練実施率', '80.0％', '62.5％', '58.0％', '△', '', ind(SH, '自主防災組織の訓練実施率', '％', 80, 62.5, { existing: '△' })],
];
const shobo: Holdout2Workbook = {
  name: 'h49-shobo-juten-mokuhyo',
  layout:
    '消防本部 重点目標の達成状況: 重点目標 merged down, target/actual text with the unit in the cell (「8.5分以内」「40件以下」「46件」), （参考）R4 実績 column, ◎○△ marks',
  build(wb) {
    const ws = wb.addWorksheet(SH);
    ws.getColumn(2).width = 38;
    put(ws, 1, 1, ['令和５年度 消防本部運営方針　重点目標の達成状況']);
    put(ws, 2, 6, ['消防本部 総務課']);
    put(ws, 4, 1, ['重点目標', '評価指標', '目標', '実績', '（参考）\n令和４年度実績', '達成状況', '所見']);
    wrap(ws, 4);
    let start = 5;
    SHOBO.forEach(([group, ...cells], i) => {
      const r = 5 + i;
      if (group) {
        if (r - 1 > start) ws.mergeCells(start, 1, r - 1, 1);
        start = r;
      }
      put(ws, r, 1, [group, ...cells.slice(0, 6)] as string[]);
    });
    ws.mergeCells(start, 1, 4 + SHOBO.length, 1);
    put(ws, 13, 1, ['※達成状況　◎：目標達成　○：概ね達成（目標の80％以上）　△：一部未達成　×：未達成']);
    put(ws, 14, 1, ['※所要時間は119番通報の入電から現場到着（病院収容）までの平均。']);
  },
  expected: { file: 'h49-shobo-juten-mokuhyo.xlsx', fiscalYear: 2023, indicators: SHOBO.map((s) => s[7]), groups: [] },
};

// ---------------------------------------------------------------------------------------------
// 12. 男女共同参画プラン: 基本目標 heading rows across the table, 計画策定時（R2）/ 現状値（R5）/ 目標値（R7）, 方向 ↑↓, 進捗評価 in words.
const DJ = '成果指標';
type Plan = [number, string, number, number, number, '↑' | '↓', string, string];
const DANJO: (string | Plan)[] = [
  '基本目標Ⅰ　あらゆる分野における女性の活躍推進',
  [1, '審議会等委員に占める女性の割合', 28.4, 33.1, 40.0, '↑', '概ね順調', '人権・男女共同参画課調べ'],
  [2, '市職員の管理職に占める女性の割合', 14.2, 18.6, 20.0, '↑', '概ね順調', '人事課調べ（4月1日現在）'],
  [3, '自治会長に占める女性の割合', 3.1, 3.8, 10.0, '↑', '遅れ', '市民協働課調べ'],
  '基本目標Ⅱ　仕事と生活の調和（ワーク・ライフ・バランス）の推進',
  [4, '男性職員の育児休業取得率（市役所）', 12.5, 46.2, 50.0, '↑', '順調', '人事課調べ'],
  [5, '「仕事と生活の調和がとれている」と感じる市民の割合', 38.0, 41.2, 50.0, '↑', 'やや遅れ', '市民意識調査'],
  '基本目標Ⅲ　男女の人権の尊重とあらゆる暴力の根絶',
  [6, '「社会全体で男女の地位は平等になっている」と感じる市民の割合', 12.8, 15.0, 25.0, '↑', 'やや遅れ', '市民意識調査'],
  [7, '配偶者等からの暴力を受けた人のうち、どこにも相談しなかった人の割合', 45.3, 41.0, 30.0, '↓', 'やや遅れ', '市民意識調査'],
];
const danjo: Holdout2Workbook = {
  name: 'h49-danjo-kyodo-sankaku',
  layout: '男女共同参画プラン 進捗: 基本目標 rows merged across, 計画策定時（R2）/現状値（R5）/目標値（R7） (final target only), 方向 ↑↓, 進捗評価 in words',
  build(wb) {
    const ws = wb.addWorksheet(DJ);
    ws.getColumn(2).width = 50;
    put(ws, 1, 1, ['第４次○○市男女共同参画プラン　令和５年度 進捗状況報告']);
    put(ws, 2, 7, ['市民協働部 人権・男女共同参画課']);
    put(ws, 4, 1, ['番号', '成果指標', '単位', '計画策定時\n（令和２年度）', '現状値\n（令和５年度）', '目標値\n（令和７年度）', '方向', '進捗評価', '出典']);
    wrap(ws, 4);
    DANJO.forEach((d, i) => {
      const r = 5 + i;
      if (typeof d === 'string') {
        put(ws, r, 1, [d]);
        ws.mergeCells(r, 1, r, 9);
      } else {
        const [no, name, base, now, target, arrow, word, src] = d;
        put(ws, r, 1, [no, name, '％', base, now, target, arrow, word, src]);
      }
    });
    put(ws, 16, 1, ['※方向　↑：増加を目指す指標　↓：減少を目指す指標']);
    put(ws, 17, 1, ['※市民意識調査の値は令和５年度調査（令和5年7月実施、回答者1,204人）による。']);
  },
  expected: {
    file: 'h49-danjo-kyodo-sankaku.xlsx',
    fiscalYear: 2023,
    indicators: DANJO.filter((d): d is Plan => typeof d !== 'string').map(([, name, , now, target, arrow, word]) =>
      final(ind(DJ, name, '％', target, now, { direction: arrow === '↓' ? 'down' : 'up', existing: word })),
    ),
    groups: [],
  },
};

export const SERVICE_WORKBOOKS: Holdout2Workbook[] = [shisetsu, shobo, danjo];
