// The README's host-side snippet, plus a record of the messages for the test to read.
window.__heights = [];
window.addEventListener('message', function (event) {
  var frame = document.getElementById('ashiatsu-explainer');
  if (!frame || event.source !== frame.contentWindow) return;
  var data = event.data;
  if (data && typeof data.height === 'number' && isFinite(data.height) && data.height > 0) {
    window.__heights.push(data.height);
    // follow=0: a host that keeps the frame's fixed height (the test's, not the README's).
    if (params.get('follow') !== '0') frame.style.height = Math.ceil(data.height) + 'px';
  }
});
var params = new URLSearchParams(location.search);
var frame = document.getElementById('ashiatsu-explainer');
// The frame's attributes as the test asks (the Embed dialog's snippet sets them in the HTML).
['sandbox', 'allow', 'referrerpolicy'].forEach(function (name) {
  if (params.has(name)) frame.setAttribute(name, params.get(name));
});
if (params.get('src')) frame.src = params.get('src');
