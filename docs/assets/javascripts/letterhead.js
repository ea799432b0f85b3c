/* The letterhead of the invitation letter: once a location is chosen in the form, its address,
 * phone and e-mail (the organisation's locations, written into the page by the build), and the
 * place and date of sending (today). The organisation's only location is there from the start.
 * Everything stays in this page: nothing is sent or stored; values go in as text. */
(function () {
  "use strict";

  var S = window.SamenMetOuders;

  function setup() {
    var heads = document.querySelectorAll(".letter-head");
    if (!heads.length) return;
    var input = document.querySelector('.letter-form input[data-role="location"]');

    function show() {
      var place = (input && S.location(input.value)) || S.onlyLocation();
      heads.forEach(function (head) { S.letterhead(head, place); });
    }

    show();
    if (input) input.addEventListener("input", show);
  }

  S.ready(setup);
})();
