/** A figure written as a running total with no run of years: 「260（累計）」. */
import { writtenAsRunningTotal } from './runningTotalFigure';

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
