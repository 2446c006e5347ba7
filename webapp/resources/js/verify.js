/*
 * Public verification of a signed document: the visitor gives the document's text exactly as signed
 * and its detached signature (pasted or as files), the portal verifies them and this script shows who
 * signed, when, the certificate and every check. KepilVerify.handOver lets another page (signing) send
 * a text and its signature here to be checked on arrival.
 */
(function (root) {
    'use strict';

    var page = root.KepilPage;
    var HANDOVER = 'kepil.verify.handover';

    /** Leaves a text and its signature for the verification page, which checks them when it opens. */
    function handOver(content, cms) {
        root.sessionStorage.setItem(HANDOVER, JSON.stringify({content: content, cms: cms}));
    }

    function takeHandOver() {
        try {
            var raw = root.sessionStorage.getItem(HANDOVER);
            root.sessionStorage.removeItem(HANDOVER);
            var parsed = raw ? JSON.parse(raw) : null;
            return parsed && typeof parsed.content === 'string' && typeof parsed.cms === 'string' ? parsed : null;
        } catch (unavailable) {
            return null;
        }
    }

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text != null) {
            node.textContent = text;
        }
        return node;
    }

    /** A definition list of label/value pairs; a pair without a value is left out. */
    function definitions(pairs) {
        var list = element('dl', 'report-list');
        pairs.forEach(function (pair) {
            if (pair[1] == null || pair[1] === '') {
                return;
            }
            list.appendChild(element('dt', null, pair[0]));
            list.appendChild(element('dd', null, pair[1]));
        });
        return list;
    }

    function labelled(prefix, value) {
        return page.hasText(prefix + value) ? page.text(prefix + value) : value;
    }

    function sha256Hex(text) {
        var md = root.forge.md.sha256.create();
        md.update(root.forge.util.encodeUtf8(text));
        return md.digest().toHex();
    }

    /** Fills the result container with the report of the verification API and moves focus to it. */
    function render(container, report, content) {
        container.textContent = '';
        var valid = report.valid === true;

        var heading = element('h2', 'report-title', page.text('page.verify.result.title'));
        heading.id = container.id + '-title';
        heading.tabIndex = -1;
        container.appendChild(heading);

        var verdict = element('div', 'verdict ' + (valid ? 'is-valid' : 'is-invalid'));
        var title = element('p', 'verdict-title');
        var mark = element('span', 'verdict-mark', valid ? '\u2713' : '\u2717');
        mark.setAttribute('aria-hidden', 'true');
        title.appendChild(mark);
        title.appendChild(element('strong', null, page.text(valid ? 'page.verify.verdict.valid' : 'page.verify.verdict.invalid')));
        verdict.appendChild(title);
        if (valid) {
            verdict.appendChild(element('p', null, page.text('page.verify.verdict.validText')));
        } else {
            var code = report.code || 'UNKNOWN';
            verdict.appendChild(element('p', null, page.hasText('page.verify.code.' + code)
                ? page.text('page.verify.code.' + code) : page.text('page.verify.code.UNKNOWN')));
            if (report.code) {
                verdict.appendChild(element('p', 'notice-code', page.text('page.verify.code.label', report.code)));
            }
        }
        container.appendChild(verdict);

        container.appendChild(element('h3', null, page.text('page.verify.signer.title')));
        var signer = report.signer;
        if (signer) {
            container.appendChild(definitions([
                [page.text('page.verify.signer.name'), signer.commonName],
                [page.text('page.verify.signer.iin'), signer.iin],
                [page.text('page.verify.signer.bin'), signer.bin],
                [page.text('page.verify.signer.organisation'), signer.organisation],
                [page.text('page.verify.signer.roles'), (signer.roles || []).map(function (role) {
                    return labelled('page.verify.holderRole.', role);
                }).join(', ')]
            ]));
        } else {
            container.appendChild(element('p', null, page.text('page.verify.signer.none')));
        }

        container.appendChild(element('h3', null, page.text('page.verify.signedAt.title')));
        container.appendChild(element('p', null, report.signedAt
            ? page.formatInstant(report.signedAt) + ' (' + page.text('page.verify.zone') + ')'
            : page.text('page.verify.signedAt.none')));

        var certificate = report.certificate;
        container.appendChild(element('h3', null, page.text('page.verify.certificate.title')));
        if (certificate) {
            container.appendChild(definitions([
                [page.text('page.verify.certificate.subject'), certificate.subject],
                [page.text('page.verify.certificate.issuer'), certificate.issuer],
                [page.text('page.verify.certificate.serialNumber'), certificate.serialNumber],
                [page.text('page.verify.certificate.notBefore'), certificate.notBefore
                    ? page.formatInstant(certificate.notBefore) + ' (' + page.text('page.verify.zone') + ')' : null],
                [page.text('page.verify.certificate.notAfter'), certificate.notAfter
                    ? page.formatInstant(certificate.notAfter) + ' (' + page.text('page.verify.zone') + ')' : null]
            ]));
        } else {
            container.appendChild(element('p', null, page.text('page.verify.certificate.none')));
        }

        container.appendChild(element('h3', null, page.text('page.verify.document.title')));
        var digest = definitions([[page.text('page.verify.document.sha256'), report.documentSha256 || sha256Hex(content)]]);
        digest.querySelector('dd').classList.add('report-code');
        container.appendChild(digest);

        var checks = report.checks || [];
        if (checks.length > 0) {
            var table = element('table', 'checks');
            table.appendChild(element('caption', null, page.text('page.verify.checks.title')));
            var head = element('thead');
            var headRow = element('tr');
            ['page.verify.checks.check', 'page.verify.checks.result', 'page.verify.checks.detail'].forEach(function (key) {
                var cell = element('th', null, page.text(key));
                cell.scope = 'col';
                headRow.appendChild(cell);
            });
            head.appendChild(headRow);
            table.appendChild(head);
            var body = element('tbody');
            checks.forEach(function (check) {
                var row = element('tr', check.passed ? 'is-passed' : 'is-failed');
                var name = element('th', null, labelled('page.verify.check.', check.name));
                name.scope = 'row';
                row.appendChild(name);
                var result = element('td', 'check-result');
                var checkMark = element('span', 'check-mark', check.passed ? '\u2713' : '\u2717');
                checkMark.setAttribute('aria-hidden', 'true');
                result.appendChild(checkMark);
                result.appendChild(document.createTextNode(' ' + page.text(check.passed
                    ? 'page.verify.checks.passed' : 'page.verify.checks.failed')));
                row.appendChild(result);
                row.appendChild(element('td', 'check-detail', check.detail || ''));
                body.appendChild(row);
            });
            table.appendChild(body);
            var scroller = element('div', 'table-scroll');
            scroller.appendChild(table);
            container.appendChild(scroller);
        }

        container.hidden = false;
        heading.focus();
    }

    /** Asks the portal to verify; resolves with the report or rejects with a message for the visitor. */
    function verify(content, cms) {
        return page.postJson('/api/v1/signatures/verification', {content: content, cms: cms}).then(function (answer) {
            if (answer.ok && answer.body && typeof answer.body.valid === 'boolean') {
                return answer.body;
            }
            var problem = answer.body || {};
            var reason = problem.detail || problem.title || String(answer.status);
            throw new Error(answer.status === 400
                ? page.text('page.verify.rejected', reason) : page.text('page.verify.failed', reason));
        }, function (error) {
            throw new Error(page.errorText(error));
        });
    }

    page.ready(function () {
        var form = document.getElementById('verify-form');
        if (!form) {
            return;
        }
        var contentInput = document.getElementById('verify-content');
        var contentFile = document.getElementById('verify-content-file');
        var contentNote = document.getElementById('verify-content-file-note');
        var contentClear = document.getElementById('verify-content-file-clear');
        var cmsInput = document.getElementById('verify-cms');
        var cmsFile = document.getElementById('verify-cms-file');
        var cmsNote = document.getElementById('verify-cms-file-note');
        var cmsClear = document.getElementById('verify-cms-file-clear');
        var submit = document.getElementById('verify-submit');
        var progress = document.getElementById('verify-progress');
        var alert = document.getElementById('verify-alert');
        var result = document.getElementById('verify-result');
        // A file chosen wins over its text box; its text is kept here exactly, line ends and all.
        var chosen = {content: null, cms: null};

        function useFile(kind, input, note, clear, value, message) {
            chosen[kind] = value;
            note.textContent = message || '';
            note.hidden = !message;
            clear.hidden = value === null;
            if (value === null) {
                input.value = '';
            }
        }

        contentFile.addEventListener('change', function () {
            var file = contentFile.files && contentFile.files[0];
            page.fieldError(contentFile, null);
            if (!file) {
                useFile('content', contentFile, contentNote, contentClear, null);
                return;
            }
            file.text().then(function (text) {
                useFile('content', contentFile, contentNote, contentClear, text,
                    page.text('page.verify.contentFile.using', file.name, text.length));
            }, function () {
                useFile('content', contentFile, contentNote, contentClear, null);
                page.fieldError(contentFile, page.text('page.verify.fileUnreadable'));
            });
        });

        cmsFile.addEventListener('change', function () {
            var file = cmsFile.files && cmsFile.files[0];
            page.fieldError(cmsFile, null);
            if (!file) {
                useFile('cms', cmsFile, cmsNote, cmsClear, null);
                return;
            }
            root.KepilEds.binaryOf(file).then(function (binary) {
                var base64 = root.KepilEds.signatureToBase64(binary);
                useFile('cms', cmsFile, cmsNote, cmsClear, base64, page.text('page.verify.cmsFile.using', file.name));
            }).catch(function () {
                useFile('cms', cmsFile, cmsNote, cmsClear, null);
                page.fieldError(cmsFile, page.text('page.verify.NOT_A_SIGNATURE'));
                cmsFile.focus();
            });
        });

        contentClear.addEventListener('click', function () {
            useFile('content', contentFile, contentNote, contentClear, null);
            contentInput.focus();
        });
        cmsClear.addEventListener('click', function () {
            useFile('cms', cmsFile, cmsNote, cmsClear, null);
            cmsInput.focus();
        });
        [contentInput, cmsInput].forEach(function (input) {
            input.addEventListener('input', function () {
                page.fieldError(input, null);
            });
        });

        function fail(message, field) {
            submit.disabled = false;
            form.setAttribute('aria-busy', 'false');
            page.announce(progress, '');
            page.announce(alert, message, 'error');
            if (field) {
                page.fieldError(field, message);
                field.focus();
            }
        }

        function run() {
            page.announce(alert, '');
            result.hidden = true;
            var content = chosen.content !== null ? chosen.content : contentInput.value;
            if (content === '') {
                fail(page.text('page.verify.missingContent'), contentInput);
                return;
            }
            var cms = chosen.cms;
            if (cms === null) {
                if (!cmsInput.value.trim()) {
                    fail(page.text('page.verify.missingSignature'), cmsInput);
                    return;
                }
                try {
                    cms = root.KepilEds.signatureToBase64(cmsInput.value);
                } catch (notSignature) {
                    fail(page.text('page.verify.NOT_A_SIGNATURE'), cmsInput);
                    return;
                }
            }
            submit.disabled = true;
            form.setAttribute('aria-busy', 'true');
            page.announce(progress, page.text('page.verify.progress'), 'progress');
            verify(content, cms).then(function (report) {
                submit.disabled = false;
                form.setAttribute('aria-busy', 'false');
                page.announce(progress, page.text(report.valid ? 'page.verify.verdict.valid' : 'page.verify.verdict.invalid'),
                    report.valid ? 'success' : 'error');
                render(result, report, content);
            }, function (error) {
                fail(error.message);
            });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (!submit.disabled) {
                run();
            }
        });

        var handed = takeHandOver();
        if (handed) {
            contentInput.value = handed.content;
            cmsInput.value = handed.cms;
            run();
        }
    });

    root.KepilVerify = Object.freeze({handOver: handOver, render: render, verify: verify});
}(self));
