// The relations network of the overview: plain SVG built with DOM calls (names only ever become text nodes).
'use strict';
const Network = (() => {
  const W = 900, H = 640, R = 270;
  /** A node's radius: wide enough for its label (IGO codes are long). */
  const radius = c => Math.max(17, 3.6 * c.length);

  const { svg } = Orbit;

  /** Goldstein −10 … 10 as red … grey … green. */
  function colour(g) {
    const t = Math.max(-1, Math.min(1, g / 10));
    const end = t < 0 ? [192, 28, 40] : [30, 160, 50];
    return 'rgb(' + end.map(v => Math.round(150 + Math.abs(t) * (v - 150))).join(',') + ')';
  }

  /** Where the curve from the control point (mx, my) meets the rim of the node at q, so the arrowhead shows. */
  function rim(q, mx, my) {
    const dx = q.x - mx, dy = q.y - my, len = Math.hypot(dx, dy) || 1, r = q.r + 2;
    return (q.x - dx * r / len) + ',' + (q.y - dy * r / len);
  }

  function dyadHref(a, b) { return 'dyad.html?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b); }

  /** The dyads [{source, target, events, goldstein, conflict}] as a circle of countries joined by curved arrows. */
  function draw(dyads) {
    const countries = [...new Set(dyads.flatMap(d => [d.source, d.target]))].sort();
    const at = new Map(countries.map((c, i) => {
      const angle = 2 * Math.PI * i / countries.length - Math.PI / 2;
      return [c, { x: W / 2 + R * Math.cos(angle), y: H / 2 + R * Math.sin(angle), r: radius(c) }];
    }));
    const partner = new Map();
    for (const d of dyads) {
      for (const [a, b] of [[d.source, d.target], [d.target, d.source]]) if (!partner.has(a)) partner.set(a, b);
    }
    const max = Math.max(1, ...dyads.map(d => d.events));
    const root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: '100%', class: 'network', 'aria-label': 'Relations between countries' },
      svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse',
        orient: 'auto-start-reverse' }, svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#5e6670' }))));
    for (const d of dyads) {
      const p = at.get(d.source), q = at.get(d.target);
      // bend to the right of the direction of travel, so that a → b and b → a do not overlap
      const mx = (p.x + q.x) / 2 + (q.y - p.y) * 0.15, my = (p.y + q.y) / 2 - (q.x - p.x) * 0.15;
      const edge = svg('a', { href: dyadHref(d.source, d.target), class: 'edge', 'data-dyad': d.source + ':' + d.target },
        svg('title', {}, d.source + ' → ' + d.target + ': ' + d.events + ' events, mean Goldstein ' + d.goldstein.toFixed(1)
          + ', conflict ' + Math.round(100 * d.conflict) + ' %'),
        svg('path', { d: 'M' + p.x + ',' + p.y + ' Q' + mx + ',' + my + ' ' + rim(q, mx, my), fill: 'none',
          stroke: colour(d.goldstein), 'stroke-width': 1.5 + 6 * Math.sqrt(d.events / max), 'marker-end': 'url(#arrow)',
          'stroke-opacity': 0.85 }));
      root.append(edge);
    }
    for (const c of countries) {
      const { x, y, r } = at.get(c);
      root.append(svg('a', { href: dyadHref(c, partner.get(c)), class: 'node', 'data-country': c },
        svg('title', {}, c + ': open with ' + partner.get(c) + ' in the dyad explorer'),
        svg('circle', { cx: x, cy: y, r, fill: '#fff', stroke: '#1f3a5f', 'stroke-width': 2 }),
        svg('text', { x, y: y + 4, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 600 }, c)));
    }
    return root;
  }

  return { draw, colour };
})();
