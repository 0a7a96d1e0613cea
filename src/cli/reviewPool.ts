/**
 * The review's isolation: every submitted file is read in a worker thread with a bounded heap and
 * a time limit, never in this thread, so that one file can only cost its own row. The threads are
 * Piscina's: a pool hands each worker one file at a time, and a worker that runs out of its heap,
 * dies, or is ended because its file went past the time limit (the task's AbortSignal: Piscina
 * terminates the thread running it) fails that one task only, and is replaced. The file becomes
 * 読込不可 with the reason. A file that ran out of the ordinary heap is read once more, alone, in a
 * second pool of one worker with a larger heap before it is given up (a large but genuine workbook
 * is then read, as `check` reads it).
 */
import { Piscina } from 'piscina';
import type { SubmissionResult } from '../adapters/xlsx/submission';

export interface PoolOptions {
  /** The worker script (lib/cli/reviewWorker.js): its default export reads one request. */
  script: string;
  /** Workers reading at once. */
  jobs: number;
  /** Each ordinary worker's heap (old generation), MB. */
  heapMb: number;
  /** The heap of the worker that reads again, alone, a file that ran out of the ordinary heap (MB); 0: no second try. */
  retryHeapMb: number;
  /** How long one file may take, ms. */
  timeoutMs: number;
}

export const OUT_OF_MEMORY = '読み取り中にメモリの上限を超えました。ファイルが大きすぎるか、壊れているおそれがあります。';
export const timedOut = (ms: number) =>
  `時間がかかりすぎたため中止しました（${ms >= 1000 ? `${Math.round(ms / 100) / 10}秒` : `${ms}ミリ秒`}を超えました）。ファイルが大きすぎるか、壊れているおそれがあります。`;
export const crashed = (code?: number) =>
  `読み取り処理が途中で異常終了しました${code === undefined ? '' : `（終了コード ${code}）`}。ファイルが壊れているおそれがあります。`;
/** The worker ended its task with an exception instead of a result (checkOne turns every failure into a result: the result could not be sent). */
export const NOT_SENT = '読み取った結果を受け渡せませんでした。ファイルが壊れているおそれがあります。';

/** How one file's reading ended. */
type Outcome =
  | { kind: 'read'; result: SubmissionResult }
  | { kind: 'memory' }
  | { kind: 'time' }
  | { kind: 'crash'; code?: number }
  | { kind: 'not sent' }
  /** Stopped because another worker of its pool could not start. */
  | { kind: 'again' };

const MESSAGES: Record<Exclude<Outcome['kind'], 'read' | 'crash' | 'again'>, (opts: PoolOptions) => string> = {
  memory: () => OUT_OF_MEMORY,
  time: (opts) => timedOut(opts.timeoutMs),
  'not sent': () => NOT_SENT,
};

/**
 * Reads request `i` of `requests` for every i, calling `onResult(i, result)` exactly once each, in
 * completion order. Resolves when every file has its result and every worker has ended; rejects
 * with the first exception of `onResult` (the files still being read are stopped first).
 */
export async function readIsolated<R extends object>(
  requests: R[],
  opts: PoolOptions,
  onResult: (index: number, result: SubmissionResult) => void,
): Promise<void> {
  if (!requests.length) return;
  const run = new Run(requests, opts, onResult);
  try {
    await run.all();
  } finally {
    await run.end();
  }
  if (run.failed) throw run.failed.error;
}

/** Why a file's task was aborted. */
type Stop = 'time' | 'memory' | 'again' | 'stopped';

/** One of the two pools: the ordinary one, and the one of one worker with the larger heap for second tries. */
class Pool<R extends object> {
  readonly piscina: Piscina<R, SubmissionResult>;
  /** The files handed to this pool and not yet answered. */
  private readonly files = new Set<number>();

  constructor(opts: PoolOptions, threads: number, heapMb: number, aborted: (files: Iterable<number>, why: Stop) => void) {
    this.piscina = new Piscina<R, SubmissionResult>({
      filename: opts.script,
      minThreads: threads,
      maxThreads: threads,
      // A bounded heap: a worker reads one file at a time and needs little, and without a bound
      // V8 lets each worker's heap grow with the number of files it has read.
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
      concurrentTasksPerWorker: 1,
    });
    // A worker that died holding no task: while starting. Piscina then starts no other worker until
    // a new task comes, and does not say which files were waiting for that one; so every file of
    // this pool is stopped and read again: out of memory, by the pool with the larger heap; any
    // other way, once more by this pool (then it is given up).
    this.piscina.on('error', (e: Error & { code?: string }) => aborted([...this.files], e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'again'));
  }

