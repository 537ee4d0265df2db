/**
 * The workbook is a program (issue 8): in the browser workbook's engine, random
 * sequences of what people do — PK rows inserted, deleted and moved, Kode, target,
 * polaritas, pola and bobot changed, realisasi typed, the period setting switched,
 * "Perbarui dari PK" clicked — and after every step:
 *   - nothing typed is lost: each figure is in the RAPK row of its Kode, or in RAPK Arsip;
 *   - no figure is ever shown against another indicator: each Pengukuran row shows the
 *     realisasi typed for its own Kode (or blank, or an error), and a capaian that is a
 *     number is what core computes from that realisasi and that row's target;
 *   - right after a click the views match the PK exactly (same Kodes, no stale banner),
 *     and their capaian are core's for the PK's targets.
 * Also: the 2019 example computes with native formulas only (no Kinerja function is
 * evaluated), and shows Tabel 4.
 */
import fc from 'fast-check';
import type { HyperFormula } from 'hyperformula';
import { BukuKerjaWeb } from '../web/workbook-web';
import { panggilanKinerja } from '../web/hyperformula-kinerja';
import { BACA, rencanaJob } from '../core/jobs';
import { PENGUKURAN_KOLOM, SHEET, rapkBlok, rapkTargetHeader } from '../core/layout';
import { PK_KOLOM } from '../core/pk';
import { ARSIP_HEADER } from '../core/model/arsip';
import { JenisPeriode, daftarPeriode } from '../core/periode';
import { hitungCapaian } from '../core/rumus';
import { CellInput, isKError } from '../core/values';
import { ORGANISASI_NPS_2019, PERSPEKTIF_NPS_TABEL4 } from '../core/contoh2019';

function hfDari(bk: BukuKerjaWeb): HyperFormula {
  return (bk as unknown as { hf: HyperFormula }).hf;
}

function klik(bk: BukuKerjaWeb, job: 'templat' | 'rapk', contoh = false): { ok: boolean; pesan: string } {
  const r = rencanaJob(job, bk.bacaSnapshot(BACA[job]), { contoh, sekarang: '2026-11-30T13:00:00.000Z', zonaMenit: 420 });
  if (r.plan) bk.terapkanRencana(r.plan);
  return r.hasil;
}

/** A sheet as rows of computed values, and the row of its header (found by "Kode"). */
function lembar(bk: BukuKerjaWeb, nama: string, cari = 'Kode'): { v: unknown[][]; h: number; c: (x: string) => number } {
  const hf = hfDari(bk);
  const id = hf.getSheetId(nama);
  if (id === undefined) return { v: [], h: -1, c: () => -1 };
  const v = hf.getSheetValues(id) as unknown[][];
  const h = v.findIndex((r) => (r ?? []).includes(cari));
  return { v, h, c: (x) => (v[h] ?? []).indexOf(x) };
}

describe('contoh 2019 dengan rumus biasa saja', () => {
  test('Pengukuran menunjukkan Tabel 4 (117,42 / 104,96 / 96,73 / 106,37) tanpa satu pun panggilan fungsi Kinerja', () => {
    const bk = new BukuKerjaWeb();
    const awal = panggilanKinerja.jumlah;
    expect(klik(bk, 'templat', true).ok).toBe(true);
    const u = lembar(bk, SHEET.PENGUKURAN, 'Perspektif');
    // The summary below the table: Perspektif | NPS side by side (under Sasaran).
    const kolom = (r: unknown[] | undefined): number => (r ?? []).findIndex((x, c) => x === 'Perspektif' && r?.[c + 1] === 'NPS');
    const ring = u.v.findIndex((r, i) => i > u.h + 1 && kolom(r) >= 0);
    const k = kolom(u.v[ring]);
    const nps = Object.fromEntries(u.v.slice(ring + 1, ring + 5).map((r) => [String(r[k]), Number(r[k + 1])]));
    for (const [p, x] of Object.entries(PERSPEKTIF_NPS_TABEL4)) expect(nps[p]).toBeCloseTo(x, 2);
    expect(nps.Organisasi).toBeCloseTo(ORGANISASI_NPS_2019, 2);
    // Typing a realisasi recomputes, still natively.
    const r = lembar(bk, SHEET.RAPK);
    bk.isiSel(SHEET.RAPK, r.h + 1, r.c(rapkBlok('B12')[2]), 60);
    expect(panggilanKinerja.jumlah - awal).toBe(0);
  });
});

