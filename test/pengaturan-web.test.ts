/**
 * The sheet's formulas and Periksa read Pengaturan the same way, on the real
 * template formulas evaluated by HyperFormula: a stray space in "rasio " or a
 * polaritas spelled "turun" must not make Periksa call a correct formula changed.
 */
import { BukuKerjaWeb } from '../web/workbook-web';
import { buatBridgeWeb } from '../web/bridge-web';
import { LABEL_ORGANISASI, SHEET } from '../core/layout';
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

test('spasi di belakang nama perspektif di PK tidak membuat kelompok baru: NPS organisasi tetap 106,37', async () => {
  const { bk, br } = await contoh();
  const cP = PK_KOLOM.indexOf('Perspektif');
  const r = BARIS_DATA + 1; // the second indicator's row, whose perspektif is usually left blank
  bk.isiSel(SHEET.PK, r, cP, `${String(bk.nilai(SHEET.PK, BARIS_DATA, cP))} `);
  const uk = bk.bacaSnapshot([SHEET.PENGUKURAN]).sheets[0];
  const org = uk.values.findIndex((row) => row[0] === LABEL_ORGANISASI);
  expect(Math.round(Number(uk.values[org][1]) * 100) / 100).toBe(106.37);
  expect(await kodeTemuan(br)).toEqual([]);
});

test('saran NPS perspektif hanya menunjuk capaian sasarannya sendiri sebagai penyebab', async () => {
  const { bk, br } = await contoh();
  const uk = bk.bacaSnapshot([SHEET.PENGUKURAN]).sheets[0];
  const h = uk.values.findIndex((row) => row.includes('Capaian') && row.includes('Kode'));
  const cCap = uk.values[h].indexOf('Capaian');
  bk.isiSel(SHEET.PENGUKURAN, h + 1, cCap, 90); // typed over the first (Customer) capaian formula
  const org = uk.values.findIndex((row) => row[0] === LABEL_ORGANISASI);
  const barisLain = uk.values.findIndex((row) => row[0] === 'Learning and Growth Perspective'); // not Customer
  bk.isiSel(SHEET.PENGUKURAN, barisLain, 1, `=B${barisLain}`); // its NPS formula changed by hand
  const t = (await br.periksa()).temuan.filter((x) => x.kode === 'nps-berbeda');
  const sel = (r: number): string => `B${r + 1}`;
  const lain = t.find((x) => x.sel === sel(barisLain));
  expect(lain?.saran).toContain('tampaknya diubah');
  expect(lain?.saran).not.toContain('mengikuti');
  const orgT = t.find((x) => x.sel === sel(org));
  expect(orgT?.saran).toContain('mengikuti');
});

test.each([
  ['spasi saja di bobot perspektif', 'Customer Perspective', ' ', (r: number, semua: number[]) => [r]],
  ['bobot hanya di baris ringkasan tanpa perspektif', '', 30, (_r: number, semua: number[]) => semua],
])('%s: NPS organisasi #VALUE! di lembar, dan Periksa menyebut selnya', async (_judul, label, isi, diharap) => {
  const { bk, br } = await contoh();
  const uk = bk.bacaSnapshot([SHEET.PENGUKURAN]).sheets[0];
  const hdr = uk.values.findIndex((row) => row[0] === 'Perspektif' && row[3] === 'Bobot');
  const org = uk.values.findIndex((row) => row[0] === LABEL_ORGANISASI);
  const r = uk.values.findIndex((row, i) => i > hdr && row[0] === label);
  const berlabel = uk.values.map((row, i) => (i > hdr && i < org && row[0] ? i : -1)).filter((i) => i >= 0);
  bk.isiSel(SHEET.PENGUKURAN, r, 3, isi);
  expect(String(bk.nilai(SHEET.PENGUKURAN, org, 1))).toMatch(/#VALUE!/);
  const t = (await br.periksa()).temuan.filter((x) => x.kode === 'bobot-tidak-sah');
  expect(t.map((x) => x.sel)).toEqual(diharap(r, berlabel).map((i) => `D${i + 1}`));
});
