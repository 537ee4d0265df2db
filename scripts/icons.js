// Kinerja's icons as PNG buffers, drawn here (three rising bars on teal) so the
// repo carries no binaries. Used by the webpack build for the Excel manifest.
const zlib = require('zlib');

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function icon(size) {
  const bg = [0x0b, 0x6e, 0x69];
  const fg = [0xff, 0xff, 0xff];
  const rows = [];
  const bars = [0.35, 0.6, 0.85];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const fx = x / size, fy = 1 - y / size;
      let on = false;
      bars.forEach((h, i) => {
        const x0 = 0.16 + i * 0.25;
        if (fx >= x0 && fx < x0 + 0.18 && fy >= 0.14 && fy <= 0.14 + h * 0.75) on = true;
      });
      row.push(...(on ? fg : bg), 255);
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

module.exports = { icon, SIZES: [16, 32, 64, 80] };
