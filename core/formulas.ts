/**
 * The domain formulas of DOMAIN.md: capaian, rasio, NPS, kriteria, predikat,
 * serapan, efisiensi, target per periode. Each works on one parsed cell set and
 * answers a CellOutput (number, text, null = blank, or KError). Nothing rounds.
 */
import {
  CellInput,
  CellOutput,
  KError,
  Parsed,
  angkaHingga,
  bacaAngkaBersatuan,
  formatAngka,
  isKError,
  kutip,
  parseCell,
  parseNumberText,
  petunjukAngka,
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
    const tempat = nama ? ` (skala ${kutip(nama)})` : '';
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
  // Text written like a band ("80--90" too) is judged as a band, never as a label.
  return R.kind === 'text' || (T.kind === 'text' && periksaRentang(T.text) === null);
}

// ---------------------------------------------------------------------------
// Polaritas and targets

export function bacaPolaritas(p: Parsed): Polaritas | 'rentang' | KError {
  if (p.kind === 'blank') return 'positif';
  if (p.kind === 'error') return p.error;
  const saran = 'pakai "positif", "negatif", "negatif-rasio" atau "rentang"';
  if (p.kind === 'number') return new KError('VALUE', `polaritas ${kutip(p.text ?? String(p.value))} tidak dikenal: ${saran}`);
  const t = p.text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (['positif', 'positive', '+', 'maks', 'maksimal', 'naik'].includes(t)) return 'positif';
  if (['negatif', 'negative', '-', 'minimal', 'turun'].includes(t)) return 'negatif';
  if (['negatif-rasio', 'negative-ratio', 'rasio-negatif'].includes(t)) return 'negatif-rasio';
  if (['rentang', 'range'].includes(t)) return 'rentang';
  return new KError('VALUE', `polaritas ${kutip(p.text)} tidak dikenal: ${saran}`);
}

/** A target band "a–b" with a ≤ b (a = b only when written with equal bounds). */
export interface Rentang {
  bawah: number;
  atas: number;
}

/** Separators of a band: en or em dash, hyphen, "s.d.", "s/d", "sampai (dengan)". */
const PEMISAH_RENTANG = /(?:–|—|-|s\.?\s?d\.?|s\/d|sampai(?:\s+dengan)?)/iy;

/** One bound of a band: a number, also with a unit or rank word ("10–15 tahun"). */
function angkaBatas(s: string): number | null {
  const n = parseNumberText(s.trim()) ?? bacaAngkaBersatuan(s.trim());
  return n ? n.value : null;
}

/**
 * A target written as a band (DOMAIN.md): "a–b", "a-b", "a - b", "a s.d. b"
 * (also "a s/d b", "a sampai dengan b") with a < b. Answers the band, null when
 * the text is not written as a band at all, or a #VALUE! naming the text when
 * it is written like one but can't be read as one band:
 * - "90-80" (descending) and "80--90" (two dashes in a row: a typo, never read
 *   as the band from −90 to 80);
 * - text that splits into two numbers in more than one way.
 * Equal bounds ("80–80") read as that one number (capaian treats it as T = 80).
 * Negative bounds are allowed where they can't be mistaken: "-5–5", "-5 - 5",
 * "-10 s.d. -5", "-10 – -5" (a space or "s.d." before the minus of the upper
 * bound); a band whose formula would divide by a bound ≤ 0 is refused by capaian.
 */
