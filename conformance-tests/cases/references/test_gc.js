'use strict';
// Weak references (count 0) read empty once their object has been collected; strong ones keep it alive.
const { strictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

const tick = () => new Promise((r) => (typeof setImmediate === 'function' ? setImmediate(r) : setTimeout(r, 0)));
async function gcUntil(cond) {
  for (let i = 0; i < 20 && !cond(); i++) { global.gc(); await tick(); }
  return cond();
}
const empties = (idx) => idx.filter((i) => b.getRef(i).empty).length;

(async () => {
  const weak = b.makeFresh(10, 0);
  const strong = b.makeFresh(10, 1);
  let kept;
  (() => { kept = b.makeFresh(5, 0).map((i) => [i, b.getRef(i).value]); })();
  // objects created in JS
  const jsWeak = [];
  (() => { for (let i = 0; i < 5; i++) jsWeak.push(b.createRef({ i }, 0)[1]); })();
  console.log('before gc: weak empty', empties(weak), 'strong empty', empties(strong));
  console.log('weak collected:', await gcUntil(() => empties(weak) === 10 && empties(jsWeak) === 5));
  console.log('strong kept:', empties(strong) === 0);
  console.log('weak but reachable kept:', kept.every(([i, o]) => b.getRef(i).value === o));
  // a collected reference: ref/unref/get
  const i = weak[0];
  console.log('collected: ref', b.refRef(i).join(), 'unref', b.unrefRef(i).join(), 'get empty', b.getRef(i).empty);
  console.log('collected: delete', b.deleteRef(i));
  // strong -> weak -> collected
  for (const j of strong) strictEqual(b.unrefRef(j)[1], 0);
  console.log('unref to 0 then collected:', await gcUntil(() => empties(strong) === 10));
  // weak -> strong before collection keeps it
  const re = b.makeFresh(3, 0);
  for (const j of re) b.refRef(j);
  for (let k = 0; k < 3; k++) { global.gc(); await tick(); }
  console.log('re-strengthened kept:', empties(re) === 0, typeof b.getRef(re[0]).value);
  for (const j of [...weak.slice(1), ...strong, ...re, ...jsWeak]) b.deleteRef(j);
  console.log('done');
})();
