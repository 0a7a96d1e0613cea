// A review worker for the isolation tests (issue 14): reads files with the real checkOne of the
// built CLI (lib/), in order, but misbehaves on purpose for some file names, the way a hostile
// file can make the reader misbehave:
//   hang…  never returns (a busy loop: only terminate() stops it);
//   oom…   fills the worker's heap until V8 ends the worker (ERR_WORKER_OUT_OF_MEMORY);
//   crash… the thread exits with code 7 in the middle of reading.
'use strict';
const path = require('node:path');
const { parentPort } = require('node:worker_threads');
const { checkOne } = require(path.resolve(__dirname, '../../lib/cli/review.js'));
const { WORKER_READY } = require(path.resolve(__dirname, '../../lib/cli/reviewPool.js'));

let queue = Promise.resolve();
parentPort.on('message', (req) => {
  queue = queue.then(async () => {
    const name = path.basename(req.path);
    if (name.startsWith('hang')) for (;;);
    if (name.startsWith('oom')) {
      const hoard = [];
      for (;;) hoard.push(new Array(1e5).fill(name));
    }
    if (name.startsWith('crash')) process.exit(7);
    parentPort.postMessage({ id: req.id, ...(await checkOne(req)) });
  });
});
parentPort.postMessage(WORKER_READY);
