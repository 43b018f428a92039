package org.napijvm.graal;

import org.napijvm.core.NodeVersion;
import org.napijvm.core.Status;
import org.napijvm.core.ValueType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every constant and struct offset Java shares with C, by the name napi_jvm_layout() (native-loader's layout.c) gives
 * it, with the Java constant that must equal it; {@link #check} compares them when the trampoline library loads.
 * A fact added on one side and not the other is a failure too.
 */
public final class Layout {
    private Layout() {}

    /** The facts of napi-graal (native-loader adds its own before checking). */
    public static Map<String, Long> expected() {
        Map<String, Long> m = new LinkedHashMap<>();
        String env = "struct napi_env__.";
        put(m, "sizeof struct napi_env__", NativeEnv.SIZE);
        put(m, env + "id", NativeEnv.ID);
        put(m, env + "sp", NativeEnv.SP);
        put(m, env + "capacity", NativeEnv.CAPACITY);
        put(m, env + "module_api_version", NativeEnv.MODULE_API_VERSION);
        put(m, env + "tags", NativeEnv.TAGS);
        put(m, env + "vals", NativeEnv.VALS);
        put(m, env + "last_error", NativeEnv.LAST_ERROR);
        put(m, env + "error_override", NativeEnv.ERROR_OVERRIDE);
        put(m, env + "message_buf", NativeEnv.MESSAGE_BUF);
        put(m, "sizeof napi_env__.message_buf", NativeEnv.MESSAGE_BUF_SIZE);
        put(m, env + "in_gc_finalizer", NativeEnv.IN_GC_FINALIZER);
        put(m, env + "checks", NativeEnv.CHECKS);
        put(m, "NAPI_JVM_CHECKED_THREAD", CheckedMode.THREAD);
        put(m, "NAPI_JVM_CHECKED_VALUE", CheckedMode.VALUE);
        put(m, "NAPI_JVM_CHECKED_HANDLE_OF", CheckedMode.HANDLE_OF);
        put(m, "NAPI_JVM_CHECKED_NEW_SLOT", CheckedMode.NEW_SLOT);
        put(m, "NAPI_JVM_CHECKED_GC_ACCESS", CheckedMode.GC_ACCESS);
        put(m, "sizeof napi_extended_error_info", NativeEnv.EI_SIZE);
        put(m, "napi_extended_error_info.error_message", NativeEnv.EI_MESSAGE);
        put(m, "napi_extended_error_info.engine_reserved", NativeEnv.EI_RESERVED);
        put(m, "napi_extended_error_info.engine_error_code", NativeEnv.EI_ENGINE_CODE);
        put(m, "napi_extended_error_info.error_code", NativeEnv.EI_CODE);
        put(m, "sizeof napi_jvm_callinfo", NativeEnv.CALLINFO_SIZE);
        put(m, "napi_jvm_callinfo.base", NativeEnv.CI_BASE);
        put(m, "napi_jvm_callinfo.argc", NativeEnv.CI_ARGC);
        put(m, "napi_jvm_callinfo.data", NativeEnv.CI_DATA);

        put(m, "NAPI_JVM_SLOT_UNDEFINED", GraalEnv.SLOT_UNDEFINED);
        put(m, "NAPI_JVM_SLOT_NULL", GraalEnv.SLOT_NULL);
        put(m, "NAPI_JVM_SLOT_FALSE", GraalEnv.SLOT_FALSE);
        put(m, "NAPI_JVM_SLOT_TRUE", GraalEnv.SLOT_TRUE);
        put(m, "NAPI_JVM_SLOT_GLOBAL", GraalEnv.SLOT_GLOBAL);
        put(m, "NAPI_JVM_FIRST_FREE_SLOT", GraalEnv.FIRST_FREE);
        put(m, "NAPI_JVM_TAG_UNCLASSIFIED", NativeEnv.UNCLASSIFIED & 0xFF);
        String[] types = {"napi_undefined", "napi_null", "napi_boolean", "napi_number", "napi_string", "napi_symbol",
                "napi_object", "napi_function", "napi_external", "napi_bigint"};
        byte[] tags = {ValueType.UNDEFINED, ValueType.NULL, ValueType.BOOLEAN, ValueType.NUMBER, ValueType.STRING,
                ValueType.SYMBOL, ValueType.OBJECT, ValueType.FUNCTION, ValueType.EXTERNAL, ValueType.BIGINT};
        for (int i = 0; i < types.length; i++) put(m, types[i], tags[i]);

        put(m, "NAPI_JVM_STATUS_COUNT", Status.MESSAGES.length);
        String[] statuses = {"napi_ok", "napi_invalid_arg", "napi_object_expected", "napi_string_expected",
                "napi_name_expected", "napi_function_expected", "napi_number_expected", "napi_boolean_expected",
                "napi_array_expected", "napi_generic_failure", "napi_pending_exception", "napi_cancelled",
                "napi_escape_called_twice", "napi_handle_scope_mismatch", "napi_callback_scope_mismatch", "napi_queue_full",
                "napi_closing", "napi_bigint_expected", "napi_date_expected", "napi_arraybuffer_expected",
                "napi_detachable_arraybuffer_expected", "napi_would_deadlock", "napi_no_external_buffers_allowed",
                "napi_cannot_run_js"};
        int[] codes = {Status.OK, Status.INVALID_ARG, Status.OBJECT_EXPECTED, Status.STRING_EXPECTED, Status.NAME_EXPECTED,
                Status.FUNCTION_EXPECTED, Status.NUMBER_EXPECTED, Status.BOOLEAN_EXPECTED, Status.ARRAY_EXPECTED,
                Status.GENERIC_FAILURE, Status.PENDING_EXCEPTION, Status.CANCELLED, Status.ESCAPE_CALLED_TWICE,
                Status.HANDLE_SCOPE_MISMATCH, Status.CALLBACK_SCOPE_MISMATCH, Status.QUEUE_FULL, Status.CLOSING,
                Status.BIGINT_EXPECTED, Status.DATE_EXPECTED, Status.ARRAYBUFFER_EXPECTED,
                Status.DETACHABLE_ARRAYBUFFER_EXPECTED, Status.WOULD_DEADLOCK, Status.NO_EXTERNAL_BUFFERS_ALLOWED,
                Status.CANNOT_RUN_JS};
        for (int i = 0; i < statuses.length; i++) put(m, statuses[i], codes[i]);

        String pd = "napi_property_descriptor.";
        put(m, "sizeof napi_property_descriptor", ObjectApi.PD_SIZE);
        put(m, pd + "utf8name", ObjectApi.PD_UTF8NAME);
        put(m, pd + "name", ObjectApi.PD_NAME);
        put(m, pd + "method", ObjectApi.PD_METHOD);
        put(m, pd + "getter", ObjectApi.PD_GETTER);
        put(m, pd + "setter", ObjectApi.PD_SETTER);
        put(m, pd + "value", ObjectApi.PD_VALUE);
        put(m, pd + "attributes", ObjectApi.PD_ATTRIBUTES);
        put(m, pd + "data", ObjectApi.PD_DATA);
        put(m, "napi_writable", ObjectApi.WRITABLE);
        put(m, "napi_enumerable", ObjectApi.ENUMERABLE);
        put(m, "napi_configurable", ObjectApi.CONFIGURABLE);
        put(m, "napi_static", ClassApi.NAPI_STATIC);
        put(m, "napi_key_include_prototypes", ObjectApi.KEY_INCLUDE_PROTOTYPES);
        put(m, "napi_key_own_only", ObjectApi.KEY_OWN_ONLY);
        put(m, "napi_key_writable", ObjectApi.KEY_WRITABLE);
        put(m, "napi_key_enumerable", ObjectApi.KEY_ENUMERABLE);
        put(m, "napi_key_configurable", ObjectApi.KEY_CONFIGURABLE);
        put(m, "napi_key_skip_strings", ObjectApi.KEY_SKIP_STRINGS);
        put(m, "napi_key_skip_symbols", ObjectApi.KEY_SKIP_SYMBOLS);
        put(m, "napi_key_keep_numbers", ObjectApi.KEY_KEEP_NUMBERS);
        put(m, "napi_key_numbers_to_strings", ObjectApi.KEY_NUMBERS_TO_STRINGS);

        // napi_typedarray_type: the index into BufferApi's tables ("Int8Array" -> napi_int8_array, ...)
        for (int i = 0; i < BufferApi.TYPED_ARRAY_NAMES.length; i++) {
            String n = BufferApi.TYPED_ARRAY_NAMES[i].replace("Array", "");
            String c = switch (n) {
                case "Uint8Clamped" -> "uint8_clamped";
                case "BigInt64" -> "bigint64";
                case "BigUint64" -> "biguint64";
                default -> n.toLowerCase();
            };
            put(m, "napi_" + c + "_array", i);
        }

        put(m, "sizeof napi_type_tag", LifetimeApi.TT_SIZE);
        put(m, "napi_type_tag.lower", LifetimeApi.TT_LOWER);
        put(m, "napi_type_tag.upper", LifetimeApi.TT_UPPER);
        put(m, "sizeof napi_node_version", EnvApi.NV_SIZE);
        put(m, "napi_node_version.major", EnvApi.NV_MAJOR);
        put(m, "napi_node_version.minor", EnvApi.NV_MINOR);
        put(m, "napi_node_version.patch", EnvApi.NV_PATCH);
        put(m, "napi_node_version.release", EnvApi.NV_RELEASE);
        put(m, "sizeof napi_jvm_work_args", AsyncWorkApi.WA_SIZE);
        put(m, "napi_jvm_work_args.execute", AsyncWorkApi.WA_EXECUTE);
        put(m, "napi_jvm_work_args.env", AsyncWorkApi.WA_ENV);
        put(m, "napi_jvm_work_args.data", AsyncWorkApi.WA_DATA);

        put(m, "napi_tsfn_nonblocking", ThreadsafeFunctionApi.NONBLOCKING);
        put(m, "napi_tsfn_blocking", ThreadsafeFunctionApi.BLOCKING);
        put(m, "napi_tsfn_release", ThreadsafeFunctionApi.RELEASE);
        put(m, "napi_tsfn_abort", ThreadsafeFunctionApi.ABORT);

        put(m, "NAPI_AUTO_LENGTH", Mem.AUTO_LENGTH);
        put(m, "NAPI_VERSION_EXPERIMENTAL", NodeVersion.NAPI_VERSION_EXPERIMENTAL);
        put(m, "NODE_MAJOR_VERSION", NodeVersion.MAJOR);
        put(m, "NODE_MINOR_VERSION", NodeVersion.MINOR);
        put(m, "NODE_PATCH_VERSION", NodeVersion.PATCH);
        put(m, "NODE_API_SUPPORTED_VERSION_MAX", NodeVersion.NAPI_VERSION);
        put(m, "NODE_API_DEFAULT_MODULE_API_VERSION", NodeVersion.DEFAULT_MODULE_API_VERSION);
        return m;
    }

    private static void put(Map<String, Long> m, String name, long value) {
        if (m.put(name, value) != null) throw new IllegalStateException("napi-jvm: layout fact " + name + " given twice");
    }

    /** Throws, naming every difference, unless C's facts and Java's are the same names with the same values. */
    public static void check(Map<String, Long> c, Map<String, Long> java) {
        List<String> diffs = new ArrayList<>();
        for (Map.Entry<String, Long> f : java.entrySet()) {
            Long v = c.get(f.getKey());
            if (v == null) diffs.add(f.getKey() + ": Java " + f.getValue() + ", not reported by C");
            else if (!v.equals(f.getValue())) diffs.add(f.getKey() + ": C " + v + ", Java " + f.getValue());
        }
        for (String k : c.keySet()) if (!java.containsKey(k)) diffs.add(k + ": C " + c.get(k) + ", unknown to Java");
        if (!diffs.isEmpty())
            throw new IllegalStateException("napi-jvm: Java and the C library disagree on shared constants:\n  " + String.join("\n  ", diffs));
    }
}
