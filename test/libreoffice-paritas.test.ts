/**
 * The workbook runs without Kinerja (issue 8): the file "Unduh .xlsx" writes is
 * opened in real LibreOffice (headless), recalculated from scratch, and every
 * computed cell of every sheet must equal what Kinerja's own engine shows: the
 * 2019 example (which must read 117,42 / 104,96 / 96,73 / 106,37) and a random
 * 200-indicator workbook (numbers, bands and labels as targets, every polaritas
 * and pola, realisasi typed directly and as a / b, the bulanan period, the
 * Permendagri preset, a cap of 120, the rasio rule for negatif).
 *
 * A cell whose native formula hands text it cannot read to a Kinerja function
 * must show an error in LibreOffice (#NAME?), never a different number; the
 * random workbook types only what native formulas read, so it has none.
 */
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import type { HyperFormula } from 'hyperformula';
import { BukuKerjaWeb } from '../web/workbook-web';
import { eksporXlsx } from '../web/xlsx';
import { BACA, rencanaJob } from '../core/jobs';
import { LABEL_ORGANISASI, PK_KOLOM, SHEET, rapkBlok } from '../core/layout';
import { ORGANISASI_NPS_2019, PERSPEKTIF_NPS_TABEL4 } from '../core/contoh2019';
import { NilaiLo, SOFFICE, bandingkanLo, hitungUlangLibreOffice } from './helpers/libreoffice';

function hfDari(bk: BukuKerjaWeb): HyperFormula {
  return (bk as unknown as { hf: HyperFormula }).hf;
}

function klik(bk: BukuKerjaWeb, job: 'templat' | 'rapk', contoh = false): void {
  const r = rencanaJob(job, bk.bacaSnapshot(BACA[job]), { contoh, sekarang: '2026-11-30T13:00:00.000Z', zonaMenit: 420 });
  if (!r.plan) throw new Error(r.hasil.pesan);
  bk.terapkanRencana(r.plan);
}

/** Every formula cell of the workbook, Kinerja's value against LibreOffice's (test/helpers/libreoffice.ts). */
const bandingkan = (bk: BukuKerjaWeb, lo: NilaiLo): ReturnType<typeof bandingkanLo> => bandingkanLo(hfDari(bk), lo);

const KELUARAN = path.join(__dirname, '..', 'test-output');
const uji = SOFFICE ? test : test.skip;