// ---------------------------------------------------------------------------
// Random sequences

interface IndikatorUji {
  kode: string;
  sasaran: string;
  target: number | string;
  polaritas: string;
  pola: string;
  bobot: number;
}

type Aksi =
  | { a: 'ketik'; baris: number; periode: number; nilai: number; ab: boolean }
  | { a: 'sisip'; pos: number; ind: Omit<IndikatorUji, 'kode'> }
  | { a: 'hapus'; pos: number }
  | { a: 'pindah'; dari: number; ke: number }
  | { a: 'ubah'; pos: number; medan: 'target' | 'polaritas' | 'pola' | 'bobot' | 'kode'; nilai: number | string }
  | { a: 'periode'; jenis: JenisPeriode }
  | { a: 'klik' };

const indikator = fc.record({
  sasaran: fc.constantFrom('Sasaran A', 'Sasaran B', 'Sasaran C'),
  target: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 200 }) }, { weight: 1, arbitrary: fc.constantFrom('80–90', 'WTP') }),
  polaritas: fc.constantFrom('positif', 'negatif', 'rentang', ''),
  pola: fc.constantFrom('akhir', 'tetap', 'kumulatif'),
  bobot: fc.constantFrom(1, 2),
});

const aksi: fc.Arbitrary<Aksi> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ a: fc.constant('ketik' as const), baris: fc.nat(20), periode: fc.nat(12), nilai: fc.integer({ min: 0, max: 150 }), ab: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ a: fc.constant('sisip' as const), pos: fc.nat(10), ind: indikator }) },
  { weight: 1, arbitrary: fc.record({ a: fc.constant('hapus' as const), pos: fc.nat(10) }) },
  { weight: 2, arbitrary: fc.record({ a: fc.constant('pindah' as const), dari: fc.nat(10), ke: fc.nat(10) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      a: fc.constant('ubah' as const),
      pos: fc.nat(10),
      medan: fc.constantFrom('target' as const, 'polaritas' as const, 'pola' as const, 'bobot' as const, 'kode' as const),
      nilai: fc.oneof(fc.integer({ min: 1, max: 150 }), fc.constantFrom('negatif', 'tetap', 'akhir')),
    }),
  },
  { weight: 1, arbitrary: fc.record({ a: fc.constant('periode' as const), jenis: fc.constantFrom<JenisPeriode>('triwulan', 'bulanan', 'semester', 'tahunan') }) },
  { weight: 4, arbitrary: fc.constant({ a: 'klik' as const }) },
);

const KOLOM = Object.fromEntries(PK_KOLOM.map((h, i) => [h, i])) as Record<(typeof PK_KOLOM)[number], number>;
const BARIS_PK = 4;

class Dunia {
  bk = new BukuKerjaWeb();
  hf: HyperFormula;
  /** What was typed: key "kode|header" → value, as the user last typed it. */
  ketikan = new Map<string, number>();
  kodeBaru = 0;
  langkah = 0;

  constructor(awal: Array<Omit<IndikatorUji, 'kode'>>) {
    expect(klik(this.bk, 'templat').ok).toBe(true);
    this.hf = hfDari(this.bk);
    awal.forEach((ind, i) => this.tulisPk(BARIS_PK + i, { ...ind, kode: this.kode() }));
  }

  kode(): string {
    return `K${String(++this.kodeBaru).padStart(2, '0')}`;
  }

  get idPk(): number {
    return this.hf.getSheetId(SHEET.PK) as number;
  }

