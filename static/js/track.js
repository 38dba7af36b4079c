// Waypost public tracking pages. Every page works without this script; with it,
// tracker.delivery-style hash links (/#/<carrier>/<number>) open in place,
// refresh re-reads the parcel without reloading, the link can be copied or
// shared, and an embedded page tells its parent frame how tall it is.
(function () {
  "use strict";
  var app = document.querySelector("[data-track-app]");
  var view = document.getElementById("tp-view");
  if (!app || !view) { return; }
  var parcelBase = app.getAttribute("data-parcel-base");
  var lang = app.getAttribute("data-lang");
  var home = { html: view.innerHTML, title: document.title };
  var inFlight = null;

  // "#/kr.cjlogistics/1234567890", the form of tracker.delivery's links.
  function hashParcel() {
    var m = /^#\/([^\/?#]+)\/([^?#]+?)\/?$/.exec(location.hash);
    if (!m) { return null; }
    try {
      return parcelBase + encodeURIComponent(decodeURIComponent(m[1])) + "/" +
        encodeURIComponent(decodeURIComponent(m[2]));
    } catch (e) {
      return null;
    }
  }

  function withLang(url) {
    if (!lang || /[?&]lang=/.test(url)) { return url; }
    return url + (url.indexOf("?") < 0 ? "?" : "&") + "lang=" + encodeURIComponent(lang);
  }

  // load fetches a page's swappable part and puts it in place.
  function load(url, moveFocus) {
    if (inFlight) { inFlight.abort(); }
    inFlight = new AbortController();
    view.setAttribute("aria-busy", "true");
    fetch(withLang(url), { headers: { "HX-Request": "true" }, credentials: "omit", signal: inFlight.signal })
      .then(function (res) { return res.text(); })
      .then(function (html) { show(html, null, moveFocus); })
      .catch(function (err) {
        if (err.name === "AbortError") { return; }
        var p = document.createElement("p");
        p.className = "tp-banner tp-banner-warn";
        p.setAttribute("role", "alert");
        p.textContent = app.getAttribute("data-offline");
        view.removeAttribute("aria-busy");
        view.insertBefore(p, view.firstChild);
      });
  }

  function show(html, title, moveFocus) {
    view.innerHTML = html;
    view.removeAttribute("aria-busy");
    var titled = view.querySelector("[data-title]");
    document.title = title || (titled ? titled.getAttribute("data-title") : home.title);
    enhance(view);
    if (moveFocus) {
      var h = view.querySelector("h1");
      if (h) { h.focus(); }
    }
    resized();
  }

  function route() {
    var url = hashParcel();
    if (url) {
      load(url, true);
    } else if (view.innerHTML !== home.html) {
      show(home.html, home.title, true);
    }
  }

  // shareURL is the page's address for other people: the merchant's page rather
  // than its embed, and in the reader's own language.
  function shareURL() {
    var p = view.querySelector("[data-share-url]");
    return new URL(p ? p.getAttribute("data-share-url") : location.href, location.href).href;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var t = document.createElement("textarea");
      t.value = text;
      t.setAttribute("readonly", "");
      t.className = "sr-only";
      document.body.appendChild(t);
      t.select();
      var ok = document.execCommand("copy");
      document.body.removeChild(t);
      if (ok) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }

  // announce tells screen readers about something that happened off focus.
  function announce(msg) {
    var live = document.getElementById("tp-announce");
    if (live) { live.textContent = msg; }
  }

  function enhance(root) {
    root.querySelectorAll("[data-copy-link]").forEach(function (b) { b.hidden = false; });
    if (navigator.share) {
      root.querySelectorAll("[data-share]").forEach(function (b) { b.hidden = false; });
    }
  }

  document.addEventListener("click", function (e) {
    var el = e.target.closest("[data-refresh], [data-copy-link], [data-share], [data-keep-hash]");
    if (!el) { return; }
    if (el.hasAttribute("data-refresh")) {
      e.preventDefault();
      load(el.getAttribute("href"), false);
    } else if (el.hasAttribute("data-copy-link")) {
      var label = el.querySelector("span");
      copy(shareURL()).then(function () {
        var before = label.textContent;
        label.textContent = el.getAttribute("data-done");
        announce(el.getAttribute("data-done"));
        setTimeout(function () { label.textContent = before; }, 2000);
      }, function () { window.prompt("", shareURL()); });
    } else if (el.hasAttribute("data-share")) {
      navigator.share({ title: document.title, url: shareURL() }).catch(function () {});
    } else if (location.hash) {
      el.setAttribute("href", el.getAttribute("href").split("#")[0] + location.hash);
    }
  });

  // Inside a merchant's iframe: report the content height so the parent page's
  // embed.js can size the frame to fit, with no inner scrollbar.
  var framed = document.documentElement.hasAttribute("data-embed") && window.parent !== window;
  var lastHeight = 0;
  function resized() {
    if (!framed) { return; }
    var h = Math.ceil(document.body.getBoundingClientRect().height);
    if (h !== lastHeight) {
      lastHeight = h;
      window.parent.postMessage({ type: "waypost:resize", height: h }, "*");
    }
  }
  if (framed && window.ResizeObserver) {
    new ResizeObserver(resized).observe(document.body);
  }

  window.addEventListener("hashchange", route);
  enhance(document);
  if (hashParcel()) { route(); } else { resized(); }
})();
