/* Keyboard shortcuts of the desk. Any element with data-key="x" is pressed (a button or a
   link) or focused (a field) by the key x; data-key-help says what it does in the help overlay
   that "?" opens. The queue adds j/k to move through its rows, Enter/o to open one and x to
   tick it for the editors' action bar. Keys
   never fire while typing in a field, nor with Ctrl, Alt or Meta held. No build step. */
(function () {
  "use strict";

  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }

  function visible(el) {
    return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  }

  function target(key) {
    var found = document.querySelectorAll('[data-key="' + key + '"]');
    for (var i = 0; i < found.length; i++) {
      var el = found[i];
      // A control inside a closed <details> still counts: pressing it opens the panel.
      if (visible(el) || el.tagName === "SUMMARY") return el;
    }
    return null;
  }

  function press(el) {
    var tag = el.tagName;
    if (tag === "SELECT" || tag === "TEXTAREA" || tag === "INPUT") {
      el.scrollIntoView({block: "center"});
      el.focus();
    } else {
      el.click();
      if (tag === "SUMMARY") {
        var first = el.parentNode.querySelector("input, textarea, select");
        if (first && el.parentNode.open) first.focus();
      }
    }
  }

  /* The queue: a current row moved with j/k, opened with Enter or o. */
  var rows = function () { return Array.prototype.slice.call(document.querySelectorAll("table.queue tbody tr")); };
  var current = -1;

  function move(step) {
    var all = rows();
    if (!all.length) return;
    if (current >= 0 && all[current]) all[current].classList.remove("kbd-current");
    current = Math.max(0, Math.min(all.length - 1, current + step));
    var row = all[current];
    row.classList.add("kbd-current");
    row.setAttribute("aria-current", "true");
    all.forEach(function (r, i) { if (i !== current) r.removeAttribute("aria-current"); });
    row.scrollIntoView({block: "nearest"});
    var link = row.querySelector("td.claim-text > a");
    if (link) link.focus({preventScroll: true});
  }

  function inQueue(el) {
    return el === document.body || !el.closest || !!el.closest("table.queue");
  }

  function openCurrent() {
    var row = rows()[current];
    var link = row && row.querySelector("td.claim-text > a");
    if (link) { window.location.href = link.href; return true; }
    return false;
  }

  /* The help overlay: what this page offers, built from the page itself. */
  var QUEUE_KEYS = [["j", "Next row"], ["k", "Previous row"], ["Enter / o", "Open the claim of the row"]];

  function helpRows() {
    var list = [];
    if (rows().length) list = list.concat(QUEUE_KEYS);
    if (document.querySelector("table.queue input[name=ids]")) list.push(["x", "Tick the row for the action bar"]);
    var seen = {};
    document.querySelectorAll("[data-key][data-key-help]").forEach(function (el) {
      var key = el.getAttribute("data-key");
      if (seen[key] || !(visible(el) || el.tagName === "SUMMARY")) return;
      seen[key] = true;
      list.push([key, el.getAttribute("data-key-help")]);
    });
    list.push(["?", "Show or hide these shortcuts"]);
    list.push(["Esc", "Close this help"]);
    return list;
  }

  function showHelp() {
    var dialog = document.getElementById("shortcuts");
    if (!dialog) return;
    if (dialog.open) { dialog.close(); return; }
    var body = dialog.querySelector("tbody");
    body.textContent = "";
    helpRows().forEach(function (pair) {
      var tr = document.createElement("tr");
      var keyCell = document.createElement("td");
      pair[0].split(" / ").forEach(function (k, i) {
        if (i) keyCell.appendChild(document.createTextNode(" or "));
        var kbd = document.createElement("kbd");
        kbd.textContent = k;
        keyCell.appendChild(kbd);
      });
      var what = document.createElement("td");
      what.textContent = pair[1];
      tr.appendChild(keyCell);
      tr.appendChild(what);
      body.appendChild(tr);
    });
    dialog.showModal();
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(event.target)) return;
    var dialog = document.getElementById("shortcuts");
    var key = event.key;
    if (key === "?") { event.preventDefault(); showHelp(); return; }
    if (dialog && dialog.open) return;  // the overlay is modal: only ? and Esc act
    if (key === "j" || key === "ArrowDown" && current >= 0) { if (rows().length) { event.preventDefault(); move(1); } return; }
    if (key === "k" || key === "ArrowUp" && current >= 0) { if (rows().length) { event.preventDefault(); move(current < 0 ? 1 : -1); } return; }
    if ((key === "o" || key === "Enter" && inQueue(event.target)) && current >= 0) {
      if (openCurrent()) event.preventDefault();
      return;
    }
    if (key === "x" && current >= 0) {
      var box = rows()[current].querySelector("input[name=ids]");
      if (box) { event.preventDefault(); box.click(); }
      return;
    }
    if (key.length !== 1) return;
    var el = target(key);
    if (el) { event.preventDefault(); press(el); }
  });

  /* Ctrl+Enter (or Cmd+Enter) in a form's text area sends that form. */
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    var el = event.target;
    if (el && el.tagName === "TEXTAREA" && el.form) { event.preventDefault(); el.form.requestSubmit(); }
  });

  document.addEventListener("click", function (event) {
    var opener = event.target.closest && event.target.closest("[data-shortcuts-help]");
    if (opener) { event.preventDefault(); showHelp(); }
  });
})();
