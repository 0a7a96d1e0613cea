/** A note saying whose grade is final where written: its words, the heading they name among the others, and a form's lines. */
import { checkWorkbook } from '../actions/check';
import { finalGradeNotes, holdsGrade, namedFinal } from './finalGradeNote';
import { Grid } from './grid';
import { snap } from './testing';

const notesOf = (...lines: string[]) =>
  finalGradeNotes(
    new Grid(
      snap(
        's',
        lines.map((l) => [l]),
      ),
    ),
  ).map((n) => [n.words, n.here]);

test.each([
  ['※企画課（二次評価）欄に記入のある事業は、二次評価を最終評価とします。', '二次評価'],
  ['※二次評価欄に記入のある指標は、二次評価（企画課）を最終評価とする。', '二次評価(企画課)'],
  ['※企画課欄に記入がある場合は、企画課の評価を最終評価とします。', '企画課の評価'],
  ['４　企画課が二次評価を行った場合は、企画課欄の評価を最終的な評価とします。', '企画課欄の評価'],
])('%s names %s', (line, words) => {
  expect(notesOf(line)).toEqual([[words, false]]);
});

test('「こちら」 points at the note’s own line; a denial, or a 最終評価 heading, is no note', () => {
  expect(notesOf('※企画課記入欄（記入がある場合はこちらを最終評価とします）')[0][1]).toBe(true);
  expect(notesOf('※二次評価は最終評価とはしない。', '前計画の最終評価', '最終評価（令和7年度）')).toEqual([]);
});

test('namedFinal: the heading named by words the other headings lack', () => {
  const note = [{ words: '二次評価(企画課)', here: false, row: 20, col: 1 }];
  const own = { texts: ['評価', '一次評価\n（所管課）'], row: 5, col: 10 };
  const office = { texts: ['評価', '二次評価\n（企画課）'], row: 5, col: 11 };
  expect(namedFinal(note, office, [own])).toBe(true);
  expect(namedFinal(note, own, [office])).toBe(false);
  expect(namedFinal(note, office, [])).toBe(false);
  // A note naming both names neither.
  expect(namedFinal([{ ...note[0], words: '所管課と企画課の評価' }], office, [own])).toBe(false);
  // 「こちら」: the heading on the note's row only.
  const here = [{ words: '※企画課記入欄(記入がある場合はこちら', here: true, row: 18, col: 3 }];
  expect(namedFinal(here, { texts: ['評価（企画課）'], row: 18, col: 1 }, [{ texts: ['評価（所管課）'], row: 17, col: 1 }])).toBe(true);
  expect(namedFinal(here, { texts: ['評価（所管課）'], row: 17, col: 1 }, [{ texts: ['評価（企画課）'], row: 18, col: 1 }])).toBe(false);
});

test.each([
  ['B', true],
  ['概ね順調', true],
  ['', false],
  ['－', false],
  ['※企画課記入欄', false],
  [80, false],
  [null, false],
])('holdsGrade(%p) is %p', (raw, yes) => {
  expect(holdsGrade(raw)).toBe(yes);
});

describe('a form of label | value lines with the department’s and the office’s grade lines', () => {
  const form = (office: string | null, note = '※企画課記入欄（記入がある場合はこちらを最終評価とします）') => {
    const rows = [
      ['令和7年度 行政評価 指標照会票（令和6年度実績）'],
      [],
      ['指標名', '自治会加入率'],
      ['単位', '%'],
      ['目標値（令和6年度）', 78],
      ['実績値（令和6年度）', 74.9, '← 記入してください'],
      ['評価（所管課）', 'A', '← A〜Dを選択してください'],
      ['評価（企画課）', office, note],
    ];
    const { report } = checkWorkbook({ sheets: [snap('照会票（1）', rows)] }, {});
    return report.indicators.map((i) => [i.existingGrade, i.cells?.grade]);
  };

  test('the line the note beside it calls final, where a grade is written', () => {
    expect(form('B')).toEqual([['B', 'B8']]);
    expect(form(null)).toEqual([['A', 'B7']]);
  });

  test('without the note, the department’s line stays', () => {
    expect(form('B', '※企画課記入欄')).toEqual([['A', 'B7']]);
  });
});

test('a question, a past, a denial or a condition after the verb is no rule (review rv41b)', () => {
  expect(
    notesOf(
      '※二次評価を最終評価とするかは、令和７年度から検討する。',
      '※昨年度までは二次評価を最終評価としていたが、今年度からは担当課の評価による。',
      '※二次評価を最終評価としない。',
    ),
  ).toEqual([]);
});
