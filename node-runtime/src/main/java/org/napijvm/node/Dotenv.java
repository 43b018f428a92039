package org.napijvm.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * node_dotenv.cc: the .env parser behind {@code --env-file}, {@code --env-file-if-exists},
 * {@code process.loadEnvFile} and {@code util.parseEnv}, line by line as Node 25 parses (not motdotla/dotenv's
 * regex: no {@code KEY: value}, a lone CR is dropped, the rest of a line after a closing quote is ignored). Keys come
 * out sorted (Node keeps them in a std::map).
 */
public final class Dotenv {
    /** A file named on the command line; optional: {@code --env-file-if-exists}. */
    public record EnvFile(String path, boolean optional) {}

    public enum ParseResult { VALID, FILE_ERROR, INVALID_CONTENT }

    // std::map<std::string, std::string> orders by UTF-8 bytes, which is code point order
    private final Map<String, String> store = new TreeMap<>(Dotenv::compareCodePoints);

    private static int compareCodePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Dotenv::GetDataFromArgs: every --env-file[-if-exists][=]path in args, up to a {@code --}. */
    public static List<EnvFile> filesFromArgs(List<String> args) {
        List<EnvFile> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) break;
            boolean optional = arg.equals("--env-file-if-exists") || arg.startsWith("--env-file-if-exists=");
            if (!optional && !arg.equals("--env-file") && !arg.startsWith("--env-file=")) continue;
            int eq = arg.indexOf('=');
            if (eq >= 0) files.add(new EnvFile(arg.substring(eq + 1), optional));
            else if (i + 1 < args.size()) files.add(new EnvFile(args.get(i + 1), optional));
            else break;
        }
        return files;
    }

    public Map<String, String> entries() {
        return store;
    }

    public String get(String key) {
        return store.get(key);
    }

    public ParseResult parsePath(String path) {
        byte[] bytes;
        try {
            Path p = Path.of(path);
            if (Files.isDirectory(p)) return ParseResult.INVALID_CONTENT; // open succeeds, read fails with EISDIR
            bytes = Files.readAllBytes(p);
        } catch (IOException | RuntimeException e) {
            return ParseResult.FILE_ERROR;
        }
        parseContent(new String(bytes, StandardCharsets.UTF_8));
        return ParseResult.VALID;
    }

    /** Parses content into this store (later keys replace earlier ones). */
    public Dotenv parseContent(String input) {
        String content = trim(input.replace("\r", ""));
        while (!content.isEmpty()) {
            char first = content.charAt(0);
            if (first == '\n' || first == '#') { // an empty line or a comment
                content = afterNewline(content, 0);
                continue;
            }
            int eqOrNl = indexOfAny(content, 0);
            if (eqOrNl < 0) break;
            if (content.charAt(eqOrNl) == '\n') { // no '=' on this line: skipped
                content = trim(content.substring(eqOrNl + 1));
                continue;
            }
            String key = trim(content.substring(0, eqOrNl));
            content = content.substring(eqOrNl + 1);
            if (content.isEmpty() || content.charAt(0) == '\n') { // KEY=
                store.put(key, "");
                continue;
            }
            content = trim(content);
            if (key.isEmpty()) continue;
            if (key.startsWith("export ")) key = trim(key.substring(7));
            if (content.isEmpty()) {
                store.put(key, "");
                break;
            }
            char q = content.charAt(0);
            if (q == '"' || q == '\'' || q == '`') {
                int close = content.indexOf(q, 1);
                if (close < 0) { // unterminated: the line as it is, quote included
                    int nl = content.indexOf('\n');
                    if (nl < 0) {
                        store.put(key, content);
                        break;
                    }
                    store.put(key, content.substring(0, nl));
                    content = content.substring(nl + 1);
                } else {
                    String value = content.substring(1, close);
                    store.put(key, q == '"' ? value.replace("\\n", "\n") : value);
                    content = afterNewline(content, close + 1); // the rest of the line is ignored
                    continue;
                }
            } else {
                int nl = content.indexOf('\n');
                String value = nl < 0 ? content : content.substring(0, nl);
                int hash = value.indexOf('#');
                if (hash >= 0) value = value.substring(0, hash);
                store.put(key, trim(value));
                if (nl < 0) break;
                content = content.substring(nl + 1);
            }
            content = trim(content);
        }
        return this;
    }

    private static String afterNewline(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? "" : s.substring(nl + 1);
    }

    private static int indexOfAny(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '=' || c == '\n') return i;
        }
        return -1;
    }

    // spaces, tabs and newlines, as node's trim_spaces
    private static String trim(String s) {
        int a = 0, b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }
}
