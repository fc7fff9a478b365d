// The one script of the reading site: the toggle that shows Trotsky's words alone.
// Served from the site's own origin (Content-Security-Policy: script-src 'self').
(function () {
  "use strict";
  var KEY = "editio.trotskyOnly";
  var button = document.getElementById("toggle-editor");
  if (!button) {
    return;
  }
  function apply(on) {
    document.body.classList.toggle("trotsky-only", on);
    button.setAttribute("aria-pressed", on ? "true" : "false");
    button.textContent = on ? "Show the editor's words" : "Show Trotsky only";
  }
  var stored = false;
  try {
    stored = window.localStorage.getItem(KEY) === "true";
  } catch (e) {
    stored = false;
  }
  apply(stored);
  button.addEventListener("click", function () {
    var on = button.getAttribute("aria-pressed") !== "true";
    apply(on);
    try {
      window.localStorage.setItem(KEY, on ? "true" : "false");
    } catch (e) {
      // Private browsing: the choice just is not remembered.
    }
  });
}());
