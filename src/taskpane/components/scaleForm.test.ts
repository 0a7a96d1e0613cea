/** scaleFromRows: the form's grade rows back into bands (points kept or counted), every problem named. */
import { defaultRules } from '../../engine';
import { SCALE_PRESETS, scaleFromRows, scaleRows } from './scaleForm';
import { scaleTexts } from './scaleTexts';

const st = scaleTexts('ja');

test('the rows of every preset give the preset back', () => {
  for (const scale of Object.values(SCALE_PRESETS)) expect(scaleFromRows(scaleRows(scale), scale, st)).toEqual({ scale });
});

test('points: the base’s when the grades are the same in the same order (a city’s own points), else counted n … 1', () => {
  const base = defaultRules().scale.map((b, i) => ({ ...b, points: [10, 6, 3, 0][i] }));
  const rows = scaleRows(base);
  rows[0].min = '110';
  expect(scaleFromRows(rows, base, st)).toEqual({ scale: base.map((b, i) => (i === 0 ? { ...b, min: 1.1 } : b)) });
  const renamed = rows.map((r, i) => (i === 0 ? { ...r, grade: 'S' } : r));
  const r = scaleFromRows(renamed, base, st);
  expect('scale' in r && r.scale.map((b) => b.points)).toEqual([4, 3, 2, 1]);
});

test('the last row’s bound is ignored; a single row, an empty grade and a bound of more than 1000 % are each said', () => {
  const rows = scaleRows(defaultRules().scale);
  rows[3].min = '10';
  const r = scaleFromRows(rows, defaultRules().scale, st);
  expect('scale' in r && r.scale[3].min).toBeNull();
  expect(scaleFromRows([{ grade: 'A', label: '', min: '' }], [], st)).toEqual({ problems: [{ row: null, message: st.tooFew }] });
  const bad = [
    { grade: ' ', label: '', min: '1200' },
    { grade: 'D', label: '', min: '' },
  ];
  expect(scaleFromRows(bad, [], st)).toEqual({
    problems: [
      { row: 0, message: st.emptyGrade(1) },
      { row: 0, message: st.badMin('1行目', '1200') },
    ],
  });
});
