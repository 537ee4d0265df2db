/**
 * RAPK (Rencana Aksi Perjanjian Kinerja): one row per PK indicator, where the
 * figures of every period are typed (Pembilang a, Penyebut b, or Realisasi
 * directly). Everything else is copied from the PK when the table is written
 * or computed by native formulas (core/rumus.ts), so the sheet keeps its numbers
 * without Kinerja:
 *
 *   fixed columns   from the PK (polaritas, pola, bobot and target as Kinerja reads them)
 *   Target Bk       the pola spread over the periods (a formula; a target typed
 *                   for a kumulatif indicator is the user's and stays)
 *   per period      Pembilang (a), Penyebut (b), Realisasi (a / b × 100 unless typed),
 *                   Capaian, Kriteria (from Pengaturan's bands in force)
 *   NPS Sasaran Bk  on the first row of each sasaran
 *   helper columns  the PK cells the row was made from, the row's PK row by Kode,
 *                   and "Cek PK": whether the PK still says the same. The banner
 *                   above the table counts them, so the sheet itself says when the
 *                   PK changed since it was made.
 */
import { CellInput, isKError, kutip, parseCell } from '../values';
import { rasio } from '../formulas';
import { FORMAT, RAPK_KOLOM_BANTU, RAPK_KOLOM_TETAP, SHEET, rapkBlok, rapkHeaders, rapkKolom, rapkNpsHeader, rapkTargetHeader } from '../layout';
import { SEMUA_PERIODE, daftarPeriode, JenisPeriode } from '../periode';
import { kunciKode } from '../pk';
import { BentukTarget, KonteksRumus, rumusCapaian, rumusKriteria, rumusNps, rumusPolaritasBerlaku, rumusRealisasiAb, rumusTargetPeriode, teksRumus } from '../rumus';
import { BarisPk, ModelPk, nilaiTargetTulis } from '../model/pk';
import { CiriTabel, BarisLama } from '../model/tabel';
import { Sel } from '../model/lembar';
import { BarisRencana, JenisKolom, SpecTabel, TempatTabel, rumusBaku } from '../tabel';
import { BarisSusun } from '../susun';
import { keNilaiTulis, nilaiSalin } from '../salin';
import { WriteOp, WriteValue, a1, a1Range, colName, opCetak, sheetRef, teksTulis } from '../workbook';
import { aturanWarna } from './pengaturan';

export const RAPK_JUDUL = 'Rencana Aksi Perjanjian Kinerja (RAPK)';
export const RAPK_SUBJUDUL =
  'Dibuat dari lembar PK. Ketik Pembilang (a) dan Penyebut (b), atau ketik Realisasi langsung; Target, Capaian, Kriteria dan NPS dihitung dengan rumus biasa (tetap benar tanpa Kinerja). ' +
  'Setelah PK atau periode berubah, klik Perbarui: isian Anda tetap.';

const FIXED = new Set<string>([...RAPK_KOLOM_TETAP, ...RAPK_KOLOM_BANTU.slice(0, 6)]);

/** Every header any RAPK had: all periods, the helper columns. */
export const CIRI_RAPK: CiriTabel = {
  wajib: ['Kode', 'Indikator'],
  dikenal: rapkHeaders(SEMUA_PERIODE),
  kunci: 'Kode',
  nama: 'Indikator',
  no: 'No',
  geserKunci: RAPK_KOLOM_TETAP.indexOf('Kode'),
};

export function jenisKolomRapk(h: string): JenisKolom {
  if (FIXED.has(h)) return 'tetap';
  if (/^Target B\d+$/.test(h)) return 'target';
  if (/^(Pembilang \(a\)|Penyebut \(b\)|Realisasi) B\d+$/.test(h)) return 'isian';
  return 'rumus';
}

/** The periods an old RAPK table holds (from its headers). */
export function periodeTabel(kolom: Record<string, number>): string[] {
  return SEMUA_PERIODE.filter((q) => kolom[rapkBlok(q)[2]] !== undefined);
}

