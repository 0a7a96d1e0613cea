/**
 * The review's isolation: every submitted file is read in a reader process of its own (forked,
 * with a bounded heap and a time limit), never in this process, so that one file can only cost its
 * own row, whatever it does to the process reading it: runs out of its heap, hangs, or brings down
 * the process natively (a worker thread would take the whole review with it: Node aborts the
 * process when a zlib handle a terminated thread was making is freed, CI clone76). A reader that
 * runs out of its heap, dies, or is still reading after the time limit is killed, the file it was
 * reading becomes 読込不可 with the reason, the files it held but had not started go to the next
 * reader, and a new reader carries on. A file that ran out of the ordinary heap is read once more,
 * alone, in a reader with a larger heap before it is given up (a large but genuine workbook is then
 * read, as `check` reads it). stopReading() kills every pool's readers at once (a signal stops the
 * review); a reader whose review is gone ends by itself (readerChannel.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { SubmissionResult } from '../adapters/xlsx/submission';
import { renderReadProblem, type ReadProblem } from '../engine/model/readProblem';

export interface PoolOptions {
  /** The reader script (lib/cli/reviewWorker.js). */
  script: string;
  /** Readers reading at once. */
  jobs: number;
  /** Each ordinary reader's heap (old generation), MB. */
  heapMb: number;
  /** The heap of the reader that reads again, alone, a file that ran out of the ordinary heap (MB); 0: no second try. */
  retryHeapMb: number;
  /** How long one file may take, ms. */
  timeoutMs: number;
}

/** Why a file a reader was reading is 読込不可 (model/readProblem.ts). */
const lostProblem = (why: 'memory' | 'time' | 'crash', timeoutMs: number, code?: number): ReadProblem =>
  why === 'memory' ? { variant: 'out-of-memory' } : why === 'time' ? { variant: 'timeout', ms: timeoutMs } : { variant: 'crashed', exitCode: code ?? null };

/** The Japanese of each (as the review's status list and the command line show it). */
export const OUT_OF_MEMORY = renderReadProblem(lostProblem('memory', 0));
export const timedOut = (ms: number) => renderReadProblem(lostProblem('time', ms));
export const crashed = (code?: number) => renderReadProblem(lostProblem('crash', 0, code));

/** How many files an ordinary reader is handed ahead, so that it never waits for this process. */
const AHEAD = 2;

/**
 * How long a new reader process may take to load the reader before it says it is ready (ms). The
 * time limit of a file counts from then, so that a slow start on a busy machine is never blamed on
 * the first file; a reader that never gets ready fails its files as timed out after this.
 */
const STARTUP_MS = 60_000;

/** The message a reader sends once it has loaded and can read (readerChannel.ts). */
export const WORKER_READY = 'evalsheet-worker-ready';

/** The pools reading now (stopReading ends them). */
const reading = new Set<Pool<object>>();

/**
 * Reads request `i` of `requests` for every i, calling `onResult(i, result)` exactly once each, in
 * completion order. Resolves when every file has its result and every reader has ended; rejects
 * with the first exception of `onResult` (the other readers are ended first). Never settles once
 * stopped by stopReading (the process is ending).
 */
export function readIsolated<R extends object>(requests: R[], opts: PoolOptions, onResult: (index: number, result: SubmissionResult) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (!requests.length) return resolve();
    const pool = new Pool(requests, opts, onResult, (error) => {
      reading.delete(pool);
      if (error) reject(error.error);
      else resolve();
    });
    reading.add(pool);
    pool.pump();
  });
}

/**
 * Stops every pool reading now: no new reader is started, no further result delivered, and every
 * reader is killed. Resolves true once they have all ended, false after `limitMs` if some have not.
 */
export async function stopReading(limitMs: number): Promise<boolean> {
  const ended = Promise.all([...reading].map((p) => p.stop())).then(() => true);
  reading.clear();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), limitMs)));
  try {
    return await Promise.race([ended, late]);
  } finally {
    clearTimeout(timer);
  }
}

class Pool<R extends object> {
  private next = 0;
  private done = 0;
  private failed: { error: unknown } | null = null;
  /** Stopped from outside (stopReading): nothing more is started or delivered, and the pool never settles. */
  private stopped = false;
  /** Handed to a reader that died before starting them. */
  private readonly requeued: number[] = [];
  /** Ran out of the ordinary heap: read again alone with the larger one. */
  private readonly second: number[] = [];
  private readonly triedTwice = new Set<number>();
  private readonly lanes = new Set<Lane>();
  /** Readers of lanes that died, still being ended: waited for before the pool settles. */
  readonly ending: Promise<unknown>[] = [];

  constructor(
    readonly requests: R[],
    readonly opts: PoolOptions,
    private readonly onResult: (index: number, result: SubmissionResult) => void,
    private readonly settle: (error: { error: unknown } | null) => void,
  ) {}

  take(big: boolean): number {
    if (big) return this.second.length ? this.second.shift()! : -1;
    return this.requeued.length ? this.requeued.shift()! : this.next < this.requests.length ? this.next++ : -1;
  }

  /** Every file not yet read has a reader to go to: at most `jobs` ordinary lanes and one for second tries. */
  pump(): void {
    if (this.failed || this.stopped) return;
    let ordinary = [...this.lanes].filter((l) => !l.big).length;
    while (ordinary < this.opts.jobs && (this.requeued.length || this.next < this.requests.length)) {
      this.lanes.add(new Lane(this, false));
      ordinary++;
    }
    if (this.second.length && ![...this.lanes].some((l) => l.big)) this.lanes.add(new Lane(this, true));
    for (const l of this.lanes) l.fill();
  }

