/**
 * Formulas people type themselves that call a Kinerja function over a cell
 * that is truly empty, without a guard. Excel desktop hands such a cell to a
 * custom function as 0 (office-js issues 4702 and 5262), so
 * =KINERJA.CAPAIAN(X5,Y5) over a realisasi not yet typed shows 0 ("Sangat
 * Kurang"), or 200 for a negatif indicator, where it should stay blank; Excel
 * on the web, Sheets and the browser hand it over as blank. Read here, with the
 * other raw cells, so Periksa's rules work from the model.
 */
import { CellInput, parseCell } from '../values';
import { SheetSnapshot, WorkbookSnapshot, colIndex, getSheet } from '../workbook';
import { nilaiDi, rumusDi } from './lembar';

/** The functions whose first argument is the realisasi (or capaian) a blank must not become 0 for. */
export const FUNGSI_KOSONG_NOL = ['CAPAIAN', 'KRITERIA'] as const;

export interface RumusKosongNol {
  lembar: string;
  /** The formula's cell (0-based). */
  baris: number;
  kolom: number;
  rumus: string;
  /** CAPAIAN or KRITERIA. */
  fungsi: string;
  /** The empty argument as written ("X5", "RAPK!$AF$10"). */
  ref: string;
  /** What the formula's cell shows. */
  nilai: CellInput;
}

/** Each call of one of `nama` in a formula: the name as written and its argument texts (top level only). */
export function panggilan(rumus: string, nama: readonly string[]): Array<{ fungsi: string; args: string[] }> {
  const out: Array<{ fungsi: string; args: string[] }> = [];
  const re = new RegExp(`(^|[^A-Za-z0-9_.])((?:KINERJA\\.|_xldudf_KINERJA_)?(${nama.join('|')}))\\s*\\(`, 'gi');
  const dalamTeks = teksLiteral(rumus);
  let m: RegExpExecArray | null;
  while ((m = re.exec(rumus))) {
    // The next call may start right inside this one's "(": look again from there.
    re.lastIndex = m.index + m[0].length - 1;
    const mulai = m.index + m[1].length;
    if (dalamTeks(mulai)) continue;
    const args: string[] = [];
    let depth = 0;
    let cur = '';
    let i = m.index + m[0].length;
    let selesai = false;
    for (; i < rumus.length; i++) {
      const ch = rumus[i];
      if (ch === '"') {
        // A string literal, "" escaping a quote.
        let j = i + 1;
        while (j < rumus.length && !(rumus[j] === '"' && rumus[j + 1] !== '"')) j += rumus[j] === '"' ? 2 : 1;
        cur += rumus.slice(i, j + 1);
        i = j;
        continue;
      }
      if (ch === '(' || ch === '{') depth++;
      else if (ch === ')' || ch === '}') {
        if (depth === 0) {
          selesai = true;
          break;
        }
        depth--;
      } else if ((ch === ',' || ch === ';') && depth === 0) {
        args.push(cur.trim());
        cur = '';
        continue;
      }
      cur += ch;
    }
    if (!selesai) continue;
    args.push(cur.trim());
    out.push({ fungsi: m[3].toUpperCase(), args });
  }
  return out;
}

/** Whether position i of a formula lies inside a string literal. */
function teksLiteral(rumus: string): (i: number) => boolean {
  const rentang: Array<[number, number]> = [];
  for (let i = 0; i < rumus.length; i++) {
    if (rumus[i] !== '"') continue;
    let j = i + 1;
    while (j < rumus.length && !(rumus[j] === '"' && rumus[j + 1] !== '"')) j += rumus[j] === '"' ? 2 : 1;
    rentang.push([i, j]);
    i = j;
  }
  return (i) => rentang.some(([a, b]) => i > a && i < b);
}

const REF_SEL = /^(?:'((?:[^']|'')+)'!|([A-Za-z0-9_.]+)!)?\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** A single-cell reference: its sheet (null = the formula's own) and cell, or null. */
export function bacaRefSel(teks: string): { lembar: string | null; baris: number; kolom: number; sel: string } | null {
  const m = teks.trim().match(REF_SEL);
  if (!m) return null;
  const lembar = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2] ?? null;
  return { lembar, baris: Number(m[4]) - 1, kolom: colIndex(m[3].toUpperCase()), sel: `${m[3].toUpperCase()}${m[4]}` };
}

/** The formula tests the cell for blank itself (IF(X5="",…), ISBLANK, LEN, ISNUMBER, COUNT). */
function terjaga(rumus: string, sel: string): boolean {
  const f = rumus.replace(/\s+/g, '').replace(/\$/g, '').toUpperCase();
  const ref = `(?:(?:'[^']*'|[A-Z0-9_.]+)!)?${sel}(?![0-9])`;
  const awal = `(?:^|[^A-Z0-9_.!])`;
  const pola = [`${awal}${ref}(?:=|<>)""`, `""(?:=|<>)${ref}`, `(?:ISBLANK|LEN|ISNUMBER|COUNT|COUNTA|ISTEXT)\\(${ref}\\)`];
  return pola.some((p) => new RegExp(p).test(f));
}

function kosongBenar(sheet: SheetSnapshot, r: number, c: number): boolean {
  const v = nilaiDi(sheet, r, c);
  return (v === null || v === undefined || v === '') && rumusDi(sheet, r, c) === '';
}

/** Every such formula in the sheets of the snapshot that carry formulas, whose cell shows a value. */
export function bacaKosongJadiNol(wb: WorkbookSnapshot): RumusKosongNol[] {
  const out: RumusKosongNol[] = [];
  // A quick look at each call's first argument (a plain reference, up to the first separator);
  // the full parse runs only where that reference is a truly empty cell.
  const cepat = new RegExp(`(?:^|[^A-Za-z0-9_.])(?:KINERJA\\.|_xldudf_KINERJA_)?(?:${FUNGSI_KOSONG_NOL.join('|')})\\s*\\(\\s*([^,;()"]+?)\\s*[,;)]`, 'gi');
  for (const sheet of wb.sheets) {
    const fs = sheet.formulas;
    if (!fs) continue;
    for (let r = 0; r < fs.length; r++) {
      const row = fs[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const f = row[c];
        if (typeof f !== 'string' || !f.startsWith('=')) continue;
        const nilai = nilaiDi(sheet, r, c);
        const p = parseCell(nilai);
        // Blank (or an error): the host handed the empty cell over as blank, or something else is wrong.
        if (p.kind === 'blank' || p.kind === 'error') continue;
        cepat.lastIndex = 0;
        let m: RegExpExecArray | null;
        let calon = false;
        while (!calon && (m = cepat.exec(f))) {
          const ref = bacaRefSel(m[1]);
          const di = ref ? (ref.lembar === null ? sheet : getSheet(wb, ref.lembar)) : undefined;
          calon = !!ref && !!di && kosongBenar(di, ref.baris, ref.kolom);
        }
        if (!calon) continue;
        for (const x of panggilan(f, FUNGSI_KOSONG_NOL)) {
          const ref = x.args[0] === undefined ? null : bacaRefSel(x.args[0]);
          if (!ref) continue;
          const di = ref.lembar === null ? sheet : getSheet(wb, ref.lembar);
          if (!di || !kosongBenar(di, ref.baris, ref.kolom) || terjaga(f, ref.sel)) continue;
          out.push({ lembar: sheet.name, baris: r, kolom: c, rumus: f, fungsi: x.fungsi, ref: x.args[0].trim(), nilai });
          break;
        }
      }
    }
  }
  return out;
}
