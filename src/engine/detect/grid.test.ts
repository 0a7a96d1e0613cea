import type { CellValue, SheetSnapshot } from '../model/snapshot';
import { Grid } from './grid';

function sheet(values: CellValue[][], merges: string[], top = 1, left = 1): SheetSnapshot {
  return { name: 'S', visibility: 'visible', protected: false, top, left, values, merges };
}

/** Every cell's value, merge and right edge over rows 1..rows and columns 1..cols, for comparing two grids cell by cell. */
function seen(grid: Grid, rows: number, cols: number): string[] {
  const out: string[] = [];
  for (let r = 1; r <= rows; r++)
    for (let c = 1; c <= cols; c++) {
      const m = grid.merge(r, c);
      const a = grid.anchor(r, c);
      out.push(
        `${r},${c}:${String(grid.value(r, c))}|${grid.text(r, c)}|${m ? `${m.top}-${m.left}-${m.bottom}-${m.right}` : '-'}|${a.row},${a.col}|${grid.rightEdge(r, c)}`,
      );
    }
  return out;
}

describe('Grid merged areas', () => {
  test('a merged area reads its top-left value from every cell; a cell outside any area reads its own', () => {
    const grid = new Grid(
      sheet(
        [
          ['指標', null, 'R5'],
          [null, null, 10],
        ],
        ['A1:B2'],
      ),
    );
    expect(grid.value(2, 2)).toBe('指標');
    expect(grid.text(2, 1)).toBe('指標');
    expect(grid.anchor(2, 2)).toEqual({ row: 1, col: 1 });
    expect(grid.rightEdge(1, 1)).toBe(2);
    expect(grid.merge(1, 3)).toBeNull();
    expect(grid.value(2, 3)).toBe(10);
  });

  test('an area reaching past the used range is seen from its cells outside the range too', () => {
    const grid = new Grid(sheet([['実績', 5]], ['A1:A3', 'B1:D1']));
    expect(grid.value(3, 1)).toBe('実績');
    expect(grid.anchor(3, 1)).toEqual({ row: 1, col: 1 });
    expect(grid.rightEdge(1, 2)).toBe(4);
    expect(grid.value(1, 4)).toBe(5);
    expect(grid.merge(5, 5)).toBeNull();
  });

  test('a sheet whose used range starts below and right of A1 finds its areas at their own cells', () => {
    const grid = new Grid(
      sheet(
        [
          ['名称', null],
          [null, 3],
        ],
        ['C5:D5'],
        5,
        3,
      ),
    );
    expect(grid.value(5, 4)).toBe('名称');
    expect(grid.anchor(5, 4)).toEqual({ row: 5, col: 3 });
    expect(grid.value(6, 4)).toBe(3);
    expect(grid.merge(6, 3)).toBeNull();
  });

  test('a used range too large for the per-cell table (over a million cells) reads its areas as a small one does', () => {
    const merges = ['A1:B2', 'C3:C5', 'B7:E7'];
    const rows: CellValue[][] = [['見出し', null, null], [null, null, null], [null, null, '単位'], [], [], [], [null, '備考']];
    const small = new Grid(sheet(rows, merges));
    // One row 1,001 cells wide over 1,001 rows: the range is 1,002,001 cells, past MERGE_TABLE.
    const wide: CellValue[] = Array.from({ length: 1001 }, () => null);
    const large = new Grid(sheet([...rows, ...Array.from({ length: 993 }, () => []), wide], merges));
    expect(large.bottom - large.top + 1).toBe(1001);
    expect(seen(large, 8, 6)).toEqual(seen(small, 8, 6));
    expect(large.value(5, 3)).toBe('単位');
  });

  test('of two areas over the same cell, the later one is seen', () => {
    const grid = new Grid(
      sheet(
        [
          ['a', 'b'],
          [null, null],
        ],
        ['A1:B1', 'B1:B2'],
      ),
    );
    expect(grid.merge(1, 2)).toEqual({ top: 1, left: 2, bottom: 2, right: 2 });
    expect(grid.value(2, 2)).toBe('b');
  });
});

describe('Grid.forEachValue', () => {
  test('gives every stored value row by row, left to right, and skips blanks and empty texts', () => {
    const grid = new Grid(sheet([[null, '指標', ''], [], [3, null, 0, false]], [], 2, 2));
    const got: [number, number, CellValue][] = [];
    grid.forEachValue((r, c, v) => got.push([r, c, v]));
    expect(got).toEqual([
      [2, 3, '指標'],
      [4, 2, 3],
      [4, 4, 0],
      [4, 5, false],
    ]);
  });

  test('gives what raw() reads at each cell it names', () => {
    const grid = new Grid(
      sheet(
        [
          ['R5', null],
          [10, 'x'],
        ],
        ['A1:B1'],
      ),
    );
    grid.forEachValue((r, c, v) => expect(grid.raw(r, c)).toBe(v));
  });
});
