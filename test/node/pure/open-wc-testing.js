// Stands in for '@open-wc/testing' when the pure modules' browser tests run in Node
// (scripts/build-pure-tests.js): the same chai build the browser gets, without the DOM
// helpers (`fixture` and the rest need a page, and the pure tests do not use them).
export { default as chai, expect, should, assert } from '@esm-bundle/chai';
