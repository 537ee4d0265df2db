/**
 * How the browser grid shows a number: Excel number format codes read the
 * Indonesian way (decimal comma, dot between thousands). Only the display:
 * the cell keeps its full precision (DOMAIN.md, "Numbers").
 *
 *   '#,##0.00'   98.2688   -> "98,27"
 *   '"Rp"#,##0'  1384303000 -> "Rp1.384.303.000"
 *   '0.00%'      0.9944    -> "99,44%"
 *   General      77.46     -> "77,46"   (no grouping, up to 10 significant digits)
 */

interface Pola {
  desimal: number;
  kelompok: boolean;
  persen: boolean;
  awalan: string;
  akhiran: string;
}

const cache = new Map<string, Pola | null>();

/** Parse the first section of a format code; null for General/text/date codes. */
function pola(kode: string): Pola | null {
  if (cache.has(kode)) return cache.get(kode)!;
  let hasil: Pola | null = null;
  const bagian = kode.split(';')[0];
  if (bagian && !/^general$/i.test(bagian.trim()) && bagian.trim() !== '@' && !/[dmyhs]/i.test(bagian.replace(/"[^"]*"|\[[^\]]*\]/g, ''))) {
    // Literal text in quotes, escaped characters, colours/conditions in brackets.
    const tanpaKurung = bagian.replace(/\[[^\]]*\]/g, '');
    const m = tanpaKurung.match(/^((?:"[^"]*"|\\.|[^#0?,.%])*)([#0?,.]+)?(.*)$/);
    if (m && m[2]) {
      const angka = m[2];
      const titik = angka.indexOf('.');
      const desimal = titik < 0 ? 0 : angka.slice(titik + 1).replace(/[^0?#]/g, '').length;
      const bulat = titik < 0 ? angka : angka.slice(0, titik);
      const literal = (s: string): string => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1').replace(/[_*]./g, '');
      const akhir = m[3] ?? '';
      hasil = {
        desimal,
        kelompok: bulat.includes(','),
        persen: /%/.test(akhir.replace(/"[^"]*"/g, '')) || /%/.test(m[1].replace(/"[^"]*"/g, '')),
        awalan: literal(m[1]).replace(/%/g, ''),
        akhiran: literal(akhir),
      };
    }
  }
  cache.set(kode, hasil);
  return hasil;
}

function kelompokkan(bulat: string): string {
  return bulat.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A number without a format (General): up to 10 significant digits, decimal comma, no grouping. */
export function angkaUmum(n: number): string {
  if (!isFinite(n)) return String(n);
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= 1e15 || abs < 1e-9) return n.toExponential(5).replace('.', ',');
  const digits = Math.max(0, Math.min(9, 10 - Math.ceil(Math.log10(abs + 1e-300))));
  let s = n.toFixed(digits);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s.replace('.', ',');
}

/** Format a number with an Excel number format code, Indonesian separators. */
export function formatAngka(n: number, kode?: string | null): string {
  if (!kode) return angkaUmum(n);
  const p = pola(kode);
  if (!p) return angkaUmum(n);
  let x = p.persen ? n * 100 : n;
  const neg = x < 0;
  x = Math.abs(x);
  const fixed = x.toFixed(p.desimal);
  let [bulat, pecahan] = fixed.split('.');
  if (p.kelompok) bulat = kelompokkan(bulat);
  const nol = Number(fixed) === 0;
  return `${neg && !nol ? '-' : ''}${p.awalan}${bulat}${pecahan ? ',' + pecahan : ''}${p.akhiran}${p.persen && !p.akhiran.includes('%') ? '%' : ''}`;
}

/** How an edited number is shown in the editor: full precision, decimal comma, no grouping. */
export function angkaSunting(n: number): string {
  if (!isFinite(n)) return String(n);
  const s = String(n);
  return /e/i.test(s) ? s : s.replace('.', ',');
}

/**
 * What the user typed into a cell, read the way Excel in Indonesian reads it:
 *  - "=..." a formula; arguments typed with ";" (as Indonesian Excel shows them)
 *    become ","-separated with "." decimals, the form the workbook keeps;
 *  - "54,3", "1.384.303.000", "-2,5" a number;
 *  - "99,44%" a fraction (0.9944) shown with a percent format, as Excel stores it;
 *  - "" clears the cell; anything else is text (labels such as WTP, "Rp…" texts
 *    that core reads itself), left to the engine.
 */
export function bacaKetikan(teks: string): { isi: string | number | null; format?: string } {
  const t = teks.replace(/\u00a0/g, ' ');
  if (t.trim() === '') return { isi: null };
  if (t.startsWith('=')) return { isi: rumusKetikan(t) };
  if (t.startsWith("'")) return { isi: t };
  const s = t.trim();
  const persen = s.match(/^([-+]?)([\d.,]+)\s*%$/);
  if (persen) {
    const n = angkaKetikan(persen[2]);
    if (n !== null) {
      const dec = (persen[2].split(',')[1] ?? '').length;
      const nilai = (persen[1] === '-' ? -n : n) / 100;
      return { isi: nilai, format: dec > 0 ? `0.${'0'.repeat(Math.min(dec, 4))}%` : '0%' };
    }
  }
  const m = s.match(/^([-+]?)([\d.,]+)$/);
  if (m) {
    const n = angkaKetikan(m[2]);
    if (n !== null) return { isi: m[1] === '-' ? -n : n };
  }
  return { isi: t };
}

/** Indonesian digits: dot between thousands, comma for decimals; "77.46" (not three digits after the dot) is a decimal. */
function angkaKetikan(s: string): number | null {
  if (!/^\d/.test(s) && !/^[.,]\d/.test(s)) return null;
  const titik = (s.match(/\./g) || []).length;
  const koma = (s.match(/,/g) || []).length;
  let normal: string;
  if (koma > 1) return null;
  if (koma === 1) {
    const [bulat, pecahan] = s.split(',');
    if (titik > 0 && !/^\d{1,3}(\.\d{3})+$/.test(bulat)) return null;
    normal = bulat.replace(/\./g, '') + '.' + pecahan;
  } else if (titik > 1) {
    if (!/^\d{1,3}(\.\d{3})+$/.test(s)) return null;
    normal = s.replace(/\./g, '');
  } else if (titik === 1) {
    const [bulat, pecahan] = s.split('.');
    normal = pecahan.length === 3 && bulat.length >= 1 && bulat.length <= 3 && !/^0+$/.test(bulat) ? bulat + pecahan : s;
  } else normal = s;
  if (normal.startsWith('.')) normal = '0' + normal;
  const n = Number(normal);
  return isFinite(n) ? n : null;
}

/** A formula typed with ";" between arguments (Indonesian Excel) -> "," and "." decimals. */
export function rumusKetikan(f: string): string {
  const bagian = f.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
  const adaTitikKoma = bagian.some((p, i) => i % 2 === 0 && p.includes(';'));
  if (!adaTitikKoma) return f;
  return bagian.map((p, i) => (i % 2 === 1 ? p : p.replace(/(\d),(\d)/g, '$1.$2').replace(/;/g, ','))).join('');
}
