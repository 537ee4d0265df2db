/**
 * Anggaran dan Efisiensi: one row per sasaran. Pagu comes from the PK (the pagu
 * typed on the sasaran's rows), Realisasi Anggaran is typed here (kept by
 * sasaran), Capaian Output is the sasaran's NPS in Pengukuran (found by the Kode
 * of its first indicator), and serapan, IE, SE, TE and kategori are native
 * formulas (seed 001, IV.A: IE = output / input, TE = (IE − SE) / SE).
 */
import { bakuTeks, isKError } from '../values';
import { ANGGARAN_KOLOM, FORMAT, PENGUKURAN_KOLOM, SHEET } from '../layout';
import { KonteksRumus, rumusEfisiensi, rumusLihatRapk, rumusSerapan, teksRumus } from '../rumus';
import { CIRI_ANGGARAN } from '../model/bukukerja';
import { BarisRencana, SpecTabel, TempatTabel } from '../tabel';
import { BarisSusun } from '../susun';
import { WriteOp, WriteValue, a1, a1Range, colName, opCetak, sheetRef, teksTulis } from '../workbook';

const AG = Object.fromEntries(ANGGARAN_KOLOM.map((h, i) => [h, i])) as Record<(typeof ANGGARAN_KOLOM)[number], number>;

export interface KonteksAnggaran {
  k: KonteksRumus;
  pengukuran: { nama: string; headerRow: number; kolomAwal: number; n: number };
  refSpanduk: string;
}

export function specAnggaran(c: KonteksAnggaran): SpecTabel {
  const headers = [...ANGGARAN_KOLOM];
  return {
    lembar: SHEET.ANGGARAN,
    ciri: CIRI_ANGGARAN,
    headers,
    jenis: (h) => (h === 'Realisasi Anggaran' ? 'isian' : ['No', 'Sasaran', 'Pagu'].includes(h) ? 'tetap' : 'rumus'),
    kunciDari: bakuTeks,
    judulLama: [/^Ketik Realisasi Anggaran \(kolom [A-Z]+\)\. Sasaran dan Pagu diambil dari PK/],
    judul: () => {
      const w = headers.length;
      const baris = (x: WriteValue): WriteValue[] => [x, ...Array(w - 1).fill(null)];
      return [
        baris('Anggaran dan Efisiensi per sasaran'),
        baris('Ketik Realisasi Anggaran (kolom D). Pagu dari PK, Capaian Output = NPS sasaran di lembar Pengukuran. IE = capaian output / serapan, SE = 1, TE = (IE − SE) / SE (rasio, seperti IE).'),
        baris(`=IF(${c.refSpanduk}="","",${c.refSpanduk})`),
      ];
    },
    format: (t) => formatAnggaran(t),
    lebar: [40, 320, 140, 140, 75, 90, 70, 45, 70, 110],
    beku: (t) => ({ rows: t.headerRow + 1, cols: t.kolomAwal + AG.Sasaran + 1 }),
    pilih: (t) => a1(t.headerRow + 1, t.kolomAwal + AG['Realisasi Anggaran']),
  };
}

function formatAnggaran(t: TempatTabel): WriteOp[] {
  const s = t.nama;
  const d0 = t.headerRow + 1;
  const n = Math.max(1, t.n);
  const kol = (h: (typeof ANGGARAN_KOLOM)[number], cols = 1, tambah = 0): string => a1Range(d0, t.kolomAwal + AG[h], n + tambah, cols);
  const ops: WriteOp[] = [];
  if (t.barisJudul !== null) {
    ops.push({ op: 'format', sheet: s, range: a1(t.barisJudul, t.kolomAwal), bold: true });
    ops.push({ op: 'format', sheet: s, range: a1(t.barisJudul + 2, t.kolomAwal), bold: true, fontColor: '#9C0006' });
  }
  ops.push({ op: 'format', sheet: s, range: a1Range(t.headerRow, t.kolomAwal, 1, ANGGARAN_KOLOM.length), bold: true, wrap: true, align: 'center', background: '#1F4E78', fontColor: '#FFFFFF' });
  ops.push({ op: 'format', sheet: s, range: kol('Sasaran'), wrap: true });
  ops.push({ op: 'format', sheet: s, range: kol('Realisasi Anggaran'), background: '#FFF9E6' });
  ops.push({ op: 'format', sheet: s, range: kol('Pagu', 2, 2), numberFormat: FORMAT.rupiah });
  ops.push({ op: 'format', sheet: s, range: kol('Serapan', 2, 2), numberFormat: FORMAT.persen });
  ops.push({ op: 'format', sheet: s, range: kol('IE'), numberFormat: '0.0000' });
  ops.push({ op: 'format', sheet: s, range: kol('TE'), numberFormat: '0.0000' });
  // Printed landscape, all columns on one page wide, the header row on every page.
  ops.push(opCetak(s, t.headerRow));
  ops.push({ op: 'conditionalText', sheet: s, range: kol('Kategori'), rules: [{ text: 'Efisien', background: '#D9EAD3', fontColor: '#1E5631' }, { text: 'Tidak Efisien', background: '#F4C7C3', fontColor: '#8A1C13' }] });
  return ops;
}

