/**
 * Fixtures the current reader does not yet read right. Each runs as `test.failing`: CI stays
 * green, and when the reader is fixed the test fails until its name is removed from here.
 */
export const KNOWN_FAILING = new Set<string>([
  'B1 project table, text targets, ①② measures',
  'B2 project table moved to C4, measures on two lines',
  'B3 project table, eleven projects',
  'C1 KPI pairs, 平成29年3月末 periods, values with units',
  'C4 KPI pairs, FY periods, 見込み/速報値 actuals',
  'N5 実績値 over periods, units in the cell, 見込み values',
  'N11 label/value pairs per indicator',
  'N12 label/value pairs, 方向 row, full-width numbers',
  'N13 label/value pairs moved to C2, units in the value, 速報値',
  'A7 policy blocks tiled, ％ indicator stored as a fraction, R05 periods',
]);

/** Layout properties (properties.test.ts) not yet true, by `${variant} (seed ${seed})`. */
export const KNOWN_FAILING_PROPERTIES = new Set<string>([
  // seed 12: an actual of 2082 is taken for a year heading, and the evaluation period becomes 2082, silently
  'plain (seed 12)',
  // seed 13: an actual of 1112 in the latest column is read as missing (beside an actual of 2092 in the first year)
  'plain (seed 13)',
  'moved (seed 12)',
  'moved (seed 13)',
  'transposed (seed 12)',
  'transposed (seed 13)',
  'split (seed 12)',
  'split (seed 13)',
]);
