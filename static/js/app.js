/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";

  // Quick exit: replace this page in history so "back" does not return here.
  var exit = document.getElementById("quick-exit");
  if (exit) {
    exit.addEventListener("click", function (event) {
      event.preventDefault();
      window.location.replace(exit.href);
    });
  }

  // Rows added in place: load the add form into the page instead of navigating.
  document.querySelectorAll("[data-inline-form]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var slot = document.getElementById("inline-form-slot");
      if (!slot) { return; }
      event.preventDefault();
      fetch(link.getAttribute("data-inline-form"), { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(function (html) {
          slot.innerHTML = html;
          link.hidden = true;
          var first = slot.querySelector("input:not([type=hidden]), select");
          if (first) { first.focus(); }
        })
        .catch(function () { window.location.href = link.href; });
    });
  });

  // Focus the error summary so screen readers announce it.
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
})();
