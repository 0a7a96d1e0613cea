/**
 * One production build of the pane, with the fake Office page beside it, shared by every e2e suite of a
 * test run: a full webpack build takes one to two minutes, and each suite building its own (four of them,
 * two at a time on two cores) came close to the hooks' time limit.
 *
 * The build lands in the system's temporary folder under a name made from a hash of everything it is
 * built from (src/, the fake Office page and the fake Excel, webpack.config.js, package.json and its lock), so a
 * suite finds the build of the sources it tests, never an older one. Suites in other jest workers wait
 * for the one that builds (a lock folder made atomically; a lock older than ten minutes is a crashed
 * build and is taken over). The folder is read only by the suites and left for the next run.
 */
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../..');
/** The deployment base URL the e2e manifest is built with. */
export const E2E_BASE = 'https://evalsheet.example.lg.jp/addin/';
const STALE_LOCK_MS = 10 * 60_000;
const OLD_BUILD_MS = 6 * 3600_000;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

/** A hash of what the build is made from. */
function sourceKey(): string {
  const files = [
    ...filesUnder(path.join(ROOT, 'src')),
    ...filesUnder(path.join(ROOT, 'test/support')),
    ...['test/e2e/fakeOffice.ts', 'webpack.config.js', 'package.json', 'package-lock.json', 'manifest.xml'].map((f) => path.join(ROOT, f)),
    ...filesUnder(path.join(ROOT, 'scripts')).filter((f) => /addin-|webview|make-icons/.test(f)),
  ].sort();
  const h = createHash('sha256');
  for (const f of files) h.update(path.relative(ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

async function runBuild(out: string): Promise<void> {
  const saved = process.env.ADDIN_BASE_URL;
  process.env.ADDIN_BASE_URL = E2E_BASE;
  try {
    const pane = await require(path.join(ROOT, 'webpack.config.js'))({ outDir: out }, { mode: 'production' });
    const fake: webpack.Configuration = {
      mode: 'development',
      devtool: false,
      entry: { 'fake-office': path.join(__dirname, 'fakeOffice.ts') },
      output: { path: `${out}-fake`, filename: '[name].js' },
      resolve: { extensions: ['.ts', '.js'] },
      module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', exclude: /node_modules/, options: { transpileOnly: true } }] },
    };
    await new Promise<void>((resolve, reject) =>
      webpack([pane, fake], (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats!.toString('errors-only'))) : resolve())),
    );
  } finally {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  }
}

/** Builds older than a few hours, of other sources, are removed (never the one being made or used now). */
async function removeOldBuilds(keep: string): Promise<void> {
  const tmp = os.tmpdir();
  for (const name of readdirSync(tmp)) {
    if (!name.startsWith('evalsheet-e2e-build-') || name.startsWith(keep)) continue;
    const p = path.join(tmp, name);
    try {
      if (Date.now() - statSync(p).mtimeMs > OLD_BUILD_MS) await fs.rm(p, { recursive: true, force: true });
    } catch {
      // another run removed it first
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The folder of the pane's production build (its fake Office page in `${folder}-fake`), built once per sources. */
export async function builtPane(): Promise<string> {
  const name = `evalsheet-e2e-build-${sourceKey()}`;
  const out = path.join(os.tmpdir(), name);
  const done = `${out}.done`;
  const lock = `${out}.lock`;
  for (;;) {
    if (existsSync(done)) return out;
    try {
      await fs.mkdir(lock);
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) await fs.rm(lock, { recursive: true, force: true });
      await sleep(1000);
      continue;
    }
    try {
      if (existsSync(done)) return out;
      for (const d of [out, `${out}-fake`]) await fs.rm(d, { recursive: true, force: true });
      await runBuild(out);
      await fs.writeFile(done, new Date().toISOString());
      await removeOldBuilds(name);
      return out;
    } finally {
      await fs.rm(lock, { recursive: true, force: true });
    }
  }
}

/** The build's folder served over http on 127.0.0.1 (a free port), as the add-in's server would serve it. */
export async function servePane(out: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const file = path.join(out, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, {
        'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
