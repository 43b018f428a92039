package org.napijvm.graal;

/**
 * The native side of a napi_external. The JS value is an ordinary JS object made the way V8 makes externals (null
 * prototype, not extensible, no properties: {@link JsBridge#newExternal}), so that JS treats it as node does (===,
 * WeakMap keys, type tags); this record, found through {@link JsBridge#external}, holds its data pointer.
 */
record External(long data) {}
