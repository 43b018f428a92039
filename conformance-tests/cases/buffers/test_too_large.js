// node20: skip
'use strict';
// napi_create_buffer above Node's kMaxLength (2^53 - 1, Node 22+; node 20's was 2^32): Error ERR_BUFFER_TOO_LARGE;
// a size that cannot be allocated: RangeError ERR_MEMORY_ALLOCATION_FAILED; both with napi_generic_failure (9).
const { strictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

for (const [what, n] of [['SIZE_MAX', -1], ['2^53', 2 ** 53], ['2^53 - 1', 2 ** 53 - 1]]) {
  let err = null;
  try { binding.createSize(n); } catch (e) { err = e; }
  strictEqual(binding.lastStatus(), 9);
  strictEqual(err !== null, true);
  console.log(what + ':', 'status', binding.lastStatus(), err.name, err.code, err.message);
}
// still usable afterwards
strictEqual(binding.create(2, 7).toString('hex'), '0708');
console.log('after:', binding.create(2, 7).toString('hex'));
