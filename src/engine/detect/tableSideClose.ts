/**
 * A table side's rows once its body is read (tables.ts readTables): what stands beside or under them — 「再掲」 marks, nameless
 * rows under each row, totals, targets written as a change from the baseline — then the side settled by its notes, codes and
 * caption (settleSide).
 */
import { applyCaptionAims } from './captionAims';
import { readCaptionTotals } from './captionTotals';
import type { CellIndex } from './cells';
import { joinSideByCode } from './codeJoinedSide';
import type { Column } from './column';
import { isCostTable } from './costTables';
import type { Grid } from './grid';
import { noteActualYears } from './actualYearColumn';
import { flagRowsByPosition } from './namelessSide';
import { settleProvisionalTwins, subHeadedText } from './provisionalTwins';
import { judgedOnConfirmed, judgesOnConfirmed } from './confirmedOnlyNote';
import { isReferenceTable } from './referenceTables';
import { markRepeatColumn } from './repeatColumn';
import { tableUnitNote, unitFromNote } from './tableUnitNote';
import { applyYearBasisActuals } from './yearBasisActuals';
import { readTargetedTotal } from './targetedTotalRow';
import type { RawIndicator } from './types';
import { readRowsBelow } from './unlabelledRowBelow';
import { markBaseRelativeTargets } from './baseRelativeTargets';

/**
 * A side's rows once its body is read: the 「再掲」 marks, the nameless rows under each row, the totals (a caption's 合計 row, a
 * last 合計 row with a target of its own) and the targets written as a change from the baseline, then the side settled.
 */
export function closeSide(
  grid: Grid,
  index: CellIndex,
  at: { band: number[]; nameCol: number; lo: number; hi: number; valueCols: number[]; first: number; last: number },
  columns: Column[],
  read: RawIndicator[],
  readTotal: (row: number) => RawIndicator,
): RawIndicator[] {
  const { band, nameCol, lo, first, last } = at;
  markRepeatColumn(grid, band, lo, columns, read); // 「再掲」 | 「再掲（1-2）」: shown again from elsewhere (repeatColumn.ts)
  readRowsBelow(grid, nameCol, columns, read); // a nameless row of figures under each row, as the sheet's 上段／下段 note says (unlabelledRowBelow.ts)
  const span = { band, nameCol, lo, hi: at.hi, valueCols: at.valueCols };
  const body = { first, last };
  // 「成果指標1　…」 over 施設 rows without targets and their 合計: the 合計 row is the caption's indicator (captionTotals.ts).
  // A last 合計 row with a target of its own, the sum of the parts: read, with a guess (targetedTotalRow.ts).
  const withTotals = readTargetedTotal(grid, { ...span, ...body }, readCaptionTotals(grid, index, { ...span, ...body }, read, readTotal), readTotal);
  // 「△10％」 under a target heading naming the base, or a note saying so: a change from the baseline (baseRelativeTargets.ts).
  markBaseRelativeTargets(grid, columns, withTotals);
  return settleSide(grid, index, span, body, withTotals);
}

/** A table side's columns, as its rows were read against them. */
interface SideSpan {
  band: number[];
  nameCol: number;
  lo: number;
  hi: number;
  valueCols: number[];
}

/**
 * A table side's rows once read: the years and unit its notes state, the rows flagged by their position (namelessSide.ts);
 * none from a table captioned 参考指標, whose figures are watched, never graded (referenceTables.ts).
 */
function settleSide(grid: Grid, index: CellIndex, side: SideSpan, body: { first: number; last: number }, read: RawIndicator[]): RawIndicator[] {
  const { band, nameCol, lo, hi, valueCols } = side;
  // 「令和５年度実績」 over 速報値 | 確定値: the final figure where written, else the early one, provisional (provisionalTwins.ts).
  // A note judging on the confirmed figure only (「評価は確定値により行う」): a 確定値 not out yet is pending (confirmedOnlyNote.ts).
  // A note scoped to marked rows (「★印の指標の評価は…」) holds for those rows alone (review rv80 item 7).
  const confirmedOnly = read.some((i) => i.actuals.length > 1) && judgesOnConfirmed(grid);
  for (const ind of read) settleProvisionalTwins(ind, (col) => subHeadedText(grid, band, nameCol, col), confirmedOnly && judgedOnConfirmed(grid, ind));
  // 実績 over 「R5末累計 | R6単年度 | R6末累計」: each column dated, the target's basis kept (yearBasisActuals.ts).
  const heading = (col: number) => band.map((r) => grid.text(r, col)).join(' ');
  const under = band[band.length - 1] + 1;
  const subRow = !grid.text(under, nameCol) || grid.anchor(under, nameCol).row < under ? under : under - 1;
  for (const ind of read) applyYearBasisActuals(ind, (col) => grid.text(subRow, col), heading);
  noteActualYears(grid, band, lo, hi, read);
  unitFromNote(tableUnitNote(grid, index, band[0], lo, hi), read, (col) => band.map((r) => grid.text(r, col)).join(''));
  // A side with codes of its own (コード | 項目名 | R5実績) in another order: its figures read on the row of each code (codeJoinedSide.ts).
  joinSideByCode(grid, { header: band, nameCol, valueCols, ...body }, read);
  flagRowsByPosition(grid, { header: band, nameCol, valueCols, ...body }, read);
  applyCaptionAims(index, band[0], lo, hi, read); // 「２　エネルギー使用量等（いずれも削減を目指す）」 (captionAims.ts)
  // A table captioned as a money block (【2】収支状況（単位：千円）) lists costs, not indicators (costTables.ts).
  return isReferenceTable(index, band[0], lo, hi) || isCostTable(grid, index, { top: band[0], lo, hi, nameCol }, read) ? [] : read;
}
