/**
 * A synthetic paket set shaped like an ISB export (SPSE-TenderPengumuman /
 * TenderSelesaiNilai / NonTenderSelesai and SiRUP records, UKPBJ.md §6), with
 * the ground truth it was made from, so a test can compute every indicator
 * directly from the truth and compare it with what the import and the compile
 * make of the export text.
 *
 * The export holds what real data holds: re-tenders (two records of one paket,
 * the failed first attempt and the second, in any order), null PDN/UMK, a ×10
 * typo in nilai kontrak, Berlangsung rows whose award date is a planned one in
 * the next year, consolidated Kode RUP ("a;b"), SiRUP-only paket (no Kode paket
 * yet) some of which SPSE lists later, money as numbers, as ISB decimal text and
 * as "Rp 1.234.567,50", dates in the three ISB forms and as "11/02/2025".
 */
import { CellInput, CellOutput } from '../../core/values';
import { INDIKATOR_KOLOM, LEMBAR_UKPBJ, PAKET_HEADER } from '../../core/ukpbj/kolom';
import { PRESET_INDIKATOR, barisPreset } from '../../core/ukpbj/preset';
import { serialTanggal, teksTanggal } from '../../core/ukpbj/tanggal';
import { WorkbookSnapshot, WriteValue } from '../../core/workbook';

import { acak } from '../../core/ukpbj/contoh';

export { acak };

export const TAHUN = 2025;
export const METODE = ['Tender', 'Tender', 'Tender Cepat', 'Seleksi', 'Pengadaan Langsung', 'Penunjukan Langsung', 'E-purchasing'] as const;
export const OPD = ['Dinas PUPR', 'Dinas Kesehatan', 'Dinas Pendidikan', 'RSUD', 'Sekretariat Daerah'] as const;
const AREA: Record<string, string> = { 'Dinas PUPR': 'A1', 'Dinas Kesehatan': 'A2', RSUD: 'A2; A4', 'Dinas Pendidikan': 'A3', 'Sekretariat Daerah': 'A4' };

/** One paket as it really is after its last attempt (the truth). */
export interface PaketBenar {
  kode: string | null;
  rup: string[];
  metode: string;
  opd: string;
  area: string;
  status: 'Selesai' | 'Berlangsung' | 'Gagal/Batal' | null;
  ket: string | null;
  pagu: number;
  hps: number | null;
  kontrak: number | null;
  pdn: number | null;
  umk: number | null;
  umum: number | null;
  tetap: number | null;
  tglKontrak: number | null;
  versi: number | null;
  kdTender: string | null;
  kdTenderLama: string | null;
  /** The ×10 typo was made in this record's nilai kontrak. */
  typo: boolean;
}

export interface DataUji {
  paket: PaketBenar[];
  /** The export records, in export order. */
  rekaman: Array<Record<string, CellInput>>;
}

const TENDER = new Set(['Tender', 'Tender Cepat', 'Seleksi']);

function uang(r: () => number, x: number): CellInput {
  const u = r();
  if (u < 0.5) return x;
  if (u < 0.75) return x.toFixed(2);
  const [int, dec] = x.toFixed(2).split('.');
  return `Rp ${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${dec}`;
}

function tgl(r: () => number, s: number): string {
  const t = teksTanggal(s);
  const u = r();
  if (u < 0.4) return `${t} 10:00:00`;
  if (u < 0.7) return `${t} 14:00:00.000000Z`;
  if (u < 0.85) return t;
  const [y, m, d] = t.split('-');
  return `${d}/${m}/${y}`;
}

