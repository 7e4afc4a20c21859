export const id = 227;
export const ids = [227];
export const modules = {

/***/ 2227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultProvider: () => (/* reexport safe */ _defaultProvider__WEBPACK_IMPORTED_MODULE_0__.v6)
/* harmony export */ });
/* harmony import */ var _defaultProvider__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5956);



/***/ })

};
