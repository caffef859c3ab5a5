import { brokeredDemands } from './fixtures/brokered-demands.js';
import { authorisationSuite } from './suite.js';

authorisationSuite('confidential demands, brokered and not (issue 10)', brokeredDemands);
