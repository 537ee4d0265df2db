/**
 * Periksa's UKPBJ rules (core/periksa/ukpbj-*.ts, UKPBJ.md §7), in the rule
 * tester's style (test/helpers/periksa-data.ts ujiAturan): the browser workbook
 * with "Sisipkan templat UKPBJ" and its example (HyperFormula computes it), one
 * edit per case, each `salah` workbook with exactly its findings, each `sah`
 * one with none. The example carries one deliberate error (a contract typed
 * ×10), so the clean cases correct it first.
 */
import { BukuKerjaWeb } from '../web/workbook-web';
import { planTemplatUkpbj, BACA_UKPBJ } from '../core/ukpbj/templat';
import { LEMBAR_UKPBJ, PAKET_HEADER, INDIKATOR_KOLOM } from '../core/ukpbj/kolom';
import { paketContoh } from '../core/ukpbj/contoh';
import { BARIS_HEADER_UKPBJ } from '../core/lembar/ukpbj-isian';
import { PRESET_INDIKATOR } from '../core/ukpbj/preset';
import { aturanUkpbjPaket } from '../core/periksa/ukpbj-paket';
import { aturanUkpbjIndikator } from '../core/periksa/ukpbj-indikator';
import { ATURAN, DAFTAR_ATURAN } from '../core/periksa';
import { a1 } from '../core/workbook';
import { ATUR, ATURAN_DIUJI, Alamat, BukuUji, KODE_DIUJI, Ubah, di, ujiAturan } from './helpers/periksa-data';

const TAHUN = 2025;
const P = LEMBAR_UKPBJ.PAKET;
const I = LEMBAR_UKPBJ.INDIKATOR;
const contoh = paketContoh(TAHUN);

let buku: BukuUji | null = null;
const b0 = (): BukuUji => {
  if (buku) return buku;
  const bk = new BukuKerjaWeb();
  const r = planTemplatUkpbj(bk.bacaSnapshot(BACA_UKPBJ), { contoh: true, sekarang: `${TAHUN + 1}-11-30T10:00:00Z` });
  if (!r.ok) throw new Error(r.pesan);
  bk.terapkanRencana(r.plan);
  return (buku = new BukuUji(bk));
};

const sel = (sheet: string, row: number, col: number): Alamat => ({ sheet, row, col, sel: a1(row, col) });
/** The Paket cell of example paket i (0-based) under header h. */
const pk = (i: number, h: string): Alamat => sel(P, BARIS_HEADER_UKPBJ + 1 + i, PAKET_HEADER.indexOf(h));
/** The Indikator UKPBJ cell of preset `kode` under header h. */
const ik = (kode: string, h: (typeof INDIKATOR_KOLOM)[number]): Alamat => sel(I, BARIS_HEADER_UKPBJ + 1 + PRESET_INDIKATOR.findIndex((p) => p.Kode === kode), INDIKATOR_KOLOM.indexOf(h));
const v = (i: number, h: string): number => contoh[i][h as keyof (typeof contoh)[number]] as number;

/** The example's ×10 contract (paket 10) corrected. */
const BETUL: Ubah[] = [[pk(9, 'Nilai kontrak'), v(9, 'Nilai kontrak') / 10]];
const bersih = (...ubah: Ubah[]) => (b: BukuUji) => b.dengan([...BETUL, ...ubah]);
/** A paket of the example that is Selesai with a contract, PDN and UMK (not e-purchasing, not the typo). */
const S = contoh.findIndex((p, i) => i !== 9 && p.Status === 'Selesai' && typeof p['Nilai kontrak'] === 'number' && typeof p['Nilai PDN'] === 'number' && typeof p.HPS === 'number');
const jumlahPagu = contoh.reduce((s, p) => s + (p.Pagu as number), 0);
const BARIS_JUMLAH = contoh.length;

