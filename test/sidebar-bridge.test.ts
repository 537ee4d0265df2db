/**
 * HostBridge.onBukuBerubah, the optional "the workbook changed" channel the
 * sidebar uses to mark a Periksa list stale:
 *  - web: BukuKerjaWeb's 'ubah' events (an edit, a job's plan, a loaded file), not 'pilih';
 *  - Excel: worksheet-collection events over Office.js, on the fake-excel
 *    context (test/helpers/fake-excel.ts) with the event objects Office.js
 *    would have added here (the helper models no events);
 *  - Sheets: google.script.run has no push channel, so the bridge has none.
 */
import { BukuKerjaWeb } from '../web/workbook-web';
import { buatBridgeWeb } from '../web/bridge-web';
import { buatBridgeExcel } from '../addin-excel/bridge-excel';
import { makeFakeExcel } from './helpers/fake-excel';
import { pk2019 } from './helpers/pk-data';
import { SHEET } from '../core/layout';

const tunggu = () => new Promise((r) => setTimeout(r, 0));

describe('web: onBukuBerubah mendengar peristiwa ubah BukuKerjaWeb', () => {
  test('suntingan, rencana job dan muat memicu; memilih sel tidak; lepas berhenti', async () => {
    const bk = new BukuKerjaWeb();
    const bridge = buatBridgeWeb(bk, { sekarang: () => '2025-01-01T00:00:00Z' });
    expect(typeof bridge.onBukuBerubah).toBe('function');
    const cb = jest.fn();
    const lepas = bridge.onBukuBerubah!(cb);

    const r = await bridge.sisipkanTemplat({ contoh: true }); // a plan: 'ubah'
    expect(r.ok).toBe(true);
    const setelahTemplat = cb.mock.calls.length;
    expect(setelahTemplat).toBeGreaterThanOrEqual(1);

    await bridge.periksa(); // reads only
    await bridge.pilihSel(SHEET.PK, 'J7'); // 'pilih' only
    expect(cb).toHaveBeenCalledTimes(setelahTemplat);

    bk.isiSel(SHEET.PK, 6, 9, 70); // an edit
    expect(cb).toHaveBeenCalledTimes(setelahTemplat + 1);
    bk.kosongkan(); // a load
    expect(cb).toHaveBeenCalledTimes(setelahTemplat + 2);

    lepas();
    bk.kosongkan();
    expect(cb).toHaveBeenCalledTimes(setelahTemplat + 2);
  });
});

type Penangan = (args: unknown) => Promise<unknown>;

/** fake-excel plus the event objects of Excel.WorksheetCollection, recording add/remove and the sync they need. */
function excelDenganPeristiwa(opts: { gagalTambah?: boolean } = {}) {
  const fx = makeFakeExcel({ [SHEET.PK]: pk2019() });
  const penangan: Record<string, Penangan[]> = {};
  const dilepas: string[] = [];
  const ws = (fx.context as unknown as { workbook: { worksheets: Record<string, unknown> } }).workbook.worksheets;
  for (const nama of ['onChanged', 'onAdded', 'onDeleted', 'onNameChanged', 'onFormatChanged']) {
    ws[nama] = {
      add(h: Penangan) {
        if (opts.gagalTambah) throw Object.assign(new Error('This operation is not implemented.'), { code: 'ApiNotFound' });
        (penangan[nama] ||= []).push(h);
        return {
          context: fx.context,
          remove() {
            dilepas.push(nama);
            penangan[nama] = penangan[nama].filter((x) => x !== h);
          },
        };
      },
    };
  }
  const picu = async (nama: string) => {
    for (const h of penangan[nama] || []) await h({ type: 'WorksheetChanged', source: 'Local' });
  };
  return { fx, penangan, dilepas, picu };
}

describe('Excel: onBukuBerubah lewat peristiwa WorksheetCollection', () => {
  test('ExcelApi 1.9: onChanged, onAdded, onDeleted memicu; lepas menghapus penangan di konteks yang sama', async () => {
    const { fx, penangan, dilepas, picu } = excelDenganPeristiwa();
    const runDi = jest.fn((ctx: unknown, cb: (c: Excel.RequestContext) => Promise<unknown>) => cb(ctx as Excel.RequestContext));
    const bridge = buatBridgeExcel(fx.Excel.run, { didukung: (v) => v !== '1.17', runDi: runDi as never });
    const cb = jest.fn();
    const lepas = bridge.onBukuBerubah!(cb);
    await tunggu();
    // Added in one batch, with one sync; no format events (a fill colour is no reason to re-check).
    expect(Object.keys(penangan).sort()).toEqual(['onAdded', 'onChanged', 'onDeleted']);
    expect(fx.syncs).toBe(1);

    await picu('onChanged');
    await picu('onAdded');
    await picu('onDeleted');
    expect(cb).toHaveBeenCalledTimes(3);

    // The bridge still does its jobs on the same workbook.
    const h = await bridge.periksa();
    expect(Array.isArray(h.temuan)).toBe(true);

    lepas();
    await tunggu();
    expect(dilepas.sort()).toEqual(['onAdded', 'onChanged', 'onDeleted']);
    expect(runDi).toHaveBeenCalledTimes(1);
    expect(runDi.mock.calls[0][0]).toBe(fx.context);
    await picu('onChanged');
    expect(cb).toHaveBeenCalledTimes(3);
  });

  test('ExcelApi 1.17: juga onNameChanged (ganti nama lembar)', async () => {
    const { fx, penangan, picu } = excelDenganPeristiwa();
    const bridge = buatBridgeExcel(fx.Excel.run, { didukung: () => true, runDi: ((ctx: unknown, cb: (c: unknown) => unknown) => cb(ctx)) as never });
    const cb = jest.fn();
    bridge.onBukuBerubah!(cb);
    await tunggu();
    expect(Object.keys(penangan).sort()).toEqual(['onAdded', 'onChanged', 'onDeleted', 'onNameChanged']);
    await picu('onNameChanged');
    expect(cb).toHaveBeenCalledTimes(1);
  });

  test('tanpa ExcelApi 1.9 bridge tidak punya onBukuBerubah (sidebar tanpa pemberitahuan)', () => {
    const { fx } = excelDenganPeristiwa();
    expect(buatBridgeExcel(fx.Excel.run, { didukung: (v) => v === '1.7' }).onBukuBerubah).toBeUndefined();
    // Outside Office (no Office global) the default check says no as well.
    expect(buatBridgeExcel(fx.Excel.run).onBukuBerubah).toBeUndefined();
  });

  test('menambah penangan gagal: tidak ada galat yang lolos, lepas aman', async () => {
    const { fx, penangan } = excelDenganPeristiwa({ gagalTambah: true });
    const runDi = jest.fn();
    const bridge = buatBridgeExcel(fx.Excel.run, { didukung: () => true, runDi: runDi as never });
    const lepas = bridge.onBukuBerubah!(jest.fn());
    await tunggu();
    expect(penangan).toEqual({});
    lepas();
    await tunggu();
    expect(runDi).not.toHaveBeenCalled();
  });
});
