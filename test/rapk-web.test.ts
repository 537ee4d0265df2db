/**
 * "Perbarui dari PK" through the browser host's bridge (web/bridge-web.ts on
 * HyperFormula): a Kode typed as text that looks like a number ("01", "1.10")
 * must stay text in the RAPK and the views, or the next click no longer finds
 * its row and every realisasi typed against it goes to RAPK Arsip; notes and
 * dates right of the table move with their rows, formats too; the RAPK's
 * capaian follows Pengaturan as Pengukuran does.
 */
import { BukuKerjaWeb } from '../web/workbook-web';
import { buatBridgeWeb } from '../web/bridge-web';
import { SHEET, rapkBlok } from '../core/layout';

/** A browser workbook with the templates and these indicators in the PK (one sasaran, target 100, pola tetap). */
async function bukuDenganPk(kode: string[], indikator: (k: string) => string = (k) => `Indikator ${k}`) {
  const bk = new BukuKerjaWeb();
  const br = buatBridgeWeb(bk);
  await br.sisipkanTemplat({ contoh: false });
  const pk = bk.bacaSnapshot([SHEET.PK]).sheets[0];
  const h = pk.values.findIndex((r) => r.includes('Kode'));
  const col = (n: string): number => pk.values[h].indexOf(n);
  const isiPk = (urut: string[]): void =>
    urut.forEach((k, i) => {
      const isi: Array<[string, string | number]> = [
        ['Sasaran', 'Sasaran 1'],
        ['Kode', k],
        ['Indikator', indikator(k)],
        ['Bobot', 1],
        ['Target', 100],
        ['Pola target', 'tetap'],
      ];
      for (const [kolom, v] of isi) bk.isiSel(SHEET.PK, h + 1 + i, col(kolom), v);
    });
  isiPk(kode);
  return { bk, br, h, col, isiPk };
}

test('Kode teks "01" dan "1.10": tetap teks di RAPK, isian tetap saat dibuat ulang, Periksa tidak mengeluh', async () => {
  const { bk, br, h, col } = await bukuDenganPk(["'01", "'1.10"], (k) => (k === "'01" ? 'Indikator A' : 'Indikator B'));
  expect([bk.nilai(SHEET.PK, h + 1, col('Kode')), bk.nilai(SHEET.PK, h + 2, col('Kode'))]).toEqual(['01', '1.10']);

  expect((await br.buatRapk()).ok).toBe(true);
  const s = bk.bacaSnapshot([SHEET.RAPK]).sheets[0];
  const hr = s.values.findIndex((r) => r.includes('Kode') && r.includes('Indikator'));
  const cK = s.values[hr].indexOf('Kode');
  const cR = s.values[hr].indexOf(rapkBlok('B12')[2]);
  expect([s.values[hr + 1][cK], s.values[hr + 2][cK]]).toEqual(['01', '1.10']);

  bk.isiSel(SHEET.RAPK, hr + 1, cR, 90);
  bk.isiSel(SHEET.RAPK, hr + 2, cR, 95);
  const lagi = await br.buatRapk();
  expect(lagi.ok).toBe(true);
  expect(JSON.stringify(lagi)).toContain('2 dipertahankan (2 isian');
  expect([bk.nilai(SHEET.RAPK, hr + 1, cR), bk.nilai(SHEET.RAPK, hr + 2, cR)]).toEqual([90, 95]);
  expect(bk.bacaSnapshot([SHEET.RAPK_ARSIP]).sheets).toHaveLength(0);
  // The views find the same rows by the same text Kode.
  const u = bk.bacaSnapshot([SHEET.PENGUKURAN]).sheets[0];
  const hu = u.values.findIndex((r) => r.includes('Kode') && r.includes('Realisasi'));
  const ku = u.values[hu].indexOf('Kode');
  const ru = u.values[hu].indexOf('Realisasi');
  expect([u.values[hu + 1][ku], u.values[hu + 2][ku], u.values[hu + 1][ru], u.values[hu + 2][ru]]).toEqual(['01', '1.10', 90, 95]);
  const p = await br.periksa();
  expect(p.temuan.filter((t) => /kode/i.test(t.kode) && t.sheet === SHEET.RAPK)).toEqual([]);
});

