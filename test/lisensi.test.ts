/**
 * The browser demo bundles HyperFormula (GPL-3.0) and ExcelJS: their licences
 * travel with dist/web (LISENSI.txt), and Kinerja's own MIT licence is in the
 * repository. Reads the build output (npm test builds first).
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.join(__dirname, '..');

test('dist/web/LISENSI.txt memuat lisensi Kinerja, HyperFormula (GPL-3.0), ExcelJS dan setiap paket lain yang dibundel', () => {
  const teks = fs.readFileSync(path.join(ROOT, 'dist', 'web', 'LISENSI.txt'), 'utf8');
  expect(teks).toContain('==== Kinerja (MIT) ====');
  expect(teks).toContain('==== HyperFormula (GPL-3.0; licence key gpl-v3) ====');
  expect(teks).toMatch(/GNU GENERAL PUBLIC LICENSE\s+Version 3/);
  expect(teks).toContain('==== ExcelJS (MIT) ====');
  // Every other package dist/web bundles, with its own licence text (a missing file would drop its section).
  for (const [nama, cuplikan] of [
    ['idb-keyval (Apache-2.0)', 'Apache License, Version 2.0'],
    ['docx (MIT)', 'MIT'],
    ['fflate (MIT), bundled by docx', 'MIT'],
    ['nanoid (MIT), bundled by docx', 'MIT'],
  ]) {
    const bagian = teks.split(`==== ${nama} ====`)[1]?.split('\n==== ')[0] ?? '';
    expect({ nama, ada: bagian.includes(cuplikan) }).toEqual({ nama, ada: true });
  }
});

test('lisensi Kinerja sendiri (MIT) ada dan cocok dengan package.json', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { license: string };
  expect(pkg.license).toBe('MIT');
  expect(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
});
