// The province dashboard: shows only the period fields that apply, and draws the weekly trend with uPlot.
(function () {
  'use strict';
  function periodFields() {
    var kind = document.getElementById('period-kind');
    if (!kind) { return; }
    function update() {
      document.querySelectorAll('[data-for]').forEach(function (el) {
        var on = el.getAttribute('data-for').split(' ').indexOf(kind.value) >= 0;
        el.hidden = !on;
        el.querySelectorAll('input,select').forEach(function (i) { i.disabled = !on; });
      });
    }
    kind.addEventListener('change', update);
    update();
  }
  function trend() {
    var el = document.getElementById('trend');
    if (!el || typeof uPlot === 'undefined') { return; }
    var d = JSON.parse(el.getAttribute('data-chart'));
    if (!d.labels.length) { return; }
    var xs = d.labels.map(function (_, i) { return i; });
    function width() { return Math.max(260, el.parentNode.clientWidth - 32); }
    function opts() {
      return {
        width: width(),
        height: 260,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: false, range: [-0.5, xs.length - 0.5] }, y: { range: function (u, min, max) { return [0, Math.max(4, Math.ceil(max * 1.15))]; } } },
        axes: [
          { values: function (u, splits) { return splits.map(function (i) { return d.labels[i] || ''; }); }, splits: function () { return xs; }, grid: { show: false }, font: '12px sans-serif' },
          { grid: { stroke: '#e3e9ef' }, font: '12px sans-serif', values: function (u, v) { return v.map(function (x) { return Number.isInteger(x) ? x : ''; }); } }
        ],
        series: [
          {},
          { label: 'Giải quyết đúng hạn', stroke: '#2e7d32', fill: 'rgba(46,125,50,.75)', width: 1,
            paths: uPlot.paths.bars({ size: [0.3, 28], align: -1 }), points: { show: false } },
          { label: 'Giải quyết quá hạn', stroke: '#c62828', fill: 'rgba(198,40,40,.75)', width: 1,
            paths: uPlot.paths.bars({ size: [0.3, 28], align: 1 }), points: { show: false } },
          { label: 'Tiếp nhận', stroke: '#0b5cad', width: 2.5, points: { size: 7, fill: '#0b5cad' } }
        ]
      };
    }
    var plot = new uPlot(opts(), [xs, d.onTime, d.late, d.received], el);
    window.addEventListener('resize', function () { plot.setSize({ width: width(), height: 260 }); });
  }
  document.addEventListener('DOMContentLoaded', function () { periodFields(); trend(); });
}());
