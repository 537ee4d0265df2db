/**
 * "Sisipkan templat": the sheets people type into, PK and Pengaturan. The views
 * (RAPK, Pengukuran, Anggaran dan Efisiensi, Renstra) are sized to the PK, so
 * they are made by "Perbarui dari PK" once the PK has indicators; with the 2019
 * example the same plan also runs that step, with the example's realisasi typed
 * where they belong (RAPK B12, Renstra's earlier years).
 *
 * The plan never touches an existing sheet, and its number of operations does
 * not depend on the number of rows.
 */
import { DAFTAR, FORMAT, SHEET } from './layout';
import { PK_KOLOM } from './pk';
import { INDIKATOR_2019, SASARAN_2019 } from './contoh2019';
import { planPengaturanBaru } from './lembar/pengaturan';
import { TOMBOL_PERBARUI, planPerbarui } from './perbarui';
import { kunciKode } from './pk';
import { rapkBlok } from './layout';
import { simulasikan } from './simulasi';
import { Plan, WorkbookSnapshot, WriteOp, WriteValue, a1, a1Range, colName, getSheet, opCetak } from './workbook';

/** The frame shared by the typed sheets (0-based rows): title, help, header on row 4, data from row 5. */
export const BARIS_HEADER = 3;
export const BARIS_DATA = 4;
/** PK rows prepared with formats and drop-downs (more can be typed below; nothing caps the PK). */
export const JUMLAH_BARIS_PK = 200;

const WARNA_HEADER = { background: '#1F4E78', fontColor: '#FFFFFF' };
const WARNA_ISIAN = '#FFF9E6';

const PKC = Object.fromEntries(PK_KOLOM.map((h, i) => [h, i])) as Record<(typeof PK_KOLOM)[number], number>;

function kolomData(col: number): string {
  return a1Range(BARIS_DATA, col, JUMLAH_BARIS_PK, 1);
}

function lembarPk(contoh: boolean): WriteOp[] {
  const s = SHEET.PK;
  const cols = PK_KOLOM.length;
  const v: WriteValue[][] = Array.from({ length: BARIS_DATA + JUMLAH_BARIS_PK }, () => Array<WriteValue>(cols).fill(null));
  v[0][0] = contoh ? 'Perjanjian Kinerja (PK): contoh Sekretariat Utama BPOM 2019 (LAKIP 2019, Tabel 1 dan 2)' : 'Perjanjian Kinerja (PK)';
  v[1][0] =
    `Satu baris per indikator; indikator satu sasaran ditulis berurutan. Perspektif dan Sasaran boleh dikosongkan bila sama dengan baris di atasnya. Bobot kosong = 2 untuk IKU, 1 untuk lainnya. Pagu ditulis pada baris pertama tiap sasaran. Penanggung jawab: unit yang melaporkan realisasi indikator (untuk lembar isian); Email PJ (boleh lebih dari satu, dipisah koma) dipakai di Google Sheets. Setelah mengisi atau mengubah PK, klik "${TOMBOL_PERBARUI}".`;
  PK_KOLOM.forEach((h, c) => (v[BARIS_HEADER][c] = h));
  const d = colName(PKC.Kode);
  const e = colName(PKC.Indikator);
  for (let i = 0; i < JUMLAH_BARIS_PK; i++) {
    const n = BARIS_DATA + i + 1;
    v[BARIS_DATA + i][PKC.No] = `=IF(AND(${d}${n}="",${e}${n}=""),"",ROW()-ROW(${colName(PKC.No)}$${BARIS_HEADER + 1}))`;
  }
  if (contoh) {
    const sudah = new Set<number>();
    INDIKATOR_2019.forEach((ind, i) => {
      const row = v[BARIS_DATA + i];
      row[PKC.Perspektif] = ind.perspektif;
      row[PKC.Sasaran] = ind.sasaran;
      row[PKC.Kode] = ind.kode;
      row[PKC.Indikator] = ind.indikator;
      row[PKC.IKU] = ind.iku ? 'Ya' : 'Tidak';
      row[PKC.Bobot] = ind.iku ? 2 : 1;
      row[PKC.Satuan] = ind.satuan;
      row[PKC.Polaritas] = ind.polaritas;
      row[PKC.Target] = ind.target;
      row[PKC['Pola target']] = ind.pola;
      if (!sudah.has(ind.sasaranNo)) {
        sudah.add(ind.sasaranNo);
        row[PKC.Pagu] = SASARAN_2019[ind.sasaranNo - 1].pagu;
      }
    });
  }
  return [
    { op: 'setValues', sheet: s, row: 0, col: 0, values: v },
    { op: 'format', sheet: s, range: 'A1', bold: true },
    { op: 'format', sheet: s, range: a1Range(BARIS_HEADER, 0, 1, cols), bold: true, wrap: true, align: 'center', ...WARNA_HEADER },
    { op: 'columnWidths', sheet: s, widths: [40, 170, 280, 60, 320, 55, 55, 70, 90, 80, 90, 130, 160, 200] },
    // Kode and Indikator stay in view while typing targets and pola (the browser grid lets the outer ones go on a narrow screen).
    { op: 'freeze', sheet: s, rows: BARIS_HEADER + 1, cols: PKC.Indikator + 1 },
    opCetak(s, BARIS_HEADER),
    { op: 'format', sheet: s, range: kolomData(PKC.Pagu), numberFormat: FORMAT.rupiah },
    // Kode is text: "01" or "1.10" typed here stays as typed (every sheet finds its rows by it).
    { op: 'format', sheet: s, range: kolomData(PKC.Kode), numberFormat: '@' },
    { op: 'format', sheet: s, range: a1Range(BARIS_DATA, PKC.Sasaran, JUMLAH_BARIS_PK, 3), wrap: true },
    { op: 'format', sheet: s, range: a1Range(BARIS_DATA, PKC.Perspektif, JUMLAH_BARIS_PK, PK_KOLOM.length - PKC.Perspektif), background: WARNA_ISIAN },
    { op: 'validationList', sheet: s, range: kolomData(PKC.Perspektif), values: DAFTAR.perspektif },
    { op: 'validationList', sheet: s, range: kolomData(PKC.IKU), values: DAFTAR.iku },
    { op: 'validationList', sheet: s, range: kolomData(PKC.Satuan), values: DAFTAR.satuan },
    { op: 'validationList', sheet: s, range: kolomData(PKC.Polaritas), values: DAFTAR.polaritas },
    { op: 'validationList', sheet: s, range: kolomData(PKC['Pola target']), values: DAFTAR.pola },
  ];
}

