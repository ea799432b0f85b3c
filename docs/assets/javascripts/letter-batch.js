/* Letters for several families at once: one row per family, typed or pasted from a
 * spreadsheet (tab-separated, as Excel and LibreOffice copy rows, with or without a header row),
 * each row checked as it is entered; then one print, one Word file and one calendar file for
 * every family.
 *
 * Each letter is a copy of its language's <template> (made at build time from the same letter
 * model as the letter pages), filled in with textContent only, dates and times in the letter's
 * own CLDR format (window.letterDates, letter.js). Nothing is sent; nothing is stored unless
 * "keep on this device" is ticked (localStorage of this browser only), and "erase" removes it. */
(function () {
  "use strict";

  var here = document.currentScript && document.currentScript.src;

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
    var store = root.querySelector("[data-batch-store]");
    var errors = JSON.parse(root.dataset.errors);
    var sourceLang = root.dataset.sourceLang;
    var minutes = Number(root.dataset.meetingMinutes) || 45;
    var key = "samen-met-ouders:" + location.pathname;

    var columns = Array.prototype.map.call(root.querySelectorAll("thead th[data-column]"), function (th) {
      return { key: th.dataset.column, label: th.textContent.trim(), required: th.hasAttribute("data-required"),
               headers: JSON.parse(th.dataset.headers).map(normal) };
    });
    var languages = Array.prototype.map.call(document.querySelectorAll("#batch-languages option"), function (o) {
      return { code: o.value, names: JSON.parse(o.dataset.names).map(normal) };
    });
    var yesWords = root.dataset.yesWords.split(",").map(normal).filter(Boolean);

    function normal(text) {
      return String(text || "").trim().toLowerCase().replace(/\s+/g, " ");
    }

    function fill(text, values) {
      return text.replace(/\{([a-z_]+)\}/g, function (all, name) { return values[name] !== undefined ? values[name] : all; });
    }

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

    function today() {
      var d = new Date();
      return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
    }

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

    function problems(values) {
      var out = [];
      if (!values.parent_names) out.push(["parent_names", errors.missing_parents]);
      if (!values.child_name) out.push(["child_name", errors.missing_child]);
      if (!values.meeting_date) {
        out.push(["meeting_date", values.rawDate ? fill(errors.bad_date, { value: values.rawDate }) : errors.missing_date]);
      } else if (values.meeting_date < today()) {
        out.push(["meeting_date", fill(errors.past_date, { value: values.meeting_date.split("-").reverse().join("-") })]);
      }
      if (!values.meeting_time) {
        out.push(["meeting_time", values.rawTime ? fill(errors.bad_time, { value: values.rawTime }) : errors.missing_time]);
      }
      if (!values.language) out.push(["language", errors.missing_language]);
      else if (!languageOf(values.language)) {
        out.push(["language", fill(errors.unknown_language, {
          value: values.language, languages: languages.map(function (l) { return l.code; }).join(", ") })]);
      }
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
        var name = event.target.dataset.column;
        if (name === "meeting_date") delete row.dataset.rawDate;
        if (name === "meeting_time") delete row.dataset.rawTime;
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
          if (name === "bilingual") values[name] = yesWords.indexOf(normal(cell)) >= 0;
          else if (name === "meeting_date") {
            values[name] = isoDate(cell) || "";
            if (cell && !values[name]) values.rawDate = cell;
          } else if (name === "meeting_time") {
            values[name] = isoTime(cell) || "";
            if (cell && !values[name]) values.rawTime = cell;
          } else if (name === "language") values[name] = languageOf(cell) || cell;
          else values[name] = cell;
        });
        addRow(values);
      });
      number();
      changed();
      return table.length;
    }

    // --- the letters ------------------------------------------------------------------------------

    function place(name) {
      var options = document.getElementById("letter-locations");
      var match = options && Array.prototype.find.call(options.options, function (o) { return o.value === name; });
      if (!match) return name ? { name: name } : null;
      return { name: match.value, street: match.dataset.street, "postcode-place": match.dataset.postcodePlace,
               place: match.dataset.place, phone: match.dataset.phone, email: match.dataset.email };
    }

    function letterFor(code, values) {
      var template = document.querySelector('template[data-letter-template="' + code + '"]');
      var letter = template.content.querySelector(".letter").cloneNode(true);
      letter.querySelectorAll("[data-field]").forEach(function (el) {
        var text = window.letterDates.formatField(el.dataset.field, values[el.dataset.field] || "", letter);
        if (text !== null) {
          el.textContent = text;
          el.classList.add("letter-field--filled");
        }
      });
      var head = letter.querySelector(".letter-head");
      if (head) {
        var where = place(values.location_name);
        ["name", "street", "postcode-place", "phone", "email"].forEach(function (name) {
          var line = head.querySelector('[data-letterhead="' + name + '"]');
          var value = where ? where[name] || "" : "";
          line.textContent = value;
          line.hidden = !value;
        });
        head.querySelector('[data-letterhead="place"]').textContent = where ? where.place || "" : "";
        head.querySelector(".letter-head__sep").hidden = !(where && where.place);
        head.querySelector('[data-letterhead="date"]').textContent = window.letterDates.formatDate(letter, new Date());
      }
      return letter;
    }

    /* Every family whose row is right, in the table's order: [{values, code}]. */
    function families() {
      return rows().map(function (row) {
        var values = valuesOf(row);
        return { values: values, code: languageOf(values.language), ok: problems(values).length === 0 };
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
        if (family.values.bilingual && family.code !== sourceLang) {
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

    function save() {
      if (!store.checked) return;
      localStorage.setItem(key, JSON.stringify(rows().map(valuesOf)));
    }

    function changed() {
      render();
      save();
    }

    var saved = localStorage.getItem(key);
    if (saved) {
      try {
        JSON.parse(saved).forEach(function (values) { addRow(values); });
        store.checked = true;
      } catch (e) {
        localStorage.removeItem(key);
      }
    }
    if (!rows().length) addRow();
    number();
    render();

    store.addEventListener("change", function () {
      if (store.checked) save();
      else localStorage.removeItem(key);
    });
    root.querySelector("[data-batch-erase]").addEventListener("click", function () {
      rows().forEach(function (row) { row.remove(); });
      localStorage.removeItem(key);
      store.checked = false;
      root.querySelector("[data-batch-paste]").value = "";
      addRow();
      number();
      render();
    });
    window.addEventListener("beforeunload", function (event) {
      if (store.checked) return;
      var typed = rows().some(function (row) {
        return Array.prototype.some.call(row.querySelectorAll("input"), function (el) {
          return el.type === "checkbox" ? el.checked : el.value.trim() !== "";
        });
      });
      if (!typed) return;
      event.preventDefault();
      event.returnValue = "";
    });

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
      var empty = row && !Array.prototype.some.call(row.querySelectorAll("input"), function (el) {
        return el.type === "checkbox" ? el.checked : el.value.trim() !== "";
      });
      if (empty) row.remove();
      paste(text);
    });
    root.querySelector("[data-paste-rows]").addEventListener("click", function () {
      var area = root.querySelector("[data-batch-paste]");
      // Rows pasted into a table whose only row is still empty take its place.
      var only = rows();
      var empty = only.length === 1 && !Array.prototype.some.call(only[0].querySelectorAll("input"), function (el) {
        return el.type === "checkbox" ? el.checked : el.value.trim() !== "";
      });
      if (empty && parseTsv(area.value).length) only[0].remove();
      if (paste(area.value)) area.value = "";
    });

    function blurField() {
      if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    }
    window.addEventListener("beforeprint", blurField);
    printButton.addEventListener("click", function () {
      blurField();
      window.print();
    });

    wordButton.addEventListener("click", function () {
      wordDownload(wordButton, Array.prototype.slice.call(sheet.querySelectorAll(".letter")));
    });

    calendarButton.addEventListener("click", function () {
      var meetings = families().filter(function (f) { return f.ok; }).map(function (f) {
        var template = document.querySelector('template[data-letter-template="' + f.code + '"]');
        var letter = template.content.querySelector(".letter");
        return { date: f.values.meeting_date, time: f.values.meeting_time, minutes: minutes,
                 summary: window.letterCalendar.summary(letter, f.values),
                 location: window.letterCalendar.address(f.values.location_name) };
      });
      window.letterCalendar.download(window.letterCalendar.file(meetings), "kennismakingsgesprekken-" + today() + ".ics");
    });
  }

  /* "Download for Word": word-export.js (and the Word library it loads) only on first use;
   * every letter in one file, each starting on a new page. */
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
      return window.SamenMetOudersWord.download(button, roots, { pageBreaks: true, name: "uitnodigingen-kennismakingsgesprek" });
    }).catch(function (err) {
      console.error(err);
    }).then(function () {
      button.disabled = false;
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
