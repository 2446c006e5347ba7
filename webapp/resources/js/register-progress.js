/*
 * Follows the build of a payment register the batch job is still building (akimat/register.xhtml): every
 * few seconds it reads the register without its lines (data-progress-url, the session's cookie
 * authenticates) and moves the progress bar; the words beside it, a polite live region, change at each
 * tenth so that a screen reader is not flooded. Once the register is built (or the build stopped or was
 * discarded) the page is loaded again to show it as it now is. Without script, the link reloads the page.
 */
(function () {
    'use strict';

    var box = document.getElementById('register-build');
    if (!box || !window.fetch) {
        return;
    }
    var bar = document.getElementById('register-build-bar');
    var words = document.getElementById('register-build-text');
    var template = box.getAttribute('data-progress-text');
    var url = box.getAttribute('data-progress-url');
    var lastTenth = -1;
    var lastFailure = box.querySelector('#register-build-stopped') ? 'shown' : null;

    function say(done, toDo, percent) {
        return template.replace('{0}', done).replace('{1}', toDo).replace('{2}', percent);
    }

    function poll() {
        fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (answer) {
                return answer.ok ? answer.json() : null;
            })
            .then(function (register) {
                if (!register) {
                    return;
                }
                if (register.status !== 'BUILDING' || (register.build && register.build.failure && !lastFailure)) {
                    window.location.reload();
                    return;
                }
                var b = register.build;
                bar.max = b.claimsToDo;
                bar.value = Math.min(b.claimsDone, b.claimsToDo);
                bar.textContent = b.percent + ' %';
                var tenth = Math.floor(b.percent / 10);
                if (tenth !== lastTenth) {
                    lastTenth = tenth;
                    words.textContent = say(b.claimsDone, b.claimsToDo, b.percent);
                }
                window.setTimeout(poll, 2000);
            })
            .catch(function () {
                window.setTimeout(poll, 5000);
            });
    }

    window.setTimeout(poll, 2000);
}());
