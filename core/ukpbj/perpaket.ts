/**
 * Per paket (SOP step 12, "laporan kinerja per paket"): the columns of the
 * Kinerja Paket view, each declared once with both renderings (STYLE.md §2):
 *   - `rumus`: the native formula over the paket's row of the Paket sheet and
 *     the view's own row (Excel 2016, Sheets, LibreOffice, HyperFormula alike);
 *   - `hitung`: what the cell must show, computed by core from the same values.
 * test/ukpbj-setara.test.ts evaluates the formulas in HyperFormula against
 * `hitung` over thousands of generated paket; test/ukpbj-libreoffice.test.ts
 * recalculates them in LibreOffice.
 *
 * A value the view reads is a number, blank (never 0: null is not zero) or,
 * when the Paket cell holds text where a number or date belongs, #VALUE!
 * (Periksa names that cell). Every column of a row without a paket (a blank
 * row, a typed "Jumlah" row) is blank.
 *
 * The per-paket quantities an indicator's formula can name ("besaran") are
 * columns of this view; each lists the check columns that exclude a paket
 * from it (kontrak above pagu: the ×10 typo; PDN above kontrak; dates out of
 * order; a cancellation for budget reasons).
 */
import { CellInput, CellOutput, KError, isKError } from '../values';
import { GALAT_NATIF, teksRumus } from '../rumus';
import { HeaderPaket, KATA_JUMLAH } from './kolom';

const V = GALAT_NATIF.VALUE;
const D0 = GALAT_NATIF.DIV0;

/** Where a KP formula finds its inputs (all on the paket's row). */
export interface RefBarisPaket {
  /** The Paket cell of a header, e.g. "Paket!R5". */
  p(h: HeaderPaket): string;
  /** This view's cell of one of its headers on the same row, e.g. "$K5". */
  kp(h: HeaderKp): string;
  /** Pengaturan UKPBJ cells (absolute). */
  setelan: RefSetelanUkpbj;
}

export interface RefSetelanUkpbj {
  batalAnggaran: string;
  standarMetode: string;
  standarHari: string;
}

/** What the host shows for the same inputs (the `hitung` side). */
export interface NilaiBarisPaket {
  p(h: HeaderPaket): CellInput;
  setelan: NilaiSetelanUkpbj;
}

export interface NilaiSetelanUkpbj {
  batalAnggaran: CellInput;
  /** The standar table's rows as typed: metode, days. */
  standar: Array<[CellInput, CellInput]>;
}

// ---------------------------------------------------------------------------
// Spreadsheet semantics, once (for the `hitung` side)

/** Blank as a formula's ="" sees it. */
export function kosongSel(v: CellInput | CellOutput): boolean {
  return v === null || v === undefined || v === '';
}

/** x&"" as the hosts write it. */
export function teksSel(v: CellInput | CellOutput): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(v);
  if (isKError(v)) return '';
  return String(v);
}

/** TRIM: spaces (only) off both ends and runs of spaces inside as one. */
export function trimSel(s: string): string {
  return s.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ');
}

/** The first error among the cells, in the order a formula reads them. */
export function galatPertama(...xs: Array<CellInput | CellOutput>): KError | null {
  for (const x of xs) if (isKError(x)) return x;
  return null;
}

const galat = (): KError => new KError('VALUE', 'nilai di Paket bukan angka');

/** IF(ISNUMBER(x),x,IF(x="","",#VALUE!)) */
export function angkaSel(v: CellInput): CellOutput {
  if (isKError(v)) return v;
  if (typeof v === 'number') return v;
  if (kosongSel(v)) return null;
  return galat();
}

/** IF(ISNUMBER(x),INT(x),IF(x="","",#VALUE!)): a date as its day (a time of day dropped). */
export function tanggalSel(v: CellInput): CellOutput {
  if (isKError(v)) return v;
  if (typeof v === 'number') return Math.floor(v);
  if (kosongSel(v)) return null;
  return new KError('VALUE', 'tanggal di Paket berupa teks');
}

