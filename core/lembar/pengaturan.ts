/**
 * The Pengaturan sheet: written whole for a new workbook, completed in place for
 * one an earlier Kinerja made (missing settings and tables are appended below
 * the last used row; nothing the user typed moves or is overwritten), and the
 * references every generated formula reads it through.
 *
 * Its computed block "Pita kriteria berlaku" turns the chosen preset (or the own
 * table) into ascending thresholds: every kriteria cell of every sheet counts
 * the thresholds at or below its capaian (core/rumus.ts rumusKriteria), so a
 * change of preset, of the own table or of a band follows everywhere at once.
 */
import { DEFAULT_PENGATURAN, KRITERIA_TABEL3, PRESET_KRITERIA, PresetKriteria } from '../settings';
import { TOLERANSI_KRITERIA } from '../formulas';
import { formatAngka } from '../values';
import { DAFTAR, PENGATURAN, PRESET_SENDIRI, SHEET, WARNA_KRITERIA } from '../layout';
import { SEMUA_PERIODE } from '../periode';
import { KAPASITAS, KunciSetelan, ModelPengaturan, labelSetelan } from '../model/pengaturan';
import { RefPengaturan, angkaRumus, rumusBatasBerlaku, teksRumus } from '../rumus';
import { HostKind, WorkbookSnapshot, WriteOp, WriteValue, a1, a1Range, colName, getSheet, opCetak, sheetRef } from '../workbook';
import { adaIsi, barisTerakhir } from '../model/lembar';

const WARNA_HEADER = { background: '#1F4E78', fontColor: '#FFFFFF' };
const WARNA_ISIAN = '#FFF9E6';
const WARNA_HITUNG = '#F2F2F2';

/** The settings in template order, with their default and their explanation. */
export const SETELAN: Array<{ kunci: KunciSetelan; bawaan: (o: OpsiPengaturan) => WriteValue; keterangan: string; daftar?: string[] }> = [
  {
    kunci: 'periode',
    bawaan: () => 'triwulan',
    keterangan: 'Periode pengukuran RAPK: triwulan (B3, B6, B9, B12), bulanan (B1–B12), semester (B6, B12) atau tahunan (B12). Setelah diubah, klik Perbarui: isian periode yang masih ada tetap, yang lain disimpan di RAPK Arsip.',
    daftar: DAFTAR.periode,
  },
  {
    kunci: 'periodeLaporan',
    bawaan: () => 'B12',
    keterangan: 'Periode yang ditampilkan Pengukuran, Anggaran dan Renstra (mis. B6 untuk laporan s.d. Juni). Kosong = periode terakhir.',
    daftar: SEMUA_PERIODE,
  },
  { kunci: 'tahun', bawaan: (o) => o.tahun, keterangan: 'Tahun Perjanjian Kinerja: kolom realisasi tahun ini di Renstra diambil dari RAPK.' },
  {
    kunci: 'presetKriteria',
    bawaan: () => PRESET_KRITERIA[0].nama,
    keterangan: `Skala kriteria: ${PRESET_KRITERIA.map((p) => p.keterangan).join(' ')} ${PRESET_SENDIRI}: tabel di bawah.`,
    daftar: [...PRESET_KRITERIA.map((p) => p.nama), PRESET_SENDIRI],
  },
  { kunci: 'batasAtas', bawaan: () => null, keterangan: 'Kosong = tanpa batas (seperti LAKIP 2019). Isi mis. 120 atau 150 untuk membatasi setiap capaian (poin persen; paling kecil 100).' },
  { kunci: 'rumusNegatif', bawaan: () => 'selisih', keterangan: 'selisih: (2T − R) / T × 100, minimal 0 (PermenPANRB 6/2022). rasio: T / R × 100.', daftar: DAFTAR.rumusNegatif },
];

export interface OpsiPengaturan {
  tahun: number;
  /** The host's form of Kinerja's function names (the cap's text fallback). */
  host: HostKind;
}

