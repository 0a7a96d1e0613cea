/**
 * A worker thread of `evalsheet review --return`: makes one returned copy per message (reads the
 * submission, writes the copy with its findings at its cells) and posts back where it went or why
 * not, so that a submission is opened only in a worker with a bounded heap and a time limit, as the
 * review reads it (reviewPool.ts). One copy after the other, in the order they were handed.
 */
import { parentPort } from 'node:worker_threads';
import { makeReturnedCopy, type ReturnRequest } from './returns';
import { WORKER_READY } from './reviewPool';

let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (req: ReturnRequest & { id: number }) => {
  queue = queue
    .then(async () => parentPort!.postMessage({ id: req.id, ...(await makeReturnedCopy(req)) }))
    // makeReturnedCopy turns every failure into an answer; this is for an answer that cannot be sent.
    .catch(() => parentPort!.postMessage({ id: req.id, kind: 'returned', output: null, problem: '結果を受け渡せませんでした' }));
});

// Loaded: the time limit of the first copy counts from here (reviewPool.ts).
parentPort?.postMessage(WORKER_READY);