  async run(request: R, index: number, signal: AbortSignal): Promise<SubmissionResult> {
    this.files.add(index);
    try {
      return await this.piscina.run(request, { signal });
    } finally {
      this.files.delete(index);
    }
  }
}

/** One review: its pools, and the files still to read. */
class Run<R extends object> {
  failed: { error: unknown } | null = null;
  private next = 0;
  private readonly ordinary: Pool<R>;
  private big: Pool<R> | null = null;
  /** The second tries, one after the other. */
  private seconds: Promise<void> = Promise.resolve();
  /** Each file being read: its abort (the time limit, a worker that could not start, a failure of onResult). */
  private readonly reading = new Map<number, AbortController>();

  constructor(
    private readonly requests: R[],
    private readonly opts: PoolOptions,
    private readonly onResult: (index: number, result: SubmissionResult) => void,
  ) {
    this.ordinary = new Pool(opts, opts.jobs, opts.heapMb, this.abort);
  }

  /** `jobs` lanes, each handing the pool one file at a time, so that the time limit runs from when the file is handed. */
  async all(): Promise<void> {
    await Promise.all(Array.from({ length: this.opts.jobs }, () => this.lane()));
    // Second tries may have been queued until the last lane ended.
    for (let s = this.seconds; ; s = this.seconds) {
      await s;
      if (s === this.seconds) break;
    }
  }

  async end(): Promise<void> {
    await Promise.all([this.ordinary.piscina.destroy(), this.big?.piscina.destroy()]);
  }

  private readonly abort = (files: Iterable<number>, why: Stop): void => {
    for (const i of files) this.reading.get(i)?.abort(why);
  };

  private async lane(): Promise<void> {
    while (!this.failed && this.next < this.requests.length) {
      const i = this.next++;
      let outcome = await this.read(this.ordinary, i);
      if (outcome.kind === 'again') outcome = await this.read(this.ordinary, i);
      if (outcome.kind === 'memory' && this.opts.retryHeapMb > this.opts.heapMb) this.seconds = this.seconds.then(() => this.readAgain(i));
      else this.deliver(i, outcome);
    }
  }

  /** A file that ran out of the ordinary heap, read alone with the larger one. */
  private async readAgain(i: number): Promise<void> {
    if (this.failed) return;
    this.big ??= new Pool(this.opts, 1, this.opts.retryHeapMb, this.abort);
    let outcome = await this.read(this.big, i);
    if (outcome.kind === 'again') outcome = await this.read(this.big, i);
    this.deliver(i, outcome);
  }

  private async read(pool: Pool<R>, i: number): Promise<Outcome> {
    const abort = new AbortController();
    this.reading.set(i, abort);
    const timer = setTimeout(() => abort.abort('time' satisfies Stop), this.opts.timeoutMs);
    try {
      return { kind: 'read', result: await pool.run(this.requests[i], i, abort.signal) };
    } catch (e) {
      if (abort.signal.aborted) return { kind: abort.signal.reason === 'stopped' ? 'crash' : (abort.signal.reason as Exclude<Stop, 'stopped'>) };
      if ((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') return { kind: 'memory' };
      // Piscina names the exit code only in its message ("worker exited with code: 7").
      const exited = /^worker exited with code:? (-?\d+)/.exec(e instanceof Error ? e.message : '');
      return exited ? { kind: 'crash', code: Number(exited[1]) } : { kind: 'not sent' };
    } finally {
      clearTimeout(timer);
      this.reading.delete(i);
    }
  }

  private deliver(i: number, outcome: Outcome): void {
    if (this.failed) return;
    const result: SubmissionResult =
      outcome.kind === 'read'
        ? outcome.result
        : {
            kind: 'unreadable',
            message: outcome.kind === 'crash' ? crashed(outcome.code) : outcome.kind === 'again' ? crashed() : MESSAGES[outcome.kind](this.opts),
          };
    try {
      this.onResult(i, result);
    } catch (e) {
      this.failed = { error: e };
      this.abort([...this.reading.keys()], 'stopped');
    }
  }
}
