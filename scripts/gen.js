// Build-time generators: everything host-facing that describes the functions
// comes from the one registry in core/functions.ts (compiled to build/tsc by
// `tsc -p tsconfig.build.json` before webpack runs).
const path = require('path');

function registry() {
  return require(path.join(__dirname, '..', 'build', 'tsc', 'core', 'functions.js'));
}

/**
 * Excel custom-functions metadata (functions.json).
 *
 * allowErrorForDataTypeAny is a top-level flag: with it, every parameter of type
 * `any` receives an error cell as a CustomFunctions.Error instead of Excel
 * answering its bare error without calling the function. Every Kinerja parameter
 * is `any` (a cell may hold Indonesian text, a label or nothing), so every input's
 * error reaches core, whose parseCell turns it into a KError: the cell then shows
 * #VALUE! or #N/A with the Indonesian reason (#DIV/0! and #NUM! keep their code;
 * Excel shows no message with those).
 */
function excelMetadata() {
  const { FUNCTIONS } = registry();
  return {
    allowErrorForDataTypeAny: true,
    functions: FUNCTIONS.map((f) => ({
      id: f.name,
      name: f.name,
      description: f.description,
      parameters: f.params.map((p) => ({
        name: p.name,
        description: p.description,
        type: 'any',
        dimensionality: 'matrix',
        ...(p.optional ? { optional: true } : {}),
      })),
      result: { type: 'any', dimensionality: 'matrix' },
    })),
  };
}

function jsdocLine(s) {
  return String(s).replace(/\*\//g, '* /');
}

/** Apps Script: real top-level functions with @customfunction JSDoc, calling the bundle. */
function gasStubs(libName) {
  const { FUNCTIONS } = registry();
  const { SERVER_FUNCS, GAS_ENTRY_FUNCS } = require(path.join(__dirname, '..', 'build', 'tsc', 'core', 'hostapi.js'));
  const out = ['', '// ---- Kinerja: top-level functions generated from core/functions.ts (do not edit) ----', ''];
  for (const f of FUNCTIONS) {
    const names = f.params.map((p) => p.name);
    out.push('/**');
    out.push(` * ${jsdocLine(f.description)}`);
    out.push(' *');
    for (const p of f.params) out.push(` * @param {${p.jsdocType}} ${p.name} ${jsdocLine(p.description)}`);
    out.push(` * @return ${jsdocLine(f.returns)}`);
    out.push(' * @customfunction');
    out.push(' */');
    out.push(`function ${f.name}(${names.join(', ')}) {`);
    out.push(`  return ${libName}.jalankan(${JSON.stringify(f.name)}, [${names.join(', ')}]);`);
    out.push('}');
    out.push('');
  }
  const docs = {
    onOpen: 'Menambahkan menu "Kinerja" saat spreadsheet dibuka.',
    onInstall: 'Menambahkan menu "Kinerja" saat add-on dipasang.',
    tampilkanSidebar: 'Membuka panel Kinerja di samping lembar.',
  };
  for (const name of GAS_ENTRY_FUNCS) {
    out.push(`/** ${docs[name] || name} */`);
    out.push(`function ${name}(e) {`);
    out.push(`  return ${libName}.${name}(e);`);
    out.push('}');
    out.push('');
  }
  for (const name of Object.values(SERVER_FUNCS)) {
    out.push(`/** Dipanggil panel Kinerja lewat google.script.run. */`);
    out.push(`function ${name}(a, b) {`);
    out.push(`  return ${libName}.server.${name}(a, b);`);
    out.push('}');
    out.push('');
  }
  return out.join('\n');
}

module.exports = { excelMetadata, gasStubs, registry };
