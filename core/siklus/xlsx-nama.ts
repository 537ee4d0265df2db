/**
 * The sheet names of an .xlsx file, read from its zip directory and
 * xl/workbook.xml, so "Ambil isian dari berkas" can ask Excel to insert only the
 * file's isian sheets (insertWorksheetsFromBase64 takes their names). The
 * inflater is given by the host (the browser's DecompressionStream in Excel's
 * task pane, zlib in tests): core stays free of host globals.
 */

export type Inflate = (data: Uint8Array) => Promise<Uint8Array>;

export class BukanBerkasXlsx extends Error {
  constructor(rincian: string) {
    super(`Berkas ini bukan buku kerja Excel (.xlsx) yang dapat dibaca: ${rincian}.`);
    this.name = 'BukanBerkasXlsx';
  }
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

function teks(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  try {
    return decodeURIComponent(escape(s));
  } catch {
    return s;
  }
}

const ENTITAS: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlTeks(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITAS[e.toLowerCase()] ?? _m;
  });
}

/** One file of the zip, uncompressed. */
export async function fileZip(data: Uint8Array, nama: string, inflate: Inflate): Promise<Uint8Array | null> {
  // End of central directory: the last 22+ bytes, found from the end.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65535); i--) {
    if (u32(data, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new BukanBerkasXlsx('bukan arsip zip');
  const jumlah = u16(data, eocd + 10);
  let p = u32(data, eocd + 16);
  for (let k = 0; k < jumlah; k++) {
    if (u32(data, p) !== 0x02014b50) throw new BukanBerkasXlsx('direktori zip rusak');
    const metode = u16(data, p + 10);
    const ukuran = u32(data, p + 20);
    const panjangNama = u16(data, p + 28);
    const panjangEkstra = u16(data, p + 30);
    const panjangKomentar = u16(data, p + 32);
    const lokal = u32(data, p + 42);
    const n = teks(data.subarray(p + 46, p + 46 + panjangNama));
    p += 46 + panjangNama + panjangEkstra + panjangKomentar;
    if (n !== nama) continue;
    if (u32(data, lokal) !== 0x04034b50) throw new BukanBerkasXlsx('isi zip rusak');
    const awal = lokal + 30 + u16(data, lokal + 26) + u16(data, lokal + 28);
    const isi = data.subarray(awal, awal + ukuran);
    if (metode === 0) return isi;
    if (metode === 8) return inflate(isi);
    throw new BukanBerkasXlsx(`metode kompresi ${metode} tidak dikenal`);
  }
  return null;
}

/** The names of the workbook's sheets, in order. */
export async function namaLembarXlsx(data: Uint8Array, inflate: Inflate): Promise<string[]> {
  const wb = await fileZip(data, 'xl/workbook.xml', inflate);
  if (!wb) throw new BukanBerkasXlsx('xl/workbook.xml tidak ada');
  const xml = teks(wb);
  const out: string[] = [];
  const re = /<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out.push(xmlTeks(m[1]));
  return out;
}

/** Bytes as base64 (insertWorksheetsFromBase64 takes the file so), in chunks a call stack can take. */
export function keBase64(data: Uint8Array): string {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  let i = 0;
  for (; i + 2 < data.length; i += 3) {
    const n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out += A[(n >> 18) & 63] + A[(n >> 12) & 63] + A[(n >> 6) & 63] + A[n & 63];
  }
  if (i < data.length) {
    const n = (data[i] << 16) | ((i + 1 < data.length ? data[i + 1] : 0) << 8);
    out += A[(n >> 18) & 63] + A[(n >> 12) & 63] + (i + 1 < data.length ? A[(n >> 6) & 63] : '=') + '=';
  }
  return out;
}
