/** A grade with a comment after it in the grade cell (「A：問い合わせが増え目標を上回った」) is that grade. */
import { commentedGrade } from './commentedGrade';
import { readGrade } from './gradeMarks';
import { DEFAULT_RULES } from './rules';

const SCALE = DEFAULT_RULES.scale;

test.each([
  ['A：問い合わせが増え目標を上回った', 'A'],
  ['B　登録物件が不足し目標に届かず', 'B'],
  ['C 相談は多いが創業に至らない', 'C'],
  ['D:会場の改修工事のため開催できなかった', 'D'],
  ['Ｂ・がん検診の受診者が伸び悩んだ', 'B'],
  ['B（物価高騰で申請が減少）', 'B'],
  ['C（周知の方法を見直す）', 'C'],
  ['D (講師が確保できず中止)', 'D'],
])('%s is %s', (written, grade) => {
  expect(commentedGrade(written, SCALE)).toBe(grade);
  expect(readGrade(written, SCALE)?.grade).toBe(grade);
});

test.each(['A型事業所', 'Bランク', 'A・B', 'A／B', 'A', 'A：', '評価A：順調', 'A（B）', 'A（）', 'B（申請が減少）の見込み'])(
  '%s gives no grade with a comment',
  (written) => expect(commentedGrade(written, SCALE)).toBeNull(),
);

test('a mark of a ◎○△× scale with a comment is that mark', () => {
  const marks = [
    { grade: '◎', label: '順調' },
    { grade: '○', label: '概ね順調' },
    { grade: '△', label: 'やや遅れ' },
  ];
  expect(readGrade('〇：ほぼ計画どおり', marks)?.grade).toBe('○');
  expect(readGrade('△ 参加者が伸びず', marks)?.grade).toBe('△');
});

test.each(['A（前年度）', 'A（目標）', 'B（令和4年度）', 'A（見込み）', 'A / B / C / D', 'A、B、C、D', 'A→', 'A → Bランク'])(
  '%s is no grade of this year written with a comment',
  (written) => expect(commentedGrade(written, SCALE)).toBeNull(),
);

test.each([
  ['A → B', 'B'],
  ['C⇒B', 'B'],
  ['B（目標に届かず）', 'B'],
  ['C（前年度より参加者が減少）', 'C'],
])('%s is %s', (written, grade) => expect(commentedGrade(written, SCALE)).toBe(grade));
