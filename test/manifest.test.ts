/** The manifests parse and point at what the build actually wrote. */
import fs from 'fs';
import path from 'path';
import { XMLParser } from 'fast-xml-parser';
import { DIST } from './helpers/bundles';
import { FUNCTIONS } from '../core/functions';

const ROOT = path.join(__dirname, '..');
const BASE = 'https://localhost:3000/';

describe('manifest Excel (dist/excel/manifest.xml)', () => {
  const xml = fs.readFileSync(path.join(DIST, 'excel', 'manifest.xml'), 'utf8');
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true });
  const doc = parser.parse(xml);
  const app = doc.OfficeApp;
  const host = app.VersionOverrides.Hosts.Host;
  const res = app.VersionOverrides.Resources;
  const list = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);
  const urls = Object.fromEntries(list(res.Urls.Url).map((u: Record<string, string>) => [u['@id'], u['@DefaultValue']]));
  const short = Object.fromEntries(list(res.ShortStrings.String).map((u: Record<string, string>) => [u['@id'], u['@DefaultValue']]));
  const images = Object.fromEntries(list(res.Images.Image).map((u: Record<string, string>) => [u['@id'], u['@DefaultValue']]));

  const builtFile = (url: string): string => {
    expect(url.startsWith(BASE)).toBe(true);
    return path.join(DIST, 'excel', url.slice(BASE.length));
  };

  test('menyatakan runtime bersama (SharedRuntime, lifetime long) untuk panel dan fungsi', () => {
    expect(app.Requirements.Sets.Set['@Name']).toBe('SharedRuntime');
    expect(host.Runtimes.Runtime['@lifetime']).toBe('long');
    expect(host.Runtimes.Runtime['@resid']).toBe('Taskpane.Url');
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(cf['@type']).toBe('CustomFunctions');
    expect(cf.Page.SourceLocation['@resid']).toBe('Taskpane.Url');
    expect(host.DesktopFormFactor.FunctionFile['@resid']).toBe('Taskpane.Url');
  });

  test('satu panel tugas di runtime bersama: setiap aksi ShowTaskpane membawa TaskpaneId yang sama dan halaman runtime', () => {
    // Microsoft's shared-runtime guide: one task pane per shared runtime; a task pane
    // without a TaskpaneId counts as a different one. So every ShowTaskpane action, wherever
    // it sits on the ribbon, must name the same pane and load the runtime's page.
    const aksi: Array<Record<string, unknown>> = [];
    const cari = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(cari);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        if (o.Action && (o.Action as Record<string, unknown>)['@type'] === 'ShowTaskpane') aksi.push(o.Action as Record<string, unknown>);
        Object.values(o).forEach(cari);
      }
    };
    cari(app.VersionOverrides);
    expect(aksi.length).toBeGreaterThan(0);
    const id = new Set(aksi.map((a) => a.TaskpaneId));
    expect([...id]).toEqual(['Kinerja.Taskpane']);
    for (const a of aksi) expect((a.SourceLocation as Record<string, string>)['@resid']).toBe(host.Runtimes.Runtime['@resid']);
  });

  test('namespace KINERJA', () => {
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(short[cf.Namespace['@resid']]).toBe('KINERJA');
  });

  test('URL skrip, metadata, panel dan ikon menunjuk berkas hasil build', () => {
    const cf = host.AllFormFactors.ExtensionPoint;
    const script = builtFile(urls[cf.Script.SourceLocation['@resid']]);
    const meta = builtFile(urls[cf.Metadata.SourceLocation['@resid']]);
    const page = builtFile(urls['Taskpane.Url']);
    expect(path.basename(script)).toBe('functions.js');
    expect(path.basename(meta)).toBe('functions.json');
    for (const f of [script, meta, page]) expect(fs.existsSync(f)).toBe(true);
    for (const u of Object.values(images)) expect(fs.existsSync(builtFile(u as string))).toBe(true);
    expect(fs.existsSync(builtFile(app.IconUrl['@DefaultValue']))).toBe(true);
    expect(app.DefaultSettings.SourceLocation['@DefaultValue']).toBe(urls['Taskpane.Url']);
  });

  test('taskpane.html memuat office.js, functions.js dan taskpane.js (satu runtime)', () => {
    const html = fs.readFileSync(path.join(DIST, 'excel', 'taskpane.html'), 'utf8');
    expect(html).toContain('appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(html).toMatch(/src="?functions\.js"?/);
    expect(html).toMatch(/src="?taskpane\.js"?/);
    expect(html).toMatch(/lang="?id"?/);
  });
});

describe('functions.json dari registry', () => {
  const meta = JSON.parse(fs.readFileSync(path.join(DIST, 'excel', 'functions.json'), 'utf8'));

  test('setiap fungsi registry, dengan parameter dan deskripsi Indonesia yang sama', () => {
    expect(meta.functions.map((f: { id: string }) => f.id)).toEqual(FUNCTIONS.map((f) => f.name));
    for (const f of FUNCTIONS) {
      const m = meta.functions.find((x: { id: string }) => x.id === f.name);
      expect(m.name).toBe(f.name);
      expect(m.description).toBe(f.description);
      expect(m.parameters.map((p: { name: string }) => p.name)).toEqual(f.params.map((p) => p.name));
      f.params.forEach((p, i) => {
        expect(m.parameters[i].description).toBe(p.description);
        expect(m.parameters[i].dimensionality).toBe('matrix');
        expect(Boolean(m.parameters[i].optional)).toBe(Boolean(p.optional));
      });
      expect(m.result.dimensionality).toBe('matrix');
    }
  });
});

describe('Apps Script', () => {
  test('appsscript.json hanya meminta dua cakupan', () => {
    const m = JSON.parse(fs.readFileSync(path.join(DIST, 'gas', 'appsscript.json'), 'utf8'));
    expect(m.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(m.runtimeVersion).toBe('V8');
  });

  test('.clasp.json menunjuk dist/gas, berisi Code.js, Sidebar.html dan appsscript.json', () => {
    const clasp = JSON.parse(fs.readFileSync(path.join(ROOT, '.clasp.json'), 'utf8'));
    expect(clasp.rootDir).toBe('dist/gas');
    expect(fs.readdirSync(path.join(ROOT, clasp.rootDir)).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });
});

describe('core tidak bergantung pada host', () => {
  test('tidak ada impor atau global Office/Apps Script/DOM di core/', () => {
    const dir = path.join(ROOT, 'core');
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const src = fs.readFileSync(path.join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect({ f, bad: src.match(/\b(Office|Excel|CustomFunctions|SpreadsheetApp|HtmlService|google\.script|document|window)\.\w/g) }).toEqual({ f, bad: null });
      for (const m of src.matchAll(/from\s+'([^']+)'/g)) expect({ f, imp: m[1] }).toEqual({ f, imp: expect.stringMatching(/^\.\//) });
    }
  });
});
