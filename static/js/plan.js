/* The plan result recomputed as the user types: the form is POSTed to /plan/preview, which
   returns the result fragment and never saves. Amounts go in the body, never in a URL. */
(function () {
  "use strict";

  var form = document.getElementById("plan-form");
  var slot = document.getElementById("plan-result");
  if (!form || !slot || !window.fetch) { return; }

  var timer = null, pending = null;

  function refresh() {
    if (pending) { pending.abort(); }
    pending = window.AbortController ? new AbortController() : null;
    fetch(form.getAttribute("data-preview"),      // the form's fields, its CSRF token included
          { method: "POST", body: new FormData(form), credentials: "same-origin",
            signal: pending ? pending.signal : undefined })
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
