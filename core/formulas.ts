/**
 * The domain formulas of DOMAIN.md: capaian, rasio, NPS, kriteria, predikat,
 * serapan, efisiensi, target triwulan. Each works on one parsed cell set and
 * answers a CellOutput (number, text, null = blank, or KError). Nothing rounds.
 */
import {
  CellInput,
  CellOutput,
  KError,
  Parsed,
  formatAngka,
  isKError,
  kutip,
  parseCell,
  parseNumberText,
  requireNumber,
} from './values';
import {
  DEFAULT_PENGATURAN,
  LabelSkala,
  Pengaturan,
  PitaKriteria,
  Polaritas,
  PREDIKAT_AKIP_BATAS,
  SkalaKualitatif,
} from './settings';

// ---------------------------------------------------------------------------
// Labels on qualitative scales

export interface LabelDitemukan {
  skala: SkalaKualitatif;
  label: LabelSkala;
}

function norm(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toUpperCase();
}

/**
 * Find a label (WTP, "Wajar Tanpa Pengecualian", aa ...) on the scales in use.
 * Codes win over long forms, so a table that lists "Disclaimer" as a label of
 * its own is not read as TMP's long form.
 */
export function cariLabel(text: string, pengaturan: Pengaturan = DEFAULT_PENGATURAN): LabelDitemukan | null {
  const n = norm(text);
  for (const skala of pengaturan.skala) {
    for (const label of skala.label) if (norm(label.kode) === n) return { skala, label };
  }
  for (const skala of pengaturan.skala) {
    for (const label of skala.label) if (label.alias.some((a) => norm(a) === n)) return { skala, label };
  }
  return null;
}

/** Examples of labels in use for messages: the top label of each scale ("WTP, AA"). */
function contohLabel(pengaturan: Pengaturan): string {
  return pengaturan.skala.map((s) => s.label[s.label.length - 1]?.kode).filter(Boolean).join(', ');
}

/**
 * The long forms of a label typed in a scale table: those of the default label
 * with that code (or long form), looked up on the default scale of the same
 * name first, then on any default scale. "WTP" keeps "Wajar Tanpa Pengecualian".
 */
function aliasBawaan(nama: string, kode: string): string[] {
  const n = norm(kode);
  const cocok = (s: SkalaKualitatif): LabelSkala | undefined =>
    s.label.find((l) => norm(l.kode) === n) ?? s.label.find((l) => l.alias.some((a) => norm(a) === n));
  const sama = DEFAULT_PENGATURAN.skala.find((s) => norm(s.nama) === norm(nama));
  const l = (sama && cocok(sama)) ?? DEFAULT_PENGATURAN.skala.map(cocok).find((x) => x !== undefined);
  if (!l) return [];
  return [l.kode, ...l.alias].filter((a) => norm(a) !== n);
}

/**
 * Qualitative scales from a table of rows (Skala, Label, Skor): the layout of
 * the Pengaturan sheet. Blank rows are skipped; a blank Skala means "same as
 * the row above"; a row with only a Skala name starts that scale; a header row
 * (Skala, Label, Skor) is skipped; names and labels are case-insensitive.
 * Strict (the CAPAIAN skala argument): a non-numeric or blank skor, a blank
 * label or a label written twice with different skor is a #VALUE! naming it.
 * `longgar` (reading the sheet for Periksa): such rows are skipped instead.
 * An empty table gives [] (the caller falls back to the default scales).
 */
