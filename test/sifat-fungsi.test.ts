/**
 * Properties of every registry function over anything a spreadsheet can send
 * (fast-check, RUNS generated calls per function), each call evaluated three
 * times: by the core registry, by Excel's shipped functions.js and by Sheets'
 * shipped Code.js (one load of each bundle for the whole file):
 *
 * 1. no answer holds a non-finite number (±Infinity, NaN);
 * 2. a range answer is never silently shorter than its input: it has the
 *    broadcast shape of the cell arguments, row for row, or it is one error;
 * 3. every error message reads as Indonesian (pesanIndonesia below can fail on
 *    an English message, e.g. a leaked JavaScript exception);
 * 4. Sheets answers exactly as the core does, and Excel answers the same values
 *    (Excel may show an error with another code or without its message).
 *
 * Inputs: numbers incl. extremes, Indonesian number text, labels, bands (also
 * malformed), units and rank words, settings words, blanks (Excel desktop's 0
 * too), booleans, dates, error values, and 2-D ranges of mixed shapes.
 */
import fc from 'fast-check';
import vm from 'vm';
import { FUNCTIONS, FunctionDef, callFunction } from '../core/functions';
import { ERROR_TEXT, ErrorCode, KError, SATUAN_UMUM, formatAngka, isKError, kutip } from '../core/values';
import { FakeCfError, loadExcelFunctions, loadGas, AnyFn } from './helpers/bundles';

const RUNS = Number(process.env.KINERJA_SIFAT_RUNS ?? 10000);

// ---------------------------------------------------------------------------
// What a cell can hold, before each host turns it into its own form

type Sel =
  | { j: 'angka'; v: number }
  | { j: 'teks'; v: string }
  | { j: 'bool'; v: boolean }
  | { j: 'tanggal'; ms: number }
  | { j: 'kosong'; desktop: boolean }
  | { j: 'galat'; code: ErrorCode; pesan: string };

const EKSTREM = [0, -0, 1, -1, 1e306, -1e306, 1.7976931348623157e308, -1.7976931348623157e308, 9.99999999999999e307, 5e-324, -5e-324, 1e-307, 2.2250738585072014e-308, 1e-300, 1e300, 0.01, 0.9944, 99.44, 100, 120, 120.0000001];

const angkaArb: fc.Arbitrary<number> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -200, max: 300, noNaN: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(...EKSTREM),
);

const teksAngkaArb: fc.Arbitrary<string> = fc
  .tuple(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), fc.constantFrom('', 'Rp', 'Rp ', 'Rp.'), fc.constantFrom('', ',-', '%', ' %'))
  .map(([x, d, pre, post]) => {
    const t = formatAngka(x, d);
    return t.startsWith('-') ? `-${pre}${t.slice(1)}${post}` : `${pre}${t}${post}`;
  });

const LABEL = ['WTP', 'wdp', 'Wajar Tanpa Pengecualian', 'TMP', 'TW', 'Disclaimer', 'AA', 'a', 'BB', 'cc', 'B', 'C', 'D', 'Sangat Baik'];
const KATA = [
  'positif', 'negatif', 'Negatif', 'negatif-rasio', 'rentang', 'range', 'turun', 'naik turun',
  'akhir', 'tetap', 'kumulatif', 'bulanan', 'diukur pada akhir tahun',
  'TW II', 'Triwulan 3', 'IV', 'B6', 'B12', 'B4',
  'BPOM', 'BPOM Tabel 3', 'Permendagri', 'Permendagri 86/2017', 'permendagri 86', 'Kemenkeu',
  '> 120', '>105', 'lebih 5', 'Kritis', 'Skala', 'Label', 'Skor', 'Opini BPK', 'Predikat AKIP',
  '#N/A', '#DIV/0! target kosong', '#VALUE!', '#REF!', '#NAME?', '#NUM! terlalu besar',
  '', '  ', '\u00a0', 'TRUE', 'FALSE', '1e5', 'Infinity', 'NaN', 'null', 'undefined', '-', '--5', '(-5)', '(5)',
];
const PEMISAH = ['–', '-', ' - ', ' s.d. ', ' s/d ', '--', '—', ' sampai dengan ', '––', ' – -'];

const rentangArb: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.integer({ min: -20, max: 200 }), fc.double({ min: -1e3, max: 1e3, noNaN: true })), fc.oneof(fc.integer({ min: -20, max: 200 }), fc.constantFrom(1e-307, 1e306)), fc.constantFrom(...PEMISAH), fc.constantFrom('', '%', ' tahun'))
  .map(([a, b, s, u]) => `${formatAngka(a, 2)}${s}${formatAngka(b, 2)}${u}`);

