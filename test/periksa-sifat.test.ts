/**
 * Where Periksa and another part of Kinerja must agree, over generated cases:
 *  - stale sheets: after random PK edits in the browser workbook, Periksa reports
 *    a "klik Perbarui" finding exactly when the sheet's own verdict (the RAPK
 *    banner, from the Cek PK column) says the PK changed, and after the click
 *    neither says anything;
 *  - duplicate and blank Kodes: Periksa reports one exactly when Perbarui refuses the PK;
 *  - a "> n" bound of the own kriteria table: Periksa's reading of what the
 *    bands-in-force formula makes of it is what HyperFormula computes.
 */
import fc from 'fast-check';
import { PK_KOLOM } from '../core/pk';
import { SHEET } from '../core/layout';
import { bacaBukuKerja } from '../core/model/bukukerja';
import { periksaModel } from '../core/periksa';
import { aturanPerbarui } from '../core/periksa/perbarui';
import { angkaBatasNatif, aturanPengaturan } from '../core/periksa/pengaturan';
import { susunPk } from '../core/susun';
import { parseNumberText } from '../core/values';
import { WorkbookSnapshot } from '../core/workbook';
import { BukuUji, periksaSatu } from './helpers/periksa-data';

// ---------------------------------------------------------------------------
// Stale sheets: Periksa and the RAPK banner

type Kolom = (typeof PK_KOLOM)[number];
const KOLOM_BARIS: Kolom[] = ['Perspektif', 'Sasaran', 'Kode', 'Indikator', 'IKU', 'Bobot', 'Satuan', 'Polaritas', 'Target', 'Pola target', 'Pagu'];

type Langkah =
  | { jenis: 'ubah'; i: number; kolom: Kolom; nilai: string | number | null }
  | { jenis: 'tukar'; i: number; j: number }
  | { jenis: 'hapus'; i: number }
  | { jenis: 'tambah'; target: number }
  | { jenis: 'pindah-bawah'; i: number };

/** Valid values only: a PK the rules accept, so a changed PK is a stale RAPK and nothing else. */
const langkah: fc.Arbitrary<Langkah> = fc.oneof(
  fc.record({ jenis: fc.constant('ubah' as const), i: fc.nat(30), kolom: fc.constant('Target' as Kolom), nilai: fc.integer({ min: 1, max: 2000 }).map((x) => x / 10) }),
  fc.record({ jenis: fc.constant('ubah' as const), i: fc.nat(30), kolom: fc.constant('Satuan' as Kolom), nilai: fc.constantFrom('%', 'indeks', 'nilai', 'dokumen') }),
  fc.record({ jenis: fc.constant('ubah' as const), i: fc.nat(30), kolom: fc.constant('Indikator' as Kolom), nilai: fc.integer({ min: 1, max: 99 }).map((x) => `Indikator uji ${x}`) }),
  fc.record({ jenis: fc.constant('ubah' as const), i: fc.nat(30), kolom: fc.constant('Bobot' as Kolom), nilai: fc.constantFrom(1, 2, 3, null) }),
  fc.record({ jenis: fc.constant('ubah' as const), i: fc.nat(30), kolom: fc.constant('IKU' as Kolom), nilai: fc.constantFrom('Ya', 'Tidak') }),
  fc.record({ jenis: fc.constant('ubah' as const), i: fc.nat(30), kolom: fc.constant('Polaritas' as Kolom), nilai: fc.constantFrom('positif', 'negatif', 'negatif-rasio') }),
  fc.record({ jenis: fc.constant('ubah' as const), i: fc.nat(30), kolom: fc.constant('Pola target' as Kolom), nilai: fc.constantFrom('akhir', 'tetap', 'kumulatif') }),
  fc.record({ jenis: fc.constant('ubah' as const), i: fc.nat(30), kolom: fc.constant('Sasaran' as Kolom), nilai: fc.constantFrom('Sasaran uji A', 'Sasaran uji B') }),
  fc.record({ jenis: fc.constant('ubah' as const), i: fc.nat(30), kolom: fc.constant('Pagu' as Kolom), nilai: fc.constantFrom(1000000, 2500000000, null) }),
  fc.record({ jenis: fc.constant('tukar' as const), i: fc.nat(30), j: fc.nat(30) }),
  fc.record({ jenis: fc.constant('hapus' as const), i: fc.nat(30) }),
  fc.record({ jenis: fc.constant('tambah' as const), target: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ jenis: fc.constant('pindah-bawah' as const), i: fc.nat(30) }),
);