ujiAturan(
  aturanUkpbjPaket,
  {
    sah: [
      { judul: 'contoh dengan kontrak ×10 diperbaiki', buku: bersih() },
      {
        judul: 'batas tepat: kontrak = HPS, PDN = kontrak, penetapan pada hari pengumuman',
        buku: bersih(
          [pk(S, 'Nilai kontrak'), v(S, 'HPS')],
          [pk(S, 'Nilai PDN'), v(S, 'HPS')],
          [pk(S, 'Tgl penetapan pemenang'), v(S, 'Tgl pengumuman')],
          [pk(S, 'Tgl kontrak'), v(S, 'Tgl pengumuman')],
        ),
      },
      { judul: 'baris Jumlah yang benar', buku: bersih([pk(BARIS_JUMLAH, 'Kode paket'), 'Jumlah'], [pk(BARIS_JUMLAH, 'Pagu'), jumlahPagu]) },
      { judul: 'paket berlangsung dengan tanggal rencana tahun depan', buku: bersih([pk(S, 'Status'), 'Berlangsung'], [pk(S, 'Tgl kontrak'), 73000]) },
    ],
    salah: [
      { judul: 'contoh apa adanya: kontrak diketik ×10', buku: (b) => b.dengan([]), temuan: () => [di('kontrak-di-atas-pagu', pk(9, 'Nilai kontrak'), ['salah ketik ×10', `Rp${(v(9, 'Nilai kontrak')).toLocaleString('id-ID')}`])] },
      { judul: 'kontrak di atas HPS tetapi di bawah pagu', buku: bersih([pk(S, 'Nilai kontrak'), v(S, 'HPS') + 1000]), temuan: () => [di('kontrak-di-atas-hps', pk(S, 'Nilai kontrak'))] },
      { judul: 'HPS di atas pagu', buku: bersih([pk(S, 'HPS'), v(S, 'Pagu') * 1.1]), temuan: () => [di('hps-di-atas-pagu', pk(S, 'HPS'))] },
      { judul: 'nilai PDN di atas kontrak', buku: bersih([pk(S, 'Nilai PDN'), v(S, 'Nilai kontrak') + 1]), temuan: () => [di('pdn-umk-di-atas-kontrak', pk(S, 'Nilai PDN'), ['Nilai PDN'])] },
      { judul: 'pagu diketik sebagai kata', buku: bersih([pk(S, 'Pagu'), 'satu miliar']), temuan: () => [di('paket-nilai-tak-terbaca', pk(S, 'Pagu'), ['"satu miliar"', 'bukan angka'])] },
      { judul: 'penetapan sebelum pengumuman', buku: bersih([pk(S, 'Tgl penetapan pemenang'), v(S, 'Tgl pengumuman') - 3]), temuan: () => [di('tanggal-paket-terbalik', pk(S, 'Tgl penetapan pemenang'))] },
      { judul: 'paket selesai dengan tanggal kontrak 2099', buku: bersih([pk(S, 'Tgl kontrak'), 73000]), temuan: () => [di('tanggal-paket-masa-depan', pk(S, 'Tgl kontrak'), ['2099'])] },
      { judul: 'paket selesai tanpa nilai kontrak', buku: bersih([pk(S, 'Nilai kontrak'), null]), temuan: () => [di('selesai-tanpa-kontrak', pk(S, 'Nilai kontrak'))] },
      { judul: 'kode paket ganda', buku: bersih([pk(1, 'Kode paket'), contoh[0]['Kode paket'] as string]), temuan: () => [di('kode-paket-ganda', pk(1, 'Kode paket'), ['baris 5'])] },
      { judul: 'kode RUP dipakai dua paket', buku: bersih([pk(2, 'Kode RUP'), contoh[0]['Kode RUP'] as string]), temuan: () => [di('kode-rup-ganda', pk(2, 'Kode RUP'))] },
      { judul: 'dua paket tanpa area strategis', buku: bersih([pk(3, 'Area strategis'), null], [pk(7, 'Area strategis'), null]), temuan: () => [di('paket-tanpa-area', pk(3, 'Area strategis'), ['2 dari 60 paket', 'baris 8, 12'])] },
      { judul: 'area strategis yang tidak ada di Tujuan & Area', buku: bersih([pk(3, 'Area strategis'), 'A1; A9']), temuan: () => [di('area-tidak-dikenal', pk(3, 'Area strategis'), ['"A9"'])] },
      { judul: 'efisiensi 30 % terhadap HPS', buku: bersih([pk(S, 'Nilai kontrak'), Math.round(v(S, 'HPS') * 0.7)]), temuan: () => [di('efisiensi-terlalu-tinggi', pk(S, 'Nilai kontrak'), ['80 % HPS'])] },
      {
        judul: 'kontrak 78 % HPS: batas efisiensi 50 % tidak terlampaui, batas penawaran rendah 79 % terlampaui',
        buku: (b) => {
          const peng = b.bk.bacaSnapshot([ATUR]).sheets[0];
          const r = (label: string): number => peng.values.findIndex((x) => x?.[0] === label);
          return b.dengan([...BETUL, [sel(ATUR, r('Batas efisiensi wajar (%)'), 1), 50], [sel(ATUR, r('Penawaran rendah (% HPS)'), 1), 79], [pk(S, 'Nilai kontrak'), Math.round(v(S, 'HPS') * 0.78)]]);
        },
        temuan: () => [di('efisiensi-terlalu-tinggi', pk(S, 'Nilai kontrak'), ['di bawah 79 % HPS'])],
      },
      { judul: 'baris Jumlah yang salah', buku: bersih([pk(BARIS_JUMLAH, 'Kode paket'), 'Jumlah'], [pk(BARIS_JUMLAH, 'Pagu'), jumlahPagu + 1_000_000]), temuan: () => [di('jumlah-paket-tidak-sama', pk(BARIS_JUMLAH, 'Pagu'), ['selisih Rp1.000.000'])] },
    ],
  },
  b0,
);

