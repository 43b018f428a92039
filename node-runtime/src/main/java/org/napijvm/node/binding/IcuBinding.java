package org.napijvm.node.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.graalvm.shadowed.com.ibm.icu.lang.UCharacter;
import org.graalvm.shadowed.com.ibm.icu.lang.UCharacterCategory;
import org.graalvm.shadowed.com.ibm.icu.lang.UProperty;
import org.napijvm.node.NodeEnv;

/**
 * internalBinding('icu') (node_i18n.cc) over ICU4J, the ICU GraalJS ships: the column width of a string, which
 * {@code util.inspect} (line grouping, table layout), readline and the REPL use.
 */
public final class IcuBinding extends Binding {
    private static final int ZWJ = 0x200D, SOFT_HYPHEN = 0x00AD;

    public IcuBinding(NodeEnv env) {
        super(env);
    }

    /**
     * getStringWidth(string, ambiguousAsFullWidth, expandEmojiSequence): node's sum of column widths over the
     * string's code points (a lone surrogate counts as itself). Unless expandEmojiSequence is false, an emoji after a
     * zero-width joiner counts too.
     */
    @HostAccess.Export
    public int getStringWidth(Value... a) {
        String s = a[0].asString();
        boolean ambiguousAsFull = a.length > 1 && a[1].isBoolean() && a[1].asBoolean();
        boolean expandEmoji = a.length < 3 || !a[2].isBoolean() || a[2].asBoolean();
        int width = 0, previous = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean joined = previous == ZWJ && (UCharacter.hasBinaryProperty(c, UProperty.EMOJI_PRESENTATION)
                    || UCharacter.hasBinaryProperty(c, UProperty.EMOJI_MODIFIER));
            previous = c;
            if (!expandEmoji && joined) continue;
            width += columnWidth(c, ambiguousAsFull);
        }
        return width;
    }

    /** node's GetColumnWidth: East Asian width first, then the zero-width categories. */
    static int columnWidth(int c, boolean ambiguousAsFull) {
        switch (UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH)) {
            case UCharacter.EastAsianWidth.FULLWIDTH, UCharacter.EastAsianWidth.WIDE:
                return 2;
            case UCharacter.EastAsianWidth.AMBIGUOUS:
                if (ambiguousAsFull) return 2;
                if (UCharacter.hasBinaryProperty(c, UProperty.EMOJI_PRESENTATION)) return 2;
                break;
            case UCharacter.EastAsianWidth.NEUTRAL:
                if (UCharacter.hasBinaryProperty(c, UProperty.EMOJI_PRESENTATION)) return 2;
                break;
            default:
                break;
        }
        int type = UCharacter.getType(c);
        boolean zeroWidthCategory = type == UCharacterCategory.CONTROL || type == UCharacterCategory.FORMAT
                || type == UCharacterCategory.ENCLOSING_MARK || type == UCharacterCategory.NON_SPACING_MARK;
        if (c != SOFT_HYPHEN && (zeroWidthCategory || UCharacter.hasBinaryProperty(c, UProperty.EMOJI_MODIFIER))) return 0;
        return 1;
    }
}
