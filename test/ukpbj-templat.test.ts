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
import { BACA, rencanaJob } from '../core/jobs';

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

describe('Impor paket (job ukpbjImpor) di buku kerja peramban', () => {
  const { buatData } = jest.requireActual('./helpers/ukpbj-data') as typeof import('./helpers/ukpbj-data');
  const data = buatData(1100, 99);
  const teks = JSON.stringify(data.rekaman);
  const bk = new BukuKerjaWeb();
  const klik = (job: 'ukpbj' | 'ukpbjImpor', opsi: { contoh?: boolean; teks?: string }) => {
    const r = rencanaJob(job, bk.bacaSnapshot(BACA[job]), { ...opsi, sekarang: '2026-06-01T00:00:00Z' });
    if (r.plan) bk.terapkanRencana(r.plan);
    return { hasil: r.hasil, ops: r.plan?.ops.length ?? 0 };
  };

  test('templat kosong, lalu impor 1.100 paket: satu baris per paket, lembar hitung sebanyak paketnya, angkanya sama dengan core', () => {
    expect(klik('ukpbj', {}).hasil.ok).toBe(true);
    const r = klik('ukpbjImpor', { teks });
    expect(r.hasil.pesan).toMatch(new RegExp(`^Impor paket: ${data.paket.length} paket baru, 0 diperbarui, \\d+ rekaman digabung`));
    const wb = bk.bacaSnapshot(bk.namaLembar());
    const m = bacaUkpbj(wb);
    expect(m.paket?.rows.filter((x) => x.kunci).length).toBe(data.paket.length);
    const mp = bacaModelPengaturan(wb);
    const h = kompilasi(m, mp.tahun, mp.periodeLaporan);
    const cap = getSheet(wb, LEMBAR_UKPBJ.CAPAIAN);
    const rows = (cap?.values ?? []).slice(BARIS_HEADER_CAPAIAN + 1);
    const c = (x: (typeof CAPAIAN_HEADER)[number]): number => CAPAIAN_HEADER.indexOf(x);
    let dibanding = 0;
    for (const x of h.indikator) {
      if (!x.agregat) continue;
      const row = rows.find((y) => y[0] === x.ind.kode) ?? [];
      expect([x.ind.kode, row[c('n dihitung')], row[c('n dikecualikan')]]).toEqual([x.ind.kode, x.agregat.n, x.agregat.nKecuali]);
      if (typeof x.agregat.realisasi === 'number') {
        expect(row[c('Realisasi')] as number).toBeCloseTo(x.agregat.realisasi, 9);
        dibanding++;
      }
    }
    expect(dibanding).toBeGreaterThan(5);
  });

  test('impor ulang yang sama: tidak ada paket baru, tidak ada yang hilang; yang diketik tetap', () => {
    const kp = getSheet(bk.bacaSnapshot([LEMBAR_UKPBJ.PAKET]), LEMBAR_UKPBJ.PAKET);
    const kolArea = (kp?.values[3] ?? []).indexOf('Area strategis');
    bk.terapkanRencana({ ops: [{ op: 'setValues', sheet: LEMBAR_UKPBJ.PAKET, row: 4, col: kolArea, values: [['A1']] }], ringkasan: '', catatan: [] });
    const r = klik('ukpbjImpor', { teks });
    expect(r.hasil.pesan).toMatch(/^Impor paket: 0 paket baru, 0 diperbarui/);
    const m = bacaUkpbj(bk.bacaSnapshot(bk.namaLembar()));
    expect(m.paket?.rows.filter((x) => x.kunci).length).toBe(data.paket.length);
    expect(m.paket?.rows[0].sel['Area strategis'].nilai).toBe('A1');
  });

  test('teks yang bukan ekspor: ditolak dengan pesan, tidak ada yang diubah', () => {
    const r = klik('ukpbjImpor', { teks: 'halo' });
    expect(r.hasil.ok).toBe(false);
    expect(r.hasil.pesan).toMatch(/Tabel impor hanya berisi satu baris.*Belum ada yang diubah\.$/);
    expect(r.ops).toBe(0);
  });
});
