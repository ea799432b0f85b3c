/* The invitation letter: fill it in as the user types, print it, Word files of it (empty, and
 * with what was typed). What is typed is never sent, goes into the letter as text (textContent),
 * never as HTML, and is kept as common.js keep() keeps it: in this tab, on this device only with
 * the opt-in. Dates and times are written in the letter's own CLDR format (common.js). */
(function () {
  "use strict";

  var S = window.SamenMetOuders;

  function setup() {
    var inputs = document.querySelectorAll(".letter-form input[data-field]");
    if (!inputs.length) return;

    function update(input) {
      var key = input.dataset.field;
      document.querySelectorAll('.letter [data-field="' + key + '"]').forEach(function (el) {
        var text = S.formatValue(input.type, input.value, el);
        S.setText(el, text === null ? el.getAttribute("data-built") || el.textContent : text);
        el.classList.toggle("letter-field--filled", text !== null);
      });
    }

    inputs.forEach(function (input) {
      input.addEventListener("input", function () {
        update(input);
        if (kept) kept.save();  // not while keep() below restores
      });
      update(input);
    });

    // The organisation's locations: once one is chosen, suggest only its groups.
    var location = document.querySelector('.letter-form input[data-role="location"]');
    var groups = document.getElementById("letter-groups");
    if (location && groups) {
      var all = Array.prototype.map.call(groups.options, function (o) { return o.value; });
      location.addEventListener("input", function () {
        var place = S.location(location.value);
        var names = place && place.groups ? place.groups : all;
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
        S.blurField();
        window.print();
      });
    });
    window.addEventListener("beforeprint", S.blurField);
    window.addEventListener("afterprint", function () {
      delete document.body.dataset.print;
    });

    // What is typed is kept in this tab, and on this device with the opt-in (common.js). A
    // restored value goes through the field's own input event, so that the letter, the
    // letterhead, the groups and the calendar button follow it as they follow typing.
    var kept = S.keep({
      collect: function () {
        var data = {};
        inputs.forEach(function (input) { data[input.dataset.field] = input.value; });
        return data;
      },
      typed: function () {
        return Array.prototype.some.call(inputs, function (input) { return input.value.trim() !== ""; });
      },
      restore: function (data) {
        inputs.forEach(function (input) {
          if (!(input.dataset.field in data)) return;
          input.value = String(data[input.dataset.field]);
          input.dispatchEvent(new Event("input"));
        });
      },
      clear: function () {
        inputs.forEach(function (input) {
          input.value = "";
          input.dispatchEvent(new Event("input"));
        });
      },
    });

    document.querySelectorAll("[data-word-download]").forEach(function (button) {
      S.wordButton(button, [document.querySelector(".letter-sheet")],
                   { empty: button.dataset.wordDownload === "empty" });
    });
  }

  S.ready(setup);
})();
