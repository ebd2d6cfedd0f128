// Quiz page helpers: a count of answered questions and a countdown. The form works
// without them; the server enforces the time limit and refuses a double submission.
(function () {
  "use strict";
  var form = document.querySelector("[data-quiz-form]");
  if (!form) return;
  var counter = document.querySelector("[data-answered]");
  var counterWrap = document.querySelector("[data-answered-wrap]");
  if (counterWrap) counterWrap.hidden = false;
  function update() {
    var names = {};
    form.querySelectorAll("input:checked").forEach(function (input) { names[input.name] = true; });
    if (counter) counter.textContent = Object.keys(names).length;
  }
  form.addEventListener("change", update);
  update();
  form.addEventListener("submit", function () {
    var button = form.querySelector("[data-submit]");
    if (button) button.disabled = true;
  });
  var timer = document.querySelector("[data-seconds-left]");
  if (timer) {
    var left = parseInt(timer.getAttribute("data-seconds-left"), 10);
    var tick = function () {
      var m = Math.floor(left / 60), s = left % 60;
      timer.textContent = "⏱ " + m + ":" + (s < 10 ? "0" : "") + s;
      if (left <= 0) { form.submit(); return; }
      left -= 1;
      window.setTimeout(tick, 1000);
    };
    tick();
  }
})();
