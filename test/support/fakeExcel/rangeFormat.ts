/** `Excel.RangeFormat`: font (rangeFont.ts), fill, cell locks (format.protection.locked), column width; alignment and autofit are accepted and not kept. */
import { parseA1 } from '../../../src/engine/model/address';
import { cellAt } from './cells';
import { ClientObject, type Batch } from './clientObject';
import type { RangeTarget } from './rangeTarget';
import { RangeFont } from './rangeFont';

export class RangeFormat extends ClientObject {
  readonly font: RangeFont;
  readonly fill: { color: string; clear: () => void };
  readonly protection: { locked: boolean };
  constructor(
    ctx: Batch,
    private readonly range: RangeTarget,
  ) {
    super(ctx);
    this.protection = Object.defineProperty({} as { locked: boolean }, 'locked', {
      set: (v: boolean) => range.write({ locked: v }, (s, cells) => cells.forEach((a) => (cellAt(s, a).locked = v))),
    });
    this.font = new RangeFont(ctx, range);
    this.fill = Object.defineProperties({} as { color: string; clear: () => void }, {
      color: { set: (v: string) => range.write({ fill: v }, (s, cells) => cells.forEach((a) => (cellAt(s, a).fill = v))) },
      clear: { value: () => range.write({ fillClear: true }, (s, cells) => cells.forEach((a) => delete cellAt(s, a).fill)) },
    });
  }
  set columnWidth(v: number) {
    this.range.write({ columnWidth: v }, (s) => {
      const a = this.range.resolve()!;
      const m = /^([A-Z]+)/.exec(a)!;
      s.columnWidths.set(parseA1(`${m[1]}1`)!.col, v);
    });
  }
  set wrapText(v: boolean) {
    this.range.write({ wrapText: v }, () => {});
  }
  set horizontalAlignment(v: string) {
    this.range.write({ horizontalAlignment: v }, () => {});
  }
  set verticalAlignment(v: string) {
    this.range.write({ verticalAlignment: v }, () => {});
  }
  autofitColumns(): void {
    this.range.write({ autofit: true }, () => {});
  }
  protected readProp(): unknown {
    return null;
  }
}
