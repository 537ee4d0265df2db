/**
 * Impor paket from an LPSE web list ("Cari Paket", UKPBJ.md §6): five columns,
 * the Nama Paket cell holding the name, "jenis – tahun – jenis kontrak – sistem
 * kontrak" and "Nilai Kontrak: …". Copied from the browser the cell's lines
 * arrive as lines of their own; copied from a spreadsheet the cell is quoted.
 * The list's Kode is the tender's code (it changes with a re-tender) and it has
 * no Kode paket or Kode RUP, so it only updates the paket of that tender and
 * never adds or re-pairs a row.
 */
import fc from 'fast-check';
import { BarisImpor, HasilGabung, imporTeks, statusLpse } from '../core/ukpbj/impor';
import { bacaUkpbj } from '../core/ukpbj/model';
import { BACA, rencanaJob } from '../core/jobs';
import { BukuKerjaWeb } from '../web/workbook-web';

const JUDUL = 'Kode\tNama Paket\tK/L/PD/Instansi Lainnya\tTahapan\tHPS';

interface Lpse {
  kode: string;
  nama: string;
  jenis: string;
  kontrak: number | null;
  tahapan: string;
  hps: number;
}

const rp = (x: number): string => `Rp ${x.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const selNama = (x: Lpse): string[] => [`${x.nama} spse 4.5`, `${x.jenis} - 2025 - Harga Satuan - Tahun Tunggal`, `Nilai Kontrak: ${x.kontrak === null ? 'belum ada' : rp(x.kontrak)}`];

/** As the browser copies the list: the Nama Paket cell's lines become lines. */
const dariPeramban = (xs: Lpse[]): string => [JUDUL, ...xs.map((x) => [x.kode, selNama(x).join('\n'), 'Kabupaten Contoh', x.tahapan, rp(x.hps)].join('\t'))].join('\n');
/** As a spreadsheet copies it: the multi-line cell quoted. */
const dariSpreadsheet = (xs: Lpse[]): string => [JUDUL, ...xs.map((x) => [x.kode, `"${selNama(x).join('\n')}"`, 'Kabupaten Contoh', x.tahapan, rp(x.hps)].join('\t'))].join('\r\n');

/** Paket rows as an ISB import makes them: Kode paket, Kode RUP, Kode tender, and a field typed afterwards. */
function lamaDari(n: number): BarisImpor[] {
  const isb = Array.from({ length: n }, (_, i) => ({
    kd_paket: String(9000 + i),
    kd_rup: String(5000 + i),
    kd_tender: String(100 + i),
    nama_paket: `Paket ${i}`,
    pagu: 1_000_000_000 + i,
    hps: 900_000_000 + i,
    status_tender: 'Berlangsung',
  }));
  const h = imporTeks([], JSON.stringify(isb)) as HasilGabung;
  return h.baris.map((b, i) => ({ ...b, 'Area strategis': `A${(i % 3) + 1}` }));
}

function imporLpse(lama: BarisImpor[], teks: string): HasilGabung {
  const h = imporTeks(lama, teks);
  if ('galat' in h) throw new Error(h.galat);
  return h;
}

describe('Impor paket dari daftar LPSE', () => {
  const tahapan = ['Tender Sudah Selesai', 'Pengumuman Pascakualifikasi', 'Evaluasi Penawaran', 'Tender Gagal', 'Tender Ditutup', 'Penandatanganan Kontrak'];

  test('tahapan LPSE menjadi status lembar Paket', () => {
    expect(tahapan.map(statusLpse)).toEqual(['Selesai', 'Berlangsung', 'Berlangsung', 'Gagal/Batal', 'Gagal/Batal', 'Berlangsung']);
  });

  test('memperbarui status, HPS dan nilai kontrak paket bertender itu; isian lain tetap; tender yang belum ada dilaporkan, tidak ditambah', () => {
    const lama = lamaDari(3);
    const x: Lpse[] = [
      { kode: '101', nama: 'Paket 1 (daftar LPSE)', jenis: 'Pekerjaan Konstruksi', kontrak: 850_000_000.5, tahapan: 'Tender Sudah Selesai', hps: 900_000_001 },
      { kode: '777', nama: 'Tender lain', jenis: 'Barang', kontrak: null, tahapan: 'Pengumuman Pascakualifikasi', hps: 5_000_000 },
    ];
    for (const teks of [dariPeramban(x), dariSpreadsheet(x)]) {
      const h = imporLpse(lama, teks);
      expect([h.baru, h.diperbarui, h.baris.length, h.tenderTakDikenal, h.masalah]).toEqual([0, 1, 3, ['777'], []]);
      expect(h.baris[1]).toEqual({
        ...lama[1],
        'Nama paket': 'Paket 1 (daftar LPSE)',
        'Jenis pengadaan': 'Pekerjaan Konstruksi',
        'Nilai kontrak': 850_000_000.5,
        Status: 'Selesai',
        HPS: 900_000_001,
      });
      expect([h.baris[0], h.baris[2]]).toEqual([lama[0], lama[2]]);
    }
  });

  test('judul kolom saja: ditolak dengan pesan yang mengatakannya', () => {
    expect(imporTeks(lamaDari(1), JUDUL)).toEqual({ galat: 'Daftar paket LPSE tanpa baris paket: salin juga baris tabelnya, bukan judul kolomnya saja.' });
  });

  test('kode tender percobaan sebelumnya (tender ulang) tidak menimpa percobaan terakhir', () => {
    const isb = [
      { kd_paket: '9100', kd_tender: '300', versi_tender: 1, nama_paket: 'Gedung', status_tender: 'Gagal' },
      { kd_paket: '9100', kd_tender: '301', versi_tender: 2, nama_paket: 'Gedung', status_tender: 'Berlangsung' },
    ];
    const lama = (imporTeks([], JSON.stringify(isb)) as HasilGabung).baris;
    expect([lama.length, lama[0]['Kode tender'], lama[0]['Kode tender sebelumnya']]).toEqual([1, '301', '300']);
    const h = imporLpse(lama, dariPeramban([{ kode: '300', nama: 'Gedung', jenis: 'Pekerjaan Konstruksi', kontrak: null, tahapan: 'Tender Gagal', hps: 1 }]));
    expect([h.baru, h.diperbarui, h.baris]).toEqual([0, 0, lama]);
  });

  test('sifat: daftar acak (tersalin dari peramban atau spreadsheet) tidak pernah menambah, menghapus atau menukar paket', () => {
    const kodeLpse = fc.oneof(fc.integer({ min: 100, max: 129 }).map(String), fc.integer({ min: 500, max: 510 }).map(String));
    const rekaman = fc.record({
      kode: kodeLpse,
      nama: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,30}[A-Za-z0-9]$/),
      jenis: fc.constantFrom('Barang', 'Pekerjaan Konstruksi', 'Jasa Konsultansi', 'Jasa Lainnya'),
      kontrak: fc.option(fc.integer({ min: 1, max: 9_000_000_000 }).map((x) => x / 100), { nil: null }),
      tahapan: fc.constantFrom(...tahapan),
      hps: fc.integer({ min: 1, max: 9_000_000_000 }),
    });
    const lama = lamaDari(30);
    fc.assert(
      fc.property(fc.array(rekaman, { minLength: 1, maxLength: 25 }), (xs) => {
        const a = imporLpse(lama, dariPeramban(xs));
        const b = imporLpse(lama, dariSpreadsheet(xs));
        expect(b.baris).toEqual(a.baris);
        expect(a.baris.length).toBe(lama.length);
        expect(a.baru).toBe(0);
        // The last record of each tender wins (a blank Nilai kontrak leaves the figure there); keys and typed fields stay.
        const terakhir = new Map(xs.map((x) => [x.kode, x]));
        const kontrak = new Map<string, number>();
        for (const x of xs) if (x.kontrak !== null) kontrak.set(x.kode, x.kontrak);
        a.baris.forEach((r, i) => {
          for (const k of ['Kode paket', 'Kode RUP', 'Kode tender', 'Pagu', 'Area strategis'] as const) expect(r[k]).toEqual(lama[i][k]);
          const x = terakhir.get(String(r['Kode tender']));
          if (!x) return expect(r).toEqual(lama[i]);
          expect([r.Status, r.HPS, r['Jenis pengadaan'], r['Nilai kontrak']]).toEqual([statusLpse(x.tahapan), x.hps, x.jenis, kontrak.get(x.kode) ?? lama[i]['Nilai kontrak']]);
        });
        expect([...new Set(a.tenderTakDikenal)].sort()).toEqual([...new Set(xs.map((x) => x.kode).filter((k) => Number(k) >= 500))].sort());
      }),
      { numRuns: 150 },
    );
  });

  test('di buku kerja peramban (job ukpbjImpor): satu paket diperbarui di lembar Paket, catatan panel menyebut tender yang belum ada dan apa yang harus dilakukan', () => {
    const bk = new BukuKerjaWeb();
    const klik = (job: 'ukpbj' | 'ukpbjImpor', opsi: { teks?: string }) => {
      const r = rencanaJob(job, bk.bacaSnapshot(BACA[job]), { ...opsi, sekarang: '2026-06-01T00:00:00Z' });
      if (r.plan) bk.terapkanRencana(r.plan);
      return r.hasil;
    };
    expect(klik('ukpbj', {}).ok).toBe(true);
    const isb = [0, 1].map((i) => ({ kd_paket: String(9000 + i), kd_tender: String(100 + i), nama_paket: `Paket ${i}`, hps: 900_000_000, status_tender: 'Berlangsung' }));
    expect(klik('ukpbjImpor', { teks: JSON.stringify(isb) }).pesan).toMatch(/^Impor paket: 2 paket baru, 0 diperbarui/);
    const r = klik('ukpbjImpor', {
      teks: dariPeramban([
        { kode: '101', nama: 'Paket 1', jenis: 'Barang', kontrak: 850_000_000, tahapan: 'Tender Sudah Selesai', hps: 900_000_000 },
        { kode: '777', nama: 'Tender lain', jenis: 'Barang', kontrak: null, tahapan: 'Evaluasi Penawaran', hps: 5_000_000 },
      ]),
    });
    expect(r.pesan).toMatch(/^Impor paket: 0 paket baru, 1 diperbarui/);
    expect(r.catatan.join(' ')).toMatch(/1 tender dari daftar LPSE belum ada di lembar Paket dan dilewati \(kode tender 777\).*Impor dulu ekspor SPSE\/ISB atau SiRUP/);
    const paket = bacaUkpbj(bk.bacaSnapshot(bk.namaLembar())).paket!;
    const baris = paket.rows.filter((x) => x.kunci).map((x) => [x.sel['Kode paket'].nilai, x.sel.Status.nilai, x.sel['Nilai kontrak'].nilai]);
    expect(baris).toEqual([
      ['9000', 'Berlangsung', null],
      ['9001', 'Selesai', 850_000_000],
    ]);
  });
});
