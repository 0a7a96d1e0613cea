/**
 * A reader process of `evalsheet review --return`: makes one returned copy per message (reads the
 * submission, writes the copy with its findings at its cells) and sends back where it went or why
 * not, so that a submission is opened only in a process with a bounded heap and a time limit, as the
 * review reads it (reviewPool.ts). One copy after the other, in the order they were handed.
 */
import { makeReturnedCopy, type ReturnAnswer, type ReturnRequest } from './returns';
import { serveReader } from './readerChannel';

// makeReturnedCopy turns every failure into an answer; the failure answer is for one that cannot be sent.
serveReader<ReturnRequest, ReturnAnswer>(makeReturnedCopy, () => ({
  kind: 'returned',
  output: null,
  problem: '結果を受け渡せませんでした',
}));
