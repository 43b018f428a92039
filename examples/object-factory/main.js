'use strict';
// A native function that builds and returns a fresh JavaScript object.
const addon = require('./build/binding.node');

const obj1 = addon.createObject('hello');
const obj2 = addon.createObject('world');
console.log(obj1.msg + ' ' + obj2.msg); // hello world
