/**
 * The sidebar's HostBridge over Office.js: each job is one Excel.run with at
 * most two read syncs (which sheets exist, then their contents) and one write
 * sync (see workbook-excel.ts).
 *
 * onBukuBerubah (a stale Periksa list says so) listens to the worksheet
 * collection's events: onChanged (cell data, any sheet: ExcelApi 1.9),
 * onAdded / onDeleted (ExcelApi 1.7) and onNameChanged (ExcelApi 1.17, when
 * there). The task pane lives in the shared runtime for the whole session, so
 * the handlers are added once (at the first Periksa) and stay; unsubscribing
 * removes them in the context that added them, as Office.js requires. Without
 * ExcelApi 1.9 the bridge has no onBukuBerubah and the sidebar shows no notice.
 */
import type { HostBridge, HasilPeriksa } from '../sidebar/bridge';
import { BACA, periksaBukuKerja, rencanaJob, satuJobSekaligus } from '../core/jobs';
import { bacaSnapshot, terapkanRencana, yangTakDidukung } from './workbook-excel';

type Run = <T>(cb: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** Excel.run on an existing context (the one event handlers were added in). */
type RunDi = <T>(context: OfficeExtension.ClientRequestContext, cb: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OpsiBridgeExcel {
  /** Is this requirement set there? Default: Office.context.requirements.isSetSupported('ExcelApi', versi). */
  didukung?: (versi: string) => boolean;
  runDi?: RunDi;
}

/** The worksheet-collection events that change what Periksa would find, with the ExcelApi version of each. */
const PERISTIWA = [
  ['onChanged', '1.9'],
  ['onAdded', '1.7'],
  ['onDeleted', '1.7'],
  ['onNameChanged', '1.17'],
] as const;

function excelApi(versi: string): boolean {
  try {
    return typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported('ExcelApi', versi));
  } catch {
    return false;
  }
}

export function buatBridgeExcel(run: Run = (cb) => Excel.run(cb), opts: OpsiBridgeExcel = {}): HostBridge {
  const didukung = opts.didukung ?? excelApi;
  const runDi: RunDi = opts.runDi ?? ((context, cb) => Excel.run(context, cb));
  const job = satuJobSekaligus((name, opsi) =>
    run(async (context) => {
      const wb = await bacaSnapshot(context, BACA[name]);
      const r = rencanaJob(name, wb, { ...opsi, sekarang: new Date().toISOString(), zonaMenit: -new Date().getTimezoneOffset() });
      if (r.plan) {
        await terapkanRencana(context, r.plan);
        // Charts and print setup need newer ExcelApi sets: an older Excel says what it skipped.
        r.hasil.catatan.push(...yangTakDidukung(r.plan));
      }
      return r.hasil;
    }),
  );
  const bridge: HostBridge = {
    namaHost: 'Excel',
    sisipkanTemplat: (opts) => job('templat', { contoh: opts.contoh }),
    buatRapk: () => job('rapk', {}),
    buatLaporan: () => job('laporan', {}),
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
  if (!didukung('1.9')) return bridge;

  bridge.onBukuBerubah = (cb) => {
    let aktif = true;
    const picu = async (): Promise<void> => {
      if (aktif) cb();
    };
    const ditambah = run(async (context) => {
      const ws = context.workbook.worksheets;
      const hasil = PERISTIWA.filter(([, v]) => didukung(v)).map(([nama]) => ws[nama].add(picu));
      await context.sync();
      return hasil;
    }).catch(() => [] as OfficeExtension.EventHandlerResult<unknown>[]); // no events: no stale notice, nothing breaks
    return () => {
      aktif = false;
      void ditambah
        .then((hs) => {
          if (hs.length === 0) return;
          return runDi(hs[0].context, async (context) => {
            for (const h of hs) h.remove();
            await context.sync();
          });
        })
        .catch(() => undefined);
    };
  };
  return bridge;
}
