package org.napijvm.conformance;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Differential properties: generated batches of inputs go through the conversion functions (numbers, strings in both
 * directions and three encodings, bigints) in one node 25 process and in one napi-jvm run per batch; the outputs must
 * be identical. Each output line names its input, so a difference names the counterexample directly (shrinking is
 * off: every step would cost two runtimes); counterexamples found become conformance cases.
 * Tries per property: -Djqwik.tries.default=N (default in junit-platform.properties); seed: -Djqwik.seed=S.
 */
class PropertyDiffTest {
    private static final HexFormat HEX = HexFormat.of();
    private static Path addon;

    private static synchronized Path addon() {
        if (addon == null) {
            Path src = Oracles.REPO.resolve("conformance-tests/src/test/resources/props/binding.c");
            addon = Oracles.compile(Oracles.BUILD.resolve("props").resolve("binding.node"), List.of(), src);
        }
        return addon;
    }

    private static final String PRELUDE = """
            'use strict';
            const b = require(process.env.NAPI_ADDON);
            const dv = new DataView(new ArrayBuffer(8));
            const dbl = (h) => { dv.setBigUint64(0, BigInt('0x' + h)); return dv.getFloat64(0); };
            const bits = (d) => { if (d !== d) return 'NaN'; dv.setFloat64(0, d); return dv.getBigUint64(0).toString(16).padStart(16, '0'); };
            const show = (v) => typeof v === 'number' ? 'n' + bits(v) : typeof v === 'string' ? 's' + units(v) : typeof v;
            const units = (s) => { let r = ''; for (let i = 0; i < s.length; i++) r += s.charCodeAt(i).toString(16).padStart(4, '0'); return r; };
            const str = (u) => String.fromCharCode(...u);
            """;

