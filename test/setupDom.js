// For the pane's tests (jsdom): Testing Library's waits (findBy…, waitFor) give the pane up to 15 s
// instead of 1 s. A Check runs the whole reader in the test's thread, which takes more than a second
// on a loaded machine (two clean clones failed so waiting for the period); a wait that is met ends
// at once, so only a failing test waits the longer time.
'use strict';
if (typeof window !== 'undefined') require('@testing-library/react').configure({ asyncUtilTimeout: 15000 });