/** The own kriteria table's first content: the BPOM bands, to edit. */
function barisKriteriaSendiri(): WriteValue[][] {
  return KRITERIA_TABEL3.map((p) => [!isFinite(p.bawah) ? null : p.termasukBawah ? p.bawah : `> ${formatAngka(p.bawah)}`, p.label, WARNA_KRITERIA[p.label]?.background ?? null]);
}

function barisSkala(): WriteValue[][] {
  const out: WriteValue[][] = [];
  for (const sk of DEFAULT_PENGATURAN.skala) sk.label.forEach((l, i) => out.push([i === 0 ? sk.nama : null, l.kode, l.skor]));
  return out;
}

const EPS = angkaRumus(TOLERANSI_KRITERIA);

/** A preset band's threshold as a native expression (the same operations as ambangKriteria). */
function ambangTetap(bawah: number, ketat: boolean): string {
  if (!isFinite(bawah)) return '-(10^307)';
  const b = angkaRumus(bawah);
  return `${b}${ketat ? '+' : '-'}${EPS}*MAX(1,ABS(${b}))`;
}

/**
 * A number typed in the own table after ">" ("> 120", "> 120,5"), read without
 * the host's locale: digits, with one decimal comma, or one dot that is a
 * decimal point unless three digits follow it (1.384 is a thousand and more).
 */
function angkaTeks(s: string): string {
  const t = `SUBSTITUTE(${s},"-","")`;
  const tanda = `IF(LEFT(${s},1)="-",-1,1)`;
  const koma = `(LEN(${t})-LEN(SUBSTITUTE(${t},",","")))`;
  const titik = `(LEN(${t})-LEN(SUBSTITUTE(${t},".","")))`;
  const desimal = (sep: string): string => `(VALUE(LEFT(${t},FIND("${sep}",${t})-1))+VALUE(MID(${t},FIND("${sep}",${t})+1,50))/10^LEN(MID(${t},FIND("${sep}",${t})+1,50)))`;
  const ribuan = `AND(LEN(MID(${t},FIND(".",${t})+1,50))=3,FIND(".",${t})<=4,VALUE(LEFT(${t},FIND(".",${t})-1))>0)`;
  return `${tanda}*IF(${koma}+${titik}=0,VALUE(${t}),IF(AND(${koma}=1,${titik}=0),${desimal(',')},IF(AND(${titik}=1,${koma}=0),IF(${ribuan},VALUE(SUBSTITUTE(${t},".","")),${desimal('.')}),"#"*1)))`;
}

export interface TataPengaturan {
  /** 0-based row of each setting's label (value in column B). */
  setelan: Record<KunciSetelan, number>;
  kriteriaHeader: number;
  skalaHeader: number;
  pitaHeader: number;
}

/** References into Pengaturan for generated formulas. */
export function refPengaturan(nama: string, t: TataPengaturan): RefPengaturan {
  const s = sheetRef(nama);
  const sel = (r: number, c = 1): string => `${s}!$${colName(c)}$${r + 1}`;
  const kolom = (h: number, n: number, c0: number, c1 = c0): string => `${s}!$${colName(c0)}$${h + 2}:$${colName(c1)}$${h + 1 + n}`;
  return {
    batasAtas: sel(t.setelan.batasAtas, 3),
    rumusNegatif: sel(t.setelan.rumusNegatif),
    skalaTabel: kolom(t.skalaHeader, KAPASITAS.skala, 0, 2),
    skalaLabel: kolom(t.skalaHeader, KAPASITAS.skala, 1),
    skalaSkor: kolom(t.skalaHeader, KAPASITAS.skala, 2),
    skalaNama: kolom(t.skalaHeader, KAPASITAS.skala, 3),
    pitaAmbang: kolom(t.pitaHeader, KAPASITAS.pita, 0),
    pitaLabel: kolom(t.pitaHeader, KAPASITAS.pita, 1),
  };
}

/** The absolute reference of one setting's value cell. */
export function refSetelan(nama: string, t: TataPengaturan, k: KunciSetelan): string {
  return `${sheetRef(nama)}!$B$${t.setelan[k] + 1}`;
}

