/* dyadwatch dashboard: plain JavaScript, no libraries, no network but this server.
 *
 * Safety rule: text that comes from the store (article text, titles, names, evidence, URLs)
 * is only ever put into the page as text nodes (textContent, createTextNode) or as attribute
 * values set through the DOM; never through innerHTML or similar. Links are made only for
 * http(s) URLs. The server also sends a strict Content-Security-Policy.
 */
"use strict";

(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const state = {
    actors: [],
    names: new Map(),
    vocabulary: null,
    relation: null,
    selectedPeriod: null,
    event: null,
    document: null,
    eventsQuery: null,
  };

  // --- small helpers -------------------------------------------------------------------

  /** An element with attributes and children; strings become text nodes. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    setAttrs(el, attrs);
    append(el, children);
    return el;
  }

  function s(tag, attrs, ...children) {
    const el = document.createElementNS(SVG, tag);
    setAttrs(el, attrs);
    append(el, children);
    return el;
  }

  function setAttrs(el, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") el.textContent = String(v);
      else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : String(v));
    }
  }

  function append(el, children) {
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
  }

  /** Replace an element's children (null and undefined are left out). */
  function fill(el, ...children) {
    el.replaceChildren();
    append(el, children);
    return el;
  }

  const $ = (sel) => document.querySelector(sel);

  /** A link only for http(s) URLs; anything else (javascript:, data:, ...) stays text. */
  function safeLink(url, label) {
    let parsed = null;
    try { parsed = new URL(String(url)); } catch (e) { parsed = null; }
    if (parsed && (parsed.protocol === "http:" || parsed.protocol === "https:")) {
      return h("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer nofollow" }, label || parsed.href);
    }
    return h("span", { class: "muted" }, label || String(url || ""));
  }

  // --- formatting for people -----------------------------------------------------------

  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const numberFormat = new Intl.NumberFormat("en-GB");

  function fmtInt(n) { return n === null || n === undefined ? "–" : numberFormat.format(n); }

  function fmtSigned(x, digits) {
    if (x === null || x === undefined || Number.isNaN(x)) return "–";
    const d = digits === undefined ? 2 : digits;
    const text = Math.abs(x).toFixed(d);
    if (Number(text) === 0) return (0).toFixed(d);
    return (x > 0 ? "+" : "−") + text;
  }

  /** "2023-07-17" -> "17 Jul 2023"; "2023-07" -> "Jul 2023"; "2023" -> "2023". */
  function fmtDate(value, precision) {
    if (!value) return "–";
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(String(value));
    if (!m) return String(value);
    const [, y, mo, d] = m;
    if (!mo || precision === "year") return y;
    const month = MONTHS[Number(mo) - 1] || mo;
    if (!d || precision === "month") return `${month} ${y}`;
    return `${Number(d)} ${month} ${y}`;
  }

  function fmtPeriod(p, by) {
    if (!p) return "";
    if (by === "month") return fmtDate(p.start, "month");
    if (by === "quarter") return `Q${Math.floor((Number(p.start.slice(5, 7)) - 1) / 3) + 1} ${p.start.slice(0, 4)}`;
    return `week of ${fmtDate(p.start)}`;
  }

  function fmtP(p) { return p < 0.001 ? "p < 0.001" : `p = ${p.toFixed(3)}`; }

  function plural(n, one, many) { return `${fmtInt(n)} ${n === 1 ? one : (many || one + "s")}`; }

  function actorLabel(code) {
    if (!code) return "?";
    const name = state.names.get(code);
    return name && name !== code ? name : code;
  }

  const QUADS = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

  // --- talking to the API --------------------------------------------------------------

  async function api(path, params) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== null && v !== undefined && v !== "" && v !== false) query.set(k, String(v));
    }
    const qs = query.toString();
    const response = await fetch("api/" + path + (qs ? "?" + qs : ""), { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const detail = body && typeof body.detail === "string" ? body.detail : `HTTP ${response.status}`;
      throw new Error(detail);
    }
    return body;
  }

  function showError(err) {
    const box = $("#error");
    box.textContent = "Could not load: " + (err && err.message ? err.message : String(err));
    box.hidden = false;
  }

  function clearError() { $("#error").hidden = true; }

  // --- routing (the URL hash keeps the view and its parameters) -------------------------

  function parseHash() {
    const raw = location.hash.replace(/^#\/?/, "");
    const [path, qs] = raw.split("?");
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    return { view: parts[0] || "relations", args: parts.slice(1), params: new URLSearchParams(qs || "") };
  }

  function go(hash) {
    if (location.hash === hash) route();
    else location.hash = hash;
  }

  function showView(name) {
    for (const v of ["relations", "partners", "events"]) {
      $("#view-" + v).hidden = v !== name;
      const tab = $("#tab-" + v);
      if (v === name) tab.setAttribute("aria-current", "page");
      else tab.removeAttribute("aria-current");
    }
  }

  async function route() {
    clearError();
    const { view, args, params } = parseHash();
    try {
      if (view === "partners") {
        showView("partners");
        const actor = args[0] || (state.actors[0] && state.actors[0].code);
        if (actor) await showPartners(actor.toUpperCase(), params.get("since"), params.get("until"));
      } else if (view === "events") {
        showView("events");
        await showEvents(params);
      } else {
        showView("relations");
        let [a, b, by] = args;
        if (!a || !b) {
          const top = state.dyads && state.dyads[0];
          if (!top) { $("#chart-summary").textContent = "The store has no events between two actors yet."; return; }
          [a, b] = ordered(top.a, top.b);
        }
        await showRelation(a.toUpperCase(), b.toUpperCase(), by || "month", params.get("period"));
      }
      if (params.get("event")) await showEvent(params.get("event"));
    } catch (err) {
      showError(err);
    }
  }

  /** The more active actor first (so "Russia – North Korea", not the alphabet's order). */
  function ordered(a, b) {
    const rank = (c) => { const i = state.actors.findIndex((x) => x.code === c); return i < 0 ? 1e9 : i; };
    return rank(a) <= rank(b) ? [a, b] : [b, a];
  }

  // --- start ---------------------------------------------------------------------------

  async function start() {
    try {
      const [health, actors, dyads, vocabulary] = await Promise.all([
        api("health"), api("actors"), api("dyads", { limit: 8 }), api("vocabulary"),
      ]);
      state.actors = actors.actors;
      state.dyads = dyads.dyads;
      state.vocabulary = vocabulary;
      for (const a of state.actors) state.names.set(a.code, a.name || a.code);
      renderStoreInfo(health);
      fillActorSelects();
      fillChips();
      fillFilters(vocabulary);
    } catch (err) {
      showError(err);
    }
    bindForms();
    window.addEventListener("hashchange", route);
    let resizeTimer = null;
    window.addEventListener("resize", () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => { if (state.relation) drawChart(); }, 150);
    });
    await route();
    document.body.setAttribute("data-ready", "true");
  }

  function renderStoreInfo(health) {
    const span = health.first_pub_date ? ` · articles from ${fmtDate(health.first_pub_date)} to ${fmtDate(health.last_pub_date)}` : "";
    $("#store-info").textContent =
      `${plural(health.documents, "document")} · ${plural(health.merged_events, "event")} (${fmtInt(health.events)} reports)${span}` +
      (health.aggregates_stale ? " · merged events out of date" : "");
  }

  function actorOption(a) {
    return h("option", { value: a.code }, a.name && a.name !== a.code ? `${a.name} (${a.code})` : a.code);
  }

  function fillActorSelects() {
    const sorted = state.actors.slice().sort((x, y) => actorLabel(x.code).localeCompare(actorLabel(y.code)));
    for (const id of ["#actor-a", "#actor-b", "#partner-actor"]) {
      const sel = $(id);
      fill(sel, ...sorted.map(actorOption));
    }
    fill($("#actor-codes"), ...sorted.map((a) => h("option", { value: a.code }, actorLabel(a.code))));
  }

  function fillChips() {
    const chips = (state.dyads || []).map((d) => {
      const [a, b] = ordered(d.a, d.b);
      return h("a", { class: "chip", href: `#/relations/${encodeURIComponent(a)}/${encodeURIComponent(b)}/month`,
        title: `${plural(d.events, "event")}: ${fmtInt(d.cooperation)} cooperative, ${fmtInt(d.conflict)} conflictual` },
      `${actorLabel(a)} – ${actorLabel(b)}`);
    });
    fill($("#dyad-chips"), ...chips);
  }

  function fillFilters(vocabulary) {
    fill($("#filter-root"), h("option", { value: "" }, "any"),
      ...vocabulary.roots.map((r) => h("option", { value: r.code }, `${r.code} ${r.label}`)));
    fill($("#filter-quad"), h("option", { value: "" }, "any"),
      ...vocabulary.quad_classes.map((q) => h("option", { value: String(q.quad) }, `${q.quad} ${q.label}`)));
    fill($("#filter-lang"), h("option", { value: "" }, "any"),
      ...vocabulary.languages.map((l) => h("option", { value: l.code }, `${l.name} (${l.code})`)));
  }

  function bindForms() {
    $("#dyad-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const a = $("#actor-a").value, b = $("#actor-b").value, by = $("#by").value;
      if (!a || !b) return;
      if (a === b) { showError(new Error("pick two different actors")); return; }
      go(`#/relations/${encodeURIComponent(a)}/${encodeURIComponent(b)}/${by}`);
    });
    $("#swap").addEventListener("click", () => {
      const a = $("#actor-a").value;
      $("#actor-a").value = $("#actor-b").value;
      $("#actor-b").value = a;
    });
    $("#partners-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const p = new URLSearchParams();
      if ($("#partner-since").value) p.set("since", $("#partner-since").value);
      if ($("#partner-until").value) p.set("until", $("#partner-until").value);
      const qs = p.toString();
      go(`#/partners/${encodeURIComponent($("#partner-actor").value)}` + (qs ? "?" + qs : ""));
    });
    $("#events-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const p = new URLSearchParams();
      for (const [k, v] of new FormData($("#events-form")).entries()) {
        const value = String(v).trim();
        if (value && !(k === "sort" && value === "date")) p.set(k, value);
      }
      go("#/events" + (p.toString() ? "?" + p.toString() : ""));
    });
    $("#events-form").addEventListener("reset", () => setTimeout(() => go("#/events"), 0));
    $("#prev-page").addEventListener("click", () => changePage(-1));
    $("#next-page").addEventListener("click", () => changePage(1));
  }

  // --- relations -----------------------------------------------------------------------

  async function showRelation(a, b, by, period) {
    $("#actor-a").value = a;
    $("#actor-b").value = b;
    $("#by").value = by;
    $("#chart-title").textContent = `${actorLabel(a)} – ${actorLabel(b)}`;
    $("#chart-summary").textContent = "Loading…";
    const rel = await api(`relations/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { by });
    state.relation = rel;
    state.selectedPeriod = null;
    if (rel.a_name) state.names.set(rel.a, rel.a_name);
    if (rel.b_name) state.names.set(rel.b, rel.b_name);
    $("#chart-title").textContent = `${actorLabel(a)} – ${actorLabel(b)}: relation by ${by}`;
    renderSummary(rel);
    drawChart();
    $("#chart-caption").textContent =
      `Line: the cooperation–conflict index, Goldstein points of ${actorLabel(a)}–${actorLabel(b)} events per article ` +
      `about either of them (above 0: cooperation; below: conflict); band: 95% bootstrap interval. ` +
      `Bars: events per ${by}, cooperation up, conflict down. Dashed verticals: detected turns. Click a ${by} to see its events.`;
    $("#period-card").hidden = true;
    const pick = period ? rel.periods.find((p) => p.start === period || p.period === period) : null;
    if (pick) await selectPeriod(pick);
  }

  function renderSummary(rel) {
    const box = $("#chart-summary");
    fill(box);
    if (!rel.periods.length) {
      box.append("No events and no articles about these two actors in the store.");
      return;
    }
    box.append(`${plural(rel.events, "event")} between them from ${fmtPeriod(rel.periods[0], rel.by)} to ${fmtPeriod(rel.periods[rel.periods.length - 1], rel.by)}. `);
    if (!rel.turns.length) {
      box.append(`No significant turn (α = ${rel.alpha}).`);
      return;
    }
    rel.turns.forEach((t, i) => {
      const period = rel.periods.find((p) => p.start === t.start);
      box.append(h("span", { class: `badge ${t.kind}` }, t.kind === "rapprochement" ? "▲ Rapprochement" : "▼ Estrangement"),
        ` in ${fmtPeriod(period || { start: t.start }, rel.by)}: mean index ${fmtSigned(t.before)} → ${fmtSigned(t.after)} (${fmtP(t.p_value)})` +
        (i < rel.turns.length - 1 ? "; " : "."));
    });
  }

  function niceTicks(lo, hi, count) {
    const span = hi - lo || 1;
    const raw = span / count;
    const mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((x) => span / x <= count) || 10 * mag;
    const out = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Math.abs(v) < 1e-9 ? 0 : v);
    return out;
  }

  function drawChart() {
    const rel = state.relation;
    const box = $("#chart");
    fill(box);
    if (!rel || !rel.periods.length) return;
    const periods = rel.periods;
    const n = periods.length;
    const W = Math.max(box.clientWidth || 720, 320);
    const H = 330;
    const m = { left: 52, right: 14, top: 30, bottom: 34 };
    const innerW = W - m.left - m.right;
    const gap = 14;
    const lineH = Math.round((H - m.top - m.bottom - gap) * 0.68);
    const barH = H - m.top - m.bottom - gap - lineH;
    const barTop = m.top + lineH + gap;
    const bw = innerW / n;
    const x = (i) => m.left + i * bw;
    const cx = (i) => x(i) + bw / 2;

    const values = [0];
    for (const p of periods) for (const v of [p.index, p.ci_low, p.ci_high]) if (v !== null && v !== undefined) values.push(v);
    let lo = Math.min(...values), hi = Math.max(...values);
    if (hi - lo < 1e-9) { lo -= 1; hi += 1; }
    const pad = (hi - lo) * 0.08;
    lo -= pad; hi += pad;
    const y = (v) => m.top + (hi - v) / (hi - lo) * lineH;

    const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img",
      "aria-label": `${actorLabel(rel.a)}–${actorLabel(rel.b)} relation by ${rel.by}` });
    svg.appendChild(s("title", { text: `${actorLabel(rel.a)}–${actorLabel(rel.b)}: cooperation–conflict index by ${rel.by}` }));

    // selection background and grid
    const selection = s("rect", { class: "period-selected", x: 0, y: m.top, width: 0, height: H - m.top - m.bottom, visibility: "hidden" });
    svg.appendChild(selection);
    for (const t of niceTicks(lo, hi, 5)) {
      svg.appendChild(s("line", { class: t === 0 ? "zero" : "grid", x1: m.left, x2: W - m.right, y1: y(t), y2: y(t) }));
      svg.appendChild(s("text", { class: "tick", x: m.left - 6, y: y(t) + 4, "text-anchor": "end", text: fmtSigned(t, Math.abs(t) < 10 && t % 1 ? 1 : 0) }));
    }
    svg.appendChild(s("text", { class: "axis-title", x: 12, y: m.top + lineH / 2, transform: `rotate(-90 12 ${m.top + lineH / 2})`, "text-anchor": "middle", text: "index" }));

    // confidence band and index line (gaps where a period has no index)
    const runs = [];
    let run = [];
    periods.forEach((p, i) => {
      if (p.index === null || p.index === undefined) { if (run.length) runs.push(run); run = []; }
      else run.push(i);
    });
    if (run.length) runs.push(run);
    for (const r of runs) {
      const upper = r.map((i) => `${cx(i)},${y(periods[i].ci_high ?? periods[i].index)}`);
      const lower = r.slice().reverse().map((i) => `${cx(i)},${y(periods[i].ci_low ?? periods[i].index)}`);
      if (r.length === 1) {
        const i = r[0];
        svg.appendChild(s("rect", { class: "band", x: cx(i) - Math.min(bw / 3, 6), width: Math.min(2 * bw / 3, 12),
          y: y(periods[i].ci_high ?? periods[i].index), height: Math.max(1, y(periods[i].ci_low ?? periods[i].index) - y(periods[i].ci_high ?? periods[i].index)) }));
      } else {
        svg.appendChild(s("polygon", { class: "band", points: upper.concat(lower).join(" ") }));
        svg.appendChild(s("polyline", { class: "index-line", points: r.map((i) => `${cx(i)},${y(periods[i].index)}`).join(" ") }));
      }
    }

    // segment means between turns
    const turnAt = rel.turns.map((t) => ({ turn: t, i: periods.findIndex((p) => p.start === t.start) })).filter((t) => t.i >= 0);
    if (turnAt.length) {
      const bounds = [0, ...turnAt.map((t) => t.i), n];
      for (let k = 0; k < bounds.length - 1; k++) {
        const mean = k === 0 ? turnAt[0].turn.before : turnAt[k - 1].turn.after;
        svg.appendChild(s("line", { class: "segment-mean", x1: x(bounds[k]), x2: x(bounds[k + 1]), y1: y(mean), y2: y(mean) }));
      }
    }

    periods.forEach((p, i) => {
      if (p.index === null || p.index === undefined) return;
      svg.appendChild(s("circle", { class: "point " + (p.index > 0 ? "pos" : p.index < 0 ? "neg" : "nil"), cx: cx(i), cy: y(p.index), r: Math.min(3.5, Math.max(2, bw / 5)) }));
    });

    // events per period: cooperation up, conflict down
    const coop = periods.map((p) => p.verbal_cooperation + p.material_cooperation);
    const conf = periods.map((p) => p.verbal_conflict + p.material_conflict);
    const maxCount = Math.max(1, ...coop, ...conf);
    const mid = barTop + barH / 2;
    const scale = (barH / 2 - 1) / maxCount;
    svg.appendChild(s("line", { class: "grid", x1: m.left, x2: W - m.right, y1: mid, y2: mid }));
    svg.appendChild(s("text", { class: "tick", x: m.left - 6, y: barTop + 8, "text-anchor": "end", text: fmtInt(maxCount) }));
    svg.appendChild(s("text", { class: "tick", x: m.left - 6, y: barTop + barH, "text-anchor": "end", text: fmtInt(maxCount) }));
    svg.appendChild(s("text", { class: "axis-title", x: 12, y: mid, transform: `rotate(-90 12 ${mid})`, "text-anchor": "middle", text: "events" }));
    const barW = Math.max(1, Math.min(bw * 0.7, 24));
    periods.forEach((p, i) => {
      if (coop[i]) svg.appendChild(s("rect", { class: "bar coop", x: cx(i) - barW / 2, width: barW, y: mid - coop[i] * scale, height: coop[i] * scale }));
      if (conf[i]) svg.appendChild(s("rect", { class: "bar conf", x: cx(i) - barW / 2, width: barW, y: mid, height: conf[i] * scale }));
    });

    // x axis labels, spaced to stay readable
    const step = Math.max(1, Math.ceil(66 / bw));
    periods.forEach((p, i) => {
      if (i % step) return;
      svg.appendChild(s("line", { class: "tick-mark", x1: cx(i), x2: cx(i), y1: H - m.bottom, y2: H - m.bottom + 4 }));
      svg.appendChild(s("text", { class: "tick", x: cx(i), y: H - m.bottom + 16, "text-anchor": "middle", text: shortPeriod(p, rel.by) }));
    });

    // turns
    for (const { turn, i } of turnAt) {
      const tx = x(i);
      svg.appendChild(s("line", { class: `turn-line ${turn.kind}`, x1: tx, x2: tx, y1: m.top - 4, y2: H - m.bottom, "data-period": turn.period }));
      const label = `${turn.kind === "rapprochement" ? "▲ rapprochement" : "▼ estrangement"} ${shortPeriod(periods[i], rel.by)}`;
      const anchorEnd = tx > W - 170;
      svg.appendChild(s("text", { class: `turn-label ${turn.kind}`, x: anchorEnd ? tx - 4 : tx + 4, y: m.top - 12,
        "text-anchor": anchorEnd ? "end" : "start", text: label }));
    }

    // one clickable column per period, with a tooltip
    periods.forEach((p, i) => {
      const hit = s("rect", {
        class: "period-hit", x: x(i), y: m.top, width: bw, height: H - m.top - m.bottom,
        tabindex: 0, role: "button", "data-period": p.period, "data-start": p.start,
        "aria-label": `${fmtPeriod(p, rel.by)}: ${plural(p.events, "event")}`,
      });
      hit.appendChild(s("title", { text: periodTooltip(p, rel) }));
      const choose = () => selectPeriod(p).catch(showError);
      hit.addEventListener("click", choose);
      hit.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); choose(); } });
      svg.appendChild(hit);
    });
    svg.__select = (p) => {
      const i = periods.indexOf(p);
      selection.setAttribute("x", x(i));
      selection.setAttribute("width", bw);
      selection.setAttribute("visibility", "visible");
    };
    box.appendChild(svg);
    if (state.selectedPeriod) svg.__select(state.selectedPeriod);
  }

  function shortPeriod(p, by) {
    if (by === "month") return fmtDate(p.start, "month");
    if (by === "quarter") return fmtPeriod(p, by);
    return fmtDate(p.start).replace(/ \d{4}$/, "") + " " + p.start.slice(2, 4);
  }

  function periodTooltip(p, rel) {
    const lines = [
      `${fmtPeriod(p, rel.by)}: ${plural(p.events, "event")}` + (p.events ? ` (${fmtInt(p.verbal_cooperation + p.material_cooperation)} cooperative, ${fmtInt(p.verbal_conflict + p.material_conflict)} conflictual)` : ""),
      p.index === null ? "no index (no articles, no events)" : `index ${fmtSigned(p.index)} (95% interval ${fmtSigned(p.ci_low)} to ${fmtSigned(p.ci_high)})`,
      `${plural(p.coverage, "article")} about either actor`,
    ];
    return lines.join("\n");
  }

  async function selectPeriod(p) {
    const rel = state.relation;
    state.selectedPeriod = p;
    const svg = $("#chart svg");
    if (svg && svg.__select) svg.__select(p);
    const card = $("#period-card");
    card.hidden = false;
    $("#period-title").textContent = `${fmtPeriod(p, rel.by)[0].toUpperCase()}${fmtPeriod(p, rel.by).slice(1)}: ${actorLabel(rel.a)} – ${actorLabel(rel.b)}`;
    $("#period-summary").textContent = "Loading…";
    const tbody = $("#period-events tbody");
    fill(tbody);
    const data = await api(`relations/${encodeURIComponent(rel.a)}/${encodeURIComponent(rel.b)}/events`, { by: rel.by, start: p.start });
    if (state.selectedPeriod !== p) return;
    $("#period-summary").textContent = data.total
      ? `${plural(data.total, "event")}, most reported first` + (p.index !== null ? `; index ${fmtSigned(p.index)}` : "") + `. Click an event to read its evidence.`
      : `No events between them in this ${rel.by}` + (p.coverage ? ` (${plural(p.coverage, "article")} about either of them).` : ".");
    fill(tbody, ...data.items.map((e) => eventRow(e, [
      h("td", { class: "nowrap" }, fmtDate(e.date, e.date_precision)),
      h("td", null, h("div", { class: "dyad" }, `${actorLabel(e.source_country)} → ${actorLabel(e.target_country)}`), codeCell(e)),
      h("td", { class: "num" }, fmtInt(e.num_articles)),
      h("td", { class: "evidence-cell" }, clip(e.evidence, 140)),
    ])));
  }

  /** The CAMEO label as people say it ("consult" rather than "consult, not otherwise specified"). */
  function codeLabel(e) {
    const label = e.code_label || e.code || "?";
    return label.replace(/,? not otherwise specified$/i, "");
  }

  function codeCell(e) {
    return h("span", { class: `code q${e.quad_class || 0}`, title: `CAMEO ${e.code || "?"}: ${e.code_label || "?"}; ${QUADS[e.quad_class] || ""}; Goldstein ${fmtSigned(e.goldstein, 1)}` },
      codeLabel(e));
  }

  function clip(text, n) {
    const t = String(text || "");
    return t.length > n ? t.slice(0, n - 1) + "…" : t;
  }

  function eventRow(e, cells) {
    const tr = h("tr", { class: "event-row", tabindex: 0, "data-ref": e.ref }, ...cells);
    const open = () => {
      for (const other of tr.parentNode.querySelectorAll("tr.selected")) other.classList.remove("selected");
      tr.classList.add("selected");
      showEvent(e.ref).catch(showError);
    };
    tr.addEventListener("click", open);
    tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") { ev.preventDefault(); open(); } });
    return tr;
  }

  // --- one event and its article -------------------------------------------------------

  async function showEvent(ref) {
    const box = $("#event-detail");
    fill(box, h("p", { class: "muted" }, "Loading…"));
    const detail = await api(`events/${encodeURIComponent(ref)}`);
    state.event = detail;
    const e = detail.event;
    const facts = h("dl", { class: "facts" },
      h("dt", null, "Date"), h("dd", null, fmtDate(e.date, e.date_precision) + (e.date_precision && e.date_precision !== "day" ? ` (to the ${e.date_precision})` : "")),
      h("dt", null, "Type"), h("dd", null, `${QUADS[e.quad_class] || "–"}, Goldstein ${fmtSigned(e.goldstein, 1)}, CAMEO ${e.code || "?"}`),
      h("dt", null, "Reported in"), h("dd", null, reportedIn(e, detail)),
      e.location && e.location.name ? h("dt", null, "Place") : null,
      e.location && e.location.name ? h("dd", null, String(e.location.name) + (e.location.country ? ` (${e.location.country})` : "")) : null,
    );
    const who = (country, role, name) => {
      const base = actorLabel(country);
      const extra = [role, name && name !== country && name !== base ? name : null].filter(Boolean).join(", ");
      return extra ? `${base} (${extra})` : base;
    };
    const head = h("p", { class: "event-head" },
      h("strong", null, who(e.source_country, e.source_role, e.source_name)), " → ",
      h("span", { class: `code q${e.quad_class || 0}` }, codeLabel(e)), " → ",
      h("strong", null, who(e.target_country, e.target_role, e.target_name)));
    const docs = h("ol", { class: "reports" });
    for (const d of detail.documents) {
      for (const r of d.reports) {
        const li = h("li", { class: "report", tabindex: 0, "data-ref": r.ref, "data-doc": d.doc_key },
          h("div", { class: "report-head" },
            h("div", { class: "title" }, d.title || d.doc_id || d.doc_key),
            h("span", { class: "muted" }, [d.host, fmtDate(d.pub_date), d.lang].filter(Boolean).join(" · ")),
            d.is_copy ? h("span", { class: "badge copy", title: "a near-duplicate (syndicated copy) of an earlier article" }, "copy") : null,
            r.modality && r.modality !== "asserted" ? h("span", { class: "badge modality" }, r.modality) : null),
          h("q", { class: "quote" }, r.evidence || ""));
        const open = () => showDocument(d.doc_key, r.ref).catch(showError);
        li.addEventListener("click", open);
        li.addEventListener("keydown", (ev) => { if (ev.key === "Enter") { ev.preventDefault(); open(); } });
        docs.appendChild(li);
      }
    }
    fill(box, head, facts,
      h("h3", null, `${plural(detail.documents.length, "document")} reporting it`),
      h("p", { class: "muted small" }, "Click a report to read it in its article."), docs);
    const rep = detail.documents.find((d) => d.reports.some((r) => r.ref === detail.representative)) || detail.documents[0];
    if (rep) await showDocument(rep.doc_key, detail.representative);
  }

  function reportedIn(e, detail) {
    const articles = e.num_articles || detail.documents.length;
    const documents = e.num_documents || detail.documents.length;
    const copies = documents - articles;
    return `${plural(articles, "article")}` + (e.num_sources ? ` from ${plural(e.num_sources, "outlet")}` : "") +
      (copies > 0 ? ` (plus ${plural(copies, "syndicated copy", "syndicated copies")})` : "") +
      (e.num_mentions && e.num_mentions !== articles ? `; ${plural(e.num_mentions, "mention")}` : "");
  }

  async function showDocument(docKey, ref) {
    for (const li of document.querySelectorAll("#event-detail li.report")) {
      li.classList.toggle("selected", li.getAttribute("data-ref") === ref);
    }
    const doc = state.document && state.document.doc_key === docKey ? state.document : await api(`documents/${encodeURIComponent(docKey)}`);
    state.document = doc;
    $("#article-card").hidden = false;
    $("#article-heading").textContent = doc.title || doc.doc_id || "Article";
    const meta = $("#article-meta");
    fill(meta, 
      h("span", null, [doc.host, doc.pub_date ? fmtDate(doc.pub_date) : null, doc.lang ? `language ${doc.lang}` : null].filter(Boolean).join(" · ")),
      doc.is_copy ? h("span", { class: "badge copy" }, "syndicated copy") : null,
      doc.url ? h("span", { class: "url" }, " · ", safeLink(doc.url, "original")) : null,
      doc.removed.length ? h("span", { class: "muted" }, ` · ${plural(doc.removed.length, "block")} removed as boilerplate`) : null,
    );
    const article = $("#article");
    article.setAttribute("lang", doc.lang || "");
    const parts = [];
    for (const seg of doc.segments) {
      let node = document.createTextNode(doc.text.slice(seg.start, seg.end));
      if (seg.actor !== null && seg.actor !== undefined) {
        node = h("span", { class: "actor", title: actorLabel(seg.actor) }, node);
      }
      if (seg.triggers.includes(ref)) node = h("strong", { class: "trigger" }, node);
      if (seg.events.length) {
        const current = seg.events.includes(ref);
        node = h("mark", { class: current ? "evidence current" : "evidence", "data-refs": seg.events.join(" ") }, node);
        if (!current) {
          const other = seg.events[0];
          node.setAttribute("title", "evidence of another event: click to open it");
          node.addEventListener("click", () => showEvent(other).catch(showError));
        }
      }
      if (seg.removed) node = h("span", { class: "removed", title: `removed before coding: ${seg.removed}` }, node);
      parts.push(node);
    }
    fill(article, ...parts);
    const first = article.querySelector("mark.current");
    article.scrollTop = first ? Math.max(0, first.offsetTop - article.clientHeight / 3) : 0;
  }

  // --- partners ------------------------------------------------------------------------

  async function showPartners(actor, since, until) {
    $("#partner-actor").value = actor;
    $("#partner-since").value = since || "";
    $("#partner-until").value = until || "";
    $("#partners-title").textContent = `Partners of ${actorLabel(actor)}`;
    $("#partners-summary").textContent = "Loading…";
    const data = await api(`partners/${encodeURIComponent(actor)}`, { since, until, top: 50 });
    const bloc = data.bloc.filter((c) => c !== actor).map(actorLabel);
    $("#partners-summary").textContent = data.total
      ? `${plural(data.total, "actor")} with events with ${actorLabel(actor)}` + (since || until ? ` between ${since ? fmtDate(since) : "the start"} and ${until ? fmtDate(until) : "the end"}` : "") +
        (bloc.length ? `. Its bloc (community of the alignment network): ${bloc.join(", ")}.` : ".")
      : `No events with ${actorLabel(actor)} in the store` + (since || until ? " in this window." : ".");
    const tbody = $("#partners-table tbody");
    fill(tbody, ...data.partners.map((p, i) => {
      const tr = h("tr", { class: "partner-row", tabindex: 0, "data-actor": p.actor },
        h("td", { class: "num" }, String(i + 1)),
        h("td", null, h("strong", null, actorLabel(p.actor)), " ", h("span", { class: "muted" }, p.actor)),
        h("td", { class: "num" }, fmtInt(p.cooperation)),
        h("td", { class: "num" }, fmtInt(p.conflict)),
        h("td", { class: "num" }, fmtSigned(p.goldstein_mean, 1)),
        h("td", null, scoreBar(p.score)),
        h("td", null, p.community === data.community ? h("span", { class: "badge same-bloc" }, "same bloc") : h("span", { class: "muted" }, `bloc ${p.community + 1}`)));
      const open = () => go(`#/relations/${encodeURIComponent(actor)}/${encodeURIComponent(p.actor)}/month`);
      tr.addEventListener("click", open);
      tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(); });
      return tr;
    }));
  }

  function scoreBar(score) {
    const w = 120, half = w / 2, len = Math.abs(score) * half;
    const svg = s("svg", { class: "score-bar", viewBox: `0 0 ${w} 14`, width: w, height: 14, "aria-hidden": "true" },
      s("rect", { class: "score-bg", x: 0, y: 3, width: w, height: 8 }),
      s("rect", { class: score >= 0 ? "score-pos" : "score-neg", x: score >= 0 ? half : half - len, y: 3, width: Math.max(len, 1), height: 8 }),
      s("line", { class: "score-zero", x1: half, x2: half, y1: 0, y2: 14 }));
    return h("span", { class: "score" }, svg, " ", fmtSigned(score, 2));
  }

  // --- events table --------------------------------------------------------------------

  async function showEvents(params) {
    const form = $("#events-form");
    for (const el of form.elements) {
      if (!el.name) continue;
      if (el.type === "checkbox") el.checked = params.get(el.name) === "true";
      else el.value = params.get(el.name) || (el.name === "sort" ? "date" : "");
    }
    const PAGE = 25;
    const page = Math.max(1, Math.floor(Number(params.get("page") || 1)) || 1);
    const query = { limit: PAGE, offset: (page - 1) * PAGE };
    for (const [k, v] of params.entries()) if (k !== "event" && k !== "page") query[k] = v;
    state.eventsQuery = query;
    $("#events-summary").textContent = "Loading…";
    const data = await api("events", query);
    const tbody = $("#events-table tbody");
    fill(tbody, ...data.items.map((e) => eventRow(e, [
      h("td", { class: "nowrap" }, fmtDate(e.date, e.date_precision)),
      h("td", { title: e.source_name || "" }, actorLabel(e.source_country)),
      h("td", null, codeCell(e)),
      h("td", { title: e.target_name || "" }, actorLabel(e.target_country)),
      h("td", { class: "num" }, fmtSigned(e.goldstein, 1)),
      h("td", { class: "num" }, fmtInt(e.num_articles)),
      h("td", null, e.lang || ""),
      h("td", { class: "evidence-cell" }, clip(e.evidence, 120)),
    ])));
    const first = data.offset + 1;
    const last = data.offset + data.items.length;
    const what = data.merged ? "event" : "report";
    $("#events-summary").textContent = data.total
      ? `${plural(data.total, what)} match` + (data.merged ? " (reports of the same event merged)." : " (one row per report; tick “one row per event” to merge).")
      : "No events match these filters.";
    $("#page-info").textContent = data.total ? `${fmtInt(first)}–${fmtInt(last)} of ${fmtInt(data.total)}` : "";
    $("#prev-page").disabled = data.offset <= 0;
    $("#next-page").disabled = last >= data.total || data.offset + data.limit > 10000;
    state.eventsPage = data;
  }

  function changePage(delta) {
    const { params } = parseHash();
    const page = Math.max(1, Number(params.get("page") || 1) + delta);
    if (page === 1) params.delete("page"); else params.set("page", String(page));
    params.delete("event");
    go("#/events" + (params.toString() ? "?" + params.toString() : ""));
  }

  // expose for tests and the console (read-only helpers)
  window.dyadwatch = { state, fmtDate, fmtSigned };
  document.addEventListener("DOMContentLoaded", start);
})();
