/** The selected range's sheet and address, for 読み取りを修正 (the pane names cells by selecting them). */
import { HostError } from './errors';

export interface SelectedRange {
  sheet: string;
  /** Without the sheet: "B4:B9", "C3". */
  address: string;
}

/** "'My Sheet'!B4:B9" or "事業メモ!B4" → its sheet and address (quotes undone). */
export function splitAddress(full: string): SelectedRange | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(full);
  if (!m) return null;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: m[3].replace(/\$/g, '') };
}

export async function selectedRange(context: Excel.RequestContext): Promise<SelectedRange> {
  const sel = context.workbook.getSelectedRange();
  sel.load('address');
  await context.sync();
  const r = splitAddress(sel.address);
  if (!r) throw new HostError('other', `選択範囲（${sel.address}）を読み取れません。セルを選択してからやり直してください。`);
  return r;
}
