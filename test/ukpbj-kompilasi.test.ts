/**
 * Compile rules (UKPBJ.md §5) on a synthetic ISB-like export of 600 paket:
 * the export text goes through "Impor paket" (core/ukpbj/impor.ts), the Paket
 * rows through the model and the compile (core/ukpbj/hitung.ts), and every
 * indicator's n, n dikecualikan and realisasi must equal what is computed
 * straight from the truth the export was made from. Each agregasi, the scope
 * filters, the period date field, re-tenders, null PDN, the ×10 typo,
 * Berlangsung rows with future dates and consolidated Kode RUP.
 */
import fc from 'fast-check';
import { bacaUkpbj } from '../core/ukpbj/model';
import { kompilasi, nilaiTunggal } from '../core/ukpbj/hitung';
import { BarisImpor, barisKeSel, bacaEkspor, gabungPaket, imporTeks, petakanRekaman } from '../core/ukpbj/impor';
import { PESAN_CEK } from '../core/ukpbj/perpaket';
import { serialTanggal } from '../core/ukpbj/tanggal';
import { hitungBulanLaporan } from '../core/ukpbj/kompilasi';
import { PRESET_INDIKATOR } from '../core/ukpbj/preset';
import { PaketBenar, TAHUN, buatData, bukuUji } from './helpers/ukpbj-data';

const N = 600;
const data = buatData(N, 20251130);

function impor(): BarisImpor[] {
  const h = imporTeks([], JSON.stringify(data.rekaman));
  if ('galat' in h) throw new Error(h.galat);
  expect(h.masalah).toEqual([]);
  return h.baris;
}

/** The UKPBJ's mapping of area strategis, typed per paket after the import (SOP step 10). */
function petakanArea(rows: BarisImpor[]): BarisImpor[] {
  const benar = new Map(data.paket.map((p) => [p.kode ?? `R:${p.rup[0]}`, p]));
  return rows.map((b) => ({ ...b, 'Area strategis': (benar.get((b['Kode paket'] as string) ?? `R:${String(b['Kode RUP']).split(';')[0]}`) as PaketBenar).area }));
}

const TENDER = ['Tender', 'Tender Cepat', 'Seleksi'];
const BUKAN_KATALOG = (p: PaketBenar): boolean => !['E-purchasing', 'Swakelola', 'Dikecualikan'].includes(p.metode);
const awal = serialTanggal(TAHUN, 1, 1);
const akhirBulan = (b: number): number => serialTanggal(TAHUN, b + 1, 0);
const dalam = (d: number | null, b: number): boolean => d !== null && d >= awal && d <= akhirBulan(b);
const typo = (p: PaketBenar): boolean => p.kontrak !== null && p.kontrak > p.pagu;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const jumlah = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** n, n dikecualikan and realisasi computed from the truth. */
interface Harapan {
  n: number;
  nKecuali: number;
  realisasi: number | null;
}

