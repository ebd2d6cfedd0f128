// Quick exit: leave for a neutral site at once and replace this page in the history,
// so the back button does not return here. Shift pressed three times within a second
// does the same (GOV.UK "Exit this page" pattern). Without JavaScript the button is a
// plain link and still leaves.
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit-link]");
  if (!link) return;
  var target = link.getAttribute("href");

  function leave(event) {
    if (event) event.preventDefault();
    document.body.style.visibility = "hidden";
    try { document.title = "…"; } catch (e) { /* ignore */ }
    window.location.replace(target);
  }

  link.addEventListener("click", leave);

  var presses = [];
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") { presses = []; return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 1000; });
    presses.push(now);
    if (presses.length >= 3) { presses = []; leave(); }
  });
})();
