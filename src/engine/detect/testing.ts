/** Small synthetic sheets for the detector's unit tests. */
import type { CellValue, SheetSnapshot } from '../model/port';

export function snap(name: string, values: CellValue[][], opts: { merges?: string[]; top?: number; left?: number } = {}): SheetSnapshot {
  return { name, visibility: 'visible', protected: false, top: opts.top ?? 1, left: opts.left ?? 1, values, merges: opts.merges ?? [] };
}
