/**
 * What the add-ins ship, checked against the hosts' own definitions, offline:
 * dist/excel/manifest.xml against Microsoft's manifest XSDs (xmllint),
 * dist/excel/functions.json against the custom-functions metadata schema and
 * dist/gas/appsscript.json against the Apps Script manifest schema (ajv).
 * The schemas live in ../shared/schemas beside the checkout (SOURCES.md there
 * says where each comes from); CI clones the repository beside shared/.
 * A deliberately broken copy of each file must fail its check, for the reason given.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import Ajv from 'ajv';
import { DIST } from './helpers/bundles';

const SKEMA = path.resolve(DIST, '..', '..', 'shared', 'schemas');
const XSD = path.join(SKEMA, 'office-xsd', 'OfficeAppManifestV1_1.xsd');
const SKEMA_FUNGSI = path.join(SKEMA, 'custom-functions', 'functions.strict.schema.json');
const SKEMA_GAS = path.join(SKEMA, 'appsscript', 'schemastore-appsscript.schema.json');

const baca = (...p: string[]): string => fs.readFileSync(path.join(...p), 'utf8');

/** Where xmllint is (Debian: libxml2-utils), or null. */
function cariXmllint(): string | null {
  const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return r.error ? null : 'xmllint';
}
const XMLLINT = cariXmllint();

test('skema resmi ada di ../shared/schemas di samping repositori', () => {
  for (const f of [XSD, SKEMA_FUNGSI, SKEMA_GAS]) {
    if (!fs.existsSync(f)) throw new Error(`${f} tidak ada: letakkan shared/ (dengan schemas/) di samping repositori, seperti di CI.`);
  }
});

/** xmllint's verdict on a manifest text: null when valid, else its messages. */
function galatManifest(xml: string): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-manifest-'));
  try {
    const f = path.join(dir, 'manifest.xml');
    fs.writeFileSync(f, xml);
    const r = spawnSync(XMLLINT!, ['--noout', '--schema', XSD, f], { encoding: 'utf8' });
    if (r.error) throw r.error;
    return r.status === 0 ? null : r.stderr;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A copy of `teks` with one change; the change must apply. */
function rusak(teks: string, dari: string | RegExp, jadi: string): string {
  const hasil = teks.replace(dari, jadi);
  expect(hasil).not.toBe(teks);
  return hasil;
}

if (!XMLLINT && process.env.CI) {
  // Under CI the check must run: .ci/run installs libxml2-utils.
  test('xmllint terpasang (CI)', () => {
    throw new Error('xmllint tidak ada: manifest tidak dapat divalidasi. Pasang libxml2-utils (.ci/run memasangnya).');
  });
}
if (!XMLLINT) console.warn('[schemas.test] xmllint tidak ada: validasi manifest DILEWATI (apt-get install libxml2-utils).');

(XMLLINT ? describe : describe.skip)('dist/excel/manifest.xml menurut XSD manifest Office (xmllint)', () => {
  const xml = baca(DIST, 'excel', 'manifest.xml');

  test('sah', () => {
    expect(galatManifest(xml)).toBeNull();
  });

  test.each([
    ['izin yang tidak ada (ReadWrite)', /<Permissions>ReadWriteDocument</, '<Permissions>ReadWrite<', /Permissions/],
    ['lifetime runtime yang tidak ada', 'lifetime="long"', 'lifetime="forever"', /lifetime/],
    ['Id bukan GUID', /<Id>[^<]+<\/Id>/, '<Id>kinerja</Id>', /Id/],
    ['ProviderName wajib hilang', /<ProviderName>[^<]*<\/ProviderName>/, '', /ProviderName|DefaultLocale/],
    ['elemen asing di Hosts', '<Host Name="Workbook" />', '<Host Name="Workbook" /><Tuan Name="x" />', /Tuan/],
  ])('salinan rusak ditolak: %s', (_judul, dari, jadi, alasan) => {
    const galat = galatManifest(rusak(xml, dari, jadi));
    expect(galat).toMatch(/fails to validate/);
    expect(galat).toMatch(alasan);
  });
});

/** ajv in strict mode; format "uri" and "hostname" by the platform's URL parser. */
function validator(skema: string) {
  const url = (s: string): URL | null => {
    try {
      return new URL(s);
    } catch {
      return null;
    }
  };
  const ajv = new Ajv({
    allErrors: true,
    formats: {
      uri: (s: string) => url(s) !== null,
      hostname: (s: string) => /^[a-z0-9.-]+$/i.test(s) && url(`http://${s}/`)?.hostname === s.toLowerCase(),
    },
  });
  const v = ajv.compile(JSON.parse(fs.readFileSync(skema, 'utf8')));
  return (data: unknown): string | null => (v(data) ? null : ajv.errorsText(v.errors));
}

describe('dist/excel/functions.json menurut skema metadata fungsi kustom (ajv)', () => {
  const periksa = validator(SKEMA_FUNGSI);
  const meta = JSON.parse(baca(DIST, 'excel', 'functions.json'));
  const salin = (): typeof meta => JSON.parse(JSON.stringify(meta));

  test('sah', () => {
    expect(periksa(meta)).toBeNull();
  });

  test.each([
    ['tipe parameter yang tidak ada', (m: typeof meta) => (m.functions[0].parameters[0].type = 'text'), /type/],
    ['id fungsi dengan spasi', (m: typeof meta) => (m.functions[1].id = 'CAPAIAN X'), /id/],
    ['properti asing di parameter', (m: typeof meta) => (m.functions[0].parameters[0].bawaan = 1), /additional/],
    ['allowErrorForDataTypeAny berupa teks', (m: typeof meta) => (m.allowErrorForDataTypeAny = 'true'), /allowErrorForDataTypeAny/],
    ['dimensi hasil yang tidak ada', (m: typeof meta) => (m.functions[0].result.dimensionality = 'vector'), /dimensionality/],
    ['tanpa daftar fungsi', (m: typeof meta) => delete m.functions, /functions/],
  ])('salinan rusak ditolak: %s', (_judul, ubah, alasan) => {
    const m = salin();
    ubah(m);
    expect(periksa(m)).toMatch(alasan);
  });
});

describe('dist/gas/appsscript.json menurut skema manifest Apps Script (ajv)', () => {
  const periksa = validator(SKEMA_GAS);
  const manifest = JSON.parse(baca(DIST, 'gas', 'appsscript.json'));
  const salin = (): typeof manifest => JSON.parse(JSON.stringify(manifest));

  test('sah', () => {
    expect(periksa(manifest)).toBeNull();
  });

  test.each([
    ['runtimeVersion yang tidak ada', (m: typeof manifest) => (m.runtimeVersion = 'V9'), /runtimeVersion/],
    ['cakupan OAuth bukan URI', (m: typeof manifest) => (m.oauthScopes[0] = 'spreadsheets.currentonly'), /oauthScopes/],
    ['oauthScopes bukan daftar', (m: typeof manifest) => (m.oauthScopes = m.oauthScopes[0]), /oauthScopes/],
    ['exceptionLogging yang tidak ada', (m: typeof manifest) => (m.exceptionLogging = 'CONSOLE'), /exceptionLogging/],
  ])('salinan rusak ditolak: %s', (_judul, ubah, alasan) => {
    const m = salin();
    ubah(m);
    expect(periksa(m)).toMatch(alasan);
  });
});
