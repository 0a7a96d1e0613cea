// Preloaded (node --require) by the full-TMPDIR test: the review's spool file is opened on
// /dev/full instead, so that every write to it fails with the kernel's own ENOSPC, as on a full disk.
'use strict';
const fs = require('node:fs');
const open = fs.openSync;
fs.openSync = function (file, flags, mode) {
  if (/evalsheet-review-[^/]*\/reports\.jsonl$/.test(String(file))) {
    open.call(fs, file, flags, mode); // the file is made as usual (and must be removed)
    return open.call(fs, '/dev/full', 'r+');
  }
  return open.apply(fs, arguments);
};
