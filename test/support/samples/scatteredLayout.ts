/** A layout the reader cannot read, for the taught-layout tests: figures first, names last, headings that name no measure. */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/engine/model/port';
import { snap } from '../../../src/engine/detect/testing';

/** 「事業メモ」: R5計画 / R5結果 / R6計画 / R6結果 over the figures, the names to their right, a grade column. */
export function scatteredSheet(): SheetSnapshot {
  const v: CellValue[][] = [
    ['事業メモ（福祉課）'],
    [null, 'R5計画', null, 'R5結果', null, 'R6計画', null, 'R6結果'],
    [],
    [null, 120, null, 100, null, 130, null, null, null, '相談件数', '件', null],
    [null, 40, null, 46, null, 45, null, null, null, '講座の参加者数', '人', null],
    [null, 300, null, 240, null, 320, null, null, null, '見守り訪問の回数', '回', null],
  ];
  return snap('事業メモ', v);
}

/** 「補足」: one indicator written across a line: a name, then its target and actual further right. */
export function singleSheet(): SheetSnapshot {
  const v: CellValue[][] = [[], [null, 'ボランティア登録者', null, null, '令和5年度', null], [null, null, null, null, 80, 92]];
  return snap('補足', v);
}

export function scatteredWorkbook(extra: SheetSnapshot[] = []): WorkbookSnapshot {
  return { sheets: [scatteredSheet(), singleSheet(), ...extra] } as WorkbookSnapshot;
}