export function buatData(n: number, seed: number): DataUji {
  const r = acak(seed);
  const pilih = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const paket: PaketBenar[] = [];
  const rekaman: Array<Record<string, CellInput>> = [];
  for (let i = 0; i < n; i++) {
    const metode = pilih(METODE);
    const opd = pilih(OPD);
    const katalog = metode === 'E-purchasing';
    const pagu = Math.round((katalog ? 20e6 + r() * 300e6 : TENDER.has(metode) ? 200e6 + r() * 5e9 : 20e6 + r() * 180e6) * 100) / 100;
    const hps = katalog ? null : Math.round(pagu * (0.88 + r() * 0.11) * 100) / 100;
    const rupUtama = String(30_000_000 + i);
    const rup = r() < 0.05 ? [rupUtama, String(39_000_000 + i)] : [rupUtama];
    const u = r();
    // SiRUP only: not in SPSE yet (4 %); half of them SPSE lists later in the same export.
    if (u < 0.04) {
      const nanti = r() < 0.5;
      rekaman.push({ kd_rup: rup.join(';'), nama_paket: `Paket RUP ${i}`, pagu: uang(r, pagu), metode_pengadaan: metode, nama_satker: opd, tgl_akhir_pemilihan: tgl(r, serialTanggal(TAHUN, 10, 31)) });
      if (!nanti) {
        paket.push({ kode: null, rup, metode, opd, area: AREA[opd], status: null, ket: null, pagu, hps: null, kontrak: null, pdn: null, umk: null, umum: null, tetap: null, tglKontrak: null, versi: null, kdTender: null, kdTenderLama: null, typo: false });
        continue;
      }
    }
    const status: PaketBenar['status'] = u < 0.16 ? 'Berlangsung' : u < 0.24 ? 'Gagal/Batal' : 'Selesai';
    const ket = status === 'Gagal/Batal' ? (r() < 0.4 ? 'Dibatalkan karena pengurangan anggaran' : 'Tidak ada penawaran yang lulus') : null;
    const umum = serialTanggal(TAHUN, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28));
    const durasi = katalog ? 1 + Math.floor(r() * 5) : TENDER.has(metode) ? 10 + Math.floor(r() * 50) : 2 + Math.floor(r() * 12);
    // Berlangsung: the award date is the planned one, next year.
    const tetap = status === 'Berlangsung' ? serialTanggal(TAHUN + 1, 1 + Math.floor(r() * 3), 5) : umum + durasi;
    let kontrak: number | null = null;
    let typo = false;
    if (status === 'Selesai') {
      kontrak = Math.round((hps ?? pagu) * (0.75 + r() * 0.25) * 100) / 100;
      if (r() < 0.012) typo = true;
    }
    const nilaiKontrak = typo ? (kontrak as number) * 10 : kontrak;
    const pdn = kontrak !== null && r() < 0.6 ? Math.round((kontrak as number) * r() * 100) / 100 : null;
    const umk = kontrak !== null && r() < 0.7 ? Math.round((kontrak as number) * r() * 100) / 100 : null;
    const tglKontrak = status === 'Selesai' ? tetap + 3 + Math.floor(r() * 10) : null;
    const kode = String(7_000_000 + i * 7);
    const kdTender = katalog ? null : String(11_000_000 + i * 13);
    const ulang = !katalog && TENDER.has(metode) && r() < 0.1;
    const kdTenderLama = ulang ? String(10_000_000 + i * 13) : null;
    const benar: PaketBenar = {
      kode, rup, metode, opd, area: AREA[opd], status, ket, pagu, hps, kontrak: nilaiKontrak, pdn, umk, umum, tetap, tglKontrak,
      versi: katalog ? null : ulang ? 2 : 1, kdTender, kdTenderLama, typo,
    };
    paket.push(benar);
    const isb = (versi: number | null, kd: string | null, st: string, akhir: boolean): Record<string, CellInput> => {
      const rec: Record<string, CellInput> = {
        kd_paket: kode,
        kd_rup_paket: rup.join(';'),
        nama_paket: `Paket ${i}`,
        nama_satker: opd,
        mtd_pemilihan: metode,
        jenis_pengadaan: 'Barang',
        status_tender: st,
        pagu: uang(r, pagu),
        hps: hps === null ? null : uang(r, hps),
        tgl_pengumuman_tender: tgl(r, umum),
        tahun_anggaran: TAHUN,
      };
      if (kd !== null) rec.kd_tender = kd;
      if (versi !== null) rec.versi_tender = versi;
      if (akhir) {
        rec.tgl_penetapan_pemenang = tgl(r, tetap);
        rec.nilai_kontrak = nilaiKontrak === null ? null : uang(r, nilaiKontrak);
        rec.nilai_pdn_kontrak = pdn === null ? null : uang(r, pdn);
        rec.nilai_umk_kontrak = umk === null ? null : uang(r, umk);
        rec.tgl_kontrak = tglKontrak === null ? null : tgl(r, tglKontrak);
        if (ket) rec.ket_ditutup = ket;
      }
      return rec;
    };
    const akhir = isb(benar.versi, kdTender, status === 'Gagal/Batal' ? (r() < 0.5 ? 'Gagal' : 'Batal') : status, true);
    if (ulang) {
      const pertama = isb(1, kdTenderLama, 'Gagal', false);
      // The attempts come in either order (TenderPengumuman lists both).
      if (r() < 0.5) rekaman.push(pertama, akhir);
      else rekaman.push(akhir, pertama);
    } else rekaman.push(akhir);
  }
  // The area strategis is the UKPBJ's mapping (SOP step 10): typed per paket, not in the export.
  return { paket, rekaman };
}

/** The workbook the compile reads: the Paket rows as imported, the presets and extra indicators. */
export function bukuUji(barisPaket: WriteValue[][], indikatorTambahan: Array<Partial<Record<(typeof INDIKATOR_KOLOM)[number], WriteValue>>> = [], presets = PRESET_INDIKATOR): WorkbookSnapshot {
  const judul = (w: number, h: readonly string[]): CellInput[][] => [['judul', ...Array(w - 1).fill(null)], [null], [null], [...h]];
  return {
    host: 'web',
    sheets: [
      { name: LEMBAR_UKPBJ.PAKET, values: [...judul(PAKET_HEADER.length, PAKET_HEADER), ...barisPaket] as CellInput[][] },
      { name: LEMBAR_UKPBJ.INDIKATOR, values: [...judul(INDIKATOR_KOLOM.length, INDIKATOR_KOLOM), ...[...presets, ...indikatorTambahan].map(barisPreset)] as CellInput[][] },
    ],
  };
}

export const angkaDari = (v: CellOutput): number => {
  if (typeof v !== 'number') throw new Error(`bukan angka: ${String(v)}`);
  return v;
};
