// node20: skip
'use strict';
// references/test_gc.js on this area's addon (Node-API 10)
require('../references/test_gc.js');