export function bentukTarget(b: BarisPk): BentukTarget {
  const t = b.urai.target;
  switch (t.jenis) {
    case 'angka':
      return { jenis: 'angka' };
    case 'rentang':
      return { jenis: 'rentang', teks: String(nilaiTargetTulis(t)), bawah: t.bawah, atas: t.atas };
    case 'label':
      return { jenis: 'label' };
    default:
      return { jenis: 'lain' };
  }
}

export interface KonteksRapk {
  k: KonteksRumus;
  pk: ModelPk;
  periode: string[];
  jenisPeriode: JenisPeriode;
  /** The Pengaturan cell of the period setting, and the setting the table is written for (the banner compares them). */
  refPeriode: string;
}

export function specRapk(c: KonteksRapk, n: number): SpecTabel {
  const k = rapkKolom(c.periode);
  const headers = rapkHeaders(c.periode);
  return {
    lembar: SHEET.RAPK,
    ciri: CIRI_RAPK,
    headers,
    jenis: jenisKolomRapk,
    kunciDari: kunciKode,
    // "Buat Tabel RAPK", the button's earlier name.
    judulLama: [/^Dibuat dari lembar PK\. Ketik Pembilang \(a\) dan Penyebut \(b\).*klik Buat Tabel RAPK lagi/],
    judul: (t) => {
      const w = headers.length;
      const baris = (x: WriteValue): WriteValue[] => [x, ...Array(w - 1).fill(null)];
      return [baris(RAPK_JUDUL), baris(RAPK_SUBJUDUL), baris(rumusSpanduk(c, t, n, k))];
    },
    format: (t) => formatRapk(t, c.periode),
    lebar: lebarKolom(c.periode),
    beku: (t) => ({ rows: t.headerRow + 1, cols: t.kolomAwal + k.indikator + 1 }),
    pilih: (t) => a1(t.headerRow + 1, t.kolomAwal + k.pembilang[c.periode[0]]),
  };
}

/** The banner above the table: blank while the table matches the PK and the period setting. */
function rumusSpanduk(c: KonteksRapk, t: TempatTabel, n: number, k = rapkKolom(c.periode)): string {
  const kolomKode = c.pk.tabel.kolom.kode ?? 0;
  const pkKode = `${sheetRef(c.pk.nama)}!$${colName(kolomKode)}:$${colName(kolomKode)}`;
  const atasPk = `${sheetRef(c.pk.nama)}!$${colName(kolomKode)}$1:$${colName(kolomKode)}$${c.pk.tabel.headerRow + 1}`;
  const cek = a1Range(t.headerRow + 1, t.kolomAwal + k.cekPk, Math.max(1, n), 1);
  const jumlah = `COUNTA(${pkKode})-COUNTA(${atasPk})`;
  return (
    `=IF(TRIM(${c.refPeriode})<>${teksRumus(c.jenisPeriode)},"⚠ Periode di Pengaturan bukan lagi ${c.jenisPeriode}: klik Perbarui di panel Kinerja agar kolom RAPK mengikutinya.",` +
    `IF(OR(${jumlah}<>${n},SUMPRODUCT(--(LEN(${cek})>0))>0),"⚠ PK berubah sejak tabel ini dibuat (lihat kolom Cek PK): klik Perbarui di panel Kinerja. Angka di bawah belum mengikuti PK.",""))`
  );
}

/**
 * A target cell of an old row is the user's own unless it is our formula (or, in
 * a table written before formulas, the value our pola gave).
 */
