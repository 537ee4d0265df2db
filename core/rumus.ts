/**
 * One rule, two renderings (ARCHITECTURE.md, "The workbook as a program").
 *
 * The generated sheets compute with native spreadsheet functions that Excel
 * 2016+, Google Sheets, LibreOffice and HyperFormula all have, so the file
 * keeps its numbers where Kinerja is not installed. Each kind of generated
 * cell is declared here once, with
 *   - `hitung`: what the cell must show, computed by core (formulas.ts, through
 *     the function registry, so it is exactly what the Kinerja function gives),
 *   - `rumus`:  the native formula text that renders the same rule.
 * test/rumus-setara.test.ts evaluates every `rumus` in HyperFormula (and a
 * sample in LibreOffice) against its `hitung` over thousands of generated cases.
 *
 * Native formulas read numbers, labels of the Pengaturan scale table and range
 * targets whose bounds Kinerja wrote beside them. Text they cannot read (a
 * number typed as text, "10,42 tahun", a long label form) goes to the Kinerja
 * function as a fallback: with the add-in the cell shows Kinerja's answer;
 * without it, an error (#NAME?), never a different number.
 *
 * Constraints kept by every renderer (each is a trap in one of the hosts):
 *   - no LET, LAMBDA, XLOOKUP, FILTER, LOOKUP (HyperFormula lacks it), no array
 *     constants ({…} is locale-dependent in Sheets), no E-notation literals;
 *   - nothing that needs array entry in Excel 2016: inside SUMPRODUCT only
 *     comparisons, arithmetic and IS-functions, never IF/IFERROR;
 *   - INDEX over a single column only with a row number;
 *   - MATCH is followed by EXACT, because Excel and LibreOffice read * and ? as
 *     wildcards in MATCH;
 *   - errors are made by expressions every host evaluates alike:
 *     "#"*1 (#VALUE!), 1/0 (#DIV/0!), NA() (#N/A), SQRT(-1) (#NUM!).
 */
import { callFunction } from './functions';
import { ItemNps, SATUAN_FAKTOR, SATUAN_WAJAR_MAKS, SATUAN_WAJAR_MIN, targetPeriode } from './formulas';
import { CellInput, CellOutput, ErrorCode, KError, formatAngka, isKError, parseCell } from './values';
import { HostKind, namaFungsi } from './workbook';

// ---------------------------------------------------------------------------
// Native building blocks

export const GALAT_NATIF: Record<ErrorCode, string> = {
  VALUE: '"#"*1',
  DIV0: '1/0',
  NA: 'NA()',
  NUM: 'SQRT(-1)',
};

const V = GALAT_NATIF.VALUE;
const D = GALAT_NATIF.DIV0;

/** A number as formula text: never E-notation (HyperFormula cannot parse it). */
export function angkaRumus(x: number): string {
  if (!isFinite(x)) throw new Error(`angka tak terhingga tidak dapat ditulis di rumus: ${x}`);
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  const s = String(x);
  if (!/e/i.test(s)) return s;
  // Fixed notation with enough digits to read back the same double.
  const [m, e] = s.split(/e/i);
  const exp = Number(e);
  const neg = m.startsWith('-');
  const digits = m.replace('-', '').replace('.', '');
  const intLen = (m.replace('-', '').split('.')[0] ?? '').length + exp;
  let out: string;
  if (intLen <= 0) out = `0.${'0'.repeat(-intLen)}${digits}`;
  else if (intLen >= digits.length) out = digits + '0'.repeat(intLen - digits.length);
  else out = `${digits.slice(0, intLen)}.${digits.slice(intLen)}`;
  return (neg ? '-' : '') + out;
}

/**
 * A band as Kinerja writes it into a generated sheet: "80–90", or "a s.d. b"
 * when a bound is negative (a minus right after a dash would read as "--").
 */
export function teksRentang(a: number, b: number): string {
  const f = (x: number): string => formatAngka(x, 12);
  return a < 0 || b < 0 ? `${f(a)} s.d. ${f(b)}` : `${f(a)}–${f(b)}`;
}