const satuanArb: fc.Arbitrary<string> = fc
  .tuple(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(...SATUAN_UMUM, 'juta', 'miliar', 'bulan depan', 'dari 34'), fc.constantFrom('', 'Peringkat ', 'Rangking ', 'Ranking ke-'))
  .map(([x, u, rank]) => (rank ? `${rank}${Math.round(x)}` : `${formatAngka(x, 2)} ${u}`));

const teksArb: fc.Arbitrary<string> = fc.oneof(
  teksAngkaArb,
  fc.constantFrom(...LABEL),
  fc.constantFrom(...KATA),
  rentangArb,
  satuanArb,
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const selArb: fc.Arbitrary<Sel> = fc.oneof(
  { weight: 4, arbitrary: angkaArb.map((v): Sel => ({ j: 'angka', v })) },
  { weight: 4, arbitrary: teksArb.map((v): Sel => ({ j: 'teks', v })) },
  { weight: 1, arbitrary: fc.boolean().map((v): Sel => ({ j: 'bool', v })) },
  { weight: 1, arbitrary: fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms): Sel => ({ j: 'tanggal', ms })) },
  { weight: 2, arbitrary: fc.boolean().map((desktop): Sel => ({ j: 'kosong', desktop })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom<ErrorCode>('DIV0', 'VALUE', 'NA', 'NUM'), fc.constantFrom('target kosong', 'sel sumber berisi galat', 'pagu 0: tidak dapat membagi'))
      .map(([code, pesan]): Sel => ({ j: 'galat', code, pesan })),
  },
);

