/** How the hidden-cells-skipped finding names hidden rows and columns: 「5〜7、9行目とF列・J列」, "rows 5–7, 9 and columns F, J". */

/** Runs of numbers: [5, 6, 7, 9] → ["5〜7", "9"] (with the given dash). */
function runs(ns: number[], dash: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < ns.length; i++) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j] + 1) j++;
    out.push(j > i ? `${ns[i]}${dash}${ns[j]}` : String(ns[i]));
    i = j;
  }
  return out;
}

export const hiddenLinesJa = (rows: number[], columns: string[]): string =>
  [rows.length ? `${runs(rows, '〜').join('、')}行目` : '', columns.length ? columns.map((c) => `${c}列`).join('・') : ''].filter(Boolean).join('と');

export const hiddenLinesEn = (rows: number[], columns: string[]): string =>
  [
    rows.length ? `row${rows.length > 1 ? 's' : ''} ${runs(rows, '–').join(', ')}` : '',
    columns.length ? `column${columns.length > 1 ? 's' : ''} ${columns.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
