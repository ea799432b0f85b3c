/* A calendar file (.ics, RFC 5545) for the kennismakingsgesprek, made in this browser and
 * handed over as a download from memory: nothing is sent, nothing is stored.
 *
 * One VEVENT per meeting: DTSTART in Europe/Amsterdam (with its VTIMEZONE, so every calendar
 * puts the meeting at the Dutch wall-clock time the letter says), DURATION, LOCATION (the
 * location's address from the organisation's data), SUMMARY in the family's language (the
 * letter's `calendar_title`), UID and DTSTAMP. Text is escaped (\ ; , and new lines), lines
 * end in CRLF and are folded at 75 octets of UTF-8.
 *
 * Used by the letter page (the button [data-calendar-download]) and by letter-batch.js
 * (window.letterCalendar). */
(function () {
  "use strict";

  var S = window.SamenMetOuders;

  var TIMEZONE = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Amsterdam",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19810329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
  ];

  function escapeText(value) {
    return String(value)
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n/g, "\\n");
  }

  function octets(ch) {
    var c = ch.codePointAt(0);
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }

  /* A content line folded so that no line is longer than 75 octets (CRLF not counted); a
   * continuation line starts with one space. Never inside a character. */
  function fold(line) {
    var out = [];
    var current = "";
    var size = 0;
    Array.from(line).forEach(function (ch) {
      var n = octets(ch);
      if (size + n > 75) {
        out.push(current);
        current = " ";
        size = 1;
      }
      current += ch;
      size += n;
    });
    out.push(current);
    return out.join("\r\n");
  }

  function pad(n) { return String(n).padStart(2, "0"); }

  function stamp(date) {
    return date.getUTCFullYear() + pad(date.getUTCMonth() + 1) + pad(date.getUTCDate()) + "T" +
      pad(date.getUTCHours()) + pad(date.getUTCMinutes()) + pad(date.getUTCSeconds()) + "Z";
  }

  function uid() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return b.toString(16).padStart(2, "0"); }).join("") +
      "@" + (location.hostname || "samen-met-ouders");
  }

  /* meetings: [{date: "2027-01-15", time: "09:30", minutes, summary, location}] */
  function file(meetings) {
    var now = stamp(new Date());
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Samen met ouders//Uitnodigingsbrief//NL",
                 "CALSCALE:GREGORIAN", "METHOD:PUBLISH"].concat(TIMEZONE);
    meetings.forEach(function (m) {
      var t = m.time.split(":");
      lines.push("BEGIN:VEVENT");
      lines.push("UID:" + uid());
      lines.push("DTSTAMP:" + now);
      lines.push("DTSTART;TZID=Europe/Amsterdam:" + m.date.replace(/-/g, "") + "T" + pad(Number(t[0])) + pad(Number(t[1])) + "00");
      lines.push("DURATION:PT" + Number(m.minutes) + "M");
      lines.push("SUMMARY:" + escapeText(m.summary));
      if (m.location) lines.push("LOCATION:" + escapeText(m.location));
      lines.push("END:VEVENT");
    });
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }

  /* The calendar title of a letter (data-calendar-title) with its placeholders filled in. */
  function summary(letter, values) {
    return S.fill(letter.dataset.calendarTitle || "", values, "").replace(/\s+/g, " ").trim();
  }

  /* A location's address (the organisation's locations in the page), or the typed name. */
  function address(name) {
    var place = S.location(name);
    if (!place) return "";
    return [place.name, place.street, place["postcode-place"]].filter(Boolean).join(", ");
  }

  function download(text, name) {
    S.saveBlob(new Blob([text], { type: "text/calendar;charset=utf-8" }), name);
  }

  /* The meeting's length in minutes, as the build wrote it (organisation.yml). */
  function minutesOf(el) {
    var minutes = Number(el.dataset.meetingMinutes);
    if (!(minutes > 0)) throw new Error("no data-meeting-minutes on " + el.outerHTML.slice(0, 80));
    return minutes;
  }

  window.letterCalendar = { file: file, summary: summary, address: address, download: download, minutes: minutesOf };

  /* The letter page: one meeting, from the form. */
  function setup() {
    var button = document.querySelector("[data-calendar-download]");
    var letter = document.querySelector(".letter-sheet .letter");
    if (!button || !letter) return;
    var inputs = document.querySelectorAll(".letter-form input[data-field]");
    // The date, the time and the location: the fields of those kinds (input types, data-role).
    function of(test) { return Array.prototype.find.call(inputs, test); }
    var date = of(function (i) { return i.type === "date"; });
    var time = of(function (i) { return i.type === "time"; });
    var where = of(function (i) { return i.dataset.role === "location"; });
    function values() {
      var out = {};
      inputs.forEach(function (input) { out[input.dataset.field] = input.value.trim(); });
      return out;
    }
    function update() {
      button.disabled = !(date.value && time.value);
    }
    inputs.forEach(function (input) { input.addEventListener("input", update); });
    update();
    button.addEventListener("click", function () {
      if (!date.value || !time.value) return;
      var text = file([{ date: date.value, time: time.value, minutes: minutesOf(button),
                         summary: summary(letter, values()), location: address(where ? where.value : "") }]);
      download(text, button.dataset.file + "-" + date.value + ".ics");
    });
  }

  S.ready(setup);
})();
