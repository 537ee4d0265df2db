/**
 * A plan applied to a snapshot in memory (values and formula text, nothing
 * computed): so one step can be planned on the workbook as an earlier step of
 * the same plan will leave it ("Sisipkan templat" with the example, then
 * "Perbarui" on those sheets).
 */
import { CellInput } from './values';
import { SheetSnapshot, WorkbookSnapshot, WriteOp, getSheet, parseA1Range } from './workbook';

export function simulasikan(wb: WorkbookSnapshot, ops: WriteOp[]): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = wb.sheets.map((s) => ({
    ...s,
    values: s.values.map((r) => [...(r ?? [])]),
    formulas: (s.formulas ?? s.values.map((r) => (r ?? []).map(() => ''))).map((r) => [...(r ?? [])]),
  }));
  const out: WorkbookSnapshot = { host: wb.host, sheets };
  const tulis = (s: SheetSnapshot, r: number, c: number, v: CellInput, f: string): void => {
    while (s.values.length <= r) s.values.push([]);
    while ((s.formulas as Array<Array<string | null>>).length <= r) (s.formulas as Array<Array<string | null>>).push([]);
    s.values[r][c] = v;
    (s.formulas as Array<Array<string | null>>)[r][c] = f;
  };
  for (const op of ops) {
    switch (op.op) {
      case 'addSheet':
        sheets.push({ name: op.sheet, values: [], formulas: [] });
        break;
      case 'deleteSheet': {
        const i = sheets.findIndex((s) => s.name.toLowerCase() === op.sheet.toLowerCase());
        if (i >= 0) sheets.splice(i, 1);
        break;
      }
      case 'renameSheet': {
        const s = getSheet(out, op.sheet);
        if (s) s.name = op.to;
        break;
      }
      case 'clear': {
        const s = getSheet(out, op.sheet);
        if (!s) break;
        const b = parseA1Range(op.range);
        for (let r = b.row; r < b.row + b.rows && r < s.values.length; r++) for (let c = b.col; c < b.col + b.cols; c++) if (s.values[r]?.[c] !== undefined) tulis(s, r, c, null, '');
        break;
      }
      case 'setValues': {
        const s = getSheet(out, op.sheet);
        if (!s) break;
        op.values.forEach((row, i) =>
          row.forEach((v, j) => {
            const f = typeof v === 'string' && v.startsWith('=') ? v : '';
            const nilai = f ? null : typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
            tulis(s, op.row + i, op.col + j, nilai, f);
          }),
        );
        break;
      }
      default:
        break;
    }
  }
  return out;
}
