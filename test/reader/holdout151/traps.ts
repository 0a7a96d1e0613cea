/**
 * Hold-out 151, three traps of 広域連携 reporting: a 令和６年度 効果検証シート of 令和５年度 with 令和３・４年度実績, 令和６年度目標
 * and 最終目標 columns around the year's own (full-width digits, 集計中, a ↓ indicator); a 定住自立圏 進捗管理表 with 単年度 and
 * 累計 実績 columns, (累計) indicators whose targets are totals, a ％ stored as a fraction and notes holding other figures; a
 * 令和７年度 懇談会資料 of 令和６年度実績 with a target 「増加を目指す」, a 速報値 and a target below the baseline under 増加.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const T1_SHEET = '効果検証';

/** Other years' columns round the evaluated year: 令和3年度実績, 令和4年度実績, 令和5年度目標/実績, 令和6年度目標, 最終目標（令和8年度）. */
const otherYears: Holdout2Workbook = {
  name: 'h151-trap-kensho-other-years',
  layout: 'trap: 令和６年度 効果検証シート (評価対象年度：令和５年度) with 令和3・4年度実績, 令和6年度目標 and 最終目標 columns, full-width digits, 集計中',
  build(wb) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [5, 32, 7, 9, 11, 11, 11, 11, 11, 13, 24]);
    merge(ws, 1, 1, 1, 11, '令和６年度　翠川連携中枢都市圏　連携事業の効果検証シート');
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    put(ws, 4, 1, [
      'No.',
      '成果指標',
      '単位',
      '目指す方向',
      '令和3年度\n実績',
      '令和4年度\n実績',
      '令和5年度\n目標',
      '令和5年度\n実績',
      '令和6年度\n目標',
      '最終目標\n（令和8年度）',
      '備考',
    ]);
    const rows: (string | number)[][] = [
      [
        1,
        '圏域内高校卒業者の圏域内就職率',
        '％',
        '↑',
        '３９．８',
        '４０．５',
        '４５．０',
        '４１．２',
        '４６．０',
        '４８．０',
        '就職者のうち圏域内事業所への就職者の割合',
      ],
      [2, '圏域合同移住フェアの来場者数', '人', '↑', '２３６', '２８１', '３００', '３２４', '３２０', '３５０', ''],
      [
        3,
        '圏域ＤＸ共同調達による経費削減額',
        '千円',
        '↑',
        '８，２００',
        '１０，４５０',
        '１２，０００',
        '集計中',
        '１３，０００',
        '１５，０００',
        '令和６年８月確定予定',
      ],
      [4, '圏域内の交通事故死傷者数', '人', '↓', '６８８', '６７１', '６４０', '７０２', '６２０', '５８０', '暦年（１月～１２月）'],
    ];
    rows.forEach((r, i) =>
      put(
        ws,
        5 + i,
        1,
        r.map((v) => (v === '' ? undefined : v)),
      ),
    );
    box(ws, 4, 1, 8, 11);
    wrap(ws, 4, 1, 8, 11);
  },
  expected: {
    file: 'h151-trap-kensho-other-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, '圏域内高校卒業者の圏域内就職率', '％', 45, 41.2),
      ind(T1_SHEET, '圏域合同移住フェアの来場者数', '人', 300, 324),
      ind(T1_SHEET, '圏域ＤＸ共同調達による経費削減額', '千円', 12000, null, { actualStatus: 'pending' }),
      ind(T1_SHEET, '圏域内の交通事故死傷者数', '人', 640, 702, { direction: 'down' }),
    ],
    groups: [],
  },
};

const T2_SHEET = '進捗管理表';

