/**
 * The report (Bab III of a LAKIP, seed 001) as data: its figures are the views'
 * computed values (core/model/tampilan.ts), grouped the way the chapter shows
 * them, with its sentences written from those figures. The sheet (lembar.ts)
 * and the Word chapter (web/laporan-docx.ts) are both drawn from this one
 * object, so they cannot say different things.
 */
import { CellInput, bakuTeks, parseCell } from '../values';
import { UkpbjLaporan, bacaUkpbjLaporan } from './ukpbj';
import { PitaKriteria } from '../settings';
import { PRESET_SENDIRI } from '../layout';
import { BukuKerja } from '../model/bukukerja';
import { BarisUkur, ModelTampilan, bacaTampilan } from '../model/tampilan';
import { namaPeriode, JenisPeriode } from '../periode';
import { angkaDari, angkaTeks, daftarTeks, jumlahKata, kodeGalat, nilaiTeks, rentangPita } from './teks';

export interface IndikatorLaporan {
  /** Running number over the whole report (1..n, the views' order). */
  no: number;
  kunci: string;
  kode: string;
  nama: string;
  satuan: string;
  iku: boolean;
  target: CellInput;
  realisasi: CellInput;
  capaian: CellInput;
  kriteria: CellInput;
  /** The capaian as a number (null: blank or an error). */
  capaianAngka: number | null;
}

export interface SasaranLaporan {
  no: number;
  nama: string;
  perspektif: string;
  nps: CellInput;
  npsAngka: number | null;
  kriteria: CellInput;
  indikator: IndikatorLaporan[];
}

export interface PerspektifLaporan {
  /** "A", "B", … */
  huruf: string;
  nama: string;
  nps: CellInput;
  npsAngka: number | null;
  kriteria: CellInput;
  sasaran: SasaranLaporan[];
}

/** The indicators of one kriteria band (the Ringkasan's "2 … Sangat Baik … 12 … Baik"). */
export interface KelompokKriteria {
  label: string;
  /** The capaian range of the band: "110–120%". */
  rentang: string;
  /** The band means "review the target" under the preset in force (seed 001, Saran 1). */
  reviu: boolean;
  indikator: IndikatorLaporan[];
}

export interface AnggaranLaporan {
  no: number;
  sasaran: string;
  pagu: CellInput;
  realisasi: CellInput;
  serapan: CellInput;
  /** Share of the total pagu, in percent points (computed here: the view has no such column). */
  porsi: number | null;
  capaianOutput: CellInput;
  ie: CellInput;
  te: CellInput;
  kategori: CellInput;
}

export interface RenstraLaporan {
  kode: string;
  nama: string;
  satuan: string;
  targetAkhir: CellInput;
  realisasi: Record<number, CellInput>;
  tahunTerakhir: CellInput;
  capaianAkhir: CellInput;
  /** The view's change from last year, when its latest year is this year; otherwise null (the text says why). */
  perubahan: CellInput;
  /** Naik / turun / tetap over the years with data, or "data belum cukup". */
  arah: string;
}

export interface PeriodeIndikatorLaporan {
  kode: string;
  nama: string;
  iku: boolean;
  per: Array<{ periode: string; nama: string; target: CellInput; realisasi: CellInput; capaian: CellInput; kriteria: CellInput }>;
}

