// Progressive enhancement only: every page works without this file.
// 1. Relative times ("3 min ago", time left) stay current while the page is open.
// 2. A vote or brake form cannot be submitted twice by a double click.
/* global document */
(function () {
  'use strict';
  function dur(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    if (s < 60) return s + ' s';
    var m = Math.floor(s / 60);
    if (m < 60) return m + ' min';
    var h = Math.floor(m / 60);
    if (h < 24) return m % 60 === 0 ? h + ' h' : h + ' h ' + (m % 60) + ' min';
    var d = Math.floor(h / 24);
    return h % 24 === 0 ? d + ' d' : d + ' d ' + (h % 24) + ' h';
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll('time[data-ago]').forEach(function (el) {
      var t = Date.parse(el.getAttribute('datetime'));
      if (!isNaN(t)) el.textContent = dur(now - t) + ' ago';
    });
    document.querySelectorAll('time[data-left]').forEach(function (el) {
      var t = Date.parse(el.getAttribute('datetime'));
      if (isNaN(t)) return;
      el.textContent = t <= now ? 'expired' : dur(t - now);
      el.classList.toggle('soon', t - now < 600000);
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    setInterval(tick, 15000);
    document.querySelectorAll('form[data-once]').forEach(function (form) {
      form.addEventListener('submit', function () {
        form.querySelectorAll('button[type="submit"]').forEach(function (b) { b.disabled = true; });
      });
    });
  });
})();
