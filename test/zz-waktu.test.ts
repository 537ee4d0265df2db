import { performance } from 'perf_hooks';
import { BukuKerjaWeb } from '../web/workbook-web';
import { BACA, periksaBukuKerja, rencanaJob } from '../core/jobs';
import { planTemplat } from '../core/templates';
import { pkBesar } from './helpers/pk-data';
import { SHEET } from '../core/layout';
test('waktu', () => {
  for (const n of [10, 100, 1000, 2000]) {
    const bk = new BukuKerjaWeb();
    const t = planTemplat({ host: 'web', sheets: [] }, { contoh: false, sekarang: '2024-01-01' });
    if (!t.ok) throw new Error(t.pesan);
    bk.terapkanRencana(t.plan);
    const pk = pkBesar(n);
    const h = bk.bacaSnapshot([SHEET.PK]).sheets[0].values.findIndex((r) => r.includes('Kode'));
    // PK rows: pkBesar's header is row 0; copy its data under the template header (same columns).
    const t0 = performance.now();
    bk.hf.batch(() => pk.slice(1).forEach((row, i) => row.forEach((v, c) => { if (c > 0) bk.hf.setCellContents({ sheet: bk.idLembar(SHEET.PK)!, row: h + 1 + i, col: c }, [[v as never]]); })));
    const r = rencanaJob('rapk', bk.bacaSnapshot(BACA.rapk), { sekarang: '2024-01-01' });
    if (!r.plan) throw new Error(r.hasil.pesan);
    bk.terapkanRencana(r.plan);
    const t1 = performance.now();
    const wb = bk.bacaSnapshot(BACA.periksa);
    const xs: number[] = [];
    let hasil;
    for (let i = 0; i < 5; i++) { const a = performance.now(); hasil = periksaBukuKerja(wb); xs.push(performance.now() - a); }
    xs.sort((a, b) => a - b);
    console.log(`n=${n}: periksa median ${xs[2].toFixed(1)} ms (bangun ${(t1 - t0).toFixed(0)} ms), ${hasil!.temuan.length} temuan: ${hasil!.ringkasan}`);
  }
}, 900000);
