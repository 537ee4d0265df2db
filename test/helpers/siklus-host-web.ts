/**
 * The browser workbook's engine as a HostUji (test/helpers/siklus-alur.ts):
 * the example workbook made by the same clicks, a unit's isian coming back as
 * a file through Buka .xlsx (tambahIsianXlsx), locks as the grid keeps them.
 */
import { BukuKerjaWeb } from '../../web/workbook-web';
import { buatBridgeWeb } from '../../web/bridge-web';
import { tambahIsianXlsx } from '../../web/xlsx';
import { BACA, periksaSiklus } from '../../core/jobs';
import { parseA1 } from '../../core/workbook';
import { BARIS_HEADER } from '../../core/templates';
import { HostUji, Nilai } from './siklus-alur';
import { berkasKembali, pkSiklus, selLabel } from './siklus-data';

const SEKARANG = '2026-07-03T03:00:00.000Z';

export async function hostWeb(): Promise<{ h: HostUji; bk: BukuKerjaWeb }> {
  const bk = new BukuKerjaWeb();
  const bridge = buatBridgeWeb(bk, { sekarang: () => SEKARANG });
  expect((await bridge.sisipkanTemplat({ contoh: false })).ok).toBe(true);
  bk.isiBlok('PK', BARIS_HEADER, 0, pkSiklus());
  const grid = (sheet: string): Nilai[][] => bk.bacaSnapshot([sheet]).sheets[0]?.values.map((r) => r.map((v) => (v === undefined ? null : v))) as Nilai[][];
  bk.isiSel('Pengaturan', ...selLabel(grid('Pengaturan'), 'Periode'), 'semester');
  bk.isiSel('Pengaturan', ...selLabel(grid('Pengaturan'), 'Tahun'), 2026);
  expect((await bridge.buatRapk()).ok).toBe(true);
  const h: HostUji = {
    nama: 'peramban',
    bridge,
    grid,
    namaLembar: () => bk.namaLembar(),
    ketik: (_siapa, sheet, sel, v) => {
      const { row, col } = parseA1(sel);
      bk.isiSel(sheet, row, col, v as never);
    },
    paksa: (sheet, sel, v) => {
      // As if the file had been edited elsewhere: straight into the engine, past the grid's locks.
      const { row, col } = parseA1(sel);
      bk.hf.setCellContents({ sheet: bk.idLembar(sheet) as number, row, col }, [[v as never]]);
    },
    kembalikan: async (_siapa, lembar, isi) => {
      const g = grid(lembar).map((r) => [...r]);
      for (const x of isi) {
        const { row, col } = parseA1(x.sel);
        while (g.length <= row) g.push([]);
        g[row][col] = x.v;
      }
      const r = await tambahIsianXlsx(bk, await berkasKembali(lembar, g), `${lembar}.xlsx`, { sekarang: SEKARANG });
      expect(r.ok).toBe(true);
      expect(r.lembar).toEqual([lembar]);
    },
    terkunci: (_siapa, sheet, sel) => {
      const { row, col } = parseA1(sel);
      return bk.alasanTerkunci(sheet, row, col) !== undefined;
    },
    periksa: async () => periksaSiklus(bk.bacaSnapshot(BACA.periksa)),
    ambilPakaiBerkas: true,
  };
  return { h, bk };
}

