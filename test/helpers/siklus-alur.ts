/**
 * The example cycle (issue 10), the same in every host: three units, two
 * periods (semester: B6, B12), one unit late, one conflict, a change to a
 * validated figure, a correction, an unlock. Each host's test gives a HostUji
 * (how its people type, how an isian comes back, what its locks allow) and
 * runs `alurSiklus`.
 */
import type { HostBridge, HasilPeriksa, HasilSiklus } from '../../sidebar/bridge';
import { cariHeader } from '../../core/pk';
import { a1 } from '../../core/workbook';
import { LEMBAR_SIKLUS, JENIS_RIWAYAT, RIWAYAT_KOLOM } from '../../core/siklus/lembar';
import { bacaBA, sidikBA } from '../../core/siklus/model';
import { UNIT } from './siklus-data';

export type Nilai = string | number | boolean | Date | null;

export interface HostUji {
  nama: string;
  bridge: HostBridge;
  /** Values as people see them (formulas computed). */
  grid(sheet: string): Nilai[][];
  namaLembar(): string[];
  /** A person types into a cell as the host lets them (throws on a cell locked for them). */
  ketik(siapa: string, sheet: string, sel: string, v: Nilai): void;
  /** Someone lifted the protection and typed over a cell. */
  paksa(sheet: string, sel: string, v: Nilai): void;
  /** A unit's isian comes back: typed in the shared spreadsheet (Sheets) or a returned file (Excel, browser). */
  kembalikan(siapa: string, lembar: string, isi: Array<{ sel: string; v: Nilai }>): Promise<void>;
  /** Is this cell locked for this person now? */
  terkunci(siapa: string, sheet: string, sel: string): boolean;
  /** Periksa as the cycle runs it (core/jobs.ts periksaSiklus) over the host's snapshot. */
  periksa(): Promise<HasilPeriksa>;
  /** A returned file adds an "Ambil isian" row to Riwayat (Excel, browser). */
  ambilPakaiBerkas: boolean;
}

export const ORANG = { A: 'umum@bpom.go.id', B: 'uji@bpom.go.id', C: 'inspeksi@bpom.go.id', perencana: 'perencana@bpom.go.id' } as const;

const VALIDATOR = [
  { nama: 'Dra. Rina Kusuma, M.Si', nip: '197203151998032001', jabatan: 'Ketua Tim Manajemen Kinerja' },
  { nama: 'Budi Santoso, S.Farm', nip: '1985 0612 201001 1 004', jabatan: 'Anggota Tim Manajemen Kinerja' },
];

/** Cells of a generated table: by Kode (and Periode) and header. */
export function cariSel(grid: Nilai[][], kode: string, header: string, periode?: string): string {
  const h = cariHeader(grid as never, ['Kode']);
  if (h < 0) throw new Error(`tabel tanpa Kode`);
  const hdr = grid[h].map((x) => String(x ?? ''));
  const c = hdr.indexOf(header);
  const cKode = hdr.indexOf('Kode');
  const cPer = hdr.indexOf('Periode');
  if (c < 0) throw new Error(`kolom ${header} tidak ada`);
  const r = grid.findIndex((row, i) => i > h && String(row[cKode] ?? '') === kode && (periode === undefined || String(row[cPer] ?? '') === periode));
  if (r < 0) throw new Error(`${kode} ${periode ?? ''} tidak ada`);
  return a1(r, c);
}

export function nilaiDi(grid: Nilai[][], sel: string): Nilai {
  const m = /^([A-Z]+)(\d+)$/.exec(sel) as RegExpExecArray;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  const v = grid[Number(m[2]) - 1]?.[c - 1];
  return v === undefined || v === '' ? null : v;
}

/** Riwayat rows as objects by header. */
export function riwayat(h: HostUji): Array<Record<(typeof RIWAYAT_KOLOM)[number], Nilai>> {
  const g = h.grid(LEMBAR_SIKLUS.RIWAYAT);
  const r = g.findIndex((row) => String(row[0] ?? '') === 'Waktu');
  return g.slice(r + 1).filter((row) => row.some((v) => v !== null && v !== '')).map((row) => Object.fromEntries(RIWAYAT_KOLOM.map((k, i) => [k, row[i] === '' || row[i] === undefined ? null : row[i]])) as never);
}

const tunggal = (x: HasilSiklus): HasilSiklus => {
  if (!x.ok) throw new Error(`tidak berhasil: ${x.pesan} ${x.catatan.join(' ')}`);
  return x;
};