export function bacaSkalaKualitatif(rows: CellInput[][], longgar = false): SkalaKualitatif[] | KError {
  const skala: SkalaKualitatif[] = [];
  const teksSel = (p: Parsed): string => (p.kind === 'text' ? p.text.trim() : p.kind === 'number' ? (p.text ?? formatAngka(p.value)).trim() : '');
  let nama = '';
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? [];
    const [S, L, K] = [0, 1, 2].map((c) => parseCell(row[c] ?? null));
    if (S.kind === 'blank' && L.kind === 'blank' && K.kind === 'blank') continue;
    if (['skala', 'label', 'skor'].every((h, c) => norm(teksSel([S, L, K][c])) === norm(h))) continue;
    const galat = [S, L, K].find((p) => p.kind === 'error');
    if (galat && galat.kind === 'error') {
      if (longgar) continue;
      return new KError(galat.error.code, `skala kualitatif baris ${i + 1}: ${galat.error.message}`);
    }
    if (S.kind !== 'blank') nama = teksSel(S);
    if (L.kind === 'blank' && K.kind === 'blank') continue; // a heading row: the scale's name only
    const kode = teksSel(L);
    const tempat = nama ? ` (${nama})` : '';
    let pesan: string | null = null;
    if (!nama) pesan = `baris ${i + 1}: nama skala kosong untuk label ${kutip(kode)}; isi kolom Skala`;
    else if (!kode) pesan = `baris ${i + 1}${tempat}: label kosong untuk skor ${kutip(teksSel(K))}`;
    else if (K.kind === 'blank') pesan = `skor label ${kutip(kode)}${tempat} kosong`;
    else if (K.kind !== 'number') pesan = `skor ${kutip(teksSel(K))} untuk label ${kutip(kode)}${tempat} bukan angka`;
    if (pesan !== null || K.kind !== 'number') {
      if (longgar) continue;
      return new KError('VALUE', `skala kualitatif: ${pesan}`);
    }
    let sk = skala.find((s) => norm(s.nama) === norm(nama));
    if (!sk) {
      sk = { nama, label: [] };
      skala.push(sk);
    }
    const ada = sk.label.find((l) => norm(l.kode) === norm(kode));
    if (ada) {
      if (ada.skor !== K.value && !longgar) {
        return new KError(
          'VALUE',
          `skala kualitatif: label ${kutip(kode)}${tempat} tertulis dua kali dengan skor berbeda (${formatAngka(ada.skor)} dan ${formatAngka(K.value)})`,
        );
      }
      continue;
    }
    sk.label.push({ kode, skor: K.value, alias: aliasBawaan(nama, kode) });
  }
  return skala;
}

/**
 * Whether CAPAIAN of these two cells reads the qualitative scales: a label in
 * realisasi or target (a target band "a–b" does not).
 */
export function capaianPakaiSkala(realisasiIn: CellInput, targetIn: CellInput): boolean {
  const R = parseCell(realisasiIn);
  const T = parseCell(targetIn);
  if (R.kind === 'error' || T.kind === 'error' || R.kind === 'blank') return false;
  return R.kind === 'text' || (T.kind === 'text' && !bacaRentang(T.text));
}

// ---------------------------------------------------------------------------
// Polaritas and targets

export function bacaPolaritas(p: Parsed): Polaritas | 'rentang' | KError {
  if (p.kind === 'blank') return 'positif';
  if (p.kind === 'error') return p.error;
  if (p.kind === 'number') return new KError('VALUE', `polaritas ${kutip(p.text ?? String(p.value))} tidak dikenal: pakai "positif", "negatif" atau "negatif-rasio"`);
  const t = p.text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (['positif', 'positive', '+', 'maks', 'maksimal', 'naik'].includes(t)) return 'positif';
  if (['negatif', 'negative', '-', 'minimal', 'turun'].includes(t)) return 'negatif';
  if (['negatif-rasio', 'negative-ratio', 'rasio-negatif'].includes(t)) return 'negatif-rasio';
  if (['rentang', 'range'].includes(t)) return 'rentang';
  return new KError('VALUE', `polaritas ${kutip(p.text)} tidak dikenal: pakai "positif", "negatif" atau "negatif-rasio"`);
}

/** A target written as a band "a–b", "a-b", "a s.d. b" or "a s/d b". */
export function bacaRentang(text: string): { bawah: number; atas: number } | null {
  const m = text.trim().match(/^(.+?)\s*(?:–|—|-|s\.?\s?d\.?|s\/d|sampai(?:\s+dengan)?)\s*(.+)$/i);
  if (!m) return null;
  const a = parseNumberText(m[1]);
  const b = parseNumberText(m[2]);
  if (!a || !b) return null;
  return { bawah: Math.min(a.value, b.value), atas: Math.max(a.value, b.value) };
}

/**
 * Units check (DOMAIN.md): a cell holding 1 formatted as 100 % arrives as 1.
 * If one side is a fraction (0 < x ≤ 1) and the other is in percent points
 * within a factor of 5 of 100× it, the two are in different units: report,
 * never divide. (Read as the same unit they would give capaian of 2 000 % or
 * more, or 0,x %: no plausible indicator. A count against a target of 1, e.g.
 * 3 dokumen, is 3/100 of 100× and passes.)
 */
