// `npm start`: build, serve the add-in on localhost and, where Excel is
// installed (Windows/macOS), sideload it. On any machine it prints what to open.
const { execSync, spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { serve } = require('./serve');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const PORT = Number(process.env.PORT || 3000);

function build() {
  if (process.env.KINERJA_SKIP_BUILD) return;
  console.log('Membangun Kinerja (npm run build)…');
  execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit' });
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
  build();
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

main().catch((e) => {
  console.error(`Gagal memulai Kinerja: ${e.message}`);
  process.exit(1);
});
