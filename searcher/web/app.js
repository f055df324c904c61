// Referatsøgning: a small page over the JSON API. All state lives in the URL,
// so every view can be bookmarked and shared. Document text is only ever put
// into the page as text (textContent), never as HTML: the minutes contain markup.
'use strict';

const LISTS = ['cluster', 'region', 'forum', 'person', 'section'];
const FACETS = [['cluster', 'Klynge'], ['region', 'Region'], ['forum', 'Forum'], ['year', 'År'],
                ['kind', 'Punkttype'], ['person', 'Personer']];
const DECISIONS = ['beslutning', 'referat'];
const SECTION_NAMES = {beslutning: 'Beslutning', referat: 'Referat', indstilling: 'Indstilling',
  sagsfremstilling: 'Sagsfremstilling', bilag: 'Bilag', 'resumé': 'Resumé', baggrund: 'Baggrund', tekst: 'Tekst'};

const $ = (id) => document.getElementById(id);

// el('a', {href: '/'}, 'text', child...) builds an element; strings become text nodes.
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function decodeEntities(s) {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (m, e) => ({amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'"})[e]);
}

// A snippet is escaped text with <mark> around matches: rebuild it as nodes.
function snippetNodes(html) {
  const out = [];
  let marked = false;
  for (const part of (html || '').split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    if (!part) continue;
    const text = decodeEntities(part);
    out.push(marked ? el('mark', {}, text) : document.createTextNode(text));
  }
  return out;
}

function state() { return new URLSearchParams(location.search); }

function urlWith(change) {
  const p = state();
  change(p);
  for (const [k, v] of [...p.entries()]) if (v === '') p.delete(k);
  const s = p.toString();
  return '/' + (s ? '?' + s : '');
}

function go(url) {
  history.pushState(null, '', url);
  render();
}

function link(url, ...children) {
  return el('a', {href: url, onclick: (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    go(url);
  }}, ...children);
}

// The API's error messages are for developers (English); the page says in
// Danish what went wrong, with the detail that the user can act on.
const ERRORS = [
  [/^unknown parameter: (.*)/, (m) => 'Ukendt parameter i adressen: ' + m[1]],
  [/must be a whole number/, () => 'Antal og side skal være hele tal (0 eller derover).'],
  [/must be at most (\d+)/, (m) => 'Der kan højst vises ' + m[1] + ' ad gangen.'],
  [/bad date "([^"]*)"/, (m) => 'Datoen "' + m[1] + '" kan ikke læses. Skriv fx 8. februar 2024, 08-02-2024 eller 2024.'],
  [/^no person matches "([^"]*)"/, (m) => 'Ingen person passer på "' + m[1] + '".'],
  [/^no document with id "([^"]*)"/, (m) => 'Punktet "' + m[1] + '" findes ikke (længere) i indekset.'],
  [/is a meeting/, () => 'Lignende punkter findes ud fra et punkt, ikke et helt møde.'],
  [/^cannot parse query/, () => 'Søgningen kan ikke læses: tjek anførselstegn og parenteser.'],
  [/expands to too many words/, () => 'Søgningen med * passer på for mange ord: skriv flere bogstaver.'],
  [/^query is too long/, () => 'Søgningen er for lang.'],
  [/^cannot compare by/, () => 'Der kan sammenlignes efter klynge, region, forum eller år.'],
  [/^no such API endpoint/, () => 'Adressen findes ikke.'],
  [/too long/, () => 'En værdi i adressen er for lang.'],
];
function danishError(status, message) {
  for (const [re, say] of ERRORS) {
    const m = re.exec(message || '');
    if (m) return say(m);
  }
  if (status === 404) return 'Ikke fundet.';
  if (status === 400) return 'Søgningen kunne ikke forstås.';
  if (status === 503) return 'Indekset kan ikke læses lige nu. Prøv igen om lidt.';
  return 'Der opstod en fejl på serveren (' + status + ').';
}

async function api(path, params) {
  const res = await fetch(path + (params ? '?' + params.toString() : ''));
  const body = await res.json().catch(() => ({error: ''}));
  if (!res.ok) {
    const err = new Error(danishError(res.status, body.error));
    err.body = body;
    throw err;
  }
  return body;
}