function harapan(bulan: number): Record<string, Harapan> {
  const P = data.paket;
  const hasil: Record<string, Harapan> = {};
  const rasio = (a: number[], b: number[]): number | null => (a.length ? (jumlah(a) / jumlah(b)) * 100 : null);
  // EF-H / EF-HR: Selesai, not e-purchasing, by Tgl penetapan pemenang; the ×10 typo excluded (kontrak > pagu).
  {
    const lingkup = P.filter(BUKAN_KATALOG);
    const ikut = lingkup.filter((p) => p.status === 'Selesai' && dalam(p.tetap, bulan) && !typo(p));
    hasil['EF-H'] = { n: ikut.length, nKecuali: lingkup.length - ikut.length, realisasi: rasio(ikut.map((p) => (p.hps as number) - (p.kontrak as number)), ikut.map((p) => p.hps as number)) };
    hasil['EF-HR'] = { n: ikut.length, nKecuali: lingkup.length - ikut.length, realisasi: ikut.length ? jumlah(ikut.map((p) => (((p.hps as number) - (p.kontrak as number)) / (p.hps as number)) * 100)) / ikut.length : null };
    hasil['EF-P'] = { n: ikut.length, nKecuali: lingkup.length - ikut.length, realisasi: rasio(ikut.map((p) => p.pagu - (p.kontrak as number)), ikut.map((p) => p.pagu)) };
  }
  // WT-D: median days, tenders only.
  {
    const lingkup = P.filter((p) => TENDER.includes(p.metode));
    const ikut = lingkup.filter((p) => p.status === 'Selesai' && dalam(p.tetap, bulan));
    hasil['WT-D'] = { n: ikut.length, nKecuali: lingkup.length - ikut.length, realisasi: ikut.length ? median(ikut.map((p) => (p.tetap as number) - (p.umum as number))) : null };
  }
  // GG: failed among finished or failed tenders, by Tgl pengumuman; budget cancellations excluded.
  {
    const lingkup = P.filter((p) => TENDER.includes(p.metode));
    const ikut = lingkup.filter((p) => (p.status === 'Selesai' || p.status === 'Gagal/Batal') && dalam(p.umum, bulan) && !(p.status === 'Gagal/Batal' && (p.ket ?? '').includes('anggaran')));
    hasil.GG = { n: ikut.length, nKecuali: lingkup.length - ikut.length, realisasi: ikut.length ? (ikut.filter((p) => p.status === 'Gagal/Batal').length / ikut.length) * 100 : null };
    const ikutTu = lingkup.filter((p) => (p.status === 'Selesai' || p.status === 'Gagal/Batal') && dalam(p.umum, bulan));
    hasil.TU = { n: ikutTu.length, nKecuali: lingkup.length - ikutTu.length, realisasi: ikutTu.length ? (ikutTu.filter((p) => p.kdTenderLama !== null).length / ikutTu.length) * 100 : null };
  }
  // PDN and UMK: every metode, by Tgl kontrak; null is not zero: a blank value excludes the paket.
  for (const [kode, f] of [['PDN', 'pdn'], ['UMK', 'umk']] as const) {
    const ikut = P.filter((p) => p.status === 'Selesai' && dalam(p.tglKontrak, bulan) && !typo(p) && p[f] !== null);
    hasil[kode] = { n: ikut.length, nKecuali: P.length - ikut.length, realisasi: rasio(ikut.map((p) => p[f] as number), ikut.map((p) => p.kontrak as number)) };
  }
  // JUMLAH (extra indicator NK-A1): Σ nilai kontrak of area A1, by Tgl kontrak.
  {
    const lingkup = P.filter((p) => p.area.replace(/ /g, '').split(';').includes('A1'));
    const ikut = lingkup.filter((p) => p.status === 'Selesai' && dalam(p.tglKontrak, bulan) && !typo(p));
    hasil['NK-A1'] = { n: ikut.length, nKecuali: lingkup.length - ikut.length, realisasi: ikut.length ? jumlah(ikut.map((p) => p.kontrak as number)) : null };
  }
  // PERSEN_HITUNG without a status filter (PK-ALL): every paket awarded by the period, Berlangsung rows with planned 2026 dates out.
  {
    const ikut = P.filter((p) => dalam(p.tetap, bulan));
    hasil['PK-ALL'] = { n: ikut.length, nKecuali: P.length - ikut.length, realisasi: ikut.length ? 100 : null };
  }
  return hasil;
}

const TAMBAHAN = [
  { Kode: 'NK-A1', Indikator: 'Nilai kontrak area A1', Satuan: 'rupiah', Polaritas: 'positif', Agregasi: 'JUMLAH', 'Pembilang (a) / Nilai (v)': 'Nilai kontrak', 'Status dihitung': 'Selesai', 'Area strategis': 'A1', 'Tanggal periode': 'Tgl kontrak' },
  { Kode: 'PK-ALL', Indikator: 'Paket ditetapkan', Satuan: '%', Polaritas: 'positif', Agregasi: 'PERSEN_HITUNG', 'Pembilang (a) / Nilai (v)': 'Paket', 'Tanggal periode': 'Tgl penetapan pemenang' },
];

