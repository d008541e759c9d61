// Search-as-you-type on the checklist's start page. Without this file the search form still
// works: it reloads the page with the matching clinics.
(function () {
  "use strict";

  var form = document.querySelector("form[data-clinic-search]");
  var results = document.getElementById("clinic-results");
  if (!form || !results || !window.fetch) {
    return;
  }
  var input = form.querySelector("input[name='q']");
  var csrf = document.querySelector("input[name='csrfmiddlewaretoken']");
  var timer = null;
  var latest = 0;

  // The page's language (Django's JavaScript catalogue, /<language>/jsi18n/); English without it.
  var gettext = window.gettext || function (text) { return text; };
  var fill = window.interpolate || function (text, values) {
    return text.replace(/%\((\w+)\)s/g, function (_, key) { return values[key]; });
  };

  function render(clinics, query) {
    results.textContent = "";
    if (!clinics.length) {
      var none = document.createElement("p");
      // The sentence comes translated with the page (data-none).
      none.textContent = fill(results.dataset.none, {query: query}, true);
      results.appendChild(none);
      return;
    }
    var list = document.createElement("ul");
    list.className = "list-group";
    clinics.forEach(function (clinic) {
      var item = document.createElement("li");
      item.className = "list-group-item d-flex justify-content-between align-items-center gap-2 flex-wrap";
      var label = document.createElement("span");
      var name = document.createElement("strong");
      name.textContent = clinic.name;
      var place = document.createElement("span");
      place.className = "small d-block";
      place.textContent = clinic.place;
      label.appendChild(name);
      label.appendChild(place);
      var choose = document.createElement("form");
      choose.method = "post";
      choose.action = form.action;
      [["csrfmiddlewaretoken", csrf ? csrf.value : ""], ["choice", "listed"], ["clinic", clinic.slug]].forEach(function (pair) {
        var hidden = document.createElement("input");
        hidden.type = "hidden";
        hidden.name = pair[0];
        hidden.value = pair[1];
        choose.appendChild(hidden);
      });
      var button = document.createElement("button");
      button.type = "submit";
      button.className = "btn btn-primary btn-sm";
      button.textContent = gettext("Check this clinic");
      button.setAttribute("aria-label", fill(gettext("Check this clinic: %(name)s"), {name: clinic.name}, true));
      choose.appendChild(button);
      item.appendChild(label);
      item.appendChild(choose);
      list.appendChild(item);
    });
    results.appendChild(list);
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    var query = input.value.trim();
    if (query.length < 2) {
      return;
    }
    timer = window.setTimeout(function () {
      var ticket = ++latest;
      fetch(form.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
      })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) {
          if (ticket === latest) {
            render(data.results || [], query);
          }
        })
        .catch(function () { /* the plain search button still works */ });
    }, 200);
  });
})();
