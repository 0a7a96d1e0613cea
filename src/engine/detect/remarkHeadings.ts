/**
 * The 実績 and 備考 headings near the actuals of a sheet, each cell classified at most once: the search for the 備考 of
 * each actual's line (remarkQualifiers.ts) looks at the same heading cells for every figure of a column or a row.
 * A cell reads as `Grid.text` sees it (a merged area as its top-left cell), so the roles are those of classifyLabel.
 */
import { classifyLabel } from '../values/labels';
import type { Grid } from './grid';

export type HeadingRole = 'actual' | 'note';

const UNKNOWN = 0;
const OTHER = 1;
const ACTUAL = 2;
const NOTE = 3;

export class RemarkHeadings {
  private readonly width: number;
  /** Per cell of the sheet's range: not looked at yet, another role, 実績, 備考. */
  private readonly roles: Uint8Array;

  constructor(private readonly grid: Grid) {
    this.width = grid.right - grid.left + 1;
    this.roles = new Uint8Array(Math.max(0, this.width * (grid.bottom - grid.top + 1)));
  }

  /** The cell's role when it reads 実績 or 備考 (as a heading or a row label), else undefined. */
  at(row: number, col: number): HeadingRole | undefined {
    const { grid } = this;
    if (row < grid.top || row > grid.bottom || col < grid.left || col > grid.right) return roleOf(grid, row, col);
    const i = (row - grid.top) * this.width + (col - grid.left);
    if (this.roles[i] === UNKNOWN) {
      const role = roleOf(grid, row, col);
      this.roles[i] = role === 'actual' ? ACTUAL : role === 'note' ? NOTE : OTHER;
    }
    const code = this.roles[i];
    return code === ACTUAL ? 'actual' : code === NOTE ? 'note' : undefined;
  }
}

/** A number or a yes/no has none of the letters of 実績 or 備考 (nor of actual, result, note, remark): only a text can be one. */
function roleOf(grid: Grid, row: number, col: number): HeadingRole | undefined {
  if (typeof grid.value(row, col) !== 'string') return undefined;
  const role = classifyLabel(grid.text(row, col))?.role;
  return role === 'actual' || role === 'note' ? role : undefined;
}
