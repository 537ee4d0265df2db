/**
 * Golden: seed 001 (LAKIP Sekretariat Utama BPOM 2019). Tabel 5's realisasi and
 * targets, through Kinerja's own functions, must give Tabel 4.
 */
import { INDIKATOR_2019, SASARAN_2019, PERSPEKTIF_2019, PERSPEKTIF_NPS_TABEL4, ORGANISASI_NPS_2019 } from '../core/contoh2019';
import { capaian, kriteria, nps, rataRata } from '../core/formulas';
import { isKError } from '../core/values';

const round2 = (x: number): number => Math.round(x * 100) / 100;

function capaianUnrounded(): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of INDIKATOR_2019) {
    const c = capaian(i.realisasi, i.target, i.polaritas);
    if (typeof c !== 'number') throw new Error(`capaian ${i.kode} bukan angka: ${String(c)}`);
    m.set(i.kode, c);
  }
  return m;
}

function npsSasaran(no: number, cap: Map<string, number>): number {
  const items = INDIKATOR_2019.filter((i) => i.sasaranNo === no).map((i) => ({ capaian: cap.get(i.kode), bobot: i.iku ? 2 : 1 }));
  const v = nps(items);
  if (typeof v !== 'number') throw new Error('NPS bukan angka');
  return v;
}

describe('seed 001: Tabel 5 → Tabel 4', () => {
  const cap = capaianUnrounded();

  // Tabel 5 prints IK08 as 96,68 while 86,05 / 89 = 96,685: the report truncated (or
  // held an unrounded realisasi). Every other row matches to the cent; allow one cent.
  test.each(INDIKATOR_2019.map((i) => [i.kode, i.capaianTabel5]))('capaian %s = %d (Tabel 5)', (kode, expected) => {
    const diff = Math.abs(round2(cap.get(kode as string) as number) - (expected as number));
    expect(diff).toBeLessThanOrEqual(kode === 'IK08' ? 0.0100001 : 0.0000001);
  });

  test.each(SASARAN_2019.map((s) => [s.no, s.npsTabel4]))('NPS sasaran %d = %d (Tabel 4)', (no, expected) => {
    expect(round2(npsSasaran(no as number, cap))).toBeCloseTo(expected as number, 2);
  });

  test('sasaran 7 = 109,04 hanya bila capaian tidak dibulatkan dulu', () => {
    expect(round2(npsSasaran(7, cap))).toBe(109.04);
    const rounded = nps([{ capaian: 96.68, bobot: 1 }, { capaian: 115.21, bobot: 2 }]) as number;
    expect(round2(rounded)).toBe(109.03);
  });

  test('NPS per perspektif = rata-rata NPS sasarannya; organisasi = rata-rata perspektif = 106,37 (Baik)', () => {
    const perPerspektif = PERSPEKTIF_2019.map((p) => {
      const v = rataRata(SASARAN_2019.filter((s) => s.perspektif === p).map((s) => npsSasaran(s.no, cap)));
      expect(isKError(v)).toBe(false);
      return v as number;
    });
    PERSPEKTIF_2019.forEach((p, i) => expect(round2(perPerspektif[i])).toBeCloseTo(PERSPEKTIF_NPS_TABEL4[p], 2));
    const org = rataRata(perPerspektif) as number;
    expect(round2(org)).toBe(ORGANISASI_NPS_2019);
    // The report's summary calls 106,37 "Sangat Baik"; Tabel 3 puts it in Baik.
    expect(kriteria(org)).toBe('Baik');
    expect(kriteria(perPerspektif[0])).toBe('Sangat Baik');
  });

  test('bobot perspektif (pengaturan, mis. 30/25/15): NPS organisasi = Σ(bobot × NPS perspektif) / Σ bobot; tanpa bobot tetap 106,37', () => {
    const perPerspektif = PERSPEKTIF_2019.map((p) => rataRata(SASARAN_2019.filter((s) => s.perspektif === p).map((s) => npsSasaran(s.no, cap))) as number);
    const bobot = [30, 25, 15];
    const berbobot = rataRata(perPerspektif, bobot) as number;
    const dariTabel4 = PERSPEKTIF_2019.reduce((a, p, i) => a + bobot[i] * PERSPEKTIF_NPS_TABEL4[p], 0) / 70;
    expect(Math.abs(berbobot - dariTabel4)).toBeLessThanOrEqual(0.005);
    expect(round2(rataRata(perPerspektif, [null, null, null]) as number)).toBe(ORGANISASI_NPS_2019);
  });

  test('kriteria per sasaran mengikuti Tabel 3 (sasaran 10: 111,13 adalah Sangat Baik, bukan "Baik" seperti dicetak)', () => {
    for (const s of SASARAN_2019) {
      const k = kriteria(npsSasaran(s.no, cap));
      if (s.no === 10) expect(k).toBe('Sangat Baik');
      else expect(k).toBe(s.kriteriaTabel4);
    }
  });
});