describe('kompilasi UKPBJ atas 600 paket rekaan bentuk ekspor ISB', () => {
  const rows = petakanArea(impor());
  const wb = bukuUji(rows.map(barisKeSel), TAMBAHAN);
  const m = bacaUkpbj(wb);

  test('model membaca semua indikator tanpa masalah, dan rumus tiap preset terkompilasi', () => {
    expect(m.masalah).toEqual([]);
    expect(m.indikator?.rows.filter((r) => r.spec).map((r) => r.kode)).toEqual([...PRESET_INDIKATOR.map((p) => p.Kode), 'NK-A1', 'PK-ALL']);
  });

  test('impor: satu baris per paket (tender ulang dan paket SiRUP yang kemudian masuk SPSE tidak ganda)', () => {
    expect(data.rekaman.length).toBeGreaterThan(N * 0.98);
    expect(rows.length).toBe(data.paket.length);
    const kode = rows.map((r) => r['Kode paket'] ?? `R:${r['Kode RUP']}`);
    expect(new Set(kode).size).toBe(kode.length);
    const ulang = data.paket.filter((p) => p.kdTenderLama);
    expect(ulang.length).toBeGreaterThan(10);
    for (const p of ulang) {
      const b = rows.find((r) => r['Kode paket'] === p.kode) as BarisImpor;
      expect([b.Versi, b['Kode tender'], b['Kode tender sebelumnya'], b.Status]).toEqual([2, p.kdTender, p.kdTenderLama, p.status === 'Gagal/Batal' ? 'Gagal/Batal' : p.status]);
    }
    const konsolidasi = data.paket.filter((p) => p.rup.length > 1 && p.kode);
    expect(konsolidasi.length).toBeGreaterThan(5);
    for (const p of konsolidasi) expect(rows.find((r) => r['Kode paket'] === p.kode)?.['Kode RUP']).toBe(p.rup.join(';'));
  });

  for (const bulan of [3, 9, 12]) {
    test(`tiap indikator sama dengan hitungan langsung dari data, s.d. B${bulan}`, () => {
      const h = kompilasi(m, TAHUN, `B${bulan}`);
      const mau = harapan(bulan);
      const kode = Object.keys(mau);
      expect(kode.length).toBe(10);
      for (const k of kode) {
        const x = h.indikator.find((i) => i.ind.kode === k);
        const e = mau[k];
        expect([k, x?.agregat?.n, x?.agregat?.nKecuali]).toEqual([k, e.n, e.nKecuali]);
        if (e.realisasi === null) expect([k, x?.agregat?.realisasi]).toEqual([k, null]);
        else expect(x?.agregat?.realisasi as number).toBeCloseTo(e.realisasi, 6);
      }
    });
  }

  test('Σa/Σb dan rata-rata per paket berbeda pada data yang sama, dan aturannya tertulis', () => {
    const h = kompilasi(m, TAHUN, 'B12');
    const efh = h.indikator.find((i) => i.ind.kode === 'EF-H');
    const efhr = h.indikator.find((i) => i.ind.kode === 'EF-HR');
    expect(Math.abs((efh?.agregat?.realisasi as number) - (efhr?.agregat?.realisasi as number))).toBeGreaterThan(0.01);
    expect(efh?.aturan).toMatch(/^Σ Efisiensi HPS \(Rp\) \/ Σ HPS × 100; status Selesai; metode kecuali E-purchasing, Swakelola, Dikecualikan; periode menurut Tgl penetapan pemenang; nilai kosong dikecualikan$/);
    expect(efhr?.aturan).toMatch(/^rata-rata per paket \(Efisiensi HPS \(Rp\) \/ HPS × 100\)/);
  });

  test('nilai PDN kosong bukan 0: dikecualikan dengan alasannya; "dihitung 0" memberi angka lain', () => {
    const h = kompilasi(m, TAHUN, 'B12');
    const pdn = h.indikator.find((i) => i.ind.kode === 'PDN');
    const kosongPdn = data.paket.filter((p) => p.status === 'Selesai' && dalam(p.tglKontrak, 12) && !typo(p) && p.pdn === null);
    expect(kosongPdn.length).toBeGreaterThan(50);
    const alasan = pdn?.blok.filter((b) => b.ikut === 'nilai kosong: Nilai PDN').length;
    expect(alasan).toBe(kosongPdn.length);
    // The same data with the indicator's "Nilai kosong" set to "dihitung 0".
    const nol = bacaUkpbj(bukuUji(rows.map(barisKeSel), [], PRESET_INDIKATOR.map((p) => (p.Kode === 'PDN' ? { ...p, 'Nilai kosong': 'dihitung 0' } : p))));
    const pdn0 = kompilasi(nol, TAHUN, 'B12').indikator.find((i) => i.ind.kode === 'PDN');
    expect(pdn0?.agregat?.n).toBe((pdn?.agregat?.n as number) + kosongPdn.length);
    expect(pdn0?.agregat?.realisasi as number).toBeLessThan(pdn?.agregat?.realisasi as number);
    expect(pdn0?.aturan).toMatch(/nilai kosong dihitung 0$/);
  });

  test('salah ketik ×10 (kontrak > pagu) dikecualikan dari efisiensi, PDN dan UMK dengan alasan yang terbaca', () => {
    const salah = data.paket.filter(typo);
    expect(salah.length).toBeGreaterThan(0);
    const h = kompilasi(m, TAHUN, 'B12');
    const baris = (p: PaketBenar): number => rows.findIndex((r) => r['Kode paket'] === p.kode);
    for (const k of ['EF-P', 'EF-H', 'PDN', 'UMK']) {
      const x = h.indikator.find((i) => i.ind.kode === k);
      for (const p of salah) if (dalam(p.tetap, 12) && (k !== 'PDN' || p.pdn !== null) && BUKAN_KATALOG(p)) expect([k, x?.blok[baris(p)].ikut]).toEqual([k, PESAN_CEK.kontrak]);
    }
  });

  test('paket Berlangsung dengan tanggal rencana tahun depan: dikecualikan menurut status, atau menurut periode bila status tidak disaring', () => {
    const h = kompilasi(m, TAHUN, 'B12');
    const jalan = data.paket.filter((p) => p.status === 'Berlangsung');
    expect(jalan.length).toBeGreaterThan(50);
    const efh = h.indikator.find((i) => i.ind.kode === 'EF-H');
    const semua = h.indikator.find((i) => i.ind.kode === 'PK-ALL');
    for (const p of jalan) {
      const i = rows.findIndex((r) => r['Kode paket'] === p.kode);
      if (BUKAN_KATALOG(p)) expect(efh?.blok[i].ikut).toBe('status Berlangsung');
      expect(semua?.blok[i].ikut).toBe('di luar periode: Tgl penetapan pemenang setelah periode laporan');
    }
  });

  test('NILAI_TUNGGAL: nilai terakhir yang diketik s.d. periode laporan', () => {
    const ikm = kompilasi(m, TAHUN, 'B9').indikator.find((i) => i.ind.kode === 'IKM');
    expect(ikm?.agregat).toBeNull();
    expect(ikm?.aturan).toBe('nilai tunggal per periode (diketik di lembar Target)');
    const per = [null, null, null, null, null, 86.2, null, null, null, null, null, 88.05];
    expect(nilaiTunggal(per, hitungBulanLaporan('B9'))).toBe(86.2);
    expect(nilaiTunggal(per, hitungBulanLaporan('B12'))).toBe(88.05);
    expect(nilaiTunggal(per, hitungBulanLaporan('B3'))).toBeNull();
  });
});