/** 単年度 and 累計 実績 columns: (累計) indicators against total targets, others against the year's figure; a ％ stored as a fraction. */
const cumulative: Holdout2Workbook = {
  name: 'h151-trap-ruikei-tannendo',
  layout:
    'trap: 定住自立圏 進捗管理表 (令和４年度), 実績 split into 単年度/累計, (累計) indicators with total targets, 「－」 累計 cells, ％ as fractions, figures in 備考',
  build(wb) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [30, 8, 14, 12, 12, 36]);
    merge(ws, 1, 1, 1, 6, '令和４年度　若葉定住自立圏共生ビジョン　進捗管理表');
    merge(ws, 3, 1, 4, 1, '成果指標');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 4, 3, '目標値\n（令和４年度）');
    merge(ws, 3, 4, 3, 5, '実績値（令和４年度）');
    put(ws, 4, 4, ['単年度', '累計']);
    merge(ws, 3, 6, 4, 6, '備考');
    const rows: (string | number)[][] = [
      ['圏域への移住者数（累計）', '人', 600, 182, 614, '目標値・累計は令和２年度からの累計（令和３年度までの累計 432人）'],
      ['圏域連携イベントの参加者数', '人', 4000, 3380, '－', '前年度 2,960人'],
      ['圏域内公共施設の相互利用率', '％', 0.45, 0.426, '－', '相互利用登録者の利用件数÷全利用件数'],
      ['広域観光ルートの造成数（累計）', 'ルート', 8, 1, 6, '目標値・累計は令和２年度からの累計'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (const c of [3, 4]) ws.getCell(7, c).numFmt = '0.0%';
    for (let r = 5; r <= 8; r++) for (const c of [3, 4, 5]) if (r !== 7) ws.getCell(r, c).numFmt = '#,##0';
    box(ws, 3, 1, 8, 6);
    wrap(ws, 3, 1, 8, 6);
    put(ws, 10, 1, ['※（累計）の指標は累計値で、それ以外の指標は単年度の実績値で評価する。']);
  },
  expected: {
    file: 'h151-trap-ruikei-tannendo.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(T2_SHEET, '圏域への移住者数（累計）', '人', 600, 614),
      ind(T2_SHEET, '圏域連携イベントの参加者数', '人', 4000, 3380),
      ind(T2_SHEET, '圏域内公共施設の相互利用率', '％', 45, 42.6),
      ind(T2_SHEET, '広域観光ルートの造成数（累計）', 'ルート', 8, 6),
    ],
    groups: [],
  },
};

const T3_SHEET = '資料３';

/** A 令和７年度 meeting paper of 令和６年度実績: a target 「増加を目指す」, a 速報値, figures in 備考, written grades in the scale's words. */
const targetNotNumber: Holdout2Workbook = {
  name: 'h151-trap-kondankai-mokuhyo',
  layout: 'trap: 令和７年度 懇談会資料 KPIの達成状況（令和６年度実績）, 目標値「増加を目指す」, 「1,082（速報値）」, 備考 figures, 達成状況 in words',
  build(wb) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [5, 34, 8, 13, 13, 14, 14, 34]);
    merge(ws, 1, 1, 1, 8, '令和７年度　第２回紫雲連携中枢都市圏ビジョン懇談会');
    put(ws, 1, 9, ['資料３']);
    merge(ws, 2, 1, 2, 8, 'ＫＰＩの達成状況（令和６年度実績）');
    put(ws, 4, 1, ['No.', 'ＫＰＩ', '単位', '基準値\n（令和元年度）', '目標値\n（令和６年度）', '実績値\n（令和６年度）', '達成状況', '備考']);
    const rows: (string | number)[][] = [
      [1, '圏域の年間観光消費額', '億円', 412, 480, 455.6, '概ね順調', '観光庁共通基準による推計'],
      [2, '圏域の創業件数', '件', 51, '増加を目指す', 64, '順調', '参考指標（数値目標は設定していない）'],
      [3, '圏域内大学等卒業生の圏域内就職者数', '人', 455, 520, 468, '概ね順調', 'うち中心市内就職 312人（前年度 298人）'],
      [
        4,
        '高速バス・広域路線バスの利用者数',
        '千人',
        1208,
        1150,
        '1,082（速報値）',
        '概ね順調',
        '人口減少を踏まえ基準値を下回る目標を設定（多いほど良い指標）',
      ],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    box(ws, 4, 1, 8, 8);
    wrap(ws, 4, 1, 8, 8);
    put(ws, 10, 1, ['達成状況　順調：100％以上　概ね順調：80％以上100％未満　やや遅れている：60％以上80％未満　遅れている：60％未満']);
  },
  expected: {
    file: 'h151-trap-kondankai-mokuhyo.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T3_SHEET, '圏域の年間観光消費額', '億円', 480, 455.6, { existing: 'B' }),
      ind(T3_SHEET, '圏域の創業件数', '件', null, 64, { existing: 'A' }),
      ind(T3_SHEET, '圏域内大学等卒業生の圏域内就職者数', '人', 520, 468, { existing: 'B' }),
      ind(T3_SHEET, '高速バス・広域路線バスの利用者数', '千人', 1150, 1082, { actualStatus: 'provisional', existing: 'B' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, cumulative, targetNotNumber];
