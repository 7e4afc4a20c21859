export const id = 644;
export const ids = [644];
export const modules = {

/***/ 3644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   remediationScript: () => (/* binding */ remediationScript),
/* harmony export */   remediationScriptLines: () => (/* binding */ remediationScriptLines)
/* harmony export */ });
/* harmony import */ var _analyze_sortOrder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(584);
/* harmony import */ var _format_centsOnce_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7513);


/** One line of text, whatever it holds: a line break in a value must never start a live line. */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ');
}
function entryLines(item) {
    const saving = item.monthlySavingUsd > 0
        ? `Saves ${(0,_format_centsOnce_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsdForPeopleOnce */ .Z3)(item.monthlySavingUsd)} a month.`
        : 'Saves nothing directly.';
    const about = [item.address, item.address === '' ? item.subject : `on ${item.subject}`]
        .filter((s) => s !== '')
        .join(' ');
    const commands = item.action.commands.length > 0
        ? item.action.commands
        : ['(no single command does it: see the advice above)'];
    return [`${about}: ${item.why} ${saving}`, item.action.advice, ...commands, ''].map((line) => line === '' ? '#' : `# ${oneLine(line)}`);
}
/** The script's lines, each a comment but the interpreter line and each ending in a newline. */
function* remediationScriptLines(outcome) {
    for (const line of scriptLines(outcome))
        yield `${line}\n`;
}
function* scriptLines(outcome) {
    yield* [
        '#!/bin/sh',
        `# aws-ipv4-audit: recommended actions for the scan of ${outcome.result.startedAt.toISOString()}.`,
        '# Every line is commented out. Read each action, decide, and uncomment the commands you choose',
        '# to run (they need credentials that may change the resources). The audit changed nothing.',
        '#',
    ];
    // Grouped by account and region; within each, biggest saving first (the list's order).
    const grouped = [...outcome.recommendations].sort(_analyze_sortOrder_js__WEBPACK_IMPORTED_MODULE_0__/* .compareTargets */ .wu);
    if (grouped.length === 0)
        yield '# Nothing to do: no finding has a recommended action.';
    let group = '';
    for (const item of grouped) {
        const heading = `${item.accountId} ${item.region}`;
        if (heading !== group) {
            group = heading;
            // Ids come from AWS answers too: one line, like every other comment.
            yield* [oneLine(`# ==== Account ${item.accountId}, region ${item.region} ====`), '#'];
        }
        yield* entryLines(item);
    }
}
/** The whole script as one string (tests and small scans; the writer streams the lines). */
function remediationScript(outcome) {
    return [...remediationScriptLines(outcome)].join('');
}


/***/ })

};
