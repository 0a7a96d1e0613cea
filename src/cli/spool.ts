/**
 * The review's store on disk: each file's findings and indicators as JSON in a temporary file,
 * read back one file at a time while the review workbook is written, so that memory does not
 * grow with the number of submissions. The findings are indicator data of other departments: the
 * folder is made with mkdtemp (readable by the runner only), the file created exclusively, and both
 * removed by close(), on SIGINT, SIGTERM and SIGHUP (the review stops, exit 128+signal), and when
 * the process exits any other way. On a signal, what the owner gave as `beforeStop` (ending the
 * review's worker threads) runs first and is awaited: process.exit while worker threads still run
 * can abort the process (SIGABRT instead of the exit code; nodejs/node#25007, #37024).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReviewStore } from '../engine';
import { InputError } from '../adapters/xlsx/errors';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** What the person who stopped the review reads. */
export const stoppedLine = (signal: string) =>
  `一括チェックを中断しました（${signal}）。結果のブックは書き出していません。作業用の一時ファイルは削除しました。`;

/** Why the temporary folder cannot take the spool, and what to do. */
function spoolWriteError(parent: string, file: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? `一時フォルダー（${parent}）に空きがないため、作業用の一時ファイルに書き込めません`
      : `一時フォルダー（${parent}）の作業用の一時ファイルに書き込めません（${code ?? '原因不明'}）`;
  return new InputError(
    file,
    `${why}。一括チェックを中止しました。結果のブックは書き出していません（作業用の一時ファイルは削除しました）。一時フォルダーの空きを増やすか、環境変数 TMPDIR に空きのあるフォルダーを指定して、もう一度実行してください。`,
  );
}

export class Spool implements ReviewStore {
  private readonly at: { offset: number; length: number }[] = [];
  private offset = 0;
  private closed = false;
  private stopping = false;
  /** The first signal stops the review; another one while it stops changes nothing. */
  private readonly onSignal = (signal: NodeJS.Signals) => {
    if (this.stopping) return;
    this.stopping = true;
    void Promise.resolve()
      .then(this.beforeStop)
      .catch(() => undefined)
      .then(() => {
        this.close();
        process.stderr.write(`\n${stoppedLine(signal)}\n`);
        process.exit(128 + (os.constants.signals[signal] ?? 0));
      });
  };
  private readonly onExit = () => this.close();

  private constructor(
    private readonly parent: string,
    private readonly dir: string,
    private readonly file: string,
    private readonly fd: number,
    private readonly beforeStop: () => unknown,
  ) {
    for (const s of SIGNALS) process.on(s, this.onSignal);
    process.on('exit', this.onExit);
  }

  /**
   * A spool in the system's temporary folder (or `parent`); `beforeStop` is awaited on a signal
   * before the spool is removed and the process exits (it should give up after a short time).
   */
  static open(parent = os.tmpdir(), beforeStop: () => unknown = () => undefined): Spool {
    let dir: string;
    try {
      // mkdtemp makes the folder with mode 0700.
      dir = fs.mkdtempSync(path.join(parent, 'evalsheet-review-'));
    } catch (e) {
      throw new InputError(
        parent,
        `一時フォルダー（${parent}）に作業用のファイルを作れません（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）。環境変数 TMPDIR に書き込めるフォルダーを指定してください。`,
      );
    }
    const file = path.join(dir, 'reports.jsonl');
    try {
      return new Spool(parent, dir, file, fs.openSync(file, 'wx+', 0o600), beforeStop);
    } catch (e) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw spoolWriteError(parent, file, e);
    }
  }

  put(items: unknown[]): number {
    const bytes = Buffer.from(JSON.stringify(items), 'utf8');
    try {
      for (let done = 0; done < bytes.length;) done += fs.writeSync(this.fd, bytes, done, bytes.length - done, this.offset + done);
    } catch (e) {
      this.close();
      throw spoolWriteError(this.parent, this.file, e);
    }
    this.at.push({ offset: this.offset, length: bytes.length });
    this.offset += bytes.length;
    return this.at.length - 1;
  }

  get(key: number): unknown[] {
    const { offset, length } = this.at[key];
    const bytes = Buffer.allocUnsafe(length);
    fs.readSync(this.fd, bytes, 0, length, offset);
    return JSON.parse(bytes.toString('utf8')) as unknown[];
  }

  /** Bytes written so far. */
  get size(): number {
    return this.offset;
  }

  /** Removes the file and its folder (again: nothing happens). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const s of SIGNALS) process.off(s, this.onSignal);
    process.off('exit', this.onExit);
    try {
      fs.closeSync(this.fd);
    } catch {
      // Already closed: the folder is removed all the same.
    } finally {
      fs.rmSync(this.dir, { recursive: true, force: true });
    }
  }
}
