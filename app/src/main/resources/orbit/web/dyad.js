'use strict';
(() => {
  const { el } = Orbit;
  const form = document.getElementById('pick');
  let plot = null;

  function dyadQuery(a, b, month) {
    const q = new URLSearchParams({ actor: a, limit: '200' });
    if (month) {
      const end = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0));
      q.set('since', month.toISOString().slice(0, 10));
      q.set('until', end.toISOString().slice(0, 10));
    }
    return 'api/events?' + q;
  }

  async function showEvents(a, b, month) {
    const tbody = document.getElementById('events');
    document.getElementById('events-title').textContent = 'Events ' + a + ' ↔ ' + b
      + (month ? ' in ' + month.toISOString().slice(0, 7) : '');
    try {
      const page = await Orbit.get(dyadQuery(a, b, month));
      const rows = page.events.filter(e => e.source && e.target
        && ((e.source.country === a && e.target.country === b) || (e.source.country === b && e.target.country === a)));
      tbody.replaceChildren(...rows.map(e => el('tr', { 'data-id': e.id },
        el('td', {}, e.date || ''), el('td', {}, Orbit.actor(e.source)), el('td', {}, e.cameo),
        el('td', {}, Orbit.actor(e.target)), el('td', {}, e.goldstein),
        el('td', {}, Object.assign(el('button', { class: 'link event-link', type: 'button' }, 'evidence'),
          { onclick: () => showEvidence(e.id) })))));
      if (rows.length === 0) tbody.replaceChildren(el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'No events.')));
    } catch (e) { Orbit.error(tbody, e); }
  }

  async function showEvidence(id) {
    const box = document.getElementById('evidence');
    try {
      const d = await Orbit.get('api/events/' + encodeURIComponent(id));
      const e = d.event;
      document.querySelectorAll('#events tr').forEach(tr => tr.classList.toggle('selected', tr.dataset.id === id));
      box.replaceChildren(
        el('h2', {}, e.cameo + ' ' + (e.plover || '') + ' — ' + Orbit.actor(e.source) + ' → ' + Orbit.actor(e.target)),
        el('blockquote', { class: 'sentence' }, Orbit.evidence(e)),
        el('p', { class: 'muted' }, 'Date ' + (e.date || '?') + ' (' + (e.datePrecision || '') + '), factuality '
          + (e.factuality || '?') + ', confidence ' + e.confidence
          + (d.cluster ? ', reported ' + d.cluster.mentions + ' time(s) in ' + d.cluster.articles + ' article(s)' : '')),
        el('p', {}, 'From ', Orbit.articleLink(e.article, e.start, d.article ? (d.article.title || e.article) : e.article),
          d.article ? ' (' + (d.article.source || '') + ', ' + d.article.published + ')' : ''));
    } catch (err) { Orbit.error(box, err); }
  }

  async function show(a, b) {
    const chart = document.getElementById('chart');
    const event = Orbit.param('event');
    history.replaceState(null, '', '?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b)
      + (event ? '&event=' + encodeURIComponent(event) : ''));
    try {
      const s = await Orbit.get('api/dyads/' + encodeURIComponent(a) + '/' + encodeURIComponent(b) + '/series');
      const months = [...new Set([...s.aToB, ...s.bToA].map(m => m.month))].sort();
      const pick = (list, key) => months.map(m => { const f = list.find(x => x.month === m); return f ? f[key] : 0; });
      const xs = months.map(m => Date.parse(m + 'T00:00:00Z') / 1000);
      const data = [xs, pick(s.aToB, 'events'), pick(s.bToA, 'events'), pick(s.aToB, 'goldstein'), pick(s.bToA, 'goldstein')];
      if (plot) plot.destroy();
      chart.replaceChildren();
      const pickMonth = document.getElementById('month');
      pickMonth.replaceChildren(el('option', { value: '' }, 'all months'), ...months.map(m => el('option', { value: m }, m.slice(0, 7))));
      pickMonth.onchange = () => showEvents(a, b, pickMonth.value ? new Date(pickMonth.value + 'T00:00:00Z') : null);
      if (months.length === 0) { chart.append(el('p', { class: 'muted' }, 'No events between ' + a + ' and ' + b + '.')); }
      else {
        plot = new uPlot({
          width: Math.min(1100, chart.clientWidth || 900), height: 280,
          scales: { x: { time: true }, g: {} },
          series: [{}, { label: a + '→' + b + ' events', stroke: '#1a5fb4', width: 2, points: { size: 7 } },
            { label: b + '→' + a + ' events', stroke: '#c01c28', width: 2, points: { size: 7 } },
            { label: a + '→' + b + ' Goldstein', stroke: '#7aa6e0', dash: [4, 4], scale: 'g' },
            { label: b + '→' + a + ' Goldstein', stroke: '#e08a7a', dash: [4, 4], scale: 'g' }],
          axes: [{}, { label: 'events' }, { scale: 'g', side: 1, label: 'Goldstein', grid: { show: false } }],
        }, data, chart);
        plot.over.addEventListener('click', () => {
          const i = plot.cursor.idx;
          if (i === null || i === undefined) return;
          pickMonth.value = months[i];
          showEvents(a, b, new Date(xs[i] * 1000));
        });
      }
    } catch (e) { Orbit.error(chart, e); }
    showEvents(a, b, null);
  }

  form.addEventListener('submit', ev => {
    ev.preventDefault();
    show(document.getElementById('a').value.trim().toUpperCase(), document.getElementById('b').value.trim().toUpperCase());
  });
  const a = Orbit.param('a'), b = Orbit.param('b');
  if (a) document.getElementById('a').value = a;
  if (b) document.getElementById('b').value = b;
  show(document.getElementById('a').value.toUpperCase(), document.getElementById('b').value.toUpperCase());
  const event = Orbit.param('event');
  if (event) showEvidence(event);
})();
