// Progress bars of background jobs in the admin (jobs/admin.py): each unfinished job's bar asks
// its JSON view every two seconds and redraws, until the job is finished (a job's own page then
// reloads, to show what the job found). No inline script.
(function () {
  "use strict";
  var PERIOD = 2000;

  function draw(box, data) {
    var bar = box.querySelector(".cv-job-bar");
    var figures = box.querySelector(".cv-job-figures");
    var state = box.querySelector(".cv-job-state");
    if (data.total) {
      bar.max = data.total;
      bar.value = data.done;
      figures.textContent = data.done + " of " + data.total;
    }
    state.textContent = data.state_label;
    state.className = "cv-job-state cv-job-" + data.state;
    if (data.finished) {
      box.setAttribute("data-job-finished", "true");
      // A job's own page shows what it found (an import's preview, its button): reload it.
      if (document.body.classList.contains("change-form")) {
        window.location.reload();
        return;
      }
      var row = box.closest("tr");
      var outcome = row && row.querySelector(".field-outcome");
      if (outcome) outcome.textContent = data.error || data.summary;
    }
  }

  function watch(box) {
    var url = box.getAttribute("data-job-progress");
    function tick() {
      if (box.getAttribute("data-job-finished") === "true") return;
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
          if (data) draw(box, data);
          if (!data || !data.finished) window.setTimeout(tick, PERIOD);
        })
        .catch(function () { window.setTimeout(tick, PERIOD * 5); });
    }
    window.setTimeout(tick, PERIOD);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-job-progress]").forEach(watch);
  });
})();
