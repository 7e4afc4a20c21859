export const id = 375;
export const ids = [375];
export const modules = {

/***/ 7375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeChunks: () => (/* binding */ writeChunks)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
// Every streamed report file is written the same way: its text as chunks, joined into larger
// pieces, piped to the file. A report of 50,000 findings never sits in memory whole.



/** Joins small chunks into pieces of about `size` characters: fewer, larger stream writes. */
function* batched(chunks, size = 64 * 1024) {
    let pending = '';
    for (const chunk of chunks) {
        pending += chunk;
        if (pending.length >= size) {
            yield pending;
            pending = '';
        }
    }
    if (pending !== '')
        yield pending;
}
/** Writes `chunks` to `file` (created or replaced) and returns the path. */
async function writeChunks(file, chunks) {
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from(batched(chunks)), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file));
    return file;
}


/***/ })

};
