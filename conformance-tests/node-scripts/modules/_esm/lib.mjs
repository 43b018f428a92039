export const name = 'lib';
export let counter = 0;
export function bump() { counter++; }
export default class Thing { hello() { return 'thing'; } }
