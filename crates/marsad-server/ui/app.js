// Marsad web UI. Plain JavaScript, no dependencies, nothing fetched from
// elsewhere. Every piece of data (article text, names, titles) is put into
// the page with textContent or setAttribute on nodes built here: nothing is
// ever parsed as HTML. Offsets in records are Unicode code points, so the
// text is split with Array.from(text) before slicing.
'use strict';

// ------------------------------------------------------------------ helpers

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';

/** An element: attrs set with setAttribute (class → className, on* → listeners); children are nodes or text. */
function el(tag, attrs, ...children) {
  const n = document.createElement(tag);
  return fill(n, attrs, children);
}
function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG, tag), attrs, children);
}
function fill(n, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') n.setAttribute('class', v);
    else if (k.startsWith('on') && typeof v === 'function') n.addEventListener(k.slice(2), v);
    else n.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    n.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return n;
}
/** A pointer event's position in an SVG element's user units. */
function svgPoint(el, ev) {
  const ctm = el.getScreenCTM();
  if (!ctm) return [0, 0];
  const p = new DOMPoint(ev.clientX, ev.clientY).matrixTransform(ctm.inverse());
  return [p.x, p.y];
}
function clear(n) {
  while (n.firstChild) n.removeChild(n.firstChild);
  return n;
}
function text(n, s) {
  n.textContent = s === null || s === undefined ? '' : String(s);
  return n;
}
const dash = (v) => (v === null || v === undefined || v === '' ? '–' : String(v));
const enc = encodeURIComponent;
/** Only http(s) links leave the page. */
const safeUrl = (u) => (typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null);

function status(msg) {
  text($('status'), msg || '');
}

async function api(path, opts) {
  const r = await fetch(path, opts);
  let body = null;
  try {
    body = await r.json();
  } catch (e) {
    throw new Error(`${path}: ${r.status} (not JSON)`);
  }
  if (!r.ok) throw new Error(body && body.error ? body.error : `${path}: ${r.status}`);
  return body;
}

// Colours of the PLOVER types.
const TYPE_COLOURS = {
  ASSAULT: '#d62728', COERCE: '#ff7f0e', PROTEST: '#9467bd', MOBILIZE: '#8c564b',
  THREATEN: '#e377c2', ACCUSE: '#bcbd22', REJECT: '#7f7f7f', SANCTION: '#17becf',
  REQUEST: '#1f77b4', RETREAT: '#2ca02c', AGREE: '#98df8a', CONSULT: '#aec7e8',
  SUPPORT: '#c5b0d5', CONCEDE: '#ffbb78', COOPERATE: '#c49c94', AID: '#9edae5',
};
const colour = (t) => TYPE_COLOURS[t] || '#555';

// ------------------------------------------------------------------ state

const S = {
  events: [],          // every event row (from /api/events, all pages)
  loadedQ: null,       // the text query the rows were loaded with
  days: null,          // [from, to] ISO days selected on the timeline
  cell: null,          // ids selected by clicking a map point
  world: null,         // decoded country outlines
  admin1: null,        // governorate borders: [{country, d}] (path data, projected once)
  view: null,          // map viewBox [x, y, w, h]
  fit: null,
};

// ------------------------------------------------------------------ router

const VIEWS = ['events', 'clusters', 'doc', 'event', 'search', 'extract'];

function show(name) {
  for (const v of VIEWS) $('view-' + v).hidden = v !== name;
  for (const a of document.querySelectorAll('[data-nav]')) {
    a.classList.toggle('active', a.getAttribute('data-nav') === name);
  }
}

