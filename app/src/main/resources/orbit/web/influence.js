'use strict';
(() => {
  const { el } = Orbit;
  const tbody = document.getElementById('clients');
  const fmt = v => (v === null || v === undefined ? 'n/a' : v.toFixed(3));
  const pair = (a, b) => fmt(a) + ' → ' + fmt(b);

  function trend(change) {
    if (change === null || change === undefined) return el('span', { class: 'muted' }, 'n/a');
    const steady = Math.abs(change) < 0.02;
    return el('span', { class: steady ? 'steady' : change > 0 ? 'rising' : 'falling' },
      (steady ? '→ ' : change > 0 ? '▲ ' : '▼ ') + (change > 0 ? '+' : '') + change.toFixed(3));
  }

  /** The index year by year as a small line (0 … 1), each year's value in its tooltip. */
  function sparkline(years) {
    const points = Object.entries(years || {}).map(([y, v]) => [Number(y), v]);
    if (points.length < 2) return '';
    const x0 = points[0][0], span = Math.max(1, points[points.length - 1][0] - x0);
    const xy = points.map(([y, v]) => [4 + 92 * (y - x0) / span, 22 - 20 * v]);
    return Orbit.svg('svg', { viewBox: '0 0 100 24', width: 100, height: 24, class: 'sparkline' },
      Orbit.svg('title', {}, points.map(([y, v]) => y + ': ' + v.toFixed(3)).join(', ')),
      Orbit.svg('polyline', { points: xy.map(p => p.join(',')).join(' '), fill: 'none', stroke: '#1a5fb4', 'stroke-width': 1.5 }),
      ...xy.map(([x, y]) => Orbit.svg('circle', { cx: x, cy: y, r: 2, fill: '#1a5fb4' })));
  }

  function drivers(list) {
    if (!list || list.length === 0) return el('span', { class: 'muted' }, 'none');
    return el('ul', { class: 'drivers' }, ...list.map(e => el('li', {},
      el('a', { href: 'dyad.html?a=' + encodeURIComponent(e.source) + '&b=' + encodeURIComponent(e.target)
        + '&event=' + encodeURIComponent(e.id), class: 'driver' }, e.day + ' ' + e.source + '→' + e.target + ' ' + e.cameo),
      ' (' + e.goldstein + ') ', el('span', { class: 'muted' }, e.evidence || ''))));
  }

  async function show() {
    const p = document.getElementById('patron').value.trim().toUpperCase();
    const q = new URLSearchParams();
    const region = document.getElementById('region').value.trim();
    const to = document.getElementById('to').value.trim();
    if (region) q.set('region', region);
    if (to) q.set('to', to);
    history.replaceState(null, '', '?p=' + encodeURIComponent(p) + (q.toString() ? '&' + q : ''));
    try {
      const t = await Orbit.get('api/influence/' + encodeURIComponent(p) + '?' + q);
      const base = t.fromYear === t.toYear - 1 ? String(t.fromYear) : t.fromYear + '–' + (t.toYear - 1);
      document.getElementById('summary').replaceChildren(
        t.summary.patron + '’s influence over ' + t.region + ' is ' + t.summary.trend + ' (baseline ' + base + ' against '
        + t.toYear + '; mean change ' + t.summary.meanChange.toFixed(3) + ', ' + t.summary.falling + ' falling, '
        + t.summary.rising + ' rising).', t.noIndicators ? el('span', { class: 'muted' }, ' No indicators loaded: the structural part is empty.') : '');
      tbody.replaceChildren(...t.clients.map(c => el('tr', { 'data-client': c.client },
        el('td', {}, el('a', { href: 'dyad.html?a=' + encodeURIComponent(c.client) + '&b=' + encodeURIComponent(c.patron) }, c.client)),
        el('td', {}, pair(c.relationalFrom, c.relationalTo)), el('td', {}, pair(c.structuralFrom, c.structuralTo)),
        el('td', {}, pair(c.indexFrom, c.indexTo)), el('td', {}, trend(c.change), el('br'), sparkline(t.trend[c.client])),
        el('td', {}, c.eventsFrom + ' → ' + c.eventsTo), el('td', {}, drivers(c.drivers)))));
      if (t.clients.length === 0) tbody.replaceChildren(el('tr', {}, el('td', { colspan: 7, class: 'muted' }, 'No clients.')));
    } catch (e) { Orbit.error(tbody, e); }
  }

  document.getElementById('pick').addEventListener('submit', ev => { ev.preventDefault(); show(); });
  for (const [param, input] of [['p', 'patron'], ['region', 'region'], ['to', 'to']]) {
    const v = Orbit.param(param);
    if (v) document.getElementById(input).value = v;
  }
  show();
})();
