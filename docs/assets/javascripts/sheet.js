/* Checklists, worksheets and the guide: print, Word files (empty and filled), and keep answers on this device only
 * if the user asks. By default nothing is stored. With the opt-in ticked, the answers of this
 * page are kept in this browser's localStorage (and nowhere else); "erase" removes them.
 * Without it, leaving the page with typed answers asks first. Nothing is ever sent. */
(function () {
  "use strict";

  var S = window.SamenMetOuders;

  function setup() {
    var paper = document.querySelector(".sheet-paper");
    if (!paper) return;
    var key = "samen-met-ouders:" + location.pathname;
    var fields = paper.querySelectorAll("[data-answer]");
    var store = document.querySelector("[data-sheet-store]");

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

    function save() {
      if (store && store.checked) localStorage.setItem(key, JSON.stringify(collect()));
    }

    var saved = localStorage.getItem(key);
    if (saved && store) {
      try {
        var data = JSON.parse(saved);
        fields.forEach(function (f) {
          if (!(f.dataset.answer in data)) return;
          if (f.type === "checkbox") f.checked = !!data[f.dataset.answer];
          else f.value = String(data[f.dataset.answer]);
          fit(f);
        });
        store.checked = true;
      } catch (e) {
        localStorage.removeItem(key);
      }
    }

    fields.forEach(function (f) {
      f.addEventListener("input", function () { fit(f); save(); });
      f.addEventListener("change", save);
    });
    // Something typed (or ticked) that is not kept: leaving the page asks first.
    window.addEventListener("beforeunload", function (event) {
      if (store && store.checked) return;
      var filled = Array.prototype.some.call(fields, function (f) {
        return f.type === "checkbox" ? f.checked : f.value.trim() !== "";
      });
      if (!filled) return;
      event.preventDefault();
      event.returnValue = "";
    });

    if (store) {
      store.addEventListener("change", function () {
        if (store.checked) save();
        else localStorage.removeItem(key);
      });
      document.querySelector("[data-sheet-erase]").addEventListener("click", function () {
        fields.forEach(function (f) {
          if (f.type === "checkbox") f.checked = false;
          else f.value = "";
          fit(f);
        });
        localStorage.removeItem(key);
        store.checked = false;
      });
    }

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