export function periksaRentang(text: string): Rentang | KError | null {
  const t = text.trim();
  if (!/\d/.test(t)) return null;
  const saranNegatif = 'batas negatif ditulis dengan spasi atau "s.d." (mis. "-10 s.d. -5")';
  if (/[-–—]{2}/.test(t)) {
    // "80--90", "80––90": a typo, never the band from −90 to 80. Say what one dash would have read.
    const satu = periksaRentang(t.replace(/[-–—]{2,}/, '–'));
    if (satu === null) return null;
    const misal = !isKError(satu) && satu.bawah >= 0 ? `, mis. "${formatAngka(satu.bawah)}–${formatAngka(satu.atas)}"` : '';
    return new KError('VALUE', `target rentang ${kutip(text)} tidak terbaca: ada dua tanda hubung berurutan. Tulis "a–b" dengan a < b${misal}; ${saranNegatif}`);
  }
  const cocok: Rentang[] = [];
  for (let i = 1; i < t.length; i++) {
    PEMISAH_RENTANG.lastIndex = i;
    const m = PEMISAH_RENTANG.exec(t);
    if (!m) continue;
    const a = angkaBatas(t.slice(0, i));
    const b = angkaBatas(t.slice(i + m[0].length));
    if (a !== null && b !== null) cocok.push({ bawah: a, atas: b });
  }
  if (cocok.length === 0) return null;
  if (cocok.length > 1) {
    return new KError('VALUE', `target rentang ${kutip(text)} dapat dibaca lebih dari satu cara: tulis "a–b" dengan a < b; ${saranNegatif}`);
  }
  const r = cocok[0];
  if (r.bawah > r.atas) {
    return new KError('VALUE', `target rentang ${kutip(text)} terbalik: batas bawah ${formatAngka(r.bawah)} lebih besar dari batas atas ${formatAngka(r.atas)}. Tulis "${formatAngka(r.atas)}–${formatAngka(r.bawah)}"`);
  }
  return r;
}

/** A band "a–b" (see periksaRentang), or null when the text is not a readable band. */
export function bacaRentang(text: string): Rentang | null {
  const r = periksaRentang(text);
  return r === null || isKError(r) ? null : r;
}

/** The formula a polaritas stands for under Pengaturan ("negatif" is T / R when rumusNegatif is "rasio"). */
export type JenisRumus = Polaritas | 'rentang';

export function jenisRumus(pol: JenisRumus, pengaturan: Pengaturan = DEFAULT_PENGATURAN): JenisRumus {
  return pol === 'negatif' && pengaturan.rumusNegatif === 'rasio' ? 'negatif-rasio' : pol;
}

/** One computed capaian before "minimal 0", the overflow check and the cap. */
type Mentah = { x: number; rumus: string; minimal0: boolean } | KError | 'R0';

/**
 * DOMAIN.md's capaian table, one formula per case, and nothing else: the guard
 * (satuanBerbeda) and capaianDetail both use it, so they can't drift.
 * 'R0' = a T / R formula with R = 0 (capaianDetail gives the cap, or #DIV/0!).
 *
 * Single target T: positif R/T×100; negatif (2T−R)/T×100 (min 0); negatif-rasio T/R×100;
 * rentang needs a band. A blank polaritas arrives here as positif (bacaPolaritas),
 * also with a band: beating it is rewarded (92 against 80–90 → 102,22).
 * Band a–b (a < b); inside [a, b] → 100; outside, by the near bound n (a below, b above):
 *   positif        R/n×100            (beating the band is rewarded)
 *   negatif        (2n−R)/n×100, min 0 (lower is better: 6,5 against 7–8 → 107,14)
 *   rentang        below R/a×100, above (2b−R)/b×100 min 0 (leaving the band is worse)
 *   negatif-rasio  n/R×100            (T/R with the near bound; R = 0 as for T/R)
 * A near bound of 0 is a #DIV/0!, a negative one a #VALUE! (the ratio means nothing).
 */