const SATUAN_RASIO_MIN = 0.2;
const SATUAN_RASIO_MAKS = 5;

export function satuanBerbeda(r: number, t: number): KError | null {
  const cek = (frac: number, pp: number): boolean =>
    frac > 0 && frac <= 1 && pp > 1 && pp / (frac * 100) >= SATUAN_RASIO_MIN && pp / (frac * 100) <= SATUAN_RASIO_MAKS;
  if (cek(t, r)) {
    return new KError(
      'VALUE',
      `satuan berbeda: target ${formatAngka(t)} tampaknya pecahan (${formatAngka(t * 100)}%), realisasi ${formatAngka(r)} dalam poin persen. Samakan satuannya (mis. ketik target ${formatAngka(t * 100)})`,
    );
  }
  if (cek(r, t)) {
    return new KError(
      'VALUE',
      `satuan berbeda: realisasi ${formatAngka(r)} tampaknya pecahan (${formatAngka(r * 100)}%), target ${formatAngka(t)} dalam poin persen. Samakan satuannya (mis. ketik realisasi ${formatAngka(r * 100)})`,
    );
  }
  return null;
}

// ---------------------------------------------------------------------------
// Capaian

export interface HasilCapaian {
  nilai: CellOutput;
  /** Which formula produced the number, for tooltips and notes. */
  rumus: string;
}

function bacaBatasAtas(p: Parsed, pengaturan: Pengaturan): number | null | KError {
  if (p.kind === 'blank') return pengaturan.batasAtas;
  const n = requireNumber(p, 'batas_atas');
  if (isKError(n)) return n;
  if (n <= 0) return new KError('VALUE', `batas_atas ${formatAngka(n)} harus lebih dari 0`);
  return n;
}

function terapkanBatas(x: number, batas: number | null, rumus: string): HasilCapaian {
  if (batas !== null && x > batas) return { nilai: batas, rumus: `${rumus}, dibatasi ${formatAngka(batas)}` };
  return { nilai: x, rumus };
}

/**
 * Capaian of one indicator (DOMAIN.md "Capaian"). Blank realisasi → blank;
 * target blank or 0 → #DIV/0!; unknown text → #VALUE! naming it.
 */