const rAngka = (x: string): string => `IF(ISNUMBER(${x}),${x},IF(${x}="","",${V}))`;
const rTanggal = (x: string): string => `IF(ISNUMBER(${x}),INT(${x}),IF(${x}="","",${V}))`;
const rTeks = (x: string): string => `TRIM(${x}&"")`;

/** contains(s, t) without wildcards: LEN(SUBSTITUTE(s,t,""))<LEN(s) (case as given). */
export function rumusMemuat(s: string, t: string): string {
  return `LEN(SUBSTITUTE(${s},${t},""))<LEN(${s})`;
}

// ---------------------------------------------------------------------------
// The columns

export const KP_KOLOM = [
  'No',
  'Kode paket',
  'Nama paket',
  'OPD',
  'Metode pemilihan',
  'Jenis pengadaan',
  'Status',
  'Area strategis',
  'Pagu',
  'HPS',
  'Nilai kontrak',
  'Efisiensi pagu (Rp)',
  'Efisiensi pagu (%)',
  'Efisiensi HPS (Rp)',
  'Efisiensi HPS (%)',
  'Penawaran thd HPS (%)',
  'Nilai PDN',
  'Nilai UMK',
  'Tgl rencana pemilihan',
  'Tgl buat paket',
  'Tgl pengumuman',
  'Tgl penetapan pemenang',
  'Tgl kontrak',
  'Durasi pemilihan (hari)',
  'Batas waktu',
  'Tepat waktu',
  'Gagal/batal',
  'Tender ulang',
  'E-kontrak',
  'Disanggah',
  'Cek kontrak',
  'Cek PDN',
  'Cek UMK',
  'Cek tanggal',
  'Batal anggaran',
  'Area (kunci)',
] as const;
export type HeaderKp = (typeof KP_KOLOM)[number];

export type FormatKp = 'teks' | 'rupiah' | 'persen' | 'tanggal' | 'bilangan' | 'tanda';

export interface KolomKp {
  h: HeaderKp;
  format: FormatKp;
  lebar: number;
  /** The native formula (without "="); null for the running No (a value). */
  rumus: ((r: RefBarisPaket) => string) | null;
  hitung: (n: NilaiBarisPaket, kp: (h: HeaderKp) => CellOutput) => CellOutput;
  /** For the header's note. */
  ket?: string;
}

/** IF(kode="","",x): every column of a row without a paket is blank. */
const adaPaket = (r: RefBarisPaket, x: string): string => `IF(${r.kp('Kode paket')}="","",${x})`;
function jikaPaket(kp: (h: HeaderKp) => CellOutput, f: () => CellOutput): CellOutput {
  const k = kp('Kode paket');
  if (isKError(k)) return k;
  return kosongSel(k) ? null : f();
}

/** a − b of two KP money cells: blank while either is blank, an error passed on. */
function rSelisih(a: string, b: string): string {
  return `IF(OR(${a}="",${b}=""),"",${a}-${b})`;
}
function hSelisih(a: CellOutput, b: CellOutput): CellOutput {
  const g = galatPertama(a, b);
  if (g) return g;
  if (kosongSel(a) || kosongSel(b)) return null;
  return (a as number) - (b as number);
}
/** x / b × 100: blank while x is blank; b blank gives blank, b = 0 #DIV/0!. */
function rPersen(x: string, b: string): string {
  return `IF(OR(${x}="",${b}=""),"",IF(${b}=0,${D0},${x}/${b}*100))`;
}
function hPersen(x: CellOutput, b: CellOutput): CellOutput {
  const g = galatPertama(x, b);
  if (g) return g;
  if (kosongSel(x) || kosongSel(b)) return null;
  if (b === 0) return new KError('DIV0', 'penyebut 0');
  return ((x as number) / (b as number)) * 100;
}

