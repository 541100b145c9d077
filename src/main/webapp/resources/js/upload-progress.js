/*
 * Upload progress for the forms marked data-upload-progress: the form is sent by XMLHttpRequest so the browser
 * reports how much of it has gone, shown in the form's <progress> element and its text; the page the server
 * answers with (the next page, or this one with its messages) then replaces this one, as a normal submit would.
 * Without JavaScript the form is submitted the normal way.
 */
(function () {
    'use strict';

    function megabytes(bytes) {
        return (bytes / (1024 * 1024)).toFixed(1) + ' MB';
    }

    function show(form, loaded, total) {
        var bar = form.querySelector('progress');
        var text = form.querySelector('.upload-progress-text');
        var box = form.querySelector('.upload-progress');
        box.hidden = false;
        if (total > 0) {
            var percent = Math.round(loaded * 100 / total);
            bar.max = 100;
            bar.value = percent;
            text.textContent = loaded >= total ? 'Uploaded (' + megabytes(total) + '); checking the files…'
                : 'Uploading: ' + percent + '% (' + megabytes(loaded) + ' of ' + megabytes(total) + ')';
        } else {
            bar.removeAttribute('value');
            text.textContent = 'Uploading…';
        }
    }

    function replacePage(html, url) {
        if (url && url !== window.location.href) {
            window.history.replaceState(null, '', url);
        }
        document.open();
        document.write(html);
        document.close();
    }

    function send(form, submitter) {
        var data = submitter ? new FormData(form, submitter) : new FormData(form);
        var request = new XMLHttpRequest();
        request.open('POST', form.action);
        request.upload.addEventListener('progress', function (e) {
            show(form, e.loaded, e.lengthComputable ? e.total : 0);
        });
        request.addEventListener('load', function () {
            replacePage(request.responseText, request.responseURL);
        });
        request.addEventListener('error', function () {
            form.querySelector('.upload-progress-text').textContent =
                'The upload failed (the connection was lost?). Nothing was submitted; try again.';
            Array.prototype.forEach.call(form.querySelectorAll('[type=submit]'), function (b) { b.disabled = false; });
        });
        Array.prototype.forEach.call(form.querySelectorAll('[type=submit]'), function (b) { b.disabled = true; });
        show(form, 0, 0);
        request.send(data);
    }

    document.addEventListener('submit', function (e) {
        var form = e.target;
        if (!form.hasAttribute('data-upload-progress') || !window.FormData || !window.XMLHttpRequest) {
            return;
        }
        e.preventDefault();
        send(form, e.submitter);
    });
}());
