// internalBinding('sea'): napi-jvm is never a single executable application.
(function (binding, java, kit) {
  'use strict';
  binding.isSea = () => false;
  binding.isExperimentalSeaWarningNeeded = () => false;
  binding.getAsset = () => undefined;
  binding.getAssetKeys = () => [];
})