/** The computed "Skala (berlaku)" cells: each row's scale, blank meaning the one above. */
function rumusSkalaBerlaku(header: number): WriteValue[][] {
  return Array.from({ length: KAPASITAS.skala }, (_, i) => {
    const n = header + 2 + i;
    return [i === 0 ? `=IF(A${n}<>"",TRIM(A${n}),"")` : `=IF(A${n}<>"",TRIM(A${n}),D${n - 1})`];
  });
}

/**
 * The bands in force, one row per band: threshold (A), label (B), and two helper
 * columns that check the own table rises from row to row (C: the row's bound,
 * D: the last bound so far). An unreadable own table makes the thresholds errors,
 * so every kriteria shows an error rather than a wrong band.
 */
function rumusPita(t: TataPengaturan, nama: string): WriteValue[][] {
  const preset = refSetelan(nama, t, 'presetKriteria');
  const adalah = (p: PresetKriteria): string => `OR(${p.ejaan.map((e) => `TRIM(${preset})=${teksRumus(e)}`).join(',')})`;
  const sendiri = `TRIM(${preset})=${teksRumus(PRESET_SENDIRI)}`;
  const kosongPreset = `TRIM(${preset})=""`;
  const rows: WriteValue[][] = [];
  for (let i = 0; i < KAPASITAS.pita; i++) {
    const n = t.pitaHeader + 2 + i; // this row, 1-based
    const k = t.kriteriaHeader + 2 + i; // the own table's row i
    const B = `$A$${k}`;
    const L = `$B$${k}`;
    const ketatSendiri = `AND(ISTEXT(${B}),LEFT(TRIM(${B}),1)=">")`;
    const batasSendiri = `IF(ISNUMBER(${B}),${B},IF(${ketatSendiri},${angkaTeks(`TRIM(MID(TRIM(${B}),2,50))`)},"#"*1))`;
    const epsS = `${EPS}*MAX(1,ABS(C${n}))`;
    const ambangSendiri =
      `IF(AND(${B}="",${L}=""),"",IF(${L}="","#"*1,IF(${B}="",IF(${i === 0 ? 'TRUE()' : 'FALSE()'},-(10^307),"#"*1),` +
      `IF(${i === 0 ? 'FALSE()' : `AND(D${n - 1}<>"",C${n}<=D${n - 1})`},"#"*1,IF(${ketatSendiri},C${n}+${epsS},C${n}-${epsS})))))`;
    const perPreset = (f: (p: PresetKriteria) => string, fSendiri: string): string => {
      let s = `IF(${sendiri},${fSendiri},NA())`;
      for (const p of [...PRESET_KRITERIA].reverse()) s = `IF(${adalah(p)},${f(p)},${s})`;
      return `IF(${kosongPreset},${f(PRESET_KRITERIA[0])},${s})`;
    };
    const ambang = perPreset((p) => {
      const b = p.pita[i];
      return b ? ambangTetap(b.bawah, !b.termasukBawah) : '""';
    }, ambangSendiri);
    const label = perPreset((p) => (p.pita[i] ? teksRumus(p.pita[i].label) : '""'), `IF(${L}="","",IF(ISNUMBER(${L}),${L}&"",TRIM(${L})))`);
    const batas = `=IF(${sendiri},IF(AND(${B}="",${L}=""),"",IF(${B}="","",${batasSendiri})),"")`;
    const terakhir = i === 0 ? `=C${n}` : `=IF(C${n}<>"",C${n},D${n - 1})`;
    rows.push([`=${ambang}`, `=${label}`, batas, terakhir]);
  }
  return rows;
}