/** Text as a formula string literal. */
export function teksRumus(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The relative tolerance of kriteria band edges (formulas.ts, kriteria()). */
const EPS = '0.000000000001';

// ---------------------------------------------------------------------------
// Where generated formulas find the settings (absolute references into Pengaturan)

export interface RefPengaturan {
  /**
   * The cap in force, computed once in Pengaturan (rumusBatasBerlaku): blank, a number
   * of at least 100, or the error a bad cap gives. Every capaian reads this cell.
   */
  batasAtas: string;
  rumusNegatif: string;
  /** The scale table's three typed columns (Skala, Label, Skor): the CAPAIAN skala argument. */
  skalaTabel: string;
  skalaLabel: string;
  skalaSkor: string;
  /** The computed "Skala (berlaku)" column: each row's scale name, blank meaning the one above. */
  skalaNama: string;
  /** The bands in force: thresholds (ascending) and labels, computed from the preset. */
  pitaAmbang: string;
  pitaLabel: string;
}

export interface KonteksRumus {
  host: HostKind;
  p: RefPengaturan;
}

function fn(k: KonteksRumus, nama: string): string {
  return namaFungsi(k.host, nama);
}

/** The row of x in the scale table's Label column, or an error. */
function cocokLabel(k: KonteksRumus, x: string): string {
  return `MATCH(TRIM(${x}),${k.p.skalaLabel},0)`;
}

/**
 * x is a label of the scale table with a numeric skor (exact, case-insensitive:
 * MATCH alone would take "?" or "*" as wildcards).
 */
function adalahLabel(k: KonteksRumus, x: string): string {
  const m = cocokLabel(k, x);
  return `IF(ISTEXT(${x}),IF(ISNUMBER(${m}),IF(EXACT(UPPER(TRIM(INDEX(${k.p.skalaLabel},${m}))),UPPER(TRIM(${x}))),ISNUMBER(INDEX(${k.p.skalaSkor},${m})),FALSE()),FALSE()),FALSE())`;
}

function skorLabel(k: KonteksRumus, x: string): string {
  return `INDEX(${k.p.skalaSkor},${cocokLabel(k, x)})`;
}

function namaSkala(k: KonteksRumus, x: string): string {
  return `INDEX(${k.p.skalaNama},${cocokLabel(k, x)})`;
}

// ---------------------------------------------------------------------------
// Capaian

/**
 * The polaritas a generated capaian applies (one helper cell per row): the row's,
 * trimmed, blank meaning positif, with Pengaturan's "rasio" rule turning "negatif"
 * into "negatif-rasio"; "?" for anything else (CAPAIAN then reads it, as typed).
 */
export function rumusPolaritasBerlaku(k: KonteksRumus, pol: string): string {
  const t = `TRIM(${pol})`;
  return (
    `=IF(AND(${t}="negatif",TRIM(${k.p.rumusNegatif})="rasio"),"negatif-rasio",IF(${t}="","positif",` +
    `IF(OR(${t}="positif",${t}="negatif",${t}="negatif-rasio",${t}="rentang"),LOWER(${t}),"?")))`
  );
}

/**
 * The cap in force, once for the workbook (a cell in Pengaturan): blank; a number
 * of at least 100; #VALUE! below 100 (120 % typed in a percent cell arrives as 1,2);
 * text goes to ANGKA (Kinerja reads "120").
 */
export function rumusBatasBerlaku(k: KonteksRumus, batas: string): string {
  return `=IF(${batas}="","",IF(ISNUMBER(${batas}),IF(${batas}<100,${V},${batas}),IF(ISERROR(${batas}),${batas},IF(${fn(k, 'ANGKA')}(${batas})<100,${V},${fn(k, 'ANGKA')}(${batas})))))`;
}

/** x capped by the batas atas cell when it holds one. */
function denganBatas(k: KonteksRumus, x: string): string {
  const b = k.p.batasAtas;
  return `IF(${b}="",${x},MIN(${x},${b}))`;
}

/** SATUAN_WAJAR_MIN ≤ x ≤ SATUAN_WAJAR_MAKS; an overflow or a division by 0 is not plausible. */
function wajar(x: string): string {
  return `IFERROR(AND(${x}>=${SATUAN_WAJAR_MIN},${x}<=${SATUAN_WAJAR_MAKS}),FALSE())`;
}

/** formulas.ts satuanBerbeda for a single-number target (t ≠ 0 checked by the caller's order). */
function satuanBedaAngka(r: string, t: string, P: string): string {
  const F = SATUAN_FAKTOR;
  const c0 = `IF(${P}="negatif",MAX(0,(2*${t}-${r})/${t}*100),IF(${P}="negatif-rasio",${t}/${r}*100,${r}/${t}*100))`;
  const ulang = `IF(${P}="negatif-rasio",OR(${wajar(`${t}/(${r}*${F})*100`)},${wajar(`${t}*${F}/${r}*100`)}),OR(${wajar(`${r}*${F}/${t}*100`)},${wajar(`${r}/(${t}*${F})*100`)}))`;
  return `IF(${t}=0,FALSE(),IF(AND(${P}="negatif-rasio",${r}=0),FALSE(),IF(${wajar(c0)},FALSE(),${ulang})))`;
}

/**
 * The capaian of r against the band [a, b] under jenis P, before the overflow
 * check and the cap (formulas.ts hitungMentah); an error where it can't be
 * computed. `kali`: the band × 100 (the guard's second rescaling).
 */
function mentahRentang(r: string, a: number, b: number, P: string, kali = 1): string {
  const A = angkaRumus(a * kali);
  const B = angkaRumus(b * kali);
  const n = `IF(${r}<${A},${A},${B})`;
  const luar =
    `IF(${P}="negatif-rasio",IF(${r}=0,${D},${n}/${r}*100),IF(${n}=0,${D},IF(${n}<0,${V},` +
    `IF(OR(${P}="negatif",AND(${P}="rentang",${r}>${B})),MAX(0,(2*${n}-${r})/${n}*100),${r}/${n}*100))))`;
  return `IF(AND(${r}>=${A},${r}<=${B}),100,${luar})`;
}

/** formulas.ts satuanBerbeda against a band. */
function satuanBedaRentang(r: string, a: number, b: number, P: string): string {
  const F = SATUAN_FAKTOR;
  const rasio = `IF(${P}="negatif-rasio","negatif-rasio","positif")`;
  const tidakTerhitung = `AND(OR(${r}<${angkaRumus(a)},${r}>${angkaRumus(b)}),IF(${P}="negatif-rasio",${r}=0,IF(${r}<${angkaRumus(a)},${angkaRumus(a)},${angkaRumus(b)})<=0))`;
  return (
    `IF(${tidakTerhitung},FALSE(),IF(${wajar(mentahRentang(r, a, b, P))},FALSE(),` +
    `OR(${wajar(mentahRentang(`(${r}*${F})`, a, b, rasio))},${wajar(mentahRentang(r, a, b, rasio, F))})))`
  );
}

/** Capaian of numbers r, t under P (t = 0 → #DIV/0!; T / R with R = 0 → the cap, or #DIV/0!). */
function capaianAngka(k: KonteksRumus, r: string, t: string, P: string): string {
  const b = k.p.batasAtas;
  const positif = denganBatas(k, `${r}/${t}*100`);
  const negatif = denganBatas(k, `MAX(0,(2*${t}-${r})/${t}*100)`);
  const rasio = `IF(${r}=0,IF(${b}="",${D},${b}),${denganBatas(k, `${t}/${r}*100`)})`;
  return `IF(${t}=0,${D},IF(${P}="negatif-rasio",${rasio},IF(${P}="negatif",${negatif},${positif})))`;
}

/** Capaian of number r against the band [a, b]. */
function capaianRentang(k: KonteksRumus, r: string, a: number, b: number, P: string): string {
  const B = k.p.batasAtas;
  const m = mentahRentang(r, a, b, P);
  const r0 = `AND(${P}="negatif-rasio",${r}=0,OR(${r}<${angkaRumus(a)},${r}>${angkaRumus(b)}))`;
  return `IF(${r0},IF(${B}="",${D},${B}),${denganBatas(k, m)})`;
}

/** How Kinerja wrote the row's target, which decides the shape of its capaian formula. */
export type BentukTarget =
  | { jenis: 'angka' }
  | { jenis: 'rentang'; teks: string; bawah: number; atas: number }
  | { jenis: 'label' }
  | { jenis: 'lain' };

export interface SelCapaian {
  realisasi: string;
  target: string;
  /**
   * The cell holding the row's polaritas in force: rumusPolaritasBerlaku over the
   * row's Polaritas (a helper cell per row, so each period's formula reads it once).
   */
  polaritasBerlaku: string;
  /** The row's Polaritas cell, which CAPAIAN reads where the helper says "?". */
  polaritas?: string;
}

/**
 * =IF(R="","",…): the capaian of one indicator and period, natively, in the shape
 * of the row's target (a number, a band "a–b" whose text and bounds Kinerja
 * writes into the formula, or a label of the scale table). Blank realisasi →
 * blank; errors pass through; anything the shape does not cover (a number typed
 * as text, a realisasi label against a number, a target retyped in another form)
 * goes to CAPAIAN, which answers exactly as the function a user types.
 */
export function rumusCapaian(k: KonteksRumus, s: SelCapaian, bentuk: BentukTarget): string {
  const { realisasi: R, target: T } = s;
  const b = k.p.batasAtas;
  const P = s.polaritasBerlaku;
  // Where the helper says "?", CAPAIAN reads the row's polaritas as typed; elsewhere the one in force.
  const cadanganTanya = `${fn(k, 'CAPAIAN')}(${R},${T},${s.polaritas ?? P},${b},${k.p.skalaTabel})`;
  const cadangan = `${fn(k, 'CAPAIAN')}(${R},${T},${P},${b},${k.p.skalaTabel})`;
  let inti: string;
  switch (bentuk.jenis) {
    case 'angka':
      inti = `IF(AND(ISNUMBER(${R}),ISNUMBER(${T})),IF(${P}="rentang",${V},IF(${satuanBedaAngka(R, T, P)},${V},${capaianAngka(k, R, T, P)})),${cadangan})`;
      break;
    case 'rentang': {
      const sah = `AND(ISNUMBER(${R}),ISTEXT(${T}),TRIM(${T})=${teksRumus(bentuk.teks.trim())})`;
      inti = `IF(${sah},IF(${satuanBedaRentang(R, bentuk.bawah, bentuk.atas, P)},${V},${capaianRentang(k, R, bentuk.bawah, bentuk.atas, P)}),${cadangan})`;
      break;
    }
    case 'label': {
      const sR = skorLabel(k, R);
      const sT = skorLabel(k, T);
      const sah = `AND(${adalahLabel(k, R)},${adalahLabel(k, T)})`;
      inti = `IF(${sah},IF(${P}="rentang",${V},IF(${namaSkala(k, R)}<>${namaSkala(k, T)},${V},${capaianAngka(k, sR, sT, P)})),${cadangan})`;
      break;
    }
    case 'lain':
      inti = cadangan;
      break;
  }
  return `=IF(${R}="","",IF(ISERROR(${T}),${T},IF(${P}="?",${cadanganTanya},IF(ISERROR(${b}),${b},IF(${T}="",${D},${inti})))))`;
}

/**
 * Blank as a spreadsheet's ="" sees it: an empty cell or empty text. (Core's reader
 * also takes text of spaces for blank; a generated formula's guard does not.)
 */
function kosongSel(v: CellInput): boolean {
  return v === null || v === undefined || v === '';
}

/** What the generated capaian cell must show (the reference for rumusCapaian, whatever its shape). */
export function hitungCapaian(
  realisasi: CellInput,
  target: CellInput,
  polaritas: CellInput,
  rumusNegatif: CellInput,
  batasAtas: CellInput,
  skalaTabel: CellInput[][],
): CellOutput {
  if (isKError(realisasi)) return realisasi;
  if (kosongSel(realisasi)) return null;
  const pol = typeof polaritas === 'string' ? polaritas.trim() : polaritas;
  const rasio = typeof rumusNegatif === 'string' && rumusNegatif.trim().toLowerCase() === 'rasio';
  const berlaku = typeof pol === 'string' && pol.toLowerCase() === 'negatif' && rasio ? 'negatif-rasio' : pol;
  return callFunction('CAPAIAN', [realisasi, target, berlaku, batasAtas, skalaTabel])[0][0];
}

// ---------------------------------------------------------------------------
// Kriteria

/** =IF(x="","",…): the kriteria band of a capaian, from the bands in force. */
export function rumusKriteria(k: KonteksRumus, x: string): string {
  const n = `SUMPRODUCT((${k.p.pitaAmbang}<>"")*(${k.p.pitaAmbang}<=${x}))`;
  return `=IF(${x}="","",IF(ISNUMBER(${x}),IF(${n}=0,NA(),INDEX(${k.p.pitaLabel},${n})),${V}))`;
}

/**
 * The threshold of one band as the bands-in-force block computes it: the band
 * holds x when x ≥ ambang (formulas.ts kriteria()). A first band without a
 * lower bound gets -10^307.
 */
export function rumusAmbang(bawah: string, ketat: string): string {
  return `IF(${bawah}="",-(10^307),IF(${ketat},${bawah}+${EPS}*MAX(1,ABS(${bawah})),${bawah}-${EPS}*MAX(1,ABS(${bawah}))))`;
}

// ---------------------------------------------------------------------------
// Rasio, serapan, efisiensi

/** a / b × 100 for the generated Realisasi cell: blank until both a and b are typed. */
export function rumusRealisasiAb(k: KonteksRumus, a: string, b: string): string {
  return `=IF(OR(${a}="",${b}=""),"",IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),IF(${b}=0,${D},${a}/${b}*100),${fn(k, 'RASIO')}(${a},${b})))`;
}

export function hitungRealisasiAb(a: CellInput, b: CellInput): CellOutput {
  if (isKError(a)) return a;
  if (isKError(b)) return b;
  if (kosongSel(a) || kosongSel(b)) return null;
  return callFunction('RASIO', [a, b])[0][0];
}

/** Serapan = realisasi anggaran / pagu × 100, blank while nothing is spent. */
export function rumusSerapan(k: KonteksRumus, r: string, pagu: string): string {
  return `=IF(${r}="","",IF(ISERROR(${pagu}),${pagu},IF(ISNUMBER(${r}),IF(${pagu}="",${D},IF(ISNUMBER(${pagu}),IF(${pagu}=0,${D},${r}/${pagu}*100),${fn(k, 'SERAPAN')}(${r},${pagu}))),${fn(k, 'SERAPAN')}(${r},${pagu}))))`;
}

export function hitungSerapan(r: CellInput, pagu: CellInput): CellOutput {
  if (isKError(r)) return r;
  if (kosongSel(r)) return null;
  return callFunction('SERAPAN', [r, pagu])[0][0];
}

export type JenisEfisiensi = 'IE' | 'TE' | 'kategori';

const FUNGSI_EFISIENSI: Record<JenisEfisiensi, string> = { IE: 'EFISIENSI', TE: 'TINGKAT_EFISIENSI', kategori: 'KATEGORI_EFISIENSI' };

/** IE, TE or kategori of output against input (serapan), blank while either is blank. */
export function rumusEfisiensi(k: KonteksRumus, jenis: JenisEfisiensi, o: string, i: string): string {
  const ie = `${o}/${i}`;
  const nilai = jenis === 'IE' ? ie : jenis === 'TE' ? `(${ie}-1)/1` : `IF(${ie}>=1,"Efisien","Tidak Efisien")`;
  return `=IF(OR(${o}="",${i}=""),"",IF(AND(ISNUMBER(${o}),ISNUMBER(${i})),IF(${i}=0,${D},${nilai}),${fn(k, FUNGSI_EFISIENSI[jenis])}(${o},${i})))`;
}

export function hitungEfisiensi(jenis: JenisEfisiensi, o: CellInput, i: CellInput): CellOutput {
  if (isKError(o)) return o;
  if (isKError(i)) return i;
  if (kosongSel(o) || kosongSel(i)) return null;
  return callFunction(FUNGSI_EFISIENSI[jenis], [o, i])[0][0];
}

// ---------------------------------------------------------------------------
// NPS (sasaran, perspektif, organisasi)

/**
 * Σ(bobot × capaian) / Σ bobot over the cells of `c` that hold a number, with
 * `w` the weights beside them (an empty weight counts 1). Any error, a text
 * capaian, or a weight that is text or not above 0 beside a number gives
 * #VALUE!; nothing to average gives blank. `c` and `w` are ranges of one shape.
 */
export function rumusNps(c: string, w: string): string {
  const galat = `SUMPRODUCT(--ISERROR(${c}))+SUMPRODUCT(--ISERROR(${w}))>0`;
  const teks = `SUMPRODUCT(--ISTEXT(${c}),--(LEN(${c})>0))>0`;
  const bobotTeks = `SUMPRODUCT(--ISNUMBER(${c}),--ISTEXT(${w}))>0`;
  const bobotNol = `COUNTIFS(${c},"<=0",${w},"<=0")+COUNTIFS(${c},">0",${w},"<=0")>0`;
  const jumlahBobot = `(SUMPRODUCT(--ISNUMBER(${c}),${w})+SUMPRODUCT(--ISNUMBER(${c}),--ISBLANK(${w})))`;
  const jumlah = `(SUMPRODUCT(${c},${w})+SUMPRODUCT(${c},--ISBLANK(${w})))`;
  return `=IF(${galat},${V},IF(${teks},${V},IF(${bobotTeks},${V},IF(${bobotNol},${V},IF(${jumlahBobot}=0,"",${jumlah}/${jumlahBobot})))))`;
}

/** The reference for rumusNps: nps() with every failure reported as #VALUE!. */
export function hitungNps(c: CellInput[], w: CellInput[]): CellOutput {
  if (c.some(isKError) || w.some(isKError)) return new KError('VALUE', 'ada capaian atau bobot yang galat');
  const bertipe: ItemNps[] = [];
  const bawaan: ItemNps[] = [];
  for (let i = 0; i < c.length; i++) {
    const x = c[i];
    if (typeof x === 'string' && x !== '') return new KError('VALUE', `capaian baris ${i + 1} berupa teks`);
    if (typeof x !== 'number') continue;
    const b = w[i];
    // A weight cell is a number or empty; text (even empty text from a formula) is not a weight.
    if (typeof b === 'string') return new KError('VALUE', `bobot baris ${i + 1} berupa teks`);
    if (typeof b === 'number' && !(b > 0)) return new KError('VALUE', `bobot baris ${i + 1} tidak lebih dari 0`);
    (typeof b === 'number' ? bertipe : bawaan).push({ capaian: x, bobot: typeof b === 'number' ? b : null });
  }
  // Σ(bobot × capaian) / Σ bobot (formulas.ts nps()), summed as the rendering's two SUMPRODUCTs
  // do, typed weights first and then the empty ones (weight 1): with extreme values the order
  // of a sum changes its result.
  const jumlah = (xs: ItemNps[]): { s: number; w: number } => xs.reduce((a, it) => ({ s: a.s + (Number(it.bobot ?? 1) * Number(it.capaian)), w: a.w + Number(it.bobot ?? 1) }), { s: 0, w: 0 });
  const a = jumlah(bertipe);
  const b = jumlah(bawaan);
  const W = a.w + b.w;
  if (W === 0) return null;
  const hasil = (a.s + b.s) / W;
  return isFinite(hasil) ? hasil : new KError('NUM', 'NPS di luar jangkauan angka');
}

/**
 * The organisation NPS: the perspektif NPS weighted by their bobot; a bobot
 * typed for some perspektif and left blank for another listed one is #VALUE!.
 */
export function rumusNpsOrganisasi(label: string, nps: string, bobot: string): string {
  const campur = `AND(SUMPRODUCT(--(LEN(${bobot})>0))>0,SUMPRODUCT(--(LEN(${label})>0),--(LEN(${bobot})=0))>0)`;
  return `=IF(${campur},${V},${rumusNps(nps, bobot).slice(1)})`;
}

export function hitungNpsOrganisasi(label: CellInput[], nps: CellInput[], bobot: CellInput[]): CellOutput {
  const ada = (x: CellInput): boolean => parseCell(x).kind !== 'blank';
  if (bobot.some(ada) && label.some((l, i) => ada(l) && !ada(bobot[i]))) return new KError('VALUE', 'isi bobot setiap perspektif, atau kosongkan semuanya');
  return hitungNps(nps, bobot);
}

// ---------------------------------------------------------------------------
// Target per period (pola spread over n periods)

/**
 * The target of period k of n from the row's annual target and pola: kumulatif
 * T·k/n (a number), tetap T, akhir T at k = n only. A text target (a label, a
 * band) passes to its period as it is; the capaian formula judges it.
 */
export function rumusTargetPeriode(t: string, pola: string, ke: number, n: number): string {
  const P = `TRIM(${pola})`;
  const nilai = `IF(ISTEXT(${t}),TRIM(${t}),${t})`;
  const kumulatif = `IF(ISNUMBER(${t}),${t}*${ke}/${n},${V})`;
  return (
    `=IF(ISERROR(${t}),${t},IF(NOT(OR(${P}="akhir",${P}="tetap",${P}="kumulatif")),${V},IF(${t}="","",` +
    `IF(${P}="akhir",${ke === n ? nilai : '""'},IF(${P}="tetap",${nilai},${kumulatif})))))`
  );
}

/** The reference for rumusTargetPeriode (formulas.ts targetPeriode, text passed as it is). */
export function hitungTargetPeriode(t: CellInput, pola: CellInput, ke: number, n: number): CellOutput {
  if (isKError(t)) return t;
  const p = typeof pola === 'string' ? pola.trim().toLowerCase() : '';
  if (!['akhir', 'tetap', 'kumulatif'].includes(p)) return new KError('VALUE', `pola target ${String(pola ?? '')} tidak dikenal`);
  if (kosongSel(t)) return null;
  if (typeof t === 'string' || typeof t === 'boolean') {
    if (p === 'kumulatif') return new KError('VALUE', 'pola kumulatif butuh target angka');
    const teks = typeof t === 'string' ? t.trim() : t ? 'TRUE' : 'FALSE';
    return p === 'akhir' && ke !== n ? null : teks;
  }
  return targetPeriode(t, ke, n, p);
}

// ---------------------------------------------------------------------------
// Perspektif NPS: the mean of its sasaran NPS

/**
 * The mean of the numbers of `nps` on rows whose `label` equals `nama` (the
 * perspektif of each sasaran's first row); an error among them gives #VALUE!,
 * none gives blank.
 */
export function rumusRataKelompok(label: string, nama: string, nps: string): string {
  const sama = `--(${label}=${nama})`;
  const n = `SUMPRODUCT(${sama},--ISNUMBER(${nps}))`;
  // SUMIFS, not SUMPRODUCT: an error in another perspektif's NPS must not spoil this one's sum.
  return `=IF(${nama}="","",IF(SUMPRODUCT(${sama},--ISERROR(${nps}))>0,${V},IF(${n}=0,"",SUMIFS(${nps},${label},"="&${nama})/${n})))`;
}

export function hitungRataKelompok(label: CellInput[], nama: CellInput, nps: CellInput[]): CellOutput {
  if (kosongSel(nama)) return null;
  const kunci = String(nama).toLowerCase();
  const dipilih = nps.filter((_, i) => typeof label[i] === 'string' && String(label[i]).toLowerCase() === kunci);
  if (dipilih.some(isKError)) return new KError('VALUE', 'ada NPS sasaran yang galat');
  const angka = dipilih.filter((x): x is number => typeof x === 'number');
  if (angka.length === 0) return null;
  const hasil = angka.reduce((a, x) => a + x, 0) / angka.length;
  return isFinite(hasil) ? hasil : new KError('NUM', 'NPS di luar jangkauan angka');
}

// ---------------------------------------------------------------------------
// Views: a figure of the RAPK, at the place Kinerja put it, checked by Kode

/**
 * Which of the table's periods Pengaturan's "Periode laporan" names (1-based),
 * blank meaning the last; anything else #N/A. One cell per view sheet holds it.
 */
export function rumusIndeksPeriode(periodeLaporan: string, periode: readonly string[]): string {
  const p = `UPPER(TRIM(${periodeLaporan}))`;
  let s = 'NA()';
  for (let i = periode.length - 1; i >= 0; i--) s = `IF(${p}=${teksRumus(periode[i].toUpperCase())},${i + 1},${s})`;
  return `=IF(TRIM(${periodeLaporan})="",${periode.length},${s})`;
}

/**
 * A figure of the RAPK for the reporting period: the cells of the indicator's RAPK
 * row (one per period, `sel`), chosen by the period index; shown only while that
 * row still holds the indicator's Kode (`kodeDiRapk` = `kode`), else #N/A. So a
 * figure is never shown against another indicator, and the lookup costs one cell
 * read (a keyed INDEX over the RAPK would make every edit recompute every view).
 * An empty RAPK cell reads blank.
 */
export function rumusLihatRapk(kodeDiRapk: string, kode: string, indeks: string, sel: readonly string[]): string {
  const pilih = sel.length === 1 ? sel[0] : `CHOOSE(${indeks},${sel.join(',')})`;
  return `=IF(NOT(EXACT(TRIM(${kodeDiRapk})&"",TRIM(${kode})&"")),NA(),IF(${pilih}="","",${pilih}))`;
}