    /** Runs the generated script on node 25 and on napi-jvm and requires identical stdout. */
    private static void differential(String name, String body) {
        try {
            Path dir = Files.createTempDirectory("napi-prop-" + name);
            Path js = dir.resolve(name + ".js");
            Files.writeString(js, PRELUDE + body);
            Map<String, String> env = Map.of("NAPI_ADDON", addon().toString());
            Oracles.Result node = Oracles.run(List.of(Oracles.NODE25.toString(), js.toString()), dir, env);
            assertEquals(0, node.exit(), () -> node.describe("node 25") + "\nscript: " + js);
            Oracles.Result ours = InProcess.run(js, dir, env);
            assertEquals(0, ours.exit(), () -> ours.describe("napi-jvm") + "\nscript: " + js);
            if (!node.out().equals(ours.out())) {
                List<String> a = node.out().lines().toList(), o = ours.out().lines().toList();
                StringBuilder sb = new StringBuilder("napi-jvm differs from node 25 (script kept: " + js + "):\n");
                int shown = 0;
                for (int i = 0; i < Math.max(a.size(), o.size()) && shown < 8; i++) {
                    String x = i < a.size() ? a.get(i) : "(none)", y = i < o.size() ? o.get(i) : "(none)";
                    if (!x.equals(y)) {
                        sb.append("  node:     ").append(x).append("\n  napi-jvm: ").append(y).append('\n');
                        shown++;
                    }
                }
                fail(sb.toString());
            }
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.delete(p);
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(List<String> items) {
        return items.stream().collect(Collectors.joining(",\n", "[\n", "]"));
    }

    private static String q(String s) {
        return "'" + s + "'";
    }

    // ---- numbers ----

    private static final double[] SPECIAL = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, 0.5, -0.5, 1.5,
            -1.5, 2.5, 0.49999999999999994, 1, -1, 0x1p31, -0x1p31, 0x1p32, -0x1p32, 0x1p53, -0x1p53, 0x1p63, -0x1p63,
            0x1p64, -0x1p64, 0x1p84, 0x1p100, 1e21, -1e21, 4294967295.5, -2147483648.5, 2147483647.5};

    @Provide
    Arbitrary<Double> doubles() {
        Arbitrary<Double> special = Arbitraries.of(SPECIAL.length).flatMap(n -> Arbitraries.integers().between(0, n - 1))
                .flatMap(i -> Arbitraries.integers().between(-2, 2).map(k -> neighbour(SPECIAL[i], k)));
        Arbitrary<Double> anyBits = Arbitraries.longs().map(Double::longBitsToDouble);
        Arbitrary<Double> ints = Arbitraries.longs().between(-(1L << 54), 1L << 54).map(l -> (double) l);
        Arbitrary<Double> fractions = Arbitraries.doubles().between(-1e20, 1e20);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, special), net.jqwik.api.Tuple.of(2, anyBits),
                net.jqwik.api.Tuple.of(2, ints), net.jqwik.api.Tuple.of(2, fractions));
    }

    private static double neighbour(double d, int k) {
        for (int i = 0; i < k; i++) d = Math.nextUp(d);
        for (int i = 0; i > k; i--) d = Math.nextDown(d);
        return d;
    }

    @Provide
    Arbitrary<Long> longs() {
        Arbitrary<Long> edges = Arbitraries.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 31, (1L << 31) - 1, -(1L << 31),
                -(1L << 31) - 1, 1L << 32, (1L << 32) - 1, 1L << 53, (1L << 53) + 1, -(1L << 53) - 1, Long.MAX_VALUE - 511,
                0x7ff0000000000000L, 0xfff0000000000000L, 0x8000000000000000L);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, edges), net.jqwik.api.Tuple.of(3, Arbitraries.longs()),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(-100000, 100000)));
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void numberConversionsMatchNode(@ForAll("batchOfDoubles") List<Double> xs, @ForAll("batchOfLongs") List<Long> ls) {
        List<String> items = new ArrayList<>();
        for (double d : xs) items.add(q(String.format("%016x", Double.doubleToRawLongBits(d))));
        List<String> longItems = new ArrayList<>();
        for (long l : ls) longItems.add(q(String.format("%016x", l)));
        differential("numbers", "const ds = " + json(items) + ";\nconst ls = " + json(longItems) + ";\n" + """
                ds.forEach((h, i) => { const x = dbl(h); console.log(i, bits(x), b.numOut(x)); });
                ls.forEach((h, i) => console.log(i, h, b.numIn(h).map(show).join(' ')));
                """);
    }

    @Provide
    Arbitrary<List<Double>> batchOfDoubles() {
        return doubles().list().ofMinSize(100).ofMaxSize(300);
    }

    @Provide
    Arbitrary<List<Long>> batchOfLongs() {
        return longs().list().ofMinSize(50).ofMaxSize(150);
    }

    // ---- strings, JS -> C ----

    @Provide
    Arbitrary<Character> codeUnits() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.chars().range(' ', '~')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u0080', '\u00ff')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u0100', '\ud7ff')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\ud800', '\udfff')), // lone or paired surrogates
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\ue000', '\uffff')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('\0', '\u007f', '\u0080', '\u07ff', '\u0800', '\ufffd', '\ufeff')));
    }

    /** A string as code units, with astral characters as proper pairs mixed in. */
    @Provide
    Arbitrary<String> jsStrings() {
        Arbitrary<String> astral = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
        Arbitrary<String> piece = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, codeUnits().map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, astral));
        return piece.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    record StrCase(String s, int size8, int sizeL, int size16) {}

    @Provide
    Arbitrary<List<StrCase>> batchOfStringOuts() {
        Arbitrary<StrCase> one = jsStrings().flatMap(s -> Combinators.combine(
                Arbitraries.integers().between(0, 3 * s.length() + 3),
                Arbitraries.integers().between(0, s.length() + 2),
                Arbitraries.integers().between(0, s.length() + 2)).as((a, l, u) -> new StrCase(s, a, l, u)));
        return one.list().ofMinSize(50).ofMaxSize(150);
    }

    private static String unitsArray(String s) {
        return s.chars().mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void stringsToCMatchNode(@ForAll("batchOfStringOuts") List<StrCase> cases) {
        List<String> items = new ArrayList<>();
        for (StrCase c : cases) items.add("[" + unitsArray(c.s) + "," + c.size8 + "," + c.sizeL + "," + c.size16 + "]");
        differential("strings_out", "const cs = " + json(items) + ";\n" + """
                cs.forEach(([u, a, l, w], i) => console.log(i, units(str(u)), b.strOut(str(u), a, l, w)));
                """);
    }

    // ---- strings, C -> JS ----

    /** Bytes for napi_create_string_utf8: valid UTF-8 of any code point mixed with every kind of invalid sequence. */
    @Provide
    Arbitrary<byte[]> utf8Bytes() {
        Arbitrary<byte[]> valid = Arbitraries.integers().between(0, 0x10FFFF).filter(c -> c < 0xD800 || c > 0xDFFF)
                .map(c -> Character.toString(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Arbitrary<byte[]> ascii = Arbitraries.integers().between(0x20, 0x7e).map(c -> new byte[] {(byte) (int) c});
        Arbitrary<byte[]> anyByte = Arbitraries.integers().between(0, 255).map(c -> new byte[] {(byte) (int) c});
        Arbitrary<byte[]> invalid = Arbitraries.of(
                new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xC1, (byte) 0xBF}, // overlong
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, // surrogates
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xF5, (byte) 0x80}, // > U+10FFFF
                new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, // truncated
                new byte[] {(byte) 0x80}, new byte[] {(byte) 0xBF}, new byte[] {(byte) 0xFE}, new byte[] {(byte) 0xFF},
                new byte[] {0});
        Arbitrary<byte[]> piece = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, valid), net.jqwik.api.Tuple.of(2, ascii),
                net.jqwik.api.Tuple.of(2, anyByte), net.jqwik.api.Tuple.of(2, invalid));
        return piece.list().ofMaxSize(30).map(PropertyDiffTest::concat);
    }

    private static byte[] concat(List<byte[]> parts) {
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) o.writeBytes(p);
        return o.toByteArray();
    }

    @Provide
    Arbitrary<List<byte[]>> batchOfUtf8() {
        return utf8Bytes().list().ofMinSize(50).ofMaxSize(150);
    }

    @Provide
    Arbitrary<List<byte[]>> batchOfLatin1() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(40).list().ofMinSize(30).ofMaxSize(80);
    }

    @Provide
    Arbitrary<List<String>> batchOfUtf16() {
        return jsStrings().list().ofMinSize(30).ofMaxSize(80);
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void stringsFromCMatchNode(@ForAll("batchOfUtf8") List<byte[]> utf8, @ForAll("batchOfLatin1") List<byte[]> latin1,
                               @ForAll("batchOfUtf16") List<String> utf16) {
        List<String> items = new ArrayList<>();
        for (byte[] b : utf8) items.add("[0," + q(HEX.formatHex(b)) + "]");
        for (byte[] b : latin1) items.add("[1," + q(HEX.formatHex(b)) + "]");
        for (String s : utf16) {
            byte[] le = new byte[2 * s.length()];
            for (int i = 0; i < s.length(); i++) {
                le[2 * i] = (byte) s.charAt(i);
                le[2 * i + 1] = (byte) (s.charAt(i) >> 8);
            }
            items.add("[2," + q(HEX.formatHex(le)) + "]");
        }
        differential("strings_in", "const cs = " + json(items) + ";\n" + """
                cs.forEach(([k, h], i) => console.log(i, k, h, b.strIn(k, h).map(show).join(' ')));
                """);
    }

    // ---- bigints ----

    @Provide
    Arbitrary<BigInteger> bigints() {
        Arbitrary<BigInteger> edges = Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate(),
                BigInteger.TWO.pow(63), BigInteger.TWO.pow(64), BigInteger.TWO.pow(64).subtract(BigInteger.ONE),
                BigInteger.TWO.pow(63).subtract(BigInteger.ONE), BigInteger.TWO.pow(128));
        Arbitrary<BigInteger> nearEdges = Combinators.combine(edges, Arbitraries.integers().between(-3, 3), Arbitraries.of(1, -1))
                .as((e, k, sign) -> e.add(BigInteger.valueOf(k)).multiply(BigInteger.valueOf(sign)));
        Arbitrary<BigInteger> any = Combinators.combine(Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(200),
                Arbitraries.of(1, -1)).as((bytes, sign) -> new BigInteger(1, bytes).multiply(BigInteger.valueOf(sign)));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, nearEdges), net.jqwik.api.Tuple.of(3, any),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().map(BigInteger::valueOf)));
    }

    record WordsCase(int sign, List<Long> words) {}

    @Provide
    Arbitrary<List<WordsCase>> batchOfWords() {
        Arbitrary<Long> word = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.of(0L, -1L, 1L, Long.MIN_VALUE)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs()));
        return Combinators.combine(Arbitraries.of(0, 1, 2, -1, 255), word.list().ofMaxSize(8)).as(WordsCase::new)
                .list().ofMinSize(30).ofMaxSize(100);
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void bigintConversionsMatchNode(@ForAll("batchOfBigints") List<BigInteger> values, @ForAll("batchOfWords") List<WordsCase> words) {
        List<String> items = new ArrayList<>();
        for (BigInteger v : values) items.add("[" + (v.signum() < 0) + "," + q(v.abs().toString(16)) + "]");
        List<String> wordItems = new ArrayList<>();
        for (WordsCase w : words) {
            StringBuilder hex = new StringBuilder();
            for (int i = w.words.size() - 1; i >= 0; i--) hex.append(String.format("%016x", w.words.get(i)));
            wordItems.add("[" + w.sign + "," + q(hex.toString()) + "]");
        }
        differential("bigints", "const vs = " + json(items) + ";\nconst ws = " + json(wordItems) + ";\n" + """
                vs.forEach(([neg, h], i) => { const v = neg ? -BigInt('0x' + h) : BigInt('0x' + h); console.log(i, v.toString(16), b.bigOut(v)); });
                ws.forEach(([s, h], i) => { const [st, v] = b.bigIn(s, h); console.log(i, s, h, st, typeof v === 'bigint' ? v.toString(16) : typeof v); });
                """);
    }

    @Provide
    Arbitrary<List<BigInteger>> batchOfBigints() {
        return bigints().list().ofMinSize(50).ofMaxSize(150);
    }
}
