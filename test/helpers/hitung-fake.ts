/**
 * Formulas of a fake host evaluated as a spreadsheet would: the whole fake
 * workbook is loaded into HyperFormula (the browser workbook's engine, with
 * Kinerja's functions) whenever the fake changed, and each formula cell shows
 * its computed value. So a cycle in the Excel or Sheets fake sees capaian,
 * kriteria and targets as a real host shows them, and Periksa and the Berita
 * Acara work from them.
 */
import type { HyperFormula, RawCellContent } from 'hyperformula';
import { DetailedCellError } from 'hyperformula';
import { buatHyperFormula } from '../../web/hyperformula-kinerja';
import { rumusDariExcel } from '../../web/xlsx';

type Cell = string | number | boolean | Date | null;

export interface LembarFake {
  name: string;
  values: Cell[][];
  formulas: string[][];
}

/** An `evaluate` option for makeFakeExcel / makeFakeSpreadsheet. */
export function penghitung(lembar: () => LembarFake[], versi: () => number): (sheet: string, formula: string, row: number, col: number) => Cell {
  let hf: HyperFormula | null = null;
  let pada = -1;
  const siap = (): HyperFormula => {
    if (hf && pada === versi()) return hf;
    if (hf) hf.destroy();
    hf = buatHyperFormula();
    const semua = lembar();
    const h = hf;
    h.batch(() => {
      for (const s of semua) h.addSheet(s.name);
      for (const s of semua) {
        const isi: RawCellContent[][] = s.values.map((row, r) =>
          row.map((v, c) => {
            const f = s.formulas[r]?.[c];
            if (f) return rumusDariExcel(f);
            if (v === '' || v === null || v === undefined) return null;
            if (v instanceof Date) return v.toISOString().slice(0, 10);
            return typeof v === 'string' && !v.startsWith("'") && /^[=+\-@]/.test(v) ? `'${v}` : (v as RawCellContent);
          }),
        );
        h.setSheetContent(h.getSheetId(s.name) as number, isi);
      }
    });
    pada = versi();
    return h;
  };
  return (sheet, _formula, row, col) => {
    const h = siap();
    const id = h.getSheetId(sheet);
    if (id === undefined) return '';
    const v = h.getCellValue({ sheet: id, row, col });
    if (v instanceof DetailedCellError) return v.value;
    if (v === null || v === undefined) return '';
    return v as Cell;
  };
}
