package kz.kepil.catalog.infrastructure;

import kz.kepil.shared.error.DomainException;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.regex.Pattern;

/**
 * Product descriptions are rich text from suppliers and are shown to everyone: only paragraphs, line
 * breaks, emphasis, lists, small headings and quotations survive; scripts, styles, event handlers,
 * links and images are removed.
 */
public final class DescriptionSanitiser {

    public static final int MAX_LENGTH = 20_000;

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "br", "p", "h3", "h4", "blockquote").toFactory());

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private DescriptionSanitiser() {
    }

    /** The description as it is kept and shown. */
    public static String sanitise(String html) {
        String source = html == null ? "" : html;
        if (source.length() > MAX_LENGTH) {
            throw DomainException.invalid("VALIDATION_FAILED", "A description has at most " + MAX_LENGTH + " characters");
        }
        return POLICY.sanitize(source).strip();
    }

    /** The words of a sanitised description, for search and for short previews. */
    public static String plainText(String sanitised) {
        String text = TAG.matcher(sanitised).replaceAll(" ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&quot;", "\"").replace("&nbsp;", " ");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