/** The whole sheet for a new workbook. */
export function planPengaturanBaru(opsi: OpsiPengaturan): { ops: WriteOp[]; tata: TataPengaturan } {
  const s = SHEET.PENGATURAN;
  const setelan = {} as Record<KunciSetelan, number>;
  SETELAN.forEach((x, i) => (setelan[x.kunci] = 4 + i));
  const akhirSetelan = 4 + SETELAN.length;
  const kriteriaJudul = akhirSetelan + 1;
  const t: TataPengaturan = {
    setelan,
    kriteriaHeader: kriteriaJudul + 1,
    skalaHeader: kriteriaJudul + 1 + KAPASITAS.kriteria + 3,
    pitaHeader: kriteriaJudul + 1 + KAPASITAS.kriteria + 3 + KAPASITAS.skala + 3,
  };
  const akhir = t.pitaHeader + KAPASITAS.pita + 1;
  const v: WriteValue[][] = Array.from({ length: akhir + 1 }, () => [null, null, null, null]);
  v[0][0] = 'Pengaturan Kinerja';
  v[1][0] = 'Ubah kolom Nilai (sel kuning). Rumus di lembar RAPK, Pengukuran, Anggaran dan Renstra membaca sel-sel ini secara langsung; Periksa juga memakainya.';
  v[3] = ['Pengaturan', 'Nilai', 'Keterangan', 'Berlaku'];
  for (const x of SETELAN) v[setelan[x.kunci]] = [labelSetelan(x.kunci), x.bawaan(opsi), x.keterangan, null];
  v[setelan.batasAtas][3] = rumusBatasBerlaku({ host: opsi.host, p: {} as RefPengaturan }, `B${setelan.batasAtas + 1}`);
  v[kriteriaJudul][0] = `Tabel kriteria sendiri (dipakai bila Preset kriteria = ${PRESET_SENDIRI}; juga bisa menjadi argumen skala fungsi KRITERIA)`;
  v[t.kriteriaHeader] = [...PENGATURAN.kriteriaHeader, null];
  barisKriteriaSendiri().forEach((row, i) => (v[t.kriteriaHeader + 1 + i] = [...row, null]));
  v[t.kriteriaHeader + KAPASITAS.kriteria + 1][0] =
    'Batas bawah: capaian ≥ batas; "> 120" berarti lebih dari 120; batas pertama kosong berarti tanpa batas bawah. Batas harus naik dari baris ke baris. Kolom Warna hanya keterangan.';
  v[t.skalaHeader - 1][0] = 'Skala kualitatif: capaian label = skor realisasi / skor target × 100';
  v[t.skalaHeader] = [...PENGATURAN.skalaHeader];
  barisSkala().forEach((row, i) => (v[t.skalaHeader + 1 + i] = [...row, null]));
  rumusSkalaBerlaku(t.skalaHeader).forEach((row, i) => (v[t.skalaHeader + 1 + i][3] = row[0]));
  v[t.skalaHeader + KAPASITAS.skala + 1][0] = `Baris ${t.skalaHeader + 2}–${t.skalaHeader + 1 + KAPASITAS.skala}: Skala kosong = sama dengan baris di atasnya; label tidak peka huruf besar. Kolom D dihitung.`;
  v[t.pitaHeader - 1][0] = 'Pita kriteria berlaku (dihitung dari Preset kriteria; jangan diubah: setiap rumus kriteria membaca kolom A dan B ini)';
  v[t.pitaHeader] = [...PENGATURAN.pitaHeader, 'Batas', 'Batas terakhir'];
  rumusPita(t, s).forEach((row, i) => (v[t.pitaHeader + 1 + i] = row));
  const ops: WriteOp[] = [
    { op: 'setValues', sheet: s, row: 0, col: 0, values: v },
    { op: 'format', sheet: s, range: 'A1', bold: true },
    { op: 'format', sheet: s, range: a1Range(3, 0, 1, 3), bold: true, wrap: true, align: 'center', ...WARNA_HEADER },
    { op: 'columnWidths', sheet: s, widths: [190, 150, 560, 110] },
    { op: 'freeze', sheet: s, rows: 4, cols: 0 },
    opCetak(s, null),
    ...opsTata(s, t),
  ];
  return { ops, tata: t };
}