/** "kontrak > pagu" style check: text when both are numbers and a > b, else blank. */
function rCek(a: string, b: string, pesan: string): string {
  return `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),IF(${a}>${b},${teksRumus(pesan)},""),"")`;
}
function hCek(a: CellOutput, b: CellOutput, pesan: string): CellOutput {
  return typeof a === 'number' && typeof b === 'number' && a > b ? pesan : null;
}

const kataJumlah = (k: string): string => `OR(${KATA_JUMLAH.map((w) => `LOWER(${k})=${teksRumus(w)}`).join(',')})`;

export const PESAN_CEK = {
  kontrak: 'kontrak > pagu (salah ketik ×10?)',
  pdn: 'PDN > kontrak',
  umk: 'UMK > kontrak',
  tanggal: 'penetapan sebelum pengumuman',
  batal: 'batal karena anggaran',
} as const;

/** The KP cell copying a Paket text column (trimmed). */
const kolomTeks = (h: HeaderKp & HeaderPaket, lebar: number): KolomKp => ({
  h,
  format: 'teks',
  lebar,
  rumus: (r) => adaPaket(r, rTeks(r.p(h))),
  hitung: (n, kp) => jikaPaket(kp, () => trimSel(teksSel(n.p(h)))),
});
const kolomAngka = (h: HeaderKp & HeaderPaket): KolomKp => ({
  h,
  format: 'rupiah',
  lebar: 115,
  rumus: (r) => adaPaket(r, rAngka(r.p(h))),
  hitung: (n, kp) => jikaPaket(kp, () => angkaSel(n.p(h))),
});
const kolomTanggal = (h: HeaderKp & HeaderPaket): KolomKp => ({
  h,
  format: 'tanggal',
  lebar: 90,
  rumus: (r) => adaPaket(r, rTanggal(r.p(h))),
  hitung: (n, kp) => jikaPaket(kp, () => tanggalSel(n.p(h))),
});

