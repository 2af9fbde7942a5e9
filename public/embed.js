/*
 * Border Corridors Atlas: optional resize helper for publishers. Include it once on a page that
 * embeds the atlas; each atlas iframe then takes the height of its content. Without it the iframe
 * keeps the height you give it. It reads one message type and touches nothing else.
 */
(function () {
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'border-corridors-atlas:height' || typeof data.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(200, Math.min(4000, Math.round(data.height))) + 'px';
      }
    }
  });
})();
