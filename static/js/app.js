// Waypost console behaviour that needs no inline script (the CSP forbids it).
(function () {
  "use strict";
  // Forms with data-confirm ask before submitting.
  document.addEventListener("submit", function (e) {
    var msg = e.target.getAttribute("data-confirm");
    if (msg && !window.confirm(msg)) { e.preventDefault(); }
  }, true);
  // Time zone inputs start with the browser's own zone, which is usually the shop's.
  function fillTimezones(root) {
    var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) { return; }
    root.querySelectorAll("input[data-browser-timezone]").forEach(function (el) {
      if (!el.value) { el.value = zone; }
    });
  }
  document.addEventListener("DOMContentLoaded", function () { fillTimezones(document); });
  document.addEventListener("htmx:afterSwap", function (e) { fillTimezones(e.target); });
  // Buttons with data-copy copy the text of the element they point at.
  document.addEventListener("click", function (e) {
    var btn = e.target.closest("[data-copy]");
    if (!btn) { return; }
    var src = document.getElementById(btn.getAttribute("data-copy"));
    if (!src || !navigator.clipboard) { return; }
    navigator.clipboard.writeText(src.value || src.textContent.trim()).then(function () {
      var old = btn.textContent;
      btn.textContent = btn.getAttribute("data-copied") || "Copied";
      setTimeout(function () { btn.textContent = old; }, 1500);
    });
  });
  // Courier suggestions set the courier select, as choosing it by hand would.
  document.addEventListener("click", function (e) {
    var btn = e.target.closest("[data-pick-courier]");
    if (!btn) { return; }
    var form = btn.closest("form");
    var select = form && form.querySelector("select[name=slug]");
    if (!select) { return; }
    select.value = btn.getAttribute("data-pick-courier");
    select.dispatchEvent(new Event("change", { bubbles: true }));
    select.focus();
  });
})();
