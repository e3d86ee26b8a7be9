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
            setDay(form.querySelector('input[name="from"]'), option.dataset.from);
            setDay(form.querySelector('input[name="to"]'), option.dataset.to);
        }
    } else if (target.matches('input[name="from"], input[name="to"], input[data-day-for="from"], input[data-day-for="to"]') && target.form) {
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
            input.dispatchEvent(new Event('change', { bubbles: true }));
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

// Dates are read and typed day first (dd/mm/yyyy) whatever the browser's language: a browser set to English
// would show its own date field as mm/dd/yyyy. Each date field becomes a text field in the Vietnamese order;
// the form still sends the ISO date (yyyy-mm-dd) under the field's name, so the server and links are unchanged.
// Without script the browser's own date field remains.
var DAY = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

/** The ISO date a typed day names (dd/mm/yyyy, or yyyy-mm-dd as pasted from elsewhere); null when it names none. */
function isoDay(text) {
    var match = DAY.exec(text);
    var iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text);
    if (!match && !iso) {
        return null;
    }
    var day = Number(match ? match[1] : iso[3]), month = Number(match ? match[2] : iso[2]), year = Number(match ? match[3] : iso[1]);
    var date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
        return null;
    }
    return year + '-' + String(month).padStart(2, '0') + '-' + String(day).padStart(2, '0');
}

function shownDay(iso) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return match ? match[3] + '/' + match[2] + '/' + match[1] : '';
}

/** Sets a date field's value (ISO), and the day-first text shown for it. */
function setDay(input, iso) {
    if (!input) {
        return;
    }
    input.value = iso;
    var shown = input.dayText;
    if (shown) {
        shown.value = shownDay(iso);
        shown.setCustomValidity('');
    }
}

function dayFirst(input) {
    var texts = document.body.dataset;
    var text = document.createElement('input');
    text.type = 'text';
    text.className = input.className;
    text.id = input.id;
    text.required = input.required;
    text.disabled = input.disabled;
    text.inputMode = 'numeric';
    text.autocomplete = 'off';
    text.placeholder = texts.dayPlaceholder || 'dd/mm/yyyy';
    text.dataset.dayFor = input.name;
    ['aria-describedby', 'aria-invalid', 'aria-label', 'title'].forEach(function (name) {
        if (input.hasAttribute(name)) {
            text.setAttribute(name, input.getAttribute(name));
        }
    });
    text.value = shownDay(input.value);
    input.removeAttribute('id');
    input.type = 'hidden';
    input.dayText = text;
    input.parentNode.insertBefore(text, input);
    text.dayValue = input;
    text.addEventListener('input', function () {
        readDay(text);
    });
}

/** Carries a typed day into the field the form sends, and marks the text wrong when it names no date. */
function readDay(text) {
    var iso = isoDay(text.value);
    text.dayValue.value = iso || '';
    text.setCustomValidity(iso || text.value.trim() === '' ? '' : (document.body.dataset.dayInvalid || 'dd/mm/yyyy'));
}

// A file field shows its button and the chosen file's name in the page's language, not the browser's
// ("Choose File / No file chosen"). The field itself stays in place, focusable and labelled as before;
// the button only opens it.
function namedPicker(input) {
    var texts = document.body.dataset;
    var picker = document.createElement('span');
    picker.className = 'file-picker';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-outline-secondary file-picker-button';
    button.textContent = texts.fileChoose || 'Chọn tệp';
    button.tabIndex = -1;
    button.setAttribute('aria-hidden', 'true');
    var name = document.createElement('span');
    name.className = 'file-picker-name';
    name.setAttribute('aria-hidden', 'true');
    input.parentNode.insertBefore(picker, input);
    picker.appendChild(input);
    picker.appendChild(button);
    picker.appendChild(name);
    input.classList.add('file-picker-input');
    var show = function () {
        var count = input.files ? input.files.length : 0;
        name.textContent = count === 0 ? (texts.fileNone || '') : count === 1 ? input.files[0].name
            : (texts.fileMany || '{0}').replace('{0}', count);
    };
    button.addEventListener('click', function () {
        input.click();
    });
    input.addEventListener('change', show);
    show();
}

function vietnameseFields(root) {
    root.querySelectorAll('input[type="date"]').forEach(dayFirst);
    root.querySelectorAll('input[type="file"]:not(.file-picker-input)').forEach(namedPicker);
}

vietnameseFields(document);
document.addEventListener('htmx:load', function (event) {
    vietnameseFields(event.target);
});

// A date typed out of order stops the form with the reason beside the field, instead of sending nothing.
document.addEventListener('submit', function (event) {
    if (!event.target.querySelectorAll) {
        return;
    }
    // Read again what each day field holds, however it was filled (typed, pasted, set by a script).
    event.target.querySelectorAll('input[data-day-for]').forEach(readDay);
    var wrong = event.target.querySelector('input[data-day-for]:invalid');
    if (wrong) {
        event.preventDefault();
        event.stopImmediatePropagation();
        wrong.reportValidity();
    }
}, true);