async function route() {
  const h = location.hash.replace(/^#\/?/, '');
  const [head, ...rest] = h.split('/');
  const arg = rest.length ? decodeURIComponent(rest.join('/')) : '';
  status('');
  try {
    if (head === 'doc' && arg) { show('doc'); await showDocument(arg); }
    else if (head === 'event' && arg) { show('event'); await showEvent(arg); }
    else if (head === 'cluster' && arg) { show('event'); await showCluster(arg); }
    else if (head === 'clusters') { show('clusters'); await showClusters(); }
    else if (head === 'search') { show('search'); await showSearch(arg); }
    else if (head === 'extract') { show('extract'); }
    else { show('events'); await showEvents(); }
  } catch (e) {
    status('Error: ' + e.message);
  }
}

// ------------------------------------------------------------------ events view

async function loadEvents(q) {
  if (S.loadedQ === q && S.events.length) return;
  status('Loading events…');
  const rows = [];
  let offset = 0;
  for (let page = 0; page < 50; page++) {
    const qs = `limit=1000&offset=${offset}` + (q ? `&q=${enc(q)}` : '');
    const p = await api('/api/events?' + qs);
    rows.push(...p.items);
    if (p.next_offset === null) break;
    offset = p.next_offset;
  }
  S.events = rows;
  S.loadedQ = q;
  status('');
  fillFilterOptions();
}

function fillFilterOptions() {
  const keep = (sel) => sel.value;
  const opts = (sel, values, label) => {
    const cur = keep(sel);
    clear(sel).appendChild(el('option', { value: '' }, 'all'));
    for (const v of values) sel.appendChild(el('option', { value: v }, label ? label(v) : v));
    sel.value = values.includes(cur) ? cur : '';
  };
  const count = (key) => {
    const m = new Map();
    for (const e of S.events) { const k = e[key]; if (k) m.set(k, (m.get(k) || 0) + 1); }
    return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((x) => x[0]);
  };
  opts($('f-type'), count('plover_type'));
  opts($('f-country'), count('country'));
  opts($('f-factuality'), count('factuality'));
  const actors = new Set();
  for (const e of S.events) for (const a of [e.actor1, e.actor2]) for (const x of (a || '').split('; ')) if (x) actors.add(x);
  const dl = clear($('actor-list'));
  for (const a of [...actors].sort()) dl.appendChild(el('option', { value: a }));
}

/** The rows the filters (not the timeline or map selection) keep. */
function filtered(opts) {
  const type = $('f-type').value, country = $('f-country').value, fact = $('f-factuality').value;
  const actor = $('f-actor').value.trim().toLowerCase();
  return S.events.filter((e) => {
    if (type && e.plover_type !== type) return false;
    if (country && e.country !== country) return false;
    if (fact && e.factuality !== fact) return false;
    if (actor && !((e.actor1 || '') + ' ' + (e.actor2 || '')).toLowerCase().includes(actor)) return false;
    if (!(opts && opts.ignoreDays) && S.days) {
      if (!e.event_date || e.event_date < S.days[0] || e.event_date > S.days[1]) return false;
    }
    if (!(opts && opts.ignoreCell) && S.cell && !S.cell.has(e.id)) return false;
    return true;
  });
}

async function showEvents() {
  await loadEvents($('f-q').value.trim());
  if (!S.world) await loadWorld();
  redraw();
}

function redraw() {
  const rows = filtered();
  text($('f-count'), `${rows.length} of ${S.events.length} events`);
  drawMap(filtered({ ignoreCell: true }));
  drawTimeline(filtered({ ignoreDays: true, ignoreCell: true }));
  drawTable(rows);
  drawLegend();
}

function drawTable(rows) {
  const tb = clear($('events-table').tBodies[0]);
  const max = 500;
  for (const e of rows.slice(0, max)) {
    const tr = el('tr', { 'data-id': e.id, class: 'clickable', onclick: () => { location.hash = '#/event/' + enc(e.id); } },
      el('td', {}, dash(e.event_date)),
      el('td', {}, el('span', { class: 'swatch', style: null }), e.plover_type),
      el('td', {}, dash(e.sub_event_type || e.event_type)),
      el('td', { dir: 'auto' }, dash(e.actor1)),
      el('td', { dir: 'auto' }, dash(e.actor2)),
      el('td', { dir: 'auto' }, dash(e.location)),
      el('td', {}, dash(e.country)),
      el('td', { class: 'num' }, dash(e.fatalities)),
      el('td', {}, e.factuality),
      el('td', { dir: 'auto' }, dash(e.source)),
      el('td', {}, el('a', { href: '#/doc/' + enc(e.doc_id), onclick: (ev) => ev.stopPropagation() }, e.event_id + ' in ' + e.doc_id)));
    tr.querySelector('.swatch').style.background = colour(e.plover_type);
    tb.appendChild(tr);
  }
  text($('table-more'), rows.length > max ? `${rows.length - max} more not shown: narrow the filters` : '');
}

function drawLegend() {
  const box = clear($('legend'));
  const types = new Map();
  for (const e of filtered()) types.set(e.plover_type, (types.get(e.plover_type) || 0) + 1);
  for (const [t, n] of [...types.entries()].sort((a, b) => b[1] - a[1])) {
    const item = el('button', { type: 'button', class: 'legend-item', title: 'Show only ' + t, onclick: () => { $('f-type').value = $('f-type').value === t ? '' : t; S.cell = null; redraw(); } },
      el('span', { class: 'swatch' }), `${t} (${n})`);
    item.querySelector('.swatch').style.background = colour(t);
    box.appendChild(item);
  }
  if (S.cell) box.appendChild(el('button', { type: 'button', class: 'legend-item', onclick: () => { S.cell = null; redraw(); } }, '× map selection'));
}

// ------------------------------------------------------------------ map

async function loadWorld() {
  const get = async (url) => (await fetch(url)).json();
  const [world, admin1] = await Promise.allSettled([get('/data/countries-110m.json'), get('/data/admin1-mena.json')]);
  try {
    S.world = decodeTopology(world.value, 'countries');
  } catch (e) {
    S.world = [];
  }
  try {
    S.admin1 = admin1Borders(admin1.value, 'admin1');
  } catch (e) {
    S.admin1 = [];
  }
}

/** A TopoJSON's arcs as [[lon, lat]…] (quantized and delta-encoded when it has a transform). */
function decodeArcs(topo) {
  const tf = topo.transform;
  return topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      x += dx; y += dy;
      return tf ? [x * tf.scale[0] + tf.translate[0], y * tf.scale[1] + tf.translate[1]] : [dx, dy];
    });
  });
}

/** TopoJSON → [{name, rings: [[[lon, lat]…]…]}] (quantized, delta-encoded arcs). */
function decodeTopology(topo, objectName) {
  const arcs = decodeArcs(topo);
  const ring = (ids) => {
    const pts = [];
    for (const i of ids) {
      const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      a.forEach((p, k) => { if (k > 0 || pts.length === 0) pts.push(p); });
    }
    return pts;
  };
  const out = [];
  for (const g of topo.objects[objectName].geometries) {
    let rings = [];
    if (g.type === 'Polygon') rings = g.arcs.map(ring);
    else if (g.type === 'MultiPolygon') rings = g.arcs.flatMap((poly) => poly.map(ring));
    out.push({ name: (g.properties && g.properties.name) || '', rings });
  }
  return out;
}

