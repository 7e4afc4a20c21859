export const id = 445;
export const ids = [445];
export const modules = {

/***/ 68445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runUploadJob: () => (/* binding */ runUploadJob)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67273);
/* harmony import */ var _common_errorMessage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94936);
// The artifact upload as it runs in a worker thread: dist/index.js started again as a worker
// (uploadReports.ts) with an UploadJob as its workerData. @actions/artifact does the upload;
// the thread only reports when it starts and how it ended.



async function runUploadJob(job) {
    const post = (message) => node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage(message);
    post({ type: 'started' });
    let result;
    try {
        const { id } = await new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9().uploadArtifact(job.name, job.files, job.rootDir, job.retentionDays === undefined ? {} : { retentionDays: job.retentionDays });
        result = id === undefined ? {} : { id };
    }
    catch (error) {
        result = { error: (0,_common_errorMessage_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error) };
    }
    post({ type: 'result', value: result });
}


/***/ }),

/***/ 94936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
// What a thrown value says, for a message to a person: the message of an Error, else its text.
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
