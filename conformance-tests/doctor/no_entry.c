// A shared library that is no addon: no napi_register_module_v1, no napi_module_register.
int doctor_not_an_addon(int x) { return x + 1; }