export function capaianDetail(
  realisasiIn: CellInput,
  targetIn: CellInput,
  polaritasIn: CellInput = null,
  batasIn: CellInput = null,
  pengaturan: Pengaturan = DEFAULT_PENGATURAN,
): HasilCapaian {
  const R = parseCell(realisasiIn);
  const T = parseCell(targetIn);
  const fail = (e: KError): HasilCapaian => ({ nilai: e, rumus: '' });
  if (R.kind === 'error') return fail(R.error);
  if (T.kind === 'error') return fail(T.error);
  const pol = bacaPolaritas(parseCell(polaritasIn));
  if (isKError(pol)) return fail(pol);
  const batas = bacaBatasAtas(parseCell(batasIn), pengaturan);
  if (isKError(batas)) return fail(batas);
  if (R.kind === 'blank') return { nilai: null, rumus: 'realisasi kosong' };
  if (T.kind === 'blank') return fail(new KError('DIV0', 'target kosong: isi target indikator'));

  // Qualitative: both labels on the same scale.
  if (R.kind === 'text' || T.kind === 'text') {
    // A range target "a–b".
    if (T.kind === 'text') {
      const rentang = bacaRentang(T.text);
      if (rentang) {
        if (R.kind !== 'number') return fail(new KError('VALUE', `realisasi ${kutip(R.kind === 'text' ? R.text : '')} bukan angka, padahal target berupa rentang ${kutip(T.text)}`));
        if (pol === 'negatif' || pol === 'negatif-rasio') {
          return fail(new KError('VALUE', `target berupa rentang ${kutip(T.text)} dinilai dengan aturan rentang, bukan polaritas ${pol}: pilih polaritas "rentang" (atau kosongkan), atau tulis target satu angka`));
        }
        const unitRentang = satuanBerbeda(R.value, (rentang.bawah + rentang.atas) / 2);
        if (unitRentang) return fail(unitRentang);
        return capaianRentang(R.value, rentang.bawah, rentang.atas, batas);
      }
    }
    if (pol === 'rentang') return fail(new KError('VALUE', `polaritas rentang butuh target berbentuk "a–b", bukan ${kutip(T.kind === 'text' ? T.text : formatAngka(T.value))}`));
    const lr = R.kind === 'text' ? cariLabel(R.text, pengaturan) : null;
    const lt = T.kind === 'text' ? cariLabel(T.text, pengaturan) : null;
    if (R.kind === 'text' && !lr) return fail(new KError('VALUE', `realisasi ${kutip(R.text)} bukan angka dan bukan label yang dikenal (mis. ${contohLabel(pengaturan)})`));
    if (T.kind === 'text' && !lt) return fail(new KError('VALUE', `target ${kutip(T.text)} bukan angka dan bukan label yang dikenal (mis. ${contohLabel(pengaturan)})`));
    if (!lr || !lt) {
      return fail(new KError('VALUE', `realisasi dan target harus sama-sama label atau sama-sama angka (realisasi ${kutip(lr ? lr.label.kode : formatAngka((R as { value: number }).value))}, target ${kutip(lt ? lt.label.kode : formatAngka((T as { value: number }).value))})`));
    }
    if (lr.skala !== lt.skala) {
      return fail(new KError('VALUE', `label dari skala berbeda: realisasi ${lr.label.kode} (${lr.skala.nama}) dan target ${lt.label.kode} (${lt.skala.nama})`));
    }
    const h = capaianAngka(lr.label.skor, lt.label.skor, pol, batas, pengaturan);
    return { nilai: h.nilai, rumus: `skor ${lr.skala.nama}: ${lr.label.kode}=${formatAngka(lr.label.skor)}, ${lt.label.kode}=${formatAngka(lt.label.skor)}; ${h.rumus}` };
  }
  if (R.kind !== 'number' || T.kind !== 'number') return fail(new KError('VALUE', 'masukan tidak terbaca'));
  if (pol === 'rentang') return fail(new KError('VALUE', `polaritas rentang butuh target berbentuk "a–b", bukan ${formatAngka(T.value)}`));
  const unit = satuanBerbeda(R.value, T.value);
  if (unit) return fail(unit);
  return capaianAngka(R.value, T.value, pol, batas, pengaturan);
}

function capaianAngka(r: number, t: number, pol: Polaritas, batas: number | null, pengaturan: Pengaturan): HasilCapaian {
  if (t === 0) return { nilai: new KError('DIV0', 'target 0: capaian tidak dapat dihitung'), rumus: '' };
  const jenis = pol === 'negatif' && pengaturan.rumusNegatif === 'rasio' ? 'negatif-rasio' : pol;
  switch (jenis) {
    case 'positif':
      return terapkanBatas((r / t) * 100, batas, 'R / T × 100');
    case 'negatif':
      return terapkanBatas(Math.max(0, ((2 * t - r) / t) * 100), batas, '(2T − R) / T × 100, minimal 0');
    case 'negatif-rasio':
      if (r === 0) {
        if (batas !== null) return { nilai: batas, rumus: `T / R × 100 dengan R = 0: diberi batas atas ${formatAngka(batas)}` };
        return {
          nilai: new KError('DIV0', 'realisasi 0 pada polaritas negatif-rasio (T / R): isi batas_atas agar R = 0 diberi nilai maksimal'),
          rumus: '',
        };
      }
      return terapkanBatas((t / r) * 100, batas, 'T / R × 100');
  }
}

function capaianRentang(r: number, a: number, b: number, batas: number | null): HasilCapaian {
  const label = `rentang ${formatAngka(a)}–${formatAngka(b)}`;
  if (r >= a && r <= b) return terapkanBatas(100, batas, `${label}: di dalam rentang = 100`);
  if (r < a) {
    if (a === 0) return { nilai: new KError('DIV0', `batas bawah rentang 0: capaian di bawah rentang tidak dapat dihitung`), rumus: '' };
    return terapkanBatas((r / a) * 100, batas, `${label}: di bawah, R / a × 100`);
  }
  if (b === 0) return { nilai: new KError('DIV0', `batas atas rentang 0: capaian di atas rentang tidak dapat dihitung`), rumus: '' };
  return terapkanBatas(Math.max(0, ((2 * b - r) / b) * 100), batas, `${label}: di atas, (2b − R) / b × 100, minimal 0`);
}

