/**
 * The reading process's side of the review's pool (reviewPool.ts): a reader process started with
 * child_process.fork takes one request per message from the review and answers each with a
 * message, over the IPC channel. It says when it has loaded (the time limit of its first file counts
 * from then), adds its own peak memory to every answer (the figures of bench:review), and ends when
 * the review that started it is gone, so that no reader outlives its review: when the channel closes,
 * and, for a reader busy on a file that keeps it from hearing that (a hostile file, a review killed
 * with SIGKILL), when a watchdog thread sees that its parent process has changed.
 */
import { Worker } from 'node:worker_threads';
import { WORKER_READY } from './reviewPool';

/** How often the watchdog looks at the parent process (ms). */
const WATCH_MS = 1000;

/**
 * A thread of its own that kills this process once the review that started it is gone (this thread may be busy): its
 * parent process no longer exists (Windows keeps the parent's id in process.ppid), or this process has a new parent (Linux,
 * macOS: an orphan is adopted).
 */
function watchParent(): Worker {
  const watchdog = new Worker(
    `const { workerData: w } = require('node:worker_threads');
     const gone = () => { try { process.kill(w.parent, 0); return process.ppid !== w.parent; } catch { return true; } };
     setInterval(() => { if (gone()) process.kill(w.self, 'SIGKILL'); }, w.ms);`,
    { eval: true, workerData: { parent: process.ppid, self: process.pid, ms: WATCH_MS }, resourceLimits: { maxOldGenerationSizeMb: 8 } },
  );
  watchdog.unref();
  return watchdog;
}

/**
 * Serves the review: `answer` is called with each request in the order they came, one after the
 * other, and its result is sent back with the request's id and this process's highest resident
 * memory so far (`peakMb`, MB); `onFailure` gives the answer when the result cannot be made or sent. Does nothing outside a forked process (no channel).
 */
export function serveReader<Q extends object, A extends object>(answer: (req: Q) => Promise<A>, onFailure: (req: Q) => A): void {
  const send = process.send?.bind(process);
  if (!send) return;
  let queue: Promise<void> = Promise.resolve();
  const reply = (id: number, a: A) =>
    new Promise<void>((resolve, reject) =>
      send({ id, ...a, peakMb: process.resourceUsage().maxRSS / 1024 }, undefined, {}, (e) => (e ? reject(e) : resolve())),
    );
  process.on('message', (req: Q & { id: number }) => {
    queue = queue.then(() => answer(req).then((a) => reply(req.id, a))).catch(() => reply(req.id, onFailure(req)).catch(() => undefined));
  });
  const watchdog = watchParent();
  // The review is gone (it ended, or was killed): nothing is left to answer. The watchdog is ended
  // first: process.exit while a thread runs can abort the process (nodejs/node#25007).
  process.on('disconnect', () => void watchdog.terminate().finally(() => process.exit(0)));
  // Loaded: the time limit of the first request counts from here.
  send(WORKER_READY);
}
