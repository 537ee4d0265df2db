/**
 * Renstra: target and realisasi per year of the five-year plan, one row per PK
 * indicator, kept by Kode. Targets and the realisasi of other years are typed
 * here; the realisasi of the PK's own year (Pengaturan "Tahun") is the RAPK's,
 * found by Kode in the reporting period (typed once, in the RAPK). The last
 * columns compare: the latest year with a realisasi, its value, the year before,
 * capaian against the final year's target, and the change from last year.
 */
import { CellInput, bakuTeks, isKError, parseCell } from '../values';
import { FORMAT, RENSTRA_KOLOM_TETAP, SHEET, rapkKolom } from '../layout';
import { kunciKode } from '../pk';
import { BentukTarget, KonteksRumus, rumusCapaian, rumusIndeksPeriode, rumusLihatRapk, rumusPolaritasBerlaku, teksRentang } from '../rumus';
import { RENSTRA_RINGKASAN, ciriRenstra } from '../model/bukukerja';
import { TabelLama } from '../model/tabel';
import { cariLabel, nilaiDi, teks } from '../model/lembar';
import { periksaRentang } from '../formulas';
import { BarisRencana, SpecTabel, TempatTabel } from '../tabel';
import { BarisSusun } from '../susun';
import { nilaiSalin } from '../salin';
import { SheetSnapshot, WriteOp, WriteValue, a1, a1Range, colName, opCetak, sheetRef, teksTulis } from '../workbook';
import { Pengaturan } from '../settings';
import { cariLabel as cariLabelSkala } from '../formulas';

export const RENSTRA_TAHUN = 5;
export const LABEL_TAHUN_AWAL = 'Tahun awal Renstra';

export function headerRenstra(tahunAwal: number): string[] {
  const h: string[] = ['No', ...RENSTRA_KOLOM_TETAP];
  for (let y = 0; y < RENSTRA_TAHUN; y++) h.push(`Target ${tahunAwal + y}`, `Realisasi ${tahunAwal + y}`);
  return [...h, ...RENSTRA_RINGKASAN, 'Polaritas berlaku'];
}

/** The first year: typed beside "Tahun awal Renstra", else the years in the headers, else the five-year period holding `tahun`. */
export function tahunAwalRenstra(sheet: SheetSnapshot | undefined, tahunDiHeader: number[], tahun: number): number {
  if (sheet) {
    const r = cariLabel(sheet, LABEL_TAHUN_AWAL);
    const p = r >= 0 ? parseCell(nilaiDi(sheet, r, 1)) : null;
    if (p && p.kind === 'number' && Number.isInteger(p.value) && p.value >= 1990 && p.value <= 2100) return p.value;
  }
  if (tahunDiHeader.length) return tahunDiHeader[0];
  return tahun - ((((tahun - 2020) % 5) + 5) % 5);
}

export interface KonteksRenstra {
  k: KonteksRumus;
  tahunAwal: number;
  /** Pengaturan's year, whose realisasi is the RAPK's (null: none in the window). */
  tahun: number | null;
  rapk: { nama: string; headerRow: number; kolomAwal: number; n: number; periode: string[] };
  refPeriodeLaporan: string;
  refTahun: string;
  refSpanduk: string;
  aturan: Pengaturan;
}

