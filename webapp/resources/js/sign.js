/*
 * Signing a text in the browser, as a demonstration: the visitor's signing key is opened and used here
 * and only the finished signature is shown. Nothing is sent to the portal except a request for its
 * time; the signature can then be copied, downloaded or handed to the verification page.
 */
(function (root) {
    'use strict';

    var page = root.KepilPage;

    page.ready(function () {
        var form = document.getElementById('sign-form');
        if (!form) {
            return;
        }
        var textInput = document.getElementById('sign-text');
        var keyInput = document.getElementById('sign-key');
        var passwordInput = document.getElementById('sign-password');
        var submit = document.getElementById('sign-submit');
        var progress = document.getElementById('sign-progress');
        var alert = document.getElementById('sign-alert');
        var result = document.getElementById('sign-result');
        var resultTitle = document.getElementById('sign-result-title');
        var signer = document.getElementById('sign-result-signer');
        var output = document.getElementById('sign-result-cms');
        var copyStatus = document.getElementById('sign-copy-status');
        var signed = null;

        var state = page.formState(form, submit, progress, alert);
        var setBusy = state.setBusy;
        var fail = state.fail;

        [textInput, keyInput, passwordInput].forEach(function (input) {
            input.addEventListener(input === keyInput ? 'change' : 'input', function () {
                page.fieldError(input, null);
            });
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (state.isBusy()) {
                return;
            }
            page.announce(alert, '');
            var text = textInput.value;
            var file = keyInput.files && keyInput.files[0];
            page.fieldError(textInput, text === '' ? page.text('page.sign.missingText') : null);
            page.fieldError(keyInput, file ? null : page.text('page.common.eds.NO_FILE'));
            page.fieldError(passwordInput, passwordInput.value ? null : page.text('page.common.eds.NO_PASSWORD'));
            var firstWrong = text === '' ? textInput : (!file ? keyInput : (!passwordInput.value ? passwordInput : null));
            if (firstWrong) {
                page.announce(alert, document.getElementById(firstWrong.id + '-error').textContent, 'error');
                firstWrong.focus();
                return;
            }
            setBusy(true);
            result.hidden = true;
            signed = null;
            page.announce(progress, page.text('page.sign.progress.reading'), 'progress');
            var key = null;
            root.KepilEds.readKeyFile(file, passwordInput.value).then(function (opened) {
                key = opened;
                if (key.usage === 'auth') {
                    var refused = new Error('AUTH_KEY');
                    refused.code = 'AUTH_KEY';
                    throw refused;
                }
                page.announce(progress, page.text('page.sign.progress.signing'), 'progress');
                return page.portalTime();
            }).then(function (signingTime) {
                var cms = root.KepilEds.signDetached(key, text, {signingTime: signingTime});
                signed = {text: text, cms: cms};
                signer.textContent = page.text('page.sign.result.signer',
                    page.text('page.common.eds.keyOf', key.subject.commonName || '', key.subject.iin || ''),
                    page.formatInstant(key.notAfter));
                key = null;
                passwordInput.value = '';
                output.value = cms;
                copyStatus.textContent = '';
                setBusy(false);
                page.announce(progress, page.text('page.sign.progress.done'), 'success');
                result.hidden = false;
                resultTitle.focus();
            }).catch(function (error) {
                key = null;
                var code = error && error.code;
                if (code === 'AUTH_KEY') {
                    fail(page.text('page.sign.refuse.authKey'), keyInput);
                } else if (code === 'WRONG_PASSWORD') {
                    passwordInput.value = '';
                    fail(page.errorText(error), passwordInput);
                } else {
                    fail(page.errorText(error), keyInput);
                }
            });
        });

        document.getElementById('sign-copy').addEventListener('click', function () {
            if (!signed) {
                return;
            }
            var copied = navigator.clipboard && navigator.clipboard.writeText
                ? navigator.clipboard.writeText(signed.cms) : Promise.reject(new Error('no clipboard'));
            copied.then(function () {
                copyStatus.textContent = page.text('page.sign.result.copied');
            }, function () {
                copyStatus.textContent = page.text('page.sign.result.copyFailed');
                output.focus();
                output.select();
            });
        });

        document.getElementById('sign-download').addEventListener('click', function () {
            if (signed) {
                page.download(root.KepilEds.base64ToBytes(signed.cms), 'signature.p7s', 'application/pkcs7-signature');
            }
        });

        document.getElementById('sign-download-text').addEventListener('click', function () {
            if (signed) {
                page.download(new TextEncoder().encode(signed.text), 'document.txt', 'text/plain;charset=utf-8');
            }
        });

        var verifyButton = document.getElementById('sign-verify');
        verifyButton.addEventListener('click', function () {
            if (signed) {
                root.KepilVerify.handOver(signed.text, signed.cms);
                root.location.assign(verifyButton.getAttribute('data-href'));
            }
        });
    });
}(self));
