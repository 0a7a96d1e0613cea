/** Hold-out 55, operations of departments and enterprises: 下水道 経営戦略 progress, a library's self-evaluation (no year anywhere), a 消防年報 excerpt. */
import type { Workbook } from 'exceljs';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind } from '../holdout2/kit';
import { comma, merged, put } from './util';

/** 下水道事業 経営戦略: 経営指標 with 指標の見方 (高いほど良い / 低いほど良い), R4 actual, R5 計画値 and 実績, 差引 with △, a (参考) 収益的収支 table in 千円 below. */
const SEWER: Holdout2Workbook = {
  name: 'h55-sewer-management-strategy',
  layout:
    '下水道事業 経営戦略の進捗: 区分 merged, 指標の見方 高いほど良い/低いほど良い, 令和4年度実績 | 令和5年度計画値 | 令和5年度実績 | 差引 (△), a (参考) 収益的収支 計画/決算 table in 千円 below',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('経営指標');
    ws.getCell('A1').value = '○○市下水道事業経営戦略　進捗状況（令和5年度決算）';
    ws.getCell('H2').value = '上下水道局 下水道課';
    put(ws, 4, 1, ['区分', '指標', '単位', '指標の見方', '令和4年度実績', '令和5年度計画値', '令和5年度実績', '差引（実績－計画）', '説明']);
    merged(ws, 'A5:A8', '経営の健全性');
    put(ws, 5, 2, ['経常収支比率', '%', '高いほど良い', 103.1, 100.0, 104.2, 4.2]);
    put(ws, 6, 2, ['経費回収率', '%', '高いほど良い', 91.5, 100.0, 92.8, '△7.2', '使用料で回収すべき経費を賄えていない']);
    put(ws, 7, 2, ['汚水処理原価', '円/㎥', '低いほど良い', 158.9, 150.0, 162.4, 12.4, '動力費・薬品費の高騰']);
    put(ws, 8, 2, ['企業債残高', '百万円', '低いほど良い', 19240, 18500, 18920, 420]);
    merged(ws, 'A9:A11', '施設の効率性・老朽化');
    put(ws, 9, 2, ['水洗化率', '%', '高いほど良い', 93.1, 95.0, 93.6, '△1.4']);
    put(ws, 10, 2, ['有収率', '%', '高いほど良い', 79.2, 85.0, 79.9, '△5.1', '不明水対策（管路調査）を継続']);
    put(ws, 11, 2, ['管渠改善率', '%', '高いほど良い', 0.28, 0.5, 0.31, '△0.19']);
    for (let r = 5; r <= 10; r++) for (let c = 5; c <= 8; c++) if (typeof ws.getCell(r, c).value === 'number') ws.getCell(r, c).numFmt = '0.0';
    comma(ws, 8, 5, 8, 8);
    for (let c = 5; c <= 7; c++) ws.getCell(11, c).numFmt = '0.00';
    ws.getCell('B13').value = '（参考）収益的収支の計画と実績（税抜、単位：千円）';
    put(ws, 14, 2, ['項目', '令和5年度計画', '令和5年度決算', '差引']);
    put(ws, 15, 2, ['下水道使用料', 1482000, 1455310, '△26,690']);
    put(ws, 16, 2, ['一般会計繰入金', 612000, 598400, '△13,600']);
    put(ws, 17, 2, ['維持管理費', 905000, 931220, '26,220']);
    put(ws, 18, 2, ['減価償却費', 1120000, 1118450, '△1,550']);
    comma(ws, 15, 3, 18, 4);
  },
  expected: {
    file: 'h55-sewer-management-strategy.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('経営指標', '経常収支比率', '%', 100.0, 104.2),
      ind('経営指標', '経費回収率', '%', 100.0, 92.8),
      ind('経営指標', '汚水処理原価', '円/㎥', 150.0, 162.4, { direction: 'down' }),
      ind('経営指標', '企業債残高', '百万円', 18500, 18920, { direction: 'down' }),
      ind('経営指標', '水洗化率', '%', 95.0, 93.6),
      ind('経営指標', '有収率', '%', 85.0, 79.9),
      ind('経営指標', '管渠改善率', '%', 0.5, 0.31),
    ],
    groups: [],
  },
};