ujiAturan(
  aturanUkpbjIndikator,
  {
    sah: [
      { judul: 'contoh', buku: (b) => b.dengan([]) },
      { judul: 'agregasi ditulis dengan huruf kecil dan spasi', buku: (b) => b.dengan([[ik('EF-H', 'Agregasi'), ' rasio jumlah ']]) },
    ],
    salah: [
      { judul: 'agregasi tidak dikenal', buku: (b) => b.dengan([[ik('EF-H', 'Agregasi'), 'RATA2']]), temuan: () => [di('rumus-indikator-tak-terbaca', ik('EF-H', 'Agregasi'), ['"RATA2"', 'RASIO_JUMLAH'])] },
      { judul: 'penyebut bukan besaran Kinerja Paket', buku: (b) => b.dengan([[ik('PDN', 'Penyebut (b)'), 'Harga']]), temuan: () => [di('rumus-indikator-tak-terbaca', ik('PDN', 'Penyebut (b)'), ['"Harga"'])] },
      { judul: 'kode indikator ganda', buku: (b) => b.dengan([[ik('EF-HR', 'Kode'), 'EF-H']]), temuan: () => [di('kode-indikator-ukpbj-ganda', ik('EF-HR', 'Kode'), ['"EF-H"'])] },
      { judul: 'lingkup metode yang tidak ada di paket', buku: (b) => b.dengan([[ik('WT-D', 'Metode pemilihan'), 'Tender Kilat']]), temuan: () => [di('lingkup-tanpa-paket', ik('WT-D', 'Metode pemilihan'), ['"Tender Kilat"'])] },
      { judul: 'waktu dalam hari dengan satuan %', buku: (b) => b.dengan([[ik('WT-D', 'Satuan'), '%']]), temuan: () => [di('satuan-tidak-cocok-aturan', ik('WT-D', 'Satuan'), ['"hari"'])] },
    ],
  },
  b0,
);

describe('daftar aturan UKPBJ', () => {
  const ukpbj = DAFTAR_ATURAN.filter((a) => a.nama.startsWith('ukpbj'));
  test('aturan UKPBJ ada di daftar Periksa dan diuji dengan ujiAturan', () => {
    expect(ukpbj.map((a) => a.nama)).toEqual(['ukpbj-paket', 'ukpbj-indikator']);
    expect(ukpbj.map((a) => a.nama).filter((n) => !ATURAN_DIUJI.has(n))).toEqual([]);
  });
  test('setiap kode aturan UKPBJ punya kasus salah, kebab-case, judul bahasa Indonesia', () => {
    const kode = ukpbj.flatMap((a) => Object.keys(a.kode));
    expect(kode.filter((k) => !KODE_DIUJI.has(k))).toEqual([]);
    for (const k of kode) {
      expect(k).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect((ATURAN as Record<string, { judul: string }>)[k].judul.length).toBeGreaterThan(8);
    }
  });
});