describe('LibreOffice menghitung ulang berkas yang diunduh: angkanya sama dengan Kinerja', () => {
  uji('contoh 2019: setiap sel hitung sama, dan Pengukuran menunjukkan 117,42 / 104,96 / 96,73 / 106,37', async () => {
    const bk = new BukuKerjaWeb();
    klik(bk, 'templat', true);
    const lo = await hitungUlangLibreOffice(await eksporXlsx(bk), 'contoh2019', { teks: 'Pengukuran Kinerja', berkas: 'libreoffice-pengukuran' });
    const { beda, jumlah, galatNama } = bandingkan(bk, lo);
    expect(beda).toEqual([]);
    expect(jumlah).toBeGreaterThan(800);
    expect(galatNama).toBe(0);
    // Tabel 4 as LibreOffice computed it.
    const uk = lo.get(SHEET.PENGUKURAN)!;
    // The summary: the rows under the header "Perspektif | NPS" (under Sasaran: columns C, D).
    const header = [...uk.entries()].find(([a, v]) => /^C\d+$/.test(a) && v === 'Perspektif' && uk.get(a.replace('C', 'D')) === 'NPS')![0];
    const awal = Number(header.slice(1));
    const nps = (label: string): number => {
      for (let r = awal + 1; r < awal + 8; r++) if (uk.get(`C${r}`) === label) return Number(uk.get(`D${r}`));
      return NaN;
    };
    for (const [p, x] of Object.entries(PERSPEKTIF_NPS_TABEL4)) expect(nps(p)).toBeCloseTo(x, 2);
    expect(nps(LABEL_ORGANISASI)).toBeCloseTo(ORGANISASI_NPS_2019, 2);
  }, 600_000);

  uji('buku kerja acak 200 indikator (bulanan, Permendagri, batas 120, rasio): setiap sel hitung sama', async () => {
    const bk = new BukuKerjaWeb();
    klik(bk, 'templat');
    const hf = hfDari(bk);
    const K = Object.fromEntries(PK_KOLOM.map((h, i) => [h, i])) as Record<(typeof PK_KOLOM)[number], number>;
    const ind = fc.sample(
      fc.record({
        target: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 300 }) }, { weight: 1, arbitrary: fc.constantFrom('80–90', '7–8', 'WTP', 'BB') }),
        polaritas: fc.constantFrom('positif', 'negatif', 'negatif-rasio', 'rentang', ''),
        pola: fc.constantFrom('akhir', 'tetap', 'kumulatif', ''),
        bobot: fc.constantFrom(1, 2, null),
        pagu: fc.option(fc.integer({ min: 1_000_000, max: 9_000_000_000 }), { freq: 3 }),
      }),
      { numRuns: 200, seed: 2026 },
    );
    const pk = hf.getSheetId(SHEET.PK) as number;
    hf.setCellContents(
      { sheet: pk, row: 4, col: K.Perspektif },
      ind.map((x, i) => {
        const row: (string | number | null)[] = Array(PK_KOLOM.length - 1).fill(null);
        row[K.Perspektif - 1] = ['Perspektif Pelanggan', 'Perspektif Proses Internal', 'Perspektif Pembelajaran dan Pertumbuhan'][i % 3];
        row[K.Sasaran - 1] = `Sasaran ${Math.floor(i / 4) + 1}`;
        row[K.Kode - 1] = `IK${String(i + 1).padStart(3, '0')}`;
        row[K.Indikator - 1] = `Indikator ${i + 1}`;
        row[K.Bobot - 1] = x.bobot;
        row[K.Satuan - 1] = '%';
        row[K.Polaritas - 1] = x.polaritas || null;
        row[K.Target - 1] = x.target;
        row[K['Pola target'] - 1] = x.pola || null;
        row[K.Pagu - 1] = x.pagu;
        return row;
      }),
    );
    const p = hf.getSheetId(SHEET.PENGATURAN) as number;
    const setel = (label: string, v: string | number): void => {
      const r = (hf.getSheetValues(p) as unknown[][]).findIndex((row) => row?.[0] === label);
      hf.setCellContents({ sheet: p, row: r, col: 1 }, [[v]]);
    };
    setel('Periode', 'bulanan');
    setel('Periode laporan', 'B6');
    setel('Preset kriteria', 'Permendagri 86/2017');
    setel('Batas atas capaian', 120);
    setel('Rumus polaritas negatif', 'rasio');
    klik(bk, 'rapk');
    // Realisasi typed: directly and as a / b, labels where the target is one, in several months.
    const rapk = hf.getSheetId(SHEET.RAPK) as number;
    const v = hf.getSheetValues(rapk) as unknown[][];
    const h = v.findIndex((row) => (row ?? []).includes('Kode'));
    const col = (x: string): number => (v[h] as unknown[]).indexOf(x);
    const isi = fc.sample(fc.tuple(fc.integer({ min: 0, max: 199 }), fc.constantFrom('B1', 'B3', 'B6', 'B12'), fc.integer({ min: 0, max: 400 }), fc.boolean()), { numRuns: 600, seed: 11 });
    for (const [i, q, x, ab] of isi) {
      const r = h + 1 + i;
      const target = String(v[r]?.[col('Target tahunan')] ?? '');
      const [ha, hb, hr] = rapkBlok(q);
      if (/^(WTP|BB)$/.test(target)) hf.setCellContents({ sheet: rapk, row: r, col: col(hr) }, [[['WTP', 'WDP', 'A', 'BB', 'B'][x % 5]]]);
      else if (ab) hf.setCellContents({ sheet: rapk, row: r, col: col(ha) }, [[x, (x % 7) * 30 + 10]]);
      else hf.setCellContents({ sheet: rapk, row: r, col: col(hr) }, [[x / 3]]);
    }
    const berkas = await eksporXlsx(bk);
    fs.mkdirSync(KELUARAN, { recursive: true });
    fs.writeFileSync(path.join(KELUARAN, 'acak-200.xlsx'), berkas);
    const lo = await hitungUlangLibreOffice(berkas, 'acak200');
    const { beda, jumlah, galatNama } = bandingkan(bk, lo);
    expect(beda).toEqual([]);
    expect(jumlah).toBeGreaterThan(200 * 60);
    expect(galatNama).toBe(0);
  }, 900_000);
});
