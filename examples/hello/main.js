'use strict';
// Loads the compiled addon and calls its only export.
const addon = require('./build/binding.node');

console.log(addon.hello()); // world