function hitungMentah(r: number, t: number | Rentang, jenis: JenisRumus): Mentah {
  if (typeof t === 'number') {
    if (t === 0) return new KError('DIV0', 'target 0: capaian tidak dapat dihitung');
    switch (jenis) {
      case 'positif':
        return { x: (r / t) * 100, rumus: 'R / T × 100', minimal0: false };
      case 'negatif':
        return { x: ((2 * t - r) / t) * 100, rumus: '(2T − R) / T × 100, minimal 0', minimal0: true };
      case 'negatif-rasio':
        return r === 0 ? 'R0' : { x: (t / r) * 100, rumus: 'T / R × 100', minimal0: false };
      case 'rentang':
        return new KError('VALUE', `polaritas rentang butuh target berbentuk "a–b", bukan ${formatAngka(t)}`);
    }
  }
  const { bawah: a, atas: b } = t;
  const label = `rentang ${formatAngka(a)}–${formatAngka(b)}`;
  if (r >= a && r <= b) return { x: 100, rumus: `${label}: di dalam rentang = 100`, minimal0: false };
  const bawah = r < a;
  const n = bawah ? a : b;
  const sisi = bawah ? 'di bawah' : 'di atas';
  const nama = bawah ? 'a' : 'b';
  if (jenis === 'negatif-rasio') {
    return r === 0 ? 'R0' : { x: (n / r) * 100, rumus: `${label}: ${sisi}, ${nama} / R × 100`, minimal0: false };
  }
  if (n <= 0) {
    const batas = bawah ? 'batas bawah' : 'batas atas';
    if (n === 0) return new KError('DIV0', `${batas} ${label} 0: capaian ${sisi} rentang tidak dapat dihitung`);
    return new KError('VALUE', `${batas} ${label} negatif (${formatAngka(n)}): capaian ${sisi} rentang dibagi batas itu dan tidak bermakna; pakai rentang dengan batas positif`);
  }
  const selisih = jenis === 'negatif' || (jenis === 'rentang' && !bawah);
  if (selisih) return { x: ((2 * n - r) / n) * 100, rumus: `${label}: ${sisi}, (2${nama} − R) / ${nama} × 100, minimal 0`, minimal0: true };
  return { x: (r / n) * 100, rumus: `${label}: ${sisi}, R / ${nama} × 100`, minimal0: false };
}

// ---------------------------------------------------------------------------
// Units guard

/**
 * Units guard (DOMAIN.md): a cell holding 1 formatted as 100 % arrives as 1, so
 * a target typed 100% against a realisasi typed 99,44 gives 9944. A pair is
 * flagged only when the capaian as typed is implausible and multiplying one
 * side by SATUAN_FAKTOR makes the two of plausible relative size:
 *
 *   c0 = capaian(R, T) under the row's formula, "minimal 0" applied, no cap
 *   r1 = rasio(R × 100, T)      r2 = rasio(R, T × 100)
 *   wajar(x) = SATUAN_WAJAR_MIN ≤ x ≤ SATUAN_WAJAR_MAKS
 *   satuanBerbeda = c0 computable AND NOT wajar(c0) AND (wajar(r1) OR wajar(r2))
 *
 * rasio is the row's formula in its ratio form: R / T × 100 (positif, negatif,
 * rentang) or T / R × 100 (negatif-rasio); against a band "a–b" it is 100
 * inside and R / n × 100 (n / R × 100) against the near bound n outside; a band
 * target T × 100 is both bounds × 100. A value that can't be computed (target 0,
 * R = 0 under T / R, a near bound ≤ 0) is not wajar; when c0 itself can't be
 * computed the pair is not flagged (capaian reports that error instead).
 *
 * Why the ratio form after rescaling: (2T − R) / T is close to 200 whenever R is
 * small next to T, so T × 100 would make almost any negatif pair "plausible"
 * (25 against 10, capaian 0, would read as 197,5). For positif and negatif-rasio
 * the ratio form is the formula itself, so for them with one number this is
 * c0 in [0,2; 5] or [2 000; 50 000].
 *
 * So 0,9944 against 100 and 99,44 against 1 are mismatches; 0,01 against 3
 * negatif (199,67), 0,16 against 0,19 (84,21) and 25 against 10 negatif (0) compute.
 * Answers which side looks like a fraction of 100 ('realisasi': r1 is wajar;
 * checked first), or null.
 */
export const SATUAN_WAJAR_MIN = 20;
export const SATUAN_WAJAR_MAKS = 500;
export const SATUAN_FAKTOR = 100;

