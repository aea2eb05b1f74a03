'use strict';
(() => {
  const { el } = Orbit;
  const dyadLink = (a, b, label) => el('a', { href: 'dyad.html?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b) }, label);

  async function corpus() {
    try {
      const o = await Orbit.get('api/overview');
      document.getElementById('stats').replaceChildren(...[['articles', o.articles], ['events', o.events],
        ['real-world events', o.clusters], ['quotes', o.quotes]].map(([k, v]) => el('div', { class: 'stat' }, el('b', {}, v), k)));
      document.getElementById('dyads').replaceChildren(...o.dyads.map(d => el('tr', {},
        el('td', {}, dyadLink(d.source, d.target, d.source + ' → ' + d.target)), el('td', {}, d.events), el('td', {}, d.clusters))));
    } catch (e) { Orbit.error(document.getElementById('stats'), e); }
  }

  async function alerts() {
    const tbody = document.getElementById('alerts');
    try {
      const a = await Orbit.get('api/alerts?limit=10');
      tbody.replaceChildren(...a.alerts.map(x => {
        const first = x.events[0];
        return el('tr', {}, el('td', {}, x.period.slice(0, 7)), el('td', {}, dyadLink(x.source, x.target, x.source + ' → ' + x.target)),
          el('td', {}, x.conflict), el('td', {}, x.baseline.toFixed(2)),
          el('td', {}, first ? el('a', { href: 'dyad.html?a=' + encodeURIComponent(x.source) + '&b=' + encodeURIComponent(x.target)
            + '&event=' + encodeURIComponent(first.id), class: 'alert-event' }, first.evidence || first.id) : ''));
      }));
      if (a.alerts.length === 0) tbody.replaceChildren(el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'No alerts.')));
    } catch (e) { Orbit.error(tbody, e); }
  }

  // alerts raised by a watch loop: catch up, then ask for the ones after the last seen every few seconds
  const RAISED_SHOWN = 50;
  let lastRaised = 0;
  async function raised() {
    const tbody = document.getElementById('raised');
    try {
      let page;
      do {
        page = await Orbit.get('api/alerts/raised?limit=200&after=' + lastRaised);
        lastRaised = page.last;
        if (page.alerts.length && tbody.querySelector('.muted')) tbody.replaceChildren();
        for (const x of page.alerts) {
          tbody.prepend(el('tr', { class: 'raised-alert' }, el('td', {}, x.raised.replace('T', ' ').slice(0, 19)),
            el('td', {}, x.period.slice(0, 7)), el('td', {}, dyadLink(x.source, x.target, x.source + ' → ' + x.target)),
            el('td', {}, x.conflict), el('td', {}, x.baseline.toFixed(2))));
        }
      } while (page.alerts.length === 200);
      while (tbody.rows.length > RAISED_SHOWN) tbody.lastElementChild.remove();
      if (tbody.rows.length === 0) tbody.replaceChildren(el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'None raised yet.')));
    } catch (e) { Orbit.error(tbody, e); }
    setTimeout(raised, 5000);
  }

  async function network() {
    const box = document.getElementById('network');
    const q = new URLSearchParams({ limit: '60' });
    for (const k of ['since', 'until']) {
      const v = document.getElementById(k).value;
      if (v) q.set(k, v);
    }
    try {
      const n = await Orbit.get('api/network?' + q);
      box.replaceChildren(n.dyads.length ? Network.draw(n.dyads) : el('p', { class: 'muted' }, 'No relations in this period.'));
    } catch (e) { Orbit.error(box, e); }
  }

  document.getElementById('period').addEventListener('submit', ev => { ev.preventDefault(); network(); });
  for (const k of ['since', 'until']) { const v = Orbit.param(k); if (v) document.getElementById(k).value = v; }
  corpus();
  network();
  alerts();
  raised();
})();
