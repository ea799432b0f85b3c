/* The invitation letter: fill it in as the user types, print it.
 * What is typed stays in this page: it is never sent, never stored, and goes into the letter
 * as text (textContent), never as HTML. Dates and times are written the way the letter's
 * language writes them (Intl), in the Gregorian calendar that the appointment is made in. */
(function () {
  "use strict";

  function format(key, value, lang) {
    if (!value) return null;
    // The language as used in the Netherlands where the browser knows it (en-NL: 3 December,
    // 14:30), otherwise the language itself.
    var locales = [lang + "-NL", lang];
    if (key === "meeting_date") {
      var d = value.split("-").map(Number);
      if (d.length !== 3 || !d[0] || !d[1] || !d[2]) return value;
      return new Intl.DateTimeFormat(locales, { dateStyle: "full", calendar: "gregory" })
        .format(new Date(d[0], d[1] - 1, d[2]));
    }
    if (key === "meeting_time") {
      var t = value.split(":").map(Number);
      if (t.length < 2 || isNaN(t[0]) || isNaN(t[1])) return value;
      return new Intl.DateTimeFormat(locales, { timeStyle: "short" })
        .format(new Date(2000, 0, 1, t[0], t[1]));
    }
    return value;
  }

  function setup() {
    var inputs = document.querySelectorAll(".letter-form input[data-field]");
    if (!inputs.length) return;
    document.querySelectorAll(".letter [data-field]").forEach(function (el) {
      el.dataset.placeholder = el.textContent;
    });

    function update(input) {
      var key = input.dataset.field;
      document.querySelectorAll('.letter [data-field="' + key + '"]').forEach(function (el) {
        var lang = el.closest("[data-letter-lang]").dataset.letterLang;
        var text = format(key, input.value.trim(), lang);
        el.textContent = text === null ? el.dataset.placeholder : text;
        el.classList.toggle("letter-field--filled", text !== null);
      });
    }

    inputs.forEach(function (input) {
      input.addEventListener("input", function () { update(input); });
      update(input);
    });

    // The organisation's locations: once one is chosen, suggest only its groups.
    var location = document.getElementById("field-location_name");
    var groups = document.getElementById("letter-groups");
    if (location && groups) {
      var all = Array.prototype.map.call(groups.options, function (o) { return o.value; });
      location.addEventListener("input", function () {
        var match = Array.prototype.find.call(
          document.getElementById("letter-locations").options,
          function (o) { return o.value === location.value; });
        var names = match ? JSON.parse(match.dataset.groups) : all;
        groups.replaceChildren.apply(groups, names.map(function (name) {
          var option = document.createElement("option");
          option.value = name;
          return option;
        }));
      });
    }
    document.querySelectorAll("button[data-print]").forEach(function (button) {
      button.addEventListener("click", function () {
        document.body.dataset.print = button.dataset.print;
        window.print();
      });
    });
    window.addEventListener("afterprint", function () {
      delete document.body.dataset.print;
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
