// End-to-end test of the web page as a person uses it: Debian's chromium,
// driven by playwright-core, against `searcher --serve` on loopback.
// Usage: node browser_test.mjs SEARCHER_BIN DB SCREENSHOT_DIR
// DB must hold the sample corpus, fixtures/markup.txt, fixtures/vindmoelle.pdf and
// tests/searcher/fixtures/moved (a second cluster "Midt", in Region Midtjylland,
// where Eva Sejersdal Knudsen sends afbud).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [searcherBin, db, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });

let failures = 0;
let passes = 0;
function check(name, ok, detail = '') {
  if (ok) { passes++; console.log('ok: ' + name); }
  else { failures++; console.log('FAIL: ' + name + (detail ? ' — ' + detail : '')); }
}

const server = spawn(searcherBin, ['--db', db, '--serve', '--listen', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/Serving (http:\/\/127\.0\.0\.1:\d+)\//);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error('server exited with ' + code)));
  setTimeout(() => reject(new Error('server did not start')), 15000);
});

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));

  // 1. Search.
  await page.goto(base + '/');
  await page.fill('#q', 'klyngemidler');
  await page.click('#search-form button[type=submit]');
  await page.waitForSelector('.hit');
  const titles = await page.locator('.hit h2').allTextContents();
  check('search shows "Status for klyngemidlerne"', titles.some((t) => t.includes('Status for klyngemidlerne')), titles.join(' | '));
  check('matches are highlighted with <mark>', (await page.locator('.hit mark').count()) > 0);
  check('URL holds the query', new URL(page.url()).searchParams.get('q') === 'klyngemidler', page.url());
  const originals = await page.locator('.hit a.original').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  check('each hit links to its original by id (a text: no #page)', originals.length === titles.length &&
        originals.every((h) => /^\/original\/[0-9a-f]{12}-\d+$/.test(h)), originals.join(' | '));
  const text = await page.request.get(base + originals[0]);
  check('the original of a text hit is served as text', text.status() === 200 &&
        text.headers()['content-type'].startsWith('text/plain'), text.status() + ' ' + text.headers()['content-type']);
  await page.screenshot({ path: shots + '/search.png', fullPage: true });

  // 2. Click a facet: Klynge Midt of Region Nordjylland (a "Midt" of Region
  // Midtjylland is another cluster, labelled by its region).
  const midts = await page.locator('[data-facet=cluster] .value').allTextContents();
  check('two clusters called Midt are two facet values, named by region',
        midts.includes('Midt (Region Nordjylland)') && midts.includes('Midt (Region Midtjylland)') && !midts.includes('Midt'),
        midts.join(' | '));
  await page.click('[data-facet=cluster] a:has-text("Midt (Region Nordjylland)")');
  await page.waitForFunction(() => new URL(location.href).searchParams.getAll('cluster').includes('Midt (Region Nordjylland)'));
  await page.waitForSelector('[data-facet=cluster] a.on');
  const metas = await page.locator('.hit .meta').allTextContents();
  check('facet click filters to Klynge Midt of Region Nordjylland', metas.length > 0 &&
        metas.every((m) => m.includes('Klynge Midt · Region Nordjylland')), metas.join(' | '));
  await page.screenshot({ path: shots + '/facet.png', fullPage: true });

  // 3. Open an item.
  await page.click('.hit h2 a:has-text("Status for klyngemidlerne")');
  await page.waitForSelector('.item-view');
  const headings = await page.locator('.item-view section h3').allTextContents();
  check('item view shows its sections, Beslutning first', headings[0] === 'Beslutning' && headings.includes('Sagsfremstilling'), headings.join(' | '));
  check('item view lists the meeting\'s other items', (await page.locator('.other-items li').count()) === 10);
  check('item view lists participants', (await page.locator('.participants li').count()) > 5);
  await page.screenshot({ path: shots + '/item.png', fullPage: true });

  // Back returns to the filtered search, forward to the item.
  await page.goBack();
  await page.waitForSelector('[data-facet=cluster] a.on');
  check('back returns to the filtered search', new URL(page.url()).searchParams.get('cluster') === 'Midt (Region Nordjylland)');
  await page.goForward();
  await page.waitForSelector('.item-view');
  check('forward returns to the item', new URL(page.url()).searchParams.get('view') === 'item');

  // 4. Compare view.
  await page.goto(base + '/?view=compare&q=ledelsesprogram&by=cluster');
  await page.waitForSelector('.compare .group');
  const groups = await page.locator('.compare .group h2').allTextContents();
  check('compare view shows one group per cluster', groups.includes('Fyn') && groups.includes('Midt (Region Nordjylland)'), groups.join(' | '));
  const boxes = await page.locator('.compare .group').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  check('compare groups stand side by side in columns',
        boxes.length > 1 && boxes.every((b, i) => i === 0 || (b.top === boxes[0].top && b.left > boxes[i - 1].left)),
        JSON.stringify(boxes.map((b) => [b.left, b.top])));
  await page.screenshot({ path: shots + '/compare.png', fullPage: true });

  // 5. Person view.
  await page.goto(base + '/?view=person&name=' + encodeURIComponent('Jan Mains'));
  await page.waitForSelector('.person-view');
  check('person view finds Jan Mainz from a misspelling', (await page.locator('.person-view h1').textContent()) === 'Jan Mainz');
  check('person view marks the afbud', (await page.locator('table.attendance .afbud-tag').count()) === 1);
  await page.screenshot({ path: shots + '/person-misspelt.png', fullPage: true });

  // The person view typed into its form: what the API answers is what is shown.
  await page.click('#tabs a[data-view=person]');
  await page.fill('#name', 'Eva Sejersdal Knudsen');
  await page.click('#person-form button[type=submit]');
  await page.waitForSelector('.person-view h1:has-text("Eva Sejersdal Knudsen")');
  const eva = await (await fetch(base + '/api/attendance?name=' + encodeURIComponent('Eva Sejersdal Knudsen'))).json();
  const dates = await page.locator('table.attendance tbody tr td:first-child').allTextContents();
  check('person view shows Eva Sejersdal Knudsen\'s meetings as the API answers them',
        eva.meetings.length > 0 && JSON.stringify(dates) === JSON.stringify(eva.meetings.map((m) => m.date)),
        dates.join(' | '));
  check('the URL holds the person', new URL(page.url()).searchParams.get('name') === 'Eva Sejersdal Knudsen', page.url());
  await page.screenshot({ path: shots + '/person.png', fullPage: true });

  // A meeting from the attendance list: its header, participants and items.
  await page.click('table.attendance tbody tr:first-child td:first-child a');
  await page.waitForSelector('.item-view');
  check('meeting view lists participants and the meeting\'s items',
        (await page.locator('.participants li').count()) > 0 && (await page.locator('.other-items li').count()) > 0);

  // 6. What the search understood: a Danish date becomes a removable chip.
  await page.goto(base + '/?q=' + encodeURIComponent('klyngemidler 8. februar 2024'));
  await page.waitForSelector('.date-chip');
  const chip = await page.locator('.date-chip').textContent();
  check('a Danish date in the query shows as a date chip', chip.includes('8. februar 2024') && chip.includes('2024-02-08'), chip);
  const dated = await page.locator('.hit .meta').allTextContents();
  check('the date chip filters the hits to that meeting', dated.length > 0 && dated.every((m) => m.startsWith('2024-02-08')), dated.join(' | '));
  await page.screenshot({ path: shots + '/date-chip.png', fullPage: true });
  await page.click('.date-chip a');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'klyngemidler');
  await page.waitForSelector('.hit');
  check('removing the chip searches the words alone', (await page.locator('.date-chip').count()) === 0 &&
        (await page.inputValue('#q')) === 'klyngemidler');

  // A misspelt name in the search box gives the person's attendance card.
  await page.goto(base + '/?q=' + encodeURIComponent('Eva Sejersdahl'));
  await page.waitForSelector('.attendance-card');
  const card = await page.locator('.attendance-card').textContent();
  const evaCard = (await (await fetch(base + '/api/search?q=' + encodeURIComponent('Eva Sejersdahl'))).json()).understood.people[0];
  check('a misspelt name shows the attendance card of the person', card.includes('Eva Sejersdal Knudsen') &&
        card.includes(evaCard.meetings + ' møder: ' + evaCard.attended + ' deltog, ' + evaCard.afbud + ' afbud'), card);
  await page.screenshot({ path: shots + '/attendance-card.png', fullPage: true });
  await page.click('.attendance-card h2 a');
  await page.waitForSelector('.person-view h1:has-text("Eva Sejersdal Knudsen")');
  check('the card leads to the person by id', new URL(page.url()).searchParams.get('name') === evaCard.person_id, page.url());

  // Similar items in other clusters, under an item.
  await page.goto(base + '/?q=klyngemidler');
  await page.click('.hit h2 a:has-text("Status for klyngemidlerne")');
  await page.waitForSelector('.similar .similar-group');
  const similarGroups = await page.locator('.similar-group h3').allTextContents();
  check('item view lists similar items in other clusters, not its own', similarGroups.length > 0 &&
        !similarGroups.some((g) => g.includes('Region Nordjylland') || g === 'Midt'), similarGroups.join(' | '));

  // Issue 13's examples, as a new user tries them on the page.
  // Dates as Danes write them: the meeting of that day, not mentions of it.
  for (const q of ['møde 8. februar 2024', '08-02-2024']) {
    await page.goto(base + '/?q=' + encodeURIComponent(q));
    await page.waitForSelector('.date-chip');
    const metas8 = await page.locator('.hit .meta').allTextContents();
    check(`"${q}" lists the ten items of the meeting of 8 February 2024`, metas8.length === 10 &&
          metas8.every((m) => m.startsWith('2024-02-08')) && (await page.locator('#status').textContent()).startsWith('10 resultater'),
          metas8.join(' | '));
  }
  await page.goto(base + '/?q=klyngemidler&from=' + encodeURIComponent('01-01-2024'));
  await page.waitForSelector('.hit');
  const since = await page.locator('.hit .meta').allTextContents();
  check('from 01-01-2024 is accepted and bounds the hits', (await page.locator('#status.error').count()) === 0 &&
        since.length > 0 && since.every((m) => m.slice(0, 10) >= '2024-01-01'), since.join(' | '));
  // A misspelt name in the person view.
  await page.goto(base + '/?view=person&name=' + encodeURIComponent('Eva Sejersdahl'));
  await page.waitForSelector('.person-view');
  check('person view finds Eva Sejersdal Knudsen from "Eva Sejersdahl"',
        (await page.locator('.person-view h1').textContent()) === 'Eva Sejersdal Knudsen');
  // One person across regions: her afbud in Region Midtjylland is hers, no list of two.
  await page.goto(base + '/?view=person&name=' + encodeURIComponent('Eva Sejersdal Knudsen'));
  await page.waitForSelector('.person-view');
  check('Eva Sejersdal Knudsen is one person after an afbud in another region',
        (await page.locator('.candidates').count()) === 0 && (await page.locator('table.attendance tbody tr').count()) === 5 &&
        (await page.locator('table.attendance .afbud-tag').count()) === 1);
  // People in the facet by their full name, not a shortened second one.
  await page.goto(base + '/?q=' + encodeURIComponent('forebyggelse klyngemidler'));
  await page.waitForSelector('[data-facet=person]');
  const persons = await page.locator('[data-facet=person] .value').allTextContents();
  check('the person facet shows Eva Sejersdal Knudsen once, by her full name',
        persons.filter((v) => v.startsWith('Eva Sejersdal')).join() === 'Eva Sejersdal Knudsen', persons.join(' | '));
  // Questions: items with most of the words too; compound tails count.
  await page.goto(base + '/?q=' + encodeURIComponent('anvendelse af fælles midler'));
  await page.waitForSelector('.hit');
  check('a question finds more than the items with every word', (await page.locator('.hit').count()) > 5);
  await page.goto(base + '/?q=aftale');
  await page.waitForSelector('.hit');
  const aftale = (await page.locator('.hit h2').allTextContents()).slice(0, 3);
  check('"aftale" finds the items about Sundhedsaftalen', aftale.filter((t) => t.includes('Sundhedsaftale')).length === 2,
        aftale.join(' | '));
  check('no "Mente du" when every word matched', (await page.locator('.corrected').count()) === 0);
  // --section beslutning: every snippet from the decision.
  await page.goto(base + '/?q=klyngemidler&section=beslutning');
  await page.waitForSelector('.hit');
  const labels = await page.locator('.hit .snippet .section-label').allTextContents();
  check('a section filter takes every snippet from that section', labels.length > 0 &&
        labels.length === (await page.locator('.hit').count()) && labels.every((l) => l === 'Beslutning'), labels.join(' | '));
  // Clusters within their region: "Midt" covers both, and says so; compare keeps them apart.
  await page.goto(base + '/?q=klyngemidler&cluster=Midt');
  await page.waitForSelector('.cluster-note');
  const note = await page.locator('.cluster-note').textContent();
  check('cluster Midt takes both regions\' Midt and says so', note.includes('Midt (Region Midtjylland)') &&
        note.includes('Midt (Region Nordjylland)'), note);
  await page.goto(base + '/?view=compare&q=klyngemidler&by=cluster');
  await page.waitForSelector('.compare .group');
  const columns = await page.locator('.compare .group h2').allTextContents();
  check('compare by cluster keeps the two Midt apart', columns.includes('Midt (Region Nordjylland)') &&
        columns.includes('Midt (Region Midtjylland)'), columns.join(' | '));
  const unknown = await page.request.get(base + '/api/search?q=klyngemidler&limt=5');
  check('the API refuses an unknown parameter by name', unknown.status() === 400 && (await unknown.text()).includes('limt'),
        String(unknown.status()));

  // Errors and counts in Danish.
  await page.goto(base + '/?q=klyngemidler&limit=-1');
  await page.waitForSelector('#status.error');
  const error = await page.locator('#status').textContent();
  check('a bad limit is explained in Danish', error.includes('hele tal'), error);
  await page.goto(base + '/?view=compare&q=' + encodeURIComponent('Sundhedsreform') + '&by=cluster');
  await page.waitForSelector('.compare .group');
  const status = await page.locator('#status').textContent();
  check('one group is "1 gruppe"', status === '1 gruppe', status);

  // 7. A query with HTML is shown as text, never run.
  const evil = '<img src=x onerror=alert(1)>';
  await page.goto(base + '/?q=' + encodeURIComponent(evil));
  await page.waitForSelector('#status:not(:empty)');
  await page.waitForTimeout(300);
  check('HTML in the query is not run', dialogs === 0 && (await page.locator('img').count()) === 0);
  check('HTML in the query stays text in the search box', (await page.inputValue('#q')) === evil);

  // A PDF hit links to its original at the item's page; so does its item view.
  await page.goto(base + '/?q=vindm%C3%B8lleparken');
  await page.waitForSelector('.hit a.original');
  const pdfLink = page.locator('.hit a.original').first();
  const pdfHref = await pdfLink.getAttribute('href');
  check('a PDF hit links to its original at its page', /^\/original\/[0-9a-f]{12}-2#page=2$/.test(pdfHref) &&
        (await pdfLink.textContent()) === 'Original, side 2', pdfHref);
  const pdf = await page.request.get(base + pdfHref.split('#')[0]);
  check('the original is the PDF, inline', pdf.status() === 200 && pdf.headers()['content-type'] === 'application/pdf' &&
        pdf.headers()['content-disposition'].startsWith('inline') && (await pdf.body()).subarray(0, 5).toString() === '%PDF-',
        pdf.status() + ' ' + pdf.headers()['content-type']);
  await page.click('.hit h2 a');
  await page.waitForSelector('.item-view a.original');
  check('the item view links to the original at the item\'s page',
        (await page.locator('.item-view a.original').getAttribute('href')) === pdfHref);
  const missing = await page.request.get(base + '/original/..%2f..%2fetc%2fpasswd');
  check('a path instead of an id is 404', missing.status() === 404, String(missing.status()));
  const home = await page.request.get(base + '/');
  check('the page keeps its Content-Security-Policy', (home.headers()['content-security-policy'] || '').startsWith("default-src 'self'"),
        home.headers()['content-security-policy']);

  // Document text with HTML metacharacters is shown as text, in the snippet and the item.
  await page.goto(base + '/?q=ondskabsfuldt');
  await page.waitForSelector('.hit');
  const snippet = await page.locator('.hit .snippet').first().textContent();
  check('snippet shows "a < b & c > d" as text', snippet.includes('a < b & c > d'), snippet);
  await page.click('.hit h2 a');
  await page.waitForSelector('.item-view section');
  const decision = await page.locator('.item-view section.decision p').textContent();
  check('item view shows "a < b & c > d" as text', decision.includes('a < b & c > d'), decision);
  check('no markup from documents became elements',
        dialogs === 0 && (await page.locator('main img, main script, main u').count()) === 0);
  await page.screenshot({ path: shots + '/markup.png', fullPage: true });
  check('no script errors on the page', pageErrors.length === 0, pageErrors.join(' | '));
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
console.log(`${passes} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