function targetMilikPengguna(lama: BarisLama, kolomLama: Record<string, number>, h: string, s: Sel, periodeLama: string[]): boolean {
  if (s.rumus) {
    const ct = kolomLama['Target tahunan'];
    if (ct === undefined) return true;
    const T = a1(lama.baris, ct);
    return !rumusBaku(s.rumus).startsWith(rumusBaku(`=IF(ISERROR(${T}),${T},`));
  }
  // A table written before formulas: values that fit the row's own pola are ours.
  const n = periodeLama.length;
  const akhir = lama.sel[rapkTargetHeader(periodeLama[n - 1])]?.nilai ?? null;
  const pola = String(lama.sel['Pola target']?.nilai ?? '').trim().toLowerCase();
  const T = parseCell(akhir);
  const k = periodeLama.indexOf(h.replace(/^Target /, '')) + 1;
  if (k < 1) return true;
  const harap = (p: string): CellInput => {
    if (p === 'akhir') return k === n ? akhir : null;
    if (p === 'tetap') return akhir;
    return T.kind === 'number' ? (T.value * k) / n : null;
  };
  const coba = ['akhir', 'tetap', 'kumulatif'].includes(pola) ? [pola] : ['akhir', 'tetap', 'kumulatif'];
  return !coba.some((p) => samaNilai(harap(p), s.nilai));
}

function samaNilai(a: CellInput, b: CellInput): boolean {
  const pa = parseCell(a);
  const pb = parseCell(b);
  if (pa.kind === 'blank' || pb.kind === 'blank') return pa.kind === pb.kind;
  if (pa.kind === 'number' && pb.kind === 'number') return Math.abs(pa.value - pb.value) <= 1e-9 * Math.max(1, Math.abs(pa.value));
  if (pa.kind === 'text' && pb.kind === 'text') return pa.text.toLowerCase() === pb.text.toLowerCase();
  return false;
}

/** A Realisasi cell of an old row is typed unless it is our a / b formula (or its value, where formulas were not read). */
function realisasiMilikPengguna(lama: BarisLama, kolomLama: Record<string, number>, q: string, s: Sel, adaRumus: boolean): boolean {
  const [hA, hB] = rapkBlok(q);
  const cA = kolomLama[hA];
  const cB = kolomLama[hB];
  if (s.rumus) {
    if (cA === undefined || cB === undefined) return true;
    const a = a1(lama.baris, cA);
    const b = a1(lama.baris, cB);
    return !rumusBaku(s.rumus).startsWith(rumusBaku(`=IF(OR(${a}="",${b}=""),"",`));
  }
  if (!adaRumus) {
    const va = lama.sel[hA]?.nilai ?? null;
    const vb = lama.sel[hB]?.nilai ?? null;
    if (parseCell(va).kind !== 'blank' && parseCell(vb).kind !== 'blank') {
      const hitung = rasio(va, vb);
      if (samaNilai(hitung as CellInput, s.nilai) || parseCell(s.nilai).kind === 'error') return false;
    }
  }
  return true;
}

export interface OpsiBarisRapk {
  /** Typed figures for indicators the old table did not have, by Kode key and header. */
  isianAwal?: Map<string, Record<string, WriteValue>>;
  /** The old table's periods and whether its snapshot carried formulas. */
  periodeLama: string[];
  kolomLama: Record<string, number>;
  adaRumus: boolean;
}

