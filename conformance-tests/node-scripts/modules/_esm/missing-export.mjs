import { nope } from './lib.mjs';
console.log(nope);
