/**
 * The fingerprint printed on a Berita Acara: SHA-256 (FIPS 180-4) of the
 * validated values written canonically, so the same figures give the same
 * fingerprint in every host and any change to one of them gives another.
 *
 * Written here rather than taken from the host: Apps Script has
 * Utilities.computeDigest, browsers only the asynchronous SubtleCrypto, and
 * core plans synchronously the same way everywhere. test/siklus-sidik.test.ts
 * holds it to Node's crypto over generated texts.
 */
import { CellInput, isKError, parseCell } from '../values';

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** UTF-8 bytes of a string (TextEncoder is not there in Apps Script). */
function utf8(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** SHA-256 of the UTF-8 text, as 64 lowercase hex digits. */
export function sha256(teks: string): string {
  const bytes = utf8(teks);
  const n = bytes.length;
  const blok = Math.ceil((n + 9) / 64);
  const w = new Uint32Array(blok * 16);
  for (let i = 0; i < n; i++) w[i >> 2] |= bytes[i] << (24 - (i % 4) * 8);
  w[n >> 2] |= 0x80 << (24 - (n % 4) * 8);
  // Length in bits as a 64-bit big-endian number (texts here are far below 2^32 bytes).
  w[blok * 16 - 1] = (n * 8) >>> 0;
  w[blok * 16 - 2] = Math.floor((n * 8) / 0x100000000);
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const m = new Uint32Array(64);
  const rotr = (x: number, k: number): number => (x >>> k) | (x << (32 - k));
  for (let b = 0; b < blok; b++) {
    for (let t = 0; t < 16; t++) m[t] = w[b * 16 + t];
    for (let t = 16; t < 64; t++) {
      const s0 = rotr(m[t - 15], 7) ^ rotr(m[t - 15], 18) ^ (m[t - 15] >>> 3);
      const s1 = rotr(m[t - 2], 17) ^ rotr(m[t - 2], 19) ^ (m[t - 2] >>> 10);
      m[t] = (m[t - 16] + s0 + m[t - 7] + s1) >>> 0;
    }
    let [a, bb, c, d, e, f, g, hh] = [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]];
    for (let t = 0; t < 64; t++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K[t] + m[t]) >>> 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & bb) ^ (a & c) ^ (bb & c);
      const t2 = (S0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = bb;
      bb = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] = (h[0] + a) >>> 0;
    h[1] = (h[1] + bb) >>> 0;
    h[2] = (h[2] + c) >>> 0;
    h[3] = (h[3] + d) >>> 0;
    h[4] = (h[4] + e) >>> 0;
    h[5] = (h[5] + f) >>> 0;
    h[6] = (h[6] + g) >>> 0;
    h[7] = (h[7] + hh) >>> 0;
  }
  return Array.from(h, (x) => x.toString(16).padStart(8, '0')).join('');
}

/**
 * A cell's value as the fingerprint reads it: a number to 12 significant digits
 * (what any host keeps of a double it wrote and read back, whatever it shows),
 * a text trimmed with its inner spaces collapsed, an error by its code, blank "".
 */
export function kanonik(v: CellInput): string {
  if (v === null || v === undefined) return '';
  if (isKError(v)) return `#${v.code}`;
  if (typeof v === 'number') return isFinite(v) ? String(Number(v.toPrecision(12))) : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const p = parseCell(v);
  if (p.kind === 'blank') return '';
  if (p.kind === 'error') return `#${p.error.code}`;
  return String(v).trim().replace(/\s+/g, ' ');
}

/** Two cells say the same (as the fingerprint reads them). */
export function samaKanonik(a: CellInput, b: CellInput): boolean {
  return kanonik(a) === kanonik(b);
}
