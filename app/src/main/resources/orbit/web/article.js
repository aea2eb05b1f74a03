'use strict';
(async () => {
  const { el } = Orbit;
  const id = Orbit.param('id');
  try {
    const d = await Orbit.get('api/articles/' + encodeURIComponent(id || ''));
    const a = d.article;
    document.title = 'Orbit — ' + (a.title || a.id);
    document.getElementById('title').textContent = a.title || a.id;
    document.getElementById('meta').replaceChildren(a.id + ' · ' + (a.source || '') + ' · ' + a.published + ' · ',
      a.url && /^https?:\/\//.test(a.url) ? el('a', { href: a.url, rel: 'noopener noreferrer' }, a.url) : (a.url || ''));
    const spans = d.events.map(e => ({ start: e.start, end: e.end, cls: 'span-event', title: e.cameo + ' ' + Orbit.actor(e.source) + ' → ' + Orbit.actor(e.target) }))
      .concat(d.events.filter(e => e.trigger).map(e => ({ start: e.trigger.start, end: e.trigger.end, cls: 'trigger', title: 'trigger: ' + e.cameo })))
      .concat(d.quotes.map(q => ({ start: q.start, end: q.end, cls: 'span-quote', title: 'quote' + (q.speaker && q.speaker.name ? ' by ' + q.speaker.name : '') })));
    document.getElementById('text').replaceChildren(Orbit.annotate(a.text, spans));
    document.getElementById('events').replaceChildren(...d.events.map(e => el('tr', {},
      el('td', {}, el('a', { href: '#at-' + e.start }, e.evidence)), el('td', {}, Orbit.actor(e.source)),
      el('td', {}, e.cameo + ' ' + (e.plover || '')), el('td', {}, Orbit.actor(e.target)), el('td', {}, e.date || ''))));
    document.getElementById('quotes').replaceChildren(...d.quotes.map(q => el('tr', {},
      el('td', {}, q.speaker ? [q.speaker.name, q.speaker.role, q.speaker.affiliation].filter(Boolean).join(', ') : '?'),
      el('td', {}, el('a', { href: '#at-' + q.start }, q.text)), el('td', {}, (q.mentions || []).join(' ')))));
    if (location.hash) { const t = document.getElementById(location.hash.slice(1)); if (t) t.scrollIntoView(); }
  } catch (e) { Orbit.error(document.getElementById('text'), e); }
})();
