// Waypost embed: sizes Waypost tracking iframes on a merchant's page to their
// content. Include once, next to the iframes:
//   <script src="https://<waypost host>/embed.js" async></script>
(function () {
  "use strict";
  var script = document.currentScript;
  var origin = script ? new URL(script.src, location.href).origin : "";
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (e.origin !== origin || !d || d.type !== "waypost:resize" || typeof d.height !== "number") { return; }
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.min(Math.max(d.height, 80), 20000) + "px";
      }
    }
  });
})();