/** The RAPK rows of the ordered PK. */
export function barisRapk(c: KonteksRapk, susun: BarisSusun[], opsi: OpsiBarisRapk): BarisRencana[] {
  const k = rapkKolom(c.periode);
  const pkRef = sheetRef(c.pk.nama);
  const kolomPk = c.pk.tabel.kolom;
  const n = c.periode.length;
  return susun.map((s) => {
    const b = s.pk;
    const bentuk = bentukTarget(b);
    const isi = (r: number, kolomAwal: number): WriteValue[] => {
      const ref = (col: number): string => a1(r, kolomAwal + col);
      const v: WriteValue[] = Array(k.jumlah).fill(null);
      const tt = (x: string): WriteValue => (x ? teksTulis(x) : null);
      v[k.no] = s.urut + 1;
      v[k.perspektif] = tt(b.perspektif);
      v[k.sasaran] = tt(b.sasaran);
      v[k.kode] = teksTulis(b.kode);
      v[k.indikator] = tt(b.indikator);
      v[k.satuan] = tt(b.satuan);
      v[k.polaritas] = isKError(b.urai.polaritas) ? nilaiSalin(b.polaritas) : b.urai.polaritas;
      v[k.pola] = isKError(b.urai.pola) ? nilaiSalin(b.pola) : b.urai.pola;
      v[k.bobot] = isKError(b.urai.bobot) ? nilaiSalin(b.bobot) : b.urai.bobot;
      const t = nilaiTargetTulis(b.urai.target);
      v[k.targetTahunan] = typeof t === 'string' ? teksTulis(t) : t;
      const T = ref(k.targetTahunan);
      v[k.polBerlaku] = rumusPolaritasBerlaku(c.k, ref(k.polaritas));
      c.periode.forEach((q, qi) => {
        v[k.target[q]] = rumusTargetPeriode(T, ref(k.pola), qi + 1, n);
        v[k.realisasi[q]] = rumusRealisasiAb(c.k, ref(k.pembilang[q]), ref(k.penyebut[q]));
        v[k.capaian[q]] = rumusCapaian(c.k, { realisasi: ref(k.realisasi[q]), target: ref(k.target[q]), polaritasBerlaku: ref(k.polBerlaku), polaritas: ref(k.polaritas) }, bentuk);
        v[k.kriteria[q]] = rumusKriteria(c.k, ref(k.capaian[q]));
        if (s.awalKelompok) {
          const rng = (col: number): string => `${ref(col)}:${a1(r + s.ukuranKelompok - 1, kolomAwal + col)}`;
          v[k.nps[q]] = rumusNps(rng(k.capaian[q]), rng(k.bobot));
        }
      });
      // The PK cells as typed, and the verdict: does the PK still say the same?
      const salin: Record<string, CellInputLike> = { target: b.target, polaritas: b.polaritas, pola: b.pola, bobot: b.bobot, iku: b.sel.iku ?? null, pagu: b.pagu };
      for (const [f, col] of Object.entries(k.salinan)) v[col] = nilaiSalin((salin[f] ?? null) as CellInput);
      // The PK row this one was made from, read in place and checked by its Kode: the PK
      // still says the same, or "Cek PK" says what changed. (A reordered PK is a change too.)
      const rp = b.baris;
      const pkSel = (f: keyof typeof kolomPk): string | null => (kolomPk[f] === undefined ? null : `${pkRef}!${a1(rp, kolomPk[f] as number)}`);
      const sama: string[] = [];
      const samaDengan = (f: keyof typeof kolomPk, sel: string): void => {
        const x = pkSel(f);
        if (x) sama.push(`${x}=${sel}`);
      };
      samaDengan('indikator', ref(k.indikator));
      samaDengan('satuan', ref(k.satuan));
      for (const [f, col] of Object.entries(k.salinan)) samaDengan(f as keyof typeof kolomPk, ref(col));
      // Perspektif and sasaran left blank in the PK mean "as above": only a filled cell is compared.
      for (const f of ['perspektif', 'sasaran'] as const) {
        const x = pkSel(f);
        if (x) sama.push(`OR(TRIM(${x})="",TRIM(${x})=${ref(k[f])})`);
      }
      const kodePk = pkSel('kode') as string;
      v[k.cekPk] = `=IF(ISERROR(${kodePk}),"Kode tidak ada di PK",IF(NOT(EXACT(TRIM(${kodePk})&"",TRIM(${ref(k.kode)})&"")),"baris PK berubah",IF(AND(${sama.join(',')}),"","berubah di PK")))`;
      return v;
    };
    const kolomLama = opsi.kolomLama;
    return {
      kunci: b.kunci,
      kunciTeks: b.kode,
      nama: b.indikator,
      isi,
      isianAwal: opsi.isianAwal?.get(b.kunci),
      asal: (h: string, sel: Sel, lama: BarisLama): 'pengguna' | 'kita' => {
        if (/^Target B/.test(h)) return targetMilikPengguna(lama, kolomLama, h, sel, opsi.periodeLama) ? 'pengguna' : 'kita';
        const m = h.match(/^Realisasi (B\d+)$/);
        if (m) return realisasiMilikPengguna(lama, kolomLama, m[1], sel, opsi.adaRumus) ? 'pengguna' : 'kita';
        return 'pengguna';
      },
      // Quarterly targets typed for a kumulatif indicator stay (DOMAIN: "T/4 … or typed per quarter").
      simpan: (h: string): boolean => !/^Target B/.test(h) || b.urai.pola === 'kumulatif',
    };
  });
}

