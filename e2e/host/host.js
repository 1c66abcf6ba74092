// The README's host-side snippet, plus a record of the messages for the test to read.
window.__heights = [];
window.addEventListener('message', function (event) {
  var frame = document.getElementById('ashiatsu-explainer');
  if (!frame || event.source !== frame.contentWindow) return;
  var data = event.data;
  if (data && typeof data.height === 'number' && isFinite(data.height) && data.height > 0) {
    window.__heights.push(data.height);
    frame.style.height = Math.ceil(data.height) + 'px';
  }
});
var src = new URLSearchParams(location.search).get('src');
if (src) document.getElementById('ashiatsu-explainer').src = src;
