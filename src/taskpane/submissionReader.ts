/**
 * Reads submitted files for the review view, one at a time in a web worker. The view gets this
 * as a prop (tests give it an in-thread reader); cancel() stops the worker at once.
 */
import type { SubmissionResult } from '../app';

export interface SubmissionReader {
  read(file: File, options: { display: string; period: string | null }): Promise<SubmissionResult>;
  /** Stops the file being read (its promise rejects) and any later read starts a new worker. */
  cancel(): void;
}

export class ReadCancelled extends Error {}

export function workerReader(create: () => Worker): SubmissionReader {
  let worker: Worker | null = null;
  let seq = 0;
  const pending = new Map<number, { resolve: (r: SubmissionResult) => void; reject: (e: Error) => void }>();
  const start = () => {
    const w = create();
    w.onmessage = (ev: MessageEvent<SubmissionResult & { id: number }>) => {
      const p = pending.get(ev.data.id);
      pending.delete(ev.data.id);
      const { id: _id, ...result } = ev.data;
      p?.resolve(result as SubmissionResult);
    };
    w.onerror = (ev) => {
      for (const p of pending.values()) p.reject(new Error(ev.message || '読み取り用のワーカーが停止しました。'));
      pending.clear();
    };
    return w;
  };
  return {
    read(file, options) {
      worker ??= start();
      const id = ++seq;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage({ id, file, display: options.display, period: options.period });
      });
    },
    cancel() {
      worker?.terminate();
      worker = null;
      for (const p of pending.values()) p.reject(new ReadCancelled('中止しました。'));
      pending.clear();
    },
  };
}
