'use strict';
(() => {
  const { el } = Orbit;
  const box = document.getElementById('voices');
  async function load() {
    const q = new URLSearchParams({ limit: '200' });
    const speaker = document.getElementById('speaker').value.trim();
    const mentions = document.getElementById('mentions').value.trim().toUpperCase();
    if (speaker) q.set('speaker', speaker);
    if (mentions) q.set('mentions', mentions);
    try {
      const page = await Orbit.get('api/quotes?' + q);
      const bySpeaker = new Map();
      for (const quote of page.quotes) {
        const s = quote.speaker;
        const name = s ? [s.name, s.role, s.affiliation].filter(Boolean).join(', ') || 'unnamed' : 'unattributed';
        if (!bySpeaker.has(name)) bySpeaker.set(name, []);
        bySpeaker.get(name).push(quote);
      }
      box.replaceChildren(...[...bySpeaker].map(([name, quotes]) => el('section', { class: 'panel speaker' },
        el('h2', {}, name + ' (' + quotes.length + ')'),
        el('ul', {}, ...quotes.map(qt => el('li', {}, (qt.direct ? '“' + qt.text + '”' : qt.text), ' ',
          el('span', { class: 'muted' }, (qt.mentions || []).join(' ') + ' · '),
          Orbit.articleLink(qt.article, qt.start, qt.article)))))));
      if (bySpeaker.size === 0) box.replaceChildren(el('p', { class: 'muted' }, 'No quotes match.'));
    } catch (e) { Orbit.error(box, e); }
  }
  document.getElementById('filter').addEventListener('submit', ev => { ev.preventDefault(); load(); });
  const m = Orbit.param('mentions');
  if (m) document.getElementById('mentions').value = m;
  load();
})();
