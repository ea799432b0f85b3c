/* The vision template (werkbladen/visie/): "Make a draft vision" turns the answers typed on
 * this page into a Markdown file that can replace docs/visie.<lang>.md in a fork: the front
 * matter that file has (with its comments for the editor), then a "## " heading per part and
 * a "### " heading per question where a part has more than one (the structure comes from the
 * page: macros/vision_draft.py). Questions left empty are left out, and named on the page.
 * The same draft goes to Word too (word-export.js, the site's generic Word download).
 *
 * The file is made here, in this browser, and handed over as a download from memory: nothing
 * is sent, and this script stores nothing of its own: the answers it reads are the sheet's,
 * kept by sheet.js through common.js keep() (this tab; this device only with the opt-in).
 * Only this page's answers go into the draft, not those of the sheets it draws on: those hold
 * one person's own answers and notes about one child and family, which must not end up on a
 * public page by accident; the template is where the team writes what it wants to publish.
 *
 * What was typed goes into the Markdown as text: whatever would become HTML, template code
 * ({{ }}, {% %}), an attribute list ({: }) or Markdown markup is escaped, because the fork's
 * build renders the file. */
(function () {
  "use strict";

  // Markdown's own characters, escaped with a backslash (Python-Markdown knows these).
  var MARKDOWN = /([\\`*_[\]|#])/g;
  // What would start a block at the start of a line: a list, a rule, an admonition (!!!),
  // a collapsible block (???), a definition (:), a code fence (~~~), a setext line (=).
  var LINE_START = /^[-+=:!?~]/;

  function entity(ch) {
    return "&#" + ch.charCodeAt(0) + ";";
  }

  function escapeText(text) {
    return text
      .replace(MARKDOWN, "\\$1")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/[{}]/g, entity)
      .replace(LINE_START, entity)
      .replace(/^(\d+)([.)])/, function (all, digits, mark) { return digits + entity(mark); });
  }

  /* An answer as paragraphs: every line typed is a paragraph of its own, so that a list
   * typed one item a line stays one item a line. */
  function paragraphs(value) {
    return value.split(/\r?\n/)
      .map(function (line) { return line.replace(/\s+/g, " ").trim(); })
      .filter(function (line) { return line !== ""; })
      .map(function (line) { return { level: 0, text: line }; });
  }

  function heading(level, text) {
    return { level: level, text: text.replace(/\s+/g, " ").trim() };
  }

  /* The blocks ({level, text}: a heading of that level, or a paragraph at level 0) of an item
   * (a question, or a group of questions), and the names of the questions left empty. */
  function itemBlocks(item, level, answers, leftOut) {
    var blocks = [];
    if (item.items) {
      item.items.forEach(function (sub) {
        blocks = blocks.concat(itemBlocks(sub, level + 1, answers, leftOut));
      });
      return blocks.length && item.heading ? [heading(level, item.heading)].concat(blocks) : blocks;
    }
    var text = paragraphs(answers[item.answer] || "");
    if (!text.length) {
      leftOut.push(item.name);
      return [];
    }
    return (item.heading ? [heading(level, item.heading)] : []).concat(text);
  }

  function makeDraft(data, answers) {
    var blocks = [];
    var leftOut = [];
    data.parts.forEach(function (part) {
      var inner = [];
      part.items.forEach(function (item) {
        inner = inner.concat(itemBlocks(item, 3, answers, leftOut));
      });
      if (inner.length) blocks = blocks.concat([heading(2, part.heading)], inner);
    });
    return { blocks: blocks, leftOut: leftOut };
  }

  /* The file for docs/visie.<lang>.md: the front matter it has now, then the text. */
  function markdown(data, blocks) {
    var head = data.head.replace(/\r\n/g, "\n");
    if (!/\n$/.test(head)) head += "\n";
    return head + "\n" + blocks.map(function (block) {
      var text = escapeText(block.text);
      return block.level ? new Array(block.level + 1).join("#") + " " + text : text;
    }).join("\n\n") + "\n";
  }

  /* The same text as elements, for the Word file: the vision page's title, then the blocks.
   * Not in the page: word-export.js reads it as it reads a sheet. */
  function asElements(data, blocks) {
    var root = document.createElement("div");
    var title = document.createElement("h1");
    title.textContent = data.title;
    root.appendChild(title);
    blocks.forEach(function (block) {
      var el = document.createElement(block.level ? "h" + Math.min(block.level, 6) : "p");
      el.textContent = block.text;
      root.appendChild(el);
    });
    return root;
  }

  var S = window.SamenMetOuders;

  function download(text, name) {
    S.saveBlob(new Blob([text], { type: "text/markdown;charset=utf-8" }), name);
  }

  function say(status, lines, list) {
    status.textContent = "";
    lines.forEach(function (line) {
      var p = document.createElement("p");
      p.textContent = line;
      status.appendChild(p);
    });
    if (list && list.length) {
      var ul = document.createElement("ul");
      list.forEach(function (name) {
        var li = document.createElement("li");
        li.textContent = name;
        ul.appendChild(li);
      });
      status.appendChild(ul);
    }
  }

  function setup() {
    var box = document.querySelector("[data-vision-draft]");
    if (!box) return;
    var data = JSON.parse(box.getAttribute("data-vision-draft"));
    var status = box.querySelector("[data-vision-draft-status]");

    function draft() {
      var answers = {};
      document.querySelectorAll(".sheet-paper textarea[data-answer]").forEach(function (area) {
        answers[area.dataset.answer] = area.value;
      });
      var made = makeDraft(data, answers);
      if (!made.blocks.length) {
        say(status, [data.words.nothing]);
        return null;
      }
      say(status, made.leftOut.length ? [data.words.done, data.words.left_out] : [data.words.done],
          made.leftOut);
      return made;
    }

    box.querySelector("[data-vision-draft-make]").addEventListener("click", function () {
      var made = draft();
      if (made) download(markdown(data, made.blocks), data.file);
    });
    // The same draft as a Word file (word-export.js, the site's one Word generator).
    var word = box.querySelector("[data-vision-draft-word]");
    word.dataset.wordFile = data.docx_stem;
    S.wordButton(word, function () {
      var made = draft();
      return made ? [asElements(data, made.blocks)] : [];
    });
  }

  S.ready(setup);
})();
