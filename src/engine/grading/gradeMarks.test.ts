import { readGrade } from './gradeMarks';
import { DEFAULT_RULES } from './rules';

const MARKS = [
  { grade: '◎', label: '順調' },
  { grade: '○', label: '概ね順調' },
  { grade: '△', label: 'やや遅れ' },
  { grade: '×', label: '遅れ' },
];

describe('readGrade', () => {
  test.each([
    ['○', '○'],
    ['〇', '○'],
    ['◯', '○'],
    ['〇（概ね順調）', '○'],
    ['✕', '×'],
    ['X', '×'],
    ['ｘ', '×'],
    ['◎', '◎'],
    ['順調', '◎'],
  ])('%s → %s on a ◎○△× scale', (written, grade) => expect(readGrade(written, MARKS)).toEqual({ grade, text: written }));

  test('what is not a look-alike stays invalid, with its text as written', () => {
    expect(readGrade('Xランク', MARKS)).toEqual({ grade: null, text: 'Xランク' });
    expect(readGrade('B', MARKS)).toEqual({ grade: null, text: 'B' });
  });

  test('no folding on a scale without the mark (A–D), nor when the look-alike is itself a grade', () => {
    expect(readGrade('〇', DEFAULT_RULES.scale)).toEqual({ grade: null, text: '〇' });
    const own = [{ grade: '〇', label: '' }, ...MARKS.slice(1)];
    expect(readGrade('〇', own)?.grade).toBe('〇');
    expect(readGrade('○', own)?.grade).toBe('○');
  });

  test('blank is no grade', () => expect(readGrade('', MARKS)).toBeNull());
});
