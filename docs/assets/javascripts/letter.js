/* The invitation letter: fill it in as the user types, print it, download it for Word.
 * What is typed stays in this page: it is never sent, never stored, and goes into the letter
 * as text (textContent), never as HTML.
 *
 * Dates and times: each letter carries the formats of its own language from CLDR (Babel, at
 * build time) in data-date-formats. They are used always, not only where the browser's Intl
 * lacks the language: Debian's Chromium knows no Tigrinya or Somali and silently writes US
 * English, and browsers differ in their CLDR versions. With the build's formats every browser
 * prints the same letter, and the Word file made from the page has the same date as the paper.
 * The calendar is the Gregorian one the appointment is made in. */
(function () {
  "use strict";

  var here = document.currentScript && document.currentScript.src;

  function pad(n, width) {
    var s = String(n);
    while (s.length < width) s = "0" + s;
    return s;
  }

  /* A CLDR pattern (cut into text and fields at build time) filled in for a date. */
  function fill(parts, date, formats) {
    return parts.map(function (part) {
      var field = part[0], width = part[1];
      var month = date.getMonth(), hours = date.getHours();
      switch (field) {
        case "text": return width;
        case "E": return formats.days[width === 4 ? "wide" : "abbreviated"][date.getDay()];
        case "d": return pad(date.getDate(), width);
        case "M":
        case "L":
          if (width <= 2) return pad(month + 1, width);
          return formats.months[field === "M" ? "format" : "stand-alone"][width === 4 ? "wide" : "abbreviated"][month];
        case "y": return width === 2 ? pad(date.getFullYear() % 100, 2) : pad(date.getFullYear(), width);
        case "H": return pad(hours, width);
        case "k": return pad(hours || 24, width);
        case "h": return pad(hours % 12 || 12, width);
        case "K": return pad(hours % 12, width);
        case "m": return pad(date.getMinutes(), width);
        case "a": return formats.periods[hours < 12 ? 0 : 1];
        default: throw new Error("unknown date field " + field);
      }
    }).join("");
  }

  function intlFormat(key, date, lang) {
    // Only for a letter without build-time formats.
    var locales = [lang + "-NL", lang];
    var options = key === "meeting_date" ? { dateStyle: "full", calendar: "gregory" } : { timeStyle: "short" };
    return new Intl.DateTimeFormat(locales, options).format(date);
  }

  function format(key, value, letter) {
    if (!value) return null;
    var date;
    if (key === "meeting_date") {
      var d = value.split("-").map(Number);
      if (d.length !== 3 || !d[0] || !d[1] || !d[2]) return value;
      date = new Date(d[0], d[1] - 1, d[2]);
    } else if (key === "meeting_time") {
      var t = value.split(":").map(Number);
      if (t.length < 2 || isNaN(t[0]) || isNaN(t[1])) return value;
      date = new Date(2000, 0, 1, t[0], t[1]);
    } else {
      return value;
    }
    var formats = formatsOf(letter);
    if (!formats) return intlFormat(key, date, letter.dataset.letterLang);
    return fill(key === "meeting_date" ? formats.date : formats.time, date, formats);
  }

  function formatsOf(letter) {
    if (letter.dateFormats === undefined) {
      letter.dateFormats = letter.dataset.dateFormats ? JSON.parse(letter.dataset.dateFormats) : null;
    }
    return letter.dateFormats;
  }

  /* For the letterhead (letterhead.js): a date written as this letter's language writes it. */
  window.letterDates = {
    // A field's value as this letter writes it (letter-batch.js): a date or time in the
    // letter's CLDR format, any other value as it is; null for an empty value.
    formatField: function (key, value, letter) { return format(key, value, letter); },
    formatDate: function (letter, date) {
      var formats = formatsOf(letter);
      return formats ? fill(formats.date, date, formats) : intlFormat("meeting_date", date, letter.dataset.letterLang);
    }
  };

  function setup() {
    var inputs = document.querySelectorAll(".letter-form input[data-field]");
    if (!inputs.length) return;
    document.querySelectorAll(".letter [data-field]").forEach(function (el) {
      el.dataset.placeholder = el.textContent;
    });

    function update(input) {
      var key = input.dataset.field;
      document.querySelectorAll('.letter [data-field="' + key + '"]').forEach(function (el) {
        var text = format(key, input.value.trim(), el.closest("[data-letter-lang]"));
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

    function blurField() {
      // Neither the focus ring nor the caret goes on paper.
      if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    }
    document.querySelectorAll("button[data-print]").forEach(function (button) {
      button.addEventListener("click", function () {
        document.body.dataset.print = button.dataset.print;
        blurField();
        window.print();
      });
    });
    window.addEventListener("beforeprint", blurField);
    window.addEventListener("afterprint", function () {
      delete document.body.dataset.print;
    });

    // What is typed here is never kept: ask before the page is left with it.
    window.addEventListener("beforeunload", function (event) {
      var typed = Array.prototype.some.call(inputs, function (input) { return input.value.trim() !== ""; });
      if (!typed) return;
      event.preventDefault();
      event.returnValue = "";
    });

    var word = document.querySelector("[data-word-download]");
    if (word) {
      word.addEventListener("click", function () {
        wordDownload(word, [document.querySelector(".letter-sheet")]);
      });
    }
  }

  /* "Download for Word": word-export.js (and the Word library it loads) only on first use. */
  var exporter = null;
  function wordDownload(button, roots) {
    if (!exporter) {
      exporter = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = here.replace(/[^/]*$/, "word-export.js");
        script.onload = resolve;
        script.onerror = function () { exporter = null; reject(new Error("could not load " + script.src)); };
        document.head.appendChild(script);
      });
    }
    button.disabled = true;
    exporter.then(function () {
      return window.SamenMetOudersWord.download(button, roots);
    }).catch(function (err) {
      console.error(err);
    }).then(function () {
      button.disabled = false;
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
