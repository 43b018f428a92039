'use strict';
// util.inspect of Map and Set iterators (V8's PreviewEntries: a Set's entries() are [key, key] pairs)
const util = require('util');
const aSet = new Set([1, 'a']);
console.log(util.inspect(aSet.entries(), { compact: false }));
console.log(util.inspect(aSet.entries()), util.inspect(aSet.keys()), util.inspect(new Map([[1, 2]]).entries()));
const it = aSet.entries(); it.next();
console.log(util.inspect(it));
console.log(util.inspect(new Map([['k', 'v']]).keys()), util.inspect(new Map([['k', 'v']]).values()));
