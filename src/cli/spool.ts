/**
 * The review's store on disk: each file's findings and indicators as JSON in a temporary file,
 * read back one file at a time while the review workbook is written, so that memory does not
 * grow with the number of submissions. The file is removed by close().
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReviewStore } from '../engine';
import { InputError } from '../adapters/xlsx/errors';

export class Spool implements ReviewStore {
  private readonly at: { offset: number; length: number }[] = [];
  private offset = 0;

  private constructor(
    private readonly dir: string,
    private readonly file: string,
    private readonly fd: number,
  ) {}

  /** A spool in the system's temporary folder (or `parent`). */
  static open(parent = os.tmpdir()): Spool {
    let dir: string;
    try {
      dir = fs.mkdtempSync(path.join(parent, 'evalsheet-review-'));
    } catch (e) {
      throw new InputError(parent, `一時フォルダー（${parent}）に作業用のファイルを作れません（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）。環境変数 TMPDIR に書き込めるフォルダーを指定してください。`);
    }
    const file = path.join(dir, 'reports.jsonl');
    return new Spool(dir, file, fs.openSync(file, 'w+'));
  }

  put(items: unknown[]): number {
    const bytes = Buffer.from(JSON.stringify(items), 'utf8');
    try {
      fs.writeSync(this.fd, bytes, 0, bytes.length, this.offset);
    } catch (e) {
      throw new InputError(this.file, `作業用の一時ファイル（${this.file}）に書き込めません（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）。ディスクの空き容量を確認してください。`);
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

  close(): void {
    try {
      fs.closeSync(this.fd);
    } finally {
      fs.rmSync(this.dir, { recursive: true, force: true });
    }
  }
}
