/**
 * The Sheets sidebar page: the shared sidebar UI over a typed promise bridge
 * on google.script.run (server functions named in core/hostapi.ts).
 */
import { mountSidebar } from '../sidebar/sidebar';
import type { HostBridge } from '../sidebar/bridge';
import { bridgeDari } from './bridge-sheets';

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

export const bridgeSheets: HostBridge = bridgeDari(panggil);

const root = document.getElementById('kinerja-root');
if (root) mountSidebar(root, bridgeSheets);
