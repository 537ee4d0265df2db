/**
 * Reading cell values the way a perencana types them.
 *
 * A cell arrives as a number, a string (Indonesian-formatted number, percent
 * text, a label such as WTP), a boolean, a Date, blank, or an error coming
 * from another cell. Everything here is pure: no host globals.
 */

/** Spreadsheet error kinds Kinerja produces. */
export type ErrorCode = 'DIV0' | 'VALUE' | 'NA' | 'NUM';

/** The text each host shows for an error code. */
export const ERROR_TEXT: Record<ErrorCode, string> = {
  DIV0: '#DIV/0!',
  VALUE: '#VALUE!',
  NA: '#N/A',
  NUM: '#NUM!',
};

/** An error as a value: a cell that cannot be computed says which error and why. */
export class KError {
  constructor(readonly code: ErrorCode, readonly message: string) {}
  toString(): string {
    return `${ERROR_TEXT[this.code]} ${this.message}`;
  }
}

export function isKError(v: unknown): v is KError {
  return v instanceof KError;
}

/** What a host may hand us for one cell. */
export type CellInput = number | string | boolean | Date | null | undefined | KError;

/** What a function answers for one cell: a number, a text, blank (null) or an error. */
export type CellOutput = number | string | null | KError;

/** A parsed cell. */
export type Parsed =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; percent: boolean; text?: string; satuan?: string }
  | { kind: 'text'; text: string }
  | { kind: 'error'; error: KError };

const BLANK: Parsed = { kind: 'blank' };

/** Error texts a host can place in a cell (Sheets shows range errors as text). */
const ERROR_PREFIXES: Array<[string, ErrorCode]> = [
  ['#DIV/0!', 'DIV0'],
  ['#VALUE!', 'VALUE'],
  ['#N/A', 'NA'],
  ['#NUM!', 'NUM'],
  ['#REF!', 'VALUE'],
  ['#NAME?', 'VALUE'],
  ['#ERROR!', 'VALUE'],
  ['#NULL!', 'VALUE'],
  ['#SPILL!', 'VALUE'],
  ['#CALC!', 'VALUE'],
];

/** Recognise a cell that holds an error written as text (e.g. "#DIV/0! Target kosong"). */
export function errorFromText(s: string): KError | null {
  const t = s.trim();
  for (const [prefix, code] of ERROR_PREFIXES) {
    if (t.toUpperCase().startsWith(prefix)) {
      const rest = t.slice(prefix.length).replace(/^[\s:]+/, '');
      return new KError(code, rest || `sel berisi galat ${prefix}`);
    }
  }
  return null;
}

/**
 * Format a number the Indonesian way for messages: 1384303000.5 -> "1.384.303.000,5".
 * Magnitudes a message can't spell out (from 10^21, or below 0,0001 but not 0) are
 * written as a spreadsheet shows them: "1,5E+306", "1E-307" (never "0" for a tiny target).
 */
