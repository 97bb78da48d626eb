// npm run bench:forms — <cg-case-form> in Debian's Chromium: first render and keystroke →
// validated for largeForm(50) and largeForm(200) with precompiled validators, served under
// `Content-Security-Policy: script-src 'self'`, and the bytes a page imports for one form.
// Prints medians and p95s; targets are figures (PASS/MISS), never a failing exit code.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileStandalone } from '@casegrid/schema/standalone';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { bundleSize, kb } from '../bundle-size.mjs';
import { pageImportSize } from './page-size.mjs';
import { serve } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const sizes = [50, 200];
const counts = {
  render: { warmups: 3, runs: 15 },
  keystroke: { warmups: 5, runs: 40 },
  profile: 40,
};
const targets = {
  50: { render: 30, keystroke: 8 },
  200: { render: 100, keystroke: 16 },
  bytes: 25 * 1024,
};
const idOf = (size) => `https://casegrid.example/bench/large-form-${size}.json`;

const sorted = (list) => [...list].sort((a, b) => a - b);
const median = (list) => sorted(list)[Math.floor(list.length / 2)];
/** Nearest-rank p95. */
const p95 = (list) => sorted(list)[Math.ceil(list.length * 0.95) - 1];
const ms = (value) => value.toFixed(value < 10 ? 2 : 1);
const mark = (value, target) => (value < target ? 'PASS' : 'MISS');

/** largeForm from the elements' fixtures (TypeScript: bundled for Node first). */
async function loadFixtures(tmp) {
  const outfile = join(tmp, 'fixtures.mjs');
  await build({
    entryPoints: [join(root, 'packages/elements/fixtures/forms.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    tsconfigRaw: '{}',
    logLevel: 'silent',
  });
  return import(pathToFileURL(outfile).href);
}

/** The forms as data and one precompiled validator module per size, keyed by `$id`. */
async function writeInputs(tmp) {
  const { largeForm } = await loadFixtures(tmp);
  const forms = {};
  for (const size of sizes) {
    const form = largeForm(size);
    forms[size] = { ...form, schema: { $id: idOf(size), ...form.schema } };
    const source = await compileStandalone(
      { [idOf(size)]: forms[size].schema },
      { allErrors: true },
    );
    await writeFile(join(tmp, `validators-${size}.js`), source);
  }
  await writeFile(join(tmp, 'forms.js'), `export const forms = ${JSON.stringify(forms)};\n`);
  return forms;
}

/** Resolves the page's `bench:` imports to the files written into `tmp`. */
const benchInputs = (tmp) => ({
  name: 'bench-inputs',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^bench:/ }, (args) => ({
      path: join(tmp, `${args.path.slice('bench:'.length)}.js`),
    }));
  },
});

