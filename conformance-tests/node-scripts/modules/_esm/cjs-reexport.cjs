module.exports = { ...require('./cjs-named.cjs'), own: true };
