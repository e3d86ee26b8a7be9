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

// A document of an online submission is uploaded as soon as it is sent, with its progress shown, and
// listed under its paper without reloading the page, so nothing typed in the form above is lost.
// Without script the same form posts to the page and comes back to it.
document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches('form.upload[data-upload-url]') || !window.FormData || !window.XMLHttpRequest) {
        return;
    }
    var input = form.querySelector('input[type="file"]');
    if (!input || !input.files || input.files.length === 0) {
        return;
    }
    event.preventDefault();
    var progress = form.querySelector('progress');
    var status = form.querySelector('.upload-status');
    var button = form.querySelector('button[type="submit"]');
    var request = new XMLHttpRequest();
    request.open('POST', form.dataset.uploadUrl);
    request.setRequestHeader('Accept', 'application/json');
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        request.setRequestHeader(header.getAttribute('content'), token.getAttribute('content'));
    }
    progress.hidden = false;
    progress.value = 0;
    button.disabled = true;
    status.className = 'small mt-1 upload-status';
    request.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
            var percent = Math.round(e.loaded * 100 / e.total);
            progress.value = percent;
            status.textContent = form.dataset.textProgress.replace('{0}', percent);
        }
    });
    request.addEventListener('load', function () {
        button.disabled = false;
        var answer = null;
        try {
            answer = JSON.parse(request.responseText);
        } catch (ignored) {
            answer = null;
        }
        if (request.status === 201 && answer) {
            progress.value = 100;
            status.textContent = form.dataset.textDone.replace('{0}', answer.fileName);
            var list = document.querySelector('[data-documents-for="' + form.querySelector('input[name="requirement"]').value + '"]');
            var item = document.getElementById('attached-document').content.firstElementChild.cloneNode(true);
            var link = item.querySelector('a');
            link.textContent = answer.fileName;
            link.href = form.getAttribute('action') + '/' + answer.id;
            item.querySelector('small').textContent = fileSize(answer.size);
            list.appendChild(item);
            var missing = form.closest('.card').querySelector('.text-bg-danger');
            if (missing) {
                missing.remove();
            }
            input.value = '';
        } else {
            progress.hidden = true;
            status.className = 'small mt-1 upload-status text-danger';
            var detail = answer && answer.details && answer.details.length ? answer.details[0].message : null;
            status.textContent = detail || (answer && answer.message) || form.dataset.textFailed;
        }
    });
    request.addEventListener('error', function () {
        button.disabled = false;
        progress.hidden = true;
        status.className = 'small mt-1 upload-status text-danger';
        status.textContent = form.dataset.textFailed;
    });
    request.send(new FormData(form));
});

/** A file's size as the server writes it (VietnameseFormat.fileSize): 532 B, 120 KB, 1,5 MB. */
function fileSize(bytes) {
    if (bytes < 1024) {
        return bytes + ' B';
    }
    if (bytes < 1024 * 1024) {
        return Math.round(bytes / 1024).toLocaleString('vi-VN') + ' KB';
    }
    return (Math.round(bytes / 1024 / 1024 * 10) / 10).toLocaleString('vi-VN') + ' MB';
}