/** The sheet names "Sisipkan templat" creates. */
export const LEMBAR_TEMPLAT = [SHEET.PK, SHEET.PENGATURAN] as const;

export type HasilTemplat = { ok: true; plan: Plan } | { ok: false; pesan: string };

export interface OpsiTemplat {
  contoh: boolean;
  sekarang?: string;
  zonaMenit?: number;
}

/** The 2019 example's typed figures, by where they belong. */
function isianContoh(): NonNullable<Parameters<typeof planPerbarui>[1]>['isian'] {
  const rapk = new Map<string, Record<string, WriteValue>>();
  const renstra = new Map<string, Record<string, WriteValue>>();
  for (const ind of INDIKATOR_2019) {
    rapk.set(kunciKode(ind.kode), { [rapkBlok('B12')[2]]: ind.realisasi });
    renstra.set(kunciKode(ind.kode), { 'Target 2019': ind.target });
  }
  return { rapk, renstra };
}

/**
 * Plan "Sisipkan templat". Sheets that already exist are left as they are and
 * reported in `catatan`; when both exist the answer is ok:false.
 */
export function planTemplat(wb: WorkbookSnapshot, opts: OpsiTemplat): HasilTemplat {
  const baru = LEMBAR_TEMPLAT.filter((n) => !getSheet(wb, n));
  if (baru.length === 0) {
    return {
      ok: false,
      pesan: `Lembar ${LEMBAR_TEMPLAT.join(' dan ')} sudah ada. Tidak ada yang diubah. Untuk templat baru, ganti nama atau hapus salah satu lembar itu dulu; untuk memperbarui RAPK dan lembar kerja, klik "${TOMBOL_PERBARUI}".`,
    };
  }
  const catatan: string[] = [];
  for (const n of LEMBAR_TEMPLAT) if (!baru.includes(n)) catatan.push(`Lembar ${n} sudah ada: dibiarkan.`);
  const contoh = opts.contoh && baru.includes(SHEET.PK);
  if (opts.contoh && !contoh) catatan.push('Contoh LAKIP 2019 tidak diisi karena lembar PK sudah ada (contoh hanya cocok dengan PK contoh).');
  const tahun = contoh ? 2019 : new Date(opts.sekarang ?? Date.now()).getFullYear();

  const ops: WriteOp[] = baru.map((sheet) => ({ op: 'addSheet', sheet }));
  for (const n of baru) {
    if (n === SHEET.PK) ops.push(...lembarPk(contoh));
    else ops.push(...planPengaturanBaru({ tahun, host: wb.host }).ops);
  }
  let ringkasan = `Templat disisipkan: lembar ${baru.join(', ')}.`;
  const adaTampilan = [SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA, SHEET.RAPK_ARSIP].filter((n) => getSheet(wb, n));
  if (contoh && adaTampilan.length) {
    catatan.push(`Lembar ${adaTampilan.join(', ')} sudah ada, jadi RAPK dan lembar kerja contoh tidak dibuat: periksa lembar itu, lalu klik "${TOMBOL_PERBARUI}".`);
  }
  if (contoh && !adaTampilan.length) {
    // The example's views: the same "Perbarui" step a user's click runs, on the workbook as it will be.
    const r = planPerbarui(simulasikan(wb, ops), { sekarang: opts.sekarang, zonaMenit: opts.zonaMenit, isian: isianContoh() });
    if (!r.ok) return r;
    ops.push(...r.plan.ops);
    catatan.push(...r.plan.catatan.filter((c) => !/dibuat dengan pengaturan bawaan/.test(c)));
    ringkasan = `Templat disisipkan dengan contoh LAKIP Sekretariat Utama BPOM 2019: lembar ${baru.join(', ')}, RAPK (realisasi 2019 di kolom B12), Pengukuran, Anggaran dan Efisiensi, Renstra.`;
  } else {
    ops.push({ op: 'activate', sheet: baru[0] });
    ops.push({ op: 'select', sheet: baru[0], cell: baru[0] === SHEET.PK ? a1(BARIS_DATA, PKC.Perspektif) : a1(4, 1) });
    if (baru.includes(SHEET.PK)) ringkasan += ` Isi indikator di lembar PK, lalu klik "${TOMBOL_PERBARUI}": RAPK, Pengukuran, Anggaran dan Renstra dibuat sesuai jumlah indikator.`;
  }
  return { ok: true, plan: { ops, ringkasan, catatan } };
}

export { colName };
