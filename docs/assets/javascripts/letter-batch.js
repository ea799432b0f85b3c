/* Letters for several families at once: one row per family, typed or pasted from a
 * spreadsheet (tab-separated, as Excel and LibreOffice copy rows, with or without a header row),
 * each row checked as it is entered; then one print, one Word file and one calendar file for
 * every family.
 *
 * Each letter is a copy of its language's <template> (made at build time from the same letter
 * model as the letter pages), filled in with textContent only, dates and times in the letter's
 * own CLDR format (common.js). Nothing is sent. The rows are kept as common.js keep() keeps
 * what is typed: in this tab, and on this device only with "keep on this device" ticked;
 * "erase" empties both. */
(function () {
  "use strict";

  var S = window.SamenMetOuders;

  function setup() {
    var root = document.querySelector("[data-letter-batch]");
    if (!root) return;
    var body = root.querySelector("[data-batch-rows]");
    var rowTemplate = root.querySelector("template[data-batch-row]");
    var status = root.querySelector("[data-batch-status]");
    var sheet = document.querySelector("[data-batch-letters]");
    var printButton = root.querySelector("[data-batch-print]");
    var wordButton = root.querySelector("[data-batch-word]");
    var calendarButton = root.querySelector("[data-batch-calendar]");
    var errors = JSON.parse(root.dataset.errors);
    var sourceLang = root.dataset.sourceLang;
    var minutes = window.letterCalendar.minutes(root);

    var columns = Array.prototype.map.call(root.querySelectorAll("thead th[data-column]"), function (th) {
      // The kind of a column is the type of its input (date, time, checkbox, text); the
      // page names the column of the letter's language and of the location (data-role).
      var field = rowTemplate.content.querySelector('[data-column="' + th.dataset.column + '"]');
      return { key: th.dataset.column, label: th.textContent.trim(), required: th.hasAttribute("data-required"),
               missing: th.getAttribute("data-required"), kind: field.type, role: th.dataset.role,
               language: th.dataset.role === "language",
               headers: JSON.parse(th.dataset.headers).map(normal) };
    });
    function only(test, what) {
      var found = columns.filter(test);
      if (found.length !== 1) throw new Error("the batch table needs one column of " + what + ", not " + found.length);
      return found[0].key;
    }
    var LANGUAGE = only(function (c) { return c.language; }, "the language");
    var LOCATION = only(function (c) { return c.role === "location"; }, "the location");
    var DATE = only(function (c) { return c.kind === "date"; }, "the date");
    var TIME = only(function (c) { return c.kind === "time"; }, "the time");
    var BILINGUAL = only(function (c) { return c.kind === "checkbox"; }, "the bilingual letter");
    var kinds = {};
    columns.forEach(function (c) { kinds[c.key] = c.kind; });
    var languages = Array.prototype.map.call(document.querySelectorAll("#batch-languages option"), function (o) {
      return { code: o.value, names: JSON.parse(o.dataset.names).map(normal) };
    });
    var yesWords = root.dataset.yesWords.split(",").map(normal).filter(Boolean);

    function normal(text) {
      return String(text || "").trim().toLowerCase().replace(/\s+/g, " ");
    }

    var fill = S.fill;

    function languageOf(value) {
      var v = normal(value);
      if (!v) return null;
      var match = languages.find(function (l) { return l.names.indexOf(v) >= 0; });
      return match ? match.code : null;
    }

    // --- values as a spreadsheet writes them ---------------------------------------------------

    function isoDate(value) {
      var v = String(value || "").trim();
      var m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
      var y, mo, d;
      if (m) { y = +m[1]; mo = +m[2]; d = +m[3]; }
      else {
        m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);  // 15-01-2027, 15/1/2027, 15.01.2027
        if (!m) return null;
        y = +m[3]; mo = +m[2]; d = +m[1];
      }
      var date = new Date(y, mo - 1, d);
      if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
      return y + "-" + String(mo).padStart(2, "0") + "-" + String(d).padStart(2, "0");
    }

    function isoTime(value) {
      var m = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(String(value || "").trim());
      if (!m || +m[1] > 23 || +m[2] > 59) return null;
      return m[1].padStart(2, "0") + ":" + m[2];
    }

    var today = S.today;

    // --- the table ------------------------------------------------------------------------------

    function rows() {
      return Array.prototype.slice.call(body.querySelectorAll("tbody.letter-batch__family"));
    }

    function input(row, name) {
      return row.querySelector('[data-column="' + name + '"]');
    }

    /* A row's values: what was typed, and what a pasted cell said that its field cannot hold
     * (a date input cannot keep "32-13-2027"; the row keeps it to name it in its message). */
    function valuesOf(row) {
      var values = {};
      columns.forEach(function (c) {
        var el = input(row, c.key);
        values[c.key] = el.type === "checkbox" ? el.checked : el.value.trim();
      });
      values.rawDate = row.dataset.rawDate || "";
      values.rawTime = row.dataset.rawTime || "";
      return values;
    }

    /* What is wrong with a row: [column key, message]. Which columns must be filled in, and
     * with which message, the page says (data-required on the column's header). */
    function problems(values) {
      var out = [];
      columns.forEach(function (c) {
        var value = values[c.key];
        if (c.kind === "date") {
          if (!value) {
            if (values.rawDate) out.push([c.key, fill(errors.bad_date, { value: values.rawDate })]);
            else if (c.required) out.push([c.key, c.missing]);
          } else if (value < today()) {
            out.push([c.key, fill(errors.past_date, { value: value.split("-").reverse().join("-") })]);
          }
        } else if (c.kind === "time") {
          if (!value) {
            if (values.rawTime) out.push([c.key, fill(errors.bad_time, { value: values.rawTime })]);
            else if (c.required) out.push([c.key, c.missing]);
          }
        } else if (c.language && value && !languageOf(value)) {
          out.push([c.key, fill(errors.unknown_language, {
            value: value, languages: languages.map(function (l) { return l.code; }).join(", ") })]);
        } else if (c.required && !value) {
          out.push([c.key, c.missing]);
        }
      });
      return out;
    }

    function check(row) {
      var found = problems(valuesOf(row));
      var message = row.querySelector("[data-row-message]");
      var bad = {};
      found.forEach(function (p) { bad[p[0]] = true; });
      columns.forEach(function (c) {
        var el = input(row, c.key);
        if (bad[c.key]) {
          el.setAttribute("aria-invalid", "true");
          el.setAttribute("aria-describedby", message.id);
        } else {
          el.removeAttribute("aria-invalid");
          el.removeAttribute("aria-describedby");
        }
      });
      message.textContent = found.length ? found.map(function (p) { return p[1]; }).join(" ") : status.dataset.rowOk;
      row.classList.toggle("letter-batch__row--bad", found.length > 0);
      return found.length === 0;
    }

    function number() {
      rows().forEach(function (row, i) {
        var n = i + 1;
        var family = fill(status.dataset.family, { number: n });
        row.querySelector("[data-row-number]").textContent = n;
        row.querySelector("[data-row-message]").id = "batch-row-" + n + "-message";
        columns.forEach(function (c) {
          input(row, c.key).setAttribute("aria-label", c.label + ", " + family);
        });
        row.querySelector("[data-remove-row]").textContent = fill(status.dataset.remove, { number: n });
        check(row);
      });
    }

    function addRow(values) {
      var row = rowTemplate.content.firstElementChild.cloneNode(true);
      body.appendChild(row);
      values = values || {};
      columns.forEach(function (c) {
        var el = input(row, c.key);
        if (!(c.key in values)) return;
        if (el.type === "checkbox") el.checked = !!values[c.key];
        else el.value = values[c.key];
      });
      if (values.rawDate) row.dataset.rawDate = values.rawDate;
      if (values.rawTime) row.dataset.rawTime = values.rawTime;
      row.addEventListener("input", function (event) {
        var kind = kinds[event.target.dataset.column];
        if (kind === "date") delete row.dataset.rawDate;
        if (kind === "time") delete row.dataset.rawTime;
        check(row);
        changed();
      });
      row.querySelector("[data-remove-row]").addEventListener("click", function () {
        var next = row.nextElementSibling || row.previousElementSibling;
        row.remove();
        number();
        changed();
        (next ? next.querySelector("input") : root.querySelector("[data-add-row]")).focus();
      });
      return row;
    }

    // --- pasting rows ---------------------------------------------------------------------------

    /* Tab-separated text as spreadsheets copy it: a cell with a tab, a new line or a quote is
     * written between double quotes, a quote in it doubled. */
    function parseTsv(text) {
      var out = [], row = [], cell = "", quoted = false;
      text = text.replace(/\r\n?/g, "\n");
      for (var i = 0; i < text.length; i++) {
        var ch = text[i];
        if (quoted) {
          if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
          else if (ch === '"') quoted = false;
          else cell += ch;
        } else if (ch === '"' && cell === "") quoted = true;
        else if (ch === "\t") { row.push(cell); cell = ""; }
        else if (ch === "\n") { row.push(cell); out.push(row); row = []; cell = ""; }
        else cell += ch;
      }
      row.push(cell);
      out.push(row);
      return out.filter(function (r) { return r.some(function (c) { return c.trim() !== ""; }); });
    }

    /* A header row is recognised by its labels (in any site language): then its columns say
     * which cell is which; without one the cells are in the table's order. */
    function headerMap(first) {
      var map = first.map(function (cell) {
        var v = normal(cell);
        var column = columns.find(function (c) { return c.headers.indexOf(v) >= 0 || c.key === v; });
        return column ? column.key : null;
      });
      var known = map.filter(Boolean).length;
      return known >= 2 ? map : null;
    }

    function paste(text) {
      var table = parseTsv(text);
      if (!table.length) return 0;
      var map = headerMap(table[0]);
      if (map) table.shift();
      else map = columns.map(function (c) { return c.key; });
      table.forEach(function (cells) {
        var values = {};
        map.forEach(function (name, i) {
          if (!name || i >= cells.length) return;
          var cell = cells[i].trim();
          var column = columns.find(function (c) { return c.key === name; });
          if (column.kind === "checkbox") values[name] = yesWords.indexOf(normal(cell)) >= 0;
          else if (column.kind === "date") {
            values[name] = isoDate(cell) || "";
            if (cell && !values[name]) values.rawDate = cell;
          } else if (column.kind === "time") {
            values[name] = isoTime(cell) || "";
            if (cell && !values[name]) values.rawTime = cell;
          } else if (column.language) values[name] = languageOf(cell) || cell;
          else values[name] = cell;
        });
        addRow(values);
      });
      number();
      changed();
      return table.length;
    }

    // --- the letters ------------------------------------------------------------------------------

    function letterFor(code, values) {
      var template = document.querySelector('template[data-letter-template="' + code + '"]');
      var letter = template.content.querySelector(".letter").cloneNode(true);
      letter.querySelectorAll("[data-field]").forEach(function (el) {
        var text = S.formatValue(kinds[el.dataset.field], values[el.dataset.field], letter);
        if (text !== null) {
          S.setText(el, text);
          el.classList.add("letter-field--filled");
        }
      });
      var head = letter.querySelector(".letter-head");
      if (head) S.letterhead(head, S.location(values[LOCATION]));
      return letter;
    }

    /* Every family whose row is right, in the table's order: [{values, code}]. */
    function families() {
      return rows().map(function (row) {
        var values = valuesOf(row);
        return { values: values, code: languageOf(values[LANGUAGE]), ok: problems(values).length === 0 };
      });
    }

    function render() {
      var all = families();
      var good = all.filter(function (f) { return f.ok; });
      var letters = [];
      good.forEach(function (family, i) {
        var letter = letterFor(family.code, family.values);
        letter.dataset.family = String(all.indexOf(family) + 1);
        letters.push(letter);
        if (family.values[BILINGUAL] && family.code !== sourceLang) {
          var source = letterFor(sourceLang, family.values);
          source.dataset.family = letter.dataset.family;
          source.classList.add("letter--with");
          letters.push(source);
        }
      });
      sheet.replaceChildren.apply(sheet, letters);
      sheet.hidden = letters.length === 0;
      var bad = all.length - good.length;
      var ready = all.length > 0 && bad === 0;
      [printButton, wordButton, calendarButton].forEach(function (b) { b.disabled = !ready; });
      root.querySelector("[data-batch-empty]").hidden = all.length > 0;
      status.textContent = !all.length ? "" : ready ? fill(status.dataset.allOk, { count: all.length })
        : fill(status.dataset.notOk, { count: bad, total: all.length });
    }

    // --- keeping, erasing, leaving -----------------------------------------------------------------

    function filled(row) {
      return Array.prototype.some.call(row.querySelectorAll("input"), function (el) {
        return el.type === "checkbox" ? el.checked : el.value.trim() !== "";
      });
    }

    function changed() {
      render();
      kept.save();
    }

    var kept = S.keep({
      collect: function () { return rows().map(valuesOf); },
      typed: function () { return rows().some(filled); },
      restore: function (saved) {
        if (!Array.isArray(saved)) throw new Error("kept rows are not a list");
        saved.forEach(function (values) { addRow(values); });
      },
      clear: function () {
        rows().forEach(function (row) { row.remove(); });
        root.querySelector("[data-batch-paste]").value = "";
        addRow();
        number();
        render();
      },
    });
    if (!rows().length) addRow();
    number();
    render();

    root.querySelector("[data-add-row]").addEventListener("click", function () {
      var row = addRow();
      number();
      changed();
      row.querySelector("input").focus();
    });
    // Rows pasted straight into a cell of the table (more than one cell copied) become rows;
    // a row that is still empty where they land makes room for them.
    body.addEventListener("paste", function (event) {
      var text = event.clipboardData && event.clipboardData.getData("text/plain");
      if (!text || !/[\t\n]/.test(text.trim())) return;
      event.preventDefault();
      var row = event.target.closest("tbody.letter-batch__family");
      var empty = row && !filled(row);
      if (empty) row.remove();
      paste(text);
    });
    root.querySelector("[data-paste-rows]").addEventListener("click", function () {
      var area = root.querySelector("[data-batch-paste]");
      // Rows pasted into a table whose only row is still empty take its place.
      var only = rows();
      var empty = only.length === 1 && !filled(only[0]);
      if (empty && parseTsv(area.value).length) only[0].remove();
      if (paste(area.value)) area.value = "";
    });

    window.addEventListener("beforeprint", S.blurField);
    printButton.addEventListener("click", function () {
      S.blurField();
      window.print();
    });

    // Every letter in one Word file, each starting on a new page.
    S.wordButton(wordButton, function () {
      return Array.prototype.slice.call(sheet.querySelectorAll(".letter"));
    }, { pageBreaks: true });

    calendarButton.addEventListener("click", function () {
      var meetings = families().filter(function (f) { return f.ok; }).map(function (f) {
        var template = document.querySelector('template[data-letter-template="' + f.code + '"]');
        var letter = template.content.querySelector(".letter");
        return { date: f.values[DATE], time: f.values[TIME], minutes: minutes,
                 summary: window.letterCalendar.summary(letter, f.values),
                 location: window.letterCalendar.address(f.values[LOCATION]) };
      });
      window.letterCalendar.download(window.letterCalendar.file(meetings), calendarButton.dataset.file + "-" + today() + ".ics");
    });
  }

  S.ready(setup);
})();
