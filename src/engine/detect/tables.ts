/**
 * Table layouts: a header row naming the columns, one indicator per row below it.
 *  - project tables (family B): No. | 推進事業 | R4年度実績値 | 自己評価 | R5年度数値目標 | R5年度実績値 | …
 *  - plan indicators (family D): 指標 | 指標の説明 | 現況（計画策定時） | 目標（R8） | 実績 | …; two-row headers: a period over 目標 / 実績 sub-columns, and paired R5目標 | R5実績 columns.
 */
import { countFromNumerator } from './numeratorActual';
import { isInverseMark } from '../values/inverseIndicator';
import { markOverWords, preferOwnGrade } from './gradeOwner';
import { a1, parseA1 } from '../model/address';
import { holdsFigures } from './figureRow';
import { sectionCaption, startsNextSection } from './sectionHeadings';
import type { Grid } from './grid';
import { SERIES_ROLES, type Role } from '../values/labels';
import { writtenUnit } from '../values/units';
import type { CellIndex } from './cells';
import { namedIndicator, point, withKind } from './common';
import { readRationaleCell, readWayCell } from './unreadDirection';
import { isCaptionRow } from './captionRow';
import { cleanName, idBesideName } from './names';
import { readHeader, VALUE_ROLES, type Column } from './header';
import { settleParts } from './parts';
import { runningTotals } from './runningTotal';
import { totalOfMarkedRow } from './markedRowTotal';
import { singleYearAgainstTotal } from './notedRowTotal';
import { levelActualBesideTotal } from './levelSingleYearActual';
import { markRelative } from './relativePeriods';
import { isTallyHeader } from './tally';
import type { RawIndicator } from './types';
import { columnWay } from './wayHeading';
import { measuresTheChange } from '../values/targetChange';
import { descriptionAims, remarkAims } from '../values/remarkAims';
import { aimSpeaksOf } from './nameMeasure';
import { nameAimLines } from './nameAimLines';
import { mixedHeadingUnits, unitFromHeadings } from './headingUnits';
import { joinSideHalves } from './sideHalves';
import { sideBySide } from './sideBySide';
import { isCostSide } from './costTables';
import { readPairCell } from './measurePairs';
import { continuesNameAbove, joinNameLine, nameLineBelow } from './wrappedNames';
import { captionsReference } from './referenceTables';
import { closeSide } from './tableSideClose';
import { withoutSupersededTargets } from './revisedTargets';
import { holdsOutlines, nameWithoutOutline } from './nameOutlineColumn';
import { holdsDescriptions } from './nameDescriptionLines';
import { firstLineRepeated, nameOverColumnOutline } from './outlineLineColumns';
import { headingText, headingTexts } from './cumulativeTwins';
import { markedForecast } from './forecastColumns';
import { markedProvisional } from './provisionalHeadings';
import { repeatsHeader } from './repeatedHeader';
import { detectNumberedGroups } from './numberedGroups';
import { currentValueAsActual } from './currentValueColumn';
import { ownColumns, qualifierCols, qualifySubRow, subRowOf } from './subRowQualifiers';
import { readLabelledLines } from './labelledLines';
import { withoutTableBeside } from './tableBeside';
import { headsAnotherTable } from './headingRows';
import { unclearSidesGuess } from './evaluationSides';
import { effectHeading } from './effectHeading';
import { notAnIndicatorRow } from './nonIndicatorRows';
import { byRowMeasures } from './rowMeasureLabels';
import { readGoalGroup } from './goalGroupColumn';
import { bySubject } from './subjectColumnGroups';
import { columnsForRow } from './respondentRows';

export function detectTables(
  grid: Grid,
  index: CellIndex,
  consumed: Set<number>,
  sheetGroups: { row: number; kind: 'policy' | 'measure' | 'goal'; name: string }[],
): RawIndicator[] {
  const headerRows: number[] = [];
  const out = readTables(grid, index, consumed, sheetGroups, headerRows);
  // A table's header row heads its columns: no other reader takes it as a form's label / value line (事業名 | 事業の内容 | 前年度（R4）実績 | …).
  for (const r of headerRows) consumed.add(r);
  return out;
}

/** The rows of a table header that read any indicators, noted in `headerRows`; the indicators as they are. */
function withHeader(read: RawIndicator[], band: number[], headerRows: number[]): RawIndicator[] {
  if (read.length) headerRows.push(...band);
  return read;
}

