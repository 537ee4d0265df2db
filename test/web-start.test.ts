/**
 * `npm start` (scripts/start.js) builds only what is out of date: on an
 * unchanged tree it serves at once; a bundle is rebuilt when a file it is
 * built from is newer than it. Times are not asserted (bench and the report
 * give them); what is built and what is printed is.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawn } from 'child_process';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { bundelUsang, BUNDEL } = require('../scripts/start') as { bundelUsang: (akar?: string) => Array<{ nama: string }>; BUNDEL: Array<{ nama: string; keluaran: string; sumber: string[] }> };

const ROOT = path.join(__dirname, '..');

/** A tree with every source and output file of the bundles, each with its own time. */
function pohon(waktu: (rel: string) => number): string {
  const akar = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-start-'));
  const berkas = new Set<string>(['webpack.config.js', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json']);
  for (const b of BUNDEL) {
    berkas.add(`dist/${b.keluaran}/index.js`);
    for (const s of b.sumber) berkas.add(/\.\w+$/.test(s) || s === 'LICENSE' ? s : `${s}/a.ts`);
  }
  for (const rel of berkas) {
    const f = path.join(akar, rel);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, '');
    const t = waktu(rel) / 1000;
    fs.utimesSync(f, t, t);
  }
  return akar;
}

const nama = (akar: string): string[] => bundelUsang(akar).map((b) => b.nama).sort();

test('an output newer than all its sources is not rebuilt; a newer source rebuilds exactly the bundles built from it', () => {
  const lama = 1_600_000_000_000;
  const baru = lama + 60_000;
  expect(nama(pohon((rel) => (rel.startsWith('dist/') ? baru : lama)))).toEqual([]);
  expect(nama(pohon((rel) => (rel.startsWith('dist/') ? baru : rel === 'web/a.ts' ? baru + 1000 : lama)))).toEqual(['web']);
  expect(nama(pohon((rel) => (rel.startsWith('dist/') ? baru : rel === 'gas-sheets/a.ts' ? baru + 1000 : lama)))).toEqual(['gas']);
  expect(nama(pohon((rel) => (rel.startsWith('dist/') ? baru : rel === 'core/a.ts' ? baru + 1000 : lama)))).toEqual(['excel', 'gas', 'web']);
  expect(nama(pohon((rel) => (rel.startsWith('dist/') ? baru : rel === 'package-lock.json' ? baru + 1000 : lama)))).toEqual(['excel', 'gas', 'web']);
  // A missing output: built.
  const akar = pohon((rel) => (rel.startsWith('dist/') ? baru : lama));
  fs.rmSync(path.join(akar, 'dist', 'web'), { recursive: true });
  expect(nama(akar)).toEqual(['web']);
});

test('npm start on the tree `npm test` just built does not build the browser workbook again, and serves', async () => {
  expect(bundelUsang().map((b) => b.nama)).not.toContain('web');
  const p = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.js')], { cwd: ROOT, env: { ...process.env, PORT: '0', KINERJA_EXCEL: '0' } });
  let keluar = '';
  await new Promise<void>((resolve, reject) => {
    const batas = setTimeout(() => reject(new Error(`npm start tidak siap: ${keluar}`)), 60_000);
    p.stdout.on('data', (d) => {
      keluar += d;
      if (/Kinerja berjalan/.test(keluar)) {
        clearTimeout(batas);
        resolve();
      }
    });
    p.on('exit', () => reject(new Error(`npm start berhenti: ${keluar}`)));
  });
  p.kill();
  expect(keluar).toMatch(/build dilewati|Sudah mutakhir, tidak dibangun ulang: web/);
  expect(keluar).not.toMatch(/Membangun Kinerja[^\n]*web/);
}, 90_000);
