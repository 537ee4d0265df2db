/**
 * UKPBJ checks on the Indikator UKPBJ sheet (UKPBJ.md §7): a formula Kinerja
 * cannot compile, a Kode used twice, an indicator whose scope matches no
 * paket, and a satuan that does not fit the rule (a target in % against a
 * realisasi in hari).
 */
import { bakuTeks, kutip } from '../values';
import { a1 } from '../workbook';
import { LEMBAR_UKPBJ } from '../ukpbj/kolom';
import { kompilasi } from '../ukpbj/hitung';
import { aturan } from './jenis';
import { modelUkpbj } from './ukpbj-paket';

export const aturanUkpbjIndikator = aturan({
  nama: 'ukpbj-indikator',
  kode: {
    'rumus-indikator-tak-terbaca': { tingkat: 'Kesalahan', judul: 'Rumus indikator UKPBJ tidak terbaca' },
    'kode-indikator-ukpbj-ganda': { tingkat: 'Kesalahan', judul: 'Kode indikator UKPBJ dipakai dua kali' },
    'lingkup-tanpa-paket': { tingkat: 'Peringatan', judul: 'Lingkup indikator tidak mengenai satu paket pun' },
    'satuan-tidak-cocok-aturan': { tingkat: 'Peringatan', judul: 'Satuan indikator tidak cocok dengan aturannya' },
  },
  periksa(k, lapor) {
    const m = modelUkpbj(k);
    const t = m.indikator;
    if (!t) return;
    const S = t.nama;
    for (const x of m.masalah) if (x.sheet === S) lapor({ kode: 'rumus-indikator-tak-terbaca', sheet: S, sel: a1(x.baris, x.kolom), pesan: x.pesan, saran: x.saran });
    const kol = (h: keyof typeof t.kolom): number => t.kolom[h] ?? 0;
    const sudah = new Map<string, number>();
    for (const b of t.rows) {
      if (!b.kode) continue;
      const r0 = sudah.get(b.kunci);
      if (r0 !== undefined) {
        lapor({
          kode: 'kode-indikator-ukpbj-ganda',
          sheet: S,
          sel: a1(b.baris, kol('Kode')),
          pesan: `Kode indikator ${kutip(b.kode)} juga ada di baris ${r0 + 1}: hanya baris pertama yang dihitung di Capaian UKPBJ.`,
          saran: 'Beri kode lain (kode dipakai Target dan Rencana Aksi untuk menemukan indikatornya).',
        });
        continue;
      }
      sudah.set(b.kunci, b.baris);
      const s = b.spec;
      if (!s) continue;
      const sat = bakuTeks(b.satuan);
      const hari = s.a?.kolom === 'Durasi pemilihan (hari)';
      const persen = s.agregasi === 'RASIO_JUMLAH' || s.agregasi === 'PERSEN_HITUNG' || ((s.agregasi === 'RATA_RATA' || s.agregasi === 'MEDIAN') && s.b !== null);
      if (sat && ((hari && s.agregasi !== 'RASIO_JUMLAH' && s.agregasi !== 'PERSEN_HITUNG' && sat !== 'hari') || (persen && !hari && sat !== '%' && !sat.includes('persen')))) {
        lapor({
          kode: 'satuan-tidak-cocok-aturan',
          sheet: S,
          sel: a1(b.baris, kol('Satuan')),
          pesan: `Indikator ${b.kode} bersatuan ${kutip(b.satuan)}, padahal aturannya (${s.agregasi}, ${s.a?.nama ?? '?'}) menghasilkan ${hari ? 'hari' : 'persen'}: target dan realisasinya tidak sebanding.`,
          saran: `Ubah Satuan menjadi ${hari ? '"hari"' : '"%"'}, atau ubah agregasi/besarannya.`,
        });
      }
    }
    // Scope: only when the Paket sheet holds paket (a fresh template has none yet).
    const adaPaket = (m.paket?.rows ?? []).some((r) => r.kunci !== null);
    if (!adaPaket) return;
    const h = kompilasi(m, 2000, 'B12');
    for (const x of h.indikator) {
      if (!x.agregat) continue;
      const kena = x.blok.filter((bl) => typeof bl.ikut === 'string' && bl.ikut !== '' && !bl.ikut.startsWith('di luar lingkup')).length;
      if (kena > 0) continue;
      const sp = x.ind.spec;
      const saring = sp ? [sp.metode, sp.jenis, sp.area, sp.opd].filter((f) => f.nilai.length).map((f) => f.teks) : [];
      lapor({
        kode: 'lingkup-tanpa-paket',
        sheet: S,
        sel: a1(x.ind.baris, kol(sp?.area.nilai.length ? 'Area strategis' : sp?.metode.nilai.length ? 'Metode pemilihan' : sp?.jenis.nilai.length ? 'Jenis pengadaan' : sp?.opd.nilai.length ? 'OPD' : 'Kode')),
        pesan: `Lingkup indikator ${x.ind.kode} (${saring.length ? saring.map((f) => kutip(f)).join(', ') : 'semua paket'}) tidak mengenai satu pun paket di lembar ${LEMBAR_UKPBJ.PAKET}: realisasinya selalu kosong.`,
        saran: 'Periksa ejaan metode, jenis, area atau OPD di lingkup (harus sama dengan isi lembar Paket), atau isi area strategis paketnya.',
      });
    }
  },
});
