/**
 * Capaian in the RAPK, per indicator and period, computed from the realisasi
 * and target the row holds (hitung.ts): realisasi and target on different
 * scales or in different units (the units guard, with the row's polaritas), a
 * realisasi typed for a period without a target, a capaian that can't be
 * computed, and a capaian above the preset's review threshold (only a preset
 * that has one: BPOM Tabel 3's "Tidak Dapat Disimpulkan" from 120).
 *
 * One cause, one finding: a target that is wrong in the PK (or a stale copy of
 * it) is said by the PK and Perbarui rules; a realisasi that can't be read by
 * rapk-isian.ts; a cap Pengaturan can't use by pengaturan.ts.
 */
import { formatAngka, isKError, kutip, parseCell } from '../values';
import { Rentang, cariLabel, galatSatuanBerbeda, satuanBerbeda } from '../formulas';
import { rapkBlok, rapkTargetHeader } from '../layout';
import { a1 } from '../workbook';
import { TOMBOL_PERBARUI } from '../perbarui';
import { bacaTargetPk } from '../model/pk';
import { hitungTargetPeriode } from '../rumus';
import { dua, sebut, tampil } from './alat';
import { ukurRapk } from './hitung';
import { aturan } from './jenis';

/** What a too-high capaian says about the target, for the row's polaritas (issue 9: the opposite for lower-is-better). */
function saranReviu(jenis: string, target: string): string {
  if (jenis === 'negatif' || jenis === 'negatif-rasio') {
    return `target ${target} kemungkinan terlalu tinggi (terlalu longgar): indikator ini makin rendah makin baik, dan realisasinya jauh di bawah target`;
  }
  return `target ${target} kemungkinan terlalu rendah: realisasinya jauh di atas target`;
}

