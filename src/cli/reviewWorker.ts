/**
 * A worker thread of `evalsheet review`: reads and checks one submitted workbook per message and
 * posts back the report (never the workbook), so that each thread holds one workbook at a time.
 */
import { parentPort } from 'node:worker_threads';
import { checkOne, type CheckOneRequest } from './review';

parentPort?.on('message', async (req: CheckOneRequest & { id: number }) => {
  parentPort!.postMessage({ id: req.id, ...(await checkOne(req)) });
});
