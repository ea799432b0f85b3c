/* The letterhead of the invitation letter: once a location is chosen in the form, its address,
 * phone and e-mail (from docs/_data/organisation.yml, in the page as data-* attributes of the
 * location suggestions), and the place and date of sending (today). Everything stays in this
 * page: nothing is sent or stored; values go in as text (textContent). */
(function () {
  "use strict";

  function today(letter) {
    // The letter's own date format from CLDR (window.letterDates, letter.js), otherwise the
    // browser's for the letter's language.
    var now = new Date();
    var lang = letter.dataset.letterLang;
    if (window.letterDates && window.letterDates.formatDate) {
      var formatted = window.letterDates.formatDate(letter, now);
      if (formatted) return formatted;
    }
    try {
      return new Intl.DateTimeFormat([lang + "-NL", lang], { dateStyle: "long", calendar: "gregory" }).format(now);
    } catch (e) {
      return now.toISOString().slice(0, 10);
    }
  }

  function setup() {
    var heads = document.querySelectorAll(".letter-head");
    if (!heads.length) return;
    var input = document.getElementById("field-location_name");
    var options = document.getElementById("letter-locations");

    function show(place) {
      heads.forEach(function (head) {
        var letter = head.closest("[data-letter-lang]");
        ["name", "street", "postcode-place", "phone", "email"].forEach(function (key) {
          var line = head.querySelector('[data-letterhead="' + key + '"]');
          var value = place ? place[key] || "" : "";
          line.textContent = value;
          line.hidden = !value;
        });
        head.querySelector('[data-letterhead="place"]').textContent = place ? place.place || "" : "";
        head.querySelector(".letter-head__sep").hidden = !(place && place.place);
        head.querySelector('[data-letterhead="date"]').textContent = today(letter);
      });
    }

    function chosen() {
      if (!input || !options) return null;
      var match = Array.prototype.find.call(options.options, function (o) { return o.value === input.value.trim(); });
      if (!match) return input.value.trim() ? { name: input.value.trim() } : null;
      return { name: match.value, street: match.dataset.street, "postcode-place": match.dataset.postcodePlace,
               place: match.dataset.place, phone: match.dataset.phone, email: match.dataset.email };
    }

    var initial = null;
    if (options && options.options.length === 1 && !(input && input.value)) {
      var only = options.options[0];
      initial = { name: only.value, street: only.dataset.street, "postcode-place": only.dataset.postcodePlace,
                  place: only.dataset.place, phone: only.dataset.phone, email: only.dataset.email };
    }
    show(chosen() || initial);
    if (input) input.addEventListener("input", function () { show(chosen() || initial); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
