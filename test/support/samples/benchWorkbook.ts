/** The benchmarks' workbook: `sheets` policy sheets of 15 indicators each, made by the demo's sheet builder. */
import type { SheetSpec } from '../../../src/engine/model/plan';
import { policySheet } from './demoWorkbook';

export const BENCH_PER_SHEET = 15;

function blocks(seed: number) {
  const out = [];
  for (let i = 0; i < BENCH_PER_SHEET; i++) {
    const base = 50 + ((seed * 31 + i * 17) % 400);
    out.push({
      no: String(i + 1),
      name: `成果指標${seed + 1}-${i + 1}の件数`,
      description: 'ベンチマーク用の指標',
      unit: '件',
      actual: [base, base + 3, base + 5, base + 8, Math.round(base * (0.5 + ((seed + i) % 7) / 10)), null, null],
      expected: [null, null, base + 5, base + 10, base + 15, base + 20, base + 25],
    });
  }
  return out;
}

export function benchSheets(sheets: number): SheetSpec[] {
  return Array.from({ length: sheets }, (_, s) =>
    policySheet(`施策${s + 1}`, {
      fiscalLabel: '令和５年度',
      policy: `${s + 1}.基本方針`,
      measure: `${s + 1}-1.基本施策`,
      department: '企画部',
      previousGrade: 'B',
      blocks: blocks(s),
    }),
  );
}
