/**
 * The sidebar's HostBridge over the browser workbook: each job reads one
 * snapshot (BACA[job]), plans in core (rencanaJob / periksaBukuKerja) and
 * applies the plan in one HyperFormula batch, exactly as the Excel bridge
 * does over Office.js. The workbook's 'ubah' events reach the sidebar through
 * onBukuBerubah (a stale Periksa list says so).
 */
import type { HostBridge, HasilPeriksa } from '../sidebar/bridge';
import { BACA, periksaBukuKerja, rencanaJob, satuJobSekaligus } from '../core/jobs';
import type { BukuKerjaWeb } from './workbook-web';

/** Let the page paint the sidebar's "memproses" before the synchronous work starts. */
function jeda(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function buatBridgeWeb(bk: BukuKerjaWeb, opts: { sekarang?: () => string } = {}): HostBridge {
  const sekarang = opts.sekarang ?? (() => new Date().toISOString());
  const job = satuJobSekaligus(async (name, opsi) => {
    await jeda();
    const r = rencanaJob(name, bk.bacaSnapshot(BACA[name]), { ...opsi, sekarang: sekarang(), zonaMenit: -new Date().getTimezoneOffset() });
    if (r.plan) bk.terapkanRencana(r.plan);
    return r.hasil;
  });
  return {
    namaHost: 'Peramban',
    sisipkanTemplat: (o) => job('templat', { contoh: o.contoh }),
    buatRapk: () => job('rapk', {}),
    periksa: async (): Promise<HasilPeriksa> => {
      await jeda();
      return periksaBukuKerja(bk.bacaSnapshot(BACA.periksa));
    },
    pilihSel: async (sheet, sel) => {
      bk.pilih(sheet, sel);
    },
    // Every 'ubah' (an edit in the grid, a job's plan, a loaded file) makes a Periksa list stale;
    // 'pilih' (a selection, e.g. a clicked finding) does not.
    onBukuBerubah: (cb) =>
      bk.dengar((e) => {
        if (e.jenis === 'ubah') cb();
      }),
  };
}
