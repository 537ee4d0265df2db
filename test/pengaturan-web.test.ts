/**
 * The sheet's native formulas and Periksa read Pengaturan and the PK the same
 * way, on the real workbook computed by HyperFormula (the browser host): a
 * stray space in "rasio ", a polaritas spelled "turun", a trailing space in a
 * perspektif must not make Periksa call a correct cell wrong; a value typed
 * over a computed cell is said once, at that cell; a perspektif bobot the
 * organisation's NPS formula can't use is said where it is.
 */
import { BukuKerjaWeb } from '../web/workbook-web';
import { buatBridgeWeb } from '../web/bridge-web';
import { LABEL_ORGANISASI, SHEET } from '../core/layout';
import { PK_KOLOM } from '../core/pk';
import { BARIS_DATA } from '../core/templates';
import { a1 } from '../core/workbook';

async function contoh(): Promise<{ bk: BukuKerjaWeb; br: ReturnType<typeof buatBridgeWeb> }> {
  const bk = new BukuKerjaWeb();
  const br = buatBridgeWeb(bk);
  expect((await br.sisipkanTemplat({ contoh: true })).ok).toBe(true);
  return { bk, br };
}

const kesalahan = async (br: ReturnType<typeof buatBridgeWeb>): Promise<string[]> =>
  (await br.periksa()).temuan.filter((t) => t.tingkat === 'Kesalahan').map((t) => `${t.kode} ${t.sheet}!${t.sel}`);

/** The row of a label in Pengaturan's column A. */
function barisSetelan(bk: BukuKerjaWeb, label: string): number {
  const s = bk.bacaSnapshot([SHEET.PENGATURAN]).sheets[0];
  return s.values.findIndex((r) => r[0] === label);
}

/** Pengukuran's summary (Perspektif | NPS | Kriteria | Bobot), under the table's Perspektif column: its header row and first column. */
function ringkasan(values: unknown[][]): { hdr: number; c0: number; baris: (label: string) => number } {
  const hdr = values.findIndex((row) => row.some((x, c) => x === 'Perspektif' && row[c + 1] === 'NPS' && row[c + 3] === 'Bobot'));
  const c0 = hdr < 0 ? -1 : values[hdr].findIndex((x, c) => x === 'Perspektif' && values[hdr][c + 1] === 'NPS');
  if (hdr < 0) throw new Error('ringkasan Pengukuran tidak ada');
  return { hdr, c0, baris: (label) => values.findIndex((row, i) => i > hdr && row[c0] === label) };
}

test.each([
  ['"rasio " (spasi di belakang)', 'negatif', 'rasio '],
  ['polaritas "turun" dengan rumus rasio', 'turun', 'rasio'],
  ['polaritas " negatif" dengan rumus rasio', ' negatif', 'rasio'],
])('%s, lalu Perbarui: lembar dan Periksa sepakat, tanpa Kesalahan dan tanpa temuan PK berubah', async (_judul, polaritas, rumus) => {
  const { bk, br } = await contoh();
  bk.isiSel(SHEET.PK, BARIS_DATA, PK_KOLOM.indexOf('Polaritas'), polaritas);
  bk.isiSel(SHEET.PENGATURAN, barisSetelan(bk, 'Rumus polaritas negatif'), 1, rumus);
  expect((await br.buatRapk()).ok).toBe(true);
  expect(await kesalahan(br)).toEqual([]);
  expect((await br.periksa()).temuan.filter((t) => /rapk-|tampilan-/.test(t.kode))).toEqual([]);
});

test('spasi di belakang nama perspektif di PK tidak membuat kelompok baru: NPS organisasi tetap 106,37', async () => {
  const { bk, br } = await contoh();
  const cP = PK_KOLOM.indexOf('Perspektif');
  const r = BARIS_DATA + 1;
  bk.isiSel(SHEET.PK, r, cP, `${String(bk.nilai(SHEET.PK, BARIS_DATA, cP))} `);
  expect((await br.buatRapk()).ok).toBe(true);
  const uk = bk.bacaSnapshot([SHEET.PENGUKURAN]).sheets[0];
  const { c0, baris } = ringkasan(uk.values);
  expect(Math.round(Number(uk.values[baris(LABEL_ORGANISASI)][c0 + 1]) * 100) / 100).toBe(106.37);
  expect(await kesalahan(br)).toEqual([]);
});

test('capaian diketik di Pengukuran: satu temuan di sel itu; NPS yang dihitung darinya tidak disalahkan', async () => {
  const { bk, br } = await contoh();
  const uk = bk.bacaSnapshot([SHEET.PENGUKURAN]).sheets[0];
  const h = uk.values.findIndex((row) => row.includes('Capaian') && row.includes('Kode'));
  const cCap = uk.values[h].indexOf('Capaian');
  bk.isiSel(SHEET.PENGUKURAN, h + 1, cCap, 90); // typed over the first (Customer) capaian's lookup
  const t = (await br.periksa()).temuan.filter((x) => x.sheet === SHEET.PENGUKURAN);
  expect(t.map((x) => `${x.kode}@${x.sel}`)).toEqual([`capaian-berbeda@K${h + 2}`]);
  // The NPS of its sasaran, perspektif and organisation follow the typed 90 (the host recomputed them): not findings.
  expect(bk.nilai(SHEET.PENGUKURAN, h + 1, uk.values[h].indexOf('NPS Sasaran'))).not.toBeCloseTo(98.85, 1);
});

test('spasi saja di bobot perspektif: NPS organisasi #VALUE! di lembar, dan Periksa menyebut selnya', async () => {
  const { bk, br } = await contoh();
  const uk = bk.bacaSnapshot([SHEET.PENGUKURAN]).sheets[0];
  const { c0, baris } = ringkasan(uk.values);
  const org = baris(LABEL_ORGANISASI);
  const r = baris('Customer Perspective');
  bk.isiSel(SHEET.PENGUKURAN, r, c0 + 3, ' ');
  expect(String(bk.nilai(SHEET.PENGUKURAN, org, c0 + 1))).toMatch(/#VALUE!/);
  const t = (await br.periksa()).temuan.filter((x) => x.kode === 'bobot-tidak-sah');
  expect(t.map((x) => x.sel)).toEqual([a1(r, c0 + 3)]);
  // Cleared, the organisation's NPS is the plain mean again and nothing is said.
  bk.isiSel(SHEET.PENGUKURAN, r, c0 + 3, null);
  expect(Math.round(Number(bk.nilai(SHEET.PENGUKURAN, org, c0 + 1)) * 100) / 100).toBe(106.37);
  expect((await br.periksa()).temuan.filter((x) => x.kode === 'bobot-tidak-sah')).toEqual([]);
});
