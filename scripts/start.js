// `npm start`: build what is out of date, serve the add-in on localhost and,
// where Excel is installed (Windows/macOS), sideload it. On any machine it
// prints what to open.
//
// A bundle is rebuilt only when a file it is built from is newer than the
// bundle (or the bundle is missing): on an unchanged tree the page is served at
// once. A build prints its progress (the first one takes about half a minute).
// KINERJA_BUILD=1 builds everything anyway; KINERJA_SKIP_BUILD=1 never builds.
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { serve } = require('./serve');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const PORT = Number(process.env.PORT || 3000);

/** Files every bundle depends on (build settings, dependencies). */
const UMUM = ['webpack.config.js', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

/**
 * The bundles, each with the webpack configurations that write it, its output
 * folder and what it is built from. gas and gas-sidebar both write dist/gas
 * (gas empties the folder first), so they are built together.
 */
const BUNDEL = [
  { nama: 'web', configs: ['web'], keluaran: 'web', sumber: ['core', 'sidebar', 'web', 'LICENSE'], tsc: false },
  { nama: 'excel', configs: ['excel'], keluaran: 'excel', sumber: ['core', 'sidebar', 'addin-excel', 'manifest', 'scripts/gen.js', 'scripts/icons.js'], tsc: true },
  { nama: 'gas', configs: ['gas', 'gas-sidebar'], keluaran: 'gas', sumber: ['core', 'sidebar', 'gas-sheets', 'manifest', 'scripts/gen.js'], tsc: true },
];

/** Newest (or oldest) modification time of the files under `p`; undefined when there are none. */
function waktuBerkas(p, pilih) {
  let hasil;
  const jalan = (q) => {
    let st;
    try {
      st = fs.statSync(q);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const n of fs.readdirSync(q)) if (n !== 'node_modules' && !n.startsWith('.')) jalan(path.join(q, n));
    } else hasil = hasil === undefined ? st.mtimeMs : pilih(hasil, st.mtimeMs);
  };
  jalan(p);
  return hasil;
}

/** The bundles whose output is missing or older than something they are built from (in the tree at `akar`). */
function bundelUsang(akar = ROOT) {
  if (process.env.KINERJA_BUILD === '1') return BUNDEL;
  return BUNDEL.filter((b) => {
    const keluaran = waktuBerkas(path.join(akar, 'dist', b.keluaran), Math.min);
    if (keluaran === undefined) return true;
    const sumber = [...UMUM, ...b.sumber].map((s) => waktuBerkas(path.join(akar, s), Math.max)).filter((t) => t !== undefined);
    return Math.max(...sumber) > keluaran;
  });
}

/** Set the time of every file under `p`. */
function tandai(p, waktu) {
  if (!fs.existsSync(p)) return;
  if (fs.statSync(p).isDirectory()) for (const n of fs.readdirSync(p)) tandai(path.join(p, n), waktu);
  else fs.utimesSync(p, waktu, waktu);
}

function detik(ms) {
  return `${(ms / 1000).toFixed(1).replace('.', ',')} s`;
}

/** `npm run build` for the bundles that need it, printing where it is. */
async function build() {
  if (process.env.KINERJA_SKIP_BUILD) return;
  const usang = bundelUsang();
  if (usang.length === 0) {
    console.log('Bundel di dist/ sudah mutakhir (tidak ada sumber yang lebih baru): build dilewati.');
    return;
  }
  const t0 = Date.now();
  const pertama = !fs.existsSync(path.join(DIST, 'web', 'index.html'));
  const mutakhir = BUNDEL.filter((b) => !usang.includes(b));
  if (mutakhir.length) console.log(`Sudah mutakhir, tidak dibangun ulang: ${mutakhir.map((b) => b.nama).join(', ')}.`);
  console.log(`Membangun Kinerja${pertama ? ' (pertama kali, sekitar setengah menit)' : ''}: ${usang.map((b) => b.nama).join(', ')}…`);
  if (usang.some((b) => b.tsc) || !fs.existsSync(path.join(ROOT, 'build', 'tsc', 'core', 'functions.js'))) {
    console.log('  [1/2] core (tsc)…');
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  }
  const webpack = require('webpack');
  const nama = new Set(usang.flatMap((b) => b.configs));
  const configs = require('../webpack.config.js').filter((c) => nama.has(c.name));
  const compiler = webpack(configs);
  // Per bundle: a line at the start, each third of the way and at the end, and every 5 s for those still working (minifying HyperFormula reports
  // nothing for a while): never silent for long.
  const kini = new Map();
  let terakhir = Date.now();
  const tulis = (nama) => {
    const k = kini.get(nama);
    terakhir = Date.now();
    console.log(`  [2/2] ${nama.padEnd(11)} ${String(Math.round(k.persen * 100)).padStart(3)}% ${k.teks.slice(0, 90)} (${detik(terakhir - t0)})`);
  };
  compiler.compilers.forEach((anak) => {
    const nama = anak.options.name;
    kini.set(nama, { persen: 0, teks: '', langkah: -1 });
    new webpack.ProgressPlugin((persen, pesan, ...rincian) => {
      const k = kini.get(nama);
      k.persen = persen;
      k.teks = [pesan, ...rincian].filter(Boolean).join(' ');
      const sepertiga = Math.floor(persen * 3);
      if (sepertiga <= k.langkah) return;
      k.langkah = sepertiga;
      tulis(nama);
    }).apply(anak);
  });
  const detak = setInterval(() => {
    if (Date.now() - terakhir < 5000) return;
    for (const [nama, k] of kini) if (k.persen < 1) tulis(nama);
  }, 1000);
  await new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      clearInterval(detak);
      // Closing writes webpack's cache (build/webpack-cache): the next build after a change reuses it.
      compiler.close((errTutup) => {
        if (err || errTutup) return reject(err || errTutup);
        if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
        resolve();
      });
    });
  });
  // webpack leaves a file it would write unchanged as it was: mark what was built as up to date now.
  const sekarang = new Date();
  for (const b of usang) tandai(path.join(DIST, b.keluaran), sekarang);
  console.log(`Selesai membangun dalam ${detik(Date.now() - t0)}.`);
}

