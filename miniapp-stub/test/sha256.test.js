const crypto = require('crypto');
const { sha256 } = require('../utils/sha256');

const node = (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

test('the known vectors', () => {
  expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))
    .toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
});

test('every length across the block boundaries, as Node\'s crypto computes it', () => {
  for (let length = 0; length <= 200; length++) {
    const text = 'q'.repeat(length);
    expect(sha256(text)).toBe(node(text));
  }
});

test('Chinese text, emoji and a lone surrogate are hashed as their UTF-8 bytes', () => {
  ['职工之家', '报名 🏓 乒乓球联赛', 'mixed ascii 和 中文\n\t', 'a\ud800b', '\u00e9\u0800\uffff'].forEach((text) => {
    expect(sha256(text)).toBe(node(text));
  });
});

test('every operation of the mini-program hashes as Node\'s crypto does', () => {
  const fs = require('fs');
  const path = require('path');
  const dir = path.join(__dirname, '..', 'graphql');
  fs.readdirSync(dir).filter((file) => file.endsWith('.js')).forEach((file) => {
    const text = require(path.join(dir, file));
    expect(sha256(text)).toBe(node(text));
  });
});

test('random strings', () => {
  for (let i = 0; i < 200; i++) {
    const length = Math.floor(Math.random() * 300);
    let text = '';
    for (let j = 0; j < length; j++) {
      text += String.fromCharCode(Math.floor(Math.random() * 0xffff));
    }
    expect(sha256(text)).toBe(node(text));
  }
});