/** 図書館 運営状況の自己評価: no year anywhere (前年度実績 | 目標値 | 実績値), 重点目標 merged, 達成率, A–D 自己評価, 課題 column. The period is a guess. */
const LIBRARY: Holdout2Workbook = {
  name: 'h55-library-self-evaluation',
  layout:
    '図書館 運営状況の自己評価: no fiscal year written anywhere (前年度実績 | 目標値 | 実績値 | 達成率(%) | 自己評価), 重点目標 merged, 課題・改善策 text',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('自己評価');
    ws.getCell('A1').value = '○○市立図書館　運営状況の自己評価';
    ws.getCell('H2').value = '教育委員会 中央図書館';
    put(ws, 4, 1, ['重点目標', '評価指標', '単位', '前年度実績', '目標値', '実績値', '達成率(%)', '自己評価', '課題・改善策']);
    merged(ws, 'A5:A7', '1 資料の充実と利用促進');
    put(ws, 5, 2, ['貸出冊数', '冊', 512300, 530000, 498650, 94.1, 'B', '学習室改修工事に伴う休館（2週間）の影響']);
    put(ws, 6, 2, ['市民1人当たり貸出冊数', '冊', 4.6, 4.8, 4.5, 93.8, 'B']);
    put(ws, 7, 2, ['電子書籍の貸出数', '点', 8950, 12000, 13480, 112.3, 'A', 'コンテンツの追加購入']);
    merged(ws, 'A8:A10', '2 調べる・学ぶを支える');
    put(ws, 8, 2, ['来館者数', '人', 268400, 280000, 281920, 100.7, 'A']);
    put(ws, 9, 2, ['レファレンス受付件数', '件', 6120, 6500, 5210, 80.2, 'C', 'カウンター表示の改善、事例のPR']);
    put(ws, 10, 2, ['新規登録者数', '人', 3840, 4000, 3412, 85.3, 'B']);
    merged(ws, 'A11:A12', '3 子どもの読書活動と協働');
    put(ws, 11, 2, ['おはなし会の開催回数', '回', 96, 100, 102, 102.0, 'A']);
    put(ws, 12, 2, ['図書館ボランティア登録者数', '人', 74, 80, 63, 78.8, 'C', '養成講座の再開']);
    comma(ws, 5, 4, 12, 6);
    for (const r of [6]) for (let c = 4; c <= 6; c++) ws.getCell(r, c).numFmt = '0.0';
    for (let r = 5; r <= 12; r++) ws.getCell(r, 7).numFmt = '0.0';
    ws.getCell('A14').value = '※自己評価　A：目標を達成　B：おおむね達成（達成率80％以上）　C：やや不十分（60％以上）　D：不十分';
    ws.getCell('A15').value = '※貸出冊数には電子書籍を含みません。';
  },
  expected: {
    file: 'h55-library-self-evaluation.xlsx',
    indicators: [
      ind('自己評価', '貸出冊数', '冊', 530000, 498650, { existing: 'B' }),
      ind('自己評価', '市民1人当たり貸出冊数', '冊', 4.8, 4.5, { existing: 'B' }),
      ind('自己評価', '電子書籍の貸出数', '点', 12000, 13480, { existing: 'A' }),
      ind('自己評価', '来館者数', '人', 280000, 281920, { existing: 'A' }),
      ind('自己評価', 'レファレンス受付件数', '件', 6500, 5210, { existing: 'C' }),
      ind('自己評価', '新規登録者数', '人', 4000, 3412, { existing: 'B' }),
      ind('自己評価', 'おはなし会の開催回数', '回', 100, 102, { existing: 'A' }),
      ind('自己評価', '図書館ボランティア登録者数', '人', 80, 63, { existing: 'C' }),
    ],
    groups: [],
    guesses: ['period'],
  },
};

