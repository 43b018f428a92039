// internalBinding('trace_events'): napi-jvm records no trace events; categories are never enabled.
(function (binding, java, kit) {
  'use strict';
  binding.getEnabledCategories = () => undefined;
  binding.setTraceCategoryStateUpdateHandler = (fn) => { kit.traceCategoryStateUpdate = fn; };
  binding.getCategoryEnabledBuffer = () => new Uint8Array(1);
  binding.isTraceCategoryEnabled = () => false;
  binding.trace = () => {};
  binding.CategorySet = class CategorySet {
    constructor(categories) { this.categories = categories; }
    enable() {}
    disable() {}
  };
})
