'use strict';
(() => {
  const { el } = Orbit;
  const tbody = document.getElementById('clients');
  const fmt = v => (v === null || v === undefined ? 'n/a' : v.toFixed(3));
  const range = e => '[' + e.low.toFixed(2) + ', ' + e.high.toFixed(2) + ']';
  /** A figure with ± half its 95 % interval (the bounds in the tooltip); null: too few events in the period. */
  const est = (e, events) => (e === null || e === undefined
    ? el('span', { class: 'muted insufficient' }, 'insufficient evidence (' + events + ')')
    : el('span', { title: '95 % interval ' + range(e) }, e.value.toFixed(3) + '±' + ((e.high - e.low) / 2).toFixed(2)));
  const pair = (a, b) => fmt(a) + ' → ' + fmt(b);

  function trend(c) {
    if (!c.change) return el('span', { class: 'muted' }, c.trend);
    const arrow = { falling: '▼ ', rising: '▲ ', steady: '→ ' }[c.trend];
    return el('span', { class: c.trend, title: '95 % interval of the change ' + range(c.change) },
      arrow + c.trend + ' ' + (c.change.value > 0 ? '+' : '') + c.change.value.toFixed(3) + ' ' + range(c.change));
  }

  /** The index year by year as a small line (0 … 1) in its 95 % band, each year's value and interval in its tooltip. */
  function sparkline(years) {
    const points = Object.entries(years || {}).map(([y, e]) => [Number(y), e]);
    if (points.length < 2) return '';
    const x0 = points[0][0], span = Math.max(1, points[points.length - 1][0] - x0);
    const x = y => 4 + 92 * (y - x0) / span, y = v => 22 - 20 * v;
    const xy = points.map(([yr, e]) => [x(yr), y(e.value)]);
    const band = [...points.map(([yr, e]) => [x(yr), y(e.high)]), ...[...points].reverse().map(([yr, e]) => [x(yr), y(e.low)])];
    return Orbit.svg('svg', { viewBox: '0 0 100 24', width: 100, height: 24, class: 'sparkline' },
      Orbit.svg('title', {}, points.map(([yr, e]) => yr + ': ' + e.value.toFixed(3) + ' ' + range(e)).join(', ')),
      Orbit.svg('polygon', { class: 'band', points: band.map(p => p.join(',')).join(' '), fill: '#1a5fb4', 'fill-opacity': 0.2 }),
      Orbit.svg('polyline', { points: xy.map(p => p.join(',')).join(' '), fill: 'none', stroke: '#1a5fb4', 'stroke-width': 1.5 }),
      ...xy.map(([cx, cy]) => Orbit.svg('circle', { cx, cy, r: 2, fill: '#1a5fb4' })));
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
      const m = t.summary.meanChange;
      document.getElementById('summary').replaceChildren(
        t.summary.patron + '’s influence over ' + t.region + ' is ' + t.summary.trend + ' (baseline ' + base + ' against '
        + t.toYear + (m ? '; mean change ' + m.value.toFixed(3) + ' ' + range(m) : '') + ' over the ' + t.summary.enough
        + ' of ' + t.summary.clients + ' clients with ' + t.summary.minEvents + ' or more events in both periods; '
        + t.summary.falling + ' falling, ' + t.summary.rising + ' rising).', t.noIndicators ? el('span', { class: 'muted' }, ' No indicators loaded: the structural part is empty.') : '');
      tbody.replaceChildren(...t.clients.map(c => el('tr', { 'data-client': c.client },
        el('td', {}, el('a', { href: 'dyad.html?a=' + encodeURIComponent(c.client) + '&b=' + encodeURIComponent(c.patron) }, c.client)),
        el('td', {}, est(c.relationalFrom, c.eventsFrom), ' → ', est(c.relationalTo, c.eventsTo)),
        el('td', {}, pair(c.structuralFrom, c.structuralTo)),
        el('td', {}, est(c.indexFrom, c.eventsFrom), ' → ', est(c.indexTo, c.eventsTo)),
        el('td', {}, trend(c), el('br'), sparkline(t.trend[c.client])),
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