function readTables(
  grid: Grid,
  index: CellIndex,
  consumed: Set<number>,
  sheetGroups: { row: number; kind: 'policy' | 'measure' | 'goal'; name: string }[],
  headerRows: number[],
): RawIndicator[] {
  const out: RawIndicator[] = numberedRows(grid, index, consumed, sheetGroups);
  const rows = [...index.rows.keys()].sort((a, b) => a - b);
  let skipUntil = 0;
  // Header rows of tables beside those read, starting lower (on a row of their body): read in their turn.
  const beside = new Set<number>();
  for (const row of rows) {
    if ((row <= skipUntil && !beside.has(row)) || consumed.has(row)) continue;
    // A header over rows another reader took (a policy block's 指標 line over its period and series rows) is not read.
    if (row > skipUntil && consumed.has(row + 1) && consumed.has(row + 2) && consumed.has(row + 3)) continue;
    const header = readHeader(grid, index, row);
    if (!header) continue;
    let lastRow = row;
    const sides: RawIndicator[][] = [];
    const segs = sideBySide(header.columns).map((s) => ({ ...s, columns: currentValueAsActual(grid, withoutTableBeside(grid, header.band, s.columns)) }));
    for (const seg of segs) {
      const { nameCol, columns, firstValue } = seg;
      const costSide = isCostSide(grid, header.band, seg, segs); // 事業名 | 決算額 | … beside 成果指標 | 目標値 | 実績値 (costTables.ts)
      const valueCols = columns.filter((c) => c.role !== 'group' && (VALUE_ROLES.has(c.role) || c.role === 'baseline'));
      const valueColNums = valueCols.map((c) => c.col);
      const read: RawIndicator[] = [];
      let blanks = 0;
      let lastRaw = '';
      const tableCols = columns.map((c) => c.col);
      const unitCol = columns.find((c) => c.role === 'unit')?.col;
      // Asked of every body row, made once: the name and table columns, and the columns a sub-row's qualifier may stand in.
      const rowCols = [nameCol, ...tableCols];
      const qualifiers = qualifierCols(columns, nameCol, firstValue);
      const own = ownColumns(columns); // a part's own target or grade
      let r = row + header.rows;
      const [lo, hi] = [Math.min(nameCol, ...tableCols), Math.max(...tableCols)];
      const caption = sectionCaption(grid, index, header.band[0], lo, hi); // under 「２　成果指標」, 「３　総合評価」 ends it (sectionHeadings.ts)
      for (; r <= grid.bottom; r++) {
        if (consumed.has(r) || startsNextSection(index, r, lo, hi, caption)) break;
        if (endsBody(grid, index, r, { band: header.band, lo, hi, nameCol, unitCol, tableCols, valueCols: valueColNums }, beside)) break;
        if (!index.rows.has(r)) {
          if (++blanks >= 5) break;
          continue;
        }
        blanks = 0;
        const anchor = grid.anchor(r, nameCol);
        const sub = subRowOf(grid, r, nameCol, qualifiers, valueColNums, own.cols, own.grades); // 男性 / 女性 sub-rows, or their 計 row: the indicator's figure
        if (sub === 'part' || (anchor.row !== r && !sub)) continue; // continuation of a name merged down, unless a sub-row of its own
        const rawName = grid.fullText(r, nameCol);
        if (!rawName.trim()) continue;
        const last = read[read.length - 1];
        // The second line of a name wrapped into the cell below, beside cells merged over both rows (wrappedNames.ts).
        if (last && (continuesNameAbove(grid, r, last.row, nameCol, tableCols) || nameLineBelow(grid, r, last.row, nameCol, columns))) {
          lastRaw = joinNameLine(grid, last, r, nameCol, lastRaw, unitCol);
          continue;
        }
        const named = { nameCol, firstValue, columns, valueCols, rowCols, costSide, anchor, lineName: () => rowName(grid, r, nameCol, columns) };
        if (notAnIndicatorRow(grid, index, r, rawName, named)) continue;
        // 区分 | 目標値 / 実績値 rows (rowMeasureLabels.ts); 犬 | 猫 each over 目標 | 実績: one per subject (subjectColumnGroups.ts).
        read.push(...bySubject(grid, columns, (cs) => qualifySubRow(byRowMeasures(readRow, grid, r, nameCol, cs, sheetGroups), sub)));
        lastRaw = rawName;
      }
      const span = { band: header.band, nameCol, lo, hi, valueCols: valueColNums };
      const readTotal = (t: number) => readRow(grid, t, nameCol, columns, sheetGroups);
      sides.push(closeSide(grid, index, { ...span, first: row + header.rows, last: r - 1 }, columns, read, readTotal));
      lastRow = Math.max(lastRow, r - 1);
    }
    out.push(...withHeader(joinSideHalves(sides), header.band, headerRows));
    skipUntil = lastRow;
  }
  return out;
}