export function formatAngka(n: number, maxDecimals = 4): string {
  if (Number.isNaN(n)) return 'bukan angka';
  if (!isFinite(n)) return n > 0 ? 'tak terhingga' : '-tak terhingga';
  const abs = Math.abs(n);
  if (abs >= 1e21 || (abs > 0 && abs < 1e-4)) {
    const [m, e] = n.toExponential(6).split('e');
    return `${m.replace(/\.?0+$/, '').replace('.', ',')}E${e.startsWith('-') ? e : '+' + e.replace('+', '')}`;
  }
  const neg = n < 0;
  // Trailing zeros go only after a decimal point: 100 with no decimals stays "100".
  const fixed = Math.abs(n).toFixed(maxDecimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  const [int, dec] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (neg && fixed !== '0' ? '-' : '') + grouped + (dec ? ',' + dec : '');
}

/** Quote a user's text in a message, shortened so a long cell doesn't flood it. */
export function kutip(text: string): string {
  const t = text.length > 60 ? text.slice(0, 57) + '...' : text;
  return `"${t}"`;
}

/**
 * How a host date reaches core as text: "yyyy-mm-dd", with " hh:mm:ss" only when
 * the cell holds a time of day. POLA_TANGGAL is the host's format pattern
 * (Apps Script Utilities.formatDate); rapikanTanggal drops a midnight time;
 * RE_TANGGAL recognises the result, so it is written back as a date.
 */
export const POLA_TANGGAL = 'yyyy-MM-dd HH:mm:ss';
export const RE_TANGGAL = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?$/;
export function rapikanTanggal(teks: string): string {
  return teks.replace(/ 00:00:00$/, '');
}

/**
 * Text as names and codes are compared everywhere (Kode, sasaran, perspektif,
 * headers, labels): surrounding spaces dropped, inner runs of spaces one, case ignored.
 */
export function bakuTeks(v: CellInput): string {
  if (v === null || v === undefined) return '';
  return String(v).trim().replace(/\s+/g, ' ').toLowerCase();
}

/** "a, b, c dan 7 lainnya": a list in a message, cut after `maks` items. */
export function batasiDaftar(items: string[], maks = 10): string {
  if (items.length <= maks) return items.join(', ');
  return `${items.slice(0, maks).join(', ')} dan ${items.length - maks} lainnya`;
}

/**
 * Parse the digits-and-separators part of a number typed in Indonesian style
 * (dot for thousands, comma for decimals), tolerating the English style where
 * it cannot be mistaken. Returns null when the text is not a number.
 *
 * - "54,3" -> 54.3; "1.384.303.000" -> 1384303000; "1.384.303,50" -> 1384303.5
 * - "77.46" -> 77.46 (a single dot not followed by exactly three digits is a decimal point)
 * - "1.384" -> 1384 (a single dot followed by three digits is a thousands separator)
 * - "1,384,303.5" -> 1384303.5 (English grouping, only when unambiguous)
 */
export function parseDigits(body: string): number | null {
  const s = body;
  if (!/^\d[\d.,]*$/.test(s) && !/^[.,]\d+$/.test(s)) return null;
  const dots = (s.match(/\./g) || []).length;
  const commas = (s.match(/,/g) || []).length;
  const grouped = (str: string, sep: string): boolean => {
    const re = sep === '.' ? /^\d{1,3}(\.\d{3})+$/ : /^\d{1,3}(,\d{3})+$/;
    return re.test(str);
  };
  let normal: string;
  if (dots === 0 && commas === 0) {
    normal = s;
  } else if (dots > 0 && commas > 0) {
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    if (lastComma > lastDot) {
      // Indonesian: 1.384.303,50
      if (commas !== 1) return null;
      const [int, dec] = s.split(',');
      if (!grouped(int, '.')) return null;
      normal = int.replace(/\./g, '') + '.' + dec;
    } else {
      // English: 1,384,303.50
      if (dots !== 1) return null;
      const [int, dec] = s.split('.');
      if (!grouped(int, ',')) return null;
      normal = int.replace(/,/g, '') + '.' + dec;
    }
  } else if (commas > 0) {
    if (commas === 1) {
      normal = s.replace(',', '.');
    } else {
      if (!grouped(s, ',')) return null;
      normal = s.replace(/,/g, '');
    }
  } else {
    if (dots === 1) {
      const [int, dec] = s.split('.');
      // "1.384" is one thousand three hundred eighty-four in Indonesian;
      // "0.125" cannot be a thousands group, "77.46" is a decimal.
      if (dec.length === 3 && int.length >= 1 && int.length <= 3 && !/^0+$/.test(int)) {
        normal = int + dec;
      } else {
        normal = s;
      }
    } else {
      if (!grouped(s, '.')) return null;
      normal = s.replace(/\./g, '');
    }
  }
  if (normal.startsWith('.')) normal = '0' + normal;
  const n = Number(normal);
  return isFinite(n) ? n : null;
}

/**
 * Read one cell. Numbers stay numbers; text is read as an Indonesian number
 * ("Rp1.384.303.000,-", "99,44%", "54,3") or kept as text (a label).
 */
export function parseCell(v: CellInput, satuan?: string | null): Parsed {
  if (v === null || v === undefined) return BLANK;
  if (v instanceof KError) return { kind: 'error', error: v };
  if (typeof v === 'number') {
    if (!isFinite(v)) return { kind: 'error', error: new KError('NUM', Number.isNaN(v) ? 'sel berisi nilai yang bukan angka sah' : 'sel berisi angka tak terhingga') };
    return { kind: 'number', value: v, percent: false };
  }
  if (typeof v === 'boolean') return { kind: 'text', text: v ? 'TRUE' : 'FALSE' };
  // A Date may come from another realm (Apps Script's V8, a vm): recognise it by its tag, not instanceof.
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') {
    const d = v as Date;
    return isNaN(d.getTime()) ? { kind: 'error', error: new KError('VALUE', 'sel berisi tanggal yang tidak sah') } : { kind: 'text', text: d.toISOString().slice(0, 10) };
  }
  if (typeof v === 'object') {
    // Excel hands error cells of a range over as CustomFunctions.Error-like objects.
    const o = v as { errorCode?: string; code?: string; message?: string };
    const code = String(o.errorCode ?? o.code ?? '');
    const map: Record<string, ErrorCode> = {
      '#DIV/0!': 'DIV0', divisionByZero: 'DIV0', '#N/A': 'NA', notAvailable: 'NA',
      '#NUM!': 'NUM', invalidNumber: 'NUM',
    };
    return { kind: 'error', error: new KError(map[code] ?? 'VALUE', o.message || 'sel sumber berisi galat') };
  }
  const raw = String(v);
  const t = raw.replace(/\u00a0/g, ' ').trim();
  if (t === '') return BLANK;
  const err = errorFromText(t);
  if (err) return { kind: 'error', error: err };
  const n = parseNumberText(t);
  if (n) return { kind: 'number', value: n.value, percent: n.percent, text: raw };
  const u = bacaAngkaBersatuan(t, satuan);
  if (u) return { kind: 'number', value: u.value, percent: u.percent, text: raw, satuan: u.satuan };
  return { kind: 'text', text: t };
}

