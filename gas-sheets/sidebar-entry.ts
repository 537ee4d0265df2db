/**
 * The Sheets sidebar page: the shared sidebar UI over a typed promise bridge
 * on google.script.run (server functions named in core/hostapi.ts).
 */
import { mountSidebar } from '../sidebar/sidebar';
import type { HostBridge, HasilOperasi, HasilPeriksa } from '../sidebar/bridge';
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
  buatLaporan: () => panggil<HasilOperasi>(SERVER_FUNCS.buatLaporan),
};

const root = document.getElementById('kinerja-root');
if (root) mountSidebar(root, bridgeSheets);
