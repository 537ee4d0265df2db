/**
 * The views as the host computed them (Pengukuran, its summary, Anggaran dan
 * Efisiensi, Renstra, the RAPK's periods), read from the model's tables: the
 * snapshot's `values` are what Excel, Sheets or HyperFormula computed with the
 * generated native formulas, so the report states exactly what the views show.
 * Nothing here recomputes a figure.
 *
 * A value stays as the host gave it (CellInput): a number, a label ("WTP",
 * "Baik"), blank, or an error's text ("#N/A …").
 */
import { CellInput, bakuTeks } from '../values';
import { LABEL_ORGANISASI, PENGUKURAN_RINGKASAN_KOLOM } from '../layout';
import { BukuKerja, RENSTRA_RINGKASAN } from './bukukerja';
import { BarisLama, TabelLama } from './tabel';
import { cocokHeader, nilaiDi, teks } from './lembar';
import { akhirJumlahAnggaran } from '../lembar/anggaran';

/** One indicator row of Pengukuran, at the reporting period. */
export interface BarisUkur {
  /** 0-based sheet row. */
  baris: number;
  kunci: string;
  kode: string;
  perspektif: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  bobot: CellInput;
  target: CellInput;
  realisasi: CellInput;
  capaian: CellInput;
  kriteria: CellInput;
  /** On the first row of each sasaran. */
  npsSasaran: CellInput;
  kriteriaSasaran: CellInput;
}

export interface BarisRingkasanUkur {
  baris: number;
  nama: string;
  nps: CellInput;
  kriteria: CellInput;
}

export interface BarisAnggaranTampil {
  baris: number;
  sasaran: string;
  pagu: CellInput;
  realisasi: CellInput;
  serapan: CellInput;
  capaianOutput: CellInput;
  ie: CellInput;
  se: CellInput;
  te: CellInput;
  kategori: CellInput;
}

export interface BarisRenstraTampil {
  baris: number;
  kunci: string;
  kode: string;
  indikator: string;
  satuan: string;
  target: Record<number, CellInput>;
  realisasi: Record<number, CellInput>;
  tahunTerakhir: CellInput;
  realisasiTerakhir: CellInput;
  sebelumnya: CellInput;
  capaianAkhir: CellInput;
  perubahan: CellInput;
}

export interface IsiPeriodeTampil {
  target: CellInput;
  realisasi: CellInput;
  capaian: CellInput;
  kriteria: CellInput;
}

export interface BarisRapkTampil {
  baris: number;
  kunci: string;
  kode: string;
  indikator: string;
  per: Record<string, IsiPeriodeTampil>;
}

export interface ModelTampilan {
  pengukuran: { nama: string; baris: BarisUkur[] } | null;
  /** The summary below Pengukuran: NPS per perspektif and for the organisation. */
  ringkasan: { perspektif: BarisRingkasanUkur[]; organisasi: BarisRingkasanUkur | null } | null;
  anggaran: { nama: string; baris: BarisAnggaranTampil[]; jumlah: { baris: number; pagu: CellInput; realisasi: CellInput; serapan: CellInput } | null } | null;
  renstra: { nama: string; tahun: number[]; baris: BarisRenstraTampil[] } | null;
  rapk: { nama: string; periode: string[]; baris: BarisRapkTampil[] } | null;
  /** The RAPK's banner (the PK changed since Perbarui), when it says something. */
  spanduk: string;
}

const v = (row: BarisLama, h: string): CellInput => row.sel[h]?.nilai ?? null;
const t = (row: BarisLama, h: string): string => teks(v(row, h));

function bacaPengukuran(tab: TabelLama | null): ModelTampilan['pengukuran'] {
  if (!tab) return null;
  return {
    nama: tab.nama,
    baris: tab.rows.map((r) => ({
      baris: r.baris,
      kunci: r.kunci,
      kode: r.kunciTeks,
      perspektif: t(r, 'Perspektif'),
      sasaran: t(r, 'Sasaran'),
      indikator: t(r, 'Indikator'),
      satuan: t(r, 'Satuan'),
      bobot: v(r, 'Bobot'),
      target: v(r, 'Target'),
      realisasi: v(r, 'Realisasi'),
      capaian: v(r, 'Capaian'),
      kriteria: v(r, 'Kriteria'),
      npsSasaran: v(r, 'NPS Sasaran'),
      kriteriaSasaran: v(r, 'Kriteria Sasaran'),
    })),
  };
}