/**
 * Whether body row `r` ends the table: another header over its columns, a tally header, its own header repeated, a 参考
 * caption, or another table's heading row. A header wholly beside the table's columns starts another table there (noted in `beside`); this one goes on.
 */
function endsBody(
  grid: Grid,
  index: CellIndex,
  r: number,
  t: { band: number[]; lo: number; hi: number; nameCol: number; unitCol?: number; tableCols: number[]; valueCols: number[] },
  beside: Set<number>,
): boolean {
  const over = (h: { columns: { col: number }[] }) => h.columns.some((c) => c.col >= t.lo && c.col <= t.hi);
  // A row holding figures in this table's value columns is a body row, even if its words read as a header (figureRow.ts).
  const found = readHeader(grid, index, r);
  const next = found && over(found) && holdsFigures(grid, r, t.valueCols) ? null : found;
  if (next && !over(next)) {
    beside.add(r);
    return false;
  }
  if (next || isTallyHeader(grid, r) || repeatsHeader(grid, t.band, r, t.tableCols) || captionsReference(grid, r, t.nameCol, t.valueCols)) return true;
  // 「【事業の効果】 | 地方創生に…効果があった」 under the table: a section of its own (captionRow.ts).
  if (isCaptionRow(grid, r, t.lo, t.nameCol, t.valueCols)) return true;
  // 「区分 | 4月 … 3月 | 計」 (or 区分 over years alone) under the value columns: another table's header, unless a name with its unit heads the row (headingRows.ts).
  return headsAnotherTable(index, r, t);
}

/** Indicators as numbered column groups of one row (指標1_名称 … 指標2_名称 …), read as table rows (numberedGroups.ts); their rows are claimed. */
function numberedRows(grid: Grid, index: CellIndex, consumed: Set<number>, sheetGroups: Parameters<typeof readRow>[4]): RawIndicator[] {
  const numbered = detectNumberedGroups(grid, index, consumed, (g, r, nameCol, columns) => readRow(g, r, nameCol, columns, sheetGroups));
  for (const r of numbered.consumedRows) consumed.add(r);
  return numbered.indicators;
}

/** Under a 「事業名・概要」 heading, or in a column of names over descriptions, the line under the name is no part of it (nameOutlineColumn.ts). */
function rowName(grid: Grid, r: number, nameCol: number, columns: Column[], glued?: () => void): string {
  // A name over its 概要 line, known by the column's other cells (outlineLineColumns.ts).
  const outlined = nameOverColumnOutline(grid, nameCol, grid.fullText(r, nameCol));
  if (outlined !== null) return outlined;
  return nameWithoutOutline(
    grid.fullText(r, nameCol),
    () => headingText(grid, columns.find((c) => c.col === nameCol)?.cells ?? []),
    () => holdsOutlines(grid, nameCol),
    // Two cells of one first line: the lines under it tell the rows apart (review rv80), though the column holds 概要 lines.
    () => holdsDescriptions(grid, nameCol) && !firstLineRepeated(grid, nameCol, grid.fullText(r, nameCol)),
    glued,
  );
}

