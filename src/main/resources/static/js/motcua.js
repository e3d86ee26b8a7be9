// Sends the page's CSRF token with every htmx request, as the forms do with their hidden field.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
});
