// Shared helpers of the dashboard pages. Data from the API only ever becomes text (textContent), never markup.
'use strict';
const Orbit = {
  async get(path) {
    const r = await fetch(path, { headers: { Accept: 'application/json' } });
    const body = await r.json();
    if (!r.ok) throw new Error(body.message || ('HTTP ' + r.status));
    return body;
  },
  /** An element with text content and attributes; children may be elements or strings (as text). */
  el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined) e.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  },
  /** An SVG element, as {@link el} makes HTML ones: attributes, and children as elements or text. */
  svg(tag, attrs, ...children) {
    const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  },
  param(name) { return new URLSearchParams(location.search).get(name); },
  error(where, e) { where.replaceChildren(Orbit.el('p', { class: 'error', role: 'alert' }, e.message)); },
  /** An event side: its code and words, or "unknown" for a side the text leaves unknown (an agentless passive). */
  actor(a) { return a ? (a.code || a.country) + (a.text ? ' (' + a.text + ')' : '') : 'unknown'; },
  articleLink(id, start, label) {
    return Orbit.el('a', { href: 'article.html?id=' + encodeURIComponent(id) + (start >= 0 ? '#at-' + start : '') }, label);
  },
  /**
   * The text split at the boundaries of the spans [{start, end, cls, id}]: one <span> per piece covered by any
   * span (classes of all the spans covering it), plain text elsewhere.
   */
  annotate(text, spans) {
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
    const points = [...cuts].sort((a, b) => a - b);
    const out = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i], to = points[i + 1];
      const piece = text.substring(from, to);
      const covering = spans.filter(s => s.start <= from && s.end >= to);
      if (covering.length === 0) { out.append(document.createTextNode(piece)); continue; }
      const span = Orbit.el('span', { class: [...new Set(covering.map(s => s.cls))].join(' '),
        title: covering.map(s => s.title).join('; ') }, piece);
      const starting = covering.find(s => s.start === from);
      if (starting) span.id = 'at-' + starting.start;
      out.append(span);
    }
    return out;
  },
  /** The evidence sentence with the source and target actors' words and the trigger (the verb) highlighted. */
  evidence(e) {
    const text = e.evidence || '';
    const spans = [];
    if (e.trigger && e.trigger.start >= e.start && e.trigger.end <= e.end) {
      spans.push({ start: e.trigger.start - e.start, end: e.trigger.end - e.start, cls: 'trigger', title: 'trigger: ' + e.cameo });
    }
    for (const [side, cls] of [[e.source, 'actor-source'], [e.target, 'actor-target']]) {
      if (side && side.text) {
        const at = text.indexOf(side.text);
        if (at >= 0) spans.push({ start: at, end: at + side.text.length, cls, title: cls.replace('actor-', '') + ': ' + (side.code || '') });
      }
    }
    return Orbit.annotate(text, spans);
  },
};
