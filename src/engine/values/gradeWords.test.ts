/** parseGrade: a cell holding the scale's word, exactly or clearly (another spelling, a verb ending, a closing 。), is that grade. */
import { parseGrade } from './values';

const scale = [
  { grade: 'S', label: '大きく前進' },
  { grade: 'A', label: '順調' },
  { grade: 'B', label: '概ね順調' },
  { grade: 'C', label: 'やや遅れている' },
  { grade: 'D', label: '遅れている' },
];

test.each([
  ['順調', 'A'],
  ['概ね順調', 'B'],
  ['おおむね順調', 'B'],
  ['概ね順調です。', 'B'],
  ['やや遅れ', 'C'],
  ['や や 遅 れ て い る', 'C'],
  ['遅れています', 'D'],
  ['大きく前進である', 'S'],
])('%s is grade %s', (text, grade) => {
  expect(parseGrade(text, scale)).toEqual({ grade, text });
});

test.each(['遅れておらず順調', '順調とはいえない', '概ね', '遅延', '85%'])('%s is no grade of the scale', (text) => {
  expect(parseGrade(text, scale)?.grade ?? null).toBeNull();
});

test('a scale without words reads no word as a grade', () => {
  const letters = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));
  expect(parseGrade('順調です', letters)?.grade ?? null).toBeNull();
});