export interface Laporan {
  tahun: number | null;
  jenisPeriode: JenisPeriode;
  periodeLaporan: string;
  /** "Tahunan", "Triwulan II (s.d. Juni)". */
  namaPeriode: string;
  /** "di tahun 2019", "pada Triwulan II (s.d. Juni) 2019". */
  kapan: string;
  preset: { nama: string; pita: readonly PitaKriteria[]; reviu: string[] };
  batasAtas: number | null;
  organisasi: { nps: CellInput; npsAngka: number | null; kriteria: CellInput };
  perspektif: PerspektifLaporan[];
  sasaran: SasaranLaporan[];
  indikator: IndikatorLaporan[];
  sebaran: KelompokKriteria[];
  /** Indicators without a capaian (no realisasi yet) and those whose capaian is an error. */
  belumAda: IndikatorLaporan[];
  galat: IndikatorLaporan[];
  /** Indicators whose target should be reviewed: in the preset's review band, or at the cap. */
  reviu: IndikatorLaporan[];
  anggaran: { baris: AnggaranLaporan[]; jumlah: { pagu: CellInput; realisasi: CellInput; serapan: CellInput } | null } | null;
  renstra: { tahunAwal: number; tahunAkhir: number; tahun: number[]; tahunIni: number | null; baris: RenstraLaporan[] } | null;
  periode: { kode: string[]; nama: string[]; indikator: PeriodeIndikatorLaporan[] } | null;
  teks: {
    /** "NPS organisasi tahun 2019 sebesar 106,37 (Baik) …" */
    nps: string;
    /** Each perspektif: "Customer Perspective: 117,42 (Sangat Baik)". */
    perspektif: string[];
    /** "Dari 17 (tujuh belas) Indikator Kinerja, 2 (dua) …" */
    sebaran: string;
    /** "… 12 (dua belas) Sasaran, yaitu: 1) "…" tercapai dengan kategori Baik (98,85%); …" */
    ringkasanEksekutif: string;
    saran: string[];
    anggaran: string;
  };
  /** Kinerja pengadaan (UKPBJ), where the workbook holds the Capaian UKPBJ view. */
  ukpbj: UkpbjLaporan | null;
  /** Things the reader must know (the PK changed since Perbarui, a view missing). */
  peringatan: string[];
}

export type HasilSusun = { ok: true; laporan: Laporan; tampilan: ModelTampilan } | { ok: false; pesan: string };

export const TOMBOL_LAPORAN = 'Buat Laporan';

const HURUF = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function kunciSama(a: string, b: string): boolean {
  return bakuTeks(a) === bakuTeks(b);
}

/** A sasaran's result in the Ringkasan Eksekutif: 'tercapai dengan kategori Baik (98,85%)'. */
function hasilSasaran(s: SasaranLaporan): string {
  const k = typeof s.kriteria === 'string' && s.kriteria.trim() && !s.kriteria.trim().startsWith('#') ? s.kriteria.trim() : '';
  if (s.npsAngka !== null && k) return `tercapai dengan kategori ${k} (${angkaTeks(s.npsAngka)}%)`;
  if (s.npsAngka !== null) return `memperoleh NPS ${angkaTeks(s.npsAngka)}%`;
  if (parseCell(s.nps).kind === 'error') return `belum dapat dihitung (${kodeGalat(s.nps)}; periksa lembar Pengukuran)`;
  return 'belum dapat diukur (realisasi belum ada)';
}

