/**
 * The task of a worker thread of `evalsheet review` (run by Piscina, see reviewPool.ts): reads and
 * checks one submitted workbook and returns the report (never the workbook), so that each thread
 * holds one workbook at a time. checkOne turns every failure of the file into a result.
 */
import { checkOne, type CheckOneRequest } from './review';
import type { SubmissionResult } from '../adapters/xlsx/submission';

export default function readSubmission(req: CheckOneRequest): Promise<SubmissionResult> {
  return checkOne(req);
}
