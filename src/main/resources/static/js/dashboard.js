// Draws the dashboard's charts from the figures the page carries; a click on a bar opens the dossiers behind it.
(function () {
    var root = document.getElementById('dashboard');
    if (!root || typeof Chart === 'undefined') {
        return;
    }
    var view = JSON.parse(root.dataset.view);
    var labels = root.dataset.labels.split('|');
    var periods = view.series.map(function (p) { return p.period; });
    // A quarter without records is a gap in every chart, labelled as the table says it, never a bar or a point at 0.
    var noRecords = root.dataset.noRecords;
    var periodLabels = view.series.map(function (p) { return p.withoutRecords ? [p.label, '(' + noRecords + ')'] : p.label; });
    function figures(value) {
        return view.series.map(function (p) { return p.withoutRecords ? null : value(p); });
    }
    var tooltip = { callbacks: { title: function (items) {
        var p = view.series[items[0].dataIndex];
        return p.withoutRecords ? p.label + ' — ' + noRecords : p.label;
    } } };
    var channels = ['DIRECT', 'POSTAL', 'ONLINE_PARTIAL', 'ONLINE_FULL'];
    var colours = ['#0d6efd', '#6c757d', '#20c997', '#fd7e14'];
    var vietnamese = new Intl.NumberFormat('vi-VN');
    // On a phone the legend takes half of a wide chart's height and squeezes the bars flat: square charts there.
    var aspectRatio = window.matchMedia('(max-width: 575.98px)').matches ? 1 : 2;
    function open(measure, period, channel) {
        var url = root.dataset.records + '?measure=' + encodeURIComponent(measure) + '&unitCode=' + encodeURIComponent(view.unitCode)
            + '&period=' + encodeURIComponent(period) + (channel ? '&channel=' + channel : '');
        window.location.href = url;
    }
    new Chart(document.getElementById('chart-received'), {
        type: 'bar',
        data: { labels: periodLabels, datasets: channels.map(function (c, i) {
            return { label: labels[i], backgroundColor: colours[i], data: figures(function (p) { return p.received[c]; }) };
        }) },
        options: { aspectRatio: aspectRatio, plugins: { tooltip: tooltip }, scales: { x: { stacked: true }, y: { stacked: true, ticks: { callback: function (v) { return vietnamese.format(v); } } } },
            onClick: function (event, elements) {
                if (elements.length) { open('dossiers.received', periods[elements[0].index], channels[elements[0].datasetIndex]); }
            } }
    });
    new Chart(document.getElementById('chart-rates'), {
        type: 'line',
        data: { labels: periodLabels, datasets: [
            { label: labels[4], borderColor: '#198754', data: figures(function (p) { return p.onTimeRate; }) },
            { label: labels[5], borderColor: '#0dcaf0', data: figures(function (p) { return p.onlineRate; }) }] },
        options: { aspectRatio: aspectRatio, plugins: { tooltip: tooltip }, scales: { y: { min: 0, max: 100 } },
            onClick: function (event, elements) {
                if (elements.length) { open('dossiers.resolvedOnTime', periods[elements[0].index]); }
            } }
    });
    new Chart(document.getElementById('chart-apologies'), {
        type: 'bar',
        data: { labels: periodLabels, datasets: [{ label: labels[6], backgroundColor: '#dc3545',
            data: figures(function (p) { return p.apologies; }) }] },
        options: { aspectRatio: aspectRatio, plugins: { tooltip: tooltip }, onClick: function (event, elements) {
            if (elements.length) { open('dossiers.apologies', periods[elements[0].index]); }
        } }
    });
}());