function capaianPolos(r: number, t: number | Rentang, jenis: JenisRumus): number | null {
  const h = hitungMentah(r, t, jenis);
  if (h === 'R0' || isKError(h)) return null;
  return h.minimal0 ? Math.max(0, h.x) : h.x;
}

function wajar(c: number | null): boolean {
  return c !== null && c >= SATUAN_WAJAR_MIN && c <= SATUAN_WAJAR_MAKS;
}

export function satuanBerbeda(r: number, t: number | Rentang, polaritas: JenisRumus = 'positif'): 'realisasi' | 'target' | null {
  const c0 = capaianPolos(r, t, polaritas);
  // A capaian that can't be computed says so itself (target 0, a bound ≤ 0): not a units question.
  if (c0 === null || wajar(c0)) return null;
  const rasio: JenisRumus = polaritas === 'negatif-rasio' ? 'negatif-rasio' : 'positif';
  if (wajar(capaianPolos(r * SATUAN_FAKTOR, t, rasio))) return 'realisasi';
  const t100 = typeof t === 'number' ? t * SATUAN_FAKTOR : { bawah: t.bawah * SATUAN_FAKTOR, atas: t.atas * SATUAN_FAKTOR };
  if (wajar(capaianPolos(r, t100, rasio))) return 'target';
  return null;
}

/** satuanBerbeda as the #VALUE! a cell shows, saying which side to retype and how. */
export function galatSatuanBerbeda(r: number, t: number | Rentang, polaritas: JenisRumus = 'positif'): KError | null {
  const sisi = satuanBerbeda(r, t, polaritas);
  if (sisi === null) return null;
  const kali = (x: number): string => formatAngka(x * SATUAN_FAKTOR);
  const tTeks = typeof t === 'number' ? formatAngka(t) : `${formatAngka(t.bawah)}–${formatAngka(t.atas)}`;
  const tKali = typeof t === 'number' ? kali(t) : `${kali(t.bawah)}–${kali(t.atas)}`;
  if (sisi === 'target') {
    return new KError(
      'VALUE',
      `satuan berbeda: target ${tTeks} tampaknya pecahan (${tKali}%), realisasi ${formatAngka(r)} dalam poin persen. Samakan satuannya (mis. ketik target ${tKali})`,
    );
  }
  return new KError(
    'VALUE',
    `satuan berbeda: realisasi ${formatAngka(r)} tampaknya pecahan (${kali(r)}%), target ${tTeks} dalam poin persen. Samakan satuannya (mis. ketik realisasi ${kali(r)})`,
  );
}

// ---------------------------------------------------------------------------
// Capaian

export interface HasilCapaian {
  nilai: CellOutput;
  /** Which formula produced the number, for tooltips and notes. */
  rumus: string;
}

/**
 * The cap in force: the batas_atas argument, else Pengaturan's. A cap below 100
 * is an error naming it (DOMAIN.md): 120 % typed in a percent cell arrives as 1,2.
 */
function bacaBatasAtas(p: Parsed, pengaturan: Pengaturan): number | null | KError {
  const dariPengaturan = p.kind === 'blank';
  if (dariPengaturan && pengaturan.batasAtas === null) return null;
  const nama = dariPengaturan ? 'batas atas capaian di Pengaturan' : 'batas_atas';
  const n = dariPengaturan ? (pengaturan.batasAtas as number) : requireNumber(p, 'batas_atas');
  if (isKError(n)) return n;
  if (!(n >= 100)) {
    // 1,2 is 120 % stored by a percent-formatted cell.
    const persen = n >= 1 && n <= 10;
    const saran = persen
      ? `; bila maksudnya ${formatAngka(n * SATUAN_FAKTOR)}%, ketik ${formatAngka(n * SATUAN_FAKTOR)} (sel berformat persen menyimpan ${formatAngka(n * SATUAN_FAKTOR)}% sebagai ${formatAngka(n)})`
      : '';
    return new KError('VALUE', `${nama} ${formatAngka(n)} di bawah 100: batas atas capaian paling kecil 100${saran}`);
  }
  return n;
}

