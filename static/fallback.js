// The notice for a page where the app cannot start (index.html, #fallback), in one language.
// A classic script on purpose: it runs where the app's module scripts are refused (a sandboxed
// frame whose host does not allow the app's files, docs/deploy.md), so the visitor reads one
// sentence in their language instead of three. It changes nothing else; without it all three show.
(function () {
  var box = document.getElementById('fallback');
  if (!box) return;
  var supported = ['en', 'es', 'ja'];
  var asked = [new URLSearchParams(location.search).get('locale')].concat(navigator.languages || [navigator.language]);
  var pick = 'en';
  for (var i = 0; i < asked.length; i++) {
    var lang = String(asked[i] || '').slice(0, 2).toLowerCase();
    if (supported.indexOf(lang) >= 0) {
      pick = lang;
      break;
    }
  }
  var parts = box.querySelectorAll('p[lang]');
  for (var j = 0; j < parts.length; j++) parts[j].hidden = parts[j].getAttribute('lang') !== pick;
})();
