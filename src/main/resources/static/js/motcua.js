// Sends the page's CSRF token with every htmx request, as the forms do with their hidden field.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
});

// A period chosen above a page of figures fills the window's dates; a date typed by hand makes the
// window the user's own. The form still sends only the dates, so a link with dates keeps working.
document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.matches('select[data-period-for]')) {
        var option = target.options[target.selectedIndex];
        var form = target.form;
        if (option.dataset.from) {
            form.querySelector('input[name="from"]').value = option.dataset.from;
            form.querySelector('input[name="to"]').value = option.dataset.to;
        }
    } else if (target.matches('input[name="from"], input[name="to"]') && target.form) {
        var period = target.form.querySelector('select[data-period-for]');
        if (period) {
            period.value = '';
        }
    }
});
