/**
 * A worker thread of `evalsheet review`: reads and checks one submitted workbook per message and
 * posts back the report (never the workbook), so that each thread holds one workbook at a time.
 * The files are read one after the other in the order they were handed, so that the thread that
 * started this worker knows which file it is reading (the one a time limit or a crash blames).
 */
import { parentPort } from 'node:worker_threads';
import { checkOne, type CheckOneRequest } from './review';
import { WORKER_READY } from './reviewPool';

let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (req: CheckOneRequest & { id: number }) => {
  queue = queue
    .then(async () => parentPort!.postMessage({ id: req.id, ...(await checkOne(req)) }))
    // checkOne turns every failure into a result; this is for a result that cannot be sent.
    .catch(() => parentPort!.postMessage({ id: req.id, kind: 'unreadable', problem: { variant: 'not-sent' } }));
});

// Loaded: the time limit of the first file counts from here (reviewPool.ts).
parentPort?.postMessage(WORKER_READY);