/** The summary block (Perspektif | NPS | Kriteria | Bobot) below the Pengukuran table, as the model read it. */
function bacaRingkasanUkur(m: BukuKerja): ModelTampilan['ringkasan'] {
  const ring = m.ringkasan;
  if (!ring) return null;
  const perspektif: BarisRingkasanUkur[] = [];
  let organisasi: BarisRingkasanUkur | null = null;
  for (const x of ring.rows) {
    if (!x.label) break;
    const baris = { baris: x.baris, nama: x.label, nps: x.nps.nilai, kriteria: x.kriteria.nilai };
    if (x.organisasi) organisasi = baris;
    else perspektif.push(baris);
  }
  return { perspektif, organisasi };
}

function bacaAnggaran(m: BukuKerja): ModelTampilan['anggaran'] {
  const tab = m.anggaran;
  const sheet = m.anggaranSheet;
  if (!tab || !sheet) return null;
  const baris = tab.rows.map((r) => ({
    baris: r.baris,
    sasaran: t(r, 'Sasaran'),
    pagu: v(r, 'Pagu'),
    realisasi: v(r, 'Realisasi Anggaran'),
    serapan: v(r, 'Serapan'),
    capaianOutput: v(r, 'Capaian Output'),
    ie: v(r, 'IE'),
    se: v(r, 'SE'),
    te: v(r, 'TE'),
    kategori: v(r, 'Kategori'),
  }));
  const akhir = akhirJumlahAnggaran(sheet.values, tab.akhir, tab.kolom.Sasaran);
  const rj = akhir > tab.akhir ? akhir - 1 : -1;
  const di = (h: string): CellInput => (tab.kolom[h] === undefined ? null : nilaiDi(sheet, rj, tab.kolom[h]));
  return { nama: tab.nama, baris, jumlah: rj < 0 ? null : { baris: rj, pagu: di('Pagu'), realisasi: di('Realisasi Anggaran'), serapan: di('Serapan') } };
}

function bacaRenstra(m: BukuKerja): ModelTampilan['renstra'] {
  const tab = m.renstra;
  if (!tab) return null;
  const tahun = m.renstraTahun.filter((y) => tab.kolom[`Target ${y}`] !== undefined || tab.kolom[`Realisasi ${y}`] !== undefined);
  const [tt, rt, sb, ca, pb] = RENSTRA_RINGKASAN;
  return {
    nama: tab.nama,
    tahun,
    baris: tab.rows.map((r) => ({
      baris: r.baris,
      kunci: r.kunci,
      kode: r.kunciTeks,
      indikator: t(r, 'Indikator'),
      satuan: t(r, 'Satuan'),
      target: Object.fromEntries(tahun.map((y) => [y, v(r, `Target ${y}`)])),
      realisasi: Object.fromEntries(tahun.map((y) => [y, v(r, `Realisasi ${y}`)])),
      tahunTerakhir: v(r, tt),
      realisasiTerakhir: v(r, rt),
      sebelumnya: v(r, sb),
      capaianAkhir: v(r, ca),
      perubahan: v(r, pb),
    })),
  };
}

function bacaRapk(m: BukuKerja): ModelTampilan['rapk'] {
  const tab = m.rapk;
  if (!tab) return null;
  const periode = m.rapkPeriode;
  return {
    nama: tab.nama,
    periode,
    baris: tab.rows.map((r) => ({
      baris: r.baris,
      kunci: r.kunci,
      kode: r.kunciTeks,
      indikator: t(r, 'Indikator'),
      per: Object.fromEntries(
        periode.map((q) => [q, { target: v(r, `Target ${q}`), realisasi: v(r, `Realisasi ${q}`), capaian: v(r, `Capaian ${q}`), kriteria: v(r, `Kriteria ${q}`) }]),
      ),
    })),
  };
}

/** What the RAPK's banner cell (above its header) says: the PK changed since Perbarui. */
function spandukRapk(m: BukuKerja): string {
  const tab = m.rapk;
  const sheet = m.rapkSheet;
  if (!tab || !sheet || tab.headerRow < 1) return '';
  const s = nilaiDi(sheet, tab.headerRow - 1, tab.kolomAwal);
  return typeof s === 'string' && s.trim().startsWith('⚠') ? s.trim() : '';
}

/** The views' computed values, read from the model once. */
export function bacaTampilan(m: BukuKerja): ModelTampilan {
  return {
    pengukuran: bacaPengukuran(m.pengukuran),
    ringkasan: bacaRingkasanUkur(m),
    anggaran: bacaAnggaran(m),
    renstra: bacaRenstra(m),
    rapk: bacaRapk(m),
    spanduk: spandukRapk(m),
  };
}