export const aturanCapaian = aturan({
  nama: 'capaian',
  kode: {
    'skala-berbeda': { tingkat: 'Kesalahan', judul: 'Realisasi dan target pada skala berbeda' },
    'satuan-berbeda': { tingkat: 'Kesalahan', judul: 'Realisasi dan target dalam satuan berbeda' },
    'realisasi-tanpa-target': { tingkat: 'Peringatan', judul: 'Realisasi diisi pada periode tanpa target' },
    'capaian-galat': { tingkat: 'Kesalahan', judul: 'Capaian tidak dapat dihitung' },
    'capaian-lebih-120': { tingkat: 'Peringatan', judul: 'Capaian melewati batas reviu target' },
  },
  periksa(k, lapor) {
    const rapk = k.m.rapk;
    const pk = k.pk;
    if (!rapk || !pk) return;
    const sheet = rapk.nama;
    const laporan = k.m.pengaturan.periodeLaporan;
    for (const row of k.rapkPerKunci.values()) {
      const b = k.pkPerKunci.get(row.kunci);
      // A PK target or polaritas that is itself wrong is said at the PK: no capaian built on this row can be right.
      if (!b || k.bermasalahPk(b, 'polaritas') || k.bermasalahPk(b, 'target')) continue;
      const nama = sebut(row.kunciTeks, String(row.sel.Indikator?.nilai ?? '').trim());
      let targetDilaporkan = false;
      for (const q of k.m.rapkPeriode) {
        const u = ukurRapk(k, row, q);
        const cR = rapk.kolom[rapkBlok(q)[2]];
        const cC = rapk.kolom[rapkBlok(q)[3]];
        const cT = rapk.kolom[rapkTargetHeader(q)];
        const R = parseCell(u.realisasi, u.satuan);
        if (R.kind === 'blank' || R.kind === 'error' || cR === undefined || u.jenis === null) continue;
        const rLabel = R.kind === 'text' ? cariLabel(R.text, k.aturan) : null;
        if (R.kind === 'text' && !rLabel) continue; // rapk-isian.ts
        const selR = a1(row.baris, cR);

        // The target of this period, as the row holds it.
        const T = parseCell(u.target, u.satuan);
        if (T.kind === 'blank') {
          // Only where the pola gives this period no target (akhir before the last period); a blank annual
          // target is the PK's (or Perbarui's) cause, and a target formula not computed yet is not judged.
          const tahunan = row.sel['Target tahunan']?.nilai ?? null;
          const periode = k.m.rapkPeriode;
          const harap = hitungTargetPeriode(tahunan, row.sel['Pola target']?.nilai ?? null, periode.indexOf(q) + 1, periode.length);
          if (parseCell(tahunan).kind === 'blank' || harap !== null || cT === undefined) continue;
          lapor({
            kode: 'realisasi-tanpa-target',
            sheet,
            sel: selR,
            pesan: `Realisasi ${q} indikator ${nama} diisi ${tampil(u.realisasi)}, tetapi Target ${q} kosong: pola target "${String(row.sel['Pola target']?.nilai ?? '').trim()}" memberi target hanya pada periode tertentu, jadi capaian ${q} tidak dihitung.`,
            saran: `Bila indikator ini memang diukur pada akhir tahun, kosongkan ${selR}. Bila diukur setiap periode, ubah pola targetnya di PK menjadi "tetap" atau "kumulatif", lalu klik "${TOMBOL_PERBARUI}".`,
          });
          continue;
        }
        if (T.kind === 'error' || (T.kind === 'number' && T.value === 0)) continue; // upstream: PK, Perbarui or a typed target
        const jt = bacaTargetPk(u.target, u.satuan, k.aturan, u.jenis);
        if (jt.jenis === 'teks' || jt.jenis === 'galat' || jt.jenis === 'kosong') continue;

        // Scales and units.
        if (rLabel || jt.jenis === 'label') {
          if (rLabel && jt.jenis === 'label') {
            if (rLabel.skala.nama !== jt.skala) {
              const skalaT = k.aturan.skala.find((s) => s.nama === jt.skala);
              lapor({
                kode: 'skala-berbeda',
                sheet,
                sel: selR,
                pesan: `Realisasi ${q} ${kutip(String(u.realisasi))} (${rLabel.skala.nama}) dan target ${kutip(jt.teks)} (${jt.skala}) indikator ${nama} berasal dari skala berbeda.`,
                saran: `Ketik realisasi di ${selR} dengan label skala ${jt.skala}${skalaT ? ` (${skalaT.label.map((l) => l.kode).join(', ')})` : ''}.`,
              });
              continue;
            }
          } else {
            const rTxt = rLabel ? `label ${kutip(String(u.realisasi))}` : `angka ${tampil(u.realisasi)}`;
            const tTxt = jt.jenis === 'label' ? `label ${kutip(jt.teks)}` : jt.jenis === 'rentang' ? `rentang ${kutip(jt.teks)}` : `angka ${tampil(u.target)}`;
            const skalaT = jt.jenis === 'label' ? k.aturan.skala.find((s) => s.nama === jt.skala) : undefined;
            lapor({
              kode: 'skala-berbeda',
              sheet,
              sel: selR,
              pesan: `Realisasi ${q} indikator ${nama} berupa ${rTxt}, sedangkan targetnya ${tTxt}: keduanya tidak dapat dibandingkan.`,
              saran:
                jt.jenis === 'label'
                  ? `Ketik realisasi di ${selR} dengan label skala ${jt.skala}${skalaT ? ` (${skalaT.label.map((l) => l.kode).join(', ')})` : ''}.`
                  : `Ketik realisasi di ${selR} sebagai angka dalam satuan yang sama dengan target.`,
            });
            continue;
          }
        } else if (R.kind === 'number' && (jt.jenis === 'angka' || jt.jenis === 'rentang')) {
          const t: number | Rentang = jt.jenis === 'angka' ? jt.nilai : { bawah: jt.bawah, atas: jt.atas };
          const galat = galatSatuanBerbeda(R.value, t, u.jenis);
          if (galat) {
            const sisi = satuanBerbeda(R.value, t, u.jenis);
            const rinci = galat.message.replace(/^satuan berbeda: /, '');
            if (sisi === 'target') {
              // The target comes from the PK: one finding per indicator, at the PK cell (none when the PK rule already says it).
              if (!targetDilaporkan && k.targetPecahan(b) === null && pk.tabel.kolom.target !== undefined) {
                targetDilaporkan = true;
                const selT = a1(b.baris, pk.tabel.kolom.target);
                lapor({
                  kode: 'satuan-berbeda',
                  sheet: pk.nama,
                  sel: selT,
                  pesan: `Target ${tampil(b.target)} indikator ${nama} dan realisasi ${q} ${tampil(u.realisasi)} di RAPK dalam satuan berbeda: ${rinci}.`,
                  saran: `Ketik target ${jt.jenis === 'angka' ? formatAngka(jt.nilai * 100) : `${formatAngka(jt.bawah * 100)}–${formatAngka(jt.atas * 100)}`} (tanpa %) di ${selT} dengan format angka biasa, lalu klik "${TOMBOL_PERBARUI}"; atau ketik realisasi sebagai pecahan juga.`,
                });
              }
            } else {
              lapor({
                kode: 'satuan-berbeda',
                sheet,
                sel: selR,
                pesan: `Realisasi ${q} ${tampil(u.realisasi)} dan target ${tampil(u.target)} indikator ${nama} dalam satuan berbeda: ${rinci}.`,
                saran: `Ketik realisasi ${formatAngka(R.value * 100)} (tanpa %) di ${selR} dengan format angka biasa, atau ketik target sebagai pecahan juga.`,
              });
            }
            continue;
          }
        }

        const C = u.capaian;
        const selC = cC !== undefined ? a1(row.baris, cC) : selR;
        if (isKError(C)) {
          if (k.pengaturanRusak.batas) continue; // every capaian: pengaturan.ts
          lapor({
            kode: 'capaian-galat',
            sheet,
            sel: selC,
            pesan: `Capaian ${q} indikator ${nama} tidak dapat dihitung dari realisasi ${tampil(u.realisasi)} dan target ${tampil(u.target)}: ${C.message}.`,
            saran: 'Perbaiki realisasi, target atau polaritas indikator ini sesuai keterangan di atas (batas atas capaian dapat diatur di lembar Pengaturan).',
          });
          continue;
        }
        const reviu = k.reviu;
        if (q !== laporan || !reviu || typeof C !== 'number') continue;
        if (!(reviu.termasuk ? C >= reviu.batas : C > reviu.batas)) continue;
        const targetTeks = jt.jenis === 'rentang' ? `rentang ${kutip(jt.teks)}` : tampil(u.target);
        lapor({
          kode: 'capaian-lebih-120',
          sheet,
          sel: selC,
          pesan: `Capaian ${q} indikator ${nama} ${dua(C)} (realisasi ${tampil(u.realisasi)}, target ${targetTeks}, polaritas ${u.jenis}) di atas ${formatAngka(reviu.batas)}: kriteria "${reviu.label}" menurut ${k.namaPreset}.`,
          saran: `Reviu target indikator ini (LAKIP 2019, Saran 1): ${saranReviu(u.jenis, targetTeks)}. Periksa juga realisasinya; bila instansi memakai batas atas capaian, isi di lembar Pengaturan.`,
        });
      }
    }
  },
});
