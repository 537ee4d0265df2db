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

describe('berkas .xlsx dari buku kerja peramban', () => {
  test('proteksi ikut ke berkas (lembar isian: hanya kolom isian terbuka; RAPK: kolom periode tervalidasi terkunci) dan dipasang lagi saat berkas dibuka', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { eksporXlsx, imporXlsx } = await import('../web/xlsx');
    const { BukuKerjaWeb } = await import('../web/workbook-web');
    const { cariSel } = await import('./helpers/siklus-alur');
    const { parseA1 } = await import('../core/workbook');
    const { h, bk } = await hostWeb();
    expect((await h.bridge.buatLembarIsian!()).ok).toBe(true);
    for (const k of ['IK01', 'IK02', 'IK03', 'IK04', 'IK05', 'IK06']) h.ketik('x', 'RAPK', cariSel(h.grid('RAPK'), k, 'Realisasi B6'), 80);
    expect((await h.bridge.validasiPeriode!({ periode: 'B6', validator: [{ nama: 'Rina', nip: '', jabatan: 'Ketua' }] })).ok).toBe(true);
    const data = await eksporXlsx(bk);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as never);
    const dilindungi = (nama: string): boolean => Boolean((wb.getWorksheet(nama) as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
    const terkunci = (nama: string, sel: string): boolean => wb.getWorksheet(nama)!.getCell(sel).protection?.locked !== false;
    const isian = 'Isian – Bagian Umum';
    expect(dilindungi(isian)).toBe(true);
    expect(terkunci(isian, cariSel(h.grid(isian), 'IK01', 'Kode', 'B6'))).toBe(true);
    expect(terkunci(isian, cariSel(h.grid(isian), 'IK01', 'Realisasi', 'B6'))).toBe(false);
    expect(dilindungi('RAPK')).toBe(true);
    expect(terkunci('RAPK', cariSel(h.grid('RAPK'), 'IK01', 'Realisasi B6'))).toBe(true);
    expect(terkunci('RAPK', cariSel(h.grid('RAPK'), 'IK01', 'Realisasi B12'))).toBe(false);
    expect(dilindungi('PK')).toBe(false);
    // Opened again in the browser: the locks follow from the Berita Acara and Riwayat.
    const lagi = new BukuKerjaWeb();
    await imporXlsx(lagi, data);
    const { row, col } = parseA1(cariSel(h.grid('RAPK'), 'IK01', 'Realisasi B6'));
    expect(lagi.alasanTerkunci('RAPK', row, col)).toMatch(/Periode B6 .* sudah divalidasi/);
    expect(lagi.alasanTerkunci('RAPK', row, col + 5)).toBeUndefined();
  });
});