export function specRenstra(c: KonteksRenstra): SpecTabel {
  const headers = headerRenstra(c.tahunAwal);
  const realisasiTahun = c.tahun !== null ? `Realisasi ${c.tahun}` : null;
  return {
    lembar: SHEET.RENSTRA,
    ciri: ciriRenstra(Array.from({ length: 200 }, (_, i) => 1950 + i)),
    headers,
    jenis: (h) => {
      if (h === realisasiTahun) return 'rumus';
      if (/^(Target|Realisasi) \d{4}$/.test(h)) return 'isian';
      if ((RENSTRA_RINGKASAN as readonly string[]).includes(h) || h === 'Polaritas berlaku') return 'rumus';
      return 'tetap';
    },
    kunciDari: kunciKode,
    // An earlier template: the example's title, and "type every year's realisasi here".
    judulLama: [/^Renstra: target dan realisasi per tahun \(contoh: /, /^Ubah tahun awal: judul kolom ikut berubah\. Ketik target dan realisasi tiap tahun\.$/],
    judul: () => {
      const w = headers.length;
      const baris = (...x: WriteValue[]): WriteValue[] => [...x, ...Array(w - x.length).fill(null)];
      return [
        baris('Renstra: target dan realisasi per tahun'),
        baris(
          LABEL_TAHUN_AWAL,
          c.tahunAwal,
          c.tahun !== null
            ? `Ubah tahun awal, lalu klik Perbarui. Realisasi ${c.tahun} (Tahun di Pengaturan) diambil dari RAPK; tahun lain diketik di sini.`
            : 'Ubah tahun awal, lalu klik Perbarui. Tahun di Pengaturan di luar rentang ini: semua realisasi diketik di sini.',
        ),
        [
          `=IF(${c.refSpanduk}<>"",${c.refSpanduk},IF(${c.refTahun}<>${c.tahun ?? '""'},"⚠ Tahun di Pengaturan berubah: klik Perbarui agar kolom realisasi tahun ini mengikuti RAPK.",""))`,
          ...Array(w - 2).fill(null),
          rumusIndeksPeriode(c.refPeriodeLaporan, c.rapk.periode),
        ],
      ];
    },
    format: (t) => formatRenstra(t, headers),
    lebar: [40, 60, 300, 70, 80, ...Array(2 * RENSTRA_TAHUN).fill(85), 90, 90, 90, 110, 100, 90],
    beku: (t) => ({ rows: t.headerRow + 1, cols: t.kolomAwal + 3 }),
    pilih: (t) => a1(t.headerRow + 1, t.kolomAwal + 5),
  };
}

function formatRenstra(t: TempatTabel, headers: string[]): WriteOp[] {
  const s = t.nama;
  const d0 = t.headerRow + 1;
  const n = Math.max(1, t.n);
  const kol = (h: string, cols = 1): string => a1Range(d0, t.kolomAwal + headers.indexOf(h), n, cols);
  const ops: WriteOp[] = [];
  if (t.barisJudul !== null) {
    ops.push({ op: 'format', sheet: s, range: a1(t.barisJudul, t.kolomAwal), bold: true });
    ops.push({ op: 'format', sheet: s, range: a1Range(t.barisJudul + 1, t.kolomAwal, 1, 2), bold: true });
    ops.push({ op: 'format', sheet: s, range: a1(t.barisJudul + 1, t.kolomAwal + 1), background: '#FFF9E6', numberFormat: FORMAT.bilangan });
    ops.push({ op: 'format', sheet: s, range: a1(t.barisJudul + 2, t.kolomAwal), bold: true, fontColor: '#9C0006' });
  }
  ops.push({ op: 'format', sheet: s, range: a1Range(t.headerRow, t.kolomAwal, 1, headers.length), bold: true, wrap: true, align: 'center', background: '#1F4E78', fontColor: '#FFFFFF' });
  ops.push({ op: 'format', sheet: s, range: kol('Indikator'), wrap: true });
  const awalTahun = headers.findIndex((h) => /^Target \d{4}$/.test(h));
  ops.push({ op: 'format', sheet: s, range: a1Range(d0, t.kolomAwal + awalTahun, n, 2 * RENSTRA_TAHUN), background: '#FFF9E6' });
  ops.push({ op: 'format', sheet: s, range: kol('Tahun realisasi terakhir'), numberFormat: FORMAT.bilangan });
  ops.push({ op: 'format', sheet: s, range: kol('Capaian terhadap target akhir Renstra'), numberFormat: FORMAT.persen });
  ops.push({ op: 'format', sheet: s, range: kol('Polaritas berlaku'), fontColor: '#808080' });
  if (t.barisJudul !== null) ops.push({ op: 'format', sheet: s, range: a1(t.barisJudul + 2, t.kolomAwal + headers.length - 1), fontColor: '#FFFFFF' });
  // Printed landscape, all columns on one page wide, the header row on every page.
  ops.push(opCetak(s, t.headerRow));
  return ops;
}

/**
 * The shape of a typed final-year target, for its capaian formula: a band or a
 * label when it is one, else a number (a target typed later in another form is
 * still right: the formula hands what it can't read to CAPAIAN).
 */
function bentukDari(v: CellInput, aturan: Pengaturan): BentukTarget {
  const p = parseCell(v);
  if (p.kind === 'text') {
    const r = periksaRentang(p.text);
    if (r && !isKError(r)) return { jenis: 'rentang', teks: p.text.trim(), bawah: r.bawah, atas: r.atas };
    if (cariLabelSkala(p.text, aturan)) return { jenis: 'label' };
  }
  return { jenis: 'angka' };
}

export function barisRenstra(c: KonteksRenstra, susun: BarisSusun[], lama: TabelLama | null, isianAwal?: Map<string, Record<string, WriteValue>>): BarisRencana[] {
  const headers = headerRenstra(c.tahunAwal);
  const H = (h: string): number => headers.indexOf(h);
  const rk = rapkKolom(c.rapk.periode);
  const R = sheetRef(c.rapk.nama);
  const lamaPer = new Map((lama?.rows ?? []).map((r) => [r.kunci, r]));
  const tahunAkhir = c.tahunAwal + RENSTRA_TAHUN - 1;
  return susun.map((s) => {
    const b = s.pk;
    const targetAkhir = lamaPer.get(b.kunci)?.sel[`Target ${tahunAkhir}`]?.nilai ?? (isianAwal?.get(b.kunci)?.[`Target ${tahunAkhir}`] as CellInput) ?? null;
    const bentuk = bentukDari(targetAkhir, c.aturan);
    const isi = (r: number, kolomAwal: number): WriteValue[] => {
      const ref = (h: string): string => a1(r, kolomAwal + H(h));
      const v: WriteValue[] = Array(headers.length).fill(null);
      v[H('No')] = s.urut + 1;
      v[H('Kode')] = teksTulis(b.kode);
      v[H('Indikator')] = b.indikator ? teksTulis(b.indikator) : null;
      v[H('Satuan')] = b.satuan ? teksTulis(b.satuan) : null;
      v[H('Polaritas')] = isKError(b.urai.polaritas) ? nilaiSalin(b.polaritas) : b.urai.polaritas;
      if (c.tahun !== null) {
        // The indicator's RAPK row, as this same click writes it, checked by Kode at every read.
        const rr = c.rapk.headerRow + 1 + s.urut;
        const di = (col: number): string => `${R}!${a1(rr, c.rapk.kolomAwal + col)}`;
        const indeks = `$${colName(kolomAwal + headers.length - 1)}$${r - s.urut - 1}`;
        v[H(`Realisasi ${c.tahun}`)] = rumusLihatRapk(di(rk.kode), ref('Kode'), indeks, c.rapk.periode.map((q) => di(rk.realisasi[q])));
      }
      const tahun = Array.from({ length: RENSTRA_TAHUN }, (_, y) => c.tahunAwal + y);
      // The latest year with a realisasi (a value that reads as one, not an error of the lookup).
      const ada = (y: number): string => `AND(NOT(ISERROR(${ref(`Realisasi ${y}`)})),${ref(`Realisasi ${y}`)}<>"")`;
      let terakhir = '""';
      let nilai = '""';
      let sebelum = '""';
      for (const y of tahun) {
        terakhir = `IF(${ada(y)},${y},${terakhir})`;
        nilai = `IF(${ada(y)},${ref(`Realisasi ${y}`)},${nilai})`;
      }
      for (const y of tahun.slice(1)) {
        sebelum = `IF(${ref('Tahun realisasi terakhir')}=${y},IF(${ada(y - 1)},${ref(`Realisasi ${y - 1}`)},""),${sebelum})`;
      }
      v[H('Tahun realisasi terakhir')] = `=${terakhir}`;
      v[H('Realisasi terakhir')] = `=${nilai}`;
      v[H('Realisasi tahun sebelumnya')] = `=${sebelum}`;
      v[H('Polaritas berlaku')] = rumusPolaritasBerlaku(c.k, ref('Polaritas'));
      v[H('Capaian terhadap target akhir Renstra')] = rumusCapaian(c.k, { realisasi: ref('Realisasi terakhir'), target: ref(`Target ${tahunAkhir}`), polaritasBerlaku: ref('Polaritas berlaku'), polaritas: ref('Polaritas') }, bentuk);
      const a = ref('Realisasi terakhir');
      const p = ref('Realisasi tahun sebelumnya');
      v[H('Perubahan dari tahun lalu')] = `=IF(AND(ISNUMBER(${a}),ISNUMBER(${p})),${a}-${p},"")`;
      return v;
    };
    return { kunci: b.kunci, kunciTeks: b.kode, nama: b.indikator, isi, isianAwal: isianAwal?.get(b.kunci) };
  });
}

/** Realisasi typed (by an earlier Kinerja's template) in the column of Pengaturan's year, by Kode. */
export function realisasiTahunKetikan(lama: TabelLama | null, tahun: number | null): Array<{ kunci: string; kunciTeks: string; nama: string; sel: { nilai: CellInput; rumus: string } }> {
  if (!lama || tahun === null) return [];
  const h = `Realisasi ${tahun}`;
  const out: Array<{ kunci: string; kunciTeks: string; nama: string; sel: { nilai: CellInput; rumus: string } }> = [];
  for (const row of lama.rows) {
    const s = row.sel[h];
    if (!s || s.rumus || s.nilai === null || s.nilai === '') continue;
    out.push({ kunci: row.kunci, kunciTeks: row.kunciTeks, nama: teks(row.sel.Indikator?.nilai ?? null), sel: s });
  }
  return out;
}

export { bakuTeks, teksRentang };
