// The cross-engine suite (suite.mjs) in Firefox (ESR, over WebDriver BiDi): `node --test e2e/engines/firefox.test.mjs` (make test runs it).
import { defineSuite } from './suite.mjs';

defineSuite('firefox');
