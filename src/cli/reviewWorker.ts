/**
 * A reader process of `evalsheet review`: reads and checks one submitted workbook per message and
 * sends back the report (never the workbook), so that each process holds one workbook at a time.
 * The files are read one after the other in the order they were handed, so that the review knows
 * which file it is reading (the one a time limit or a crash blames). Started by reviewPool.ts.
 */
import { checkOne, type CheckOneRequest } from './review';
import type { SubmissionResult } from '../adapters/xlsx/submission';
import { serveReader } from './readerChannel';

// checkOne turns every failure into a result; the failure answer is for a result that cannot be sent.
serveReader<CheckOneRequest, SubmissionResult>(checkOne, () => ({ kind: 'unreadable', problem: { variant: 'not-sent' } }));
