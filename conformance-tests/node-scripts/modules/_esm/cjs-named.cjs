exports.alpha = 1;
exports.beta = function beta() { return 'b'; };
module.exports.gamma = 'g';
Object.defineProperty(exports, 'delta', { enumerable: true, value: 'd' });
if (false) exports.notReally = 1;
exports['quoted-name'] = 'q';
