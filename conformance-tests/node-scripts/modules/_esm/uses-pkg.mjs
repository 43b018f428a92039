import { via, inner } from 'cond-pkg';
import feature from 'cond-pkg/feature';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const results = { via, inner, feature, required: require('cond-pkg').via };
export async function notExported() {
  return import('cond-pkg/lib/esm.js');
}
