/* Checklists, worksheets, the guide and the vision template: print, Word files (empty and
 * filled), and the answers kept as common.js keep() keeps what is typed: in this tab (session
 * storage), on this device only with the opt-in ticked (local storage); "erase" empties both.
 * Leaving the page with answers that are not kept on this device asks first. Nothing is ever
 * sent. */
(function () {
  "use strict";

  var S = window.SamenMetOuders;

  function setup() {
    var paper = document.querySelector(".sheet-paper");
    if (!paper) return;
    var fields = paper.querySelectorAll("[data-answer]");

    function collect() {
      var data = {};
      fields.forEach(function (f) {
        data[f.dataset.answer] = f.type === "checkbox" ? f.checked : f.value;
      });
      return data;
    }

    function fit(area) {
      // Grow a textarea with its text, so nothing is cut off on screen or on paper
      // (CSS field-sizing does this where the browser supports it).
      if (area.tagName !== "TEXTAREA" || CSS.supports("field-sizing", "content")) return;
      area.style.height = "auto";
      area.style.height = area.scrollHeight + "px";
    }

    function typed() {
      return Array.prototype.some.call(fields, function (f) {
        return f.type === "checkbox" ? f.checked : f.value.trim() !== "";
      });
    }

    // What is typed is kept in this tab, and on this device with the opt-in (common.js).
    var kept = S.keep({
      collect: collect,
      typed: typed,
      restore: function (data) {
        fields.forEach(function (f) {
          if (!(f.dataset.answer in data)) return;
          if (f.type === "checkbox") f.checked = !!data[f.dataset.answer];
          else f.value = String(data[f.dataset.answer]);
          fit(f);
        });
      },
      clear: function () {
        fields.forEach(function (f) {
          if (f.type === "checkbox") f.checked = false;
          else f.value = "";
          fit(f);
        });
      },
    });

    fields.forEach(function (f) {
      f.addEventListener("input", function () { fit(f); kept.save(); });
      f.addEventListener("change", function () { kept.save(); });
    });

    window.addEventListener("beforeprint", S.blurField);
    var print = document.querySelector("[data-sheet-print]");
    if (print) {
      print.addEventListener("click", function () { S.blurField(); window.print(); });
    }

    // The Word files: the sheet with its title, empty (as printed) or with what was typed.
    var title = paper.closest("article, .md-content__inner").querySelector("h1");
    document.querySelectorAll(".sheet-tools [data-word-download]").forEach(function (button) {
      S.wordButton(button, [title, paper], { empty: button.dataset.wordDownload === "empty" });
    });
  }

  S.ready(setup);
})();
