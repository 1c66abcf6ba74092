// Runs before the first paint (a classic script in the head of index.html). The page arrives with
// the app's first view pre-rendered for the default address in English (src/bin/prerender.rs).
// When this visit will show something else (an address with settings or a scene, settings saved
// on this device, another language, metric units, reduced motion, the installed app), that view
// would flash and then change, so it is hidden until the app has rendered the right one
// (src/main.rs removes the class). The app's own rule is Boot::matches_first_view
// (src/setup/start.rs); this one may hide more often than needed, never less.
(function () {
  var stale = location.search.replace(/^\?/, '') !== '' || location.hash.replace(/^#/, '') !== '';
  if (!stale) {
    try {
      // A plain visit continues where this device left off (src/setup/storage.rs, KEY).
      var saved = localStorage.getItem('ashiatsu-explainer/settings');
      stale = saved !== null && saved !== document.documentElement.getAttribute('data-first-view-settings');
    } catch (e) {
      // No storage (a sandboxed frame): nothing saved to restore.
    }
  }
  var asked = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  if (!stale) {
    // Units follow the first language's region (src/format.rs, Units::for_language_tag).
    var region = (String(asked[0] || '').split(/[-_]/)[1] || '').toUpperCase();
    stale = region !== 'US' && region !== 'LR' && region !== 'MM';
  }
  if (!stale) {
    stale = matchMedia('(prefers-reduced-motion: reduce)').matches || matchMedia('(display-mode: standalone)').matches;
  }
  if (!stale) {
    // The first supported language the browser asks for (src/i18n.rs, Locale::from_preferences).
    for (var i = 0; i < asked.length; i++) {
      var lang = String(asked[i] || '').split(/[-_]/)[0].toLowerCase();
      if (lang === 'en' || lang === 'es' || lang === 'ja') {
        stale = lang !== 'en';
        break;
      }
    }
  }
  if (stale) document.documentElement.classList.add('first-view-stale');
  // The pre-rendered view is long; a browser may paint it while the parser is still halfway
  // through, and each later chunk then moves what was painted (a layout shift). Hidden until the
  // whole document is parsed, it appears once, laid out in full. Parsed is when the document
  // turns interactive: DOMContentLoaded comes later, after the app's module script has fetched
  // and started the wasm (it awaits it), and would hold the first paint back until then.
  var root = document.documentElement;
  root.classList.add('first-view-parsing');
  var shown = function () {
    if (document.readyState !== 'loading') {
      root.classList.remove('first-view-parsing');
      document.removeEventListener('readystatechange', shown);
    }
  };
  document.addEventListener('readystatechange', shown);
  // Run late (a copy of the page that loads this script after parsing), it shows the view at once.
  shown();
})();
