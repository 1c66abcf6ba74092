// The cross-engine suite (suite.mjs) in WebKit (WebKitGTK, Safari's engine): `node --test e2e/engines/webkit.test.mjs` (make test runs it).
import { defineSuite } from './suite.mjs';

defineSuite('webkit');
