/** What a range's parts (format, conditional formats, merged areas) see of their range. */
import type { FakeSheetData } from './workbookData';

export interface RangeTarget {
  /** The address as the add-in gave it (for the request's description). */
  readonly addressText: string;
  sheetOf(): FakeSheetData;
  /** The address (without the sheet), or null for a null object's missing range. */
  resolve(): string | null;
  /** Queues a change of the range's cells; a protected sheet rejects it unless `unlockedOnly` and every cell is unlocked. */
  write(describe: unknown, run: (s: FakeSheetData, cells: string[]) => void, unlockedOnly?: boolean): void;
}
