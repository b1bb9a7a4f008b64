// callqa review workbench: the player and a few form helpers. No build step, no inline scripts.
(function () {
  "use strict";

  function player() { return document.getElementById("player"); }

  function fmt(t) {
    t = Math.max(0, Math.floor(t));
    var m = Math.floor(t / 60), s = t % 60;
    return (m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
  }

  // Jump the player to a finding / utterance and play from there.
  function seek(t) {
    var a = player();
    if (!a || isNaN(t)) { return; }
    var go = function () {
      a.currentTime = t;
      var p = a.play();
      if (p && p.catch) { p.catch(function () {}); }
    };
    if (a.readyState >= 1) { go(); } else { a.addEventListener("loadedmetadata", go, { once: true }); a.load(); }
  }

  document.addEventListener("click", function (ev) {
    var btn = ev.target.closest("[data-seek]");
    if (btn) {
      ev.preventDefault();
      seek(parseFloat(btn.getAttribute("data-seek")));
      return;
    }
    var now = ev.target.closest("button.now");
    if (now && player()) {
      var form = now.closest("form");
      var input = form && form.querySelector("input[name='" + now.getAttribute("data-target") + "']");
      if (input) { input.value = fmt(player().currentTime); }
      return;
    }
    var all = ev.target.closest("input.check-all");
    if (all) {
      var boxes = document.querySelectorAll("input[name='example_id']");
      for (var i = 0; i < boxes.length; i++) { boxes[i].checked = all.checked; }
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var a = player();
    if (!a) { return; }
    var start = a.getAttribute("data-start");
    if (start !== null && start !== "") {
      a.addEventListener("loadedmetadata", function () { a.currentTime = parseFloat(start); }, { once: true });
    }
    // Follow along: mark the utterance being played.
    var rows = document.querySelectorAll("#transcript tr.utt");
    a.addEventListener("timeupdate", function () {
      var t = a.currentTime;
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i];
        var on = t >= parseFloat(r.getAttribute("data-start")) && t < parseFloat(r.getAttribute("data-end"));
        r.classList.toggle("playing", on);
      }
    });
  });
})();