export function capaian(
  realisasi: CellInput,
  target: CellInput,
  polaritas: CellInput = null,
  batasAtas: CellInput = null,
  pengaturan: Pengaturan = DEFAULT_PENGATURAN,
): CellOutput {
  return capaianDetail(realisasi, target, polaritas, batasAtas, pengaturan).nilai;
}

// ---------------------------------------------------------------------------
// Simple ratios

/** a / b × 100. Blank a → blank; b blank or 0 → #DIV/0!. */
export function rasio(aIn: CellInput, bIn: CellInput, namaA = 'pembilang', namaB = 'penyebut'): CellOutput {
  const A = parseCell(aIn);
  const B = parseCell(bIn);
  if (A.kind === 'error') return A.error;
  if (B.kind === 'error') return B.error;
  if (A.kind === 'blank') return null;
  if (B.kind === 'blank') return new KError('DIV0', `${namaB} kosong`);
  const a = requireNumber(A, namaA);
  if (isKError(a)) return a;
  const b = requireNumber(B, namaB);
  if (isKError(b)) return b;
  if (b === 0) return new KError('DIV0', `${namaB} 0: tidak dapat membagi`);
  return (a / b) * 100;
}

export function serapan(realisasiAnggaran: CellInput, pagu: CellInput): CellOutput {
  return rasio(realisasiAnggaran, pagu, 'realisasi anggaran', 'pagu');
}

// ---------------------------------------------------------------------------
// Efficiency (seed 001, IV.A): IE = output / input, SE = 1, TE = (IE − SE) / SE

export const STANDAR_EFISIENSI = 1;

function indeksEfisiensi(outIn: CellInput, inpIn: CellInput): number | null | KError {
  const O = parseCell(outIn);
  const I = parseCell(inpIn);
  if (O.kind === 'error') return O.error;
  if (I.kind === 'error') return I.error;
  if (O.kind === 'blank') return null;
  if (I.kind === 'blank') return new KError('DIV0', 'capaian input (serapan anggaran) kosong');
  const o = requireNumber(O, 'capaian output');
  if (isKError(o)) return o;
  const i = requireNumber(I, 'capaian input');
  if (isKError(i)) return i;
  if (i === 0) return new KError('DIV0', 'capaian input (serapan anggaran) 0: indeks efisiensi tidak dapat dihitung');
  return o / i;
}

export function efisiensi(out: CellInput, inp: CellInput): CellOutput {
  return indeksEfisiensi(out, inp);
}

/** TE in percent points: (IE − SE) / SE × 100, so 2,04 means 2,04 %. */
export function tingkatEfisiensi(out: CellInput, inp: CellInput): CellOutput {
  const ie = indeksEfisiensi(out, inp);
  if (ie === null || isKError(ie)) return ie;
  return ((ie - STANDAR_EFISIENSI) / STANDAR_EFISIENSI) * 100;
}

export function kategoriEfisiensi(out: CellInput, inp: CellInput): CellOutput {
  const ie = indeksEfisiensi(out, inp);
  if (ie === null || isKError(ie)) return ie;
  return ie >= STANDAR_EFISIENSI ? 'Efisien' : 'Tidak Efisien';
}

// ---------------------------------------------------------------------------
// Kriteria and predikat

/**
 * Relative tolerance for band edges: large enough for floating-point noise
 * (86,4 / 72 × 100 computes as 120.00000000000001, 1.4e-14 above 120), small
 * enough that a real difference such as 120,0000001 is judged as it is.
 */
const TOLERANSI = 1e-12;

/** The kriteria label of a capaian under the bands in use. Unrounded. */
export function kriteria(capaianIn: CellInput, pita: PitaKriteria[] = DEFAULT_PENGATURAN.kriteria): CellOutput {
  const P = parseCell(capaianIn);
  if (P.kind === 'blank') return null;
  const x = requireNumber(P, 'capaian');
  if (isKError(x)) return x;
  let hasil: string | null = null;
  for (const b of pita) {
    // Floating-point noise is not a value: 86,4 / 72 × 100 computes as 120.00000000000001.
    const eps = TOLERANSI * Math.max(1, Math.abs(b.bawah));
    if (b.termasukBawah ? x >= b.bawah - eps : x > b.bawah + eps) hasil = b.label;
  }
  if (hasil === null) {
    return new KError('NA', `capaian ${formatAngka(x)} di bawah batas terendah skala kriteria (${formatAngka(pita[0]?.bawah ?? NaN)})`);
  }
  return hasil;
}

