/* A booklet: its print button. Nothing is stored or sent. */
(function () {
  "use strict";
  function setup() {
    var button = document.querySelector("[data-booklet-print]");
    if (button) button.addEventListener("click", function () { window.print(); });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