/**
 * Capaian of one indicator (DOMAIN.md "Capaian"). Blank realisasi → blank;
 * target blank or 0 → #DIV/0!; unknown text → #VALUE! naming it; a result
 * beyond a spreadsheet's numbers → #NUM! saying so. A blank polaritas is
 * positif, also with a band target. `satuan`: the row's satuan, when the caller
 * knows it, so "7 laporan keuangan" reads as 7 (common units are read anyway).
 */
export function capaianDetail(
  realisasiIn: CellInput,
  targetIn: CellInput,
  polaritasIn: CellInput = null,
  batasIn: CellInput = null,
  pengaturan: Pengaturan = DEFAULT_PENGATURAN,
  satuan: string | null = null,
): HasilCapaian {
  const R = parseCell(realisasiIn, satuan);
  const T = parseCell(targetIn, satuan);
  const fail = (e: KError): HasilCapaian => ({ nilai: e, rumus: '' });
  if (R.kind === 'error') return fail(R.error);
  if (T.kind === 'error') return fail(T.error);
  const pol = bacaPolaritas(parseCell(polaritasIn));
  if (isKError(pol)) return fail(pol);
  const batas = bacaBatasAtas(parseCell(batasIn), pengaturan);
  if (isKError(batas)) return fail(batas);
  if (R.kind === 'blank') return { nilai: null, rumus: 'realisasi kosong' };
  if (T.kind === 'blank') return fail(new KError('DIV0', 'target kosong: isi target indikator'));
  const jenis = jenisRumus(pol, pengaturan);

  if (T.kind === 'text') {
    // A band "a–b" (or text written like one that can't be read: an error, never another band).
    const rentang = periksaRentang(T.text);
    if (isKError(rentang)) return fail(rentang);
    if (rentang) {
      if (R.kind !== 'number') return fail(new KError('VALUE', `realisasi ${kutip(R.kind === 'text' ? R.text : '')} bukan angka, padahal target berupa rentang ${kutip(T.text)}${R.kind === 'text' ? petunjukAngka(R.text) : ''}`));
      // Equal bounds are that one number (for "rentang" a band of one point).
      const t = rentang.bawah === rentang.atas && jenis !== 'rentang' ? rentang.bawah : rentang;
      return hitungCapaian(R.value, t, jenis, batas);
    }
  }
  // Qualitative: both labels on the same scale.
  if (R.kind === 'text' || T.kind === 'text') {
    if (pol === 'rentang') return fail(new KError('VALUE', `polaritas rentang butuh target berbentuk "a–b", bukan ${kutip(T.kind === 'text' ? T.text : formatAngka(T.value))}`));
    const lr = R.kind === 'text' ? cariLabel(R.text, pengaturan) : null;
    const lt = T.kind === 'text' ? cariLabel(T.text, pengaturan) : null;
    if (R.kind === 'text' && !lr) return fail(new KError('VALUE', `realisasi ${kutip(R.text)} bukan angka dan bukan label yang dikenal (mis. ${contohLabel(pengaturan)})${petunjukAngka(R.text)}`));
    if (T.kind === 'text' && !lt) return fail(new KError('VALUE', `target ${kutip(T.text)} bukan angka dan bukan label yang dikenal (mis. ${contohLabel(pengaturan)})${petunjukAngka(T.text)}`));
    if (!lr || !lt) {
      return fail(new KError('VALUE', `realisasi dan target harus sama-sama label atau sama-sama angka (realisasi ${kutip(lr ? lr.label.kode : formatAngka((R as { value: number }).value))}, target ${kutip(lt ? lt.label.kode : formatAngka((T as { value: number }).value))})`));
    }
    if (lr.skala !== lt.skala) {
      return fail(new KError('VALUE', `label dari skala berbeda: realisasi ${lr.label.kode} (${lr.skala.nama}) dan target ${lt.label.kode} (${lt.skala.nama})`));
    }
    // Scores are not a unit: no guard between them.
    const h = hitungCapaian(lr.label.skor, lt.label.skor, jenis, batas, false);
    return { nilai: h.nilai, rumus: `skor ${lr.skala.nama}: ${lr.label.kode}=${formatAngka(lr.label.skor)}, ${lt.label.kode}=${formatAngka(lt.label.skor)}; ${h.rumus}` };
  }
  if (R.kind !== 'number' || T.kind !== 'number') return fail(new KError('VALUE', 'masukan tidak terbaca'));
  return hitungCapaian(R.value, T.value, jenis, batas);
}

