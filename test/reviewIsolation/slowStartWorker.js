// A review worker for the isolation tests that is slow to load (as on a busy machine): it spends
// three seconds before loading the real one (misbehavingWorker.js reads good files as the review does).
'use strict';
const started = Date.now();
while (Date.now() - started < 3000);
require('./misbehavingWorker.js');
