// A review reader for the isolation tests (issue 14): reads files with the real checkOne of the
// built CLI (lib/), in order, but misbehaves on purpose for some file names, the way a hostile
// file can make the reader misbehave:
//   hang…   never returns (a busy loop: only killing the process stops it);
//   oom…    fills the process's heap until V8 ends the process (「JavaScript heap out of memory」);
//   crash…  the process exits with code 7 in the middle of reading;
//   killed… the process ends by a signal in the middle of reading, with no exit code, as when Node
//           aborts natively on a failed internal assertion (SIGKILL here: no core file is written).
'use strict';
const path = require('node:path');
const { checkOne } = require(path.resolve(__dirname, '../../lib/cli/review.js'));
const { serveReader } = require(path.resolve(__dirname, '../../lib/cli/readerChannel.js'));

serveReader(
  async (req) => {
    const name = path.basename(req.path);
    if (name.startsWith('hang')) {
      // Where the tests can find this process (whether it outlives a killed review).
      if (process.env.EVALSHEET_TEST_PIDS) require('node:fs').appendFileSync(process.env.EVALSHEET_TEST_PIDS, `${process.pid}\n`);
      for (;;);
    }
    if (name.startsWith('oom')) {
      const hoard = [];
      for (;;) hoard.push(new Array(1e5).fill(name));
    }
    if (name.startsWith('crash')) process.exit(7);
    if (name.startsWith('killed')) process.kill(process.pid, 'SIGKILL');
    return checkOne(req);
  },
  () => ({ kind: 'unreadable', problem: { variant: 'not-sent' } }),
);
