export const before = 1;
throw new RangeError('thrown at evaluation');