describe('impor ulang menurut kunci', () => {
  const kecil = buatData(80, 7);
  const recs = kecil.rekaman.map((r, i) => petakanRekaman(r, i + 1, []));
  const kunci = (b: BarisImpor): string => (b['Kode paket'] ? `P:${b['Kode paket']}` : `R:${String(b['Kode RUP']).split(';')[0]}`);
  const urut = (x: BarisImpor[]): BarisImpor[] => [...x].sort((a, b) => kunci(a).localeCompare(kunci(b)));

  test('impor dua kali, dalam potongan dan urutan apa pun: tidak ada paket ganda atau hilang, hasilnya sama', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(recs.length - 1), { minLength: 1, maxLength: 160 }), fc.nat(160), (pilih, potong) => {
        const sub = pilih.map((i) => recs[i]);
        const sekali = gabungPaket([], sub).baris;
        const kunciMau = new Set(gabungPaket([], recs).baris.map(kunci));
        // Every paket of the subset once, and only paket of the full set.
        const k1 = sekali.map(kunci);
        expect(new Set(k1).size).toBe(k1.length);
        for (const k of k1) expect(kunciMau.has(k)).toBe(true);
        // In two pieces, then the whole again: same rows, nothing lost or doubled.
        const c = potong % (sub.length + 1);
        const dua = gabungPaket(gabungPaket([], sub.slice(0, c)).baris, sub.slice(c)).baris;
        expect(urut(dua).map(kunci)).toEqual(urut(sekali).map(kunci));
        const lagi = gabungPaket(sekali, sub);
        expect(lagi.baris.length).toBe(sekali.length);
        expect(lagi.baru).toBe(0);
        expect(lagi.berubah).toEqual([]);
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  test('yang diketik tetap (Area strategis, Jumlah sanggah), nilai yang tidak dibawa ekspor tidak dihapus', () => {
    const awal: BarisImpor[] = gabungPaket([], recs).baris.map((b, i) => ({ ...b, 'Area strategis': `A${(i % 4) + 1}`, 'Jumlah sanggah': i % 3 }));
    const ulang = gabungPaket(awal, recs.map((r) => ({ ...r, 'Nilai PDN': null })));
    expect(ulang.baris.length).toBe(awal.length);
    ulang.baris.forEach((b, i) => {
      expect(b['Area strategis']).toBe(awal[i]['Area strategis']);
      expect(b['Jumlah sanggah']).toBe(awal[i]['Jumlah sanggah']);
      expect(b['Nilai PDN'] ?? null).toBe(awal[i]['Nilai PDN'] ?? null);
    });
  });

  test('edit menurut kunci: nilai baru menimpa baris paketnya saja, baris lain tidak berubah', () => {
    const awal = gabungPaket([], recs).baris;
    const sasaran = awal.find((b) => b['Kode paket']) as BarisImpor;
    const h = gabungPaket(awal, [{ 'Kode paket': sasaran['Kode paket'], 'Nilai kontrak': 123456789 }]);
    expect(h.baris.length).toBe(awal.length);
    expect(h.berubah).toEqual([awal.indexOf(sasaran)]);
    expect(h.baris[awal.indexOf(sasaran)]['Nilai kontrak']).toBe(123456789);
  });

  test('paket SiRUP (tanpa Kode paket) lalu SPSE memberi Kode paket: baris yang sama', () => {
    const h1 = gabungPaket([], [{ 'Kode RUP': '555;556', 'Nama paket': 'Rencana' }]);
    const h2 = gabungPaket(h1.baris, [{ 'Kode paket': '9001', 'Kode RUP': '556', Status: 'Selesai' }]);
    expect(h2.baris).toEqual([{ 'Kode RUP': '555;556', 'Nama paket': 'Rencana', 'Kode paket': '9001', Status: 'Selesai' }]);
    // Another paket with its own Kode paket that reuses a Kode RUP stays its own row (Periksa names the reuse).
    const h3 = gabungPaket(h2.baris, [{ 'Kode paket': '9002', 'Kode RUP': '556' }]);
    expect(h3.baris.length).toBe(2);
  });

  test('teks Rupiah, tanggal Indonesia, CSV bertanda kutip dan kolom tak terbaca', () => {
    const csv = 'kd_paket;nama_paket;pagu;tgl_pengumuman_tender;kd_rup\n77;"Paket; ""A""";Rp 1.234.567,50;11 Februari 2025;1;2\n78;B;satu juta;2025-13-01;3';
    const e = bacaEkspor(csv);
    expect('galat' in e).toBe(false);
    const h = imporTeks([], csv);
    if ('galat' in h) throw new Error(h.galat);
    expect(h.baris[0]).toEqual({ 'Kode paket': '77', 'Nama paket': 'Paket; "A"', Pagu: 1234567.5, 'Tgl pengumuman': serialTanggal(2025, 2, 11), 'Kode RUP': '1' });
    expect(h.masalah.map((x) => `${x.rekaman} ${x.kolom}`)).toEqual(['2 pagu', '2 tgl_pengumuman_tender']);
    expect(h.masalah[0].pesan).toContain('"satu juta" bukan angka');
    expect(h.baris[1].Pagu).toBeUndefined();
    expect(imporTeks([], '[{"foo":1}]')).toEqual({ galat: expect.stringContaining('Tidak ada kolom ekspor yang dikenali (foo)') });
  });
});