  deliver(i: number, r: SubmissionResult): void {
    if (this.failed || this.stopped) return;
    try {
      this.onResult(i, r);
    } catch (e) {
      this.failed = { error: e };
      return this.finish();
    }
    if (++this.done === this.requests.length) this.finish();
    else this.pump();
  }

  /** A lane's reader died: the file it was reading is blamed (or read again with the larger heap), the others it held go first to the next. */
  lost(lane: Lane, held: number[], why: 'memory' | 'time' | 'crash', code?: number): void {
    this.lanes.delete(lane);
    const [current, ...rest] = held;
    this.requeued.unshift(...rest);
    if (current === undefined) return this.pump();
    if (why === 'memory' && !lane.big && this.opts.retryHeapMb > this.opts.heapMb && !this.triedTwice.has(current)) {
      this.triedTwice.add(current);
      this.second.push(current);
      return this.pump();
    }
    this.deliver(current, { kind: 'unreadable', problem: lostProblem(why, this.opts.timeoutMs, code) });
  }

  /** Ends every reader without settling: resolves once they have all ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.endLanes();
  }

  private finish(): void {
    void this.endLanes().then(() => this.settle(this.failed));
  }

  private endLanes(): Promise<unknown> {
    const ending = [...this.ending, ...[...this.lanes].map((l) => l.end())];
    this.lanes.clear();
    return Promise.all(ending);
  }
}

/** The last of a reader's error output kept: enough to tell running out of its heap from another death. */
const ERR_TAIL = 4096;
/** What V8 writes when a process runs out of its heap (「Reached heap limit … JavaScript heap out of memory」, 「Fatal javascript OOM」). */
const OUT_OF_HEAP = /heap out of memory|Reached heap limit|javascript OOM/i;

/** The highest memory any reader process of this process reported (MB): bench:review prints it. */
let readersPeak = 0;
export const readersPeakMb = (): number => readersPeak;

/** One reader process and the files handed to it, in the order it reads them. */
class Lane {
  private readonly held: number[] = [];
  private readonly child: ChildProcess;
  private readonly closed: Promise<void>;
  private errTail = '';
  private timer: NodeJS.Timeout | null = null;
  /** When the first held file's time limit started (performance.now()), once the reader is ready. */
  private since = 0;
  private dead = false;
  private ready = false;

  constructor(
    private readonly pool: Pool<object>,
    readonly big: boolean,
  ) {
    // A bounded heap: a reader reads one file at a time and needs little, and without a bound
    // V8 lets its heap grow with the number of files it has read. Only the heap flag: never this
    // process's own flags (a --require of the command line's, an inspector port).
    this.child = fork(pool.opts.script, [], {
      execArgv: [`--max-old-space-size=${big ? pool.opts.retryHeapMb : pool.opts.heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.child.stderr?.setEncoding('utf8');
    this.child.stderr?.on('data', (d: string) => (this.errTail = (this.errTail + d).slice(-ERR_TAIL)));
    this.child.on('message', (m: (SubmissionResult & { id: number; peakMb?: number }) | typeof WORKER_READY) =>
      m === WORKER_READY ? this.started() : this.answered(m),
    );
    // Could not be started (no process left to the user, say): its files are lost as a crash.
    this.child.on('error', () => this.died('crash'));
    // Ended once its output is closed and its process handle with it (freed after the turn of 'close'); one that never
    // started has nothing to wait for.
    this.closed = new Promise((resolve) => {
      this.child.once('close', () => setTimeout(resolve, 0));
      this.child.once('error', () => this.child.pid === undefined && resolve());
    });
    this.child.once('close', (code: number | null) => this.died(OUT_OF_HEAP.test(this.errTail) ? 'memory' : 'crash', code ?? undefined));
  }

  /** Hands over files up to the lane's capacity. */
  fill(): void {
    const wasIdle = !this.held.length;
    while (!this.dead && this.held.length < (this.big ? 1 : AHEAD)) {
      const id = this.pool.take(this.big);
      if (id < 0) break;
      this.held.push(id);
      // A reader gone meanwhile: its close blames the file it held.
      this.child.send({ id, ...this.pool.requests[id] }, undefined, {}, () => undefined);
    }
    if (wasIdle) this.arm();
  }

  /** Kills the reader (if it still runs); resolves once it has ended. */
  end(): Promise<unknown> {
    this.dead = true;
    this.disarm();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    return this.closed;
  }

  /** The reader reads its files in the order handed: the first held is the one being read, timed from now (from its start until it is ready). */
  private arm(): void {
    this.disarm();
    this.since = performance.now();
    if (this.held.length) this.timer = setTimeout(() => this.died('time'), this.ready ? this.pool.opts.timeoutMs : STARTUP_MS);
  }

  private started(): void {
    this.ready = true;
    this.arm();
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private answered(m: SubmissionResult & { id: number; peakMb?: number }): void {
    if (this.dead || this.held[0] !== m.id) return;
    // An answer that comes after the limit is past it, whichever of the two this process saw first (a busy process may take the
    // reader's message before the due timer): the file is timed out as the timer would have had it (CI clone69).
    if (this.ready && performance.now() - this.since > this.pool.opts.timeoutMs) return this.died('time');
    this.held.shift();
    this.arm();
    const { id, peakMb, ...result } = m;
    readersPeak = Math.max(readersPeak, peakMb ?? 0);
    this.pool.deliver(id, result as SubmissionResult);
  }

  private died(why: 'memory' | 'time' | 'crash', code?: number): void {
    if (this.dead) return;
    this.pool.ending.push(this.end());
    this.pool.lost(this, this.held.splice(0), why, code);
  }
}