let urutKode = 100;

/** Apply a step to the PK (rows holding an indicator, in sheet order); label targets keep pola akhir/tetap. */
function terapkan(b: BukuUji, l: Langkah): void {
  const h = b.header(SHEET.PK);
  const kol = (k: Kolom): number => b.kolom(SHEET.PK, k);
  const baris: number[] = [];
  for (let r = h + 1; r < h + 1 + 200; r++) if (String(b.bk.nilai(SHEET.PK, r, kol('Kode')) ?? '').trim()) baris.push(r);
  const sel = (r: number, k: Kolom) => ({ sheet: SHEET.PK, row: r, col: kol(k), sel: '' });
  const isi = (r: number) => KOLOM_BARIS.map((k) => b.bk.nilai(SHEET.PK, r, kol(k)));
  const label = (r: number): boolean => typeof b.bk.nilai(SHEET.PK, r, kol('Target')) === 'string';
  const pilih = (i: number): number => baris[i % baris.length];
  switch (l.jenis) {
    case 'ubah': {
      const r = pilih(l.i);
      if (label(r) && (l.kolom === 'Pola target' || l.kolom === 'Polaritas')) return; // a label needs akhir/tetap and no band
      if (l.kolom === 'Pola target' && l.nilai === 'kumulatif' && label(r)) return;
      b.ketik([sel(r, l.kolom), l.nilai]);
      return;
    }
    case 'tukar': {
      const [r1, r2] = [pilih(l.i), pilih(l.j)];
      const [a, c] = [isi(r1), isi(r2)];
      KOLOM_BARIS.forEach((k, x) => b.ketik([sel(r1, k), (c[x] ?? null) as never], [sel(r2, k), (a[x] ?? null) as never]));
      return;
    }
    case 'hapus':
      if (baris.length > 2) for (const k of KOLOM_BARIS) b.ketik([sel(pilih(l.i), k), null]);
      return;
    case 'tambah': {
      const r = Math.max(...baris) + 1;
      const kode = `IK${urutKode++}`;
      const nilai: Partial<Record<Kolom, string | number>> = { Perspektif: 'Perspektif uji', Sasaran: 'Sasaran uji baru', Kode: kode, Indikator: `Indikator ${kode}`, IKU: 'Tidak', Satuan: '%', Polaritas: 'positif', Target: l.target, 'Pola target': 'tetap' };
      for (const [k, v] of Object.entries(nilai)) b.ketik([sel(r, k as Kolom), v as never]);
      return;
    }
    case 'pindah-bawah': {
      // The last indicator one row down (a blank row above it): the order by sasaran may stay the same.
      const r = Math.max(...baris);
      const a = isi(r);
      KOLOM_BARIS.forEach((k, x) => b.ketik([sel(r + 1, k), (a[x] ?? null) as never], [sel(r, k), null]));
      return;
    }
  }
}

/** The RAPK banner: the sheet's own verdict (blank while the table matches the PK and the period setting). */
function spanduk(b: BukuUji): string {
  const h = b.header(SHEET.RAPK);
  return String(b.bk.nilai(SHEET.RAPK, h - 1, 0) ?? '');
}

function basi(wb: WorkbookSnapshot): string[] {
  const kode = Object.keys(aturanPerbarui.kode);
  return periksaModel(bacaBukuKerja(wb))
    .temuan.filter((t) => kode.includes(t.kode))
    .map((t) => `${t.kode}@${t.sheet}!${t.sel}`);
}

describe('Periksa dan spanduk RAPK sepakat: PK berubah ⇔ temuan "klik Perbarui"', () => {
  test('urutan acak suntingan PK (nilai sah), lalu klik Perbarui', () => {
    const b = BukuUji.contoh();
    const dilihat = { basi: 0, segar: 0 };
    fc.assert(
      fc.property(fc.array(langkah, { minLength: 1, maxLength: 6 }), (urut) => {
        for (const l of urut) {
          terapkan(b, l);
          const s = spanduk(b);
          const t = basi(b.snapshot());
          dilihat[s ? 'basi' : 'segar']++;
          if ((s !== '') !== (t.length > 0)) throw new Error(`tidak sepakat setelah ${JSON.stringify(l)}: spanduk ${JSON.stringify(s)}, Periksa ${JSON.stringify(t)}`);
        }
        b.perbarui();
        expect([spanduk(b), basi(b.snapshot())]).toEqual(['', []]);
      }),
      { numRuns: 20, seed: Number(process.env.BENIH ?? 20240115), endOnFailure: true },
    );
    // Both sides of the equivalence were seen (a step may leave the PK as the RAPK has it).
    expect(dilihat.basi).toBeGreaterThan(20);
    expect(dilihat.segar).toBeGreaterThan(0);
  }, 300_000);
});

