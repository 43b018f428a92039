'use strict';
// Calls a native function with arguments and shows argument validation
// errors surfacing as ordinary JavaScript TypeErrors.
const addon = require('./build/binding.node');

console.log('3 + 4 = ' + addon.add(3, 4)); // 3 + 4 = 7

function tryCall(label, fn) {
  try {
    fn();
    console.log(label + ': no error?!');
  } catch (e) {
    console.log(label + ': caught ' + (e instanceof TypeError ? 'TypeError' : e.name) + ': ' + e.message);
  }
}

tryCall('add(1)', () => addon.add(1));            // Wrong number of arguments
tryCall("add(1, 'two')", () => addon.add(1, 'two')); // Wrong arguments