test('catatan dan tanggal di kanan tabel ikut barisnya, formatnya juga (mesin HyperFormula)', async () => {
  const { bk, br, isiPk } = await bukuDenganPk(['IK01', 'IK02', 'IK03']);
  expect((await br.buatRapk()).ok).toBe(true);
  const s = bk.bacaSnapshot([SHEET.RAPK]).sheets[0];
  const hr = s.values.findIndex((r) => r.includes('Kode') && r.includes('Indikator'));
  const cAL = s.values[hr].length; // first column right of the table
  bk.isiSel(SHEET.RAPK, hr + 1, cAL, 45323, 'dd/mm/yyyy'); // IK01: 1 Februari 2024
  bk.isiSel(SHEET.RAPK, hr + 2, cAL, 5); // IK02: a plain number

  isiPk(['IK03', 'IK02', 'IK01']);
  const r = await br.buatRapk();
  expect(r.ok).toBe(true);
  const t = bk.bacaSnapshot([SHEET.RAPK]).sheets[0];
  const cK = t.values[hr].indexOf('Kode');
  const baris = (kode: string): number => t.values.findIndex((x) => x[cK] === kode);
  expect(t.values[baris('IK01')][cAL]).toBe(45323);
  expect(t.numberFormats?.[baris('IK01')][cAL]).toBe('dd/mm/yyyy');
  expect(t.values[baris('IK02')][cAL]).toBe(5);
  expect(t.numberFormats?.[baris('IK02')][cAL]).toBe('General');
  expect(t.values[baris('IK03')][cAL] ?? null).toBeNull();
});

test('capaian di RAPK mengikuti Pengaturan seperti lembar Pengukuran (batas atas 120)', async () => {
  const bk = new BukuKerjaWeb();
  const br = buatBridgeWeb(bk);
  await br.sisipkanTemplat({ contoh: true });
  expect((await br.buatRapk()).ok).toBe(true);
  const s = bk.bacaSnapshot([SHEET.RAPK]).sheets[0];
  const hr = s.values.findIndex((r) => r.includes('Kode') && r.includes('Indikator'));
  const c = (h: string): number => s.values[hr].indexOf(h);
  const row = s.values.findIndex((r) => r[c('Kode')] === 'IK07'); // target 100, tetap
  bk.isiSel(SHEET.RAPK, row, c(rapkBlok('B12')[2]), 200);
  expect(bk.nilai(SHEET.RAPK, row, c(rapkBlok('B12')[3]))).toBe(200);
  expect(bk.nilai(SHEET.RAPK, row, c(rapkBlok('B12')[4]))).toBe('Tidak Dapat Disimpulkan');

  const atur = bk.bacaSnapshot([SHEET.PENGATURAN]).sheets[0];
  bk.isiSel(SHEET.PENGATURAN, atur.values.findIndex((r) => r[0] === 'Batas atas capaian'), 1, 120);
  expect(bk.nilai(SHEET.RAPK, row, c(rapkBlok('B12')[3]))).toBe(120);
  expect(bk.nilai(SHEET.RAPK, row, c(rapkBlok('B12')[4]))).toBe('Sangat Baik');
  const u = bk.bacaSnapshot([SHEET.PENGUKURAN]).sheets[0];
  const hu = u.values.findIndex((r) => r.includes('Kode') && r.includes('Capaian'));
  const ru = u.values.findIndex((r, i) => i > hu && r[u.values[hu].indexOf('Kode')] === 'IK07');
  expect([u.values[ru][u.values[hu].indexOf('Capaian')], u.values[ru][u.values[hu].indexOf('Kriteria')]]).toEqual([120, 'Sangat Baik']);
});
