/* A booklet: its print button. Nothing is stored or sent. */
(function () {
  "use strict";
  var S = window.SamenMetOuders;
  S.ready(function () {
    var button = document.querySelector("[data-booklet-print]");
    if (button) button.addEventListener("click", function () { S.blurField(); window.print(); });
  });
})();