/** Build the report from the workbook's model: refuse (pesan) when the views are not there. */
export function susunLaporan(m: BukuKerja): HasilSusun {
  const tampil = bacaTampilan(m);
  if (!tampil.pengukuran || tampil.pengukuran.baris.length === 0) {
    return {
      ok: false,
      pesan: m.pkSheet
        ? `Lembar Pengukuran belum ada atau belum berisi indikator: klik "Perbarui dari PK" dulu, lalu klik "${TOMBOL_LAPORAN}".`
        : `Lembar PK belum ada: klik Sisipkan templat, isi PK, klik "Perbarui dari PK", lalu klik "${TOMBOL_LAPORAN}".`,
    };
  }
  const p = m.pengaturan;
  const pita = p.aturan.kriteria;
  const presetNama = p.preset === 'sendiri' ? PRESET_SENDIRI : p.preset.nama;
  const reviuLabel = p.preset === 'sendiri' || !p.preset.reviuTarget ? [] : p.preset.reviuTarget.label;
  const nama = namaPeriode(p.jenisPeriode, p.periodeLaporan);
  const tahunTeks = p.tahun !== null ? ` ${p.tahun}` : '';
  const kapan = p.jenisPeriode === 'tahunan' || p.periodeLaporan === 'B12' ? (p.tahun !== null ? `di tahun ${p.tahun}` : 'pada tahun ini') : `pada ${nama}${tahunTeks}`;
  const iku = new Set((m.pk?.baris ?? []).filter((b) => b.iku).map((b) => b.kunci));

  // Indicators and sasaran in the view's order; perspektif in order of first appearance.
  const indikator: IndikatorLaporan[] = [];
  const sasaran: SasaranLaporan[] = [];
  let sekarang: SasaranLaporan | null = null;
  tampil.pengukuran.baris.forEach((b: BarisUkur, i) => {
    if (!sekarang || !kunciSama(sekarang.nama, b.sasaran)) {
      sekarang = { no: sasaran.length + 1, nama: b.sasaran, perspektif: b.perspektif, nps: b.npsSasaran, npsAngka: angkaDari(b.npsSasaran), kriteria: b.kriteriaSasaran, indikator: [] };
      sasaran.push(sekarang);
    }
    const x: IndikatorLaporan = {
      no: i + 1,
      kunci: b.kunci,
      kode: b.kode,
      nama: b.indikator,
      satuan: b.satuan,
      iku: iku.has(b.kunci),
      target: b.target,
      realisasi: b.realisasi,
      capaian: b.capaian,
      kriteria: b.kriteria,
      capaianAngka: angkaDari(b.capaian),
    };
    sekarang.indikator.push(x);
    indikator.push(x);
  });
  const ringkas = tampil.ringkasan;
  const perspektif: PerspektifLaporan[] = [];
  for (const s of sasaran) {
    let g = perspektif.find((x) => kunciSama(x.nama, s.perspektif));
    if (!g) {
      const r = ringkas?.perspektif.find((x) => kunciSama(x.nama, s.perspektif));
      g = { huruf: HURUF[perspektif.length % 26], nama: s.perspektif, nps: r?.nps ?? null, npsAngka: angkaDari(r?.nps ?? null), kriteria: r?.kriteria ?? null, sasaran: [] };
      perspektif.push(g);
    }
    g.sasaran.push(s);
  }
  // The report goes perspektif by perspektif (Tabel 4's shape): sasaran and indicators are numbered in that order
  // (the same as the views' unless the PK interleaves perspektif).
  sasaran.length = 0;
  indikator.length = 0;
  for (const g of perspektif) {
    for (const s of g.sasaran) {
      s.no = sasaran.length + 1;
      sasaran.push(s);
      for (const x of s.indikator) {
        x.no = indikator.length + 1;
        indikator.push(x);
      }
    }
  }
  const org = ringkas?.organisasi;
  const organisasi = { nps: org?.nps ?? null, npsAngka: angkaDari(org?.nps ?? null), kriteria: org?.kriteria ?? null };

  // The bands, highest first; the review bands last (seed 001: "Sedangkan 3 … Tidak Dapat Disimpulkan").
  const belumAda = indikator.filter((x) => parseCell(x.capaian).kind === 'blank');
  const galat = indikator.filter((x) => parseCell(x.capaian).kind === 'error');
  const urutPita = pita.map((pt, i) => ({ pt, i })).reverse();
  const kelompok = (reviu: boolean): KelompokKriteria[] =>
    urutPita
      .filter(({ pt }) => reviuLabel.includes(pt.label) === reviu)
      .map(({ pt, i }) => ({
        label: pt.label,
        rentang: rentangPita(pita, i),
        reviu,
        indikator: indikator.filter((x) => x.capaianAngka !== null && typeof x.kriteria === 'string' && kunciSama(x.kriteria, pt.label)),
      }));
  const sebaran = [...kelompok(false), ...kelompok(true)];
  // A capaian whose kriteria names no band of the preset (the view's bands changed): its own group.
  const dikenal = new Set(sebaran.flatMap((k) => k.indikator));
  const lain = indikator.filter((x) => x.capaianAngka !== null && !dikenal.has(x));
  if (lain.length) sebaran.push({ label: 'kriteria lain', rentang: '', reviu: false, indikator: lain });
  const batasAtas = p.aturan.batasAtas;
  const reviu = indikator.filter(
    (x) => x.capaianAngka !== null && ((typeof x.kriteria === 'string' && reviuLabel.some((l) => kunciSama(l, x.kriteria as string))) || (batasAtas !== null && x.capaianAngka >= batasAtas)),
  );

  // Anggaran dan Efisiensi, with each sasaran's share of the total pagu.
  let anggaran: Laporan['anggaran'] = null;
  if (tampil.anggaran) {
    const total = angkaDari(tampil.anggaran.jumlah?.pagu ?? null) ?? tampil.anggaran.baris.reduce((a, b) => a + (angkaDari(b.pagu) ?? 0), 0);
    // Numbered as the sasaran are (by name), in that order.
    const noSasaran = (nama: string, i: number): number => sasaran.find((s) => kunciSama(s.nama, nama))?.no ?? sasaran.length + i + 1;
    anggaran = {
      baris: tampil.anggaran.baris.map((b, i) => {
        const pagu = angkaDari(b.pagu);
        return {
          no: noSasaran(b.sasaran, i),
          sasaran: b.sasaran,
          pagu: b.pagu,
          realisasi: b.realisasi,
          serapan: b.serapan,
          porsi: pagu !== null && total > 0 ? (pagu / total) * 100 : null,
          capaianOutput: b.capaianOutput,
          ie: b.ie,
          te: b.te,
          kategori: b.kategori,
        };
      }).sort((a, b) => a.no - b.no),
      jumlah: tampil.anggaran.jumlah ? { pagu: tampil.anggaran.jumlah.pagu, realisasi: tampil.anggaran.jumlah.realisasi, serapan: tampil.anggaran.jumlah.serapan } : null,
    };
  }

  // Renstra: this year against last year and the final year's target; the trend over its years.
  let renstra: Laporan['renstra'] = null;
  if (tampil.renstra && tampil.renstra.tahun.length) {
    const th = tampil.renstra.tahun;
    const tahunAkhir = th[th.length - 1];
    const tahunIni = p.tahun !== null && th.includes(p.tahun) ? p.tahun : null;
    renstra = {
      tahunAwal: th[0],
      tahunAkhir,
      tahun: th,
      tahunIni,
      baris: tampil.renstra.baris.map((b) => {
        const ada = th.filter((y) => angkaDari(b.realisasi[y]) !== null);
        let arah = 'data belum cukup';
        if (ada.length >= 2) {
          const d = (angkaDari(b.realisasi[ada[ada.length - 1]]) as number) - (angkaDari(b.realisasi[ada[0]]) as number);
          arah = `${d > 0 ? 'naik' : d < 0 ? 'turun' : 'tetap'} (${ada[0]}–${ada[ada.length - 1]})`;
        }
        const terakhir = angkaDari(b.tahunTerakhir);
        return {
          kode: b.kode,
          nama: b.indikator,
          satuan: b.satuan,
          targetAkhir: b.target[tahunAkhir] ?? null,
          realisasi: b.realisasi,
          tahunTerakhir: b.tahunTerakhir,
          capaianAkhir: b.capaianAkhir,
          perubahan: tahunIni !== null && terakhir === tahunIni ? b.perubahan : null,
          arah,
        };
      }),
    };
  }

  // Target and realisasi per period, per indicator (the RAPK), in the report's order.
  let periode: Laporan['periode'] = null;
  if (tampil.rapk) {
    const rapk = tampil.rapk;
    const perKunci = new Map(rapk.baris.map((b) => [b.kunci, b]));
    periode = {
      kode: rapk.periode,
      nama: rapk.periode.map((q) => namaPeriode(p.jenisPeriode, q)),
      indikator: indikator
        .filter((x) => perKunci.has(x.kunci))
        .map((x) => {
          const b = perKunci.get(x.kunci)!;
          return { kode: x.kode, nama: x.nama, iku: x.iku, per: rapk.periode.map((q) => ({ periode: q, nama: namaPeriode(p.jenisPeriode, q), ...b.per[q] })) };
        }),
    };
  }

  const laporan: Laporan = {
    tahun: p.tahun,
    jenisPeriode: p.jenisPeriode,
    periodeLaporan: p.periodeLaporan,
    namaPeriode: nama,
    kapan,
    preset: { nama: presetNama, pita, reviu: reviuLabel },
    batasAtas,
    organisasi,
    perspektif,
    sasaran,
    indikator,
    sebaran,
    belumAda,
    galat,
    reviu,
    anggaran,
    renstra,
    periode,
    teks: { nps: '', perspektif: [], sebaran: '', ringkasanEksekutif: '', saran: [], anggaran: '' },
    ukpbj: bacaUkpbjLaporan(m.snapshot),
    peringatan: [],
  };
  laporan.teks = tulisTeks(laporan);
  if (tampil.spanduk) laporan.peringatan.push(`RAPK: ${tampil.spanduk.replace(/^⚠\s*/, '')}`);
  if (!tampil.ringkasan) laporan.peringatan.push('Ringkasan NPS perspektif dan organisasi tidak ditemukan di bawah tabel Pengukuran: klik "Perbarui dari PK".');
  if (!tampil.anggaran) laporan.peringatan.push('Lembar Anggaran dan Efisiensi belum ada: tabel serapan dan efisiensi dikosongkan. Klik "Perbarui dari PK".');
  if (!tampil.renstra) laporan.peringatan.push('Lembar Renstra belum ada: perbandingan antartahun dikosongkan. Klik "Perbarui dari PK".');
  return { ok: true, laporan, tampilan: tampil };
}