/** The units guard, the formula, "minimal 0", the overflow check and the cap, in that order. */
function hitungCapaian(r: number, t: number | Rentang, jenis: JenisRumus, batas: number | null, cekSatuan = true): HasilCapaian {
  const fail = (e: KError): HasilCapaian => ({ nilai: e, rumus: '' });
  if (cekSatuan) {
    const unit = galatSatuanBerbeda(r, t, jenis);
    if (unit) return fail(unit);
  }
  const h = hitungMentah(r, t, jenis);
  if (isKError(h)) return fail(h);
  if (h === 'R0') {
    if (batas !== null) return { nilai: batas, rumus: `T / R × 100 dengan R = 0: diberi batas atas ${formatAngka(batas)}` };
    return fail(new KError('DIV0', 'realisasi 0 pada polaritas negatif-rasio (T / R): isi batas_atas agar R = 0 diberi nilai maksimal'));
  }
  // Overflow is judged before "minimal 0", as a spreadsheet formula would show #NUM! there.
  const x = angkaHingga(h.x, 'capaian');
  if (isKError(x)) return fail(x);
  const nilai = h.minimal0 ? Math.max(0, x) : x;
  if (batas !== null && nilai > batas) return { nilai: batas, rumus: `${h.rumus}, dibatasi ${formatAngka(batas)}` };
  return { nilai, rumus: h.rumus };
}

export function capaian(
  realisasi: CellInput,
  target: CellInput,
  polaritas: CellInput = null,
  batasAtas: CellInput = null,
  pengaturan: Pengaturan = DEFAULT_PENGATURAN,
  satuan: string | null = null,
): CellOutput {
  return capaianDetail(realisasi, target, polaritas, batasAtas, pengaturan, satuan).nilai;
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
  return angkaHingga((a / b) * 100, `${namaA} / ${namaB} × 100`);
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
  return angkaHingga(o / i, 'indeks efisiensi (capaian output / capaian input)');
}

export function efisiensi(out: CellInput, inp: CellInput): CellOutput {
  return indeksEfisiensi(out, inp);
}

/**
 * TE = (IE − SE) / SE, a ratio like IE, not percent points (DOMAIN.md; seed 001
 * prints IE 1,08 and TE 0,08 for output 106,23 against input 98,02).
 */