export const KOLOM_KP: readonly KolomKp[] = [
  { h: 'No', format: 'bilangan', lebar: 40, rumus: null, hitung: () => null },
  {
    h: 'Kode paket',
    format: 'teks',
    lebar: 110,
    ket: 'Kode paket, atau "RUP <kode>" selama paket baru ada di SiRUP. Baris Jumlah/Total yang diketik bukan paket.',
    rumus: (r) => {
      const k = rTeks(r.p('Kode paket'));
      const rup = rTeks(r.p('Kode RUP'));
      return `IF(${kataJumlah(k)},"",IF(${k}<>"",${k},IF(${rup}<>"","RUP "&${rup},"")))`;
    },
    hitung: (n) => {
      const k = trimSel(teksSel(n.p('Kode paket')));
      if ((KATA_JUMLAH as readonly string[]).includes(k.toLowerCase())) return null;
      if (k !== '') return k;
      const rup = trimSel(teksSel(n.p('Kode RUP')));
      return rup !== '' ? `RUP ${rup}` : null;
    },
  },
  kolomTeks('Nama paket', 240),
  kolomTeks('OPD', 160),
  kolomTeks('Metode pemilihan', 120),
  kolomTeks('Jenis pengadaan', 120),
  kolomTeks('Status', 90),
  kolomTeks('Area strategis', 80),
  kolomAngka('Pagu'),
  kolomAngka('HPS'),
  kolomAngka('Nilai kontrak'),
  {
    h: 'Efisiensi pagu (Rp)',
    format: 'rupiah',
    lebar: 115,
    ket: 'Pagu − nilai kontrak.',
    rumus: (r) => adaPaket(r, rSelisih(r.kp('Pagu'), r.kp('Nilai kontrak'))),
    hitung: (_n, kp) => jikaPaket(kp, () => hSelisih(kp('Pagu'), kp('Nilai kontrak'))),
  },
  {
    h: 'Efisiensi pagu (%)',
    format: 'persen',
    lebar: 80,
    ket: '(Pagu − nilai kontrak) / pagu × 100.',
    rumus: (r) => adaPaket(r, rPersen(r.kp('Efisiensi pagu (Rp)'), r.kp('Pagu'))),
    hitung: (_n, kp) => jikaPaket(kp, () => hPersen(kp('Efisiensi pagu (Rp)'), kp('Pagu'))),
  },
  {
    h: 'Efisiensi HPS (Rp)',
    format: 'rupiah',
    lebar: 115,
    ket: 'HPS − nilai kontrak.',
    rumus: (r) => adaPaket(r, rSelisih(r.kp('HPS'), r.kp('Nilai kontrak'))),
    hitung: (_n, kp) => jikaPaket(kp, () => hSelisih(kp('HPS'), kp('Nilai kontrak'))),
  },
  {
    h: 'Efisiensi HPS (%)',
    format: 'persen',
    lebar: 80,
    ket: '(HPS − nilai kontrak) / HPS × 100.',
    rumus: (r) => adaPaket(r, rPersen(r.kp('Efisiensi HPS (Rp)'), r.kp('HPS'))),
    hitung: (_n, kp) => jikaPaket(kp, () => hPersen(kp('Efisiensi HPS (Rp)'), kp('HPS'))),
  },
  {
    h: 'Penawaran thd HPS (%)',
    format: 'persen',
    lebar: 85,
    ket: 'Nilai terkoreksi (atau nilai kontrak bila kosong) / HPS × 100. Di bawah 80 %: jaminan pelaksanaan dihitung dari HPS (Perpres 16/2018 Pasal 26).',
    rumus: (r) => {
      const t = r.p('Nilai terkoreksi');
      const pw = `IF(ISNUMBER(${t}),${t},${r.kp('Nilai kontrak')})`;
      return adaPaket(r, rPersen(pw, r.kp('HPS')));
    },
    hitung: (n, kp) =>
      jikaPaket(kp, () => {
        const t = n.p('Nilai terkoreksi');
        const pw = typeof t === 'number' ? t : kp('Nilai kontrak');
        return hPersen(pw, kp('HPS'));
      }),
  },
  kolomAngka('Nilai PDN'),
  kolomAngka('Nilai UMK'),
  kolomTanggal('Tgl rencana pemilihan'),
  kolomTanggal('Tgl buat paket'),
  kolomTanggal('Tgl pengumuman'),
  kolomTanggal('Tgl penetapan pemenang'),
  kolomTanggal('Tgl kontrak'),
  {
    h: 'Durasi pemilihan (hari)',
    format: 'bilangan',
    lebar: 75,
    ket: 'Tgl penetapan pemenang − tgl pengumuman (hari kalender).',
    rumus: (r) => adaPaket(r, rSelisih(r.kp('Tgl penetapan pemenang'), r.kp('Tgl pengumuman'))),
    hitung: (_n, kp) => jikaPaket(kp, () => hSelisih(kp('Tgl penetapan pemenang'), kp('Tgl pengumuman'))),
  },
  {
    h: 'Batas waktu',
    format: 'tanggal',
    lebar: 90,
    ket: 'Tgl rencana pemilihan (RUP); bila kosong: tgl pengumuman + standar waktu metode (Pengaturan UKPBJ).',
    rumus: (r) => {
      const m = `MATCH(${r.kp('Metode pemilihan')},${r.setelan.standarMetode},0)`;
      const hari = `IFERROR(IF(EXACT(UPPER(INDEX(${r.setelan.standarMetode},${m})),UPPER(${r.kp('Metode pemilihan')})),IF(ISNUMBER(INDEX(${r.setelan.standarHari},${m})),INDEX(${r.setelan.standarHari},${m}),""),""),"")`;
      const ren = r.kp('Tgl rencana pemilihan');
      const umum = r.kp('Tgl pengumuman');
      return adaPaket(r, `IF(${ren}<>"",${ren},IF(${umum}="","",IF(${hari}="","",${umum}+${hari})))`);
    },
    hitung: (n, kp) =>
      jikaPaket(kp, () => {
        const ren = kp('Tgl rencana pemilihan');
        if (isKError(ren)) return ren;
        if (!kosongSel(ren)) return ren;
        const umum = kp('Tgl pengumuman');
        if (isKError(umum)) return umum;
        if (kosongSel(umum)) return null;
        const metode = String(kp('Metode pemilihan') ?? '').toUpperCase();
        const baris = n.setelan.standar.find(([m]) => !kosongSel(m) && !isKError(m) && teksSel(m).toUpperCase() === metode);
        const hari = baris?.[1];
        return typeof hari === 'number' ? (umum as number) + hari : null;
      }),
  },
  {
    h: 'Tepat waktu',
    format: 'tanda',
    lebar: 70,
    ket: '1 bila tgl penetapan pemenang tidak melewati batas waktu, 0 bila melewati; kosong bila tanggal atau batasnya belum ada.',
    rumus: (r) => {
      const t = r.kp('Tgl penetapan pemenang');
      const b = r.kp('Batas waktu');
      return adaPaket(r, `IF(OR(${t}="",${b}=""),"",IF(${t}<=${b},1,0))`);
    },
    hitung: (_n, kp) =>
      jikaPaket(kp, () => {
        const t = kp('Tgl penetapan pemenang');
        const b = kp('Batas waktu');
        const g = galatPertama(t, b);
        if (g) return g;
        if (kosongSel(t) || kosongSel(b)) return null;
        return (t as number) <= (b as number) ? 1 : 0;
      }),
  },
  {
    h: 'Gagal/batal',
    format: 'tanda',
    lebar: 70,
    ket: '1 bila status Gagal/Batal, 0 bila Selesai, kosong selama berlangsung.',
    rumus: (r) => {
      const s = `LOWER(${r.kp('Status')})`;
      return adaPaket(r, `IF(OR(LEFT(${s},5)="gagal",LEFT(${s},5)="batal"),1,IF(${s}="selesai",0,""))`);
    },
    hitung: (_n, kp) =>
      jikaPaket(kp, () => {
        const s = teksSel(kp('Status')).toLowerCase();
        if (s.slice(0, 5) === 'gagal' || s.slice(0, 5) === 'batal') return 1;
        return s === 'selesai' ? 0 : null;
      }),
  },
  {
    h: 'Tender ulang',
    format: 'tanda',
    lebar: 70,
    ket: '1 bila versi tender 2 atau lebih, atau ada kode tender sebelumnya.',
    rumus: (r) => {
      const v = r.p('Versi');
      return adaPaket(r, `IF(OR(AND(ISNUMBER(${v}),${v}>1),${rTeks(r.p('Kode tender sebelumnya'))}<>""),1,0)`);
    },
    hitung: (n, kp) =>
      jikaPaket(kp, () => {
        const v = n.p('Versi');
        return (typeof v === 'number' && v > 1) || trimSel(teksSel(n.p('Kode tender sebelumnya'))) !== '' ? 1 : 0;
      }),
  },
  {
    h: 'E-kontrak',
    format: 'tanda',
    lebar: 70,
    ket: '1 bila No kontrak (e-Kontrak) terisi.',
    rumus: (r) => adaPaket(r, `IF(${rTeks(r.p('No kontrak'))}<>"",1,0)`),
    hitung: (n, kp) => jikaPaket(kp, () => (trimSel(teksSel(n.p('No kontrak'))) !== '' ? 1 : 0)),
  },
  {
    h: 'Disanggah',
    format: 'tanda',
    lebar: 70,
    ket: '1 bila jumlah sanggah lebih dari 0; kosong bila belum diisi.',
    rumus: (r) => {
      const s = r.p('Jumlah sanggah');
      return adaPaket(r, `IF(${s}="","",IF(ISNUMBER(${s}),IF(${s}>0,1,0),${V}))`);
    },
    hitung: (n, kp) =>
      jikaPaket(kp, () => {
        const s = angkaSel(n.p('Jumlah sanggah'));
        if (isKError(s) || s === null) return s;
        return (s as number) > 0 ? 1 : 0;
      }),
  },
  {
    h: 'Cek kontrak',
    format: 'teks',
    lebar: 150,
    rumus: (r) => adaPaket(r, rCek(r.kp('Nilai kontrak'), r.kp('Pagu'), PESAN_CEK.kontrak)),
    hitung: (_n, kp) => jikaPaket(kp, () => hCek(kp('Nilai kontrak'), kp('Pagu'), PESAN_CEK.kontrak)),
  },
  {
    h: 'Cek PDN',
    format: 'teks',
    lebar: 100,
    rumus: (r) => adaPaket(r, rCek(r.kp('Nilai PDN'), r.kp('Nilai kontrak'), PESAN_CEK.pdn)),
    hitung: (_n, kp) => jikaPaket(kp, () => hCek(kp('Nilai PDN'), kp('Nilai kontrak'), PESAN_CEK.pdn)),
  },
  {
    h: 'Cek UMK',
    format: 'teks',
    lebar: 100,
    rumus: (r) => adaPaket(r, rCek(r.kp('Nilai UMK'), r.kp('Nilai kontrak'), PESAN_CEK.umk)),
    hitung: (_n, kp) => jikaPaket(kp, () => hCek(kp('Nilai UMK'), kp('Nilai kontrak'), PESAN_CEK.umk)),
  },
  {
    h: 'Cek tanggal',
    format: 'teks',
    lebar: 150,
    rumus: (r) => adaPaket(r, rCek(r.kp('Tgl pengumuman'), r.kp('Tgl penetapan pemenang'), PESAN_CEK.tanggal)),
    hitung: (_n, kp) => jikaPaket(kp, () => hCek(kp('Tgl pengumuman'), kp('Tgl penetapan pemenang'), PESAN_CEK.tanggal)),
  },
  {
    h: 'Batal anggaran',
    format: 'teks',
    lebar: 130,
    ket: 'Gagal/batal yang keterangannya menyebut "anggaran": dikecualikan dari indikator gagal, kecuali Pengaturan UKPBJ berkata Ya.',
    rumus: (r) => {
      const ket = `LOWER(${r.p('Keterangan')}&"")`;
      return adaPaket(r, `IF(AND(${r.kp('Gagal/batal')}=1,UPPER(TRIM(${r.setelan.batalAnggaran}&""))<>"YA",${rumusMemuat(ket, '"anggaran"')}),${teksRumus(PESAN_CEK.batal)},"")`);
    },
    hitung: (n, kp) =>
      jikaPaket(kp, () => {
        const g = kp('Gagal/batal');
        if (isKError(g)) return g;
        const ya = trimSel(teksSel(n.setelan.batalAnggaran)).toUpperCase() === 'YA';
        return g === 1 && !ya && teksSel(n.p('Keterangan')).toLowerCase().includes('anggaran') ? PESAN_CEK.batal : null;
      }),
  },
  {
    h: 'Area (kunci)',
    format: 'teks',
    lebar: 90,
    ket: 'Kode area strategis tanpa spasi, diapit titik koma: dipakai saringan lingkup.',
    rumus: (r) => adaPaket(r, `";"&UPPER(SUBSTITUTE(SUBSTITUTE(${r.p('Area strategis')}&""," ",""),",",";"))&";"`),
    hitung: (n, kp) => jikaPaket(kp, () => `;${teksSel(n.p('Area strategis')).replace(/ /g, '').replace(/,/g, ';').toUpperCase()};`),
  },
];

