/**
 * The reader's figures on a hold-out set (2, 3, 4: the sets share this bench): per workbook and overall, the share of facts
 * right and wrong, the facts missed, the wrong facts with no reading-uncertain finding (silent) and
 * whether reading-uncertain appeared exactly when the clerk would guess; then every fact that is not
 * right. Run by scripts/bench-reader-holdout.js 2 (3, 4). `--write DIR` also writes the workbooks and facts.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Report } from '../../../src/engine/model/report';
import { describe as describeFacts, tally, type FactResult, type Tally } from '../score';
import { HOLDOUT2, holdout2Bytes, runHoldout2, type Holdout2Workbook } from './index';

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '-');
const COLS: [string, number][] = [
  ['workbook', 30],
  ['facts', 6],
  ['right', 9],
  ['wrong', 9],
  ['missed', 7],
  ['silent', 7],
  ['flags', 6],
  ['flag ok', 8],
];
const HEAD = COLS.map(([h, w], i) => (i ? h.padStart(w) : h.padEnd(w))).join(' ');

type Row = Tally & { flags: number; flagOk: number };

function line(label: string, t: Row, n = 1): string {
  const cells = [label, String(t.facts), pct(t.right, t.facts), pct(t.wrong, t.facts), String(t.missed), String(t.silent), String(t.flags), `${t.flagOk}/${n}`];
  return cells.map((c, i) => (i ? c.padStart(COLS[i][1]) : c.padEnd(COLS[i][1]))).join(' ');
}

const flagsOf = (report: Report) => report.findings.filter((f) => f.code === 'reading-uncertain').length;

/** reading-uncertain is expected exactly when the clerk's reading rests on a guess (expected.guesses). */
const flagOk = (h: Holdout2Workbook, report: Report) => (h.expected.guesses ?? []).length > 0 === flagsOf(report) > 0;

function sum(a: Row, b: Row): Row {
  const out = { ...a };
  for (const k of Object.keys(a) as (keyof Row)[]) out[k] = a[k] + b[k];
  return out;
}

/** A hold-out set: its number and its workbooks. */
export interface HoldoutSet {
  n: number;
  workbooks: Holdout2Workbook[];
}

async function writeAll(set: HoldoutSet, dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (const h of set.workbooks) {
    await fs.writeFile(path.join(dir, `${h.name}.xlsx`), await holdout2Bytes(h));
    await fs.writeFile(path.join(dir, `${h.name}.facts.json`), JSON.stringify({ ...h.expected, layout: h.layout }, null, 1));
  }
  console.log(`${set.workbooks.length} hold-out ${set.n} workbooks and their facts written to ${dir}\n`);
}

/** The bench of one hold-out set. */
export async function benchHoldout(set: HoldoutSet, argv: string[]): Promise<void> {
  const started = Date.now();
  const out = argv.indexOf('--write');
  if (out >= 0) {
    if (!argv[out + 1]) throw new Error('--write needs a folder');
    await writeAll(set, path.resolve(argv[out + 1]));
  }
  const suffix = set.n === 1 ? '' : String(set.n);
  console.log(`Reader hold-out set ${set.n} (test/reader/holdout${suffix}, ${set.workbooks.length} workbooks)\n${HEAD}`);
  let all: Row = { facts: 0, right: 0, wrong: 0, missed: 0, silent: 0, flags: 0, flagOk: 0 };
  const details: string[] = [];
  for (const h of set.workbooks) {
    let results: FactResult[];
    let report: Report;
    try {
      ({ results, report } = await runHoldout2(h));
    } catch (e) {
      console.log(`${h.name}: the check threw ${(e as Error)?.message ?? String(e)}`);
      continue;
    }
    const row = { ...tally(results), flags: flagsOf(report), flagOk: flagOk(h, report) ? 1 : 0 };
    all = sum(all, row);
    console.log(line(h.name, row));
    const wrong = describeFacts(results);
    if (wrong) details.push(`${h.name} (${h.layout}):\n  ${wrong.split('\n').join('\n  ')}`);
  }
  console.log(line(`all hold-out ${set.n}`, all, set.workbooks.length));
  console.log(`\nFacts not right (wrong (silent) = wrong with no reading-uncertain finding naming the indicator or its cells):`);
  for (const d of details) console.log(d);
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

export const main = (argv: string[]) => benchHoldout({ n: 2, workbooks: HOLDOUT2 }, argv);