export function tingkatEfisiensi(out: CellInput, inp: CellInput): CellOutput {
  const ie = indeksEfisiensi(out, inp);
  if (ie === null || isKError(ie)) return ie;
  return angkaHingga((ie - STANDAR_EFISIENSI) / STANDAR_EFISIENSI, 'tingkat efisiensi');
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
export const TOLERANSI_KRITERIA = 1e-12;
const TOLERANSI = TOLERANSI_KRITERIA;

/**
 * The effective threshold E of a band: bawah − eps for an inclusive lower bound,
 * bawah + eps for a strict one, eps = TOLERANSI_KRITERIA × max(1, |bawah|);
 * −∞ stays −∞. kriteria(x) is the band with the largest E ≤ x (the later band
 * on a tie), so a native formula comparing x with these E gives the same label.
 */
export function ambangKriteria(p: PitaKriteria): number {
  if (!isFinite(p.bawah)) return p.bawah;
  const eps = TOLERANSI_KRITERIA * Math.max(1, Math.abs(p.bawah));
  return p.termasukBawah ? p.bawah - eps : p.bawah + eps;
}

/** The kriteria label of a capaian under the bands in use (default: BPOM Tabel 3). Unrounded. */
export function kriteria(capaianIn: CellInput, pita: readonly PitaKriteria[] = DEFAULT_PENGATURAN.kriteria): CellOutput {
  const P = parseCell(capaianIn);
  if (P.kind === 'blank') return null;
  const x = requireNumber(P, 'capaian');
  if (isKError(x)) return x;
  let hasil: string | null = null;
  let terbesar = -Infinity;
  for (const b of pita) {
    const e = ambangKriteria(b);
    if (x >= e && (hasil === null || e >= terbesar)) {
      hasil = b.label;
      terbesar = e;
    }
  }
  if (hasil === null) {
    return new KError('NA', `capaian ${formatAngka(x)} di bawah batas terendah skala kriteria (${formatAngka(Math.min(...pita.map((b) => b.bawah)))})`);
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
    const label = l.kind === 'number' ? (l.text ?? formatAngka(l.value)).trim() : l.kind === 'text' ? l.text : '';
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
  return angkaHingga(sum / sumBobot, 'NPS (Σ bobot × capaian / Σ bobot)');
}

/** Plain mean of non-blank values (perspective NPS from sasaran NPS), optionally weighted. */
export function rataRata(values: CellInput[], bobot?: CellInput[]): CellOutput {
  return nps(values.map((c, i) => ({ capaian: c, bobot: bobot ? bobot[i] : null })));
}

// ---------------------------------------------------------------------------
// Targets per period

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

/**
 * Periods per year (DOMAIN.md "RAPK"): the period is a setting. Each period k of
 * n ends at month B(12·k/n): triwulan B3, B6, B9, B12 (the default), bulanan
 * B1..B12, semester B6, B12, tahunan B12.
 */
export const PERIODE_PER_TAHUN = { bulanan: 12, triwulan: 4, semester: 2, tahunan: 1 } as const;
/** n may be any divisor of 12: a period always ends at the end of a month. */
const JUMLAH_PERIODE_SAH = [1, 2, 3, 4, 6, 12];
const NAMA_PERIODE: Record<number, string> = { 1: 'periode tahunan', 2: 'semester', 3: 'caturwulan', 4: 'triwulan', 6: 'periode dwibulanan', 12: 'bulan' };

/** The month columns of n periods: kolomPeriode(4) = B3, B6, B9, B12. */
export function kolomPeriode(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `B${((i + 1) * 12) / n}`);
}

function daftarPeriode(n: number): string {
  if (n === 1) return '1';
  if (n <= 4) return `${Array.from({ length: n - 1 }, (_, i) => i + 1).join(', ')} atau ${n}`;
  return `1–${n}`;
}

const ROMAWI: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12 };

/** The number of periods in a year: 1, 2, 3, 4, 6 or 12 (a number, or "triwulan", "bulanan" ...). */
export function bacaJumlahPeriode(p: Parsed): number | KError {
  if (p.kind === 'error') return p.error;
  if (p.kind === 'number' && JUMLAH_PERIODE_SAH.includes(p.value)) return p.value;
  if (p.kind === 'text') {
    const n = (PERIODE_PER_TAHUN as Record<string, number>)[p.text.trim().toLowerCase()];
    if (n !== undefined) return n;
  }
  const teks = p.kind === 'blank' ? 'kosong' : kutip(p.kind === 'text' ? p.text : formatAngka(p.value));
  return new KError('VALUE', `jumlah periode ${teks} tidak dikenal: isi 12 (bulanan), 4 (triwulan), 2 (semester) atau 1 (tahunan)`);
}

/**
 * Period k of n (1..n) from 2, "B6" (month 6 ends period 12·k/n), "TW II" or
 * "Triwulan 2" (n = 4), "Semester II" or "S2" (n = 2), "Bulan 3" (n = 12).
 */
