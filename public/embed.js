/*
 * Border Corridors Atlas: optional resize helper for publishers. Include it once on a page that
 * embeds the atlas; each atlas iframe then takes the height of its content. Without it the iframe
 * keeps the height you give it. It reads one message type, only from an iframe's own window and
 * from the origin of that iframe's src, and touches nothing but that iframe's height.
 */
(function () {
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'border-corridors-atlas:height' || typeof data.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin = '';
      try {
        origin = new URL(frame.src).origin;
      } catch {
        // No src (a srcdoc frame) or one that is not a URL: not the atlas (nor is an opaque origin).
      }
      if (!origin || origin === 'null' || event.origin !== origin) continue;
      frame.style.height = Math.max(200, Math.min(4000, Math.round(data.height))) + 'px';
    }
  });
})();
