package org.napijvm.core;

/** napi_valuetype values; also the per-slot tags of the value stack (slots tagged >= STRING hold an engine object). */
public final class ValueType {
    private ValueType() {}

    public static final byte UNDEFINED = 0;
    public static final byte NULL = 1;
    public static final byte BOOLEAN = 2;
    public static final byte NUMBER = 3;
    public static final byte STRING = 4;
    public static final byte SYMBOL = 5;
    public static final byte OBJECT = 6;
    public static final byte FUNCTION = 7;
    public static final byte EXTERNAL = 8;
    public static final byte BIGINT = 9;
}
