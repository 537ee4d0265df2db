/**
 * The guarantees of issue 8 that are about the engine behind "Perbarui dari PK"
 * (core/perbarui.ts, core/tabel.ts): every typed figure is found by its Kode,
 * never by its row.
 *
 *   - reordering PK rows never pairs a figure with another indicator, in the RAPK
 *     or in any view (generated PKs and orders, fast-check);
 *   - deleting PK rows sends their figures to RAPK Arsip, one entry per cell;
 *     they come back when the indicator returns;
 *   - switching Pengaturan's Periode keeps every figure whose period still
 *     exists and archives the rest: nothing typed is lost;
 *   - the views are sized to the PK: 62 and 2,000 indicators give exactly that
 *     many rows (no silent cap of 50);
 *   - realisasi typed in an older Kinerja's Pengukuran or Renstra moves to the RAPK;
 *   - the sheet itself says when the PK changed after the click (banner, Cek PK)
 *     and says nothing right after it.
 *
 * Generated runs use core/simulasi.ts (what is written); the view checks run in
 * the browser workbook's engine (what a host computes).
 */
import fc from 'fast-check';
import { LABEL_ORGANISASI, SHEET, rapkBlok, rapkHeaders } from '../core/layout';
import { capaian, nps } from '../core/formulas';
import { JENIS_PERIODE, JenisPeriode, daftarPeriode } from '../core/periode';
import { PENGUKURAN_KOLOM } from '../core/layout';
import { CellInput, ERROR_TEXT, isKError } from '../core/values';
import { SheetSnapshot, WriteValue } from '../core/workbook';
import { Buku, KECIL, PkIsi, barisJudulKolom, pkBanyak } from './helpers/buku-uji';

/** One figure typed in the RAPK: [Kode, header, value]. */
type Isian = [string, string, WriteValue];

const tampil = (v: CellInput): CellInput => (v === '' || v === undefined ? null : v);

/** Each figure is at its Kode and header, still typed (not a formula), or in RAPK Arsip with its Kode, column and value. */
function tidakAdaYangHilang(b: Buku, isian: Isian[], opsi: { harusDiArsip?: Set<string> } = {}): void {
  const arsip = b.arsip().filter((e) => e.Lembar === SHEET.RAPK);
  for (const [kode, h, v] of isian) {
    let diRapk = false;
    try {
      const s = b.sel(kode, h);
      diRapk = s.rumus === '' && s.nilai === v;
    } catch {
      diRapk = false;
    }
    const diArsip = arsip.some((e) => e.Kunci === kode && e.Kolom === h && e.Nilai === v);
    if (!diRapk && !diArsip) throw new Error(`${kode} ${h} = ${String(v)} hilang`);
    if (opsi.harusDiArsip?.has(kode) && !diArsip) throw new Error(`${kode} ${h} = ${String(v)} tidak ada di RAPK Arsip`);
  }
}

/** The rows of a view sheet in order, with the RAPK row (1-based) each lookup formula reads. */
function barisView(b: Buku, sheet: string, kolomRumus: string): Array<{ kode: CellInput; rapkBaris: number | null }> {
  const s = b.lembar(sheet) as SheetSnapshot;
  const h = barisJudulKolom(s.values, ['Kode', kolomRumus]);
  const cK = s.values[h].indexOf('Kode');
  const cR = s.values[h].indexOf(kolomRumus);
  const out: Array<{ kode: CellInput; rapkBaris: number | null }> = [];
  for (let r = h + 1; r < s.values.length; r++) {
    const kode = s.values[r]?.[cK];
    if (kode === null || kode === undefined || kode === '') break;
    const m = String(s.formulas?.[r]?.[cR] ?? '').match(/RAPK!D(\d+)\)/);
    out.push({ kode, rapkBaris: m ? Number(m[1]) : null });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Generated PKs, figures and edits

interface Kasus {
  pk: PkIsi[];
  isian: Isian[];
}

const POLA = ['akhir', 'tetap', 'kumulatif'];

/** 3–9 indicators in 1–3 sasaran, and distinct figures typed for some of them in some quarters. */
const kasusArb: fc.Arbitrary<Kasus> = fc
  .integer({ min: 3, max: 9 })
  .chain((n) =>
    fc.record({
      sasaran: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: n, maxLength: n }),
      pola: fc.array(fc.constantFrom(...POLA), { minLength: n, maxLength: n }),
      ketik: fc.array(fc.record({ i: fc.nat(n - 1), q: fc.constantFrom('B3', 'B6', 'B9', 'B12'), jenis: fc.nat(2) }), { maxLength: 3 * n }),
    }),
  )
  .map(({ sasaran, pola, ketik }) => {
    const pk: PkIsi[] = sasaran.map((s, i) => ({ perspektif: 'Customer Perspective', sasaran: `S${s}`, kode: `K${i + 1}`, indikator: `Indikator ${i + 1}`, target: 100, pola: pola[i] }));
    const sudah = new Set<string>();
    const isian: Isian[] = [];
    ketik.forEach(({ i, q, jenis }, j) => {
      const h = rapkBlok(q)[jenis];
      if (sudah.has(`${i}|${h}`)) return;
      sudah.add(`${i}|${h}`);
      // Distinct values: a figure found under another Kode is seen at once.
      isian.push([`K${i + 1}`, h, 1000 * (i + 1) + j + 0.5]);
    });
    return { pk, isian };
  });

