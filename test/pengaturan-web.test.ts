/**
 * The sheet's formulas and Periksa read Pengaturan the same way, on the real
 * template formulas evaluated by HyperFormula: a stray space in "rasio " or a
 * polaritas spelled "turun" must not make Periksa call a correct formula changed.
 */
import { BukuKerjaWeb } from '../web/workbook-web';
import { buatBridgeWeb } from '../web/bridge-web';
import { SHEET } from '../core/layout';
import { PK_KOLOM } from '../core/pk';
import { BARIS_DATA, PENGATURAN_TATA } from '../core/templates';

async function contoh(): Promise<{ bk: BukuKerjaWeb; br: ReturnType<typeof buatBridgeWeb> }> {
  const bk = new BukuKerjaWeb();
  const br = buatBridgeWeb(bk);
  expect((await br.sisipkanTemplat({ contoh: true })).ok).toBe(true);
  return { bk, br };
}

const kodeTemuan = async (br: ReturnType<typeof buatBridgeWeb>): Promise<string[]> =>
  (await br.periksa()).temuan.filter((t) => t.tingkat === 'Kesalahan').map((t) => `${t.kode} ${t.sheet}!${t.sel}`);

test.each([
  ['"rasio " (spasi di belakang)', 'negatif', 'rasio '],
  ['polaritas "turun" dengan rumus rasio', 'turun', 'rasio'],
  ['polaritas " negatif" dengan rumus rasio', ' negatif', 'rasio'],
])('%s: lembar dan Periksa sepakat, tanpa Kesalahan', async (_judul, polaritas, rumus) => {
  const { bk, br } = await contoh();
  bk.isiSel(SHEET.PK, BARIS_DATA, PK_KOLOM.indexOf('Polaritas'), polaritas);
  bk.isiSel(SHEET.PENGATURAN, PENGATURAN_TATA.rumusNegatif, 1, rumus);
  expect(await kodeTemuan(br)).toEqual([]);
});
