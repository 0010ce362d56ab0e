/* The plan result recomputed as the user types: GET /plan/preview returns the fragment, never saves. */
(function () {
  "use strict";

  var form = document.getElementById("plan-form");
  var slot = document.getElementById("plan-result");
  if (!form || !slot || !window.fetch) { return; }

  var timer = null, pending = null;

  function query() {
    var params = new URLSearchParams();
    ["offer", "down", "start"].forEach(function (name) {
      var input = form.elements[name];
      if (input) { params.set(name, input.value); }
    });
    if (form.elements.waive && form.elements.waive.checked) { params.set("waive", "y"); }
    return params.toString();
  }

  function refresh() {
    if (pending) { pending.abort(); }
    pending = window.AbortController ? new AbortController() : null;
    fetch(form.getAttribute("data-preview") + "?" + query(),
          { credentials: "same-origin", signal: pending ? pending.signal : undefined })
      .then(function (response) {
        // 200: the new result; 422: what to correct first. Anything else: keep what is shown.
        if (response.status !== 200 && response.status !== 422) { return Promise.reject(response.status); }
        return response.text();
      })
      .then(function (html) { slot.innerHTML = html; })
      .catch(function () { /* the page still works: the button recalculates on the server */ });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 350);
  }

  form.addEventListener("input", later);
  form.addEventListener("change", later);
})();
