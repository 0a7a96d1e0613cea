/**
 * The reader's figures: per layout kind and overall, the share of facts right, the share wrong,
 * the facts missed, and the wrong facts without a reading-uncertain finding (silent); then the
 * same on ../shared/samples when present. Run by scripts/bench-reader.js (npm run bench:reader).
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { buildFixture, fixtureBytes } from './build';
import { FIXTURES } from './fixtures';
import type { ExpectedWorkbook, FixtureSpec } from './model';
import type { Report } from '../../src/engine/model/report';
import { runExpected, runFixture } from './run';
import { describe as describeFacts, tally, type Tally } from './score';

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '-');

type Row = Tally & { flags: number };

function line(label: string, t: Row, workbooks: number): string {
  return [
    label.padEnd(34),
    String(workbooks).padStart(4),
    String(t.facts).padStart(6),
    pct(t.right, t.facts).padStart(9),
    pct(t.wrong, t.facts).padStart(9),
    String(t.missed).padStart(7),
    String(t.silent).padStart(7),
    String(t.flags).padStart(6),
  ].join(' ');
}

const HEAD = [
  'layout'.padEnd(34),
  'wbs'.padStart(4),
  'facts'.padStart(6),
  'right'.padStart(9),
  'wrong'.padStart(9),
  'missed'.padStart(7),
  'silent'.padStart(7),
  'flags'.padStart(6),
].join(' ');

function add(a: Row, b: Tally, flags = 0): Row {
  return {
    facts: a.facts + b.facts,
    right: a.right + b.right,
    wrong: a.wrong + b.wrong,
    missed: a.missed + b.missed,
    silent: a.silent + b.silent,
    flags: a.flags + ((b as Row).flags ?? 0) + flags,
  };
}
const zero = (): Row => ({ facts: 0, right: 0, wrong: 0, missed: 0, silent: 0, flags: 0 });
const flagsOf = (report: Report) => report.findings.filter((f) => f.code === 'reading-uncertain').length;

async function guarded<T>(name: string, run: () => Promise<T>): Promise<T | string> {
  try {
    return await run();
  } catch (e) {
    return `${name}: the check threw ${(e as Error)?.message ?? String(e)}`;
  }
}

/** `--write DIR`: the fixture workbooks and their expected facts into DIR, to open them in Excel. */
async function writeFixtures(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (const spec of FIXTURES) {
    const { bytes, expected } = await fixtureBytes(buildFixture(spec).built);
    const base = path.join(dir, spec.name.split(' ')[0]);
    await fs.writeFile(`${base}.xlsx`, bytes);
    await fs.writeFile(`${base}.facts.json`, JSON.stringify({ ...expected, name: spec.name }, null, 1));
  }
  console.log(`${FIXTURES.length} fixture workbooks and their facts written to ${dir}\n`);
}

/** The specs, each also with `sweep - 1` other seeds (other names, numbers and positions in the same layout). */
function swept(sweep: number): FixtureSpec[] {
  return FIXTURES.flatMap((spec) =>
    Array.from({ length: sweep }, (_, k) => (k ? { ...spec, name: `${spec.name} [seed +${k}]`, seed: spec.seed + 7919 * k } : spec)),
  );
}

async function fixtureFigures(verbose: boolean, sweep: number): Promise<void> {
  const specs = swept(sweep);
  const byKind = new Map<string, { t: Row; n: number }>();
  const notes: string[] = [];
  const notRight: string[] = [];
  const guess = { needed: 0, flagged: 0, noise: 0 };
  for (const spec of specs) {
    const res = await guarded(spec.name, () => runFixture(spec));
    const kind = byKind.get(spec.kind) ?? { t: zero(), n: 0 };
    kind.n++;
    if (typeof res === 'string') notes.push(res);
    else {
      kind.t = add(kind.t, tally(res.results), flagsOf(res.report));
      const needed = (res.fixture.built.expected.guesses ?? []).length > 0;
      guess.needed += needed ? 1 : 0;
      guess.flagged += needed && flagsOf(res.report) ? 1 : 0;
      guess.noise += !needed && flagsOf(res.report) ? 1 : 0;
      const wrong = describeFacts(res.results);
      if (wrong) notRight.push(spec.name);
      if (verbose && wrong) notes.push(`${spec.name}:\n  ${wrong.split('\n').join('\n  ')}`);
    }
    byKind.set(spec.kind, kind);
  }
  console.log(`Reader fixtures (test/reader/fixtures.ts, ${specs.length} workbooks${sweep > 1 ? `: ${FIXTURES.length} specs × ${sweep} seeds` : ''})\n${HEAD}`);
  let all = zero();
  for (const [kind, { t, n }] of [...byKind.entries()].sort()) {
    console.log(line(kind, t, n));
    all = add(all, t);
  }
  console.log(line('all fixtures', all, specs.length));
  console.log(
    `Readings that rest on a guess (the period inferred, a year note of another year): ${guess.needed} workbooks, ${guess.flagged} of them with a reading-uncertain finding; workbooks needing no guess that have one: ${guess.noise}`,
  );
  for (const n of notes) console.log(n);
  console.log(`Not yet read right (${notRight.length}; keep test/reader/knownFailing.ts in step):\n${notRight.map((n) => `  '${n}',`).join('\n')}`);
}

async function sampleFigures(dir: string, verbose: boolean): Promise<void> {
  const factsFile = path.join(dir, 'facts.json');
  if (!existsSync(factsFile)) {
    console.log(`\nSamples: ${factsFile} is not there; skipped (the figures above are the fixtures only).`);
    return;
  }
  const facts = JSON.parse(await fs.readFile(factsFile, 'utf8')) as ExpectedWorkbook[];
  console.log(`\nSamples (${dir})\n${HEAD}`);
  let all = zero();
  for (const wb of facts) {
    const file = path.join(dir, wb.file);
    const res = await guarded(wb.file, async () => runExpected(new Uint8Array(await fs.readFile(file)), { ...wb, groups: wb.groups ?? [] }));
    if (typeof res === 'string') {
      console.log(res);
      continue;
    }
    const t = add(zero(), tally(res.results), flagsOf(res.report));
    all = add(all, t);
    console.log(line(wb.file.replace(/\.xlsx$/, ''), t, 1));
    const wrong = describeFacts(res.results);
    if (verbose && wrong) console.log(`  ${wrong.split('\n').join('\n  ')}`);
  }
  console.log(line('all samples', all, facts.length));
}

export async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const started = Date.now();
  const out = argv.indexOf('--write');
  if (out >= 0) {
    if (!argv[out + 1]) throw new Error('--write needs a folder');
    await writeFixtures(path.resolve(argv[out + 1]));
  }
  const sweepAt = argv.indexOf('--sweep');
  const sweep = sweepAt >= 0 ? Number(argv[sweepAt + 1]) : 1;
  if (!Number.isInteger(sweep) || sweep < 1) throw new Error('--sweep needs a whole number of seeds per spec (1 or more)');
  await fixtureFigures(verbose, sweep);
  const samples = path.resolve(process.cwd(), '..', 'shared', 'samples');
  await sampleFigures(samples, verbose);
  console.log(
    `\nright/wrong: share of the expected facts (fiscal year, each indicator's name, unit, target, actual and status, direction, grade, group grades);`,
  );
  console.log(
    `wrong also counts indicators reported where there is none; silent: wrong facts without a reading-uncertain finding naming the indicator or its cells;`,
  );
  console.log(`flags: reading-uncertain findings in the reports (each should point at a real guess).`);
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
