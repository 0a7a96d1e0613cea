/**
 * How much of a package the readers will take (issue 14): a submitted workbook is someone else's
 * file, so its size must never drive memory or time. Real evaluation workbooks are a few MB; the
 * limits sit far above them and far below what would put the process at risk.
 */
import type { PartDamage } from '../../engine/model/readProblem';

const MiB = 1 << 20;

export const LIMITS = {
  /** The file itself. */
  fileBytes: 100 * MiB,
  /** One part of the package once inflated (a sheet's XML, the shared strings). */
  partBytes: 64 * MiB,
  /** All the parts read, inflated, together. */
  totalBytes: 256 * MiB,
  /** Entries in the package's directory. */
  entries: 20000,
  /** Characters in one cell: Excel's own limit. */
  cellChars: 32767,
  /** Merged areas on one sheet. */
  merges: 100000,
  /** Cells inside merged areas, all sheets together, for a reader that makes an object of each (exceljs). */
  mergedCells: 2000000,
} as const;

/** A part, or the whole package, larger than the limits: the file is refused with the sizes. */
export class PackageTooLarge extends Error {
  constructor(
    /** The part in the package, or '' for the whole file. */
    readonly part: string,
    readonly limit: number,
    /** The size found (inflated bytes, or the count), when known. */
    readonly size: number | null,
    /** What was counted: inflated bytes, directory entries, merged areas. */
    readonly what: 'bytes' | 'entries' | 'merges' | 'mergedCells' = 'bytes',
  ) {
    super(`${part || 'file'}: more than ${limit} ${what}`);
  }
}

/** A part that is not well formed (cut off, not XML, an index out of range): the file is damaged. */
export class DamagedPart extends Error {
  constructor(
    readonly part: string,
    /** What is wrong with it, as data (rendered in the message naming the file: engine/model/readProblem.ts). */
    readonly damage: PartDamage,
  ) {
    super(`${part}: ${damage.kind}`);
  }
}
