/**
 * The sidebar's HostBridge over Office.js: each job is one Excel.run with one
 * read sync and one write sync (see workbook-excel.ts).
 */
import type { HostBridge, HasilPeriksa } from '../sidebar/bridge';
import { BACA, periksaBukuKerja, rencanaJob, satuJobSekaligus } from '../core/jobs';
import { bacaSnapshot, terapkanRencana } from './workbook-excel';

type Run = <T>(cb: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function buatBridgeExcel(run: Run = (cb) => Excel.run(cb)): HostBridge {
  const job = satuJobSekaligus((name, opsi) =>
    run(async (context) => {
      const wb = await bacaSnapshot(context, BACA[name]);
      const r = rencanaJob(name, wb, { ...opsi, sekarang: new Date().toISOString() });
      if (r.plan) await terapkanRencana(context, r.plan);
      return r.hasil;
    }),
  );
  return {
    namaHost: 'Excel',
    sisipkanTemplat: (opts) => job('templat', { contoh: opts.contoh }),
    buatRapk: () => job('rapk', {}),
    periksa: (): Promise<HasilPeriksa> =>
      run(async (context) => periksaBukuKerja(await bacaSnapshot(context, BACA.periksa))),
    pilihSel: (sheet, sel) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(sel).select();
        await context.sync();
      }),
  };
}