type CellInputLike = CellInput;

function lebarKolom(periode: string[]): number[] {
  const k = rapkKolom(periode);
  const w: number[] = Array(k.jumlah).fill(88);
  w[k.no] = 40;
  w[k.perspektif] = 150;
  w[k.sasaran] = 150;
  w[k.kode] = 70;
  w[k.indikator] = 220;
  // "Tidak Dapat Disimpulkan" on one line (a grid row does not grow for wrapped text).
  for (const q of periode) w[k.kriteria[q]] = 160;
  for (const col of Object.values(k.salinan)) w[col] = 80;
  w[k.cekPk] = 110;
  w[k.polBerlaku] = 90;
  return w;
}

const WARNA_HEADER = { background: '#DDEBF7', fontColor: '#1F3864' };
const WARNA_ISIAN = '#FFF9E6';
const WARNA_BANTU = '#808080';

/** Format ops for the table: a fixed number of ops per period, whatever the number of rows. */
function formatRapk(t: TempatTabel, periode: string[]): WriteOp[] {
  const k = rapkKolom(periode);
  const nama = t.nama;
  const d0 = t.headerRow + 1;
  const n = Math.max(1, t.n);
  const kol = (c: number, cols = 1): string => a1Range(d0, t.kolomAwal + c, n, cols);
  const ops: WriteOp[] = [];
  if (t.barisJudul !== null) {
    ops.push({ op: 'format', sheet: nama, range: a1(t.barisJudul, t.kolomAwal), bold: true });
    ops.push({ op: 'format', sheet: nama, range: a1(t.barisJudul + 2, t.kolomAwal), bold: true, fontColor: '#9C0006' });
  }
  ops.push({ op: 'format', sheet: nama, range: a1Range(t.headerRow, t.kolomAwal, 1, k.jumlah), bold: true, wrap: true, ...WARNA_HEADER });
  ops.push({ op: 'format', sheet: nama, range: kol(k.perspektif, k.indikator - k.perspektif + 1), wrap: true });
  ops.push({ op: 'format', sheet: nama, range: kol(k.target[periode[0]], periode.length), numberFormat: FORMAT.angka });
  for (const q of periode) {
    // Pembilang, Penyebut, Realisasi are adjacent: the input cells of the period.
    ops.push({ op: 'format', sheet: nama, range: kol(k.pembilang[q], 3), numberFormat: FORMAT.angka, background: WARNA_ISIAN });
    ops.push({ op: 'format', sheet: nama, range: kol(k.capaian[q]), numberFormat: FORMAT.persen });
    ops.push({ op: 'format', sheet: nama, range: kol(k.kriteria[q]), wrap: true });
    ops.push({ op: 'conditionalText', sheet: nama, range: kol(k.kriteria[q]), rules: aturanWarna() });
  }
  ops.push({ op: 'format', sheet: nama, range: kol(k.nps[periode[0]], periode.length), numberFormat: FORMAT.persen });
  ops.push({ op: 'format', sheet: nama, range: a1Range(t.headerRow, t.kolomAwal + k.salinan.target, n + 1, k.jumlah - k.salinan.target), fontColor: WARNA_BANTU });
  ops.push({
    op: 'conditionalText',
    sheet: nama,
    range: kol(k.cekPk),
    rules: [
      { text: 'berubah di PK', background: '#FCE8B2', fontColor: '#7A4F01' },
      { text: 'baris PK berubah', background: '#FCE8B2', fontColor: '#7A4F01' },
      { text: 'Kode tidak ada di PK', background: '#F4C7C3', fontColor: '#8A1C13' },
    ],
  });
  // Printed landscape, all columns on one page wide, the header row on every page.
  ops.push(opCetak(nama, t.headerRow));
  return ops;
}

export { kutip };
