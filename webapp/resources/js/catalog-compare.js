/*
 * The catalog's compare ticks: at most four. Without this script the form still works and the compare
 * page keeps the first four; with it, a fifth box cannot be ticked and a status line says how many are
 * ticked. Texts come from the form's data attributes, rendered in the page's language.
 */
(function () {
    'use strict';

    var MAX = 4;
    var form = document.getElementById('compare-form');
    if (!form) {
        return;
    }
    var status = document.getElementById('compare-status');
    var boxes = form.querySelectorAll('input[type="checkbox"][name="ids"]');

    function update() {
        var ticked = Array.prototype.filter.call(boxes, function (box) { return box.checked; }).length;
        Array.prototype.forEach.call(boxes, function (box) {
            box.disabled = !box.checked && ticked >= MAX;
        });
        if (status) {
            var template = form.getAttribute(ticked >= MAX ? 'data-full' : 'data-chosen') || '';
            status.textContent = ticked === 0 ? '' : template.replace('{0}', String(ticked));
        }
    }

    Array.prototype.forEach.call(boxes, function (box) {
        box.addEventListener('change', update);
    });
    update();
}());
