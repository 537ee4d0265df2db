/**
 * The Sheets sidebar page: the shared sidebar UI over a typed promise bridge
 * on google.script.run (server functions named in core/hostapi.ts).
 */
import { mountSidebar } from '../sidebar/sidebar';
import type { HostBridge, HasilOperasi, HasilPeriksa, HasilSiklus } from '../sidebar/bridge';
import { SERVER_FUNCS } from '../core/hostapi';

type Runner = Record<string, (...args: unknown[]) => void> & {
  withSuccessHandler(f: (v: unknown) => void): Runner;
  withFailureHandler(f: (e: Error) => void): Runner;
};

declare const google: { script: { run: Runner } };

function panggil<T>(fn: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    google.script.run
      .withSuccessHandler((v) => resolve(v as T))
      .withFailureHandler(reject)
      [fn](...args);
  });
}

export const bridgeSheets: HostBridge = {
  namaHost: 'Google Sheets',
  sisipkanTemplat: (opts) => panggil<HasilOperasi>(SERVER_FUNCS.sisipkanTemplat, opts),
  buatRapk: () => panggil<HasilOperasi>(SERVER_FUNCS.buatRapk),
  periksa: () => panggil<HasilPeriksa>(SERVER_FUNCS.periksa),
  pilihSel: (sheet, sel) => panggil<void>(SERVER_FUNCS.pilihSel, sheet, sel),
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

const root = document.getElementById('kinerja-root');
if (root) mountSidebar(root, bridgeSheets);