// ---------------------------------------------------------------------------
// Duplicate and blank Kodes: Periksa and Perbarui

const HURUF = ['I', 'K', 'k', 'i', ' ', '0', '1', '\u212A', 'ß', 'S', 's', '.', '-'];
const kodeArb = fc.array(fc.constantFrom(...HURUF), { maxLength: 5 }).map((x) => x.join(''));

function pkDenganKode(kode: string[]): WorkbookSnapshot {
  const header = [...PK_KOLOM];
  const values = [header, ...kode.map((k, i) => header.map((h) => (h === 'Kode' ? k : h === 'Indikator' ? `Indikator ${i + 1}` : h === 'Sasaran' ? 'Sasaran 1' : h === 'Target' ? 80 : h === 'Pola target' ? 'akhir' : null)))];
  return { host: 'excel', sheets: [{ name: SHEET.PK, values }] };
}

test('kode ganda atau kosong dilaporkan tepat bila Perbarui menolak PK (kunciKode sama di keduanya)', () => {
  fc.assert(
    fc.property(fc.array(kodeArb, { minLength: 1, maxLength: 4 }), (kode) => {
      const m = bacaBukuKerja(pkDenganKode(kode));
      const temuan = periksaModel(m).temuan.filter((t) => t.kode === 'kode-ganda' || t.kode === 'kode-kosong');
      const susun = susunPk(m.pk!);
      expect(temuan.length > 0).toBe(!susun.ok);
    }),
    { numRuns: 2000 },
  );
});

// ---------------------------------------------------------------------------
// "> n" bounds: Periksa's reading and the bands-in-force formula in HyperFormula

const batasArb = fc
  .tuple(fc.constantFrom('', '-'), fc.integer({ min: 0, max: 99999 }), fc.constantFrom('', ',', '.'), fc.integer({ min: 0, max: 999 }), fc.constantFrom(1, 2, 3))
  .map(([t, a, sep, b, n]) => `${t}${a}${sep ? `${sep}${String(b).padStart(n, '0').slice(-n)}` : ''}`);

test('batas "> n": angkaBatasNatif sama dengan yang dihitung rumus pita di HyperFormula', () => {
  const b = BukuUji.contoh();
  b.ketik([b.setelan('Preset kriteria'), 'Tabel sendiri']);
  const v = b.bk.bacaSnapshot([SHEET.PENGATURAN]).sheets[0].values;
  const pita = v.findIndex((r) => r[0] === 'Ambang' && r[1] === 'Kriteria berlaku');
  const sendiri = v.findIndex((r) => r[0] === 'Batas bawah' && r[1] === 'Kriteria');
  const i = 5; // the own table's "> 120" row
  let dibandingkan = 0;
  fc.assert(
    fc.property(batasArb, fc.constantFrom('>', '> ', '>  '), (s, gt) => {
      b.bk.isiSel(SHEET.PENGATURAN, sendiri + 1 + i, 0, `${gt}${s}`);
      const hf = b.bk.nilai(SHEET.PENGATURAN, pita + 1 + i, 2); // column C: the bound as the formula reads it
      const natif = angkaBatasNatif(s);
      if (natif === null) expect(typeof hf === 'number' ? hf : 'galat').toBe('galat');
      else {
        expect(typeof hf).toBe('number');
        expect(hf as number).toBeCloseTo(natif, 9);
      }
      // The rule reports exactly where the formula reads another number than Kinerja does (or none).
      const inti = parseNumberText(s);
      const beda = inti !== null && !(typeof hf === 'number' && Math.abs(hf - inti.value) <= 1e-9 * Math.max(1, Math.abs(inti.value)));
      const temuan = periksaSatu(aturanPengaturan, b.bk.bacaSnapshot([SHEET.PENGATURAN])).filter((t) => t.kode === 'kriteria-batas-natif');
      expect(temuan.length).toBe(beda ? 1 : 0);
      dibandingkan++;
    }),
    { numRuns: 300 },
  );
  expect(dibandingkan).toBe(300);
}, 120_000);