function readRow(
  grid: Grid,
  r: number,
  nameCol: number,
  header: Column[],
  sheetGroups: { row: number; kind: 'policy' | 'measure' | 'goal'; name: string }[],
): RawIndicator {
  let glued = false; // the name's next line may go on with it (gluedNameLine.ts): a guess naming the cell
  const rawName = rowName(grid, r, nameCol, header, () => (glued = true));
  const clean = cleanName(rawName);
  const columns = columnsForRow(grid, r, clean.name, header); // 「女性の就業率」 over 全体 | 男性 | 女性: the 女性 column (respondentRows.ts).
  const ind = namedIndicator(grid.name, 'table', r, a1(r, nameCol), clean.id ?? null, clean);
  if (glued) ind.guesses = [...(ind.guesses ?? []), { reason: 'name-line-cut', cells: [a1(r, nameCol)] }];
  if (clean.direction) ind.statedDirection = { ...clean.direction, cell: a1(r, nameCol) };
  // A ※ line under the name in its cell (「不登校児童生徒の出現率（％）⏎※減少を目指す」) states the indicator's aim, when it aims at
  // the indicator's own quantity (nameAimLines.ts, review rv74).
  const words: string[] = [clean.name, clean.note ?? '', nameAimLines(rawName, clean.name)];
  for (const c of columns) readCell(grid, r, c, ind, words);
  countFromNumerator(grid, r, columns, ind); // 実績値 over 分子 | 分母 | 率: a count's actual is the numerator.
  preferOwnGrade(grid, r, columns, ind); // 二次評価（委員会） before 一次評価（担当課）: the department's own (gradeOwner.ts).
  // 「当初目標」 beside a filled 「修正目標」 of the same year: the revised one counts (revisedTargets.ts).
  withoutSupersededTargets(ind, (col) => headingText(grid, columns.find((c) => c.col === col)?.cells ?? []));
  const headingUnit = ind.unit ? null : unitFromHeadings(grid, columns);
  if (headingUnit) ind.unit = headingUnit.unit;
  const mixedUnit = mixedHeadingUnits(grid, columns, ind);
  if (mixedUnit && !ind.unit) ind.unit = mixedUnit;
  settleParts(grid, r, columns, ind);
  levelActualBesideTotal(grid, r, columns, ind); // a rate's 「－」 累計 beside its 単年度 figure (levelSingleYearActual.ts)
  // A row marked 累計 beside a total column: its actual is the total (markedRowTotal.ts); else a guess (notedRowTotal.ts).
  if (!totalOfMarkedRow(grid, r, columns, ind) && !runningTotals(grid, r, columns, ind)) singleYearAgainstTotal(grid, r, columns, ind);
  markRelative(columns, ind);
  unclearSidesGuess(columns, ind);
  if (!ind.group) {
    const g = nearestGroup(sheetGroups, r);
    if (g) {
      ind.group = g.name;
      ind.groupKind = g.kind;
    }
  }
  // The words of 「効果額（千円）」 (effectHeading.ts) and of 「待機児童数（人）」 over the years (quantityOverYears.ts) speak for the row's.
  const effect = effectHeading(grid, columns);
  ind.wordsForDirection = [...(effect ? [effect, ...words.slice(1)] : words), ...columns.flatMap((c) => (c.quantity ? [c.quantity] : []))].join(' ');
  return ind;
}

/**
 * A remark of a dozen characters or more merged down over several rows of a grade column, not led by a grade letter or
 * mark (「Ｂ：概ね順調に進んでいる」 is a grade): no grade of any row.
 */
function isMergedRemark(grid: Grid, row: number, col: number): boolean {
  const m = grid.merge(row, col);
  if (!m || m.bottom === m.top) return false;
  const t = grid.text(row, col).replace(/\s/g, '');
  return t.length >= 12 && !/^[A-Za-zＡ-Ｚａ-ｚ◎○◯△▲×✕]/.test(t);
}

/** A grade column's cell of an indicator's row: its written grade (and the period's, under a dated heading). */
function readGradeCell(grid: Grid, r: number, c: Column, ind: RawIndicator): void {
  const a = grid.anchor(r, c.col);
  // A sentence merged down over several rows (「施策全体として概ね順調に進んでいる」) remarks on them all: no row's grade.
  if (isMergedRemark(grid, a.row, a.col)) return;
  const cell = { row: a.row, col: a.col, cell: a1(a.row, a.col), raw: grid.raw(a.row, a.col) };
  // Of two grade columns, one holding a number (達成度(%) as a rate) gives way to one holding a grade written as text, and one
  // holding words (取組の進捗 「計画どおり実施」) to one holding a letter or mark (進捗評価 「A」): gradeOwner.ts.
  if (!ind.gradeCell || (typeof ind.gradeCell.raw === 'number' && typeof cell.raw === 'string') || markOverWords(ind.gradeCell.raw, cell.raw))
    ind.gradeCell = cell;
  if (c.period) (ind.gradeCells ??= []).push({ ...cell, period: c.period });
}