  barisPk(): number[] {
    const v = this.hf.getSheetValues(this.idPk) as unknown[][];
    const out: number[] = [];
    for (let r = BARIS_PK; r < v.length; r++) if (v[r]?.[KOLOM.Kode]) out.push(r);
    return out;
  }

  tulisPk(r: number, ind: IndikatorUji): void {
    const row: (string | number | null)[] = Array(PK_KOLOM.length).fill(null);
    row[KOLOM.Sasaran] = ind.sasaran;
    row[KOLOM.Perspektif] = 'Perspektif Pelanggan';
    row[KOLOM.Kode] = ind.kode;
    row[KOLOM.Indikator] = `Indikator ${ind.kode}`;
    row[KOLOM.Bobot] = ind.bobot;
    row[KOLOM.Satuan] = '%';
    row[KOLOM.Polaritas] = ind.polaritas || null;
    row[KOLOM.Target] = ind.target;
    row[KOLOM['Pola target']] = ind.pola;
    this.hf.setCellContents({ sheet: this.idPk, row: r, col: 1 }, [row.slice(1)]);
  }

  jalankan(x: Aksi): void {
    this.langkah++;
    const pk = this.barisPk();
    switch (x.a) {
      case 'ketik': {
        const r = lembar(this.bk, SHEET.RAPK);
        const rows = r.v.slice(r.h + 1).map((row, i) => ({ row, i })).filter((x2) => typeof x2.row?.[0] === 'number');
        if (r.h < 0 || rows.length === 0) return;
        const pilih = rows[x.baris % rows.length];
        const periode = r.v[r.h].map(String).filter((h) => /^Realisasi B\d+$/.test(h));
        const q = periode[x.periode % periode.length].replace('Realisasi ', '');
        const kode = String(pilih.row[r.c('Kode')]);
        const baris = r.h + 1 + pilih.i;
        if (x.ab) {
          const [ha, hb] = rapkBlok(q);
          this.bk.isiSel(SHEET.RAPK, baris, r.c(ha), x.nilai);
          this.bk.isiSel(SHEET.RAPK, baris, r.c(hb), 100);
          this.ketikan.set(`${kode}|${ha}`, x.nilai);
          this.ketikan.set(`${kode}|${hb}`, 100);
        } else {
          this.bk.isiSel(SHEET.RAPK, baris, r.c(rapkBlok(q)[2]), x.nilai);
          this.ketikan.set(`${kode}|${rapkBlok(q)[2]}`, x.nilai);
        }
        return;
      }
      case 'sisip': {
        const pos = pk.length ? Math.min(pk[x.pos % pk.length], pk[pk.length - 1] + 1) : BARIS_PK;
        this.hf.addRows(this.idPk, [pos, 1]);
        this.tulisPk(pos, { ...x.ind, kode: this.kode() });
        return;
      }
      case 'hapus':
        if (pk.length > 1) this.hf.removeRows(this.idPk, [pk[x.pos % pk.length], 1]);
        return;
      case 'pindah': {
        if (pk.length < 2) return;
        const dari = pk[x.dari % pk.length];
        const ke = pk[x.ke % pk.length];
        if (dari !== ke) this.hf.moveRows(this.idPk, dari, 1, ke > dari ? ke + 1 : ke);
        return;
      }
      case 'ubah': {
        if (!pk.length) return;
        const r = pk[x.pos % pk.length];
        const kol = { target: KOLOM.Target, polaritas: KOLOM.Polaritas, pola: KOLOM['Pola target'], bobot: KOLOM.Bobot, kode: KOLOM.Kode }[x.medan];
        const nilai =
          x.medan === 'kode'
            ? this.kode()
            : x.medan === 'pola'
              ? (['akhir', 'tetap', 'kumulatif'] as const)[Number(x.nilai) % 3 || 0] ?? 'tetap'
              : x.medan === 'polaritas'
                ? (typeof x.nilai === 'string' ? 'negatif' : 'positif')
                : typeof x.nilai === 'number'
                  ? x.medan === 'bobot'
                    ? (x.nilai % 3) + 1
                    : x.nilai
                  : 100;
        this.hf.setCellContents({ sheet: this.idPk, row: r, col: kol }, [[nilai]]);
        return;
      }
      case 'periode': {
        const p = lembar(this.bk, SHEET.PENGATURAN, 'Nilai');
        const r = p.v.findIndex((row) => row?.[0] === 'Periode');
        this.bk.isiSel(SHEET.PENGATURAN, r, 1, x.jenis);
        return;
      }
      case 'klik': {
        const h = klik(this.bk, 'rapk');
        if (!h.ok) throw new Error(`Perbarui ditolak: ${h.pesan}`);
        this.cekSetelahKlik();
        return;
      }
    }
  }

