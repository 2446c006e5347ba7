/*
 * KepilPage: what the EDS pages (sign-in, signing, verification) share. Texts come from the page itself,
 * rendered from the portal's bundles in the visitor's language into a hidden list
 * (<ul id="eds-texts" hidden><li data-key="…">…</li></ul>), so the scripts hold no language of their own.
 */
(function (root) {
    'use strict';

    var texts = null;

    function loadTexts() {
        texts = {};
        var list = document.getElementById('eds-texts');
        if (list) {
            Array.prototype.forEach.call(list.querySelectorAll('[data-key]'), function (item) {
                texts[item.getAttribute('data-key')] = item.textContent.trim();
            });
        }
        return texts;
    }

    /** The text under a key, its {0}, {1}… replaced by the arguments; the key itself if the page lacks it. */
    function text(key) {
        var all = texts || loadTexts();
        var args = Array.prototype.slice.call(arguments, 1);
        var template = Object.prototype.hasOwnProperty.call(all, key) ? all[key] : key;
        return template.replace(/\{(\d+)\}/g, function (whole, index) {
            var value = args[Number(index)];
            return value == null ? '' : String(value);
        });
    }

    function hasText(key) {
        return Object.prototype.hasOwnProperty.call(texts || loadTexts(), key);
    }

    /** The portal's context path, from the page's EDS root element. */
    function contextPath() {
        var app = document.querySelector('[data-context-path]');
        return app ? app.getAttribute('data-context-path') : '';
    }

    function language() {
        return document.documentElement.getAttribute('lang') || 'kk';
    }

    /** Shows a message in a live region; kind is 'progress', 'error' or 'success' and sets the region's look. */
    function announce(region, message, kind) {
        if (!region) {
            return;
        }
        region.classList.remove('is-progress', 'is-error', 'is-success');
        if (kind) {
            region.classList.add('is-' + kind);
        }
        // The region stays in the page, empty when silent: a region that appears with its message is
        // not always read out.
        region.textContent = message || '';
    }

    /**
     * Marks a field wrong or right. The message goes into the field's error element (referenced by
     * aria-describedby) with a word before it, so the error does not rest on colour.
     */
    function fieldError(input, message) {
        var error = document.getElementById(input.id + '-error');
        if (message) {
            input.setAttribute('aria-invalid', 'true');
            if (error) {
                error.textContent = text('page.common.eds.errorPrefix') + ' ' + message;
                error.hidden = false;
            }
        } else {
            input.removeAttribute('aria-invalid');
            if (error) {
                error.textContent = '';
                error.hidden = true;
            }
        }
    }

    /**
     * POSTs JSON and reads the answer, problem+json included.
     *
     * @return a Promise of {ok, status, body}; rejected with code NETWORK when the portal is not reached
     */
    function postJson(path, body) {
        return requestJson('POST', path, body);
    }

    /** GETs JSON from the portal, answered like {@link postJson}. */
    function getJson(path) {
        return requestJson('GET', path, undefined);
    }

    function requestJson(method, path, body) {
        var headers = {'Accept': 'application/json, application/problem+json'};
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        return fetch(contextPath() + path, {
            method: method,
            headers: headers,
            credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            return response.text().then(function (raw) {
                var parsed = null;
                try {
                    parsed = raw ? JSON.parse(raw) : null;
                } catch (ignored) {
                    // Not JSON: an error page of the server; the status says enough.
                }
                return {ok: response.ok, status: response.status, body: parsed};
            });
        }, function (cause) {
            var error = new Error('NETWORK');
            error.code = 'NETWORK';
            error.cause = cause;
            throw error;
        });
    }

    /**
     * The portal's time, so that the signing time of a signature agrees with the portal's clock, which a
     * demo portal may have moved. The browser's clock when the portal does not answer.
     */
    function portalTime() {
        return fetch(contextPath() + '/api/v1/platform/clock', {headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (clock) {
                var at = clock && clock.now ? new Date(clock.now) : null;
                return at && !isNaN(at.getTime()) ? at : new Date();
            }, function () {
                return new Date();
            });
    }

    /** An instant in Almaty time, in the page's language; the raw value if it cannot be read. */
    function formatInstant(value) {
        if (!value) {
            return '';
        }
        var at = value instanceof Date ? value : new Date(value);
        if (isNaN(at.getTime())) {
            return String(value);
        }
        try {
            return new Intl.DateTimeFormat(language(), {
                timeZone: 'Asia/Almaty', dateStyle: 'long', timeStyle: 'medium'
            }).format(at);
        } catch (unsupported) {
            return at.toISOString();
        }
    }

    /** A local error code (KepilEds.Codes or NETWORK) as a sentence for the visitor. */
    function errorText(error) {
        var code = error && error.code;
        if (code && hasText('page.common.eds.' + code)) {
            return text('page.common.eds.' + code);
        }
        return text('page.common.eds.UNEXPECTED');
    }

    /**
     * The state every EDS form shares: busy while a key is opened and a signature made (the button
     * locked, aria-busy set), and a failure said in the alert region and, when a field is at fault, at
     * that field, with focus moved there.
     */
    function formState(form, submit, progress, alert) {
        var busy = false;

        function setBusy(value) {
            busy = value;
            submit.disabled = value;
            form.setAttribute('aria-busy', value ? 'true' : 'false');
        }

        function fail(message, field) {
            setBusy(false);
            announce(progress, '');
            announce(alert, message, 'error');
            if (field) {
                fieldError(field, message);
                field.focus();
            }
        }

        return Object.freeze({
            isBusy: function () {
                return busy;
            },
            setBusy: setBusy,
            fail: fail
        });
    }

    /** Runs a function once the page is parsed. */
    function ready(fn) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', fn);
        } else {
            fn();
        }
    }

    /** Offers bytes as a file download. */
    function download(bytes, fileName, type) {
        var url = URL.createObjectURL(new Blob([bytes], {type: type}));
        var link = document.createElement('a');
        link.href = url;
        link.download = fileName;
        link.hidden = true;
        document.body.appendChild(link);
        link.click();
        document.body.removeChild(link);
        setTimeout(function () {
            URL.revokeObjectURL(url);
        }, 10000);
    }

    root.KepilPage = Object.freeze({
        text: text,
        hasText: hasText,
        contextPath: contextPath,
        language: language,
        announce: announce,
        fieldError: fieldError,
        postJson: postJson,
        getJson: getJson,
        portalTime: portalTime,
        formatInstant: formatInstant,
        errorText: errorText,
        formState: formState,
        ready: ready,
        download: download
    });
}(self));
