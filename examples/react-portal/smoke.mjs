// A smoke check of the built page in Chromium: what type-checking cannot see is whether React
// really hands the elements their properties and hears their events. Serves this folder, opens
// the page, picks a case, takes an action, switches to English; fails on any page error.
// Run after build.mjs (check:example runs both).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const server = createServer(async (request, response) => {
  const path = normalize(new URL(request.url, 'http://localhost').pathname).replace(/^[/\\]+/, '');
  const file = path === '' ? 'index.html' : path;
  try {
    const body = await readFile(join(here, file));
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((listening) => server.listen(0, '127.0.0.1', listening));

const errors = [];
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);

  // The first person (陈丽, a grid worker) sees the cases of her village: the provider's
  // engine and actor arrived as properties.
  const rows = page.locator('cg-case-list [part~="row"]');
  await rows.filter({ hasText: '代办高龄津贴申请' }).click();
  // `oncg-select` heard the pick: the detail shows that case.
  const detail = page.locator('cg-case-detail');
  await detail.locator('[part~="title"]', { hasText: '代办高龄津贴申请' }).waitFor();

  // `oncg-performed` heard the action: the status line says what it did.
  await detail.getByRole('button', { name: '办结', exact: true }).click();
  await detail.getByLabel('办理结果').fill('已提交乡镇审核。');
  await detail.locator('[part~="submit"]').click();
  // The page's own status line (the elements announce in live regions of their own).
  const status = page.locator('cg-provider > p[role="status"]');
  await status.filter({ hasText: '已执行“办结”' }).waitFor();

  // English: the page's words, the elements' and the status line follow.
  await page.getByLabel('语言').selectOption('en');
  await status.filter({ hasText: 'Done: “Complete”' }).waitFor();
  await page.locator('cg-case-list [part~="count"]', { hasText: 'cases' }).waitFor();
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== 'en') throw new Error(`<html lang> is ${lang}, not en`);
} catch (error) {
  errors.push(error instanceof Error ? error.message : String(error));
} finally {
  await browser.close();
  server.close();
}

if (errors.length > 0) {
  console.error(`examples/react-portal smoke check failed:\n${errors.join('\n')}`);
  process.exit(1);
}
console.log('examples/react-portal: the page renders, picks a case, performs, switches language');