/**
 * Governorate (admin 1) borders inside each country: the arcs two
 * governorates of one country share, as projected path data, one path per
 * country. Coasts and international borders are left to the country outlines
 * (a coarser scale), so the two layers never draw a coast twice.
 */
function admin1Borders(topo, objectName) {
  const arcs = decodeArcs(topo);
  const geoms = topo.objects[objectName].geometries;
  const users = arcs.map(() => []); // per arc: indices of the geometries using it
  geoms.forEach((g, gi) => {
    const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    for (const ring of polys.flat()) for (const i of ring) { const a = i < 0 ? ~i : i; if (!users[a].includes(gi)) users[a].push(gi); }
  });
  const byCountry = new Map();
  arcs.forEach((arc, a) => {
    const u = users[a];
    if (u.length !== 2) return;
    const c = geoms[u[0]].properties.country;
    if (c !== geoms[u[1]].properties.country) return;
    let d = byCountry.get(c) || '';
    arc.forEach(([lon, lat], k) => { const [x, y] = project(lon, lat); d += (k ? 'L' : 'M') + x.toFixed(3) + ',' + y.toFixed(3); });
    byCountry.set(c, d);
  });
  const out = [...byCountry.entries()].map(([country, d]) => ({ country, d }));
  out.governorates = geoms.length;
  return out;
}

/** The governorate borders as an SVG group (beneath the points, above the countries). */
function admin1Layer() {
  const b = S.admin1 || [];
  const g = svg('g', { class: 'admin1', 'data-governorates': b.governorates || 0 });
  for (const { country, d } of b) g.appendChild(svg('path', { d, 'data-country': country }));
  return g;
}

// Equirectangular, x scaled by cos(36°) so the Levant keeps its shape.
const KX = Math.cos((36 * Math.PI) / 180);
const project = (lon, lat) => [lon * KX, -lat];

function dataFit(rows) {
  const pts = rows.filter((e) => e.latitude !== null && e.longitude !== null).map((e) => project(e.longitude, e.latitude));
  if (!pts.length) return [-180 * KX, -75, 360 * KX, 150];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of pts) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
  const pad = Math.max(2, (x1 - x0) * 0.15, (y1 - y0) * 0.15);
  x0 -= pad; x1 += pad; y0 -= pad; y1 += pad;
  // Keep the box's aspect near the map's.
  const box = $('map').getBoundingClientRect();
  const aspect = box.width && box.height ? box.width / box.height : 2;
  let w = x1 - x0, h = y1 - y0;
  if (w / h < aspect) { const nw = h * aspect; x0 -= (nw - w) / 2; w = nw; } else { const nh = w / aspect; y0 -= (nh - h) / 2; h = nh; }
  return [x0, y0, w, h];
}

