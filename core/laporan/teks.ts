/**
 * Indonesian words for the report: numbers written out as a LAKIP writes them
 * ("17 (tujuh belas)"), percentages with a decimal comma ("98,85%"), lists
 * joined "1) …; 2) …; serta 3) …", and long text broken into lines for a sheet.
 */
import { CellInput, ERROR_TEXT, formatAngka, parseCell } from '../values';
import { PitaKriteria } from '../settings';

const SATUAN = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** 17 → "tujuh belas", 100 → "seratus", 1.250 → "seribu dua ratus lima puluh". Whole numbers ≥ 0. */
export function terbilang(n: number): string {
  if (!Number.isFinite(n) || n < 0 || !Number.isInteger(n)) return formatAngka(n);
  if (n === 0) return 'nol';
  const kata = (x: number): string => {
    if (x < 12) return SATUAN[x];
    if (x < 20) return `${SATUAN[x - 10]} belas`;
    if (x < 100) return `${SATUAN[Math.floor(x / 10)]} puluh${x % 10 ? ` ${SATUAN[x % 10]}` : ''}`;
    if (x < 200) return `seratus${x - 100 ? ` ${kata(x - 100)}` : ''}`;
    if (x < 1000) return `${SATUAN[Math.floor(x / 100)]} ratus${x % 100 ? ` ${kata(x % 100)}` : ''}`;
    if (x < 2000) return `seribu${x - 1000 ? ` ${kata(x - 1000)}` : ''}`;
    const tingkat: Array<[number, string]> = [
      [1e12, 'triliun'],
      [1e9, 'miliar'],
      [1e6, 'juta'],
      [1e3, 'ribu'],
    ];
    for (const [b, nama] of tingkat) {
      if (x >= b) return `${kata(Math.floor(x / b))} ${nama}${x % b ? ` ${kata(x % b)}` : ''}`;
    }
    return String(x);
  };
  return kata(n);
}

/** "17 (tujuh belas)". */
export function jumlahKata(n: number): string {
  return `${formatAngka(n)} (${terbilang(n)})`;
}

/** A figure for Indonesian text: 98.8456 → "98,85"; 100 → "100". */
export function angkaTeks(x: number): string {
  return formatAngka(x, 2);
}

/** How a figure is written: as it is ('angka'), two decimals ('persen', 'rasio'), whole rupiah ('rupiah'), or a number typed as text kept as typed ('teks'). */
export type JenisNilai = 'teks' | 'angka' | 'persen' | 'rupiah' | 'rasio';

/**
 * A view's value as the report's text says it: a number the Indonesian way
 * (98,27; Rp1.384.303.000), a label as it is, blank "data belum ada", an error its code.
 */
export function nilaiTeks(v: CellInput, jenis: JenisNilai = 'angka'): string {
  const p = parseCell(v);
  switch (p.kind) {
    case 'blank':
      return KOSONG;
    case 'error':
      return kodeGalat(v);
    case 'text':
      return p.text;
    case 'number':
      if (jenis === 'persen' || jenis === 'rasio') return angkaTetap(p.value, 2);
      if (jenis === 'rupiah') return `Rp${angkaTetap(Math.round(p.value), 0)}`;
      return typeof v === 'string' ? v.trim() : angkaTeks(p.value);
  }
}

/** What the report says where a view shows nothing: never a blank that reads as zero. */
export const KOSONG = 'data belum ada';

/** The error code a cell shows ("#N/A", "#DIV/0!", "#REF!"), without the explanation. */
export function kodeGalat(v: CellInput): string {
  if (typeof v === 'string' && v.trim().startsWith('#')) return v.trim().split(/\s+/)[0];
  const p = parseCell(v);
  return p.kind === 'error' ? ERROR_TEXT[p.error.code] : '#VALUE!';
}

/** The number a view cell holds, or null (blank, text, an error). */
export function angkaDari(v: CellInput): number | null {
  const p = parseCell(v);
  return p.kind === 'number' ? p.value : null;
}

/** "1) a; 2) b; serta 3) c" (one item: "a"; `nomor` false: "a, b, dan c"). */
export function daftarTeks(item: string[], nomor = true): string {
  if (item.length === 0) return '';
  if (item.length === 1) return item[0];
  if (!nomor) return `${item.slice(0, -1).join(', ')} dan ${item[item.length - 1]}`;
  const bernomor = item.map((x, i) => `${i + 1}) ${x}`);
  return `${bernomor.slice(0, -1).join('; ')}; serta ${bernomor[bernomor.length - 1]}`;
}

/** The capaian range of a band, as the report says it: "110–120%", "< 50%", "> 120%", "≥ 91%". */
export function rentangPita(pita: readonly PitaKriteria[], i: number): string {
  const p = pita[i];
  const berikut = pita[i + 1];
  const bawah = Number.isFinite(p.bawah) ? angkaTeks(p.bawah) : null;
  if (bawah === null) return berikut ? `< ${angkaTeks(berikut.bawah)}%` : 'berapa pun';
  if (!berikut) return `${p.termasukBawah ? '≥' : '>'} ${bawah}%`;
  return `${bawah}–${angkaTeks(berikut.bawah)}%`;
}

/**
 * Text broken into lines of at most `lebar` characters at spaces (a word longer
 * than that stands alone), for a sheet where each line is one cell.
 */
export function pecahBaris(teks: string, lebar: number): string[] {
  const out: string[] = [];
  for (const paragraf of teks.split('\n')) {
    let baris = '';
    for (const kata of paragraf.split(/\s+/).filter(Boolean)) {
      if (baris && baris.length + 1 + kata.length > lebar) {
        out.push(baris);
        baris = kata;
      } else baris = baris ? `${baris} ${kata}` : kata;
    }
    out.push(baris);
  }
  return out;
}

/** A long name cut for a chart's axis: "Meningkatnya capaian RB BPOM…". */
export function potong(teks: string, maks: number): string {
  const t = teks.trim().replace(/\s+/g, ' ');
  return t.length <= maks ? t : `${t.slice(0, maks - 1).trimEnd()}…`;
}

/** A figure with exactly `d` decimals, the Indonesian way: 100 → "100,00", 1384303000 → "1.384.303.000,00". */
export function angkaTetap(x: number, d = 2): string {
  const s = formatAngka(Math.round(x * 10 ** d) / 10 ** d, d);
  if (d === 0) return s;
  const [bulat, desimal = ''] = s.split(',');
  return `${bulat},${desimal.padEnd(d, '0')}`;
}
