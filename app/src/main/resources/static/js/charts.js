// Draws figures from the tables beside them. A chart element names its table (data-table) and
// its kind (data-chart): "stacked" or "bar" (horizontal bars, one per row) or "columns" (vertical
// bars over the rows in order, e.g. months; a heading with data-kind="line" becomes a line).
// Header cells with data-series are the series; body cells carry data-value and, where the count
// can be opened, data-href: a click on the bar goes where the cell's link goes.
// Kind "graph" draws a customer's relations: the element's data-center names the customer; each
// body row is one relation, its first cell the edge label, data-node the party (rows with the same
// node are one party), the second cell its name, data-type the colour, data-href its page.
(function () {
  'use strict';
  var COLORS = {
    A: '#027a48', B: '#b54708', C: '#667085', none: '#d0d5dd', count: '#b42318',
    in: '#027a48', out: '#b42318', net: '#1f2933', revenue: '#2e90fa', profit: '#b54708',
    open: '#2e90fa', won: '#027a48', ackMedian: '#b54708', ackP90: '#b42318'
  };

  function read(table) {
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var series = [];
    heads.forEach(function (th, index) {
      var key = th.getAttribute('data-series');
      if (key) {
        series.push({
          key: key, kind: th.getAttribute('data-kind') || 'bar', name: th.textContent.trim(),
          index: index, values: [], hrefs: []
        });
      }
    });
    var labels = [];
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      labels.push(row.cells[0].textContent.trim());
      series.forEach(function (s) {
        var cell = row.cells[s.index];
        var raw = cell.getAttribute('data-value');
        s.values.push(raw === null || raw === '' ? null : Number(raw));
        s.hrefs.push(cell.getAttribute('data-href') || '');
      });
    });
    return { labels: labels, series: series };
  }

  function options(kind, data) {
    var horizontal = kind !== 'columns';
    var category = { type: 'category', data: data.labels };
    var value = { type: 'value', minInterval: horizontal ? 1 : 0, scale: false };
    if (horizontal) {
      category.inverse = true;
    }
    var legend = data.series.length > 1;
    return {
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: legend ? { top: 0 } : undefined,
      grid: { left: 8, right: 16, top: legend ? 28 : 8, bottom: 8, containLabel: true },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: data.series.map(function (s) {
        return {
          name: s.name,
          type: s.kind === 'line' ? 'line' : 'bar',
          stack: kind === 'stacked' ? 'all' : undefined,
          itemStyle: { color: COLORS[s.key] || COLORS.count },
          lineStyle: s.kind === 'line' ? { width: 2 } : undefined,
          data: s.values
        };
      })
    };
  }

  var TYPE_COLORS = {
    GROUP_MEMBER: '#2e90fa', SHAREHOLDER: '#7a5af8', GUARANTEES: '#b42318',
    SUPPLIES: '#027a48', SAME_CONTROLLER: '#b54708'
  };

  function graph(element, table) {
    var center = element.getAttribute('data-center') || '';
    var nodes = [{
      id: 'center', name: center, symbolSize: 46, category: 0,
      itemStyle: { color: '#1f2933' }, label: { show: true, fontWeight: 'bold' }
    }];
    var categories = [{ name: center }];
    var typeIndex = {};
    var seen = {};
    var links = [];
    var pairs = {};
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var type = row.getAttribute('data-type') || '';
      var key = row.getAttribute('data-node') || '';
      var label = row.cells[0].textContent.trim();
      if (!(type in typeIndex)) {
        typeIndex[type] = categories.length;
        categories.push({ name: label, itemStyle: { color: TYPE_COLORS[type] || '#667085' } });
      }
      if (!seen[key]) {
        seen[key] = true;
        var hidden = row.getAttribute('data-kind') === 'hidden';
        nodes.push({
          id: key, name: row.cells[1].textContent.trim(), symbolSize: 28,
          category: typeIndex[type], href: row.getAttribute('data-href') || '',
          symbol: hidden ? 'emptyCircle' : 'circle', label: { show: true }
        });
      }
      pairs[key] = (pairs[key] || 0) + 1;
      links.push({
        source: 'center', target: key, value: label,
        label: { show: true, formatter: label, fontSize: 11 },
        lineStyle: { curveness: (pairs[key] - 1) * 0.25 }
      });
    });
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { formatter: function (p) { return p.dataType === 'edge' ? p.data.value : p.name; } },
      legend: { top: 0, data: categories.slice(1).map(function (c) { return c.name; }) },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: 320, edgeLength: [110, 170], gravity: 0.08, layoutAnimation: false },
        categories: categories, data: nodes, links: links,
        edgeSymbol: ['none', 'none'],
        label: { position: 'bottom' },
        lineStyle: { color: '#98a2b3', width: 1.5, opacity: 0.9 }
      }]
    });
    chart.on('click', function (event) {
      if (event.dataType === 'node' && event.data.href) {
        window.location.href = event.data.href;
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.setAttribute('data-nodes', String(nodes.length));
    element.setAttribute('data-drawn', 'true');
  }

  function draw(element) {
    var table = document.getElementById(element.getAttribute('data-table'));
    if (!table || !table.tBodies[0] || table.tBodies[0].rows.length === 0) {
      element.hidden = true;
      return;
    }
    if (element.getAttribute('data-chart') === 'graph') {
      graph(element, table);
      return;
    }
    var data = read(table);
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(options(element.getAttribute('data-chart'), data));
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
