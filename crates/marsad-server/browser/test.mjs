// The web UI in headless Chromium, as a person would use it:
//   node test.mjs BASE_URL SCREENSHOT_DIR [MARKUP_DOC_ID]
// BASE_URL is a running `marsad serve` over the example corpus. Checks that
// the map shows points over country and governorate outlines, that filtering by type changes the table, that the
// timeline filters it, that a document view highlights a quote and scrolls
// to it, that an event view shows its sources side by side, and that an
// article with markup in it shows the markup as text (nothing runs). Saves
// screenshots in SCREENSHOT_DIR. Exit code 0 when all pass.
//
// Chromium: $CHROMIUM, else /usr/bin/chromium (Debian's package).
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [base, shots, markupId] = process.argv.slice(2);
if (!base || !shots) {
  console.error('usage: node test.mjs BASE_URL SCREENSHOT_DIR [MARKUP_DOC_ID]');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`no Chromium at ${executablePath}: apt-get install chromium, or set CHROMIUM`);
  process.exit(2);
}

let passed = 0, failed = 0;
function check(ok, what) {
  if (ok) { passed++; console.log(`ok   ${what}`); } else { failed++; console.log(`FAIL ${what}`); }
}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push('page error: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
  const timeout = 15000;
  // Every view's errors go to the status line: watch it.
  const statusErrors = [];
  await page.exposeFunction('__marsadStatus', (t) => { if (t.startsWith('Error')) statusErrors.push(t); });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const s = document.getElementById('status');
      new MutationObserver(() => window.__marsadStatus(s.textContent)).observe(s, { childList: true, characterData: true, subtree: true });
    });
  });

  // Events: the map has points, the table rows.
  await page.goto(base + '/#/');
  await page.waitForSelector('#map .point', { timeout });
  const points = await page.locator('#map .point').count();
  check(points > 0, `the map shows points (${points})`);
  const outlines = await page.locator('#map .countries path').count();
  check(outlines > 100, `the map has country outlines (${outlines})`);
  // Governorate borders: drawn over the countries, beneath the points, one
  // path per country of the region, each with something to draw.
  const admin1 = await page.$eval('#map .admin1', (g) => {
    const paths = [...g.querySelectorAll('path')];
    return {
      governorates: Number(g.getAttribute('data-governorates')),
      paths: paths.length,
      drawn: paths.filter((p) => p.getTotalLength() > 0 && getComputedStyle(p).stroke !== 'none').length,
      countries: paths.map((p) => p.getAttribute('data-country')),
      after: g.previousElementSibling && g.previousElementSibling.getAttribute('class'),
      before: g.nextElementSibling && g.nextElementSibling.getAttribute('class'),
    };
  });
  check(admin1.governorates > 300 && admin1.paths >= 15 && admin1.drawn === admin1.paths,
    `the map has governorate borders (${admin1.governorates} governorates, ${admin1.drawn} of ${admin1.paths} country paths drawn)`);
  check(['SYR', 'IRQ', 'YEM', 'LBY', 'LBN', 'EGY', 'TUR'].every((c) => admin1.countries.includes(c)),
    `governorate borders for Syria, Iraq, Yemen, Libya, Lebanon, Egypt, Turkey (${admin1.countries.join(' ')})`);
  check(admin1.after === 'countries' && admin1.before === 'points', `governorates lie over the countries and beneath the points (${admin1.after} < admin1 < ${admin1.before})`);
  const rowsAll = await page.locator('#events-table tbody tr').count();
  check(rowsAll > 0, `the table lists events (${rowsAll})`);
  await page.screenshot({ path: join(shots, 'events.png'), fullPage: true });
  // Zoomed in on the busiest group of points, the governorates are still
  // there (map-governorates.png); then back to the fit.
  const counts = await page.$$eval('#map .point', (ps) => ps.map((p) => Number(p.getAttribute('data-count'))));
  const busiest = page.locator('#map .point').nth(counts.indexOf(Math.max(...counts)));
  const pb = await busiest.boundingBox();
  await page.mouse.move(pb.x + pb.width / 2, pb.y + pb.height / 2);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -100);
  await page.waitForFunction((n) => document.querySelectorAll('#map .admin1 path').length === n, admin1.paths, { timeout });
  check(true, 'zooming in keeps the governorate borders');
  await page.locator('#map').screenshot({ path: join(shots, 'map-governorates.png') });
  await page.click('#map-fit');

  // Filter by type: fewer rows, all of that type.
  const types = await page.$$eval('#f-type option', (os) => os.map((o) => o.value).filter(Boolean));
  const type = types.find((t) => t !== types[0]) || types[0];
  await page.selectOption('#f-type', type);
  await page.waitForFunction((n) => document.querySelectorAll('#events-table tbody tr').length !== n, rowsAll, { timeout });
  const rowsType = await page.locator('#events-table tbody tr').count();
  const cellTypes = await page.$$eval('#events-table tbody tr td:nth-child(2)', (tds) => tds.map((td) => td.textContent.trim()));
  check(rowsType > 0 && rowsType < rowsAll, `filtering by type ${type} changes the table (${rowsAll} → ${rowsType})`);
  check(cellTypes.every((t) => t === type), `every row is ${type}`);
  const pointsType = await page.locator('#map .point').count();
  check(pointsType > 0 && pointsType <= points, `the map follows the filter (${points} → ${pointsType} points)`);
  await page.screenshot({ path: join(shots, 'events-filtered.png'), fullPage: true });
  await page.click('#f-reset');
  await page.waitForFunction((n) => document.querySelectorAll('#events-table tbody tr').length === n, rowsAll, { timeout });

  // Timeline: clicking a bar keeps its events (the tallest bar: by day, or
  // by month when the events span years, then by day inside the month).
  for (let round = 0; round < 2; round++) {
    const bars = await page.$$eval('#timeline rect.bar', (rs) => rs.map((r) => ({ h: Number(r.getAttribute('height')), day: r.getAttribute('data-day'), end: r.getAttribute('data-end') })));
    const best = bars.reduce((a, b) => (b.h > a.h ? b : a));
    const bar = page.locator(`#timeline rect.bar[data-day="${best.day}"]`);
    const bb = await bar.boundingBox();
    const before = await page.locator('#events-table tbody tr').count();
    await page.mouse.click(bb.x + bb.width / 2, bb.y + bb.height - 2);
    await page.waitForFunction(() => !document.getElementById('tl-clear').hidden, null, { timeout });
    const dates = await page.$$eval('#events-table tbody tr td:first-child', (tds) => tds.map((td) => td.textContent.trim()));
    check(dates.length > 0 && dates.length <= before && dates.every((d) => d >= best.day && d <= best.end),
      `clicking the bar ${best.day}…${best.end} keeps its ${dates.length} events`);
    if (best.day === best.end) break;
  }
  await page.screenshot({ path: join(shots, 'events-timeline.png'), fullPage: true });
  await page.click('#tl-clear');

  // A document with a quote: the quote is highlighted, and its record scrolls to it.
  const docId = await page.evaluate(async () => {
    const ev = await (await fetch('/api/events?limit=1000')).json();
    for (const id of [...new Set(ev.items.map((e) => e.doc_id))]) {
      const rec = await (await fetch('/api/documents/' + encodeURIComponent(id))).json();
      if (rec.quotes.length) return id;
    }
    return null;
  });
  check(docId !== null, `a document with a quote (${docId})`);
  await page.goto(base + '/#/doc/' + encodeURIComponent(docId));
  await page.waitForSelector('#doc-text .quote', { timeout });
  const q = await page.evaluate(async (id) => {
    const rec = await (await fetch('/api/documents/' + encodeURIComponent(id))).json();
    const shown = Array.from(document.querySelectorAll('#doc-text .quote')).map((n) => n.textContent).join('');
    return { content: rec.quotes[0].content.text, shown, dir: document.getElementById('doc-text').getAttribute('dir'),
      ents: document.querySelectorAll('#doc-text .ent').length, triggers: document.querySelectorAll('#doc-text .trigger').length,
      times: document.querySelectorAll('#doc-text .time').length };
  }, docId);
  check(q.shown.includes(q.content), 'the quote is highlighted in the text');
  check(q.dir === 'rtl', 'the article is right-to-left');
  check(q.ents > 0 && q.triggers > 0, `entities (${q.ents}), triggers (${q.triggers}) and times (${q.times}) are highlighted`);
  await page.click('#doc-side li.rec.quote');
  await page.waitForSelector('#doc-text .quote.flash', { timeout });
  check(true, 'clicking the quote record scrolls to its evidence');
  await page.screenshot({ path: join(shots, 'document.png'), fullPage: false });

  // An event reported by several sources: the sources side by side.
  const evId = await page.evaluate(async () => {
    const c = await (await fetch('/api/clusters?min_sources=2&limit=1000')).json();
    const dis = c.items.find((x) => x.disagreement) || c.items[0];
    return dis ? dis.members[0].id : null;
  });
  check(evId !== null, `an event in a multi-source cluster (${evId})`);
  await page.goto(base + '/#/event/' + encodeURIComponent(evId));
  await page.waitForSelector('table.side-by-side', { timeout });
  const cols = await page.locator('table.side-by-side thead th').count();
  check(cols >= 3, `its sources side by side (${cols - 1} columns)`);
  const differ = await page.locator('table.side-by-side tr.differ').count();
  check(differ >= 1, `the differing figures are marked (${differ} rows)`);
  await page.screenshot({ path: join(shots, 'event.png'), fullPage: true });

  // Markup in an article is shown as text, and nothing runs.
  if (markupId) {
    // The document view keeps the last article's text until the new one is
    // in: wait for the text to change, not merely to be there.
    const before = await page.$eval('#doc-text', (n) => n.textContent);
    await page.goto(base + '/#/doc/' + encodeURIComponent(markupId));
    await page.waitForFunction((b) => { const t = document.getElementById('doc-text').textContent; return t.length > 0 && t !== b; }, before, { timeout });
    const r = await page.evaluate(() => ({
      text: document.getElementById('doc-text').textContent,
      title: document.querySelector('#doc-head h2').textContent,
      scripts: document.querySelectorAll('#doc-text script, #doc-text img, #doc-head script, #doc-head b, #doc-head i').length,
      pwned: window.__pwned,
    }));
    check(r.text.includes('<script>') && r.text.includes('<img src=x'), 'the markup in the article shows as text');
    check(r.title.includes('<script>'), 'the markup in the title shows as text');
    check(r.scripts === 0 && r.pwned === undefined && dialogs === 0, 'no element made from it, nothing ran');
    await page.screenshot({ path: join(shots, 'markup.png'), fullPage: false });
  }

  // Search: Arabic as people type it.
  await page.goto(base + '/#/');
  await page.fill('#search-input', 'بالحسكة');
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('#search-results li', { timeout });
  const hits = await page.locator('#search-results li').count();
  check(hits > 0, `searching بالحسكة finds articles (${hits})`);

  // Extract a pasted text, not stored: shown like a stored document.
  await page.goto(base + '/#/extract');
  await page.fill('#extract-text', 'قال المتحدث باسم الشرطة إن "مسلحين هاجموا حاجزاً قرب مدينة الحسكة أمس وقتلوا ثلاثة عناصر".');
  await page.fill('#extract-published', '2024-05-20');
  await page.click('#extract-form button[type=submit]');
  await page.waitForSelector('#doc-text .trigger', { timeout });
  const ex = await page.evaluate(() => ({ places: document.querySelectorAll('#doc-text .ent-place').length,
    times: document.querySelectorAll('#doc-text .time').length, quotes: document.querySelectorAll('#doc-text .quote').length }));
  check(ex.places > 0 && ex.times > 0 && ex.quotes > 0, `an extracted text is highlighted (${JSON.stringify(ex)})`);
  check((await page.locator('#doc-side a[href^="#/event/"]').count()) === 0, 'an extracted text links to no stored event');
  await page.screenshot({ path: join(shots, 'extract.png'), fullPage: false });

  // Cluster list.
  await page.goto(base + '/#/clusters');
  await page.waitForSelector('#clusters-table tbody tr', { timeout });
  check((await page.locator('#clusters-table tbody tr').count()) > 0, 'the clusters are listed');

  check(errors.length === 0, 'no errors in the page' + (errors.length ? ': ' + errors.join('; ') : ''));
  check(statusErrors.length === 0, 'no view reported an error' + (statusErrors.length ? ': ' + statusErrors.join('; ') : ''));
} catch (e) {
  failed++;
  console.log('FAIL ' + (e && e.stack ? e.stack : e));
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
