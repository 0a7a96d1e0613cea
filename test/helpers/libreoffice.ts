/**
 * Opens workbooks in LibreOffice (soffice --headless) and converts them: a file it cannot load
 * gives no output, which the helper turns into a failure naming the file and what soffice said.
 * Every call gets its own temporary profile, so tests in other jest workers do not share an
 * instance; calls in one worker run one after another (one soffice per profile at a time).
 * `npm test` installs LibreOffice Calc when soffice is missing (scripts/ensure-browser.js).
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** CSV export filter: comma, double quotes, UTF-8, values as shown (number formats applied), every sheet (-1) to its own file. */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

let queue: Promise<unknown> = Promise.resolve();

function serially<T>(f: () => Promise<T>): Promise<T> {
  const next = queue.then(f, f);
  queue = next.catch(() => undefined);
  return next;
}

export function sofficePath(): string {
  return process.env.SOFFICE_PATH || 'soffice';
}

export interface Converted {
  /** The output directory (the caller removes it with `cleanUp`). */
  dir: string;
  /** Each input's output files (a CSV of every sheet gives one per sheet). */
  outputs: Map<string, string[]>;
  /** What soffice printed. */
  log: string;
}

/**
 * Converts `files` with one soffice run: `to` is 'pdf', 'xlsx' or 'csv' (every sheet). Rejects when
 * soffice does not finish within `timeoutMs` or when a file gives no output or an empty one.
 */
export function convert(files: string[], to: 'pdf' | 'xlsx' | 'csv', timeoutMs = 120_000): Promise<Converted> {
  return serially(async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'evalsheet-lo-'));
    const profile = path.join(dir, 'profile');
    const outDir = path.join(dir, 'out');
    await fs.mkdir(outDir);
    const filter = to === 'csv' ? CSV_ALL_SHEETS : to === 'xlsx' ? 'xlsx:Calc MS Excel 2007 XML' : 'pdf:calc_pdf_Export';
    const args = [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      ...files,
    ];
    const log = await new Promise<string>((resolve, reject) => {
      execFile(sofficePath(), args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 8 * 1024 * 1024 }, (err, stdout, stderr) => {
        const text = `${stdout}${stderr}`;
        if (err)
          reject(
            new Error(
              `soffice failed (${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not installed: run npm test, which installs libreoffice-calc, or set SOFFICE_PATH' : err.killed ? `no answer within ${timeoutMs} ms` : err.message}):\n${text}`,
            ),
          );
        else resolve(text);
      });
    });
    const made = await fs.readdir(outDir);
    const outputs = new Map<string, string[]>();
    const problems: string[] = [];
    for (const f of files) {
      const stem = path.basename(f, path.extname(f));
      const mine = made.filter((m) => (to === 'csv' ? m.startsWith(`${stem}-`) && m.endsWith('.csv') : m === `${stem}.${to}`)).map((m) => path.join(outDir, m));
      if (!mine.length) problems.push(`${path.basename(f)}: no ${to} output (LibreOffice could not load it)`);
      for (const m of mine) if ((await fs.stat(m)).size === 0 && to !== 'csv') problems.push(`${path.basename(m)} is empty`);
      outputs.set(f, mine);
    }
    if (problems.length) throw new Error(`${problems.join('\n')}\nsoffice said:\n${log}`);
    return { dir, outputs, log };
  });
}

export async function cleanUp(c: Converted): Promise<void> {
  await fs.rm(c.dir, { recursive: true, force: true });
}

/** One CSV line into its fields (double-quoted fields, "" inside them). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          v += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else v += line[i++];
      }
      out.push(v);
      i++; // the comma
    } else {
      const end = line.indexOf(',', i);
      out.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return out;
}

/** A sheet's CSV (as LibreOffice shows it, formatted) as rows of fields; quoted line breaks kept. */
export async function readCsv(file: string): Promise<string[][]> {
  const text = (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  const lines: string[] = [];
  let cur = '';
  let quotes = 0;
  for (const line of text.split(/\r?\n/)) {
    cur = cur ? `${cur}\n${line}` : line;
    quotes += (line.match(/"/g) ?? []).length;
    if (quotes % 2 === 0) {
      lines.push(cur);
      cur = '';
      quotes = 0;
    }
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.map(csvFields);
}

/** The CSV of one sheet among a file's outputs (LibreOffice names them FILE-SHEET.csv). */
export function sheetCsv(c: Converted, file: string, sheet: string): string {
  const stem = path.basename(file, path.extname(file));
  const hit = (c.outputs.get(file) ?? []).find((m) => path.basename(m) === `${stem}-${sheet}.csv`);
  if (!hit) throw new Error(`no CSV of sheet ${sheet} for ${path.basename(file)}: ${(c.outputs.get(file) ?? []).map((m) => path.basename(m)).join(', ')}`);
  return hit;
}
