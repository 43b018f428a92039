// node20: skip
'use strict';
// references/test_basic.js on this area's addon (Node-API 10)
require('../references/test_basic.js');