  /** Nothing typed is lost: in the RAPK row of its Kode, or in RAPK Arsip. */
  cekTidakHilang(): void {
    const r = lembar(this.bk, SHEET.RAPK);
    const a = lembar(this.bk, SHEET.RAPK_ARSIP, 'Kunci');
    const diArsip = new Set<string>();
    for (let i = a.h + 1; i < a.v.length && a.h >= 0; i++) {
      const row = a.v[i] ?? [];
      if (row[ARSIP_HEADER.indexOf('Kunci')] !== undefined) diArsip.add(`${row[ARSIP_HEADER.indexOf('Kunci')]}|${row[ARSIP_HEADER.indexOf('Kolom')]}|${row[ARSIP_HEADER.indexOf('Nilai')]}`);
    }
    for (const [k, nilai] of this.ketikan) {
      const [kode, header] = k.split('|');
      const row = r.v.slice(r.h + 1).find((x) => x?.[r.c('Kode')] === kode);
      const c = r.c(header);
      const adaDiRapk = row !== undefined && c >= 0 && row[c] === nilai;
      if (!adaDiRapk && !diArsip.has(`${kode}|${header}|${nilai}`)) {
        throw new Error(`langkah ${this.langkah}: ${kode} ${header} = ${nilai} hilang (tidak di RAPK, tidak di RAPK Arsip)`);
      }
    }
  }

  /** Each Pengukuran row shows its own Kode's figures, never another indicator's. */
  cekTidakTertukar(): void {
    const u = lembar(this.bk, SHEET.PENGUKURAN);
    const r = lembar(this.bk, SHEET.RAPK);
    const p = lembar(this.bk, SHEET.PENGATURAN, 'Nilai');
    const laporan = p.v.find((row) => row?.[0] === 'Periode laporan')?.[1];
    const cR = u.c('Realisasi');
    const cC = u.c('Capaian');
    for (let i = u.h + 1; i < u.v.length; i++) {
      const row = u.v[i] ?? [];
      if (typeof row[0] !== 'number') break;
      const kode = String(row[u.c('Kode')]);
      const rr = r.v.slice(r.h + 1).find((x) => x?.[r.c('Kode')] === kode);
      const real = row[cR];
      if (real === null || real === '' || typeof real === 'object') continue; // blank or an error: never a wrong number
      const periode = r.v[r.h].map(String).filter((h) => /^Realisasi B\d+$/.test(h)).map((h) => h.replace('Realisasi ', ''));
      const q = laporan ? String(laporan) : periode[periode.length - 1];
      const harap = this.realisasiKetikan(kode, q);
      if (harap === undefined || Math.abs(Number(real) - harap) > 1e-9) throw new Error(`langkah ${this.langkah}: Pengukuran ${kode} realisasi ${real}, yang diketik untuk ${kode} di ${q}: ${harap}`);
      const cap = row[cC];
      if (typeof cap === 'number' && rr) {
        const core = hitungCapaian(harap, rr[r.c(rapkTargetHeader(q))] as CellInput, rr[r.c('Polaritas')] as CellInput, p.v.find((x) => x?.[0] === 'Rumus polaritas negatif')?.[1] as CellInput, null, SKALA_BAWAAN);
        if (!(typeof core === 'number' && Math.abs(core - cap) <= 1e-9 * Math.max(1, Math.abs(core)))) throw new Error(`langkah ${this.langkah}: capaian ${kode} ${cap}, core ${String(core)}`);
      }
    }
  }

