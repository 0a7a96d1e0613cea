/**
 * Hold-out 101, three traps: 延床面積の削減量 by 施設類型 (削減 in every name, yet the figures are amounts reduced, so more is
 * better; a 基準延床面積 column beside them), 健全化判断比率 with 早期健全化基準／財政再生基準 and 県内市平均 columns beside the
 * city's own 目標値 and 「－」 for the deficit ratios, and a 取組目標 sheet joined to the departments' 実績報告 only by names that
 * differ (a guess the reading must own).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

function merged(ws: Worksheet, range: string, value: string | number): void {
  ws.getCell(range.split(':')[0]).value = value;
  ws.mergeCells(range);
}

const wrap = { wrapText: true, vertical: 'middle' as const };

// ---------------------------------------------------------------------------------------------------------------------------
// 延床面積の削減量: 削減目標量 and 削減実績量 (both cumulative, ㎡), direction up though every name says 削減.

const SAKUGEN: [string, number, number, number, string][] = [
  ['庁舎等', 38420, 2400, 2400, '旧第二庁舎の解体'],
  ['学校教育系施設', 182650, 6800, 4150, '小学校２校の統合'],
  ['市民文化系施設', 64300, 3200, 2980, '地区公民館の複合化'],
  ['公営住宅', 71880, 4100, 2210, '３団地の用途廃止'],
  ['スポーツ・レクリエーション系施設', 29540, 1000, 600, '市民プール１か所の廃止'],
  ['子育て支援施設', 12760, 500, 0, '保育所の民営化（令和６年度予定）'],
];

const sakugen: Holdout2Workbook = {
  name: 'h101-nobeyuka-sakugenryo',
  layout: 'Trap: 施設類型別の延床面積削減量, 基準延床面積｜削減目標量（R7までの累計）｜削減実績量（R5末までの累計）｜進捗率, more reduced is better, one 0',
  build(wb) {
    const ws = wb.addWorksheet('延床面積削減');
    ws.columns = [{ width: 40 }, { width: 16 }, { width: 18 }, { width: 18 }, { width: 10 }, { width: 30 }];
    merged(ws, 'A1:F1', '公共施設等総合管理計画　施設類型別の延床面積削減の進捗状況（令和５年度末時点）');
    put(ws, 2, 6, ['（単位：㎡）']);
    put(ws, 3, 1, [
      '施設類型別の取組',
      '基準延床面積\n（平成27年度末）',
      '削減目標量\n（令和7年度までの累計）',
      '削減実績量\n（令和5年度末までの累計）',
      '進捗率',
      '主な取組',
    ]);
    ws.getRow(3).alignment = wrap;
    SAKUGEN.forEach(([type, base, t, a, what], i) => {
      const r = 4 + i;
      put(ws, r, 1, [`${type}の延床面積削減量`, base, t, a, a / t, what]);
      for (const c of [2, 3, 4]) ws.getRow(r).getCell(c).numFmt = '#,##0';
      ws.getRow(r).getCell(5).numFmt = '0.0%';
    });
    put(ws, 11, 1, ['全体：削減目標量 18,000㎡ に対し削減実績量 12,340㎡（進捗率 68.6％）']);
    put(ws, 12, 1, ['※削減実績量は平成28年度以降の除却・用途廃止・譲渡による延床面積の減少分の累計。進捗率＝削減実績量÷削減目標量']);
  },
  expected: {
    file: 'h101-nobeyuka-sakugenryo.xlsx',
    fiscalYear: 2023,
    indicators: SAKUGEN.map(([type, , t, a]) => ({ ...ind('延床面積削減', `${type}の延床面積削減量`, '㎡', t, a), targetSource: 'final' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 健全化判断比率: legal thresholds and a prefectural average beside the city's own 目標値; 「－」 where there is no deficit.

const kenzenka: Holdout2Workbook = {
  name: 'h101-kenzenka-handan-hiritsu',
  layout:
    'Trap: 健全化判断比率 (令和４年度｜令和５年度｜増減｜早期健全化基準｜財政再生基準｜本市の目標値｜評価の方向) and その他の財政指標 with 県内市平均, 「－」 deficit ratios',
  build(wb) {
    const ws = wb.addWorksheet('健全化判断比率');
    ws.columns = [{ width: 22 }, { width: 8 }, { width: 11 }, { width: 11 }, { width: 9 }, { width: 13 }, { width: 13 }, { width: 14 }, { width: 13 }];
    merged(ws, 'A1:I1', '令和５年度決算に基づく健全化判断比率等の状況');
    put(ws, 3, 1, ['１　健全化判断比率']);
    put(ws, 4, 1, ['区分', '単位', '令和４年度', '令和５年度', '増減', '早期健全化基準', '財政再生基準', '本市の目標値\n（令和７年度）', '評価の方向']);
    ws.getRow(4).alignment = wrap;
    put(ws, 5, 1, ['実質赤字比率', '％', '－', '－', '－', 12.37, 20.0, '－', '低いほど良好']);
    put(ws, 6, 1, ['連結実質赤字比率', '％', '－', '－', '－', 17.37, 30.0, '－', '低いほど良好']);
    put(ws, 7, 1, ['実質公債費比率', '％', 8.3, 8.1, '▲0.2', 25.0, 35.0, 8.0, '低いほど良好']);
    put(ws, 8, 1, ['将来負担比率', '％', 52.4, 48.7, '▲3.7', 350.0, '－', 45.0, '低いほど良好']);
    put(ws, 9, 1, ['※実質赤字額及び連結実質赤字額が生じていないため「－」で表示している。']);
    put(ws, 11, 1, ['２　その他の財政指標']);
    put(ws, 12, 1, ['区分', '単位', '令和４年度', '令和５年度', '増減', '県内市平均\n（令和４年度）', undefined, '本市の目標値\n（令和７年度）', '評価の方向']);
    ws.getRow(12).alignment = wrap;
    put(ws, 13, 1, ['経常収支比率', '％', 93.0, 92.4, '▲0.6', 91.2, undefined, 92.5, '低いほど良好']);
    put(ws, 14, 1, ['財政力指数', undefined, 0.705, 0.712, 0.007, 0.62, undefined, 0.75, '高いほど良好']);
    put(ws, 15, 1, ['財政調整基金残高', '百万円', 2880, 2741, '▲139', '－', undefined, 2500, '高いほど良好']);
    for (const r of [13, 14, 15]) ws.mergeCells(`F${r}:G${r}`);
    ws.mergeCells('F12:G12');
    put(ws, 17, 1, ['※早期健全化基準・財政再生基準は地方公共団体の財政の健全化に関する法律に定める基準（本市の標準財政規模による）。']);
  },
  expected: {
    file: 'h101-kenzenka-handan-hiritsu.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('健全化判断比率', '実質赤字比率', '％', null, null, { direction: 'down', actualStatus: 'not-applicable' }),
      ind('健全化判断比率', '連結実質赤字比率', '％', null, null, { direction: 'down', actualStatus: 'not-applicable' }),
      { ...ind('健全化判断比率', '実質公債費比率', '％', 8.0, 8.1, { direction: 'down' }), targetSource: 'final' },
      { ...ind('健全化判断比率', '将来負担比率', '％', 45.0, 48.7, { direction: 'down' }), targetSource: 'final' },
      { ...ind('健全化判断比率', '経常収支比率', '％', 92.5, 92.4, { direction: 'down' }), targetSource: 'final' },
      { ...ind('健全化判断比率', '財政力指数', null, 0.75, 0.712), targetSource: 'final' },
      { ...ind('健全化判断比率', '財政調整基金残高', '百万円', 2500, 2741), targetSource: 'final' },
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 取組目標 and 実績報告 on two sheets, no shared number: joined by names the departments wrote a little differently.

const MOKUHYO: [string, string, string, '↑' | '↓', number, string][] = [
  ['1-(1)', '窓口業務の民間委託', 'か所', '↑', 2, '市民課'],
  ['1-(2)', '電子申請手続の拡大', '手続', '↑', 120, 'DX推進課'],
  ['1-(3)', 'ペーパーレス会議の推進', '回', '↑', 200, 'DX推進課'],
  ['2-(1)', '使用料・手数料の見直し', '千円', '↑', 18000, '財政課'],
  ['2-(2)', '市有地の売却', '件', '↑', 5, '資産経営課'],
  ['3-(1)', '指定管理者制度の導入拡大', '施設', '↑', 4, '行政経営課'],
  ['3-(2)', '時間外勤務の縮減', '時間', '↓', 10.0, '人事課'],
];

const HOKOKU: [string, string, number | string, string, string, string][] = [
  ['市民課', '窓口業務の民間委託（市民課・保険年金課）', 2, '完了', '終了', '令和5年10月から保険年金課窓口も委託'],
  ['財政課', '使用料・手数料の見直し（受益者負担の適正化）', 15240, '実施中', '継続', '効果額（千円）'],
  ['人事課', '時間外勤務の縮減（全庁）', 11.8, '実施中', '改善', '職員1人当たり月平均'],
  ['DX推進課', '電子申請手続の拡大（行政手続のオンライン化）', 134, '実施中', '継続', ''],
  ['DX推進課', 'ペーパーレス会議の推進', 146, '実施中', '改善', 'タブレット端末の更新遅れ'],
  ['資産経営課', '未利用市有地の売却', 3, '実施中', '継続', '2件は入札不調'],
  ['行政経営課', '指定管理者制度の導入拡大（文化・スポーツ施設）', '未実施', '未着手', '改善', '選定委員会の開催を令和6年度に延期'],
];

const joinByName: Holdout2Workbook = {
  name: 'h101-torikumi-mokuhyo-jisseki',
  layout:
    'Trap: 取組目標 sheet (取組番号, 方向 ↑↓, 令和５年度目標) and 実績報告 sheet ordered by 報告課 with longer 取組名, no shared key, 未実施, 進捗／今後の方向性',
  build(wb) {
    const t = wb.addWorksheet('取組目標');
    t.columns = [{ width: 8 }, { width: 30 }, { width: 8 }, { width: 6 }, { width: 14 }, { width: 12 }];
    merged(t, 'A1:F1', '行財政改革アクションプラン　令和５年度取組目標');
    put(t, 3, 1, ['取組番号', '取組項目', '単位', '方向', '令和５年度\n目標', '所管課']);
    t.getRow(3).alignment = wrap;
    MOKUHYO.forEach((row, i) => put(t, 4 + i, 1, row));
    put(t, 12, 1, ['※方向　↑：増加を目指す　↓：減少を目指す　（時間外勤務は職員1人当たり月平均）']);
    const j = wb.addWorksheet('実績報告');
    j.columns = [{ width: 12 }, { width: 46 }, { width: 14 }, { width: 8 }, { width: 10 }, { width: 34 }];
    merged(j, 'A1:F1', '令和５年度　取組実績報告（各課取りまとめ）');
    put(j, 3, 1, ['報告課', '取組名', '令和５年度\n実績', '進捗', '今後の\n方向性', '特記事項']);
    j.getRow(3).alignment = wrap;
    HOKOKU.forEach((row, i) =>
      put(
        j,
        4 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      ),
    );
    put(j, 12, 1, ['※進捗　完了／実施中／未着手　　今後の方向性　拡充／継続／改善／縮小／廃止／終了']);
  },
  expected: {
    file: 'h101-torikumi-mokuhyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('取組目標', '窓口業務の民間委託', 'か所', 2, 2),
      ind('取組目標', '電子申請手続の拡大', '手続', 120, 134),
      ind('取組目標', 'ペーパーレス会議の推進', '回', 200, 146),
      ind('取組目標', '使用料・手数料の見直し', '千円', 18000, 15240),
      ind('取組目標', '市有地の売却', '件', 5, 3),
      ind('取組目標', '指定管理者制度の導入拡大', '施設', 4, null, { actualStatus: 'not-implemented' }),
      ind('取組目標', '時間外勤務の縮減', '時間', 10.0, 11.8, { direction: 'down' }),
    ],
    groups: [],
    guesses: ['fuzzy-join'],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [sakugen, kenzenka, joinByName];