let mapRows = [];
function drawMap(rows) {
  mapRows = rows;
  const m = $('map');
  if (!S.view) { S.view = dataFit(S.events); S.fit = S.view.slice(); }
  m.setAttribute('viewBox', S.view.join(' '));
  m.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  clear(m);
  m.appendChild(svg('rect', { x: -400, y: -100, width: 800, height: 200, class: 'sea' }));
  const land = svg('g', { class: 'countries' });
  for (const c of S.world || []) {
    let d = '';
    for (const r of c.rings) {
      r.forEach(([lon, lat], i) => { const [x, y] = project(lon, lat); d += (i ? 'L' : 'M') + x.toFixed(3) + ',' + y.toFixed(3); });
      d += 'Z';
    }
    land.appendChild(svg('path', { d }, svg('title', {}, c.name)));
  }
  m.appendChild(land);
  m.appendChild(admin1Layer());
  // Points, grouped when they fall within a few pixels of each other.
  const box = m.getBoundingClientRect();
  const unit = box.width ? S.view[2] / box.width : S.view[2] / 800; // map units per pixel
  const cellPx = 14;
  const cells = new Map();
  for (const e of rows) {
    if (e.latitude === null || e.longitude === null) continue;
    const [x, y] = project(e.longitude, e.latitude);
    const key = Math.round(x / (unit * cellPx)) + ':' + Math.round(y / (unit * cellPx));
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push({ e, x, y });
  }
  const g = svg('g', { class: 'points' });
  for (const members of cells.values()) {
    const n = members.length;
    const x = members.reduce((s, p) => s + p.x, 0) / n, y = members.reduce((s, p) => s + p.y, 0) / n;
    const types = new Map();
    for (const p of members) types.set(p.e.plover_type, (types.get(p.e.plover_type) || 0) + 1);
    const top = [...types.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const r = (n > 1 ? 7 + Math.min(10, Math.sqrt(n) * 2) : 5) * unit;
    const ids = new Set(members.map((p) => p.e.id));
    const selected = S.cell && [...ids].every((i) => S.cell.has(i));
    const label = members.map((p) => `${p.e.event_date || '?'} ${p.e.plover_type} · ${p.e.location || ''}`).slice(0, 12).join('\n') + (n > 12 ? `\n… ${n - 12} more` : '');
    const pt = svg('g', { class: 'point' + (n > 1 ? ' group' : '') + (selected ? ' selected' : ''), 'data-count': n, 'data-type': top,
      onclick: () => { S.cell = selected ? null : ids; redraw(); } },
    svg('title', {}, label),
    svg('circle', { cx: x, cy: y, r, fill: colour(top), 'stroke-width': unit * 1.5 }));
    if (n > 1) pt.appendChild(svg('text', { x, y: y + unit * 4, 'font-size': unit * 11, 'text-anchor': 'middle' }, String(n)));
    g.appendChild(pt);
  }
  m.appendChild(g);
  if (!rows.some((e) => e.latitude !== null)) {
    m.appendChild(svg('text', { x: S.view[0] + S.view[2] / 2, y: S.view[1] + S.view[3] / 2, 'font-size': unit * 14, 'text-anchor': 'middle', class: 'empty' }, 'No events with coordinates'));
  }
}

function zoom(f, cx, cy) {
  const [x, y, w, h] = S.view;
  const px = cx === undefined ? x + w / 2 : cx, py = cy === undefined ? y + h / 2 : cy;
  const nw = Math.min(400, Math.max(0.05, w * f)), k = nw / w;
  S.view = [px - (px - x) * k, py - (py - y) * k, w * k, h * k];
  drawMap(mapRows);
}

function setupMap() {
  const m = $('map');
  $('map-zoom-in').addEventListener('click', () => zoom(0.6));
  $('map-zoom-out').addEventListener('click', () => zoom(1 / 0.6));
  $('map-fit').addEventListener('click', () => { S.view = dataFit(filtered()); drawMap(mapRows); });
  const toMap = (ev) => svgPoint(m, ev);
  m.addEventListener('wheel', (ev) => { ev.preventDefault(); const [x, y] = toMap(ev); zoom(ev.deltaY > 0 ? 1.25 : 0.8, x, y); }, { passive: false });
  let drag = null;
  m.addEventListener('pointerdown', (ev) => { if (ev.target.closest('.point')) return; drag = { x: ev.clientX, y: ev.clientY, view: S.view.slice() }; });
  window.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const b = m.getBoundingClientRect();
    const s = Math.max(drag.view[2] / b.width, drag.view[3] / b.height);
    S.view = [drag.view[0] - (ev.clientX - drag.x) * s, drag.view[1] - (ev.clientY - drag.y) * s, drag.view[2], drag.view[3]];
    m.setAttribute('viewBox', S.view.join(' '));
  });
  window.addEventListener('pointerup', () => { if (drag) { drag = null; drawMap(mapRows); } });
}

// ------------------------------------------------------------------ timeline