export const KOLOM_KP_PER_HEADER = new Map<HeaderKp, KolomKp>(KOLOM_KP.map((k) => [k.h, k]));

/** The whole KP row as the host would show it, computed by core (the twin of the row's formulas). */
export function hitungBarisKp(n: NilaiBarisPaket): Record<HeaderKp, CellOutput> {
  const hasil = {} as Record<HeaderKp, CellOutput>;
  const sedang = new Set<HeaderKp>();
  const kp = (h: HeaderKp): CellOutput => {
    if (h in hasil) return hasil[h];
    if (sedang.has(h)) throw new Error(`kolom Kinerja Paket "${h}" merujuk dirinya sendiri`);
    sedang.add(h);
    const v = (KOLOM_KP_PER_HEADER.get(h) as KolomKp).hitung(n, kp);
    hasil[h] = v;
    return v;
  };
  for (const k of KOLOM_KP) kp(k.h);
  return hasil;
}

// ---------------------------------------------------------------------------
// Besaran: the per-paket quantities an indicator's formula can name

export interface Besaran {
  nama: string;
  /** The KP column holding it (null: the constant 1 of "Paket"). */
  kolom: HeaderKp | null;
  /** Values 1/0 (a flag): counted by PERSEN_HITUNG. */
  tanda: boolean;
  /** KP check columns whose text excludes the paket (the text is the reason). */
  kecuali: HeaderKp[];
}

