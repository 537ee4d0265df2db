/**
 * "Sisipkan templat UKPBJ" with the example in the browser workbook
 * (HyperFormula computes every native formula): the sheets are there, and the
 * per-indikator figures the Capaian UKPBJ sheet shows equal core's compile of
 * the same workbook (core/ukpbj/hitung.ts).
 */
import { BukuKerjaWeb } from '../web/workbook-web';
import { planTemplatUkpbj, BACA_UKPBJ } from '../core/ukpbj/templat';
import { LEMBAR_UKPBJ } from '../core/ukpbj/kolom';
import { bacaUkpbj } from '../core/ukpbj/model';
import { kompilasi } from '../core/ukpbj/hitung';
import { CAPAIAN_HEADER, BARIS_HEADER_CAPAIAN } from '../core/lembar/ukpbj-hitung';
import { getSheet } from '../core/workbook';
import { bacaModelPengaturan } from '../core/model/pengaturan';

function bukuContoh(): BukuKerjaWeb {
  const bk = new BukuKerjaWeb();
  const r = planTemplatUkpbj(bk.bacaSnapshot(BACA_UKPBJ), { contoh: true, sekarang: '2026-11-30T10:00:00Z' });
  if (!r.ok) throw new Error(r.pesan);
  bk.terapkanRencana(r.plan);
  return bk;
}

test('contoh: tabel per indikator sama dengan kompilasi core', () => {
  const bk = bukuContoh();
  const wb = bk.bacaSnapshot(bk.namaLembar());
  const cap = getSheet(wb, LEMBAR_UKPBJ.CAPAIAN);
  const rows = (cap?.values ?? []).slice(BARIS_HEADER_CAPAIAN + 1);
  const c = (h: (typeof CAPAIAN_HEADER)[number]): number => CAPAIAN_HEADER.indexOf(h);
  const mp = bacaModelPengaturan(wb);
  console.log(mp.tahun, mp.periodeLaporan);
  console.log(rows.map((r) => [r[c('Kode')], r[c('n dihitung')], r[c('n dikecualikan')], r[c('Target')], r[c('Realisasi')], r[c('Capaian (%)')], r[c('Kriteria')], r[c('Rencana aksi')]].map((x) => (typeof x === 'number' ? Math.round(x * 100) / 100 : x)).join(' | ')).join('\n'));
  const h = kompilasi(bacaUkpbj(wb), mp.tahun, mp.periodeLaporan);
  for (const x of h.indikator) {
    const r = rows.find((y) => y[0] === x.ind.kode);
    if (!x.agregat) continue;
    expect([x.ind.kode, r?.[c('n dihitung')], r?.[c('n dikecualikan')]]).toEqual([x.ind.kode, x.agregat.n, x.agregat.nKecuali]);
    if (typeof x.agregat.realisasi === 'number') expect(r?.[c('Realisasi')] as number).toBeCloseTo(x.agregat.realisasi, 9);
    else expect(r?.[c('Realisasi')] ?? null).toEqual(x.agregat.realisasi);
  }
});
