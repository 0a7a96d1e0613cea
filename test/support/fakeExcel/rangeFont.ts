/**
 * `Excel.RangeFont`: bold, color, size, italic, underline and strikethrough set on every cell of the range; only
 * strikethrough is read (`load('strikethrough')`): true when every cell of the range is struck through, false when none
 * is, null when some are (counted over the cells present, as a whole sheet has 17 billion).
 */
import { parseRange } from '../../../src/engine/model/address';
import { cellAt } from './cells';
import { ClientObject, type Batch } from './clientObject';
import { FakeExcelError } from './errors';
import type { RangeTarget } from './rangeTarget';

export class RangeFont extends ClientObject {
  constructor(
    ctx: Batch,
    private readonly range: RangeTarget,
  ) {
    super(ctx);
  }

  set bold(v: boolean) {
    this.setAll('bold', v);
  }
  set color(v: string) {
    this.setAll('color', v);
  }
  set size(v: number) {
    this.setAll('size', v);
  }
  set italic(v: boolean) {
    this.setAll('italic', v);
  }
  set underline(v: string) {
    this.setAll('underline', v);
  }

  private setAll(k: string, v: unknown): void {
    this.range.write({ font: k, v }, (s, cells) => cells.forEach((a) => (cellAt(s, a).font = { ...cellAt(s, a).font, [k]: v })));
  }

  set strikethrough(v: boolean | null) {
    this.setAll('strikethrough', v);
  }
  get strikethrough(): boolean | null {
    return this.get('strikethrough');
  }

  protected readProp(name: string): unknown {
    if (name !== 'strikethrough') throw new FakeExcelError('InvalidArgument', `unknown property ${name}`);
    const a = this.range.resolve();
    if (a === null) return undefined;
    const b = parseRange(a.includes(':') ? a : `${a}:${a}`);
    if (!b) throw new FakeExcelError('InvalidArgument', `bad address ${a}`);
    let struck = 0;
    for (const [addr, cell] of this.range.sheetOf().cells) {
      const p = parseRange(`${addr}:${addr}`)!;
      if (p.top >= b.top && p.top <= b.bottom && p.left >= b.left && p.left <= b.right && cell.font?.strikethrough === true) struck++;
    }
    if (!struck) return false;
    return struck === (b.bottom - b.top + 1) * (b.right - b.left + 1) ? true : null;
  }
}
