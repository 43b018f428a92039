package org.napijvm.node;

import org.graalvm.shadowed.com.ibm.icu.text.IDNA;

import java.util.EnumSet;
import java.util.Set;

/** WHATWG URL's domain to ASCII / to Unicode (UTS #46, non-transitional, hyphens and DNS length unchecked), over the
 *  ICU4J GraalJS ships. Failure gives "" (ada's convention, which the url binding reports as an invalid URL). */
final class Idna {
    private Idna() {}

    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ
            | IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE);
    /** Errors WHATWG's parameters tell UTS #46 not to check (CheckHyphens, VerifyDnsLength false). */
    private static final Set<IDNA.Error> IGNORED = EnumSet.of(IDNA.Error.LEADING_HYPHEN, IDNA.Error.TRAILING_HYPHEN,
            IDNA.Error.HYPHEN_3_4, IDNA.Error.EMPTY_LABEL, IDNA.Error.LABEL_TOO_LONG, IDNA.Error.DOMAIN_NAME_TOO_LONG);

    static String toASCII(String domain) {
        IDNA.Info info = new IDNA.Info();
        StringBuilder out = UTS46.nameToASCII(domain, new StringBuilder(), info);
        return ok(info) ? out.toString() : "";
    }

    static String toUnicode(String domain) {
        IDNA.Info info = new IDNA.Info();
        return UTS46.nameToUnicode(domain, new StringBuilder(), info).toString();
    }

    private static boolean ok(IDNA.Info info) {
        for (IDNA.Error e : info.getErrors()) if (!IGNORED.contains(e)) return false;
        return true;
    }
}