/** Formats, drop-downs and colours of the settings and tables where `t` puts them. */
function opsTata(s: string, t: TataPengaturan): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const x of SETELAN) {
    ops.push({ op: 'format', sheet: s, range: a1(t.setelan[x.kunci], 1), background: WARNA_ISIAN, align: 'center' });
    if (x.daftar) ops.push({ op: 'validationList', sheet: s, range: a1(t.setelan[x.kunci], 1), values: x.daftar });
  }
  ops.push({ op: 'format', sheet: s, range: a1(t.setelan.tahun, 1), numberFormat: '0' });
  ops.push({ op: 'format', sheet: s, range: a1(t.setelan.batasAtas, 3), background: WARNA_HITUNG, align: 'center' });
  ops.push({ op: 'format', sheet: s, range: a1Range(t.kriteriaHeader, 0, 1, 3), bold: true, ...WARNA_HEADER });
  ops.push({ op: 'format', sheet: s, range: a1Range(t.kriteriaHeader + 1, 0, KAPASITAS.kriteria, 3), background: WARNA_ISIAN });
  ops.push({ op: 'format', sheet: s, range: a1Range(t.skalaHeader, 0, 1, 4), bold: true, ...WARNA_HEADER });
  ops.push({ op: 'format', sheet: s, range: a1Range(t.skalaHeader + 1, 0, KAPASITAS.skala, 3), background: WARNA_ISIAN });
  ops.push({ op: 'format', sheet: s, range: a1Range(t.skalaHeader + 1, 3, KAPASITAS.skala, 1), background: WARNA_HITUNG });
  ops.push({ op: 'format', sheet: s, range: a1Range(t.pitaHeader, 0, 1, 4), bold: true, ...WARNA_HEADER });
  ops.push({ op: 'format', sheet: s, range: a1Range(t.pitaHeader + 1, 0, KAPASITAS.pita, 4), background: WARNA_HITUNG });
  ops.push({ op: 'conditionalText', sheet: s, range: a1Range(t.kriteriaHeader + 1, 1, KAPASITAS.kriteria, 1), rules: aturanWarna() });
  ops.push({ op: 'conditionalText', sheet: s, range: a1Range(t.pitaHeader + 1, 1, KAPASITAS.pita, 1), rules: aturanWarna() });
  return ops;
}

export function aturanWarna(): Array<{ text: string; background: string; fontColor: string }> {
  return Object.entries(WARNA_KRITERIA).map(([text, w]) => ({ text, ...w }));
}

export type HasilPengaturan = { ok: true; ops: WriteOp[]; tata: TataPengaturan; nama: string; catatan: string[] } | { ok: false; pesan: string };

/**
 * The references for an existing Pengaturan, completing it first: settings rows,
 * the scale table's computed column and the bands-in-force block that are missing
 * are appended (below the last used row) or filled into empty cells.
 */