function isoDay(t) { return new Date(t).toISOString().slice(0, 10); }
function dayNum(s) { return Date.parse(s + 'T00:00:00Z'); }
function monthEnd(m) { const [y, mo] = m.split('-').map(Number); return isoDay(Date.UTC(y, mo, 0)); }
function nextMonth(m) { const [y, mo] = m.split('-').map(Number); return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`; }

/** Bins from lo to hi (ISO days): one a day, or one a month when that would be over 400 bars. */
function timeBins(lo, hi) {
  const span = (dayNum(hi) - dayNum(lo)) / 864e5 + 1;
  const bins = [];
  if (span <= 400) {
    for (let t = dayNum(lo); t <= dayNum(hi); t += 864e5) { const d = isoDay(t); bins.push({ start: d, end: d, label: d, n: 0 }); }
  } else {
    for (let m = lo.slice(0, 7); m <= hi.slice(0, 7); m = nextMonth(m)) bins.push({ start: m + '-01', end: monthEnd(m), label: m, n: 0 });
  }
  return bins;
}

function drawTimeline(rows) {
  const t = $('timeline');
  clear(t);
  const W = t.getBoundingClientRect().width || 800, H = 110, B = 22;
  t.setAttribute('viewBox', `0 0 ${W} ${H}`);
  t.setAttribute('preserveAspectRatio', 'none');
  const dated = rows.filter((e) => e.event_date).map((e) => e.event_date).sort();
  const undated = rows.length - dated.length;
  $('tl-clear').hidden = !S.days;
  text($('tl-range'), (S.days ? `${S.days[0]} → ${S.days[1]}` : '') + (undated ? ` · ${undated} undated` : ''));
  if (!dated.length) { t.appendChild(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'empty' }, 'No dated events')); return; }
  let lo = dated[0], hi = dated[dated.length - 1];
  // Years of events show by month; a selection inside them shows by day.
  if (S.days && timeBins(lo, hi).length && (dayNum(hi) - dayNum(lo)) / 864e5 > 400) {
    lo = S.days[0] > lo ? S.days[0] : lo;
    hi = S.days[1] < hi ? S.days[1] : hi;
    if (lo > hi) { lo = S.days[0]; hi = S.days[1]; }
  }
  const bins = timeBins(lo, hi);
  const byMonth = bins.length && bins[0].start !== bins[0].end;
  let j = 0;
  for (const d of dated) {
    if (d < lo || d > hi) continue;
    while (j < bins.length && bins[j].end < d) j++;
    if (j < bins.length) bins[j].n++;
  }
  const n = bins.length, bw = (W - 20) / n, max = Math.max(1, ...bins.map((b) => b.n));
  const bars = svg('g', { class: 'bars' });
  bins.forEach((b, i) => {
    if (!b.n) return;
    const h = ((H - B - 8) * b.n) / max;
    const on = !S.days || (b.start <= S.days[1] && b.end >= S.days[0]);
    bars.appendChild(svg('rect', { x: 10 + i * bw + 0.5, y: H - B - h, width: Math.max(1, bw - 1), height: h, class: 'bar' + (on ? ' on' : ''),
      'data-day': b.start, 'data-end': b.end }, svg('title', {}, `${b.label}: ${b.n} events`)));
  });
  t.appendChild(bars);
  const ticks = Math.min(n, Math.max(2, Math.floor(W / 90)));
  for (let i = 0; i < ticks; i++) {
    const k = Math.round(((n - 1) * i) / Math.max(1, ticks - 1));
    t.appendChild(svg('text', { x: 10 + k * bw + bw / 2, y: H - 6, 'text-anchor': 'middle', class: 'tick' }, bins[k].label));
  }
  t.appendChild(svg('text', { x: W - 10, y: 12, 'text-anchor': 'end', class: 'tick' }, byMonth ? 'by month' : 'by day'));
  // Brushing: drag over bars, or click one.
  const binAt = (px) => bins[Math.min(n - 1, Math.max(0, Math.floor((px - 10) / bw)))];
  const local = (ev) => svgPoint(t, ev)[0];
  let start = null, brush = null;
  t.onpointerdown = (ev) => {
    start = local(ev);
    brush = svg('rect', { x: start, y: 0, width: 0, height: H - B, class: 'brush' });
    t.appendChild(brush);
    t.setPointerCapture(ev.pointerId);
  };
  t.onpointermove = (ev) => {
    if (start === null) return;
    const p = local(ev);
    brush.setAttribute('x', Math.min(start, p));
    brush.setAttribute('width', Math.abs(p - start));
  };
  t.onpointerup = (ev) => {
    if (start === null) return;
    const p = local(ev);
    const a = binAt(Math.min(start, p)).start, b = binAt(Math.max(start, p)).end;
    const moved = Math.abs(p - start) > 3;
    start = null;
    // Clicking the one bar already selected clears the selection.
    if (!moved && S.days && S.days[0] === a && S.days[1] === b) S.days = null;
    else S.days = [a, b];
    S.cell = null;
    redraw();
  };
}

// ------------------------------------------------------------------ clusters

async function showClusters() {
  const multi = $('c-multi').checked;
  const p = await api('/api/clusters?limit=1000' + (multi ? '&min_sources=2' : ''));
  const tb = clear($('clusters-table').tBodies[0]);
  for (const c of p.items) {
    const srcs = [...new Set(c.members.map((m) => m.source))];
    tb.appendChild(el('tr', { class: 'clickable', onclick: () => { location.hash = '#/cluster/' + c.id; } },
      el('td', {}, String(c.id)),
      el('td', {}, c.date_from === c.date_to ? dash(c.date_from) : `${dash(c.date_from)} → ${dash(c.date_to)}`),
      el('td', {}, c.plover_type, c.sub_event_type ? ` · ${c.sub_event_type}` : ''),
      el('td', { dir: 'auto' }, dash(c.location)),
      el('td', {}, dash(c.country)),
      el('td', { class: 'num' }, String(c.members.length)),
      el('td', { dir: 'auto' }, srcs.join(' · ')),
      el('td', { dir: 'auto', class: c.disagreement ? 'differ' : '' }, dash(c.disagreement))));
  }
  if (p.next_offset !== null) tb.appendChild(el('tr', {}, el('td', { colspan: 8 }, `${p.total - p.items.length} more not shown`)));
}

// ------------------------------------------------------------------ document view

const KIND_LABEL = { person: 'PER', organization: 'ORG', place: 'LOC', facility: 'FAC' };

/** Highlights every layer of a record in its text; returns the node of the first segment of each span. */
function renderDocument(container, textStr, rec) {
  const chars = Array.from(textStr);
  const spans = [];
  const add = (start, end, cls, key, label) => {
    if (!(start >= 0 && end > start && end <= chars.length)) return;
    spans.push({ start, end, cls, key, label });
  };
  for (const b of rec.boilerplate || []) add(b.start, b.end, 'boiler', null, null);
  for (const q of rec.quotes || []) {
    add(q.content.start, q.content.end, 'quote', 'quote:' + q.id, null);
    add(q.cue.start, q.cue.end, 'cue', 'cue:' + q.id, 'CUE');
  }
  for (const e of rec.entities || []) {
    e.mentions.forEach((m, i) => add(m.start, m.end, 'ent ent-' + e.kind, `ent:${e.id}:${i}`, KIND_LABEL[e.kind] || e.kind));
  }
  for (const t of rec.times || []) add(t.start, t.end, 'time', 'time:' + t.id, t.type);
  for (const q of rec.quantities || []) add(q.start, q.end, 'qty', 'qty:' + q.id, 'NUM');
  for (const v of rec.events || []) add(v.trigger.start, v.trigger.end, 'trigger', 'ev:' + v.id, v.type);
  // Cut the text at every span boundary; each piece carries the spans over it.
  const cuts = new Set([0, chars.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const bounds = [...cuts].sort((a, b) => a - b);
  const first = new Map();
  clear(container);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i], b = bounds[i + 1];
    const over = spans.filter((s) => s.start <= a && s.end >= b);
    const piece = chars.slice(a, b).join('');
    if (!over.length) { container.appendChild(document.createTextNode(piece)); continue; }
    const node = el('span', { class: over.map((s) => s.cls).join(' '), 'data-start': a, 'data-end': b });
    node.textContent = piece;
    for (const s of over) if (s.key && !first.has(s.key)) first.set(s.key, node);
    // A label after the last piece of a span (entities, times, numbers, triggers).
    container.appendChild(node);
    for (const s of over) {
      if (s.label && s.end === b) container.appendChild(el('span', { class: 'label ' + s.cls.split(' ')[0], 'aria-hidden': 'true' }, s.label));
    }
  }
  return first;
}

function flash(node) {
  if (!node) return;
  node.scrollIntoView({ block: 'center', behavior: 'smooth' });
  node.classList.remove('flash');
  void node.getBoundingClientRect();
  node.classList.add('flash');
}

function sideSection(title, items) {
  if (!items.length) return null;
  return el('section', { class: 'side-sec' }, el('h3', {}, `${title} (${items.length})`), el('ul', {}, items));
}

function renderSide(side, rec, first, stored) {
  clear(side);
  const ents = new Map((rec.entities || []).map((e) => [e.id, e]));
  const name = (id) => (id && ents.get(id) ? ents.get(id).name : null);
  const put = (n) => { if (n) side.appendChild(n); };
  // A record in the panel: clicking it (or Enter) scrolls to its evidence.
  const pick = (cls, target, ...kids) => el('li', { class: 'rec ' + cls, tabindex: 0,
    onclick: () => flash(target()), onkeydown: (ev) => { if (ev.key === 'Enter') flash(target()); } }, ...kids);
  const item = (key, cls, ...kids) => pick(cls, () => first.get(key), ...kids);
  put(sideSection('Events', (rec.events || []).map((v) => item('ev:' + v.id, 'trigger',
    el('b', {}, `${v.id} ${v.type}`), v.mode ? ` (${v.mode})` : '', ' · ', v.factuality, ' · ',
    el('span', { dir: 'rtl', lang: 'ar' }, v.trigger.text),
    el('div', { class: 'sub', dir: 'auto' },
      [v.actors.length ? 'by ' + v.actors.map(name).join(', ') : null, v.targets.length ? 'on ' + v.targets.map(name).join(', ') : null,
        v.location ? 'at ' + name(v.location) : null, v.dead !== null ? `dead ${v.dead}` : null, v.injured !== null ? `injured ${v.injured}` : null,
        v.size !== null ? `size ${v.size}` : null].filter(Boolean).join(' · ')),
    stored && rec.doc && rec.doc.id ? el('a', { href: '#/event/' + enc(rec.doc.id + ':' + v.id), onclick: (ev) => ev.stopPropagation() }, 'event view →') : null))));
  put(sideSection('Entities', (rec.entities || []).map((e) => {
    // Each click goes to the next mention.
    let k = -1;
    const next = () => { k = (k + 1) % Math.max(1, e.mentions.length); return first.get(`ent:${e.id}:${k}`); };
    return pick('ent ent-' + e.kind, next, el('b', {}, e.id), ' ', el('span', { dir: 'rtl', lang: 'ar' }, e.name), ' · ', e.kind,
      e.ref && e.ref.label_en ? ` · ${e.ref.label_en}` : '', e.mentions.length > 1 ? ` · ${e.mentions.length} mentions` : '');
  })));
  put(sideSection('Times', (rec.times || []).map((t) => item('time:' + t.id, 'time',
    el('b', {}, t.id), ' ', el('span', { dir: 'rtl', lang: 'ar' }, t.text), ' → ', dash(t.value), ` (${t.type})`))));
  put(sideSection('Quantities', (rec.quantities || []).map((q) => item('qty:' + q.id, 'qty',
    el('b', {}, q.id), ' ', el('span', { dir: 'rtl', lang: 'ar' }, q.text), ' = ', dash(q.value), q.approx ? ' (approx.)' : '', q.unit ? ' ' : '',
    q.unit ? el('span', { dir: 'rtl', lang: 'ar' }, q.unit) : null))));
  put(sideSection('Quotes', (rec.quotes || []).map((q) => item('quote:' + q.id, 'quote',
    el('b', {}, `${q.id} ${q.kind} · ${q.stance}`), ' ',
    el('span', { dir: 'rtl', lang: 'ar' }, q.speaker_text || name(q.speaker) || '?'),
    el('div', { class: 'sub', dir: 'rtl', lang: 'ar' }, q.content.text.length > 140 ? Array.from(q.content.text).slice(0, 140).join('') + '…' : q.content.text)))));
}

function docHead(meta, source) {
  const url = safeUrl(meta.url);
  return [
    el('h2', { dir: 'auto', lang: 'ar' }, meta.title || meta.id),
    el('p', { class: 'meta' }, `${dash(meta.outlet || source)} · published ${dash(meta.published)} · ${meta.chars} characters · id ${meta.id}`,
      url ? ' · ' : '', url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original') : null),
  ];
}

function docKey() {
  return [['ent ent-person', 'person'], ['ent ent-organization', 'organization'], ['ent ent-place', 'place'], ['ent ent-facility', 'facility'],
    ['time', 'time'], ['qty', 'quantity'], ['quote', 'quote'], ['cue', 'quote cue'], ['trigger', 'event trigger'], ['boiler', 'boilerplate']]
    .map(([cls, label]) => el('span', { class: 'key-item ' + cls }, label));
}

async function showDocument(id) {
  const [rec, t] = await Promise.all([api('/api/documents/' + enc(id)), api('/api/documents/' + enc(id) + '/text')]);
  renderRecord(rec, t.text, t.source, true);
}

function renderRecord(rec, textStr, source, stored) {
  fill(clear($('doc-head')), {}, docHead(rec.doc, source));
  const first = renderDocument($('doc-text'), textStr, rec);
  renderSide($('doc-side'), rec, first, stored);
  fill(clear($('doc-key')), {}, docKey());
}

// ------------------------------------------------------------------ event and cluster views

function field(label, ...value) {
  return el('div', { class: 'field' }, el('span', { class: 'flabel' }, label), el('span', { class: 'fvalue', dir: 'auto' }, ...value));
}

function miniMap(lat, lon) {
  const m = svg('svg', { class: 'minimap', viewBox: '0 0 10 10', role: 'img', 'aria-label': 'Where' });
  if (lat === null || lon === null || lat === undefined) return el('p', { class: 'hint' }, 'No coordinates');
  const [cx, cy] = project(lon, lat);
  const w = 12;
  m.setAttribute('viewBox', `${cx - w / 2} ${cy - w / 3} ${w} ${(w * 2) / 3}`);
  const land = svg('g', { class: 'countries' });
  for (const c of S.world || []) {
    let d = '';
    for (const r of c.rings) { r.forEach(([lo, la], i) => { const [x, y] = project(lo, la); d += (i ? 'L' : 'M') + x.toFixed(3) + ',' + y.toFixed(3); }); d += 'Z'; }
    land.appendChild(svg('path', { d }, svg('title', {}, c.name)));
  }
  m.appendChild(svg('rect', { x: cx - 50, y: cy - 50, width: 100, height: 100, class: 'sea' }));
  m.appendChild(land);
  m.appendChild(admin1Layer());
  m.appendChild(svg('circle', { cx, cy, r: 0.25, class: 'here' }));
  return m;
}

function sourcesSideBySide(c, highlight) {
  const fields = [
    ['Source', (m) => m.source], ['Title', (m) => m.title], ['Published', (m) => m.published], ['Event date', (m) => m.event_date],
    ['Location', (m) => m.location], ['Dead', (m) => m.dead], ['Injured', (m) => m.injured], ['Size', (m) => m.size],
    ['Factuality', (m) => m.factuality], ['Trigger', (m) => m.trigger], ['Actor 1', (m) => m.actor1], ['Actor 2', (m) => m.actor2],
  ];
  const table = el('table', { class: 'side-by-side' });
  table.appendChild(el('thead', {}, el('tr', {}, el('th', {}, ''), c.members.map((m) => el('th', { class: m.id === highlight ? 'this' : '' },
    el('a', { href: '#/doc/' + enc(m.doc_id) }, m.doc_id), ' ', el('a', { href: '#/event/' + enc(m.id) }, m.event_id))))));
  const tb = el('tbody');
  for (const [label, get] of fields) {
    const vals = c.members.map((m) => get(m));
    const distinct = new Set(vals.filter((v) => v !== null && v !== undefined && v !== '').map(String));
    const differ = ['Dead', 'Injured', 'Size', 'Event date', 'Factuality'].includes(label) && distinct.size > 1;
    tb.appendChild(el('tr', { class: differ ? 'differ' : '' }, el('th', {}, label), vals.map((v) => el('td', { dir: 'auto' }, dash(v)))));
  }
  table.appendChild(tb);
  return table;
}

function clusterBlock(c, highlight) {
  return el('section', { class: 'cluster' },
    el('h3', {}, `Reported by ${c.sources} source${c.sources === 1 ? '' : 's'} in ${c.documents} article${c.documents === 1 ? '' : 's'} `,
      el('a', { href: '#/cluster/' + c.id }, `(cluster ${c.id})`)),
    c.disagreement
      ? el('p', { class: 'differ' }, 'Sources differ on ', c.figures.filter((f) => f.values.length > 1).map((f) => f.figure).join(', '))
      : el('p', { class: 'hint' }, 'The sources agree on the figures they give.'),
    c.figures.length ? el('ul', { class: 'figures' }, c.figures.map((f) => el('li', { class: f.values.length > 1 ? 'differ' : '' }, el('b', {}, f.figure + ': '),
      f.values.map((v, i) => [i ? ', ' : '', `${v.value} (`, v.sources.map((src, k) => [k ? ', ' : '', el('bdi', {}, src)]), ')'])))) : null,
    el('div', { class: 'scroll' }, sourcesSideBySide(c, highlight)));
}

async function showEvent(id) {
  if (!S.world) await loadWorld();
  const v = await api('/api/events/' + enc(id));
  const body = clear($('event-body'));
  const names = (ps) => (ps.length ? ps.map((p) => p.display).join('; ') : '–');
  body.appendChild(el('h2', {}, `${v.plover_type}${v.plover_mode ? ' · ' + v.plover_mode : ''}`,
    v.event_type ? el('span', { class: 'hint' }, ` ${v.event_type} / ${v.sub_event_type}`) : null));
  const ev = v.event;
  body.appendChild(el('div', { class: 'event-grid' },
    el('div', {},
      el('h3', {}, 'What'),
      field('Trigger', el('span', { dir: 'rtl', lang: 'ar', class: 'trigger' }, ev.trigger.text)),
      field('Factuality', v.factuality),
      field('Dead / injured / size', `${dash(ev.dead)} / ${dash(ev.injured)} / ${dash(ev.size)}`),
      field('Confidence', ev.confidence),
      el('h3', {}, 'Who'),
      field('Actors', names(v.actors)),
      field('Targets', names(v.targets)),
      el('h3', {}, 'When'),
      field('Date', dash(v.event_date), v.date_to && v.date_to !== v.date_from ? ` (${v.date_from} → ${v.date_to})` : '',
        v.time_precision ? ` · precision ${v.time_precision}` : ''),
      v.time ? field('As written', el('span', { dir: 'rtl', lang: 'ar' }, v.time.text), ` → ${dash(v.time.value)}`) : null,
      el('h3', {}, 'Where'),
      field('Place', el('span', { dir: 'auto' }, dash(v.location)), ` · ${[v.admin2, v.admin1, v.country].filter(Boolean).join(', ')}`),
      v.latitude !== null ? field('Coordinates', `${v.latitude}, ${v.longitude}`) : null),
    el('div', {}, miniMap(v.latitude, v.longitude))));
  body.appendChild(el('h3', {}, 'Evidence ', el('a', { href: '#/doc/' + enc(v.doc_id) }, `in ${v.doc_id} →`)));
  for (const s of v.evidence) body.appendChild(el('blockquote', { dir: 'rtl', lang: 'ar', class: 'evidence' }, s.text));
  if (v.source_quote) body.appendChild(field('Claimed by', el('span', { dir: 'rtl', lang: 'ar' }, v.source_quote.speaker_text || '')));
  if (v.cluster_id !== null && v.cluster_id !== undefined) {
    const c = await api('/api/clusters/' + v.cluster_id);
    body.appendChild(clusterBlock(c, v.id));
  }
}

async function showCluster(id) {
  if (!S.world) await loadWorld();
  const c = await api('/api/clusters/' + enc(id));
  const body = clear($('event-body'));
  body.appendChild(el('h2', {}, `${c.plover_type}`, c.event_type ? el('span', { class: 'hint' }, ` ${c.event_type} / ${c.sub_event_type}`) : null));
  body.appendChild(el('div', { class: 'event-grid' },
    el('div', {},
      field('When', c.date_from === c.date_to ? dash(c.date_from) : `${dash(c.date_from)} → ${dash(c.date_to)}`),
      field('Where', el('span', { dir: 'auto' }, dash(c.location)), ` · ${[c.admin2, c.admin1, c.country].filter(Boolean).join(', ')}`),
      field('Who', [...new Set(c.members.flatMap((m) => [m.actor1, m.actor2]).filter(Boolean))].join('; ') || '–')),
    el('div', {}, miniMap(c.latitude, c.longitude))));
  body.appendChild(clusterBlock(c, null));
}

// ------------------------------------------------------------------ search and extract

async function showSearch(q) {
  $('search-input').value = q;
  const list = clear($('search-results'));
  if (!q.trim()) return;
  const r = await api('/api/search?limit=100&q=' + enc(q));
  text($('search-title'), `${r.total} articles match “${q}”`);
  for (const h of r.hits) {
    list.appendChild(el('li', {},
      el('a', { href: '#/doc/' + enc(h.doc_id), dir: 'auto', lang: 'ar' }, h.title || h.doc_id),
      el('span', { class: 'hint' }, ` ${dash(h.outlet)} · ${dash(h.published)}`),
      el('div', { class: 'snippet', dir: 'rtl', lang: 'ar' }, h.snippet)));
  }
}

async function runExtract(ev) {
  ev.preventDefault();
  const t = $('extract-text').value;
  const published = $('extract-published').value || null;
  status('Extracting…');
  try {
    const rec = await api('/api/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: t, published }) });
    status('');
    show('doc');
    renderRecord(rec, t, 'extracted, not stored', false);
  } catch (e) {
    status('Error: ' + e.message);
  }
}

// ------------------------------------------------------------------ start

function start() {
  for (const id of ['f-type', 'f-country', 'f-factuality']) $(id).addEventListener('change', () => { S.cell = null; redraw(); });
  $('f-actor').addEventListener('input', () => { S.cell = null; redraw(); });
  $('f-q').addEventListener('change', async () => { S.cell = null; S.days = null; try { await loadEvents($('f-q').value.trim()); redraw(); } catch (e) { status('Error: ' + e.message); } });
  $('f-reset').addEventListener('click', async () => {
    for (const id of ['f-type', 'f-country', 'f-factuality', 'f-actor']) $(id).value = '';
    const reload = $('f-q').value !== '';
    $('f-q').value = '';
    S.cell = null; S.days = null; S.view = S.fit;
    if (reload) await loadEvents('');
    redraw();
  });
  $('tl-clear').addEventListener('click', () => { S.days = null; redraw(); });
  $('c-multi').addEventListener('change', () => showClusters().catch((e) => status('Error: ' + e.message)));
  $('search-form').addEventListener('submit', (ev) => { ev.preventDefault(); location.hash = '#/search/' + enc($('search-input').value); });
  $('extract-form').addEventListener('submit', runExtract);
  setupMap();
  window.addEventListener('hashchange', route);
  window.addEventListener('resize', () => { if (!$('view-events').hidden && S.events.length) redraw(); });
  route();
}

document.addEventListener('DOMContentLoaded', start);