/**
 * Unit words read after a number in a cell ("10,42 tahun", "12 dokumen"): the
 * common satuan of SAKIP reports. Multipliers (ribu, juta, miliar) are not units:
 * "10 juta" stays text, never 10. The row's own satuan is accepted too, when the
 * caller knows it (parseCell's second argument).
 */
export const SATUAN_UMUM: readonly string[] = [
  'persen', 'poin', 'nilai', 'indeks', 'skor', 'tahun', 'bulan', 'minggu', 'hari', 'jam', 'menit', 'detik',
  'dokumen', 'dok', 'laporan', 'rekomendasi', 'kegiatan', 'program', 'paket', 'unit', 'buah', 'kali', 'kasus', 'perkara',
  'orang', 'jiwa', 'pegawai', 'peserta', 'pasien', 'siswa', 'keluarga', 'kk', 'rumah', 'rumah tangga', 'ruta',
  'desa', 'kelurahan', 'kecamatan', 'sekolah', 'lembaga', 'instansi', 'opd', 'satker', 'lokasi', 'titik', 'ruas',
  'sampel', 'produk', 'izin', 'sertifikat', 'aplikasi', 'sistem', 'layanan', 'inovasi', 'kebijakan', 'regulasi', 'peraturan',
  'km', 'meter', 'm', 'ha', 'hektar', 'hektare', 'ton', 'kg', 'liter', 'rupiah',
];
const SATUAN_SET = new Set(SATUAN_UMUM);

/**
 * Rank words read before a number: "Peringkat 6", "Rangking 6", "Ranking ke-6",
 * "peringkat ke 6". The number is the rank (a lower rank is better: give the row
 * polaritas negatif).
 */
export const RE_PERINGKAT = /^(?:peringkat|rangking|ranking|rank|urutan)\.?\s*(?:ke\s*-?\s*)?(.+)$/i;

/** "12 dokumen" → the number part and the word after it (lower case, single spaces), or null. */
function pisahSatuan(t: string): { angka: string; kata: string } | null {
  const m = t.replace(/\s+/g, ' ').match(/^(.*[\d)%])\s*([a-z\u00c0-\u024f][a-z\u00c0-\u024f ]*?)\.?$/i);
  return m ? { angka: m[1], kata: m[2].toLowerCase() } : null;
}

