/*
 * EDS sign-in: opens the visitor's authentication key in the browser, has the portal issue a one-time
 * code, signs it and posts only the code and the signature to the sign-in endpoint through the page's
 * hidden form. The key file and its password stay in the browser: their inputs have no name, so not
 * even a form submitted without this script could send them.
 */
(function () {
    'use strict';

    var page = self.KepilPage;

    page.ready(function () {
        var form = document.getElementById('login-form');
        var post = document.getElementById('login-post');
        if (!form || !post) {
            return;
        }
        var keyInput = document.getElementById('login-key');
        var passwordInput = document.getElementById('login-password');
        var submit = document.getElementById('login-submit');
        var progress = document.getElementById('login-progress');
        var alert = document.getElementById('login-alert');
        var serverError = document.getElementById('login-server-error');
        var state = page.formState(form, submit, progress, alert);
        var setBusy = state.setBusy;
        var fail = state.fail;

        // The server sent the visitor back after a failed attempt: say why first.
        if (serverError) {
            serverError.focus();
        }

        function validate() {
            var file = keyInput.files && keyInput.files[0];
            page.fieldError(keyInput, file ? null : page.text('page.common.eds.NO_FILE'));
            page.fieldError(passwordInput, passwordInput.value ? null : page.text('page.common.eds.NO_PASSWORD'));
            var firstWrong = !file ? keyInput : (!passwordInput.value ? passwordInput : null);
            if (firstWrong) {
                page.announce(alert, page.text(!file ? 'page.common.eds.NO_FILE' : 'page.common.eds.NO_PASSWORD'), 'error');
                firstWrong.focus();
                return null;
            }
            return file;
        }

        // Back from the next page through the browser's cache: the form must not stay locked.
        self.addEventListener('pageshow', function (event) {
            if (event.persisted) {
                setBusy(false);
                page.announce(progress, '');
            }
        });

        [keyInput, passwordInput].forEach(function (input) {
            input.addEventListener('change', function () {
                page.fieldError(input, null);
            });
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (state.isBusy()) {
                return;
            }
            page.announce(alert, '');
            if (serverError) {
                serverError.hidden = true;
            }
            var file = validate();
            if (!file) {
                return;
            }
            setBusy(true);
            page.announce(progress, page.text('page.login.progress.reading'), 'progress');
            var key = null;
            self.KepilEds.readKeyFile(file, passwordInput.value).then(function (opened) {
                key = opened;
                if (key.usage === 'sign') {
                    var refused = new Error('SIGNING_KEY');
                    refused.code = 'SIGNING_KEY';
                    throw refused;
                }
                page.announce(progress, page.text('page.login.progress.challenge',
                    page.text('page.common.eds.keyOf', key.subject.commonName || '', key.subject.iin || '')), 'progress');
                return Promise.all([page.postJson('/api/v1/auth/challenge'), page.portalTime()]);
            }).then(function (answers) {
                var challenge = answers[0];
                if (!challenge.ok || !challenge.body || !challenge.body.nonce) {
                    var refused = new Error('CHALLENGE');
                    refused.code = 'CHALLENGE';
                    throw refused;
                }
                page.announce(progress, page.text('page.login.progress.signing'), 'progress');
                var nonce = challenge.body.nonce;
                var cms = self.KepilEds.signDetached(key, nonce, {signingTime: answers[1]});
                key = null;
                post.elements.nonce.value = nonce;
                post.elements.cms.value = cms;
                page.announce(progress, page.text('page.login.progress.sending'), 'progress');
                passwordInput.value = '';
                post.submit();
            }).catch(function (error) {
                key = null;
                var code = error && error.code;
                if (code === 'SIGNING_KEY') {
                    fail(page.text('page.login.refuse.signingKey'), keyInput);
                } else if (code === 'CHALLENGE') {
                    fail(page.text('page.login.challengeFailed'));
                } else if (code === 'WRONG_PASSWORD') {
                    passwordInput.value = '';
                    fail(page.errorText(error), passwordInput);
                } else if (code === 'NETWORK') {
                    fail(page.errorText(error));
                } else {
                    fail(page.errorText(error), keyInput);
                }
            });
        });
    });
}());
