package vn.motcua.shared;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page's redirect to an address built from values a request carried (a period, a code): each value
 * is encoded as one path segment, so braces, slashes, line breaks or NUL in it stay data and never
 * become a template variable, another path or a header.
 */
public final class Redirects {

    private Redirects() {
    }

    /** {@code "redirect:"} and the path template ({@code /reports/{template}/{period}}) with the values encoded into it. */
    public static String to(String pathTemplate, Object... values) {
        return "redirect:" + UriComponentsBuilder.fromPath(pathTemplate).encode().buildAndExpand(values).toUriString();
    }
}
