/** A bare 「前年度実績以上」 is last year's actual only where the row's written grade is the one that figure as the target gives (a guess). */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';

const sheet = (rows: (string | number)[][]) =>
  snap('成果指標', [
    ['令和５年度　成果指標評価表'],
    ['No.', '指標名', '単位', 'R4実績', 'R5目標', 'R5実績', '評価'],
    ...rows,
    ['評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満'],
  ]);

const read = (rows: (string | number)[][]) => {
  const { report } = checkWorkbook({ sheets: [sheet(rows)] }, {});
  const guesses = report.findings.filter((f) => f.code === 'reading-uncertain' && 'reason' in f.params && f.params.reason === 'target-from-last-year');
  return { got: report.indicators.map((i) => [i.name, i.target, i.grade]), guesses: guesses.map((f) => ('cells' in f.params ? f.params.cells : null)) };
};

test('a written grade matching actual ÷ last year: the target is last year, a guess naming both cells', () => {
  const { got, guesses } = read([
    [1, '空き家バンク新規登録件数', '件', 38, '前年度実績以上', 45, 'A'],
    [2, '空き家相談件数', '件', 171, 150, 139, 'B'],
    [3, '空き家バンク成約件数', '件', 19, '前年度実績以上', 13, 'C'],
  ]);
  expect(got).toEqual([
    ['空き家バンク新規登録件数', 38, 'A'],
    ['空き家相談件数', 150, 'B'],
    ['空き家バンク成約件数', 19, 'C'],
  ]);
  expect(guesses).toEqual([
    ['E3', 'D3'],
    ['E5', 'D5'],
  ]);
});

test('a grade that does not agree, a dash or no grade leaves the words with no number', () => {
  const { got, guesses } = read([
    [1, '空き家バンク新規登録件数', '件', 38, '前年度実績以上', 45, 'B'],
    [2, '空き家バンク成約件数', '件', 19, '前年度実績以上', 13, '－'],
    [3, '空き家改修補助件数', '件', 10, '前年度実績以上', 12, ''],
  ]);
  expect(got.map(([, target]) => target)).toEqual([null, null, null]);
  expect(guesses).toEqual([]);
});

test('a top grade alone on the sheet shows no figure: a met 「前年度以上」 is an A whatever stood behind it', () => {
  const { got, guesses } = read([
    [1, '青少年相談窓口の相談件数', '件', 398, '前年度以上', 412, 'A'],
    [2, '街頭巡回の実施回数', '回', 45, 48, 52, 'A'],
  ]);
  expect(got).toEqual([
    ['青少年相談窓口の相談件数', null, null],
    ['街頭巡回の実施回数', 48, 'A'],
  ]);
  expect(guesses).toEqual([]);
});

test('a lower grade alone still shows the figure (counter-example)', () => {
  const { got, guesses } = read([[1, '空き家バンク成約件数', '件', 19, '前年度実績以上', 13, 'C']]);
  expect(got).toEqual([['空き家バンク成約件数', 19, 'C']]);
  expect(guesses).toEqual([['E3', 'D3']]);
});

test('a top grade alone on a target naming last year’s 実績 (前年度実績以上) reads that figure, a guess; 前年度以上 does not', () => {
  const named = read([
    [1, '介護の入門的研修修了者数', '人', 28, '前年度実績以上', 31, 'A'],
    [2, '介護職員合同入職式・交流会参加者数', '人', 66, 80, 64, 'B'],
  ]);
  expect(named.got[0]).toEqual(['介護の入門的研修修了者数', 28, 'A']);
  expect(named.guesses).toEqual([['E3', 'D3']]);
  // Guards: a bare 前年度以上, or an A the figure does not give (31 against 35 is a B), keeps the words with no number.
  expect(read([[1, '介護の入門的研修修了者数', '人', 28, '前年度以上', 31, 'A']]).got[0][1]).toBeNull();
  expect(read([[1, '介護の入門的研修修了者数', '人', 35, '前年度実績以上', 31, 'A']]).got[0][1]).toBeNull();
});

test('last year named by its year (令和4年度実績以上 on a 令和５年度 row) reads as 前年度実績以上; another year stays words: review rv80 item 13', () => {
  const { got, guesses } = read([
    [1, '介護の入門的研修修了者数', '人', 28, '令和4年度実績以上', 31, 'A'],
    [2, '介護職員交流会参加者数', '人', 40, '令和3年度実績以上', 44, 'A'],
  ]);
  expect(got).toEqual([
    ['介護の入門的研修修了者数', 28, 'A'],
    ['介護職員交流会参加者数', null, null],
  ]);
  expect(guesses).toEqual([['E3', 'D3']]);
});