/** What a unit typed, to be found again in the RAPK or Riwayat at the end. */
interface Ketikan {
  kode: string;
  periode: string;
  kolom: 'Realisasi' | 'Pembilang (a)' | 'Penyebut (b)';
  v: number;
}

const ISIAN = (u: string): string => `Isian – ${u}`;
const RAPK_KOLOM: Record<Ketikan['kolom'], (p: string) => string> = {
  Realisasi: (p) => `Realisasi ${p}`,
  'Pembilang (a)': (p) => `Pembilang (a) ${p}`,
  'Penyebut (b)': (p) => `Penyebut (b) ${p}`,
};

export async function alurSiklus(h: HostUji): Promise<void> {
  const b = h.bridge;
  const diketik: Ketikan[] = [];
  const isianSel = (unit: string, kode: string, p: string, kolom: string): string => cariSel(h.grid(ISIAN(unit)), kode, kolom, p);
  const rapk = (kode: string, header: string): Nilai => nilaiDi(h.grid('RAPK'), cariSel(h.grid('RAPK'), kode, header));
  const isi = (unit: string, rows: Array<[string, string, Ketikan['kolom'] | 'Keterangan' | 'Data dukung (tautan)', Nilai]>): Array<{ sel: string; v: Nilai }> =>
    rows.map(([kode, p, kolom, v]) => {
      if (typeof v === 'number' && kolom !== 'Keterangan' && kolom !== 'Data dukung (tautan)') diketik.push({ kode, periode: p, kolom, v });
      return { sel: isianSel(unit, kode, p, kolom), v };
    });

  // ---- Round 1: B6 -------------------------------------------------------------
  // The planner had typed IK03's figure himself: the unit will say otherwise (a conflict).
  h.ketik(ORANG.perencana, 'RAPK', cariSel(h.grid('RAPK'), 'IK03', 'Realisasi B6'), 88);
  const isian1 = tunggal(await b.buatLembarIsian!());
  expect(isian1.pesan).toContain('B6, B12');
  for (const u of Object.values(UNIT)) expect(h.namaLembar()).toContain(ISIAN(u));
  // Only the inputs are open, to the unit's people.
  expect(h.terkunci(ORANG.A, ISIAN(UNIT.A), isianSel(UNIT.A, 'IK01', 'B6', 'Kode'))).toBe(true);
  expect(h.terkunci(ORANG.A, ISIAN(UNIT.A), isianSel(UNIT.A, 'IK01', 'B6', 'Target'))).toBe(true);
  expect(h.terkunci(ORANG.A, ISIAN(UNIT.A), isianSel(UNIT.A, 'IK01', 'B6', 'Realisasi'))).toBe(false);
  expect(() => h.ketik(ORANG.A, ISIAN(UNIT.A), isianSel(UNIT.A, 'IK01', 'B6', 'Target'), 70)).toThrow();
  if (b.bagikanIsian) {
    tunggal(await b.bagikanIsian());
    expect(h.terkunci(ORANG.A, ISIAN(UNIT.A), isianSel(UNIT.A, 'IK01', 'B6', 'Realisasi'))).toBe(false);
    expect(h.terkunci(ORANG.B, ISIAN(UNIT.A), isianSel(UNIT.A, 'IK01', 'B6', 'Realisasi'))).toBe(true);
  }
  // Unit A types in place; unit B sends its sheet back; unit C is late.
  for (const x of isi(UNIT.A, [
    ['IK01', 'B6', 'Realisasi', 82],
    ['IK01', 'B6', 'Keterangan', 'Survei kepuasan Juni'],
    ['IK01', 'B6', 'Data dukung (tautan)', 'https://drive.google.com/survei-juni'],
    ['IK02', 'B6', 'Pembilang (a)', 9],
    ['IK02', 'B6', 'Penyebut (b)', 10],
  ]))
    h.ketik(ORANG.A, ISIAN(UNIT.A), x.sel, x.v);
  await h.kembalikan(ORANG.B, ISIAN(UNIT.B), isi(UNIT.B, [['IK03', 'B6', 'Realisasi', 89], ['IK04', 'B6', 'Realisasi', 7]]));

  const isianSebelum = Object.fromEntries(Object.values(UNIT).map((u) => [u, JSON.stringify(h.grid(ISIAN(u)))]));
  const g1 = tunggal(await b.gabungkanIsian!());
  expect(g1.digabung).toBe(4); // IK01 realisasi, IK02 a and b, IK04 realisasi
  expect(g1.konflik).toHaveLength(1);
  const konflik = g1.konflik![0];
  expect(konflik).toMatchObject({ kode: 'IK03', periode: 'B6', kolom: 'Realisasi B6', nilaiRapk: '88' });
  expect(konflik.pilihan.map((p) => p.nilai)).toEqual(['89']);
  expect(rapk('IK03', 'Realisasi B6')).toBe(88); // never overwritten without a choice
  expect(g1.belumLapor?.find((x) => x.periode === 'B6')?.unit.join()).toContain(UNIT.C);
  expect(g1.belumLapor?.find((x) => x.periode === 'B6')?.unit.join()).not.toContain(UNIT.A);
  for (const u of Object.values(UNIT)) expect(JSON.stringify(h.grid(ISIAN(u)))).toBe(isianSebelum[u]); // isian sheets untouched
  expect(rapk('IK01', 'Realisasi B6')).toBe(82);
  expect(rapk('IK02', 'Realisasi B6')).toBeCloseTo(90, 9); // a / b × 100 by the RAPK's own formula

  // Validating B6 now is refused: a unit missing, a conflict open. Nothing is written.
  const lembarSebelum = h.namaLembar().length;
  const v0 = await b.validasiPeriode!({ periode: 'B6', validator: VALIDATOR });
  expect(v0.ok).toBe(false);
  expect(v0.catatan.join(' ')).toContain(UNIT.C);
  expect(v0.catatan.join(' ')).toMatch(/konflik/);
  expect(h.namaLembar()).not.toContain(LEMBAR_SIKLUS.BA);
  expect(h.namaLembar()).toHaveLength(lembarSebelum);

  // Unit C reports late; merging again adds it, keeps the conflict open, writes nothing twice.
  await h.kembalikan(ORANG.C, ISIAN(UNIT.C), isi(UNIT.C, [['IK05', 'B6', 'Realisasi', 80], ['IK06', 'B6', 'Pembilang (a)', 30], ['IK06', 'B6', 'Penyebut (b)', 40]]));
  const g2 = tunggal(await b.gabungkanIsian!());
  expect(g2.digabung).toBe(3);
  expect(g2.konflik?.map((k) => k.id)).toEqual([konflik.id]);
  expect(rapk('IK03', 'Realisasi B6')).toBe(88);
  // The user chooses the unit's figure.
  const pk = tunggal(await b.pilihKonflik!([{ id: konflik.id, pakai: 0 }]));
  expect(pk.konflik).toHaveLength(0);
  expect(rapk('IK03', 'Realisasi B6')).toBe(89);
  expect((await b.gabungkanIsian!()).konflik).toHaveLength(0);

  const st = tunggal(await b.statusPengumpulan!());
  const b6 = st.status!.periode.find((p) => p.periode === 'B6')!;
  expect(b6.penghalang).toEqual([]);
  expect(st.status!.baris.filter((x) => x.periode === 'B6').map((x) => [x.unit, x.status])).toEqual([
    [UNIT.A, 'sudah lengkap'],
    [UNIT.B, 'sudah lengkap'],
    [UNIT.C, 'sudah lengkap'],
  ]);
  expect(st.status!.baris.filter((x) => x.periode === 'B12').every((x) => x.status === 'belum')).toBe(true);

  // A validator's NIP must be 18 digits: refused, nothing written.
  const salahNip = await b.validasiPeriode!({ periode: 'B6', validator: [{ nama: 'X', nip: '123', jabatan: 'Y' }] });
  expect(salahNip.ok).toBe(false);
  expect(salahNip.pesan).toMatch(/NIP "123" bukan 18 angka/);

  const v1 = tunggal(await b.validasiPeriode!({ periode: 'B6', validator: VALIDATOR }));
  expect(v1.nomorBA).toBe('BA-2026-B6-1');
  expect(v1.sidik).toMatch(/^[0-9a-f]{64}$/);
  const ba1 = bacaBA({ name: LEMBAR_SIKLUS.BA, values: h.grid(LEMBAR_SIKLUS.BA) as never });
  expect(ba1).toHaveLength(1);
  expect(ba1[0]).toMatchObject({ nomor: 'BA-2026-B6-1', periode: 'B6', sidik: v1.sidik });
  expect(ba1[0].validator.map((x) => x.nip)).toEqual(['197203151998032001', '198506122010011004']);
  expect(ba1[0].indikator.map((x) => [x.kode, x.realisasi])).toEqual([
    ['IK01', 82],
    ['IK02', expect.closeTo(90, 9)],
    ['IK03', 89],
    ['IK04', 7],
    ['IK05', 80],
    ['IK06', expect.closeTo(75, 9)],
  ]);
  expect(ba1[0].indikator.map((x) => x.kriteria)).toEqual(['Baik', 'Baik', 'Baik', 'Sangat Baik', 'Baik', 'Baik']);
  expect(sidikBA('B6', ba1[0].indikator)).toBe(v1.sidik);
  // B6 locked; B12 open.
  const rIk01B6 = cariSel(h.grid('RAPK'), 'IK01', 'Realisasi B6');
  expect(h.terkunci(ORANG.perencana, 'RAPK', rIk01B6)).toBe(true);
  expect(h.terkunci(ORANG.perencana, 'RAPK', cariSel(h.grid('RAPK'), 'IK01', 'Target B6'))).toBe(true);
  expect(h.terkunci(ORANG.perencana, 'RAPK', cariSel(h.grid('RAPK'), 'IK01', 'Realisasi B12'))).toBe(false);
  expect(() => h.ketik(ORANG.perencana, 'RAPK', rIk01B6, 85)).toThrow();
  expect((await h.periksa()).temuan.filter((t) => t.kode.startsWith('validasi') || t.kode === 'berita-acara-diubah')).toEqual([]);

  // Someone lifts the protection and changes a validated figure: Periksa names old, new and the entry.
  h.paksa('RAPK', rIk01B6, 85);
  const t1 = (await h.periksa()).temuan.filter((t) => t.kode === 'validasi-berubah');
  expect(t1).toHaveLength(1);
  expect(t1[0]).toMatchObject({ sheet: 'RAPK', sel: rIk01B6, tingkat: 'Kesalahan' });
  expect(t1[0].pesan).toContain('82');
  expect(t1[0].pesan).toContain('85');
  expect(t1[0].pesan).toContain('BA-2026-B6-1');
  h.paksa('RAPK', rIk01B6, 82);
  expect((await h.periksa()).temuan.filter((t) => t.kode === 'validasi-berubah')).toEqual([]);

  // A correction of B6 goes into B12, with its justification; the Berita Acara keeps the original.
  const k0 = await b.koreksi!({ kode: 'IK02', periode: 'B6', nilai: '92', justifikasi: '' });
  expect(k0.ok).toBe(false);
  expect(k0.pesan).toMatch(/Justifikasi wajib/);
  const k1 = tunggal(await b.koreksi!({ kode: 'IK02', periode: 'B6', nilai: '92', justifikasi: 'Dokumen RKT ternyata terlambat 2 hari: 92 dari 100 tepat waktu (nota dinas 12/07).' }));
  expect(k1.pesan).toContain('dicatat pada periode B12');
  expect(bacaBA({ name: LEMBAR_SIKLUS.BA, values: h.grid(LEMBAR_SIKLUS.BA) as never })[0].indikator[1].realisasi).toBeCloseTo(90, 9);

  // ---- Round 2: B12 ------------------------------------------------------------
  const isian2 = tunggal(await b.buatLembarIsian!());
  expect(isian2.pesan).toMatch(/periode B12:/);
  // The B6 rows, all in the RAPK and their notes in Riwayat, are gone from the sheets; B12 rows are there.
  expect(() => isianSel(UNIT.A, 'IK01', 'B6', 'Realisasi')).toThrow();
  for (const x of isi(UNIT.A, [
    ['IK01', 'B12', 'Realisasi', 85],
    ['IK02', 'B12', 'Pembilang (a)', 19],
    ['IK02', 'B12', 'Penyebut (b)', 20],
  ]))
    h.ketik(ORANG.A, ISIAN(UNIT.A), x.sel, x.v);
  await h.kembalikan(ORANG.B, ISIAN(UNIT.B), isi(UNIT.B, [['IK03', 'B12', 'Realisasi', 91], ['IK04', 'B12', 'Realisasi', 13]]));
  await h.kembalikan(ORANG.C, ISIAN(UNIT.C), isi(UNIT.C, [['IK05', 'B12', 'Realisasi', 86], ['IK06', 'B12', 'Realisasi', 76]]));
  const g3 = tunggal(await b.gabungkanIsian!());
  expect(g3.digabung).toBe(7);
  expect(g3.konflik).toEqual([]);
  expect(g3.belumLapor).toEqual([]);
  const v2 = tunggal(await b.validasiPeriode!({ periode: 'B12', validator: VALIDATOR.slice(0, 1) }));
  expect(v2.nomorBA).toBe('BA-2026-B12-1');
  const ba = bacaBA({ name: LEMBAR_SIKLUS.BA, values: h.grid(LEMBAR_SIKLUS.BA) as never });
  expect(ba.map((e) => e.nomor)).toEqual(['BA-2026-B6-1', 'BA-2026-B12-1']);
  expect(ba[1].koreksi).toEqual([{ kode: 'IK02', periode: 'B6', lama: expect.closeTo(90, 9), baru: 92, justifikasi: expect.stringContaining('terlambat 2 hari') }]);
  for (const e of ba) expect(sidikBA(e.periode, e.indikator)).toBe(e.sidik);
  expect(h.terkunci(ORANG.perencana, 'RAPK', cariSel(h.grid('RAPK'), 'IK01', 'Realisasi B12'))).toBe(true);

  // Buka kunci periode: a reason is required and kept.
  expect((await b.bukaKunciPeriode!({ periode: 'B12', alasan: '' })).ok).toBe(false);
  expect(h.terkunci(ORANG.perencana, 'RAPK', cariSel(h.grid('RAPK'), 'IK01', 'Realisasi B12'))).toBe(true);
  tunggal(await b.bukaKunciPeriode!({ periode: 'B12', alasan: 'Data IK05 Desember dari aplikasi e-inspeksi belum final.' }));
  expect(h.terkunci(ORANG.perencana, 'RAPK', cariSel(h.grid('RAPK'), 'IK05', 'Realisasi B12'))).toBe(false);
  expect(h.terkunci(ORANG.perencana, 'RAPK', rIk01B6)).toBe(true);

  // ---- Riwayat has every change; nothing typed is lost ---------------------------
  const log = riwayat(h);
  const jenis = (j: string): number => log.filter((r) => r.Jenis === j).length;
  expect(jenis(JENIS_RIWAYAT.gabung)).toBe(4 + 3 + 7);
  expect(jenis(JENIS_RIWAYAT.pakaiIsian)).toBe(1);
  expect(jenis(JENIS_RIWAYAT.validasi)).toBe(2);
  expect(jenis(JENIS_RIWAYAT.koreksi)).toBe(1);
  expect(jenis(JENIS_RIWAYAT.bukaKunci)).toBe(1);
  expect(jenis(JENIS_RIWAYAT.ambil)).toBe(h.ambilPakaiBerkas ? 4 : 0);
  expect(log).toHaveLength(4 + 3 + 7 + 1 + 2 + 1 + 1 + (h.ambilPakaiBerkas ? 4 : 0));
  const ik01 = log.find((r) => r.Jenis === JENIS_RIWAYAT.gabung && r.Kode === 'IK01' && r.Periode === 'B6')!;
  expect(ik01).toMatchObject({ 'Nilai baru': 82, Kolom: 'Realisasi B6', Keterangan: 'Survei kepuasan Juni', 'Data dukung': 'https://drive.google.com/survei-juni' });
  expect(log.find((r) => r.Jenis === JENIS_RIWAYAT.pakaiIsian)).toMatchObject({ Kode: 'IK03', 'Nilai lama': 88, 'Nilai baru': 89 });
  expect(log.find((r) => r.Jenis === JENIS_RIWAYAT.koreksi)).toMatchObject({ Kode: 'IK02', Periode: 'B6', 'Nilai baru': 92, Rujukan: 'B12' });
  expect(log.find((r) => r.Jenis === JENIS_RIWAYAT.bukaKunci)).toMatchObject({ Periode: 'B12', Keterangan: 'Data IK05 Desember dari aplikasi e-inspeksi belum final.' });
  for (const k of diketik) {
    const diRapk = rapk(k.kode, RAPK_KOLOM[k.kolom](k.periode));
    const dicatat = log.some((r) => r.Kode === k.kode && r.Periode === k.periode && r['Nilai baru'] === k.v);
    expect({ ...k, ada: diRapk === k.v || dicatat }).toEqual({ ...k, ada: true });
  }
}
