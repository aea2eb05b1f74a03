'use strict';
(async () => {
  const { el } = Orbit;
  try {
    const o = await Orbit.get('api/overview');
    document.getElementById('stats').replaceChildren(...[['articles', o.articles], ['events', o.events],
      ['real-world events', o.clusters], ['quotes', o.quotes]].map(([k, v]) => el('div', { class: 'stat' }, el('b', {}, v), k)));
    document.getElementById('dyads').replaceChildren(...o.dyads.map(d => el('tr', {},
      el('td', {}, el('a', { href: 'dyad.html?a=' + encodeURIComponent(d.source) + '&b=' + encodeURIComponent(d.target) },
        d.source + ' → ' + d.target)), el('td', {}, d.events), el('td', {}, d.clusters))));
  } catch (e) { Orbit.error(document.getElementById('stats'), e); }
})();
