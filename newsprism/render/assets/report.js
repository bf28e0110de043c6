(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("np-data").textContent);
  var hidden = {};
  data.hidden.forEach(function (l) { hidden[l] = true; });
  var segs = Array.prototype.slice.call(document.querySelectorAll(".seg"));
  var panel = document.getElementById("panel-details");
  var box = document.getElementById("details");

  function spansOf(el) { return (el.getAttribute("data-s") || "").split(" ").filter(Boolean).map(function (id) { return data.spans[id]; }).filter(Boolean); }
  function visible(el) { return spansOf(el).filter(function (s) { return !hidden[s.layer]; }); }
  function words(label) { return String(label).replace(/_/g, " "); }
  // article words in a line of the panel: isolated, so that a right-to-left override in them
  // ends with them instead of reversing the rest of the line
  function isolated(text) { return "\u2068" + text + "\u2069"; }

  // "event@1.0:plover-dependency-rules" -> which layer, which version, which rule or model
  function foundBy(source) {
    var m = /^([^@:]+)@([^:]+):(.*)$/.exec(source || "");
    if (!m) { return "found by " + (source || "an unnamed step"); }
    var how = m[3];
    var kind = "rule";
    if (how.indexOf("model:") === 0) { kind = "model"; how = how.slice(6); }
    else if (/model|classifier|tagger|spacy|core_web/i.test(how)) { kind = "model"; }
    return "found by " + kind + " \u2018" + how + "\u2019 \u00b7 " + m[1] + " layer, version " + m[2];
  }

  function paint() {
    segs.forEach(function (el) {
      var shown = visible(el);
      shown.sort(function (a, b) { return (a.end - a.start) - (b.end - b.start); });
      el.className = el.className.replace(/\bl-\S+/g, "").replace(/\s+/g, " ").trim();
      if (shown.length) {
        el.classList.add("l-" + shown[0].layer);
        el.style.background = data.colours[shown[0].layer];
        el.setAttribute("tabindex", "0");
        el.setAttribute("role", "button");
        el.setAttribute("aria-label", el.textContent + " \u2014 " + shown.map(function (s) { return s.layer + ": " + words(s.label); }).join("; "));
      } else {
        el.style.background = "transparent";
        el.removeAttribute("tabindex");
        el.removeAttribute("role");
        el.removeAttribute("aria-label");
      }
      el.classList.toggle("off", !shown.length);
      el.classList.toggle("multi", shown.length > 1);
    });
  }

  function line(cls, text) {
    var d = document.createElement("div");
    if (cls) { d.className = cls; }
    d.textContent = text;
    return d;
  }

  function inView(el) {
    var r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight - 80 && r.height > 0;
  }

  function show(el) {
    box.textContent = "";
    var shown = visible(el);
    if (!shown.length) { box.appendChild(line("", "No switched-on layer marks this text.")); }
    shown.forEach(function (s) {
      var card = document.createElement("div");
      card.className = "span-card";
      card.style.borderLeftColor = data.colours[s.layer];
      var head = document.createElement("div");
      var b = document.createElement("b");
      b.textContent = s.layer + " \u00b7 " + words(s.label);
      head.appendChild(b);
      card.appendChild(head);
      card.appendChild(line("", "\u201c" + isolated(s.text) + "\u201d (characters " + s.start + "\u2013" + s.end + ")"));
      var why = s.attrs && s.attrs.why;
      card.appendChild(line("why", why ? "why: " + isolated(why) : "why: no reason recorded; the match itself is the evidence"));
      card.appendChild(line("found", foundBy(s.source)));
      if (s.score !== null && s.score !== undefined) {
        card.appendChild(line("score", "score " + Number(s.score).toFixed(2) + " on a 0\u20131 scale: this layer's confidence, not comparable between layers"));
      }
      if (s.attrs && Object.keys(s.attrs).length) {
        var more = document.createElement("details");
        var sum = document.createElement("summary");
        sum.textContent = "all attributes";
        var code = document.createElement("code");
        code.textContent = JSON.stringify(s.attrs, null, 1);
        more.appendChild(sum);
        more.appendChild(code);
        card.appendChild(more);
      }
      box.appendChild(card);
    });
    document.querySelectorAll("[data-spans]").forEach(function (r) {
      var ids = (r.getAttribute("data-spans") || "").split(" ");
      var hit = spansOf(el).some(function (s) { return ids.indexOf(s.id) >= 0; });
      r.classList.toggle("flash", hit);
    });
    if (!inView(panel)) { panel.classList.add("docked"); }
  }

  function flash(ids) {
    var first = null;
    segs.forEach(function (el) {
      var on = spansOf(el).some(function (s) { return ids.indexOf(s.id) >= 0; });
      el.classList.toggle("flash", on);
      if (on && !first) { first = el; }
    });
    if (first) { first.scrollIntoView({ block: "center", behavior: "smooth" }); first.focus({ preventScroll: true }); show(first); }
  }

  function activate(el, fn) {
    el.addEventListener("click", fn);
    el.addEventListener("keydown", function (ev) {
      if (ev.target !== el) { return; }
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); fn(); }
    });
  }

  document.querySelectorAll(".toggles input").forEach(function (input) {
    hidden[input.getAttribute("data-layer")] = !input.checked;
    input.addEventListener("change", function () { hidden[input.getAttribute("data-layer")] = !input.checked; paint(); });
  });
  segs.forEach(function (el) {
    activate(el, function () { if (visible(el).length) { show(el); } });
    el.addEventListener("mouseenter", function () { el.title = visible(el).map(function (s) { return s.layer + ": " + words(s.label) + " (" + s.source + ")"; }).join("\n"); });
  });
  document.querySelectorAll("[data-spans]").forEach(function (el) {
    if (!el.hasAttribute("tabindex")) { el.setAttribute("tabindex", "0"); }
    // links (href="#") in the panels find their words in the text instead of jumping to the top
    activate(el, function (ev) { if (ev && ev.preventDefault) { ev.preventDefault(); } flash((el.getAttribute("data-spans") || "").split(" ")); });
  });
  panel.querySelector(".close").addEventListener("click", function () { panel.classList.remove("docked"); });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { panel.classList.remove("docked"); } });
  window.addEventListener("beforeprint", function () { document.querySelectorAll("details").forEach(function (d) { d.open = true; }); });
  paint();
  document.body.setAttribute("data-ready", "1");
})();