/** One column's cell of an indicator's row, into the fact its heading names. */
function readCell(grid: Grid, r: number, c: Column, ind: RawIndicator, words: string[]): void {
  if (c.pair) return readPairCell(grid, r, c.col, c.pair, ind);
  // 「目標：120件⏎実績：98件」 under any measure's heading: each line is its own measure (labelledLines.ts).
  if (SERIES_ROLES.has(c.role as Role) && readLabelledLines(grid, r, c.col, ind, c.period)) return;
  const text = grid.text(r, c.col);
  switch (c.role) {
    case 'actual': {
      // A heading naming 見込 / 速報 / 暫定: a forecast beside the year's 実績 (forecastColumns.ts), a provisional figure (provisionalHeadings.ts).
      const headings = headingTexts(grid, c.cells);
      ind.actuals.push(markedForecast(markedProvisional(point(grid, r, c.col, c.period), headings), headings.join(' ')));
      if (c.baseline) ind.baselines.push(point(grid, r, c.col, c.period));
      break;
    }
    case 'target':
    case 'expected':
      ind.targets.push(withKind(point(grid, r, c.col, c.period), c.role));
      // Under 「削減目標」 lower is better, unless a direction cell of the row says otherwise, or the row's name measures
      // the cut itself (削減量, 削減率: more is better; values/targetChange.ts).
      if (c.way && !ind.statedDirection && !measuresTheChange(ind.name)) ind.statedDirection = { ...c.way };
      break;
    case 'baseline': {
      const p = point(grid, r, c.col, c.period);
      if (p.parsed.status !== 'missing') ind.baselines.push(p);
      break;
    }
    case 'unit':
      if (text) {
        ind.unit = writtenUnit(text);
        ind.unitCell = a1(r, c.col);
      }
      break;
    case 'id':
      if (text) ind.id = idBesideName(ind.id, text);
      break;
    case 'description':
      if (text && !ind.description) [ind.description, ind.descriptionCell] = [text, a1(r, c.col)];
      words.push(descriptionAims(text, (o, p) => aimSpeaksOf(o, ind.name, p)));
      break;
    case 'note':
      if (text) ind.note = ind.note ? `${ind.note} ${text}` : text;
      if (text && !ind.noteCell) ind.noteCell = a1(r, c.col);
      words.push(remarkAims(text, (o, p) => aimSpeaksOf(o, ind.name, p)));
      if (/累計/.test(text)) ind.cumulative = true;
      break;
    case 'category':
      // 「逆」 alone in a 区分 / 種別 column marks a 逆指標: lower is better (values/inverseIndicator.ts).
      if (isInverseMark(text) && !ind.statedDirection) ind.statedDirection = { value: 'down', cell: a1(r, c.col), text };
      break;
    case 'direction': {
      // Under 目標設定の考え方, a sentence of the target's grounds states no way (unreadDirection.ts readRationaleCell).
      if (readRationaleCell(ind, c.cells.map((h) => grid.text(parseA1(h)!.row, parseA1(h)!.col)).join(' '), text, a1(r, c.col))) break;
      const d = readWayCell(ind, text, a1(r, c.col));
      if (d) ind.statedDirection = { value: d, cell: a1(r, c.col), text };
      break;
    }
    case 'grade':
      readGradeCell(grid, r, c, ind);
      break;
    case 'previousGrade':
      ind.previousGradeCell = { cell: a1(r, c.col), raw: grid.raw(r, c.col) };
      break;
    case 'futureDirection': {
      // Under a bare 方向性 heading an arrow or a one-word way (↓, 低減) is the indicator's direction (wayHeading.ts).
      const way = text ? columnWay(grid, c, text) : null;
      if (way) ind.statedDirection = { value: way, cell: a1(r, c.col), text };
      else if (text) ind.futureDirection = { cell: a1(grid.anchor(r, c.col).row, grid.anchor(r, c.col).col), text: grid.fullText(r, c.col) };
      break;
    }
    case 'group':
      words.push(readGoalGroup(ind, text));
      break;
    default:
      break;
  }
}

export function nearestGroup(groups: { row: number; kind: 'policy' | 'measure' | 'goal'; name: string }[], row: number) {
  const rank = { measure: 0, policy: 1, goal: 2 } as const;
  let best: (typeof groups)[number] | undefined;
  for (const g of groups) {
    if (g.row > row) continue;
    if (!best || g.row > best.row || (g.row === best.row && rank[g.kind] < rank[best.kind])) best = g;
  }
  // Between a 基本方針 and a 基本施策 heading close together, the more specific wins.
  if (best) for (const g of groups) if (g.row <= row && best.row - g.row <= 3 && rank[g.kind] < rank[best.kind]) best = g;
  return best;
}
