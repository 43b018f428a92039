'use strict';
// tls and http2 load (tls starts node's off-thread root certificate loading, http2 registers its session
// callbacks with the binding): their exports, and util.promisify's custom names over them
const { promisify } = require('util');
const tls = require('tls');
const http2 = require('http2');
console.log(Object.keys(tls).sort().join(','));
console.log(Object.keys(http2).sort().join(','));
console.log(promisify(http2.connect).name, typeof tls.TLSSocket, typeof http2.constants.HTTP2_HEADER_STATUS);
