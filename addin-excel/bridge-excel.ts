/**
 * The sidebar's HostBridge over Office.js: each job is one Excel.run with one
 * read sync and one write sync (see workbook-excel.ts).
 */
import type { HostBridge, HasilOperasi, HasilPeriksa } from '../sidebar/bridge';
import { BACA, OpsiJob, periksaBukuKerja, rencanaJob } from '../core/jobs';
import { pesanGalatHost } from '../core/hosterrors';
import { bacaSnapshot, terapkanRencana } from './workbook-excel';

type Run = <T>(cb: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function buatBridgeExcel(run: Run = (cb) => Excel.run(cb)): HostBridge {
  let sibuk = false;
  const job = async (name: 'templat' | 'rapk', opsi: OpsiJob): Promise<HasilOperasi> => {
    // The task pane is one runtime: a second click waits its turn instead of writing twice.
    if (sibuk) return { ok: false, pesan: 'Kinerja masih memproses permintaan sebelumnya. Tunggu sebentar.', catatan: [] };
    sibuk = true;
    try {
      return await run(async (context) => {
        const wb = await bacaSnapshot(context, BACA[name]);
        const r = rencanaJob(name, wb, { ...opsi, sekarang: new Date().toISOString() });
        if (r.plan) await terapkanRencana(context, r.plan);
        return r.hasil;
      });
    } catch (e) {
      return { ok: false, pesan: pesanGalatHost(e), catatan: [] };
    } finally {
      sibuk = false;
    }
  };
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
