import { bandLines, boundsOf, closedBands, gradesOtherRatio } from './bandLines';
import { Grid } from './grid';
import { snap } from './testing';

describe('bandLines: the lines of a sheet that may state bands', () => {
  test('a row of 以上 / 未満 cells joined, read once per grid', () => {
    const grid = new Grid(
      snap('表', [
        ['指標名', '実績'],
        ['A', '100％以上', 'B', '80％以上100％未満'],
      ]),
    );
    expect(bandLines(grid)).toEqual([['B2', 'A 100％以上 B 80％以上100％未満']]);
    expect(bandLines(grid)).toBe(bandLines(grid));
  });
});

describe('closedBands, boundsOf, gradesOtherRatio', () => {
  test('each band closed by the one above it, none overlapping, no gap', () => {
    expect(closedBands([boundsOf('100%以上')!, boundsOf('80%以上100%未満')!, boundsOf('80%未満')!])).toBe(true);
    expect(closedBands([boundsOf('100%以上')!, boundsOf('80%以上')!, boundsOf('80%未満')!])).toBe(false);
    expect(closedBands([boundsOf('100%以上')!, boundsOf('80%以上90%未満')!, boundsOf('80%未満')!])).toBe(false);
    expect(boundsOf('100%以上 110%以上')).toBeNull();
  });

  test('a legend grading the ratio to the year before is no scale of attainment', () => {
    expect(gradesOtherRatio('評価は前年度比による')).toBe(true);
    expect(gradesOtherRatio('達成率(前年度比は参考)')).toBe(false);
  });
});
