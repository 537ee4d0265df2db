/**
 * Targets per period typed in the RAPK. Kinerja writes each period's target as
 * a formula from the annual target and the pola; a target typed for a
 * kumulatif indicator is the user's and stays (DOMAIN.md: "T/4 … or typed per
 * quarter"), and must still rise to the annual target. A target typed over the
 * formula of an akhir or tetap indicator is replaced on the next click (and
 * archived): said here when it contradicts the pola, else by hitungan.ts.
 */
import { formatAngka, parseCell } from '../values';
import { rapkTargetHeader } from '../layout';
import { a1 } from '../workbook';
import { TOMBOL_PERBARUI } from '../perbarui';
import { hitungTargetPeriode } from '../rumus';
import { TOLERANSI, cocok, sebut, tampil } from './alat';
import { aturan } from './jenis';

export const aturanRapkTarget = aturan({
  nama: 'rapk-target',
  kode: {
    'target-pola': { tingkat: 'Peringatan', judul: 'Target periode bertentangan dengan pola' },
    'target-kumulatif-diketik': { tingkat: 'Info', judul: 'Target kumulatif diketik per periode' },
  },
  periksa(k, lapor) {
    const rapk = k.m.rapk;
    if (!rapk) return;
    const sheet = rapk.nama;
    const periode = k.m.rapkPeriode;
    const n = periode.length;
    const pembagian = (i: number): string => (i + 1 === n ? 'T' : n % (i + 1) === 0 ? `T/${n / (i + 1)}` : `${i + 1}T/${n}`);
    for (const row of k.rapkPerKunci.values()) {
      const b = k.pkPerKunci.get(row.kunci);
      if (!b || k.bermasalahPk(b, 'pola') || k.bermasalahPk(b, 'target')) continue;
      const pola = b.urai.pola as string;
      const nama = sebut(row.kunciTeks, String(row.sel.Indikator?.nilai ?? '').trim());
      const tahunan = row.sel['Target tahunan']?.nilai ?? null;
      const polaRapk = row.sel['Pola target']?.nilai ?? null;
      if (pola !== 'kumulatif') {
        periode.forEach((q, i) => {
          const h = rapkTargetHeader(q);
          const s = row.sel[h];
          const c = rapk.kolom[h];
          if (!s || c === undefined || s.rumus || parseCell(s.nilai).kind === 'blank') return;
          const harap = hitungTargetPeriode(tahunan, polaRapk, i + 1, n);
          if (cocok(s.nilai, harap)) return; // the same as the formula: hitungan.ts
          const sel = a1(row.baris, c);
          lapor({
            kode: 'target-pola',
            sheet,
            sel,
            pesan:
              pola === 'akhir'
                ? `Pola target indikator ${nama} "akhir" (diukur pada akhir tahun), tetapi Target ${q} diketik ${tampil(s.nilai)}.`
                : `Pola target indikator ${nama} "tetap", jadi Target ${q} sama dengan target tahunan ${tampil(tahunan)}, tetapi diketik ${tampil(s.nilai)}.`,
            saran: `Kosongkan ${sel} lalu klik "${TOMBOL_PERBARUI}" agar targetnya dihitung dari pola (nilai ketikan ini akan disimpan di RAPK Arsip), atau ubah pola target di PK menjadi "kumulatif" bila target per periode memang diketik sendiri.`,
          });
        });
        continue;
      }
      // kumulatif: against the PK's annual target.
      const t = b.urai.target;
      if (t.jenis !== 'angka' || t.nilai === 0) continue;
      const total = t.nilai;
      let sebelum = 0;
      periode.forEach((q, i) => {
        const h = rapkTargetHeader(q);
        const s = row.sel[h];
        const c = rapk.kolom[h];
        if (!s || c === undefined) return;
        const p = parseCell(s.nilai);
        const harus = (total * (i + 1)) / n;
        if (s.rumus) {
          if (p.kind === 'number') sebelum = p.value;
          return;
        }
        if (p.kind === 'number' && Math.abs(p.value - harus) <= TOLERANSI) {
          sebelum = p.value;
          return;
        }
        const sel = a1(row.baris, c);
        const bagi = `${pembagian(i)} = ${formatAngka(harus)}`;
        if (p.kind === 'number' && i + 1 < n) {
          const naik = total > 0 ? p.value >= sebelum && p.value <= total : p.value <= sebelum && p.value >= total;
          if (naik) {
            lapor({
              kode: 'target-kumulatif-diketik',
              sheet,
              sel,
              pesan: `Target ${q} indikator ${nama} diketik ${tampil(s.nilai)}, berbeda dari pembagian rata pola kumulatif (${bagi} dari target tahunan PK ${formatAngka(total)}).`,
              saran: `Boleh bila target per periode memang direncanakan demikian (Perbarui mempertahankannya); bila tidak, kosongkan ${sel} lalu klik "${TOMBOL_PERBARUI}" agar dihitung ${formatAngka(harus)}.`,
            });
            sebelum = p.value;
            return;
          }
        }
        lapor({
          kode: 'target-pola',
          sheet,
          sel,
          pesan:
            p.kind === 'blank'
              ? `Pola target indikator ${nama} "kumulatif", tetapi Target ${q} kosong (seharusnya ${bagi}).`
              : i + 1 === n
                ? `Target ${q} indikator ${nama} diketik ${tampil(s.nilai)}, padahal target periode terakhir pola kumulatif sama dengan target tahunan PK ${formatAngka(total)}.`
                : `Target ${q} indikator ${nama} diketik ${tampil(s.nilai)}, bertentangan dengan pola kumulatif: seharusnya ${bagi} dari target tahunan PK ${formatAngka(total)}, dan target kumulatif tidak boleh menurun atau melewati target tahunan.`,
          saran: `Ketik ${formatAngka(harus)} di ${sel}, atau kosongkan lalu klik "${TOMBOL_PERBARUI}" agar dihitung dari pola.`,
        });
        if (p.kind === 'number') sebelum = p.value;
      });
    }
  },
});