/** The page: page.js bundled (minified, code splitting on) from the packages' dist. */
async function buildPage(tmp) {
  const outdir = join(tmp, 'www');
  await build({
    entryPoints: [join(here, 'page.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    splitting: true,
    outdir,
    // Resolve packages as a consumer would (their dist), not through this repo's source paths.
    tsconfigRaw: '{}',
    plugins: [benchInputs(tmp)],
    logLevel: 'silent',
  });
  await writeFile(
    join(outdir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>forms bench</title><link rel="icon" href="data:,">' +
      '<body></body><script type="module" src="/page.js"></script>\n',
  );
  return outdir;
}

async function measurePage(outdir) {
  const server = await serve(outdir);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.formsBench?.ready === true, null, { timeout: 10_000 });
    const results = {};
    for (const size of sizes) {
      const render = await page.evaluate(
        ([s, c]) => window.formsBench.firstRender(s, c),
        [size, counts.render],
      );
      const text = await page.evaluate(
        ([s, c]) => window.formsBench.textKeystrokes(s, c),
        [size, counts.keystroke],
      );
      const phone = await page.evaluate(
        ([s, c]) => window.formsBench.phoneKeystrokes(s, c),
        [size, counts.keystroke],
      );
      const profile = await page.evaluate(
        ([s, n]) => window.formsBench.profile(s, n),
        [size, counts.profile],
      );
      results[size] = { render, text, phone, profile };
    }
    const violations = await page.evaluate(() => window.formsBench.violations);
    const scripts = await page.evaluate(() => window.formsBench.scripts());
    const isolated = await page.evaluate(() => window.formsBench.isolated());
    return { results, violations, errors, scripts, isolated, version: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}

function printTimings({ results, violations, errors, scripts, isolated, version }) {
  console.log(
    `\nChromium ${version} (headless, Debian build); page served with script-src 'self'; clock ${isolated ? '5 µs (cross-origin isolated)' : '100 µs (not isolated)'}`,
  );
  console.log(
    `  CSP violations: ${violations.length}${violations.length ? ` (${violations.join('; ')})` : ''}; page errors: ${errors.length}${errors.length ? ` (${errors.join('; ')})` : ''}`,
  );
  const loaded = scripts
    .filter((name) => name.endsWith('.js'))
    .map((name) => new URL(name).pathname);
  console.log(
    `  scripts fetched: ${loaded.join(', ') || '(none)'} — run-time compiler chunk not loaded`,
  );
  for (const size of sizes) {
    const { render, text, phone, profile } = results[size];
    const target = targets[size];
    const row = (label, list, limit) =>
      `  ${label.padEnd(40)} ${ms(median(list)).padStart(7)} ${ms(p95(list)).padStart(7)}   < ${String(limit).padStart(3)} ms  ${mark(median(list), limit)}`;
    console.log(
      `\nlargeForm(${size}) — ${render.fields} fields rendered; first render ${counts.render.runs} fresh elements after ${counts.render.warmups} warm-ups, keystrokes ${counts.keystroke.runs} after ${counts.keystroke.warmups}`,
    );
    console.log(
      `  ${'figure (ms)'.padEnd(40)} ${'median'.padStart(7)} ${'p95'.padStart(7)}   target     `,
    );
    console.log(row('first render (updateComplete + layout)', render.times, target.render));
    console.log(
      `  ${'  cold: first element of this size'.padEnd(40)} ${ms(render.cold).padStart(7)}`,
    );
    console.log(row('keystroke → validated, text (stays valid)', text.times, target.keystroke));
    console.log(row('keystroke → validated, phone (flips)', phone.times, target.keystroke));
    console.log(
      `  ${'  phone, with forced layout'.padEnd(40)} ${ms(median(phone.withLayout)).padStart(7)} ${ms(p95(phone.withLayout)).padStart(7)}`,
    );
    console.log(
      `  visible error followed the value: text ${text.shown}/${counts.keystroke.runs}, phone ${phone.shown}/${counts.keystroke.runs} (phone aria-invalid flipped ${phone.flips} times)`,
    );
    const outside =
      profile.formModel + profile.submittedValue + profile.validator + profile.localizeErrors;
    console.log(
      `  one keystroke's work outside Lit (medians of ${counts.profile} batches of 10): formModel ${ms(profile.formModel)}, submittedValue ${ms(profile.submittedValue)}, validator ${ms(profile.validator)}, localizeErrors ${ms(profile.localizeErrors)} (${profile.issues} issues) = ${ms(outside)} ms; the rest of a keystroke is the element (Lit render, widgets, error mapping)`,
    );
  }
}

async function printSizes(tmp) {
  const validators = join(tmp, 'validators-50.js');
  // Defines the tag itself: see the sideEffects note printed below.
  const entry = [
    "import { CaseForm } from '@casegrid/elements/case-form';",
    "if (!customElements.get('cg-case-form')) customElements.define('cg-case-form', CaseForm);",
    `export { validators } from ${JSON.stringify(validators)};`,
  ].join('\n');
  const bare = await pageImportSize("import '@casegrid/elements/case-form';");
  const withoutLit = await pageImportSize(entry, { external: ['lit', 'lit/*'] });
  const withLit = await pageImportSize(entry);
  const validatorsOnly = await bundleSize(
    `export { validators } from ${JSON.stringify(validators)};`,
  );
  const validators200 = await bundleSize(
    `export { validators } from ${JSON.stringify(join(tmp, 'validators-200.js'))};`,
  );
  const noValidators = await pageImportSize(entry.split('\n').slice(0, 2).join('\n'), {
    external: ['lit', 'lit/*'],
  });
  const formOnly = await pageImportSize(
    "export { formModel, submittedValue, withDefaults, localizeErrors, setAt, addRow, moveRow, removeRow, isCaseGridError } from '@casegrid/schema/form';",
  );
  const litOnly = await bundleSize("export { LitElement, html, css, nothing } from 'lit';");
  const unsplit = await bundleSize(entry, { external: ['lit', 'lit/*'] });
  console.log(
    '\nbundle for one form, largeForm(50) (esbuild, minified, gzip -9; code splitting on):',
  );
  console.log(
    `  (a) element + @casegrid/schema/form + validators, lit external  ${kb(withoutLit.gzipped)} gz, ${kb(withoutLit.minified)} min  (target < 25 KB gz) ${mark(withoutLit.gzipped, targets.bytes)}`,
  );
  console.log(
    `      packages: ${withoutLit.packages.join(', ')}; lazy chunk for the run-time compiler (not loaded with a precompiled validator): ${kb(withoutLit.lazyGzipped)} gz`,
  );
  console.log(
    `      of which element + form model without validators            ${kb(noValidators.gzipped)} gz, ${kb(noValidators.minified)} min; @casegrid/schema/form part alone ${kb(formOnly.gzipped)} gz`,
  );
  console.log(
    `  (b) the same including lit                                      ${kb(withLit.gzipped)} gz, ${kb(withLit.minified)} min`,
  );
  console.log(
    `  (c) the validator module alone                                  ${kb(validatorsOnly.gzipped)} gz, ${kb(validatorsOnly.minified)} min — packages: ${validatorsOnly.packages.join(', ') || '(none: self-contained)'}`,
  );
  console.log(
    `      for largeForm(200)                                          ${kb(validators200.gzipped)} gz`,
  );
  console.log(
    `  lit (LitElement, html, css, nothing) alone                      ${kb(litOnly.gzipped)} gz`,
  );
  if (bare.minified < 1024) {
    console.log(
      `  note: a bare \`import '@casegrid/elements/case-form'\` bundles to ${bare.minified} B and registers no tag: the package's sideEffects list misses the dist chunk that calls customElements.define`,
    );
  }
  console.log(
    `  (a) bundled without code splitting                              ${kb(unsplit.gzipped)} gz — packages: ${unsplit.packages.join(', ')} (the element's lazy import('@casegrid/schema') is inlined)`,
  );
}

async function main() {
  console.log(
    `casegrid forms bench — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
  );
  console.log(
    'The machine is shared (2 cores): figures are medians of repeated runs in one page; run it several times and compare medians.',
  );
  const tmp = await mkdtemp(join(os.tmpdir(), 'casegrid-forms-bench-'));
  try {
    await writeInputs(tmp);
    const outdir = await buildPage(tmp);
    printTimings(await measurePage(outdir));
    await printSizes(tmp);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