export function bacaPeriode(p: Parsed, n: number): number | KError {
  const nama = NAMA_PERIODE[n] ?? 'periode';
  if (p.kind === 'error') return p.error;
  if (p.kind === 'blank') return new KError('VALUE', `${nama} kosong: isi ${daftarPeriode(n)}`);
  if (p.kind === 'number') {
    if (Number.isInteger(p.value) && p.value >= 1 && p.value <= n) return p.value;
    return new KError('VALUE', `${nama} ${formatAngka(p.value)} harus ${daftarPeriode(n)}`);
  }
  const t = p.text.trim().toUpperCase();
  const bulan = t.match(/^B\s*(\d{1,2})$/);
  const langkah = 12 / n;
  if (bulan) {
    const m = Number(bulan[1]);
    if (m >= 1 && m <= 12 && m % langkah === 0) return m / langkah;
  } else {
    const awalan = n === 4 ? /^(TRIWULAN|TW)\s*/ : n === 2 ? /^(SEMESTER|SMT|S)\s*/ : n === 12 ? /^(BULAN)\s*/ : /^(PERIODE)\s*/;
    const sisa = t.replace(awalan, '');
    const k = ROMAWI[sisa] ?? (/^\d{1,2}$/.test(sisa) ? Number(sisa) : NaN);
    if (k >= 1 && k <= n) return k;
  }
  const contoh = n === 4 ? ', "TW II"' : n === 2 ? ', "Semester II"' : '';
  return new KError('VALUE', `${nama} ${kutip(p.text)} tidak dikenal: isi ${n === 1 ? '1' : `1–${n}`}${contoh} atau "B${langkah * Math.min(2, n)}"`);
}

/** Quarter number 1..4 from 1, "TW II", "B6", "Triwulan 3" ... */
export function bacaTriwulan(p: Parsed): number | KError {
  return bacaPeriode(p, 4);
}

/**
 * The target of period k of n from the annual target T by pola (DOMAIN.md "RAPK"):
 * kumulatif T·k/n, tetap T every period, akhir only at k = n (blank before).
 * Labels and bands are handed back as text (tetap, akhir); kumulatif needs a number.
 */
export function targetPeriode(targetIn: CellInput, kIn: CellInput, nIn: CellInput, polaIn: CellInput = null): CellOutput {
  const T = parseCell(targetIn);
  if (T.kind === 'error') return T.error;
  const n = bacaJumlahPeriode(parseCell(nIn));
  if (isKError(n)) return n;
  const k = bacaPeriode(parseCell(kIn), n);
  if (isKError(k)) return k;
  const pola = bacaPola(parseCell(polaIn));
  if (isKError(pola)) return pola;
  if (T.kind === 'blank') return null;
  if (T.kind === 'text') {
    const r = periksaRentang(T.text);
    if (isKError(r)) return r;
    if (!r && !cariLabel(T.text)) return new KError('VALUE', `target ${kutip(T.text)} bukan angka, rentang "a–b", atau label yang dikenal (mis. WTP, AA)${petunjukAngka(T.text)}`);
  }
  if (pola === 'akhir') return k === n ? keluaran(T) : null;
  if (pola === 'tetap') return keluaran(T);
  if (T.kind !== 'number') return new KError('VALUE', `target ${kutip(T.text)} bukan angka: pola kumulatif butuh target angka`);
  return angkaHingga((T.value * k) / n, 'target periode');
}

/** targetPeriode with n = 4: B3, B6, B9, B12. */
export function targetTriwulan(targetIn: CellInput, triwulanIn: CellInput, polaIn: CellInput = null): CellOutput {
  return targetPeriode(targetIn, triwulanIn, 4, polaIn);
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
  if (P.kind === 'text') return new KError('VALUE', `${kutip(P.text)} bukan angka${petunjukAngka(P.text)}`);
  return P.value;
}
