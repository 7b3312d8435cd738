// Draws each dashboard figure from the table beside it; a click on a bar opens the enterprise
// list that bar was counted from (the same link as the table cell).
(function () {
  'use strict';
  var COLORS = { A: '#027a48', B: '#b54708', C: '#667085', none: '#d0d5dd', count: '#b42318' };

  function read(table) {
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var series = [];
    heads.forEach(function (th, index) {
      var key = th.getAttribute('data-series');
      if (key) {
        series.push({ key: key, name: th.textContent.trim(), index: index, values: [], hrefs: [] });
      }
    });
    var labels = [];
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      labels.push(row.cells[0].textContent.trim());
      series.forEach(function (s) {
        var cell = row.cells[s.index];
        s.values.push(Number(cell.getAttribute('data-value')) || 0);
        s.hrefs.push(cell.getAttribute('data-href') || '');
      });
    });
    return { labels: labels, series: series };
  }

  function draw(element) {
    var table = document.getElementById(element.getAttribute('data-table'));
    if (!table || !table.tBodies[0] || table.tBodies[0].rows.length === 0) {
      element.hidden = true;
      return;
    }
    var data = read(table);
    var stacked = element.getAttribute('data-chart') === 'stacked';
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: stacked ? { top: 0 } : undefined,
      grid: { left: 8, right: 16, top: stacked ? 28 : 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: data.labels },
      series: data.series.map(function (s) {
        return {
          name: s.name,
          type: 'bar',
          stack: stacked ? 'all' : undefined,
          itemStyle: { color: COLORS[s.key] || COLORS.count },
          data: s.values
        };
      })
    });
    chart.on('click', function (event) {
      var href = data.series[event.seriesIndex].hrefs[event.dataIndex];
      if (href) {
        window.location.href = href;
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.setAttribute('data-drawn', 'true');
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof echarts === 'undefined') {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('.chart[data-table]'), draw);
  });
})();
