/**
 * The monthly cycle in the browser workbook's engine (HyperFormula): the whole
 * example cycle (test/helpers/siklus-alur.ts) through the web bridge, a unit's
 * isian coming back as a file through Buka .xlsx (tambahIsianXlsx), locked cells
 * refused in the grid's own edit calls.
 */
import { alurSiklus } from './helpers/siklus-alur';
import { hostWeb } from './helpers/siklus-host-web';

describe('siklus bulanan di buku kerja peramban', () => {
  test('3 unit, 2 periode: terlambat, konflik, angka tervalidasi diubah, koreksi, buka kunci', async () => {
    const { h, bk } = await hostWeb();
    await alurSiklus(h);
    // The grid's other edits respect the locks too: no rows moved in a sheet Kinerja protects.
    expect(() => bk.hapusBaris('RAPK', 6, 1)).toThrow(/dilindungi Kinerja/);
    // One Ctrl+Z undoes the last job (the unlock) whole.
    expect(bk.urung()).toBe(true);
  });
});