/** Build bands from a 2-column table of (lower bound, label), as typed by the user. */
export function bacaSkalaKriteria(rows: CellInput[][]): PitaKriteria[] | KError {
  const pita: PitaKriteria[] = [];
  rows.forEach((row, i) => {
    const [b, l] = [parseCell(row[0]), parseCell(row[1])];
    if (b.kind === 'blank' && l.kind === 'blank') return;
    if (l.kind === 'blank') {
      pita.push({ bawah: NaN, termasukBawah: true, label: `__galat__baris ${i + 1}: label kosong` });
      return;
    }
    const label = l.kind === 'number' ? formatAngka(l.value) : l.kind === 'text' ? l.text : '';
    if (b.kind === 'blank') {
      pita.push({ bawah: i === 0 ? -Infinity : NaN, termasukBawah: true, label });
      return;
    }
    // "> 120": the band starts strictly above its bound (Tabel 3 writes "x > 120").
    const ketat = b.kind === 'text' ? b.text.match(/^>\s*(.+)$/) : null;
    const angkaKetat = ketat ? parseNumberText(ketat[1]) : null;
    if (angkaKetat) {
      pita.push({ bawah: angkaKetat.value, termasukBawah: false, label });
      return;
    }
    if (b.kind !== 'number') {
      pita.push({ bawah: NaN, termasukBawah: true, label: `__galat__baris ${i + 1}: batas bawah ${kutip(b.kind === 'text' ? b.text : '')} bukan angka (tulis angka, atau mis. "> 120" untuk "lebih dari 120")` });
      return;
    }
    pita.push({ bawah: b.value, termasukBawah: true, label });
  });
  const bad = pita.find((p) => isNaN(p.bawah));
  if (bad) {
    const msg = bad.label.startsWith('__galat__') ? bad.label.slice(9) : `batas bawah "${bad.label}" kosong`;
    return new KError('VALUE', `skala kriteria: ${msg}`);
  }
  if (pita.length === 0) return new KError('VALUE', 'skala kriteria kosong: isi 2 kolom (batas bawah, label)');
  for (let i = 1; i < pita.length; i++) {
    if (!(pita[i].bawah > pita[i - 1].bawah)) {
      return new KError('VALUE', `skala kriteria: batas bawah harus naik dari baris ke baris (baris ${i + 1}: ${formatAngka(pita[i].bawah)})`);
    }
  }
  return pita;
}

export function predikatAkip(nilaiIn: CellInput): CellOutput {
  const P = parseCell(nilaiIn);
  if (P.kind === 'blank') return null;
  const x = requireNumber(P, 'nilai AKIP');
  if (isKError(x)) return x;
  if (x < 0 || x > 100) return new KError('VALUE', `nilai AKIP ${formatAngka(x)} di luar rentang 0–100`);
  for (const [batas, label] of PREDIKAT_AKIP_BATAS) if (x >= batas - TOLERANSI * batas) return label;
  return 'D';
}

// ---------------------------------------------------------------------------
// NPS: Σ(bobot × capaian) / Σ bobot over indicators with a capaian

export interface ItemNps {
  capaian: CellInput;
  bobot?: CellInput;
  /** Where the item sits, for messages ("baris 3", "F12"). */
  lokasi?: string;
}

