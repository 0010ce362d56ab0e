/* Budget totals that update as the user types. Display only: the server parses and saves. */
(function () {
  "use strict";

  var form = document.querySelector(".budget-form");
  var totals = document.getElementById("budget-totals");
  if (!form || !totals) { return; }

  // Full-width digits and punctuation from Chinese input methods, folded to ASCII.
  function fold(text) {
    return text.replace(/[\uFF10-\uFF19]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xFF10 + 48);
    }).replace(/\uFF0C/g, ",").replace(/\uFF0E/g, ".").replace(/[\u00A5\uFFE5\u5143\s]/g, "");
  }

  // Loosely parse "12,345.6", "1.2万" into fen; anything else counts as nothing (the server will say why).
  function toFen(text) {
    var body = fold(text || ""), unit = 100;
    if (/\u4E07$/.test(body)) { body = body.slice(0, -1); unit = 1000000; }
    body = body.replace(/,/g, "");
    if (!/^\d*\.?\d*$/.test(body) || body === "" || body === ".") { return 0; }
    var parts = body.split("."), decimals = (parts[1] || "").slice(0, 6);
    var scale = Math.pow(10, decimals.length);
    return Number(parts[0] || "0") * unit + Math.floor(Number(decimals || "0") * unit / scale);
  }

  var money = new Intl.NumberFormat(document.documentElement.lang || "zh-Hans-CN",
                                    { style: "currency", currency: "CNY" });

  function sum(kind) {
    var total = 0;
    form.querySelectorAll('[data-sum="' + kind + '"]').forEach(function (input) { total += toFen(input.value); });
    return total;
  }

  function show(kind, fen) {
    var cell = totals.querySelector('[data-total="' + kind + '"]');
    if (cell) { cell.textContent = money.format(fen / 100); }
  }

  function update() {
    var income = sum("income"), spending = sum("spending");
    show("income", income);
    show("spending", spending);
    show("left", income - spending);
    var note = document.getElementById("totals-note");
    if (note && note.getAttribute("data-live-note")) { note.textContent = note.getAttribute("data-live-note"); }
  }

  form.addEventListener("input", function (event) {
    if (event.target.hasAttribute("data-sum")) { update(); }
  });
})();
