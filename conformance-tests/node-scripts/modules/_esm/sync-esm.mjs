export const kind = 'esm';
export default function greet(n) { return `hi ${n}`; }