/** One argument: a single cell, or a 2-D range (1..3 × 1..3); arguments may differ in shape. */
type Arg = { tunggal: Sel } | { range: Sel[][] };
const argArb: fc.Arbitrary<Arg> = fc.oneof(
  { weight: 3, arbitrary: selArb.map((s): Arg => ({ tunggal: s })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
      .chain(([h, w]) => fc.array(fc.array(selArb, { minLength: w, maxLength: w }), { minLength: h, maxLength: h }))
      .map((range): Arg => ({ range })),
  },
);

function panggilanArb(def: FunctionDef): fc.Arbitrary<Arg[]> {
  const wajib = def.params.filter((p) => !p.optional).length;
  return fc.integer({ min: wajib, max: def.params.length }).chain((n) => fc.array(argArb, { minLength: n, maxLength: n }));
}

// ---------------------------------------------------------------------------
// Each host's form of a cell

const excelBlankNol = (a: Arg[]): boolean => a.some((x) => ('tunggal' in x ? [[x.tunggal]] : x.range).some((r) => r.some((s) => s.j === 'kosong' && s.desktop)));
const adaTanggal = (a: Arg[]): boolean => a.some((x) => ('tunggal' in x ? [[x.tunggal]] : x.range).some((r) => r.some((s) => s.j === 'tanggal')));

function keInti(s: Sel): unknown {
  switch (s.j) {
    case 'angka':
    case 'teks':
    case 'bool':
      return s.v;
    case 'tanggal':
      return new Date(s.ms);
    case 'kosong':
      return null;
    case 'galat':
      return new KError(s.code, s.pesan);
  }
}

function keSheets(s: Sel, DateGas: DateConstructor): unknown {
  switch (s.j) {
    case 'tanggal':
      return new DateGas(s.ms); // a Date of the Apps Script realm
    case 'kosong':
      return '';
    case 'galat':
      return `${ERROR_TEXT[s.code]} ${s.pesan}`;
    default:
      return keInti(s);
  }
}

function keExcel(s: Sel): unknown {
  switch (s.j) {
    case 'tanggal':
      return s.ms / 86400000 + 25569; // Excel's serial date
    case 'kosong':
      return s.desktop ? 0 : null; // Excel desktop hands a blank cell over as 0
    case 'galat':
      return new FakeCfError(ERROR_TEXT[s.code], s.pesan);
    default:
      return keInti(s);
  }
}

const argumen = (a: Arg[], f: (s: Sel) => unknown, tunggalSebagaiMatriks: boolean): unknown[] =>
  a.map((x) => ('tunggal' in x ? (tunggalSebagaiMatriks ? [[f(x.tunggal)]] : f(x.tunggal)) : x.range.map((r) => r.map(f))));

// ---------------------------------------------------------------------------
// One comparable form of an answer: always a matrix

type Jawab = number | string | { galat: string; pesan?: string };

function dariInti(v: unknown): Jawab {
  if (v === null) return '';
  if (isKError(v)) return { galat: ERROR_TEXT[v.code], pesan: v.message };
  return v as Jawab;
}

function dariSheetsSel(v: unknown): Jawab {
  if (typeof v === 'string') {
    const m = v.match(/^(#DIV\/0!|#VALUE!|#N\/A|#NUM!) (.*)$/s);
    if (m) return { galat: m[1], pesan: m[2] };
  }
  return v as Jawab;
}

function dariSheets(fn: AnyFn, args: unknown[]): Jawab[][] {
  try {
    const v = fn(...args);
    return Array.isArray(v) ? (v as unknown[][]).map((r) => r.map(dariSheetsSel)) : [[dariSheetsSel(v)]];
  } catch (e) {
    return [[dariSheetsSel((e as Error).message)]];
  }
}

function dariExcel(v: unknown): Jawab[][] {
  return (v as unknown[][]).map((r) => r.map((c) => (c instanceof FakeCfError ? { galat: c.code, ...(c.message ? { pesan: c.message } : {}) } : (c as Jawab))));
}

// ---------------------------------------------------------------------------
// The properties

/** Broadcast shape of the cell (non-table) arguments; null when they disagree. */
function bentukHarapan(def: FunctionDef, a: Arg[]): [number, number] | null {
  let bentuk: [number, number] = [1, 1];
  a.forEach((x, i) => {
    if (def.params[i].jsdocType.trim().startsWith('Array<') || 'tunggal' in x) return;
    const s: [number, number] = [x.range.length, x.range[0].length];
    if (s[0] === 1 && s[1] === 1) return;
    if (bentuk === null) return;
    if (bentuk[0] === 1 && bentuk[1] === 1) bentuk = s;
    else if (s[0] !== bentuk[0] || s[1] !== bentuk[1]) bentuk = null as unknown as [number, number];
  });
  return bentuk;
}

/** English words that must not appear outside quotes; Indonesian words of which one must. */
const KATA_INGGRIS = new Set(
  ('the is are was not cannot cant invalid error undefined null nan infinity function argument arguments value values must ' +
    'division divide zero expected received type typeerror read property properties of and to with from number missing empty ' +
    'unknown should only too large small between got failed object unexpected string array index out bounds').split(' '),
);
const KATA_INDONESIA = new Set(
  ('bukan tidak kosong harus angka target realisasi capaian galat sel skala rentang satuan dan atau di untuk dengan terlalu besar ' +
    'berbeda butuh dikenal isi tulis ketik batas pembilang penyebut pagu bobot indeks efisiensi periode triwulan label kriteria nilai ' +
    'hasil lebih dari sama yang terbalik terbaca dibagi dihitung dapat ukuran pakai bawah atas kata').split(' '),
);

export function pesanIndonesia(pesan: string): boolean {
  // Quoted text is the user's; #VALUE!, #N/A ... are the spreadsheet's own codes.
  const tanpaKutipan = pesan.replace(/"[^"]*"|“[^”]*”/g, ' ').replace(/#(DIV\/0!|VALUE!|N\/A|NUM!|REF!|NAME\?|NULL!|ERROR!|SPILL!|CALC!)/g, ' ');
  const kata = tanpaKutipan.toLowerCase().match(/[a-z]+/g) ?? [];
  return kata.length > 0 && !kata.some((k) => KATA_INGGRIS.has(k)) && kata.some((k) => KATA_INDONESIA.has(k));
}

/**
 * Properties 1–3 for one evaluator's answer; answers the problems found (empty
 * when none). Plain checks, not expect() per cell: the 330 000 evaluations of
 * this file must stay fast.
 */
function periksa(dari: string, def: FunctionDef, a: Arg[], m: Jawab[][]): string[] {
  const masalah: string[] = [];
  // What the user typed is quoted in a message (kutip) in any language: take it out before judging the language.
  const ketikan = a
    .flatMap((x) => ('tunggal' in x ? [x.tunggal] : x.range.flat()))
    .flatMap((s) => (s.j === 'teks' ? [s.v, s.v.trim(), s.v.replace(/\u00a0/g, ' ').trim()].map(kutip) : []))
    .sort((x, y) => y.length - x.length);
  const tanpaKetikan = (p: string): string => ketikan.reduce((acc, t) => acc.split(t).join(' '), p);
  // 1. No non-finite number.
  for (const r of m) for (const v of r) if (typeof v === 'number' && !Number.isFinite(v)) masalah.push(`${dari}: angka tak hingga ${v}`);
  // 2. Shape: the broadcast shape, every row full; or one error (which names the sizes when they disagree).
  const harap = bentukHarapan(def, a);
  const satuGalat = m.length === 1 && m[0].length === 1 && typeof m[0][0] === 'object' && m[0][0] !== null;
  const penuh = harap !== null && m.length === harap[0] && m.every((r) => r.length === harap[1] && r.every((v) => v !== undefined));
  if (!penuh && !satuGalat) masalah.push(`${dari}: bentuk ${JSON.stringify(m.map((r) => r.length))}, harapan ${JSON.stringify(harap)}`);
  if (harap === null && satuGalat) {
    const p = (m[0][0] as { pesan?: string }).pesan;
    if (p !== undefined && !p.includes('ukuran')) masalah.push(`${dari}: ukuran range berbeda tanpa disebut: ${p}`);
  }
  // 3. Every error message Indonesian.
  for (const r of m) {
    for (const v of r) {
      if (typeof v === 'object' && v !== null && v.pesan !== undefined && !pesanIndonesia(tanpaKetikan(v.pesan))) masalah.push(`${dari}: pesan tidak berbahasa Indonesia: ${v.pesan}`);
    }
  }
  return masalah;
}

/** Same answer, cell for cell (Object.is for numbers: -0 is not 0 here). */
function samaPersis(a: Jawab[][], b: Jawab[][]): boolean {
  if (a.length !== b.length) return false;
  return a.every((r, i) => {
    const q = b[i];
    if (r.length !== q.length) return false;
    return r.every((v, j) => {
      const w = q[j];
      if (typeof v === 'object' && v !== null) return typeof w === 'object' && w !== null && v.galat === w.galat && v.pesan === w.pesan;
      return Object.is(v, w);
    });
  });
}

/** Excel answers the same values; an error there may carry another code or no message. */
function samaNilai(a: Jawab[][], b: Jawab[][]): boolean {
  if (a.length !== b.length) return false;
  return a.every((r, i) => r.length === b[i].length && r.every((v, j) => (typeof v === 'object' ? typeof b[i][j] === 'object' : v === b[i][j])));
}

describe('sifat setiap fungsi registry, lewat inti dan kedua bundel', () => {
  const excel = loadExcelFunctions();
  const gas = loadGas();
  const DateGas = vm.runInContext('Date', vm.createContext(gas)) as DateConstructor;
  const waktu: Record<string, number> = {};

  test('pemeriksa bahasa dapat gagal: pesan Inggris atau tanpa kata Indonesia ditolak', () => {
    expect(pesanIndonesia('target kosong: isi target indikator')).toBe(true);
    expect(pesanIndonesia('realisasi "the value is not a number" bukan angka')).toBe(true);
    expect(pesanIndonesia('galat tak terduga: Cannot read properties of undefined')).toBe(false);
    expect(pesanIndonesia('Division by zero')).toBe(false);
    expect(pesanIndonesia('#NUM!')).toBe(false);
    expect(pesanIndonesia('hasil Infinity')).toBe(false);
  });

  test.each(FUNCTIONS.map((f) => [f.name, f]))(`%s: ${RUNS} panggilan, tiga penilai`, (_n, f) => {
    const def = f as FunctionDef;
    const mulai = Date.now();
    fc.assert(
      fc.property(panggilanArb(def), (a) => {
        const inti = callFunction(def.name, argumen(a, keInti, false)).map((r) => r.map(dariInti));
        const sheets = dariSheets(gas[def.name] as AnyFn, argumen(a, (s) => keSheets(s, DateGas), false));
        const argExcel = argumen(a, keExcel, true);
        while (argExcel.length < def.params.length) argExcel.push(null); // Excel passes every declared parameter
        const xl = dariExcel(excel.fns[def.name](...argExcel));
        const masalah = [...periksa('inti', def, a, inti), ...periksa('sheets', def, a, sheets), ...periksa('excel', def, a, xl)];
        // 4. Sheets is the core; Excel gives the same values where it was handed the same cells.
        if (!samaPersis(inti, sheets)) masalah.push(`sheets ${JSON.stringify(sheets)} ≠ inti ${JSON.stringify(inti)}`);
        if (!adaTanggal(a) && !excelBlankNol(a) && !samaNilai(inti, xl)) masalah.push(`excel ${JSON.stringify(xl)} ≠ inti ${JSON.stringify(inti)}`);
        if (masalah.length > 0) throw new Error(`${def.name}: ${masalah.join('; ')}`);
      }),
      { numRuns: RUNS },
    );
    waktu[def.name] = Date.now() - mulai;
  });

  afterAll(() => {
    const total = Object.values(waktu).reduce((x, y) => x + y, 0);
    console.log(`[sifat-fungsi] ${RUNS} panggilan × ${Object.keys(waktu).length} fungsi × 3 penilai; ms per fungsi: ${JSON.stringify(waktu)}; total ${total} ms`);
  });
});
