await new Promise((r) => setTimeout(r, 10));
export const ready = 'after await';
