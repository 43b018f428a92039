// napi-jvm: the fixed JS half of the bridge. Every other JS helper is declared next to the Java code that uses it
// (JsBridge.Helper) and compiled on first use. `rethrow` throws a value to the JS code that called into Java.
(function (register) {
  register((e) => { throw e; }, undefined, null, globalThis);
})
