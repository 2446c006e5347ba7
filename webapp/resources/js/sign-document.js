/*
 * Signing a document of the portal in the browser. A page marks its form with data-sign-document and
 * gives data-document-url (GET: {documentType, documentId, content, sha256}) and data-signature-url
 * (POST {"cms": …}); optionally data-done-url, the page to show once signed. The form holds a key file
 * input and a password input without names, a submit button and two live regions (role=status for
 * progress, role=alert for problems). The key is opened here, used once for exactly the document's
 * content and dropped; only the detached signature leaves the browser. Several forms may share a page.
 * Fields of the form marked data-sign-field (e.g. a refusal's reason) go with both requests: as query
 * parameters of the document and as members of the signature's body, so the two always agree.
 */
(function (root) {
    'use strict';

    var page = root.KepilPage;

    /** An answer that is not ok, as an error carrying the problem's code and detail. */
    function problemOf(answer) {
        var body = answer.body || {};
        var error = new Error('PROBLEM');
        error.code = 'PROBLEM';
        error.problemCode = body.code || ('HTTP_' + answer.status);
        error.detail = body.detail || body.title || '';
        return error;
    }

    /** A problem in the visitor's language where the page has a text for its code, the portal's detail otherwise. */
    function problemText(error) {
        var key = 'sign.problem.' + error.problemCode;
        var explained = page.hasText(key) ? page.text(key) : error.detail;
        return page.text('sign.problem', error.problemCode, explained);
    }

    /** The form's data-sign-field values by their name. */
    function fieldsOf(form) {
        var fields = {};
        Array.prototype.forEach.call(form.querySelectorAll('[data-sign-field]'), function (field) {
            fields[field.name] = field.value;
        });
        return fields;
    }

    function withQuery(url, fields) {
        var query = Object.keys(fields).map(function (name) {
            return encodeURIComponent(name) + '=' + encodeURIComponent(fields[name]);
        }).join('&');
        return query ? url + (url.indexOf('?') < 0 ? '?' : '&') + query : url;
    }

    function wire(form) {
        var keyInput = form.querySelector('input[type="file"]');
        var passwordInput = form.querySelector('input[type="password"]');
        var submit = form.querySelector('[type="submit"]');
        var progress = form.querySelector('[role="status"]');
        var alert = form.querySelector('[role="alert"]');
        if (!keyInput || !passwordInput || !submit) {
            return;
        }
        var state = page.formState(form, submit, progress, alert);

        keyInput.addEventListener('change', function () {
            page.fieldError(keyInput, null);
        });
        passwordInput.addEventListener('input', function () {
            page.fieldError(passwordInput, null);
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (state.isBusy()) {
                return;
            }
            page.announce(alert, '');
            var file = keyInput.files && keyInput.files[0];
            page.fieldError(keyInput, file ? null : page.text('page.common.eds.NO_FILE'));
            page.fieldError(passwordInput, passwordInput.value ? null : page.text('page.common.eds.NO_PASSWORD'));
            var firstWrong = !file ? keyInput : (!passwordInput.value ? passwordInput : null);
            if (firstWrong) {
                page.announce(alert, document.getElementById(firstWrong.id + '-error').textContent, 'error');
                firstWrong.focus();
                return;
            }
            state.setBusy(true);
            var key = null;
            var documentContent = null;
            var fields = fieldsOf(form);
            page.announce(progress, page.text('sign.progress.document'), 'progress');
            page.getJson(withQuery(form.getAttribute('data-document-url'), fields)).then(function (answer) {
                if (!answer.ok || !answer.body || typeof answer.body.content !== 'string') {
                    throw problemOf(answer);
                }
                documentContent = answer.body.content;
                page.announce(progress, page.text('sign.progress.key'), 'progress');
                return root.KepilEds.readKeyFile(file, passwordInput.value);
            }).then(function (opened) {
                key = opened;
                if (key.usage === 'auth') {
                    var refused = new Error('AUTH_KEY');
                    refused.code = 'AUTH_KEY';
                    throw refused;
                }
                page.announce(progress, page.text('sign.progress.signing'), 'progress');
                return page.portalTime();
            }).then(function (signingTime) {
                var cms = root.KepilEds.signDetached(key, documentContent, {signingTime: signingTime});
                key = null;
                passwordInput.value = '';
                page.announce(progress, page.text('sign.progress.sending'), 'progress');
                var body = {cms: cms};
                Object.keys(fields).forEach(function (name) {
                    body[name] = fields[name];
                });
                return page.postJson(form.getAttribute('data-signature-url'), body);
            }).then(function (answer) {
                if (!answer.ok) {
                    throw problemOf(answer);
                }
                state.setBusy(false);
                page.announce(progress, page.text('sign.done'), 'success');
                var done = form.getAttribute('data-done-url');
                if (done) {
                    // The page reloaded shows the new state; the live region has said it first.
                    root.setTimeout(function () {
                        root.location.assign(page.contextPath() + done);
                    }, 1200);
                }
            }).catch(function (error) {
                key = null;
                var code = error && error.code;
                if (code === 'AUTH_KEY') {
                    state.fail(page.text('sign.refuse.authKey'), keyInput);
                } else if (code === 'WRONG_PASSWORD') {
                    passwordInput.value = '';
                    state.fail(page.errorText(error), passwordInput);
                } else if (code === 'PROBLEM') {
                    state.fail(problemText(error), null);
                    submit.focus();
                } else {
                    state.fail(page.errorText(error), keyInput);
                }
            });
        });
    }

    page.ready(function () {
        Array.prototype.forEach.call(document.querySelectorAll('form[data-sign-document]'), wire);
    });
}(self));