// "1 møde", "2 møder": Danish singular and plural.
function count(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

function setStatus(text, isError) {
  $('status').textContent = text || '';
  $('status').className = isError ? 'error' : '';
}

function meetingLine(m) {
  return [m.date, m.forum, m.cluster ? 'Klynge ' + m.cluster : null, m.region].filter(Boolean).join(' · ');
}

function sectionLabel(kind) {
  return el('span', {class: 'section-label' + (DECISIONS.includes(kind) ? ' decision' : '')},
            SECTION_NAMES[kind] || kind || '');
}

function itemTitle(item) {
  return (item.number !== null && item.number !== undefined ? 'Punkt ' + item.number + ': ' : '') + (item.title || '');
}

// A link to the original document (served from the indexed folders by the
// server, named by the item's or meeting's id), at the item's page in a PDF.
// A plain link: the browser opens the file itself.
function originalLink(id, page) {
  return el('a', {class: 'original', href: '/original/' + encodeURIComponent(id) + (page ? '#page=' + page : '')},
            page ? 'Original, side ' + page : 'Original');
}

function hitNode(hit) {
  return el('article', {class: 'hit'},
    el('h2', {}, link('/?view=item&id=' + encodeURIComponent(hit.id), itemTitle(hit.item || {}))),
    el('div', {class: 'meta'}, meetingLine(hit.meeting || {}), ' · ', originalLink(hit.id, hit.page)),
    hit.snippet ? el('p', {class: 'snippet'}, hit.section ? sectionLabel(hit.section) : null, snippetNodes(hit.snippet)) : null);
}

function facetsNode(facets, exact) {
  // Counted over a sample of the matches when there are many (facets_exact false).
  const ca = exact === false ? 'ca. ' : '';
  const p = state();
  const wrap = el('aside', {class: 'facets'});
  for (const [name, label] of FACETS) {
    const counts = Object.entries(facets[name] || {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'da'));
    if (!counts.length) continue;
    const param = name === 'year' ? null : name === 'kind' ? null : name;
    const section = el('section', {'data-facet': name}, el('h3', {}, label));
    for (const [value, n] of counts.slice(0, 15)) {
      let url, on = false;
      if (name === 'year') {
        on = p.get('from') === value + '-01-01' && p.get('to') === value + '-12-31';
        url = urlWith((q) => { q.delete('offset'); if (on) { q.delete('from'); q.delete('to'); } else { q.set('from', value + '-01-01'); q.set('to', value + '-12-31'); } });
      } else if (name === 'kind') {
        const term = 'type:' + value;
        const q0 = p.get('q') || '';
        on = q0.split(/\s+/).includes(term);
        url = urlWith((q) => { q.delete('offset'); q.set('q', on ? q0.split(/\s+/).filter((w) => w !== term).join(' ') : (q0 + ' ' + term).trim()); });
      } else {
        on = p.getAll(param).includes(value);
        url = urlWith((q) => {
          q.delete('offset');
          const values = q.getAll(param).filter((v) => v !== value);
          if (!on) values.push(value);
          q.delete(param);
          for (const v of values) q.append(param, v);
        });
      }
      section.append(link(url, el('span', {class: 'value'}, value), el('span', {class: 'count'}, ca + String(n))));
      if (on) section.lastChild.classList.add('on');
    }
    wrap.append(section);
  }
  return wrap;
}

function searchParams() {
  const p = state();
  const out = new URLSearchParams();
  for (const k of ['q', 'from', 'to', 'sort', 'limit', 'offset']) if (p.get(k)) out.set(k, p.get(k));
  for (const k of LISTS) for (const v of p.getAll(k)) out.append(k, v);
  return out;
}

// What the search read in the query: a removable date chip, an attendance
// card per person named, and a note when a cluster name covers several regions.
function understoodNode(u, query) {
  const parts = [];
  if (u.date_text) {
    const period = u.from && u.to && u.from === u.to ? u.from : (u.from || '…') + ' – ' + (u.to || '…');
    const without = query.replace(u.date_text, ' ').replace(/\s+/g, ' ').trim();
    parts.push(el('span', {class: 'chip date-chip', title: 'Møder ' + period},
      'Dato: ' + u.date_text + ' (' + period + ')',
      link(urlWith((q) => { q.delete('offset'); q.set('q', without); }), el('span', {class: 'remove', 'aria-label': 'Fjern datoen'}, '×'))));
  }
  for (const [name, labels] of Object.entries(u.clusters || {}))
    parts.push(el('p', {class: 'meta cluster-note'}, 'Klynge ' + name + ' findes i flere regioner; ' +
      (labels.length === 2 ? 'begge' : 'alle') + ' er med: ' + labels.join(', ') + '.'));
  for (const person of u.people || []) {
    const about = [...new Set([...(person.organisations || []), ...(person.regions || [])]), years(person)].filter((x) => x).join(', ');
    parts.push(el('section', {class: 'attendance-card'},
      el('h2', {}, link('/?view=person&name=' + encodeURIComponent(person.person_id), person.name)),
      about ? el('div', {class: 'meta'}, about) : null,
      el('div', {class: 'counts'}, count(person.meetings, 'møde', 'møder') + ': ' + person.attended + ' deltog, ' +
         person.afbud + ' afbud'),
      link('/?view=person&name=' + encodeURIComponent(person.person_id), 'Se deltagelse møde for møde →')));
  }
  return parts.length ? el('div', {class: 'understood'}, parts) : null;
}

// "2022–2024" from a person's first and last meeting dates; '' if none.
function years(person) {
  if (!person.first_date) return '';
  const from = person.first_date.slice(0, 4), to = (person.last_date || person.first_date).slice(0, 4);
  return from === to ? from : from + '–' + to;
}

async function renderSearch() {
  const p = state();
  const content = $('content');
  if (![...searchParams().keys()].some((k) => k !== 'sort')) {
    content.replaceChildren(el('p', {class: 'meta'}, 'Skriv et emne, fx klyngemidler, sundhedsaftale eller "det nationale ledelsesprogram". Beslutningsteksten vises først.'));
    setStatus('');
    return;
  }
  setStatus('Søger…');
  const r = await api('/api/search', searchParams());
  const offset = r.offset || 0;
  setStatus(r.total === 0 ? 'Ingen resultater.' :
            (r.facets_exact === false ? 'ca. ' : '') + count(r.total, 'resultat', 'resultater') + (r.hits.length ? ' (viser ' + (offset + 1) + '–' + (offset + r.hits.length) + ')' : ''));
  const results = el('div', {id: 'results'});
  const understood = understoodNode(r.understood || {}, p.get('q') || '');
  if (understood) results.append(understood);
  if (r.corrected_query) {
    const shown = r.understood && r.understood.words === r.corrected_query;
    results.append(el('p', {class: 'corrected'}, shown ? 'Ingen resultater for det skrevne – viser resultater for ' : 'Mente du: ',
      link(urlWith((q) => q.set('q', r.corrected_query)), r.corrected_query), shown ? '' : '?'));
  }
  for (const hit of r.hits) results.append(hitNode(hit));
  const limit = Number(p.get('limit') || 10);
  const pager = el('div', {class: 'pager'});
  if (offset > 0) pager.append(link(urlWith((q) => q.set('offset', Math.max(0, offset - limit))), '← Forrige'));
  if (offset + r.hits.length < r.total) pager.append(link(urlWith((q) => q.set('offset', offset + limit)), 'Næste →'));
  results.append(pager);
  content.replaceChildren(el('div', {class: 'layout'}, facetsNode(r.facets || {}, r.facets_exact), results));
}

async function renderItem() {
  const id = state().get('id') || '';
  setStatus('Henter…');
  const r = await api('/api/item/' + encodeURIComponent(id));
  setStatus('');
  const m = r.meeting || {};
  const view = el('div', {class: 'item-view'});
  view.append(el('h1', {}, r.item ? itemTitle(r.item) : (m.title || 'Møde')));
  view.append(el('div', {class: 'meta'}, (r.item ? (m.title || '') + ' — ' : '') + meetingLine(m) +
                 (m.start_time ? ' kl. ' + m.start_time : '')));
  view.append(el('div', {class: 'meta'}, originalLink(r.id, r.item ? r.item.page : null)));
  if (m.location) view.append(el('div', {class: 'meta'}, 'Sted: ' + m.location));
  const roles = [m.chair ? 'Mødeleder: ' + m.chair : null, m.minute_taker ? 'Referent: ' + m.minute_taker : null];
  if (roles.some(Boolean)) view.append(el('div', {class: 'meta'}, roles.filter(Boolean).join(' · ')));
  if (r.item) {
    for (const s of r.item.sections || []) {
      view.append(el('section', {class: DECISIONS.includes(s.kind) ? 'decision' : ''},
        el('h3', {}, s.heading || SECTION_NAMES[s.kind] || s.kind), el('p', {}, s.text)));
    }
  }
  const people = m.participants || [];
  if (people.length) {
    view.append(el('h2', {}, 'Deltagere'));
    view.append(el('ul', {class: 'participants'}, people.map((p) =>
      el('li', {class: p.present ? '' : 'afbud'},
        link('/?view=person&name=' + encodeURIComponent(p.person_id || p.name), p.name),
        [p.role, p.organisation].filter(Boolean).length ? ', ' + [p.role, p.organisation].filter(Boolean).join(', ') : '',
        p.present ? null : el('span', {class: 'afbud-tag'}, 'Afbud')))));
  }
  const items = r.items || [];
  if (items.length) {
    view.append(el('h2', {}, 'Mødets punkter'));
    view.append(el('ol', {class: 'other-items'}, items.map((it) =>
      el('li', {class: it.id === r.id ? 'current' : '', value: it.number || null},
        link('/?view=item&id=' + encodeURIComponent(it.id), it.title || '')))));
  }
  $('content').replaceChildren(view);
  if (r.item) view.append(await similarNode(r.id));
}

// "Lignende punkter i andre klynger": the item's own terms as relevance
// feedback, answered grouped by cluster (its own cluster left out).
async function similarNode(id) {
  const box = el('section', {class: 'similar'}, el('h2', {}, 'Lignende punkter i andre klynger'));
  try {
    const r = await api('/api/similar/' + encodeURIComponent(id), new URLSearchParams({limit: '3'}));
    if (!r.groups.length) box.append(el('p', {class: 'meta'}, 'Ingen lignende punkter i andre klynger.'));
    for (const g of r.groups) {
      box.append(el('div', {class: 'similar-group'}, el('h3', {}, 'Klynge ' + g.label),
        el('ul', {}, g.hits.map((h) => el('li', {},
          link('/?view=item&id=' + encodeURIComponent(h.id), itemTitle(h.item || {})),
          el('span', {class: 'meta'}, ' · ' + meetingLine(h.meeting || {})))))));
    }
  } catch (e) {
    box.append(el('p', {class: 'meta'}, e.message));
  }
  return box;
}

async function renderCompare() {
  const p = searchParams();
  p.delete('limit');
  p.set('by', state().get('by') || 'cluster');
  if (!state().get('q')) {
    $('content').replaceChildren(el('p', {class: 'meta'}, 'Skriv et emne for at se klyngerne side om side, fx ledelsesprogram.'));
    setStatus('');
    return;
  }
  setStatus('Sammenligner…');
  const r = await api('/api/compare', p);
  setStatus(count(r.groups.length, 'gruppe', 'grupper'));
  const grid = el('div', {class: 'compare'});
  for (const g of r.groups) {
    grid.append(el('div', {class: 'group'},
      el('h2', {}, g.value),
      el('div', {class: 'meta'}, count(g.count, 'punkt', 'punkter') +
         (g.first_date ? ' · ' + g.first_date + (g.last_date && g.last_date !== g.first_date ? ' – ' + g.last_date : '') : '')),
      g.hits.map(hitNode)));
  }
  $('content').replaceChildren(grid);
}

async function renderPerson() {
  const name = state().get('name') || '';
  $('name').value = name;
  if (!name) {
    $('content').replaceChildren(el('p', {class: 'meta'}, 'Skriv et navn – også stavet forkert eller kun efternavnet.'));
    setStatus('');
    return;
  }
  setStatus('Henter…');
  let r;
  try {
    r = await api('/api/attendance', new URLSearchParams({name}));
  } catch (e) {
    if (e.body && e.body.candidates) {
      setStatus('Flere personer passer på navnet:');
      // Candidates are person ids, which always resolve to one person; each
      // is shown by what tells namesakes apart (place, years).
      $('content').replaceChildren(el('ul', {class: 'candidates'}, e.body.candidates.map((c, i) =>
        el('li', {}, link('/?view=person&name=' + encodeURIComponent(c), (e.body.labels || [])[i] || c)))));
      return;
    }
    throw e;
  }
  setStatus('');
  const c = r.counts;
  const view = el('div', {class: 'person-view'},
    el('h1', {}, r.person.name),
    el('div', {class: 'meta'}, [...new Set([...(r.person.organisations || []), ...(r.person.regions || [])]), years(r.person)].filter((x) => x).join(', ')),
    el('div', {class: 'meta'}, count(c.meetings, 'møde', 'møder') + ': ' + c.attended + ' deltog, ' + c.afbud + ' afbud' +
       (r.person.variants.length > 1 ? ' · også skrevet: ' + r.person.variants.filter((v) => v !== r.person.name).join(', ') : '')),
    el('p', {}, link('/?person=' + encodeURIComponent(r.person.person_id), 'Punkter hvor ' + r.person.name + ' er nævnt →')));
  const table = el('table', {class: 'attendance'},
    el('thead', {}, el('tr', {}, ['Dato', 'Forum', 'Klynge', 'Rolle', 'Gruppe', ''].map((h) => el('th', {}, h)))));
  const body = el('tbody');
  for (const m of r.meetings) {
    body.append(el('tr', {class: m.present ? '' : 'afbud'},
      el('td', {}, link('/?view=item&id=' + encodeURIComponent(m.id), m.date || '')),
      el('td', {}, m.forum || ''), el('td', {}, [m.cluster, m.region].filter(Boolean).join(' · ')),
      el('td', {}, [m.role, m.organisation].filter(Boolean).join(', ')), el('td', {}, m.group || ''),
      el('td', {}, m.present ? 'Deltog' : el('span', {class: 'afbud-tag'}, 'Afbud'))));
  }
  table.append(body);
  view.append(table);
  $('content').replaceChildren(view);
}

async function render() {
  const p = state();
  const view = p.get('view') || 'search';
  for (const a of document.querySelectorAll('#tabs a')) a.classList.toggle('active', a.dataset.view === view || (view === 'item' && a.dataset.view === 'search'));
  $('search-form').hidden = view === 'person' || view === 'item';
  $('person-form').hidden = view !== 'person';
  $('by-label').hidden = view !== 'compare';
  $('sort-label').hidden = view !== 'search';
  $('q').value = p.get('q') || '';
  $('from').value = p.get('from') || '';
  $('to').value = p.get('to') || '';
  $('sort').value = p.get('sort') || 'relevance';
  $('by').value = p.get('by') || 'cluster';
  try {
    if (view === 'item') await renderItem();
    else if (view === 'compare') await renderCompare();
    else if (view === 'person') await renderPerson();
    else await renderSearch();
  } catch (e) {
    setStatus('Fejl: ' + e.message, true);
    $('content').replaceChildren();
  }
}

$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const view = state().get('view') === 'compare' ? 'compare' : '';
  go(urlWith((q) => {
    q.set('q', $('q').value.trim());
    q.set('from', $('from').value);
    q.set('to', $('to').value);
    q.set('sort', $('sort').value === 'relevance' ? '' : $('sort').value);
    q.set('view', view);
    q.set('by', view ? $('by').value : '');
    q.delete('offset');
    q.delete('id');
  }));
});
$('person-form').addEventListener('submit', (e) => {
  e.preventDefault();
  go('/?view=person&name=' + encodeURIComponent($('name').value.trim()));
});
for (const a of document.querySelectorAll('#tabs a')) {
  a.addEventListener('click', (e) => {
    e.preventDefault();
    const q = state().get('q');
    const view = a.dataset.view;
    go(urlWith((p) => { for (const k of [...p.keys()]) if (k !== 'q') p.delete(k); if (!q) p.delete('q'); p.set('view', view === 'search' ? '' : view); }));
  });
}
window.addEventListener('popstate', render);
render();