export function planPengaturan(wb: WorkbookSnapshot, m: ModelPengaturan, opsi: OpsiPengaturan): HasilPengaturan {
  const sheet = getSheet(wb, SHEET.PENGATURAN);
  if (!sheet || m.nama === null) {
    const baru = planPengaturanBaru(opsi);
    return { ok: true, ops: [{ op: 'addSheet', sheet: SHEET.PENGATURAN }, ...baru.ops], tata: baru.tata, nama: SHEET.PENGATURAN, catatan: [`Lembar ${SHEET.PENGATURAN} dibuat dengan pengaturan bawaan.`] };
  }
  const nama = sheet.name;
  const ops: WriteOp[] = [];
  const catatan: string[] = [];
  let bawah = barisTerakhir(sheet) + 2;
  const setelan = {} as Record<KunciSetelan, number>;
  const ditambah: string[] = [];
  for (const x of SETELAN) {
    const ada = m.setelan[x.kunci];
    if (ada) {
      setelan[x.kunci] = ada.baris;
      continue;
    }
    let nilai = x.bawaan(opsi);
    // An earlier Kinerja's "Kriteria di lembar kerja = tabel" means the own table.
    if (x.kunci === 'presetKriteria' && m.preset === 'sendiri') nilai = PRESET_SENDIRI;
    setelan[x.kunci] = bawah;
    ops.push({ op: 'setValues', sheet: nama, row: bawah, col: 0, values: [[labelSetelan(x.kunci), nilai, x.keterangan]] });
    ditambah.push(labelSetelan(x.kunci));
    bawah++;
  }
  if (ditambah.length) bawah++;
  // The cap in force, beside the cap (column D), where an earlier Kinerja left it out.
  const rb = setelan.batasAtas;
  const berlaku = rumusBatasBerlaku({ host: opsi.host, p: {} as RefPengaturan }, `B${rb + 1}`);
  const adaD = sheet.formulas?.[rb]?.[3];
  if (!(typeof adaD === 'string' && adaD.replace(/\s/g, '') === berlaku.replace(/\s/g, ''))) {
    if (m.setelan.batasAtas && adaIsi(sheet, rb, 3) && !(typeof adaD === 'string' && adaD.startsWith('='))) {
      return { ok: false, pesan: `Sel ${sheetRef(nama)}!${a1(rb, 3)} berisi data Anda, padahal Kinerja menulis batas atas yang berlaku di sana. Pindahkan isinya, lalu coba lagi.` };
    }
    ops.push({ op: 'setValues', sheet: nama, row: rb, col: 3, values: [[berlaku]] });
  }
  let kriteriaHeader = m.tabel.kriteria;
  if (kriteriaHeader < 0) {
    kriteriaHeader = bawah;
    ops.push({ op: 'setValues', sheet: nama, row: bawah, col: 0, values: [[...PENGATURAN.kriteriaHeader], ...barisKriteriaSendiri(), [null, null, null]] });
    ditambah.push('tabel kriteria sendiri');
    bawah += KAPASITAS.kriteria + 2;
  }
  let skalaHeader = m.tabel.skala;
  if (skalaHeader < 0) {
    skalaHeader = bawah;
    const isi = barisSkala();
    const rows = [[...PENGATURAN.skalaHeader] as WriteValue[], ...Array.from({ length: KAPASITAS.skala }, (_, i) => [...(isi[i] ?? [null, null, null]), rumusSkalaBerlaku(skalaHeader)[i][0]])];
    ops.push({ op: 'setValues', sheet: nama, row: bawah, col: 0, values: rows });
    ditambah.push('tabel skala kualitatif');
    bawah += KAPASITAS.skala + 2;
  } else if (!m.tabel.skalaBerlaku) {
    for (let r = skalaHeader; r <= skalaHeader + KAPASITAS.skala; r++) {
      if (adaIsi(sheet, r, 3)) return { ok: false, pesan: `Sel ${sheetRef(nama)}!${a1(r, 3)} berisi data Anda, padahal Kinerja perlu kolom D tabel skala untuk kolom "${PENGATURAN.skalaHeader[3]}". Pindahkan isinya, lalu coba lagi.` };
    }
    ops.push({ op: 'setValues', sheet: nama, row: skalaHeader, col: 3, values: [[PENGATURAN.skalaHeader[3]], ...rumusSkalaBerlaku(skalaHeader)] });
    ditambah.push(`kolom "${PENGATURAN.skalaHeader[3]}"`);
  }
  let pitaHeader = m.tabel.pita;
  const t0 = { setelan, kriteriaHeader, skalaHeader, pitaHeader };
  if (pitaHeader < 0) {
    pitaHeader = bawah + 1;
    const t: TataPengaturan = { ...t0, pitaHeader };
    ops.push({
      op: 'setValues',
      sheet: nama,
      row: bawah,
      col: 0,
      values: [['Pita kriteria berlaku (dihitung dari Preset kriteria; jangan diubah)', null, null, null], [...PENGATURAN.pitaHeader, 'Batas', 'Batas terakhir'], ...rumusPita(t, nama)],
    });
    ditambah.push('pita kriteria berlaku');
  }
  const tata: TataPengaturan = { ...t0, pitaHeader };
  if (ditambah.length) {
    ops.push(...opsTata(nama, tata));
    catatan.push(`Lembar ${nama} dilengkapi (di bawah isian Anda, tidak ada yang dipindah): ${ditambah.join(', ')}.`);
  }
  return { ok: true, ops, tata, nama, catatan };
}
