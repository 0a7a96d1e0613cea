/** A figure's own 累計 mark: a target's (「60（3か年累計）」) and a figure written as a running total with no run of years (「260（累計）」). */
import { figureCumulativeMark, targetCumulativeWords, writtenAsRunningTotal } from './figureCumulativeMark';

test('a figure with its 累計 / 通算 mark, before or after it, a unit and white space aside', () => {
  for (const t of ['260\n（累計）', '２６０（累計）', '1,200人（通算）', '260（累計値）', '累計 260', '累計：260人'])
    expect(writtenAsRunningTotal(t)).toBe(true);
});

test('a mark naming years, another word, two figures or no figure is none', () => {
  for (const t of [
    '260（R3～R7累計）',
    '260（H27からの累計）',
    '累計（R3～）260',
    '260（延べ）',
    '260（単年度）',
    '260',
    '累計',
    '38（累計260）',
    '260（累計）※R4末',
  ])
    expect(writtenAsRunningTotal(t)).toBe(false);
});

test('a figure then a bracket closing with 累計 gives its words; other brackets or words before the figure none', () => {
  expect(targetCumulativeWords('60（3か年累計）')).toBe('3か年累計');
  expect(targetCumulativeWords('1,500 (累計)')).toBe('累計');
  expect(targetCumulativeWords('450人（R3～R5累計）')).toBe('R3~R5累計');
  expect(targetCumulativeWords('15.0（R5）')).toBeNull();
  expect(targetCumulativeWords('60（うち累計30）')).toBeNull();
  expect(targetCumulativeWords('累計 60')).toBeNull();
  expect(targetCumulativeWords('前年度比（累計）')).toBeNull();
});

test('the mark says the year its run starts in, and whether it names no years', () => {
  expect(figureCumulativeMark('300（H27からの累計）')).toMatchObject({ start: 2015, bare: false, withinYear: false });
  expect(figureCumulativeMark('450人（R3～R5累計）')).toMatchObject({ start: 2021, bare: false });
  expect(figureCumulativeMark('60（3か年累計）')).toMatchObject({ start: null, bare: false });
  expect(figureCumulativeMark('260（累計）')).toMatchObject({ start: null, bare: true, after: true });
  expect(figureCumulativeMark('累計 260')).toMatchObject({ bare: true, after: false });
  expect(figureCumulativeMark('15.0（R5）')).toBeNull();
});

test('a 累計 within the year (months, 年間, 年度内) is no target mark; 「5年間累計」 spans years (review rv75)', () => {
  for (const t of ['30,000（4～3月累計）', '1,200（月別累計）', '1,200（年間累計）', '30（単年度、累計）']) expect(targetCumulativeWords(t)).toBeNull();
  expect(targetCumulativeWords('250（5年間累計）')).toBe('5年間累計');
  expect(targetCumulativeWords('60（3か年累計）')).toBe('3か年累計');
  expect(figureCumulativeMark('1,200（月別累計）')?.withinYear).toBe(true);
});

test('a count of years in kanji, or months naming a year or a start, spans years (review rv77)', () => {
  for (const t of ['60（三年間累計）', '1,500（五年間累計）', '60（R3.4月からの累計）', '60（R3年4月～R6年3月累計）', '120（令和3年4月からの累計）'])
    expect(figureCumulativeMark(t)?.withinYear).toBe(false);
  expect(targetCumulativeWords('60（三年間累計）')).toBe('三年間累計');
  expect(figureCumulativeMark('30,000（4～3月累計）')?.withinYear).toBe(true);
});

test('months with no year, or naming the figure’s own fiscal year only, add up within it; a start before or an end after spans years (rv79)', () => {
  for (const t of ['1,200（4月からの累計）', '2,400（4月から3月までの累計）', '2,400（4月～3月累計）']) expect(figureCumulativeMark(t)?.withinYear).toBe(true);
  for (const t of ['450（R5.4月からの累計）', '9,000（R5年4月～R6年3月累計）', '450（令和5年4月からの累計）'])
    expect([t, figureCumulativeMark(t, 2023)?.withinYear]).toEqual([t, true]);
  for (const t of ['450（R3.4月からの累計）', '9,000（R5年4月～R7年3月累計）', '450（R5.4月からの累計）'])
    expect([t, figureCumulativeMark(t, t.includes('R5.') ? 2022 : 2023)?.withinYear]).toEqual([t, false]);
  expect(figureCumulativeMark('450（R5.4月からの累計）')?.withinYear).toBe(false);
});
