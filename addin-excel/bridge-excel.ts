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
import { BACA, BACA_SIKLUS, JobSiklus, OpsiSiklus, periksaBukuKerja, rencanaJob, rencanaSiklus, satuJobSekaligus, satuSekaligus } from '../core/jobs';
import type { HasilSiklus } from '../core/siklus/jenis';
import { Inflate, keBase64, namaLembarXlsx } from '../core/siklus/xlsx-nama';
import { TOMBOL } from '../core/siklus/tombol';
import { metodeSiklus } from '../core/siklus';
import { bacaSnapshot, terapkanRencana, yangTakDidukung } from './workbook-excel';

type Run = <T>(cb: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** Excel.run on an existing context (the one event handlers were added in). */
type RunDi = <T>(context: OfficeExtension.ClientRequestContext, cb: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OpsiBridgeExcel {
  /** Is this requirement set there? Default: Office.context.requirements.isSetSupported('ExcelApi', versi). */
  didukung?: (versi: string) => boolean;
  runDi?: RunDi;
  /** Unzips a deflated part of an .xlsx (default: the browser's DecompressionStream). */
  inflate?: Inflate;
  sekarang?: () => string;
}

/** The browser's own inflater (Excel's task pane runs in Edge WebView2, WebKit or a browser), when it has one. */
const inflateBawaan: Inflate | undefined =
  typeof DecompressionStream === 'undefined'
    ? undefined
    : async (data) => {
        const ds = new DecompressionStream('deflate-raw' as CompressionFormat);
        const out = new Response(new Blob([data as unknown as BlobPart]).stream().pipeThrough(ds));
        return new Uint8Array(await out.arrayBuffer());
      };

/** Said where Excel lacks insertWorksheetsFromBase64. */
export const PESAN_API_1_13 = `"${TOMBOL.ambil}" memerlukan Excel yang mendukung ExcelApi 1.13 (Microsoft 365 atau Excel 2021 ke atas di Windows dan Mac, atau Excel di web). Di Excel ini, pindahkan lembar isian secara manual: buka berkas kiriman, klik kanan tab lembar isian → Pindahkan atau Salin → pilih buku kerja ini, lalu klik "${TOMBOL.gabung}".`;

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
  // One guard for every job of this pane or page: a cycle job never runs beside Perbarui or Laporan.
  const sekaligus = satuSekaligus();
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
    sekaligus,
  );
  // ---- The monthly cycle: each job one Excel.run, two read syncs and one write sync.
  const sekarang = opts.sekarang ?? (() => new Date().toISOString());
  const siklus = (job: JobSiklus, opsi: OpsiSiklus = {}): Promise<HasilSiklus> =>
    sekaligus(() =>
      run(async (context) => {
        const wb = await bacaSnapshot(context, BACA_SIKLUS[job]);
        const r = rencanaSiklus(job, wb, { ...opsi, sekarang: sekarang(), zonaMenit: -new Date().getTimezoneOffset() });
        if (r.plan) await terapkanRencana(context, r.plan);
        return r.hasil;
      }),
    );
  const inflate = opts.inflate ?? inflateBawaan;
  const ambil = (berkas: { nama: string; data: ArrayBuffer }): Promise<HasilSiklus> =>
    sekaligus(async () => {
      if (!didukung('1.13')) return { ok: false, pesan: PESAN_API_1_13, catatan: [] };
      if (!inflate) return { ok: false, pesan: `Excel ini tidak dapat membuka isi berkas .xlsx (DecompressionStream tidak ada). ${PESAN_API_1_13.split('. ').slice(1).join('. ')}`, catatan: [] };
      const bytes = new Uint8Array(berkas.data);
      let lembar: string[];
      try {
        lembar = await namaLembarXlsx(bytes, inflate);
      } catch (e) {
        return { ok: false, pesan: `${berkas.nama}: ${(e as Error).message} Buku kerja tidak diubah.`, catatan: [] };
      }
      return run(async (context) => {
        const wb = await bacaSnapshot(context, BACA_SIKLUS.ambil);
        const r = rencanaSiklus('ambil', wb, { sekarang: sekarang(), zonaMenit: -new Date().getTimezoneOffset(), berkas: { nama: berkas.nama, lembar } });
        if (!r.hasil.ok || !r.sisipkan?.length) return r.hasil;
        // The plan makes room (local copies renamed or removed), then the file's isian sheets come in, in one batch.
        const sisip = (): void => {
          context.workbook.insertWorksheetsFromBase64(keBase64(bytes), { sheetNamesToInsert: r.sisipkan, positionType: 'End' as Excel.WorksheetPositionType });
        };
        await terapkanRencana(context, r.plan ?? { ops: [], ringkasan: '', catatan: [] }, sisip);
        return r.hasil;
      });
    });
  const bridge: HostBridge = {
    namaHost: 'Excel',
    ...metodeSiklus(siklus),
    ambilIsianBerkas: ambil,
    sisipkanTemplat: (opts) => job('templat', { contoh: opts.contoh }),
    buatRapk: () => job('rapk', {}),
    buatLaporan: () => job('laporan', {}),
    sisipkanUkpbj: (opts) => job('ukpbj', { contoh: opts.contoh }),
    imporPaket: (teks) => job('ukpbjImpor', { teks }),
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
