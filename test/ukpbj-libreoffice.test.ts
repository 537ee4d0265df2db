/**
 * The UKPBJ views run without Kinerja: "Sisipkan templat UKPBJ" with its
 * example, then Impor paket of a 300-paket ISB-like export (text in number
 * cells, re-tenders, null PDN, the ×10 typo, Berlangsung rows), saved with
 * "Unduh .xlsx", recalculated from scratch in LibreOffice: every formula cell
 * of Kinerja Paket, Paket per Indikator, Capaian UKPBJ and Laporan UKPBJ
 * (COUNTIFS/SUMIFS with wildcards for the area groups) equals what the
 * browser workbook (HyperFormula) shows.
 */
import { BukuKerjaWeb } from '../web/workbook-web';
import { eksporXlsx } from '../web/xlsx';
import { BACA, rencanaJob } from '../core/jobs';
import { LEMBAR_UKPBJ } from '../core/ukpbj/kolom';
import { SOFFICE, bandingkanLo, hitungUlangLibreOffice } from './helpers/libreoffice';
import { buatData } from './helpers/ukpbj-data';

const uji = SOFFICE ? test : test.skip;

uji('LibreOffice menghitung ulang lembar UKPBJ: setiap sel hitung sama dengan buku kerja peramban', async () => {
  const bk = new BukuKerjaWeb();
  for (const [job, opsi] of [
    ['ukpbj', { contoh: true }],
    ['ukpbjImpor', { teks: JSON.stringify(buatData(300, 5).rekaman) }],
  ] as const) {
    const r = rencanaJob(job, bk.bacaSnapshot(BACA[job]), { ...opsi, sekarang: '2026-11-30T13:00:00.000Z' });
    if (!r.plan) throw new Error(r.hasil.pesan);
    bk.terapkanRencana(r.plan);
  }
  const lo = await hitungUlangLibreOffice(await eksporXlsx(bk), 'ukpbj');
  const hf = (bk as unknown as { hf: import('hyperformula').HyperFormula }).hf;
  const { beda, jumlah } = bandingkanLo(hf, lo, [LEMBAR_UKPBJ.KINERJA_PAKET, LEMBAR_UKPBJ.PAKET_INDIKATOR, LEMBAR_UKPBJ.CAPAIAN, LEMBAR_UKPBJ.LAPORAN]);
  expect(beda).toEqual([]);
  // eslint-disable-next-line no-console
  console.log(`UKPBJ: ${jumlah} sel rumus dibandingkan dengan LibreOffice`);
  expect(jumlah).toBeGreaterThan(20_000);
}, 600_000);
