/**
 * Buat Laporan joins the UKPBJ report (issue 13): where the workbook holds the
 * Capaian UKPBJ view, the Laporan sheet and the Word chapter carry its
 * per-indicator table exactly as that sheet shows it (read here independently
 * of core's reader); without it, the report has no UKPBJ part.
 */
import JSZip from 'jszip';
import { BukuKerjaWeb } from '../web/workbook-web';
import { buatDocx } from '../web/laporan-docx';
import { BACA, rencanaJob } from '../core/jobs';
import { bacaBukuKerja } from '../core/model/bukukerja';
import { susunLaporan } from '../core/laporan/susun';
import { LEMBAR_LAPORAN } from '../core/laporan/lembar';
import { LEMBAR_UKPBJ } from '../core/ukpbj/kolom';
import { klik, nilaiLembar, tabelLaporan, tabelTampilan, teksSel } from './helpers/laporan';

jest.setTimeout(120_000);

/** The 2019 example, then Sisipkan templat UKPBJ with its made-up example. */
function bukuDenganUkpbj(): BukuKerjaWeb {
  const bk = new BukuKerjaWeb();
  expect(klik(bk, 'templat', true).ok).toBe(true);
  const r = rencanaJob('ukpbj', bk.bacaSnapshot(BACA.ukpbj), { contoh: true, sekarang: '2020-02-28T03:00:00.000Z' });
  if (!r.plan) throw new Error(r.hasil.pesan);
  bk.terapkanRencana(r.plan);
  return bk;
}

describe('Buat Laporan dengan lembar UKPBJ', () => {
  const bk = bukuDenganUkpbj();

  test('lembar Laporan: bagian IV dan Tabel 8 sama dengan lembar Capaian UKPBJ, indikator demi indikator', () => {
    expect(klik(bk, 'laporan').ok).toBe(true);
    const lap = nilaiLembar(bk, LEMBAR_LAPORAN);
    expect(lap.some((r) => teksSel(r?.[0]) === 'IV. KINERJA PENGADAAN BARANG/JASA (UKPBJ)')).toBe(true);
    const t8 = tabelLaporan(lap, 'Tabel 8. Capaian kinerja UKPBJ per indikator')!;
    expect(t8.header).toEqual(['Kode', 'Indikator', 'n paket', 'Target', 'Realisasi', 'Capaian (%)', 'Kriteria', 'Rencana aksi']);
    const cap = tabelTampilan(nilaiLembar(bk, LEMBAR_UKPBJ.CAPAIAN), ['Kode', 'Capaian (%)']);
    expect(cap.rows.length).toBe(14);
    const dari = (row: unknown[], h: string): unknown => row[cap.c(h)] ?? null;
    expect(t8.rows.map((r) => [r[0], r[2], r[3], r[4], r[5], r[6], r[7]])).toEqual(
      cap.rows.map((r) => [dari(r, 'Kode'), dari(r, 'n dihitung'), dari(r, 'Target'), dari(r, 'Realisasi'), dari(r, 'Capaian (%)'), dari(r, 'Kriteria'), dari(r, 'Rencana aksi')]),
    );
  });

  test('Bab III (.docx): bagian Kinerja Pengadaan dengan setiap indikator UKPBJ dan capaiannya', async () => {
    const s = susunLaporan(bacaBukuKerja(bk.bacaSnapshot(BACA.laporan)));
    if (!s.ok) throw new Error(s.pesan);
    const bytes = await buatDocx(s.laporan, { namaBuku: 'Contoh', lukis: async () => new Uint8Array(0) });
    const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(xml).toContain('E. Kinerja Pengadaan Barang/Jasa (UKPBJ)');
    for (const x of s.laporan.ukpbj!.indikator) expect(xml).toContain(`${x.kode} ${x.nama}`);
    expect(xml).toMatch(/190,48/); // EF-P's capaian, the Indonesian way
  });
});

test('tanpa lembar UKPBJ: laporan tanpa bagian UKPBJ', () => {
  const bk = new BukuKerjaWeb();
  expect(klik(bk, 'templat', true).ok).toBe(true);
  expect(klik(bk, 'laporan').ok).toBe(true);
  const lap = nilaiLembar(bk, LEMBAR_LAPORAN);
  expect(lap.some((r) => /UKPBJ/.test(teksSel(r?.[0])))).toBe(false);
});