/** A number with a unit or rank word (see SATUAN_UMUM, RE_PERINGKAT), or null. */
export function bacaAngkaBersatuan(t: string, satuan?: string | null): { value: number; percent: boolean; satuan: string } | null {
  if (!/\d/.test(t)) return null;
  const rank = t.trim().match(RE_PERINGKAT);
  if (rank) {
    const n = parseNumberText(rank[1]);
    return n && !n.percent ? { value: n.value, percent: false, satuan: 'peringkat' } : null;
  }
  const baku = t.replace(/\s+/g, ' ').trim();
  const milik = satuan ? bakuTeks(satuan) : '';
  if (milik && baku.toLowerCase().endsWith(milik) && baku.length > milik.length) {
    const n = parseNumberText(baku.slice(0, baku.length - milik.length));
    if (n) return { value: n.value, percent: n.percent || milik === 'persen' || milik === '%', satuan: milik };
  }
  const p = pisahSatuan(baku);
  if (!p || !SATUAN_SET.has(p.kata)) return null;
  const n = parseNumberText(p.angka);
  return n ? { value: n.value, percent: n.percent || p.kata === 'persen', satuan: p.kata } : null;
}

/**
 * A hint for text that holds a number but was not read as one: "10,42 bulan depan"
 * → ' (kata "bulan depan" bukan satuan yang dikenal: tulis angkanya saja, mis. 10,42)'.
 * Empty when the text has no number in front.
 */
export function petunjukAngka(t: string): string {
  const p = pisahSatuan(t);
  if (!p) return '';
  const n = parseNumberText(p.angka);
  if (!n) return '';
  return ` (kata ${kutip(p.kata)} bukan satuan yang dikenal: tulis angkanya saja, mis. ${formatAngka(n.value)})`;
}

/**
 * The largest number a formula can give: Excel, LibreOffice, Google Sheets and
 * HyperFormula all compute up to 1,7976931348623157E+308 (a typed value is capped
 * at 9,99999999999999E+307 in Excel, a result is not). Beyond it is an overflow,
 * which every host shows as #NUM!; Kinerja says why. Using the same limit as the
 * hosts keeps a function and its native rendering equal (test/rumus-setara).
 */
export const ANGKA_MAKS = Number.MAX_VALUE;

/**
 * A computed number, or the #NUM! error that explains why it can't be shown:
 * no ±Infinity or NaN ever leaves a function (DOMAIN.md "Rules").
 */
export function angkaHingga(x: number, apa: string): number | KError {
  if (Number.isNaN(x)) return new KError('NUM', `${apa} tidak dapat dihitung: hasilnya bukan angka (periksa besaran masukan)`);
  if (!(Math.abs(x) <= ANGKA_MAKS)) {
    return new KError('NUM', `${apa} terlalu besar untuk dihitung (melampaui ±1,8E+308, angka terbesar spreadsheet): periksa besaran dan satuan masukan`);
  }
  return x;
}

/** Number text, with optional sign, currency and percent. Null when it isn't one. */
export function parseNumberText(t: string): { value: number; percent: boolean } | null {
  let s = t.replace(/\s+/g, '');
  // One minus at most, written (5), -5, Rp-5 or -Rp5: "(-5)" or "--5" is not a number someone meant.
  let minus = 0;
  let percent = false;
  if (/^\(.*\)$/.test(s)) {
    minus++;
    s = s.slice(1, -1);
  }
  if (/^[-\u2212]/.test(s)) {
    minus++;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  s = s.replace(/^Rp\.?/i, '');
  if (/^[-\u2212]/.test(s)) {
    minus++;
    s = s.slice(1);
  }
  if (minus > 1) return null;
  const sign = minus ? -1 : 1;
  s = s.replace(/,-+$/, '').replace(/\.-+$/, '');
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (s === '') return null;
  const n = parseDigits(s);
  if (n === null) return null;
  return { value: sign * n, percent };
}

export function blankToNull(p: Parsed): boolean {
  return p.kind === 'blank';
}

/** A parsed cell as a number, or an error that names the text. */
export function requireNumber(p: Parsed, role: string): number | KError {
  switch (p.kind) {
    case 'number':
      return p.value;
    case 'error':
      return p.error;
    case 'blank':
      return new KError('VALUE', `${role} kosong`);
    case 'text':
      return new KError('VALUE', `${role} ${kutip(p.text)} bukan angka${petunjukAngka(p.text)}`);
  }
}