export const BESARAN: readonly Besaran[] = [
  { nama: 'Pagu', kolom: 'Pagu', tanda: false, kecuali: [] },
  { nama: 'HPS', kolom: 'HPS', tanda: false, kecuali: [] },
  { nama: 'Nilai kontrak', kolom: 'Nilai kontrak', tanda: false, kecuali: ['Cek kontrak'] },
  { nama: 'Efisiensi pagu (Rp)', kolom: 'Efisiensi pagu (Rp)', tanda: false, kecuali: ['Cek kontrak'] },
  { nama: 'Efisiensi HPS (Rp)', kolom: 'Efisiensi HPS (Rp)', tanda: false, kecuali: ['Cek kontrak'] },
  { nama: 'Efisiensi pagu (%)', kolom: 'Efisiensi pagu (%)', tanda: false, kecuali: ['Cek kontrak'] },
  { nama: 'Efisiensi HPS (%)', kolom: 'Efisiensi HPS (%)', tanda: false, kecuali: ['Cek kontrak'] },
  { nama: 'Penawaran thd HPS (%)', kolom: 'Penawaran thd HPS (%)', tanda: false, kecuali: ['Cek kontrak'] },
  { nama: 'Nilai PDN', kolom: 'Nilai PDN', tanda: false, kecuali: ['Cek PDN', 'Cek kontrak'] },
  { nama: 'Nilai UMK', kolom: 'Nilai UMK', tanda: false, kecuali: ['Cek UMK', 'Cek kontrak'] },
  { nama: 'Durasi pemilihan (hari)', kolom: 'Durasi pemilihan (hari)', tanda: false, kecuali: ['Cek tanggal'] },
  { nama: 'Tepat waktu', kolom: 'Tepat waktu', tanda: true, kecuali: ['Cek tanggal'] },
  { nama: 'Gagal/batal', kolom: 'Gagal/batal', tanda: true, kecuali: ['Batal anggaran'] },
  { nama: 'Tender ulang', kolom: 'Tender ulang', tanda: true, kecuali: [] },
  { nama: 'E-kontrak', kolom: 'E-kontrak', tanda: true, kecuali: [] },
  { nama: 'Disanggah', kolom: 'Disanggah', tanda: true, kecuali: [] },
  { nama: 'Paket', kolom: null, tanda: true, kecuali: [] },
];

/** The date columns an indicator can assign a paket to a period by. */
export const TANGGAL_PERIODE: readonly HeaderKp[] = ['Tgl pengumuman', 'Tgl penetapan pemenang', 'Tgl kontrak', 'Tgl rencana pemilihan', 'Tgl buat paket'];

export function cariBesaran(nama: string): Besaran | undefined {
  const n = trimSel(nama).toLowerCase();
  return BESARAN.find((b) => b.nama.toLowerCase() === n);
}