/** The sentences of the report, written from its figures. */
function tulisTeks(l: Laporan): Laporan['teks'] {
  const kri = (k: CellInput): string => (typeof k === 'string' && k.trim() && !k.trim().startsWith('#') ? k.trim() : nilaiTeks(k));
  const n = l.indikator.length;
  const th = l.tahun !== null ? ` tahun ${l.tahun}` : '';
  const menurut = `menurut kriteria ${l.preset.nama}`;
  const nps =
    l.organisasi.npsAngka !== null
      ? `Nilai Pencapaian Sasaran (NPS) organisasi${th} (${l.namaPeriode}) sebesar ${angkaTeks(l.organisasi.npsAngka)} dengan kategori ${kri(l.organisasi.kriteria)} (${menurut}). Nilai ini adalah rata-rata NPS perspektif, dan NPS perspektif adalah rata-rata NPS sasarannya.`
      : `NPS organisasi${th} belum dapat dihitung (${nilaiTeks(l.organisasi.nps)}): realisasi belum lengkap.`;
  const perspektif = l.perspektif.map((g) => `${g.huruf}. ${g.nama || '(tanpa perspektif)'}: NPS ${g.npsAngka !== null ? angkaTeks(g.npsAngka) : nilaiTeks(g.nps)} (${kri(g.kriteria)})`);

  // "Dari 17 (tujuh belas) Indikator Kinerja, 2 (dua) Indikator Kinerja mencapai … Kemudian … Sedangkan …"
  const kalimat: string[] = [];
  const terisi = l.sebaran.filter((k) => k.indikator.length > 0);
  terisi.forEach((k, i) => {
    const daftar = daftarTeks(k.indikator.map((x) => `${x.nama}, dengan capaian ${angkaTeks(x.capaianAngka as number)}%`));
    const rentang = k.rentang ? ` ${k.rentang}` : '';
    const awal = i === 0 ? `Dari ${jumlahKata(n)} Indikator Kinerja, ` : k.reviu ? 'Sedangkan ' : 'Kemudian ';
    const inti = k.reviu
      ? `${jumlahKata(k.indikator.length)} Indikator Kinerja mencapai kategori ${k.label} karena capaiannya${rentang ? ` ${k.rentang.replace(/^>\s*/, 'lebih dari ')}` : ''} ${l.kapan}`
      : `${jumlahKata(k.indikator.length)} Indikator Kinerja mencapai capaian${rentang} ${l.kapan} dengan kategori pencapaian ${k.label}`;
    kalimat.push(`${awal}${inti}, yaitu ${daftar}.`);
  });
  if (terisi.length === 0) kalimat.push(`Dari ${jumlahKata(n)} Indikator Kinerja, belum ada yang capaiannya dapat dihitung ${l.kapan}.`);
  if (l.belumAda.length) kalimat.push(`${jumlahKata(l.belumAda.length)} Indikator Kinerja belum memiliki realisasi ${l.kapan}, yaitu ${daftarTeks(l.belumAda.map((x) => x.nama))}.`);
  if (l.galat.length) kalimat.push(`${jumlahKata(l.galat.length)} Indikator Kinerja capaiannya belum dapat dihitung (lihat lembar Pengukuran), yaitu ${daftarTeks(l.galat.map((x) => `${x.nama} (${kodeGalat(x.capaian)})`))}.`);

  const ringkasanEksekutif = `Untuk mencapai tujuan${th}, telah ditetapkan ${jumlahKata(l.sasaran.length)} Sasaran, yaitu: ${daftarTeks(l.sasaran.map((s) => `"${s.nama}" ${hasilSasaran(s)}`))}. ${nps}`;

  const saran: string[] = [];
  const reviuPita = l.reviu.filter((x) => typeof x.kriteria === 'string' && l.preset.reviu.some((r) => kunciSama(r, x.kriteria as string)));
  if (reviuPita.length) {
    const k = l.sebaran.find((g) => g.reviu && g.indikator.length);
    saran.push(
      `Melakukan reviu target indikator yang ${k ? `berkategori ${k.label}` : 'perlu direviu'}${k?.rentang ? ` (capaian ${k.rentang.replace(/^>\s*/, 'di atas ')})` : ''}: ${daftarTeks(reviuPita.map((x) => `${x.nama} (${x.kode}, capaian ${angkaTeks(x.capaianAngka as number)}%)`), false)}. Target yang jauh terlampaui menandakan target terlalu rendah atau cara ukurnya perlu disesuaikan.`,
    );
  }
  const diBatas = l.batasAtas !== null ? l.reviu.filter((x) => (x.capaianAngka as number) >= (l.batasAtas as number)) : [];
  if (diBatas.length) {
    saran.push(
      `Melakukan reviu target indikator yang capaiannya mencapai batas atas ${angkaTeks(l.batasAtas as number)}% (Batas atas capaian di Pengaturan memotongnya): ${daftarTeks(diBatas.map((x) => `${x.nama} (${x.kode})`), false)}.`,
    );
  }
  if (l.belumAda.length) saran.push(`Melengkapi realisasi ${l.belumAda.length} indikator yang belum diisi di lembar RAPK (${l.namaPeriode}).`);

  let anggaran = '';
  const j = l.anggaran?.jumlah;
  if (j && angkaDari(j.pagu) !== null) {
    const pagu = angkaDari(j.pagu) as number;
    const real = angkaDari(j.realisasi);
    const ser = angkaDari(j.serapan);
    anggaran = `Pagu anggaran${th} sebesar Rp${angkaTeks(Math.round(pagu))},-${real !== null ? `, terealisasi Rp${angkaTeks(Math.round(real))},-${ser !== null ? ` (${angkaTeks(ser)}%)` : ''}` : '; realisasinya belum diisi di lembar Anggaran dan Efisiensi'}.`;
    const terbesar = [...(l.anggaran?.baris ?? [])].filter((b) => b.porsi !== null).sort((a, b) => (b.porsi as number) - (a.porsi as number))[0];
    if (terbesar) anggaran += ` Alokasi terbesar untuk sasaran "${terbesar.sasaran}" sebesar ${angkaTeks(terbesar.porsi as number)}% dari pagu.`;
  }
  return { nps, perspektif, sebaran: kalimat.join(' '), ringkasanEksekutif, saran, anggaran };
}

export { bakuTeks };