/** Where Excel desktop is installed (Windows: Office click-to-run or MSI paths; macOS: /Applications). */
function excelTerpasang() {
  if (process.env.KINERJA_EXCEL === '0') return false;
  if (process.platform === 'darwin') return fs.existsSync('/Applications/Microsoft Excel.app');
  if (process.platform !== 'win32') return false;
  const akar = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
  const bagian = ['Microsoft Office\\root\\Office16', 'Microsoft Office\\Office16', 'Microsoft Office\\root\\Office15', 'Microsoft Office\\Office15'];
  return akar.some((a) => bagian.some((b) => fs.existsSync(path.join(a, b, 'EXCEL.EXE'))));
}

async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (e) {
    console.log(`Sertifikat pengembangan tidak tersedia (${e.message}); Excel butuh https.`);
    return null;
  }
}

async function main() {
  const t0 = Date.now();
  await build();
  // Sideload only where Excel desktop is actually installed; elsewhere the browser workbook is the product.
  const desktop = excelTerpasang();
  const routes = { '/': fs.existsSync(path.join(DIST, 'web')) ? 'web' : 'excel', '/excel/': 'excel', '/gas/': 'gas' };
  if (desktop) {
    const tls = await httpsOptions();
    if (tls) {
      // The manifest points at the root, so the add-in stays there; the browser workbook sits beside it.
      await serve({ root: DIST, port: PORT, host: 'localhost', routes: { '/': 'excel', '/coba/': 'web' }, tls });
      console.log(`Add-in Excel disajikan di https://localhost:${PORT}/ ; memasang (sideload) ke Excel…`);
      console.log(`Buku kerja contoh tanpa Excel (peramban): https://localhost:${PORT}/coba/`);
      const cli = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging');
      spawn(cli, ['start', path.join(DIST, 'excel', 'manifest.xml'), 'desktop', '--app', 'excel', '--no-debug', '--dev-server-port', String(PORT)], { stdio: 'inherit', shell: process.platform === 'win32' });
      return;
    }
  }
  const { url } = await serve({ root: DIST, port: PORT, host: '127.0.0.1', routes });
  const ms = Date.now() - t0;
  console.log('');
  console.log(`Kinerja berjalan (${ms} ms). Buka: ${url}`);
  if (routes['/'] === 'web') console.log('  Buku kerja contoh LAKIP 2019 dengan panel Kinerja: ' + url);
  console.log(`  Add-in Excel (butuh https dan Excel): manifest ${path.relative(ROOT, path.join(DIST, 'excel', 'manifest.xml'))}`);
  console.log(`  Google Sheets: npm run push:gas (clasp) lalu menu Kinerja di spreadsheet`);
  if (!desktop) console.log('  Excel desktop tidak ditemukan di mesin ini: sideload dilewati (KINERJA_EXCEL=0 juga melewatinya).');
  console.log('Tekan Ctrl+C untuk berhenti.');
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`Gagal memulai Kinerja: ${e.message}`);
    process.exit(1);
  });
}

module.exports = { bundelUsang, BUNDEL };
