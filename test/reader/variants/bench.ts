/**
 * The reader's figures on variants of the hold-out sets' workbooks (variants.ts): each workbook read as built and as each
 * variant, both scored against the same facts. A fact right in the original and not in a variant is a rule that holds for
 * one spelling or position only. Run by scripts/bench-reader-variants.js [FIRST-LAST, all sets by default] [--variants a,b|none] [--quiet];
 * with `--variants none` it prints each set's figures as built, one line a set, with its "flag ok" count (a quick check of every
 * set in one process).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadWorkbook } from '../../../src/adapters/xlsx/openWorkbook';
import { openZipNative } from '../../../src/adapters/xlsx/zipReader';
import { checkWorkbook } from '../../../src/engine/actions/check';
import type { Report } from '../../../src/engine/model/report';
import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { groupFacts, holdout2Bytes, type Holdout2Workbook } from '../holdout2/index';
import { scoreReport, tally, type FactResult } from '../score';
import { VARIANTS, type Variant } from './variants';

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '-');

/** The facts of a workbook read from `snapshot`, its groups matched at the cells `cell` gives, its names rewritten by `text`. */
function score(h: Holdout2Workbook, snapshot: WorkbookSnapshot, cell: (a: string) => string, text: (s: string) => string = (s) => s): FactResult[] {
  return scored(h, snapshot, cell, text).results;
}

/**
 * As `score`, and whether the workbook is flagged as its facts say it should be: a reading-uncertain finding exactly when the
 * facts list guesses (the hold-out benches' "flag ok" column).
 */
function scored(
  h: Holdout2Workbook,
  snapshot: WorkbookSnapshot,
  cell: (a: string) => string,
  text: (s: string) => string = (s) => s,
): { results: FactResult[]; flagOk: boolean } {
  let report: Report;
  try {
    report = checkWorkbook(snapshot, { file: `${h.name}.xlsx` }).report;
  } catch (e) {
    return {
      results: [{ indicator: null, fact: 'threw', expected: null, got: String((e as Error)?.message ?? e), verdict: 'wrong', flagged: false }],
      flagOk: false,
    };
  }
  const indicators = h.expected.indicators.map((i) => ({ ...i, name: text(i.name), unit: typeof i.unit === 'string' ? text(i.unit) : i.unit }));
  const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
  return {
    results: [...scoreReport({ ...h.expected, indicators, groups: [] }, report), ...groupFacts(h, report, cell)],
    flagOk: (h.expected.guesses ?? []).length > 0 === flagged,
  };
}

const factKey = (r: FactResult) => `${r.indicator ?? '(workbook)'} ${r.fact}`;

interface Totals {
  facts: number;
  right: number;
  silent: number;
  lost: number;
  gained: number;
}

const zero = (): Totals => ({ facts: 0, right: 0, silent: 0, lost: 0, gained: 0 });

/**
 * Facts right in `base` and not in `v` (lost), and the other way round (gained). Both list the same expected facts in the same
 * order (a variant may rewrite their names), so facts are paired by position, spurious ones left out.
 */
function compare(base: FactResult[], v: FactResult[]): { lost: FactResult[]; gained: FactResult[] } {
  const b = base.filter((r) => r.fact !== 'spurious');
  const w = v.filter((r) => r.fact !== 'spurious');
  return {
    lost: w.filter((r, i) => r.verdict !== 'right' && b[i]?.verdict === 'right'),
    gained: w.filter((r, i) => r.verdict === 'right' && b[i]?.verdict !== 'right'),
  };
}

function parseArgs(argv: string[]): { first: number; last: number; variants: Variant[]; quiet: boolean } {
  const range = argv.find((a) => /^\d+(-\d+)?$/.test(a)) ?? '2-999';
  const [first, last = first] = range.split('-').map(Number);
  const i = argv.indexOf('--variants');
  const names = i >= 0 ? (argv[i + 1] ?? '').split(',') : VARIANTS.map((v) => v.name);
  const variants = VARIANTS.filter((v) => names.includes(v.name));
  if (!variants.length && names.join() !== 'none') throw new Error(`no such variant: ${names.join(',')} (known: ${VARIANTS.map((v) => v.name).join(', ')})`);
  return { first, last, variants, quiet: argv.includes('--quiet') };
}

