'use strict';
// Each package used as its README shows; only deterministic facts are printed, so node 25 and napi-jvm can be compared.
const assert = require('assert');
const os = require('os');
const fs = require('fs');
const path = require('path');

const input = Buffer.from('napi-jvm runs npm addons unmodified. '.repeat(64));

function bufferutil() {
  const { mask, unmask } = require('bufferutil');
  const key = Buffer.from([1, 2, 3, 4]), out = Buffer.alloc(8);
  mask(Buffer.from('abcdefgh'), key, out, 0, 8);
  const back = Buffer.from(out);
  unmask(back, key);
  return [out.toString('hex'), back.toString()];
}

function utf8Validate() {
  const isValidUTF8 = require('utf-8-validate');
  return [isValidUTF8(Buffer.from('héllo ✓')), isValidUTF8(Buffer.from([0xff, 0xfe])), isValidUTF8(Buffer.alloc(0))];
}

async function bcrypt() {
  const { hashSync, verifySync, hash, verify, genSaltSync } = require('@node-rs/bcrypt');
  const h = hashSync('correct horse', { cost: 4 });
  const salt = genSaltSync({ cost: 6 });
  const h2 = await hash('battery staple', { cost: 4 });
  return [h.slice(0, 7), h.length, verifySync('correct horse', h), verifySync('wrong', h), salt.slice(0, 7),
    await verify('battery staple', h2, {}), await verify('x', h2, {})];
}

async function snappy() {
  const { compressSync, uncompressSync, compress, uncompress } = require('snappy');
  const c = compressSync(input);
  const back = uncompressSync(c);
  const c2 = await compress('hello snappy');
  return [c.length, c.toString('base64').slice(0, 40), back.equals(input), (await uncompress(c2, { asBuffer: false }))];
}

async function lzma() {
  const { xz, lzma: lz } = require('@napi-rs/lzma');
  const c = xz.compressSync(input);
  const back = xz.decompressSync(c);
  const c2 = await lz.compress(Buffer.from('hello lzma'));
  return [c.length, c.toString('hex').slice(0, 24), Buffer.from(back).equals(input), Buffer.from(await lz.decompress(c2)).toString()];
}

function sodium() {
  const sodium = require('sodium-native');
  const out = Buffer.alloc(sodium.crypto_generichash_BYTES);
  sodium.crypto_generichash(out, Buffer.from('hello'));
  const key = Buffer.alloc(sodium.crypto_secretbox_KEYBYTES, 7), nonce = Buffer.alloc(sodium.crypto_secretbox_NONCEBYTES, 9);
  const msg = Buffer.from('secret message');
  const box = Buffer.alloc(msg.length + sodium.crypto_secretbox_MACBYTES);
  sodium.crypto_secretbox_easy(box, msg, nonce, key);
  const opened = Buffer.alloc(msg.length);
  const ok = sodium.crypto_secretbox_open_easy(opened, box, nonce, key);
  const rnd = Buffer.alloc(32);
  sodium.randombytes_buf(rnd);
  return [out.toString('hex'), box.toString('hex'), ok, opened.toString(), rnd.some((b) => b !== 0)];
}

async function classicLevel() {
  const { ClassicLevel } = require('classic-level');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'napi-jvm-level-'));
  const db = new ClassicLevel(dir, { valueEncoding: 'json' });
  try {
    await db.put('a', { n: 1 });
    await db.batch([{ type: 'put', key: 'b', value: [2] }, { type: 'put', key: 'c', value: 'three' }, { type: 'del', key: 'a' }]);
    const got = await db.get('b');
    const entries = [];
    for await (const [k, v] of db.iterator({ gte: 'a' })) entries.push(`${k}=${JSON.stringify(v)}`);
    return [got, entries.join(' '), await db.get('a')];
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// farmhash: prebuilds inside the package (build/farmhash-<platform>.node, the platform from detect-libc); also through
// import (its module.exports as the default export: cjs-module-lexer finds no names in it)
async function farmhash() {
  const farmhash = require('farmhash');
  const esm = await import('farmhash');
  return [farmhash.fingerprint32(Buffer.from('test')), String(farmhash.fingerprint64('test')),
    String(farmhash.fingerprint64signed('test')), farmhash.hash32('test'), String(farmhash.hash64(Buffer.from('test'))),
    String(farmhash.hash64WithSeed('test', 123)), farmhash.hash32WithSeed(input, 7),
    Object.keys(esm).sort().join(), esm.default === farmhash, esm.default.fingerprint32('test')];
}

(async () => {
  for (const [name, fn] of Object.entries({ bufferutil, utf8Validate, bcrypt, snappy, lzma, sodium, classicLevel, farmhash })) {
    try {
      console.log(name, JSON.stringify(await fn()));
    } catch (e) {
      console.log(name, 'FAILED', e && e.stack);
      process.exitCode = 1;
    }
  }
  assert.ok(true);
})();