function dengan(kasus: Kasus, mesin: 'web' | 'sim' = 'sim'): Buku {
  const b = new Buku(kasus.pk, { mesin });
  b.perbarui();
  b.ketikBanyak(kasus.isian);
  return b;
}

/** A permutation of 0..n-1. */
const urutanArb = (n: number): fc.Arbitrary<number[]> => fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n });

describe('urutan PK diubah: setiap angka tetap pada Kode-nya', () => {
  test('RAPK, Pengukuran dan Renstra: isian di Kode-nya, dan setiap baris tampilan membaca baris RAPK berkode sama (300 urutan)', () => {
    fc.assert(
      fc.property(kasusArb.chain((k) => fc.tuple(fc.constant(k), urutanArb(k.pk.length))), ([kasus, urut]) => {
        const b = dengan(kasus);
        b.gantiPk(urut.map((i) => kasus.pk[i]));
        b.perbarui();
        tidakAdaYangHilang(b, kasus.isian);
        expect(b.arsip()).toEqual([]);
        // Rows in the new PK order, each sasaran kept together (in order of first appearance).
        const pkBaru = urut.map((i) => kasus.pk[i]);
        const sasaran = [...new Set(pkBaru.map((r) => r.sasaran))];
        const kode = b.kode();
        expect(kode).toEqual(sasaran.flatMap((x) => pkBaru.filter((r) => r.sasaran === x).map((r) => r.kode)));
        const rapkBaris = new Map(kode.map((k) => [k, b.cari(String(k), 'Kode').r + 1]));
        for (const [sheet, kolom] of [
          [SHEET.PENGUKURAN, 'Realisasi'],
          [SHEET.RENSTRA, `Realisasi ${new Date(b.sekarang).getFullYear()}`],
        ]) {
          const rows = barisView(b, sheet, kolom);
          expect(rows.map((r) => r.kode)).toEqual(kode);
          for (const r of rows) expect(r.rapkBaris).toBe(rapkBaris.get(r.kode));
        }
      }),
      { numRuns: 300 },
    );
  });

  test('mesin spreadsheet: Pengukuran menampilkan realisasi dan capaian Kode-nya sendiri, NPS sasaran dari indikatornya (25 urutan)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 7 })
          .chain((n) =>
            fc.tuple(
              fc.array(fc.integer({ min: 1, max: 2 }), { minLength: n, maxLength: n }),
              fc.array(fc.option(fc.double({ min: 1, max: 200, noNaN: true }), { nil: null }), { minLength: n, maxLength: n }),
              fc.array(fc.constantFrom('positif', 'negatif'), { minLength: n, maxLength: n }),
              urutanArb(n),
            ),
          ),
        ([sasaran, realisasi, polaritas, urut]) => {
          const pk: PkIsi[] = sasaran.map((s, i) => ({ perspektif: 'Customer Perspective', sasaran: `S${s}`, kode: `K${i + 1}`, indikator: `Indikator ${i + 1}`, target: 10 * (i + 1), polaritas: polaritas[i], pola: 'tetap' }));
          const isian: Isian[] = [];
          realisasi.forEach((v, i) => v !== null && isian.push([`K${i + 1}`, rapkBlok('B12')[2], v]));
          const b = dengan({ pk, isian }, 'web');
          b.gantiPk(urut.map((i) => pk[i]));
          b.perbarui();
          const cap = new Map<string, CellInput>();
          pk.forEach((r, i) => {
            const kode = r.kode as string;
            const harap = realisasi[i] === null ? null : capaian(realisasi[i], r.target as number, r.polaritas);
            cap.set(kode, isKError(harap) ? harap.toString() : (harap as CellInput));
            expect(tampil(b.nilai(kode, 'Realisasi', SHEET.PENGUKURAN))).toBe(realisasi[i]);
            const got = tampil(b.nilai(kode, 'Capaian', SHEET.PENGUKURAN));
            if (harap === null) expect(got).toBeNull();
            // Core's error (e.g. units that disagree) is an error in the sheet too, never a number.
            else if (isKError(harap)) expect(String(got).startsWith(ERROR_TEXT[harap.code])).toBe(true);
            else expect(got as number).toBeCloseTo(harap as number, 9);
          });
          // NPS per sasaran, on the first row of the sasaran, from its own indicators only.
          for (const s of [...new Set(sasaran)]) {
            const ini = pk.filter((r) => r.sasaran === `S${s}`);
            const pertama = b.kode(SHEET.PENGUKURAN).find((k) => ini.some((r) => r.kode === k)) as string;
            const harap = nps(ini.map((r) => ({ capaian: cap.get(r.kode as string) ?? null, bobot: 1 })));
            const got = tampil(b.nilai(pertama, 'NPS Sasaran', SHEET.PENGUKURAN));
            if (harap === null) expect(got).toBeNull();
            else if (isKError(harap)) expect(String(got)).toMatch(/^#/);
            else expect(got as number).toBeCloseTo(harap as number, 9);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  test('contoh issue 8: Stunting dan kematian ibu bertukar baris di PK, realisasi tidak ikut tertukar', () => {
    const pk: PkIsi[] = [
      { perspektif: 'Customer Perspective', sasaran: 'Kesehatan', kode: 'KES1', indikator: 'Angka kematian ibu', polaritas: 'negatif', target: 150, pola: 'akhir' },
      { sasaran: 'Kesehatan', kode: 'KES2', indikator: 'Prevalensi stunting', polaritas: 'negatif', target: 14, pola: 'akhir' },
    ];
    const b = new Buku(pk);
    b.perbarui();
    const R12 = rapkBlok('B12')[2];
    b.ketikBanyak([
      ['KES1', R12, 142],
      ['KES2', R12, 8],
    ]);
    const sebelum = [b.nilai('KES1', 'Capaian', SHEET.PENGUKURAN), b.nilai('KES2', 'Capaian', SHEET.PENGUKURAN)];
    b.gantiPk([pk[1], pk[0]].map((r) => ({ ...r, perspektif: 'Customer Perspective', sasaran: 'Kesehatan' })));
    b.perbarui();
    expect(b.nilai('KES2', 'Realisasi', SHEET.PENGUKURAN)).toBe(8);
    expect(b.nilai('KES2', 'Capaian', SHEET.PENGUKURAN)).toBeCloseTo(((2 * 14 - 8) / 14) * 100, 9);
    expect([b.nilai('KES1', 'Capaian', SHEET.PENGUKURAN), b.nilai('KES2', 'Capaian', SHEET.PENGUKURAN)]).toEqual(sebelum);
  });
});

describe('baris PK dihapus: isiannya ke RAPK Arsip, kembali bila indikatornya kembali', () => {
  test('yang dihapus hanya ada di RAPK Arsip (satu entri per sel), yang tetap tidak diarsipkan; setelah kembali, semua isian di Kode-nya lagi (200 kasus)', () => {
    fc.assert(
      fc.property(
        kasusArb.chain((k) => fc.tuple(fc.constant(k), fc.subarray(k.pk.map((r) => r.kode as string), { minLength: 1, maxLength: k.pk.length - 1 }), urutanArb(k.pk.length))),
        ([kasus, hapus, urut]) => {
          const b = dengan(kasus);
          const dihapus = new Set(hapus);
          b.gantiPk(kasus.pk.filter((r) => !dihapus.has(r.kode as string)));
          const plan = b.perbarui('2024-05-06T07:08:00.000Z');
          tidakAdaYangHilang(b, kasus.isian, { harusDiArsip: dihapus });
          const arsip = b.arsip().filter((e) => e.Lembar === SHEET.RAPK && e.Nilai !== null);
          expect(arsip.map((e) => [e.Kunci, e.Kolom, e.Nilai]).sort()).toEqual(kasus.isian.filter(([k]) => dihapus.has(k)).sort());
          expect(arsip.every((e) => e.Alasan === 'Kode tidak ada lagi di PK' && e.Diarsipkan === '2024-05-06 07:08 UTC')).toBe(true);
          for (const sheet of [SHEET.RAPK, SHEET.PENGUKURAN, SHEET.RENSTRA]) expect(b.kode(sheet).filter((k) => dihapus.has(String(k)))).toEqual([]);
          expect(plan.ringkasan).toContain(`${dihapus.size} dipindah ke RAPK Arsip`);

          // Back, in another order: every figure at its Kode again, typed.
          b.gantiPk(urut.map((i) => kasus.pk[i]));
          const kembali = b.perbarui();
          for (const [kode, h, v] of kasus.isian) expect(b.sel(kode, h)).toEqual({ nilai: v, rumus: '' });
          const denganIsian = new Set(kasus.isian.map(([k]) => k).filter((k) => dihapus.has(k)));
          if (denganIsian.size) expect(kembali.ringkasan).toContain(`(${denganIsian.size} dengan isian dari RAPK Arsip)`);
          // A third click neither restores twice nor archives again.
          const n = b.arsip().length;
          expect(b.perbarui().catatan).toEqual([]);
          expect(b.arsip()).toHaveLength(n);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('Periode di Pengaturan diganti: isian periode yang masih ada tetap, sisanya ke RAPK Arsip', () => {
  const SIKLUS: JenisPeriode[] = ['triwulan', 'bulanan', 'semester', 'tahunan', 'triwulan'];

  test('triwulan → bulanan → semester → tahunan → triwulan: tidak ada isian yang hilang; Pengukuran membaca periode laporan', () => {
    const b = new Buku(KECIL);
    b.perbarui();
    const semua: Isian[] = [];
    let n = 0;
    SIKLUS.forEach((jenis, langkah) => {
      if (langkah > 0) {
        b.setel('Periode', jenis);
        const plan = b.perbarui();
        expect(plan.ringkasan).toContain(`periode ${jenis} (${daftarPeriode(jenis).join(', ')})`);
        expect(plan.catatan.join(' ')).toContain(`Periode RAPK diubah menjadi ${jenis}`);
      }
      const q = daftarPeriode(jenis);
      expect(rapkHeaders(q).every((h) => b.cari('IK01', h))).toBe(true);
      // Periods that still exist keep their figures, typed.
      const lama = semua.filter(([, h]) => q.includes(h.split(' ').pop() as string));
      for (const [k, h, v] of lama) {
        if (b.arsip().some((e) => e.Kunci === k && e.Kolom === h && e.Nilai === v)) continue; // archived on an earlier switch
        expect(b.sel(k, h)).toEqual({ nilai: v, rumus: '' });
      }
      tidakAdaYangHilang(b, semua);
      // Type a figure in every period of this setting.
      for (const p of q) {
        // A cell nobody typed in yet (a retyped cell would replace its figure, as the user meant).
        const kode = KECIL.map((r) => r.kode as string).find((k) => !semua.some(([x, h]) => x === k && h === rapkBlok(p)[2]));
        if (!kode) continue;
        const isi: Isian = [kode, rapkBlok(p)[2], ++n];
        b.ketik(...isi);
        semua.push(isi);
      }
      // Pengukuran shows the last period (Periode laporan B12): IK0x's figure typed in B12.
      const diB12 = [...semua].reverse().find(([, h]) => h === rapkBlok('B12')[2]) as Isian;
      expect(b.nilai(diB12[0], 'Realisasi', SHEET.PENGUKURAN)).toBe(diB12[2]);
    });
    // Archived exactly once each, with the reason.
    const arsip = b.arsip().filter((e) => e.Nilai !== null);
    expect(new Set(arsip.map((e) => `${e.Kunci}|${e.Kolom}`)).size).toBe(arsip.length);
    expect(arsip.every((e) => /^kolom .+ tidak ada lagi di RAPK \(pengaturan periode berubah\)$/.test(String(e.Alasan)))).toBe(true);
  });

  test.each([false, true])('tabel menyempit (triwulan → semester → tahunan), catatan pengguna di kanan tabel: %s — kolom lamanya hilang, klik berikutnya tidak menganggapnya isian pengguna', (adaCatatan) => {
    const b = new Buku(KECIL);
    b.perbarui();
    b.ketik('IK01', rapkBlok('B3')[2], 3);
    if (adaCatatan) b.ketikDi(SHEET.RAPK, 'AU5', 'catatan IK01'); // the user's, right of the triwulan table
    const diKanan = (lebar: number): CellInput[][] => {
      const s = b.lembar(SHEET.RAPK) as SheetSnapshot;
      return s.values.flatMap((row, r) => row.map((v, c) => [r, c, s.formulas?.[r]?.[c] || v] as CellInput[]).filter((x) => (x[1] as number) >= lebar && x[2] !== null && x[2] !== ''));
    };
    for (const jenis of ['semester', 'tahunan'] as JenisPeriode[]) {
      b.setel('Periode', jenis);
      const plan = b.perbarui();
      const lebar = rapkHeaders(daftarPeriode(jenis)).length;
      // Only the user's note is right of the table, moved with the table's edge.
      expect(diKanan(lebar)).toEqual(adaCatatan ? [[4, lebar, 'catatan IK01']] : []);
      expect(plan.catatan.filter((c) => c.startsWith('Isian Anda di kanan tabel'))).toEqual(adaCatatan ? [expect.stringContaining('ikut pindah bersama barisnya ke kolom')] : []);
    }
    expect(b.arsip().filter((e) => e.Nilai !== null).map((e) => [e.Kunci, e.Kolom, e.Nilai])).toEqual([['IK01', rapkBlok('B3')[2], 3]]);
    expect(b.perbarui().catatan).toEqual([]);
  });

  test('urutan periode acak, isian acak di antaranya: tidak ada yang hilang, yang periodenya ada tetap diketik (150 urutan)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...JENIS_PERIODE), fc.array(fc.tuple(fc.nat(4), fc.nat(11), fc.nat(2)), { maxLength: 6 })), { minLength: 1, maxLength: 5 }),
        (langkah) => {
          const b = new Buku(KECIL, { mesin: 'sim' });
          b.perbarui();
          let jenis: JenisPeriode = 'triwulan';
          const semua: Isian[] = [];
          const arsipKe = new Set<string>();
          let n = 0;
          for (const [baru, ketik] of langkah) {
            for (const [i, p, j] of ketik) {
              const q = daftarPeriode(jenis);
              const h = rapkBlok(q[p % q.length])[j];
              const kode = KECIL[i].kode as string;
              if (semua.some(([k, x]) => k === kode && x === h)) continue;
              const isi: Isian = [kode, h, ++n];
              b.ketik(...isi);
              semua.push(isi);
            }
            b.setel('Periode', baru);
            b.perbarui();
            const q = daftarPeriode(baru);
            for (const [k, h, v] of semua) {
              const ada = q.includes(h.split(' ').pop() as string);
              if (!ada) arsipKe.add(`${k}|${h}`);
              if (ada && !arsipKe.has(`${k}|${h}`)) expect(b.sel(k, h)).toEqual({ nilai: v, rumus: '' });
            }
            tidakAdaYangHilang(b, semua);
            // Each figure archived once, and nothing of the old table left right of the new one.
            const arsip = b.arsip().filter((e) => e.Nilai !== null);
            expect(new Set(arsip.map((e) => `${e.Kunci}|${e.Kolom}`)).size).toBe(arsip.length);
            const lebar = rapkHeaders(q).length;
            const s = b.lembar(SHEET.RAPK) as SheetSnapshot;
            expect(s.values.some((row, r) => row.some((v, c) => c >= lebar && ((v !== null && v !== '') || s.formulas?.[r]?.[c])))).toBe(false);
            jenis = baru;
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('lembar kerja sebesar PK: tanpa batas baris diam-diam', () => {
  test('62 indikator: 62 baris di RAPK, Pengukuran dan Renstra; indikator 51–62 ikut NPS sasaran dan organisasi', () => {
    const pk = pkBanyak(62);
    const b = new Buku(pk);
    const plan = b.perbarui();
    expect(plan.ringkasan).toContain('62 indikator, 21 sasaran');
    const kode = pk.map((r) => r.kode);
    for (const sheet of [SHEET.RAPK, SHEET.PENGUKURAN, SHEET.RENSTRA]) expect(b.kode(sheet)).toEqual(kode);
    const ag = b.lembar(SHEET.ANGGARAN) as SheetSnapshot;
    const hA = barisJudulKolom(ag.values, ['Sasaran', 'Pagu']);
    expect(ag.values.slice(hA + 1, hA + 22).map((r) => r[1])).toEqual(Array.from({ length: 21 }, (_, i) => `Sasaran ${i + 1}`));
    expect(ag.values[hA + 22][1]).toBe('Jumlah');
    // Only the last sasaran (indicators 61, 62) gets realisasi: the organisation NPS is theirs.
    const R12 = rapkBlok('B12')[2];
    b.ketikBanyak([
      ['IK0061', R12, 80],
      ['IK0062', R12, 90],
    ]);
    expect(b.nilai('IK0061', 'NPS Sasaran', SHEET.PENGUKURAN)).toBeCloseTo(85, 9);
    const uk = b.lembar(SHEET.PENGUKURAN) as SheetSnapshot;
    // The summary sits under the Perspektif column: the organisation's NPS is right of its label.
    const org = uk.values.find((r) => r.includes(LABEL_ORGANISASI)) as CellInput[];
    expect(org[org.indexOf(LABEL_ORGANISASI) + 1]).toBeCloseTo(85, 9);
  });

  test('2.000 indikator: tepat 2.000 baris di RAPK, Pengukuran dan Renstra, setiap baris tampilan membaca baris RAPK berkode sama', () => {
    const pk = pkBanyak(2000);
    const b = new Buku(pk, { mesin: 'sim' });
    expect(b.perbarui().ringkasan).toContain('2000 indikator, 667 sasaran');
    const kode = pk.map((r) => r.kode);
    expect(b.kode(SHEET.RAPK)).toEqual(kode);
    const rapkBaris = new Map((b.lembar(SHEET.RAPK) as SheetSnapshot).values.map((r, i) => [r[3], i + 1]));
    for (const [sheet, kolom] of [
      [SHEET.PENGUKURAN, 'Realisasi'],
      [SHEET.RENSTRA, `Realisasi ${new Date(b.sekarang).getFullYear()}`],
    ]) {
      const rows = barisView(b, sheet, kolom);
      expect(rows.map((r) => r.kode)).toEqual(kode);
      for (const r of rows) if (r.rapkBaris !== rapkBaris.get(r.kode)) throw new Error(`${sheet} ${String(r.kode)} membaca RAPK baris ${r.rapkBaris}`);
    }
    // The summary's NPS and the organisation read the whole table.
    const uk = b.lembar(SHEET.PENGUKURAN) as SheetSnapshot;
    const hU = barisJudulKolom(uk.values, ['Kode', 'Realisasi']);
    // The summary sits under the Sasaran column; its NPS column holds the formulas.
    const kS = uk.values[hU].indexOf('Sasaran');
    const ringkas = uk.formulas?.find((r, i) => i > hU + 2000 && /Internal Process/.test(String(uk.values[i]?.[kS])))?.[kS + 1] ?? '';
    expect(ringkas).toContain(`B${hU + 2}:B${hU + 2001}`);
    expect(ringkas).toContain(`N${hU + 2}:N${hU + 2001}`);
  });
});

describe('realisasi yang dulu diketik di Pengukuran (Kinerja lama) pindah ke RAPK', () => {
  /** A Pengukuran sheet as an earlier Kinerja left it: Realisasi typed, the rest formulas over the PK. */
  function pengukuranLama(realisasiPerBaris: CellInput[]): CellInput[][] {
    const rows: CellInput[][] = [
      ['Pengukuran Kinerja: capaian indikator, NPS sasaran, perspektif dan organisasi'],
      ['Ketik Realisasi (kolom J). Kolom lain diambil dari lembar PK atau dihitung: Capaian = KINERJA.CAPAIAN, Kriteria menurut Tabel 3 LAKIP, NPS = Σ(bobot × capaian) / Σ bobot.'],
      [],
      [...PENGUKURAN_KOLOM],
    ];
    realisasiPerBaris.forEach((realisasi, i) => {
      const r = 5 + i;
      const row: CellInput[] = PENGUKURAN_KOLOM.map(() => null);
      row[0] = i + 1;
      row[3] = `=PK!D${3 + i}`;
      row[4] = `=PK!E${3 + i}`;
      row[8] = `=PK!J${3 + i}`;
      row[9] = realisasi;
      row[10] = `=IF(J${r}="","",J${r}/I${r}*100)`;
      rows.push(row);
    });
    return rows;
  }

  test('nilai ketikan Kinerja lama menjadi Realisasi B12 di RAPK (menurut Kode), Pengukuran kini menghitungnya, catatan mengatakannya', () => {
    const b = new Buku(KECIL);
    // One row per PK row (IK01..IK05), as the old template wrote them.
    b.gantiLembar(SHEET.PENGUKURAN, pengukuranLama([82.5, 'WTP', null, 90, '71,5']));
    expect(b.nilai('IK04', 'Realisasi', SHEET.PENGUKURAN)).toBe(90);
    const plan = b.perbarui();
    const R12 = rapkBlok('B12')[2];
    expect([b.sel('IK01', R12), b.sel('IK02', R12), b.sel('IK04', R12), b.sel('IK05', R12)]).toEqual([
      { nilai: 82.5, rumus: '' },
      { nilai: 'WTP', rumus: '' },
      { nilai: 90, rumus: '' },
      { nilai: '71,5', rumus: '' },
    ]);
    expect(b.sel('IK03', R12).rumus).toMatch(/^=/); // nothing typed: our a / b formula
    expect(plan.catatan.join(' ')).toContain('Realisasi yang dulu diketik di lembar Pengukuran/Renstra dipindah ke RAPK kolom Realisasi B12 (satu tempat untuk setiap angka): IK01 (Pengukuran), IK02 (Pengukuran), IK04 (Pengukuran), IK05 (Pengukuran)');
    // Pengukuran is a view now: the same figures, computed, with their capaian.
    expect(b.sel('IK04', 'Realisasi', SHEET.PENGUKURAN)).toMatchObject({ nilai: 90, rumus: expect.stringMatching(/^=.*RAPK!/) });
    expect(b.nilai('IK04', 'Capaian', SHEET.PENGUKURAN)).toBeCloseTo((90 / 93) * 100, 9);
    expect(b.nilai('IK02', 'Capaian', SHEET.PENGUKURAN)).toBe(100);
    // A second click has nothing left to move.
    expect(b.perbarui().catatan).toEqual([]);
  });

  test('RAPK sudah ada (Realisasi B12 masih rumus kita) dan Pengukuran lama berisi ketikan: ketikannya pindah ke RAPK', () => {
    const b = new Buku(KECIL);
    b.perbarui();
    const R12 = rapkBlok('B12')[2];
    b.ketik('IK03', R12, 40); // typed in the RAPK already: stays
    b.gantiLembar(SHEET.PENGUKURAN, pengukuranLama([82.5, null, 40, 90]));
    const plan = b.perbarui();
    expect([b.sel('IK01', R12), b.sel('IK03', R12), b.sel('IK04', R12)]).toEqual([
      { nilai: 82.5, rumus: '' },
      { nilai: 40, rumus: '' },
      { nilai: 90, rumus: '' },
    ]);
    expect(plan.catatan.join(' ')).toContain('dipindah ke RAPK kolom Realisasi B12 (satu tempat untuk setiap angka): IK01 (Pengukuran), IK04 (Pengukuran)');
    expect(b.nilai('IK01', 'Realisasi', SHEET.PENGUKURAN)).toBe(82.5);
  });

  test('realisasi lama berbeda dengan RAPK B12: RAPK dipakai, nilai Pengukuran disimpan di RAPK Arsip', () => {
    const b = new Buku(KECIL);
    b.perbarui();
    const R12 = rapkBlok('B12')[2];
    b.ketik('IK01', R12, 80);
    // An earlier Kinerja's Pengukuran pasted over ours, with another figure for IK01.
    b.gantiLembar(SHEET.PENGUKURAN, pengukuranLama([82.5]));
    const plan = b.perbarui();
    expect(b.sel('IK01', R12)).toEqual({ nilai: 80, rumus: '' });
    expect(plan.catatan.join(' ')).toContain('Realisasi di Pengukuran/Renstra berbeda dengan RAPK B12; RAPK dipakai, nilai lainnya disimpan di RAPK Arsip: IK01: Pengukuran "82,5", RAPK "80"');
    const arsip = b.arsip().filter((e) => e.Nilai !== null);
    expect(arsip.some((e) => e.Lembar === SHEET.PENGUKURAN && e.Kunci === 'IK01' && e.Kolom === 'Realisasi' && e.Nilai === 82.5 && e.Alasan === 'realisasi di Pengukuran berbeda dengan RAPK B12 (RAPK dipakai)')).toBe(true);
    expect(arsip.every((e) => e.Kunci === 'IK01' && e.Nilai === 82.5)).toBe(true);
  });

  test('petunjuk Kinerja lama di baris judul ("klik Buat Tabel RAPK", "Ketik Realisasi (kolom J)") diganti; teks pengguna tetap', () => {
    const b = new Buku(KECIL);
    b.perbarui();
    const lama: Array<[string, string, string]> = [
      [SHEET.RAPK, 'A2', 'Dibuat dari lembar PK. Ketik Pembilang (a) dan Penyebut (b), atau ketik Realisasi langsung; Target, Capaian, Kriteria dan NPS dihitung. Setelah PK berubah, klik Buat Tabel RAPK lagi: isian Anda tetap.'],
      [SHEET.PENGUKURAN, 'A2', 'Ketik Realisasi (kolom J). Kolom lain diambil dari lembar PK atau dihitung: Capaian = KINERJA.CAPAIAN, Kriteria menurut Tabel 3 LAKIP, NPS = Σ(bobot × capaian) / Σ bobot.'],
      [SHEET.ANGGARAN, 'A2', 'Ketik Realisasi Anggaran (kolom D). Sasaran dan Pagu diambil dari PK, Capaian Output dari NPS sasaran di lembar Pengukuran. IE = capaian output / serapan, SE = 1, TE = (IE − SE) / SE.'],
      [SHEET.RENSTRA, 'A1', 'Renstra: target dan realisasi per tahun (contoh: Renstra 2015–2019, tahun 2019 dari LAKIP 2019)'],
      [SHEET.RENSTRA, 'C2', 'Ubah tahun awal: judul kolom ikut berubah. Ketik target dan realisasi tiap tahun.'],
    ];
    const baru = lama.map(([sheet, ref]) => b.di(sheet, ref).nilai);
    for (const [sheet, ref, teks] of lama) b.ketikDi(sheet, ref, teks);
    b.ketikDi(SHEET.PENGUKURAN, 'A1', 'Pengukuran Kinerja Satker X'); // the user's own title
    const plan = b.perbarui();
    expect(lama.map(([sheet, ref]) => b.di(sheet, ref).nilai)).toEqual(baru);
    expect(String(b.di(SHEET.RAPK, 'A2').nilai)).toContain('klik Perbarui');
    expect(b.di(SHEET.PENGUKURAN, 'A1').nilai).toBe('Pengukuran Kinerja Satker X');
    expect(plan.catatan).toEqual(['Baris judul di atas tabel Pengukuran berisi teks Anda: teks itu dibiarkan.']);
  });

  test('realisasi tahun berjalan yang diketik di Renstra juga pindah ke RAPK', () => {
    const b = new Buku(KECIL);
    b.perbarui();
    const tahun = new Date(b.sekarang).getFullYear();
    // Type over the formula of this year's realisasi, as an earlier template let people do.
    b.ketik('IK04', `Realisasi ${tahun}`, 91, SHEET.RENSTRA);
    const plan = b.perbarui();
    expect(b.sel('IK04', rapkBlok('B12')[2])).toEqual({ nilai: 91, rumus: '' });
    expect(plan.catatan.join(' ')).toContain('IK04 (Renstra)');
    expect(b.sel('IK04', `Realisasi ${tahun}`, SHEET.RENSTRA)).toMatchObject({ nilai: 91, rumus: expect.stringMatching(/^=/) });
  });
});

describe('lembar sendiri mengatakan bila PK berubah setelah klik', () => {
  const spanduk = (b: Buku, sheet: string): CellInput => tampil(b.di(sheet, 'A3').nilai);
  const cekPk = (b: Buku): CellInput[] => b.kode().map((k) => tampil(b.nilai(String(k), 'Cek PK')));

  function segar(): Buku {
    const b = new Buku(KECIL);
    b.perbarui();
    expect(spanduk(b, SHEET.RAPK)).toBeNull();
    expect(spanduk(b, SHEET.PENGUKURAN)).toBeNull();
    expect(spanduk(b, SHEET.ANGGARAN)).toBeNull();
    expect(spanduk(b, SHEET.RENSTRA)).toBeNull();
    expect(cekPk(b)).toEqual([null, null, null, null, null]);
    return b;
  }

  const PK_BERUBAH = /^⚠ PK berubah sejak tabel ini dibuat \(lihat kolom Cek PK\): klik Perbarui/;

  test.each<[string, (pk: PkIsi[]) => PkIsi[], Array<string | null>]>([
    ['target IK03 diubah', (pk) => pk.map((r) => (r.kode === 'IK03' ? { ...r, target: 80 } : r)), [null, null, 'berubah di PK', null, null]],
    ['polaritas IK05 diubah', (pk) => pk.map((r) => (r.kode === 'IK05' ? { ...r, polaritas: 'negatif' } : r)), [null, null, null, null, 'berubah di PK']],
    ['pola IK04 diubah', (pk) => pk.map((r) => (r.kode === 'IK04' ? { ...r, pola: 'akhir' } : r)), [null, null, null, 'berubah di PK', null]],
    ['bobot IK02 diketik', (pk) => pk.map((r) => (r.kode === 'IK02' ? { ...r, bobot: 3 } : r)), [null, 'berubah di PK', null, null, null]],
    ['nama indikator IK01 diubah', (pk) => pk.map((r) => (r.kode === 'IK01' ? { ...r, indikator: 'Indeks kepuasan (baru)' } : r)), ['berubah di PK', null, null, null, null]],
    ['IK03 dan IK04 bertukar baris', (pk) => [pk[0], pk[1], pk[3], pk[2], pk[4]], [null, null, 'baris PK berubah', 'baris PK berubah', null]],
    ['indikator ditambah di akhir', (pk) => [...pk, { sasaran: 'Sasaran C', kode: 'IK06', indikator: 'Baru', target: 1 }], [null, null, null, null, null]],
    ['isi baris IK05 dikosongkan', (pk) => pk.slice(0, 4), [null, null, null, null, 'baris PK berubah']],
  ])('%s: spanduk di RAPK dan setiap lembar kerja, Cek PK menyebut barisnya; kosong lagi setelah klik', (_nama, ubah, cek) => {
    const b = segar();
    b.gantiPk(ubah(KECIL));
    expect(spanduk(b, SHEET.RAPK)).toMatch(PK_BERUBAH);
    for (const sheet of [SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA]) expect(spanduk(b, sheet)).toBe(spanduk(b, SHEET.RAPK));
    expect(cekPk(b)).toEqual(cek);
    b.perbarui();
    for (const sheet of [SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA]) expect(spanduk(b, sheet)).toBeNull();
    expect(b.kode().map((k) => tampil(b.nilai(String(k), 'Cek PK')))).toEqual(b.kode().map(() => null));
  });

  test('baris IK02 dihapus di spreadsheet (rujukannya menjadi #REF!): Cek PK "Kode tidak ada di PK" di baris itu saja', () => {
    const b = segar();
    const bk = b.bk!;
    bk.hf.removeRows(bk.idLembar(SHEET.PK)!, [3, 1]); // PK row 4: IK02
    expect(spanduk(b, SHEET.RAPK)).toMatch(PK_BERUBAH);
    // The rows below follow their PK rows up: still the same Kode, nothing to say.
    expect(cekPk(b)).toEqual([null, 'Kode tidak ada di PK', null, null, null]);
    const plan = b.perbarui();
    expect(plan.ringkasan).toContain('1 dipindah ke RAPK Arsip');
    expect(spanduk(b, SHEET.RAPK)).toBeNull();
    expect(cekPk(b)).toEqual([null, null, null, null]);
  });

  test('Periode di Pengaturan diganti: spanduk menyuruh klik Perbarui; kosong lagi setelah klik', () => {
    const b = segar();
    b.setel('Periode', 'bulanan');
    expect(spanduk(b, SHEET.RAPK)).toMatch(/^⚠ Periode di Pengaturan bukan lagi triwulan: klik Perbarui/);
    expect(spanduk(b, SHEET.PENGUKURAN)).toBe(spanduk(b, SHEET.RAPK));
    b.perbarui();
    expect(spanduk(b, SHEET.RAPK)).toBeNull();
    expect(spanduk(b, SHEET.PENGUKURAN)).toBeNull();
  });

  test('Tahun di Pengaturan diganti: Renstra mengatakannya', () => {
    const b = segar();
    b.setel('Tahun', new Date(b.sekarang).getFullYear() + 1);
    expect(spanduk(b, SHEET.RENSTRA)).toMatch(/^⚠ Tahun di Pengaturan berubah: klik Perbarui/);
    expect(spanduk(b, SHEET.RAPK)).toBeNull();
  });

  test('Kode yang mirip angka dan Perspektif/Sasaran "sama dengan di atas": tidak dianggap berubah', () => {
    const pk: PkIsi[] = [
      { perspektif: 'P', sasaran: 'S', kode: "'01", indikator: 'a', target: 100, pola: 'tetap' },
      { kode: "'1.10", indikator: 'b', target: 100, pola: 'tetap' },
    ];
    const b = new Buku(pk);
    b.perbarui();
    expect(spanduk(b, SHEET.RAPK)).toBeNull();
    expect(b.kode()).toEqual(['01', '1.10']);
    expect(cekPk(b)).toEqual([null, null]);
  });
});
