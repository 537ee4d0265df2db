/**
 * A Periksa rule: a validated figure that differs from its Berita Acara.
 *
 * For every period that is validated and locked, each indicator of its Berita
 * Acara in force is compared with the RAPK row of its Kode. A target or
 * realisasi that changed (someone lifted the protection, pasted over it, or
 * the PK target changed and Perbarui followed) is a Kesalahan naming the old
 * value, the new value and the Berita Acara entry; a capaian or kriteria that
 * changed while target and realisasi did not (Pengaturan changed) is one too.
 * One cause, one finding: when the realisasi changed, its capaian and kriteria
 * are not reported again. A Berita Acara whose own table no longer gives the
 * fingerprint printed under it was edited after it was made; that one finding
 * is all it gets (its table is no reference for the RAPK any more).
 *
 * Registering it (core/periksa, the rule shape of core/periksa/jenis.ts):
 *
 *   export const aturanValidasi = aturan({ nama: 'validasi', kode: KODE_VALIDASI,
 *     periksa: (k, lapor) => periksaValidasi(k.m, lapor) });
 *
 * It reads the Riwayat and Berita Acara Validasi sheets from the model's
 * snapshot, so BACA.periksa names them (core/jobs.ts).
 */
import { a1 } from '../workbook';
import { BukuKerja } from '../model/bukukerja';
import { rapkBlok, rapkTargetHeader } from '../layout';
import { BA_INDIKATOR_KOLOM } from './lembar';
import { ModelSiklus, baBerlaku, bacaSiklus, periodeTerkunci, samaAngka, sidikBA } from './model';
import { tampil } from './riwayat';
import { TOMBOL } from './isian';

export const KODE_VALIDASI = {
  'validasi-berubah': { tingkat: 'Kesalahan', judul: 'Angka tervalidasi berubah' },
  'validasi-baris-hilang': { tingkat: 'Kesalahan', judul: 'Indikator tervalidasi tidak ada lagi di RAPK' },
  'berita-acara-diubah': { tingkat: 'Kesalahan', judul: 'Berita Acara diubah setelah dibuat' },
} as const;

export type KodeValidasi = keyof typeof KODE_VALIDASI;

export interface LaporanValidasi {
  kode: KodeValidasi;
  sheet: string;
  sel: string;
  pesan: string;
  saran: string;
}

/** Check the validated periods of a workbook model. */
export function periksaValidasi(bk: BukuKerja, lapor: (t: LaporanValidasi) => void): void {
  // Periksa has read the workbook model already: the cycle's model is built on it, not read again.
  periksaSiklus(bacaSiklus(bk.snapshot, bk), lapor);
}

export function periksaSiklus(m: ModelSiklus, lapor: (t: LaporanValidasi) => void): void {
  const rapk = m.bk.rapk;
  // One cause, one finding: a Berita Acara edited after it was made is not a
  // reference any more, so the RAPK is not compared with its edited table.
  const diubah = new Set<unknown>();
  for (const e of m.ba) {
    if (!e.sidik || !e.indikator.length) continue;
    const hitung = sidikBA(e.periode, e.indikator);
    if (hitung !== e.sidik) {
      diubah.add(e);
      lapor({
        kode: 'berita-acara-diubah',
        sheet: e.lembar,
        sel: a1(e.barisSidik, 1),
        pesan: `Berita Acara ${e.nomor} (periode ${e.periode}) tidak lagi memberi sidik jari yang tercetak (${e.sidik.slice(0, 16)}…; tabelnya kini ${hitung.slice(0, 16)}…): angka di tabelnya diubah setelah validasi.`,
        saran: `Berita Acara hanya ditambah oleh Kinerja. Kembalikan angka aslinya (lihat Riwayat), atau bila memang ada yang salah, klik "${TOMBOL.bukaKunci}" lalu validasi ulang.`,
      });
    }
  }
  if (!rapk) return;
  const perKunci = new Map(rapk.rows.map((r) => [r.kunci, r]));
  for (const p of periodeTerkunci(m)) {
    const e = baBerlaku(m, p);
    if (!e || diubah.has(e)) continue;
    const [, , hR, hC, hK] = rapkBlok(p);
    const hT = rapkTargetHeader(p);
    const kolomBA = (n: (typeof BA_INDIKATOR_KOLOM)[number]): number => e.kolom[n] ?? BA_INDIKATOR_KOLOM.indexOf(n);
    for (const b of e.indikator) {
      const row = perKunci.get(b.kunci);
      const entri = `Berita Acara ${e.nomor} (${e.lembar}!${a1(b.baris, 0)})`;
      if (!row) {
        lapor({
          kode: 'validasi-baris-hilang',
          sheet: e.lembar,
          sel: a1(b.baris, kolomBA('Kode')),
          pesan: `Kode ${b.kode} tervalidasi pada periode ${p} menurut ${entri}, tetapi tidak ada lagi di RAPK.`,
          saran: `Kembalikan indikator ${b.kode} ke PK lalu klik "Perbarui dari PK" (angkanya kembali dari RAPK Arsip), atau klik "${TOMBOL.bukaKunci}" bila memang dihapus.`,
        });
        continue;
      }
      const beda = (h: string, lama: unknown): { sel: string; baru: unknown } | null => {
        const c = rapk.kolom[h];
        if (c === undefined) return null;
        const baru = row.sel[h]?.nilai ?? null;
        return samaAngka(lama as never, baru) ? null : { sel: a1(row.baris, c), baru };
      };
      const t = beda(hT, b.target);
      const r = beda(hR, b.realisasi);
      const laporkan = (apa: string, h: string, lama: unknown, x: { sel: string; baru: unknown }): void =>
        lapor({
          kode: 'validasi-berubah',
          sheet: rapk.nama,
          sel: x.sel,
          pesan: `${apa} ${b.kode} periode ${p} sudah divalidasi ${tampil(lama as never)} (${entri}), sekarang ${tampil(x.baru as never)}.`,
          saran:
            apa === 'Capaian' || apa === 'Kriteria'
              ? `Target dan realisasinya tetap, jadi aturan hitungnya yang berubah (Pengaturan: preset kriteria, batas atas, rumus negatif, skala). Kembalikan Pengaturan seperti saat validasi, atau klik "${TOMBOL.bukaKunci}" dengan alasan lalu validasi ulang.`
              : `Angka yang sudah divalidasi tidak diubah di tempat: kembalikan ${h} ke ${tampil(lama as never)}, lalu catat perbaikannya dengan "${TOMBOL.koreksi}" (dicatat pada periode berikutnya, SOP 000 B.7), atau "${TOMBOL.bukaKunci}" dengan alasan lalu validasi ulang.`,
        });
      if (t) laporkan('Target', hT, b.target, t);
      if (r) laporkan('Realisasi', hR, b.realisasi, r);
      if (t || r) continue;
      const c = beda(hC, b.capaian);
      if (c) {
        laporkan('Capaian', hC, b.capaian, c);
        continue;
      }
      const k = beda(hK, b.kriteria);
      if (k) laporkan('Kriteria', hK, b.kriteria, k);
    }
  }
}
