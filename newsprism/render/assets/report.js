(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("np-data").textContent);
  var hidden = {};
  data.hidden.forEach(function (l) { hidden[l] = true; });
  var segs = Array.prototype.slice.call(document.querySelectorAll(".seg"));

  function spansOf(el) { return (el.getAttribute("data-s") || "").split(" ").filter(Boolean).map(function (id) { return data.spans[id]; }).filter(Boolean); }

  function paint() {
    segs.forEach(function (el) {
      var shown = spansOf(el).filter(function (s) { return !hidden[s.layer]; });
      shown.sort(function (a, b) { return (a.end - a.start) - (b.end - b.start); });
      el.style.background = shown.length ? data.colours[shown[0].layer] : "transparent";
      el.classList.toggle("multi", shown.length > 1);
    });
  }

  function show(el) {
    var box = document.getElementById("details");
    box.textContent = "";
    spansOf(el).forEach(function (s) {
      if (hidden[s.layer]) { return; }
      var card = document.createElement("div");
      card.className = "span-card";
      card.style.borderLeftColor = data.colours[s.layer];
      var head = document.createElement("div");
      var b = document.createElement("b");
      b.textContent = s.layer + " · " + s.label;
      head.appendChild(b);
      if (s.score !== null && s.score !== undefined) { head.appendChild(document.createTextNode(" (score " + Number(s.score).toFixed(2) + ")")); }
      card.appendChild(head);
      var quote = document.createElement("div");
      quote.textContent = "\u201c" + s.text + "\u201d [" + s.start + "\u2013" + s.end + "]";
      card.appendChild(quote);
      if (s.attrs && s.attrs.why) {
        var why = document.createElement("div");
        why.className = "why";
        why.textContent = s.attrs.why;
        card.appendChild(why);
      }
      var src = document.createElement("div");
      src.textContent = "source: " + s.source;
      card.appendChild(src);
      if (s.attrs && Object.keys(s.attrs).length) {
        var code = document.createElement("code");
        code.textContent = JSON.stringify(s.attrs, null, 1);
        card.appendChild(code);
      }
      box.appendChild(card);
    });
    document.querySelectorAll(".record").forEach(function (r) {
      var ids = (r.getAttribute("data-spans") || "").split(" ");
      var hit = spansOf(el).some(function (s) { return ids.indexOf(s.id) >= 0; });
      r.classList.toggle("flash", hit);
    });
  }

  function flash(ids) {
    var first = null;
    segs.forEach(function (el) {
      var on = spansOf(el).some(function (s) { return ids.indexOf(s.id) >= 0; });
      el.classList.toggle("flash", on);
      if (on && !first) { first = el; }
    });
    if (first) { first.scrollIntoView({ block: "center", behavior: "smooth" }); show(first); }
  }

  document.querySelectorAll(".toggles input").forEach(function (box) {
    hidden[box.getAttribute("data-layer")] = !box.checked;
    box.addEventListener("change", function () { hidden[box.getAttribute("data-layer")] = !box.checked; paint(); });
  });
  segs.forEach(function (el) {
    el.addEventListener("click", function () { show(el); });
    el.addEventListener("mouseenter", function () { el.title = spansOf(el).filter(function (s) { return !hidden[s.layer]; }).map(function (s) { return s.layer + ": " + s.label + " (" + s.source + ")"; }).join("\n"); });
  });
  document.querySelectorAll("[data-spans]").forEach(function (el) {
    el.addEventListener("click", function () { flash((el.getAttribute("data-spans") || "").split(" ")); });
  });
  paint();
  document.body.setAttribute("data-ready", "1");
})();