/** 消防年報 抜粋: 重点項目 merged, targets as text with unit and 以内/以下/以上 ("40.0分以内", "30件以下"), R4 and R5 figures as text with units, a (参考) calendar-year fire table below. */
const FIRE: Holdout2Workbook = {
  name: 'h55-fire-annual-report',
  layout:
    '消防年報 抜粋 重点目標: 目標 "40.0分以内" "60％以上" "30件以下" (direction in the word), 令和4年度 | 令和5年度 figures as "42.6分", 重点項目 merged, a (参考) 暦年 fire table below',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('重点目標');
    ws.getCell('A1').value = '○○市消防年報（令和5年度）　抜粋';
    ws.getCell('A2').value = '第4章　重点目標の達成状況';
    ws.getCell('E3').value = '消防本部 総務課';
    put(ws, 5, 1, ['重点項目', '指標', '目標', '令和4年度', '令和5年度', '備考']);
    merged(ws, 'A6:A8', '救急体制の充実');
    put(ws, 6, 2, ['救急出動から病院収容までの平均所要時間', '40.0分以内', '41.8分', '42.6分', '搬送困難事案の増加']);
    put(ws, 7, 2, ['救急現場到着までの平均所要時間', '8.5分以内', '8.9分', '9.1分']);
    put(ws, 8, 2, ['心肺停止傷病者へのバイスタンダーCPR実施率', '60％以上', '57.1％', '54.3％']);
    merged(ws, 'A9:A10', '火災予防の推進');
    put(ws, 9, 2, ['住宅用火災警報器の設置率', '90％以上', '85.0％', '86.2％', '6月1日現在の抽出調査']);
    put(ws, 10, 2, ['建物火災の出火件数', '30件以下', '33件', '27件']);
    merged(ws, 'A11:A12', '地域防災力の向上');
    put(ws, 11, 2, ['普通救命講習の受講者数', '3,000人以上', '2,611人', '2,846人']);
    put(ws, 12, 2, ['消防団員の充足率', '95％以上', '89.6％', '88.4％', '条例定数820人']);
    ws.getCell('A13').value = '※件数・人数は年度（4月～翌3月）の集計です。';
    ws.getCell('A15').value = '（参考）火災種別の出火件数（暦年）';
    put(ws, 16, 1, ['区分', '令和元年', '令和2年', '令和3年', '令和4年', '令和5年']);
    put(ws, 17, 1, ['建物', 31, 28, 35, 32, 29]);
    put(ws, 18, 1, ['車両', 6, 4, 5, 7, 3]);
    put(ws, 19, 1, ['林野', 2, 1, 0, 3, 1]);
    put(ws, 20, 1, ['その他', 14, 12, 16, 11, 13]);
    put(ws, 21, 1, ['計', 53, 45, 56, 53, 46]);
  },
  expected: {
    file: 'h55-fire-annual-report.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('重点目標', '救急出動から病院収容までの平均所要時間', '分', 40.0, 42.6, { direction: 'down' }),
      ind('重点目標', '救急現場到着までの平均所要時間', '分', 8.5, 9.1, { direction: 'down' }),
      ind('重点目標', '心肺停止傷病者へのバイスタンダーCPR実施率', '%', 60, 54.3),
      ind('重点目標', '住宅用火災警報器の設置率', '%', 90, 86.2),
      ind('重点目標', '建物火災の出火件数', '件', 30, 27, { direction: 'down' }),
      ind('重点目標', '普通救命講習の受講者数', '人', 3000, 2846),
      ind('重点目標', '消防団員の充足率', '%', 95, 88.4),
    ],
    groups: [],
  },
};

export const OPERATIONS_WORKBOOKS: Holdout2Workbook[] = [SEWER, LIBRARY, FIRE];
