/* reconcile HTML report: selection, details, filters and keys.
   Article text is data: this script never parses HTML. Strings reach the page through
   textContent only, and the article text itself was escaped and cut into spans by the
   Python renderer. */
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('reconcile-data').textContent);
  var claims = D.claims, findings = D.findings, sources = D.sources, labels = D.labels;
  claims.forEach(function (c) { if (c.f === undefined) c.f = -1; });
  var $ = function (sel, root) { return (root || document).querySelector(sel); };
  var $$ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };

  var app = $('#app'), cols = $('#cols'), detail = $('#detail-body'), list = $('#findings');
  var segs = $$('#cols .k');
  var segsOf = claims.map(function () { return []; });
  segs.forEach(function (el) {
    el.rc = el.getAttribute('data-c').split(' ').map(Number);
    el.rc.forEach(function (ci) { if (segsOf[ci]) segsOf[ci].push(el); });
  });
  var items = $$('#findings li.f');
  var itemOf = {};
  items.forEach(function (li) { itemOf[li.getAttribute('data-f')] = li; });
  /* a claim's words are its spans' text; a finding's reason is in the list */
  function words(ci) { return segsOf[ci].map(function (s) { return s.textContent; }).join(''); }
  function reason(fi) { var w = itemOf[fi] && $('.why', itemOf[fi]); return w ? w.textContent : ''; }

  var state = { status: {}, kind: {}, selected: -1, cursor: -1, marked: [], current: [] };

  /* ---------------------------------------------------------------- filters */
  function readFilters() {
    $$('#filters input').forEach(function (box) { state[box.name][box.value] = box.checked; });
  }
  function shown(fi) {
    var f = findings[fi];
    return !!f && state.status[f.status] !== false && state.kind[f.kind] !== false;
  }
  function applyFilters() {
    readFilters();
    items.forEach(function (li) { li.hidden = !shown(+li.getAttribute('data-f')); });
    $$('#findings details.grp').forEach(function (g) {
      var visible = $$('li.f', g).filter(function (li) { return !li.hidden; }).length;
      var count = $('.count', g);
      var total = count.getAttribute('data-total');
      count.textContent = visible === +total ? total : visible + ' of ' + total;
      g.hidden = visible === 0;
    });
    segs.forEach(function (el) {
      // the innermost claim with a finding shown colours the words: a name inside an
      // enumeration that agrees is coloured with it, not left bare between coloured commas
      var st = null, bare = false;
      for (var i = 0; i < el.rc.length; i++) {
        var fi = claims[el.rc[i]].f;
        if (fi < 0) { bare = true; continue; }
        if (shown(fi)) { st = findings[fi].status; break; }
      }
      el.setAttribute('data-st', st || (bare ? 'none' : 'off'));
    });
    if (state.selected >= 0 && !shown(state.selected)) clearSelection();
  }

  /* ---------------------------------------------------------------- details */
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function badge(status) {
    var b = el('span', 'badge');
    b.setAttribute('data-st', labels[status] ? status : 'none');
    if (labels[status]) {
      var ic = el('span', 'ic', labels[status].icon);
      ic.setAttribute('aria-hidden', 'true');
      b.appendChild(ic);
      b.appendChild(document.createTextNode(' ' + labels[status].label));
    } else {
      b.textContent = 'no finding';
    }
    return b;
  }
  function num(x) {
    if (x === null || x === undefined) return null;
    return Number.isInteger(x) ? x.toLocaleString('en-US') : String(x);
  }
  function intervalText(iv) {
    if (!iv) return 'unknown';
    var lo = num(iv[0]), hi = num(iv[1]);
    return '[' + (lo === null ? '\u2212\u221e' : lo) + ', ' + (hi === null ? '\u221e' : hi) +
      (hi === null ? ')' : ']') + (iv[2] !== null ? '; figure written ' + num(iv[2]) : '; no single figure');
  }
  function claimCard(ci) {
    var c = claims[ci], s = sources[c.src] || { name: '?', path: '?' };
    var card = el('div', 'card');
    var h = el('h3');
    h.appendChild(badge(c.f >= 0 ? findings[c.f].status : 'none'));
    h.appendChild(el('span', 'kind', c.kind));
    h.appendChild(el('span', null, s.name));
    card.appendChild(h);
    var dl = el('dl');
    function row(k, v) {
      if (v === null || v === undefined || v === '') return;
      dl.appendChild(el('dt', null, k));
      dl.appendChild(el('dd', null, v));
    }
    row('Words', words(ci));
    if (c.kind === 'quantity') {
      row('Value', c.value);
      row('Interval', intervalText(c.interval));
      row('Hedge', c.hedge || 'none (exact)');
      row('Measure', c.measure || 'not known');
      row('Counts', [c.noun, c.group ? '(' + c.group + ')' : ''].filter(Boolean).join(' '));
      row('Place', c.place ? c.place + (c.place_inherited ? ' (from the sentence before)' : '') : null);
      row('Time', c.time ? c.time + (c.time_inherited ? ' (from the sentence before)' : '') : null);
    } else if (c.kind === 'quote') {
      row('Speaker', c.speaker || 'not known');
      row('Cue', c.cue);
      row('Quote', c.direct === true ? 'direct' : c.direct === false ? 'indirect' : null);
    } else {
      row('Person', c.person);
      row('Title', c.title);
    }
    row('Source', s.name + (s.published ? ', ' + s.published : ''));
    row('File', s.path + ':' + c.line);
    row('Offsets', 'characters ' + c.start + '\u2013' + c.end);
    card.appendChild(dl);
    card.appendChild(el('blockquote', null, D.sentences[c.s]));
    if (c.f >= 0) {
      var f = findings[c.f];
      var p = el('p', 'reason', reason(c.f) + ' ');
      p.appendChild(el('span', 'conf', 'confidence ' + f.confidence.toFixed(2)));
      card.appendChild(p);
      if (c.f !== state.selected) {
        var b = el('button', null, 'Show this finding in every column');
        b.type = 'button';
        b.addEventListener('click', function () { select(c.f, true); });
        card.appendChild(b);
      }
    }
    return card;
  }
  function showClaims(list) {
    detail.textContent = '';
    list.forEach(function (ci) { detail.appendChild(claimCard(ci)); });
  }

  /* ---------------------------------------------------------------- selection */
  function unmark(cls, arr) { arr.forEach(function (e) { e.classList.remove(cls); }); return []; }
  function columnOf(seg) { return seg.closest('.text'); }
  function scrollColumn(seg) {
    var box = columnOf(seg);
    var r = seg.getBoundingClientRect(), b = box.getBoundingClientRect();
    box.scrollTop += (r.top - b.top) - box.clientHeight / 3;
  }
  function revealColumn(seg) {
    var col = seg.closest('.col');
    var left = col.offsetLeft - cols.offsetLeft, right = left + col.offsetWidth;
    if (left < cols.scrollLeft || right > cols.scrollLeft + cols.clientWidth) cols.scrollLeft = left;
  }
  function bringAppIntoView() {
    var top = app.getBoundingClientRect().top;
    if (Math.abs(top) > 1) window.scrollBy(0, top);
  }
  function showAllColumns() {
    $$('#cols .col.aside').forEach(function (c) { c.classList.remove('aside'); c.removeAttribute('title'); });
  }
  /* When the columns do not fit side by side, fold the ones the finding is not in, so
     that the sources it is about stand next to each other. */
  function foldColumns(boxes) {
    if (cols.scrollWidth <= cols.clientWidth + 1) return;
    $$('#cols .col').forEach(function (c) {
      if (!boxes.has($('.text', c))) {
        c.classList.add('aside');
        c.setAttribute('title', 'Not in this finding: click to unfold');
      }
    });
  }
  function clearSelection() {
    showAllColumns();
    state.marked = unmark('sel', state.marked);
    state.current = unmark('cur', state.current);
    items.forEach(function (li) {
      li.classList.remove('cur');
      $('.fbtn', li).setAttribute('aria-pressed', 'false');
    });
    state.selected = -1;
    state.cursor = -1;
  }
  function select(fi, scrollList) {
    var f = findings[fi];
    if (!f) return;
    clearSelection();
    state.selected = fi;
    var li = itemOf[fi];
    li.classList.add('cur');
    $('.fbtn', li).setAttribute('aria-pressed', 'true');
    if (scrollList) li.scrollIntoView({ block: 'nearest' });
    var firstInColumn = new Map();
    f.claims.forEach(function (ci) {
      segsOf[ci].forEach(function (s) {
        s.classList.add('sel');
        state.marked.push(s);
        var box = columnOf(s);
        if (!firstInColumn.has(box)) firstInColumn.set(box, s);
      });
    });
    bringAppIntoView();
    foldColumns(firstInColumn);
    var first = null;
    firstInColumn.forEach(function (s) { scrollColumn(s); if (!first) first = s; });
    if (first) revealColumn(first);
    showClaims(f.claims);
    document.body.setAttribute('data-selected', String(fi));
  }
  function focusClaim(ci) {
    state.current = unmark('cur', state.current);
    segsOf[ci].forEach(function (s) { s.classList.add('cur'); state.current.push(s); });
    if (segsOf[ci][0]) { scrollColumn(segsOf[ci][0]); revealColumn(segsOf[ci][0]); }
  }
  function openSegment(seg) {
    var shownClaims = seg.rc.filter(function (ci) { return claims[ci].f < 0 || shown(claims[ci].f); });
    if (!shownClaims.length) shownClaims = seg.rc;
    state.current = unmark('cur', state.current);
    shownClaims.slice(0, 1).forEach(function (ci) {
      segsOf[ci].forEach(function (s) { s.classList.add('cur'); state.current.push(s); });
    });
    showClaims(shownClaims);
    items.forEach(function (li) { li.classList.remove('rel'); });
    var fi = claims[shownClaims[0]].f;
    if (fi >= 0 && itemOf[fi] && !itemOf[fi].hidden) {
      itemOf[fi].classList.add('rel');
      itemOf[fi].scrollIntoView({ block: 'nearest' });
    }
  }
  function step(delta) {
    var visible = items.filter(function (li) { return !li.hidden && !li.closest('details:not([open])'); });
    if (!visible.length) return;
    var at = visible.indexOf(itemOf[state.selected]);
    var next = at < 0 ? (delta > 0 ? 0 : visible.length - 1) : Math.max(0, Math.min(visible.length - 1, at + delta));
    var fi = +visible[next].getAttribute('data-f');
    select(fi, true);
    $('.fbtn', visible[next]).focus({ preventScroll: true });
  }
  function stepSpan(delta) {
    if (state.selected < 0) { step(1); return; }
    var cs = findings[state.selected].claims;
    state.cursor = (state.cursor + delta + cs.length) % cs.length;
    if (state.cursor < 0) state.cursor += cs.length;
    var ci = cs[state.cursor];
    focusClaim(ci);
    showClaims([ci]);
  }

  /* ---------------------------------------------------------------- events */
  list.addEventListener('click', function (e) {
    var jump = e.target.closest('a.jump');
    if (jump) {
      e.preventDefault();
      var ci = +jump.getAttribute('data-c');
      if (claims[ci].f !== state.selected) select(claims[ci].f, false);
      state.cursor = findings[state.selected].claims.indexOf(ci);
      focusClaim(ci);
      showClaims([ci]);
      return;
    }
    var btn = e.target.closest('.fbtn');
    if (btn) {
      var fi = +btn.closest('li.f').getAttribute('data-f');
      if (fi === state.selected) clearSelection(); else select(fi, false);
    }
  });
  cols.addEventListener('click', function (e) {
    var folded = e.target.closest('.col.aside');
    if (folded) { folded.classList.remove('aside'); folded.removeAttribute('title'); return; }
    var seg = e.target.closest('.k');
    if (seg) openSegment(seg);
  });
  cols.addEventListener('keydown', function (e) {
    var seg = e.target.closest && e.target.closest('.k');
    if (seg && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); openSegment(seg); }
  });
  $('#filters').addEventListener('change', applyFilters);
  $('#filters').addEventListener('submit', function (e) { e.preventDefault(); });
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var inList = list.contains(e.target);
    switch (e.key) {
      case 'j': step(1); break;
      case 'k': step(-1); break;
      case 'ArrowDown': if (!inList) return; step(1); break;
      case 'ArrowUp': if (!inList) return; step(-1); break;
      case 'n': stepSpan(1); break;
      case 'p': case 'N': stepSpan(-1); break;
      case 'Escape': clearSelection(); break;
      case 'a': showAllColumns(); break;
      case '1': case '2': case '3': case '4': case '5':
        var box = $$('#filters input[name=status]')[+e.key - 1];
        if (!box || box.disabled) return;
        box.checked = !box.checked;
        applyFilters();
        break;
      default: return;
    }
    e.preventDefault();
  });
  window.addEventListener('beforeprint', function () {
    $$('details').forEach(function (d) { d.open = true; });
  });

  applyFilters();
  document.documentElement.setAttribute('data-ready', '1');
  if (window.performance && performance.mark) performance.mark('reconcile-ready');
})();
