/** 「未導入」「未策定」 alone as a figure: the step the target names was not taken, not implemented (graded as 未実施). */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { isNotDoneWord } from './notDoneWord';
import { parseValue } from './values';

test('「未導入」「未策定」「未設置」 alone, or with a bracketed note, are not implemented', () => {
  for (const t of ['未導入', '未 導入', '未策定', '未設置', '未導入（令和7年度へ延期）', '（未導入）'])
    expect([t, parseValue(t).status]).toEqual([t, 'not-implemented']);
});

test('the word inside a name, a remark or a phrase is not: 「未導入の学校数」「一部未導入」「未導入校あり」', () => {
  for (const t of ['未導入の学校数', '一部未導入', '未導入校あり', 'システム未導入のため集計できない', '未定', '未導入施設'])
    expect([t, isNotDoneWord(t.replace(/\s/g, '')), parseValue(t).status]).toEqual([t, false, 'text']);
});

test('a table: 「未導入」 as the actual is graded D; a row named 「キャッシュレス未導入の窓口数」 keeps its name and figures', () => {
  const { report } = checkWorkbook(
    {
      sheets: [
        snap('KPI', [
          ['DX推進計画　令和6年度 取組状況'],
          ['KPI', '単位', '目標（令和6年度）', '実績（令和6年度）', '備考'],
          ['窓口でのキャッシュレス決済の導入', '－', '令和6年10月導入', '未導入', '未導入'],
          ['キャッシュレス未導入の窓口数', 'か所', 2, 5, '減少を目指す'],
          ['オンライン申請が可能な手続数', '手続', 200, 236, ''],
        ]),
      ],
    },
    {},
  );
  expect(report.indicators.map((i) => [i.name, i.actualStatus, i.grade])).toEqual([
    ['窓口でのキャッシュレス決済の導入', 'not-implemented', 'D'],
    ['キャッシュレス未導入の窓口数', 'value', 'D'],
    ['オンライン申請が可能な手続数', 'value', 'A'],
  ]);
});
