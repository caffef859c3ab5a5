import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brokeredDemands } from './fixtures/brokered-demands.js';
import { authorisationSuite } from './suite.js';

authorisationSuite('confidential demands, brokered and not (issue 10)', brokeredDemands, {
  uploadsDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tb-authorisation-')),
});
