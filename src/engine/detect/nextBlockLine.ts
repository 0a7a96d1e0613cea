/**
 * A 方向 line under a block's last row may be the next block's title line, not the block's own: 「指標2 | 火災発生件数 | 単位 |
 * 件 | 方向 ↓」 over the next period row. A clerk reads it with the block it heads: the line is the next block's when it holds
 * a name label (指標2, 指標名), or when it is joined to the next block's period row (no blank line between, within six lines)
 * but parted from the block above by a blank line. A 方向 line right under the rows, with a blank line before the next
 * block, stays the upper block's, and so is never the lower block's way either.
 */
import type { BlockContext } from './blockTypes';

/** Whether line `r` holds text in the block's columns. */
function holdsText(ctx: BlockContext, r: number): boolean {
  return ctx.index.row(r).some((c) => c.col >= ctx.seg.left && c.col <= ctx.seg.right && c.text.trim() !== '');
}

/** Whether line `r` holds a name label (指標2, 指標名) in the block's columns. */
function holdsNameLabel(ctx: BlockContext, r: number): boolean {
  return ctx.index.row(r).some((c) => c.col >= ctx.seg.left && c.col <= ctx.seg.right && c.label?.role === 'name');
}

/** Whether line `r`, under the block's last series row `last`, is the title line of the block below (see above). */
export function headsNextBlock(ctx: BlockContext, r: number, last: number): boolean {
  if (holdsNameLabel(ctx, r)) return true;
  let joinedBelow = false;
  for (let k = r + 1; k <= r + 6; k++) {
    if (ctx.axisRows.has(k)) {
      joinedBelow = true;
      break;
    }
    if (!holdsText(ctx, k) || holdsNameLabel(ctx, k)) break;
  }
  if (!joinedBelow) return false;
  for (let k = last + 1; k < r; k++) if (!holdsText(ctx, k)) return true;
  return false;
}

/**
 * Whether line `r`, above the block's period row, closes the block above: right under a line of figures, a blank line
 * between it and this block's period row.
 */
export function closesBlockAbove(ctx: BlockContext, r: number): boolean {
  const figures = ctx.index.row(r - 1).some((c) => c.col >= ctx.seg.left && c.col <= ctx.seg.right && typeof ctx.grid.raw(r - 1, c.col) === 'number');
  if (!figures) return false;
  for (let k = r + 1; k < ctx.seg.run.row; k++) if (!holdsText(ctx, k)) return true;
  return false;
}
