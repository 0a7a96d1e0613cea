/** A cell reference of the report: 'A1' on the indicator's own sheet, or 'Sheet!A1' / "'KPI 実績'!A1" on another. */

export interface SheetCell {
  sheet: string;
  cell: string;
}

/** The sheet and the A1 address of a report's cell reference; `sheet` is the indicator's, used when the reference names none. */
export function sheetCell(ref: string, sheet: string): SheetCell {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { sheet, cell: ref };
  const name = ref.slice(0, bang);
  const quoted = /^'(.*)'$/s.exec(name);
  return { sheet: quoted ? quoted[1].replace(/''/g, "'") : name, cell: ref.slice(bang + 1) };
}

/** References grouped by the sheet they are on, the indicator's own sheet first, each cell once. */
export function cellsBySheet(refs: (string | null)[], sheet: string): { sheet: string; cells: string[] }[] {
  const out = new Map<string, string[]>([[sheet, []]]);
  for (const ref of refs) {
    if (!ref) continue;
    const at = sheetCell(ref, sheet);
    const list = out.get(at.sheet) ?? [];
    if (!list.includes(at.cell)) list.push(at.cell);
    out.set(at.sheet, list);
  }
  return [...out].filter(([, cells]) => cells.length).map(([s, cells]) => ({ sheet: s, cells }));
}