  realisasiKetikan(kode: string, q: string): number | undefined {
    const [ha, hb, hr] = rapkBlok(q);
    const r = this.ketikan.get(`${kode}|${hr}`);
    if (r !== undefined) return r;
    const a = this.ketikan.get(`${kode}|${ha}`);
    const b = this.ketikan.get(`${kode}|${hb}`);
    return a !== undefined && b !== undefined && b !== 0 ? (a / b) * 100 : undefined;
  }

  /** Right after a click: the views hold exactly the PK's Kodes, the banner is blank, the period is Pengaturan's. */
  cekSetelahKlik(): void {
    const kodePk = this.barisPk().map((r) => String((this.hf.getSheetValues(this.idPk) as unknown[][])[r][KOLOM.Kode]));
    for (const nama of [SHEET.RAPK, SHEET.PENGUKURAN]) {
      const t = lembar(this.bk, nama);
      const kode = t.v.slice(t.h + 1).filter((x) => typeof x?.[0] === 'number').map((x) => String(x[t.c('Kode')]));
      if ([...kode].sort().join() !== [...kodePk].sort().join()) throw new Error(`langkah ${this.langkah}: ${nama} berisi ${kode.join(',')}, PK ${kodePk.join(',')}`);
      const spanduk = t.v[t.h - 1]?.[0];
      if (spanduk) throw new Error(`langkah ${this.langkah}: ${nama} langsung usang setelah klik: ${String(spanduk)}`);
    }
    const p = lembar(this.bk, SHEET.PENGATURAN, 'Nilai');
    const jenis = String(p.v.find((row) => row?.[0] === 'Periode')?.[1]) as JenisPeriode;
    const r = lembar(this.bk, SHEET.RAPK);
    const periode = r.v[r.h].map(String).filter((h) => /^Realisasi B\d+$/.test(h)).map((h) => h.replace('Realisasi ', ''));
    if (periode.join() !== daftarPeriode(jenis).join()) throw new Error(`langkah ${this.langkah}: RAPK ${periode.join()} untuk periode ${jenis}`);
  }
}

const SKALA_BAWAAN: CellInput[][] = [
  ['Opini BPK', 'TMP', 1],
  [null, 'TW', 2],
  [null, 'WDP', 3],
  [null, 'WTP', 4],
];

const JUMLAH_URUTAN = Number(process.env.KINERJA_URUTAN ?? 200);

test(`${JUMLAH_URUTAN} urutan acak (ubah PK, ketik realisasi, ganti periode, klik): tidak ada isian hilang atau tertukar`, () => {
  let langkah = 0;
  fc.assert(
    fc.property(fc.array(indikator, { minLength: 2, maxLength: 5 }), fc.array(aksi, { minLength: 4, maxLength: 14 }), (awal, urutan) => {
      const d = new Dunia(awal);
      d.jalankan({ a: 'klik' });
      for (const x of urutan) {
        d.jalankan(x);
        d.cekTidakHilang();
        d.cekTidakTertukar();
      }
      d.jalankan({ a: 'klik' });
      d.cekTidakHilang();
      d.cekTidakTertukar();
      langkah += d.langkah;
    }),
    { numRuns: JUMLAH_URUTAN, seed: 20261130 },
  );
  expect(langkah).toBeGreaterThanOrEqual(JUMLAH_URUTAN * 5);
  // eslint-disable-next-line no-console
  if (process.env.KINERJA_LAPOR) console.log(`${JUMLAH_URUTAN} urutan, ${langkah} langkah`);
}, 600_000);

export { isKError, PENGUKURAN_KOLOM };
