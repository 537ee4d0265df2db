/**
 * The sidebar's bridge in Sheets: one method per server function of
 * core/hostapi.ts, over a caller of google.script.run (the page's) or of the
 * built bundle in a Node vm (the tests'), so both use the same mapping.
 */
import type { HostBridge, HasilOperasi, HasilPeriksa, HasilSiklus } from '../sidebar/bridge';
import { SERVER_FUNCS } from '../core/hostapi';

export type Panggil = <T>(fn: string, ...args: unknown[]) => Promise<T>;

export function bridgeDari(panggil: Panggil): HostBridge {
  return {
    namaHost: 'Google Sheets',
    sisipkanTemplat: (opts) => panggil<HasilOperasi>(SERVER_FUNCS.sisipkanTemplat, opts),
    buatRapk: () => panggil<HasilOperasi>(SERVER_FUNCS.buatRapk),
    periksa: () => panggil<HasilPeriksa>(SERVER_FUNCS.periksa),
    pilihSel: (sheet, sel) => panggil<void>(SERVER_FUNCS.pilihSel, sheet, sel),
    buatLaporan: () => panggil<HasilOperasi>(SERVER_FUNCS.buatLaporan),
    sisipkanUkpbj: (opts) => panggil<HasilOperasi>(SERVER_FUNCS.sisipkanUkpbj, opts),
    imporPaket: (teks) => panggil<HasilOperasi>(SERVER_FUNCS.imporPaket, teks),
    // The monthly cycle: the units type in this spreadsheet; Bagikan isian gives each its own cells.
    buatLembarIsian: () => panggil<HasilSiklus>(SERVER_FUNCS.buatLembarIsian),
    bagikanIsian: () => panggil<HasilSiklus>(SERVER_FUNCS.bagikanIsian),
    gabungkanIsian: () => panggil<HasilSiklus>(SERVER_FUNCS.gabungkanIsian),
    pilihKonflik: (pilihan) => panggil<HasilSiklus>(SERVER_FUNCS.pilihKonflik, pilihan),
    statusPengumpulan: () => panggil<HasilSiklus>(SERVER_FUNCS.statusPengumpulan),
    validasiPeriode: (o) => panggil<HasilSiklus>(SERVER_FUNCS.validasiPeriode, o),
    koreksi: (o) => panggil<HasilSiklus>(SERVER_FUNCS.koreksi, o),
    bukaKunciPeriode: (o) => panggil<HasilSiklus>(SERVER_FUNCS.bukaKunciPeriode, o),
  };
}