export function nps(items: ItemNps[]): CellOutput {
  let sum = 0;
  let sumBobot = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const where = it.lokasi ?? `baris ${i + 1}`;
    const C = parseCell(it.capaian);
    if (C.kind === 'blank') continue;
    if (C.kind === 'error') return new KError(C.error.code, `capaian ${where}: ${C.error.message}`);
    if (C.kind === 'text') return new KError('VALUE', `capaian ${where} ${kutip(C.text)} bukan angka`);
    const B = parseCell(it.bobot);
    let w = 1;
    if (B.kind === 'error') return new KError(B.error.code, `bobot ${where}: ${B.error.message}`);
    if (B.kind === 'text') return new KError('VALUE', `bobot ${where} ${kutip(B.text)} bukan angka`);
    if (B.kind === 'number') w = B.value;
    if (!(w > 0)) return new KError('VALUE', `bobot ${where} ${formatAngka(w)} harus lebih dari 0`);
    sum += w * C.value;
    sumBobot += w;
  }
  if (sumBobot === 0) return null;
  return sum / sumBobot;
}

/** Plain mean of non-blank values (perspective NPS from sasaran NPS), optionally weighted. */
export function rataRata(values: CellInput[], bobot?: CellInput[]): CellOutput {
  return nps(values.map((c, i) => ({ capaian: c, bobot: bobot ? bobot[i] : null })));
}

// ---------------------------------------------------------------------------
// Quarterly targets

export type PolaTarget = 'akhir' | 'tetap' | 'kumulatif';

export function bacaPola(p: Parsed): PolaTarget | KError {
  if (p.kind === 'blank') return 'kumulatif';
  if (p.kind === 'error') return p.error;
  const t = p.kind === 'text' ? p.text.trim().toLowerCase() : String(p.value);
  if (t === 'akhir' || t.startsWith('akhir ') || t === 'diukur pada akhir tahun') return 'akhir';
  if (t === 'tetap') return 'tetap';
  if (t === 'kumulatif') return 'kumulatif';
  return new KError('VALUE', `pola target ${kutip(t)} tidak dikenal: pakai "akhir", "tetap" atau "kumulatif"`);
}

/** Quarter number 1..4 from 1, "TW II", "B6", "Triwulan 3" ... */
export function bacaTriwulan(p: Parsed): number | KError {
  if (p.kind === 'error') return p.error;
  if (p.kind === 'blank') return new KError('VALUE', 'triwulan kosong: isi 1, 2, 3 atau 4');
  if (p.kind === 'number') {
    if (Number.isInteger(p.value) && p.value >= 1 && p.value <= 4) return p.value;
    return new KError('VALUE', `triwulan ${formatAngka(p.value)} harus 1, 2, 3 atau 4`);
  }
  const t = p.text.trim().toUpperCase().replace(/^(TRIWULAN|TW)\s*/, '');
  const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, B3: 1, B6: 2, B9: 3, B12: 4 };
  if (roman[t] !== undefined) return roman[t];
  if (/^[1-4]$/.test(t)) return Number(t);
  return new KError('VALUE', `triwulan ${kutip(p.text)} tidak dikenal: isi 1–4, "TW II" atau "B6"`);
}

export function targetTriwulan(targetIn: CellInput, triwulanIn: CellInput, polaIn: CellInput = null): CellOutput {
  const T = parseCell(targetIn);
  if (T.kind === 'error') return T.error;
  const q = bacaTriwulan(parseCell(triwulanIn));
  if (isKError(q)) return q;
  const pola = bacaPola(parseCell(polaIn));
  if (isKError(pola)) return pola;
  if (T.kind === 'blank') return null;
  if (T.kind === 'text' && !bacaRentang(T.text) && !cariLabel(T.text)) {
    return new KError('VALUE', `target ${kutip(T.text)} bukan angka, rentang "a–b", atau label yang dikenal (mis. WTP, AA)`);
  }
  if (pola === 'akhir') return q === 4 ? keluaran(T) : null;
  if (pola === 'tetap') return keluaran(T);
  if (T.kind !== 'number') return new KError('VALUE', `target ${kutip(T.text)} bukan angka: pola kumulatif butuh target angka`);
  return (T.value * q) / 4;
}

/** A parsed value handed back as a cell: numbers as numbers, labels as text. */
function keluaran(p: Parsed): CellOutput {
  if (p.kind === 'number') return p.value;
  if (p.kind === 'text') return p.text;
  if (p.kind === 'error') return p.error;
  return null;
}

export function angka(teks: CellInput): CellOutput {
  const P = parseCell(teks);
  if (P.kind === 'blank') return null;
  if (P.kind === 'error') return P.error;
  if (P.kind === 'text') return new KError('VALUE', `${kutip(P.text)} bukan angka`);
  return P.value;
}