/** The workbooks of hold-out set `n`, or null when there is no such set (a set that fails to load throws: never skipped in silence). */
async function setOf(n: number): Promise<Holdout2Workbook[] | null> {
  if (!existsSync(path.join(__dirname, `../holdout${n}/index.ts`))) return null;
  const mod = (await import(`../holdout${n}/index`)) as Record<string, Holdout2Workbook[]>;
  const set = mod[`HOLDOUT${n}`];
  if (!set) throw new Error(`test/reader/holdout${n}/index.ts exports no HOLDOUT${n}`);
  return set;
}

export async function main(argv: string[]): Promise<void> {
  const started = Date.now();
  const { first, last, variants, quiet } = parseArgs(argv);
  const base = zero();
  const per = new Map(variants.map((v) => [v.name, zero()]));
  const details: string[] = [];
  const sets: string[] = [];
  let books = 0;
  const read: number[] = [];
  for (let n = first; n <= last; n++) {
    const workbooks = await setOf(n);
    if (!workbooks) continue;
    read.push(n);
    const before = { ...base };
    let flagOk = 0;
    for (const h of workbooks) {
      const snapshot = (await loadWorkbook(await holdout2Bytes(h), `${h.name}.xlsx`, openZipNative)).snapshot;
      const first = scored(h, snapshot, (a) => a);
      const original = first.results;
      if (first.flagOk) flagOk++;
      const t = tally(original);
      books++;
      base.facts += t.facts;
      base.right += t.right;
      base.silent += t.silent;
      for (const v of variants) {
        const results = score(h, v.apply(snapshot), v.cell, v.text);
        const tv = tally(results);
        const { lost, gained } = compare(original, results);
        const sum = per.get(v.name)!;
        sum.facts += tv.facts;
        sum.right += tv.right;
        sum.silent += tv.silent;
        sum.lost += lost.length;
        sum.gained += gained.length;
        if (lost.length && !quiet)
          details.push(
            `${v.name} ${n} ${h.name}: ${lost.length} lost\n  ${lost
              .slice(0, 6)
              .map(
                (r) =>
                  `${r.verdict}${r.verdict === 'wrong' && !r.flagged ? ' (silent)' : ''}: ${factKey(r)}: expected ${JSON.stringify(r.expected)}, got ${JSON.stringify(r.got)}`,
              )
              .join('\n  ')}`,
          );
      }
    }
    sets.push(
      `set ${String(n).padEnd(4)} ${String(base.facts - before.facts).padStart(5)} ${pct(base.right - before.right, base.facts - before.facts).padStart(8)} ${String(base.silent - before.silent).padStart(4)} ${`${flagOk}/${workbooks.length}`.padStart(7)}`,
    );
  }
  if (!variants.length)
    console.log(
      `Reader hold-out sets ${read[0]}–${read[read.length - 1]}, as built: facts, right, silent, flag ok (flagged exactly where the facts list guesses)\n${sets.join('\n')}`,
    );
  console.log(`Reader variants of hold-out sets ${read[0]}–${read[read.length - 1]} (${read.length} sets, ${books} workbooks)`);
  console.log(`${'variant'.padEnd(10)} ${'facts'.padStart(7)} ${'right'.padStart(8)} ${'silent'.padStart(7)} ${'lost'.padStart(6)} ${'gained'.padStart(7)}`);
  console.log(`${'original'.padEnd(10)} ${String(base.facts).padStart(7)} ${pct(base.right, base.facts).padStart(8)} ${String(base.silent).padStart(7)}`);
  for (const v of variants) {
    const s = per.get(v.name)!;
    console.log(
      `${v.name.padEnd(10)} ${String(s.facts).padStart(7)} ${pct(s.right, s.facts).padStart(8)} ${String(s.silent).padStart(7)} ${String(s.lost).padStart(6)} ${String(s.gained).padStart(7)}   ${v.what}`,
    );
  }
  if (details.length) console.log(`\nFacts right in the original and not in the variant:\n${details.join('\n')}`);
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