/** Pagu of a sasaran: the sum of the pagu typed on its PK rows (blank when none is a number). */
function paguSasaran(rows: BarisSusun[]): WriteValue {
  let ada = false;
  let jumlah = 0;
  for (const r of rows) {
    const p = r.pk.urai.pagu;
    if (isKError(p)) return teksTulis(String(r.pk.pagu ?? ''));
    if (p !== null) {
      ada = true;
      jumlah += p;
    }
  }
  return ada ? jumlah : null;
}

export function barisAnggaran(c: KonteksAnggaran, susun: BarisSusun[]): BarisRencana[] {
  const uk = c.pengukuran;
  const U = sheetRef(uk.nama);
  const kelompok: BarisSusun[][] = [];
  for (const s of susun) {
    if (s.awalKelompok) kelompok.push([]);
    kelompok[kelompok.length - 1].push(s);
  }
  return kelompok.map((rows, i) => {
    const pertama = rows[0].pk;
    const isi = (r: number, kolomAwal: number): WriteValue[] => {
      const ref = (h: (typeof ANGGARAN_KOLOM)[number]): string => a1(r, kolomAwal + AG[h]);
      const v: WriteValue[] = Array(ANGGARAN_KOLOM.length).fill(null);
      v[AG.No] = i + 1;
      v[AG.Sasaran] = teksTulis(pertama.sasaran || `(tanpa sasaran: ${pertama.kode})`);
      v[AG.Pagu] = paguSasaran(rows);
      v[AG.Serapan] = rumusSerapan(c.k, ref('Realisasi Anggaran'), ref('Pagu'));
      // The sasaran's NPS in Pengukuran (on its first indicator's row), checked by that Kode.
      const ru = uk.headerRow + 1 + rows[0].urut;
      const di = (h: (typeof PENGUKURAN_KOLOM)[number]): string => `${U}!${a1(ru, uk.kolomAwal + PENGUKURAN_KOLOM.indexOf(h))}`;
      v[AG['Capaian Output']] = rumusLihatRapk(di('Kode'), teksRumus(pertama.kode), '1', [di('NPS Sasaran')]);
      v[AG.IE] = rumusEfisiensi(c.k, 'IE', ref('Capaian Output'), ref('Serapan'));
      v[AG.SE] = 1;
      v[AG.TE] = rumusEfisiensi(c.k, 'TE', ref('Capaian Output'), ref('Serapan'));
      v[AG.Kategori] = rumusEfisiensi(c.k, 'kategori', ref('Capaian Output'), ref('Serapan'));
      return v;
    };
    const nama = pertama.sasaran || `(tanpa sasaran: ${pertama.kode})`;
    return { kunci: bakuTeks(nama), kunciTeks: nama, nama, isi };
  });
}

/** The total row under the table. */
export function jumlahAnggaran(c: KonteksAnggaran, t: TempatTabel): { ops: WriteOp[]; akhir: number } {
  const r = t.headerRow + 1 + t.n;
  const k0 = t.kolomAwal;
  const kol = (h: (typeof ANGGARAN_KOLOM)[number]): string => a1Range(t.headerRow + 1, k0 + AG[h], Math.max(1, t.n), 1);
  const v: WriteValue[] = Array(ANGGARAN_KOLOM.length).fill(null);
  v[AG.Sasaran] = 'Jumlah';
  v[AG.Pagu] = `=SUM(${kol('Pagu')})`;
  v[AG['Realisasi Anggaran']] = `=IF(COUNT(${kol('Realisasi Anggaran')})=0,"",SUM(${kol('Realisasi Anggaran')}))`;
  v[AG.Serapan] = rumusSerapan(c.k, a1(r, k0 + AG['Realisasi Anggaran']), a1(r, k0 + AG.Pagu));
  return {
    ops: [
      { op: 'setValues', sheet: t.nama, row: r, col: k0, values: [v] },
      { op: 'format', sheet: t.nama, range: a1Range(r, k0, 1, ANGGARAN_KOLOM.length), bold: true, background: '#DDEBF7' },
    ],
    akhir: r + 1,
  };
}

/** Where an Anggaran sheet's total row is (ours), below its table. */
export function akhirJumlahAnggaran(values: unknown[][], mulai: number, kolomSasaran: number): number {
  for (let r = mulai; r < Math.min(values.length, mulai + 5); r++) {
    if (String(values[r]?.[kolomSasaran] ?? '').trim().toLowerCase() === 'jumlah') return r + 1;
  }
  return mulai;
}
