// The map: countries and places of the events, drawn as SVG from the world outline of a WebJar (no tiles, no network).
'use strict';
(() => {
  const { el, svg } = Orbit;
  const WORLD = 'webjars/echarts/4.1.0/map/json/world.json';
  // equirectangular, from 84° N down to 60° S (Antarctica left out)
  const W = 960, TOP = 84, BOTTOM = -60, K = W / 360, H = (TOP - BOTTOM) * K;
  const px = lon => ((lon + 180) * K).toFixed(1), py = lat => ((TOP - lat) * K).toFixed(1);
  let outline = null;

  function path(geometry) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    return polygons.flatMap(p => p.map(ring => 'M' + ring.map(([lon, lat]) => px(lon) + ',' + py(lat)).join('L') + 'Z')).join('');
  }

  /** The shapes [{name, code, d}], read once: the outline's names carry their country codes in world-names.tsv. */
  async function world() {
    if (outline) return outline;
    const [geo, names] = await Promise.all([fetch(WORLD).then(r => r.json()), fetch('world-names.tsv').then(r => r.text())]);
    const codes = new Map(names.split('\n').filter(l => l && !l.startsWith('#')).map(l => l.split('\t')));
    outline = geo.features.map(f => ({ name: f.properties.name, code: codes.get(f.properties.name) || null, d: path(f.geometry) }));
    return outline;
  }

  function query() {
    const q = new URLSearchParams({ limit: '200' });
    for (const id of ['actor', 'since', 'until']) {
      const v = document.getElementById(id).value.trim();
      if (v) q.set(id, id === 'actor' ? v.toUpperCase() : v);
    }
    if (document.getElementById('domestic').checked) q.set('domestic', 'true');
    return q;
  }

  async function showPlace(p) {
    const box = document.getElementById('place');
    box.replaceChildren(el('h2', {}, p.name + ' (' + p.country + '): ' + p.events + ' event(s), latest first'));
    try {
      const found = await Promise.all(p.latest.map(id => Orbit.get('api/events/' + encodeURIComponent(id))));
      for (const { event: e } of found) {
        const pair = e.source && e.target ? 'dyad.html?a=' + encodeURIComponent(e.source.country) + '&b='
          + encodeURIComponent(e.target.country) + '&event=' + encodeURIComponent(e.id) : null;
        box.append(el('div', { class: 'place-event', 'data-id': e.id },
          el('p', {}, (e.date || '?') + ' · ' + e.cameo + ' · ' + Orbit.actor(e.source) + ' → ' + Orbit.actor(e.target)),
          el('blockquote', { class: 'sentence' }, Orbit.evidence(e)),
          el('p', {}, pair ? el('a', { href: pair }, 'in the dyad explorer') : '', pair ? ' · ' : '',
            Orbit.articleLink(e.article, e.start, 'the article'))));
      }
    } catch (err) { Orbit.error(box, err); }
  }

  function draw(shapes, data) {
    const byCode = new Map(data.countries.map(c => [c.country, c]));
    const max = Math.max(1, ...data.countries.map(c => c.events));
    const maxPlace = Math.max(1, ...data.places.map(p => p.events));
    const root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H.toFixed(0), class: 'world', role: 'img',
      'aria-label': 'World map of events' });
    for (const s of shapes) {
      const c = s.code && byCode.get(s.code);
      const shape = svg('path', { d: s.d, fill: data.actor && s.code === data.actor ? '#1f3a5f' : c ? Network.colour(c.goldstein) : '#dde2e8',
        'fill-opacity': c ? (0.35 + 0.65 * Math.sqrt(c.events / max)).toFixed(2) : 1 });
      if (!c) { root.append(shape); continue; }
      const href = data.actor ? 'dyad.html?a=' + encodeURIComponent(data.actor) + '&b=' + encodeURIComponent(s.code)
        : 'map.html?actor=' + encodeURIComponent(s.code);
      root.append(svg('a', { href, class: 'country', 'data-country': s.code },
        svg('title', {}, s.name + ': ' + c.events + ' events' + (data.actor ? ' with ' + data.actor : '')
          + ', mean Goldstein ' + c.goldstein.toFixed(1) + ', conflict ' + Math.round(100 * c.conflict) + ' %'), shape));
    }
    data.places.forEach(p => {
      const a = svg('a', { href: '#place', class: 'place', 'data-place': p.name },
        svg('title', {}, p.name + ': ' + p.events + ' events, mean Goldstein ' + p.goldstein.toFixed(1)),
        svg('circle', { cx: px(p.lon), cy: py(p.lat), r: (2.5 + 8 * Math.sqrt(p.events / maxPlace)).toFixed(1),
          fill: Network.colour(p.goldstein) }));
      a.addEventListener('click', ev => { ev.preventDefault(); showPlace(p); });
      root.append(a);
    });
    return root;
  }

  async function show() {
    const box = document.getElementById('map');
    const q = query();
    history.replaceState(null, '', '?' + q);
    try {
      const [shapes, data] = await Promise.all([world(), Orbit.get('api/map?' + q)]);
      box.replaceChildren(draw(shapes, data));
      const tbody = document.getElementById('places');
      tbody.replaceChildren(...data.places.map(p => el('tr', { 'data-place': p.name },
        el('td', {}, p.name), el('td', {}, p.country), el('td', {}, p.events), el('td', {}, p.goldstein.toFixed(1)),
        el('td', {}, Math.round(100 * p.conflict) + ' %'),
        el('td', {}, Object.assign(el('button', { class: 'link', type: 'button' }, 'events'), { onclick: () => showPlace(p) })))));
      if (data.places.length === 0) tbody.replaceChildren(el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'No places.')));
    } catch (e) { Orbit.error(box, e); }
  }

  for (const id of ['actor', 'since', 'until']) {
    const v = Orbit.param(id);
    if (v) document.getElementById(id).value = v;
  }
  document.getElementById('domestic').checked = Orbit.param('domestic') === 'true';
  document.getElementById('filter').addEventListener('submit', ev => { ev.preventDefault(); show(); });
  show();
})();
