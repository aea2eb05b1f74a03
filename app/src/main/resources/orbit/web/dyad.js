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
      // the analytics' series (fact events, one per real-world event) with its 95 % intervals as bands
      const months = [...new Set([...s.aToB, ...s.bToA].map(m => m.month).concat(s.facts.map(p => p.period)))].sort();
      const fact = (source, key) => months.map(m => {
        const f = s.facts.find(p => p.source === source && p.period === m);
        return f ? f[key] : 0;
      });
      const xs = months.map(m => Date.parse(m + 'T00:00:00Z') / 1000);
      const measures = [[a, b, 'events', '#1a5fb4', 'rgba(26,95,180,0.15)', null], [b, a, 'events', '#c01c28', 'rgba(192,28,40,0.15)', null],
        [a, b, 'goldsteinSum', '#7aa6e0', 'rgba(122,166,224,0.12)', 'g'], [b, a, 'goldsteinSum', '#e08a7a', 'rgba(224,138,122,0.12)', 'g']];
      const data = [xs], series = [{}], bands = [];
      for (const [from, to, key, stroke, fill, scale] of measures) {
        const name = from + '→' + to + (key === 'events' ? ' events' : ' Goldstein');
        const at = data.length;
        data.push(fact(from, key), fact(from, key + 'Low'), fact(from, key + 'High'));
        const line = { label: name, stroke, width: key === 'events' ? 2 : 1, dash: scale ? [4, 4] : undefined,
          points: { size: key === 'events' ? 7 : 4 } };
        const bound = which => ({ label: name + ' 95 % ' + which, stroke: 'transparent', width: 0, points: { show: false } });
        series.push(line, bound('low'), bound('high'));
        if (scale) series.slice(-3).forEach(x => { x.scale = scale; });
        bands.push({ series: [at + 2, at + 1], fill });
      }
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
          series, bands,
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
