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
import { parseNumberText } from '../core/values';

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

/**
 * A date code of day, month and year only ("yyyy-mm-dd", "dd/mm/yyyy": the UKPBJ
 * Paket dates) shows a serial as that date; anything else is not a date code (null).
 */
function formatTanggal(n: number, kode: string): string | null {
  if (!/^(?:yyyy|yy|mm|dd|[-/. ])+$/i.test(kode) || !/y/i.test(kode) || !/d/i.test(kode) || !(n >= 1 && n < 2958466)) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000);
  const dua = (x: number): string => String(x).padStart(2, '0');
  return kode.replace(/yyyy|yy|mm|dd/gi, (tok) => {
    const k = tok.toLowerCase();
    if (k === 'yyyy') return String(d.getUTCFullYear());
    if (k === 'yy') return dua(d.getUTCFullYear() % 100);
    if (k === 'mm') return dua(d.getUTCMonth() + 1);
    return dua(d.getUTCDate());
  });
}

/** Format a number with an Excel number format code, Indonesian separators. */
export function formatAngka(n: number, kode?: string | null): string {
  if (!kode) return angkaUmum(n);
  const t = formatTanggal(n, kode);
  if (t !== null) return t;
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
 * What the user typed (or pasted) into a cell, read the way Excel in Indonesian reads it:
 *  - "=..." a formula; arguments typed with ";" (as Indonesian Excel shows them)
 *    become ","-separated with "." decimals, the form the workbook keeps;
 *  - "54,3", "1.384.303.000", "-2,5" a number, read by core's reader
 *    (parseNumberText, the one Kinerja's functions use on a text cell);
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
  // Digits and separators with a sign or a percent only: "Rp…" and "(5)" stay texts as typed.
  if (/^[-+]?[\d.,]+\s*%?$/.test(s)) {
    const n = parseNumberText(s);
    if (n && n.percent) {
      const dec = Math.min(4, (String(n.value).split('.')[1] ?? '').length);
      return { isi: n.value / 100, format: dec > 0 ? `0.${'0'.repeat(dec)}%` : '0%' };
    }
    if (n) return { isi: n.value };
  }
  return { isi: t };
}

/**
 * Text copied from Excel, Google Sheets or LibreOffice: rows by line breaks,
 * cells by tabs; a cell holding a line break, a tab or a quote comes quoted
 * ("a ""b"""). A trailing line break ends the last row, it adds none.
 */
export function uraiTsv(teks: string): string[][] {
  const t = teks.replace(/\r\n?/g, '\n');
  const baris: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let sel = '';
    if (t[i] === '"') {
      // Quoted only when the closing quote ends the cell; otherwise the quote is just text.
      let j = i + 1;
      let isi = '';
      for (;;) {
        const q = t.indexOf('"', j);
        if (q < 0) {
          j = -1;
          break;
        }
        if (t[q + 1] === '"') {
          isi += t.slice(j, q) + '"';
          j = q + 2;
          continue;
        }
        isi += t.slice(j, q);
        j = q + 1;
        break;
      }
      if (j >= 0 && (j === t.length || t[j] === '\t' || t[j] === '\n')) {
        sel = isi;
        i = j;
      }
    }
    if (i < t.length && t[i] !== '\t' && t[i] !== '\n') {
      const akhir = t.slice(i).search(/[\t\n]/);
      const j = akhir < 0 ? t.length : i + akhir;
      sel = t.slice(i, j);
      i = j;
    }
    row.push(sel);
    if (i >= t.length) {
      baris.push(row);
      break;
    }
    if (t[i] === '\n') {
      baris.push(row);
      row = [];
      i++;
      if (i >= t.length) break;
    } else i++;
  }
  return baris;
}

/** Cells as Excel puts them on the clipboard: tabs between, line breaks after rows, quoted where needed. */
export function keTsv(baris: string[][]): string {
  const kutip = (s: string): string => (/[\t\n\r"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return baris.map((r) => r.map(kutip).join('\t')).join('\r\n') + '\r\n';
}

/** A formula typed with ";" between arguments (Indonesian Excel) -> "," and "." decimals. */
export function rumusKetikan(f: string): string {
  const bagian = f.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
  const adaTitikKoma = bagian.some((p, i) => i % 2 === 0 && p.includes(';'));
  if (!adaTitikKoma) return f;
  return bagian.map((p, i) => (i % 2 === 1 ? p : p.replace(/(\d),(\d)/g, '$1.$2').replace(/;/g, ','))).join('');
}
