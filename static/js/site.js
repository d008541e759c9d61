// Progressive enhancements only: every page works the same without this file.
// No inline scripts or handlers anywhere, so a strict Content-Security-Policy can forbid them.
(function () {
  "use strict";

  // The directory's filters sit in a <details> that is closed on phones; on wide screens
  // they are a sidebar, so open them.
  function openFiltersOnWideScreens() {
    var wide = window.matchMedia("(min-width: 992px)");
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
      if (wide.matches) {
        details.open = true;
      }
    });
  }

  // The comparison form: say how many clinics are ticked, and carry the ticks along when
  // the patient moves to another page of results.
  function enhanceCompareForm() {
    var form = document.getElementById("compare-form");
    if (!form) {
      return;
    }
    var min = parseInt(form.getAttribute("data-compare-min"), 10) || 2;
    var max = parseInt(form.getAttribute("data-compare-max"), 10) || 4;
    var status = form.querySelector("[data-compare-status]");

    function picked() {
      var slugs = [];
      form.querySelectorAll("input[name='c']").forEach(function (input) {
        if ((input.type === "hidden" || input.checked) && slugs.indexOf(input.value) === -1) {
          slugs.push(input.value);
        }
      });
      return slugs;
    }

    // The page's language (Django's JavaScript catalogue); English without it.
    var gettext = window.gettext || function (text) { return text; };
    var fill = window.interpolate || function (text, values) {
      return text.replace(/%\((\w+)\)s/g, function (_, key) { return values[key]; });
    };

    function update() {
      var slugs = picked();
      var count = slugs.length;
      if (status) {
        if (count === 0) {
          status.textContent = "";
        } else if (count < min) {
          status.textContent = fill(gettext("%(count)s ticked. Tick at least %(min)s to compare."), {count: count, min: min}, true);
        } else if (count > max) {
          status.textContent = fill(gettext("%(count)s ticked. You can compare up to %(max)s; untick %(extra)s."), {count: count, max: max, extra: count - max}, true);
        } else {
          status.textContent = fill(gettext("%(count)s ticked. Ready to compare."), {count: count}, true);
        }
      }
      document.querySelectorAll("a[data-keep-compare]").forEach(function (link) {
        var url = new URL(link.href, window.location.href);
        url.searchParams.delete("c");
        slugs.forEach(function (slug) {
          url.searchParams.append("c", slug);
        });
        link.href = url.pathname + url.search;
      });
    }

    form.addEventListener("change", update);
    update();
  }

  function ready() {
    openFiltersOnWideScreens();
    enhanceCompareForm();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
