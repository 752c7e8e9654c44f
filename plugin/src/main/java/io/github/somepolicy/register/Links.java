package io.github.somepolicy.register;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which values may become links on a public page: web addresses, mailboxes and phone numbers only. */
public final class Links {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"'(),;:]+@[^\\s@<>\"'(),;:]+\\.[^\\s@<>\"'(),;:]+");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private Links() {}

    /** An {@code http} or {@code https} address with a host; anything else ({@code javascript:}, data) is not. */
    public static Optional<String> web(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return Optional.of(text);
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A plain e-mail address. */
    public static Optional<String> email(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> EMAIL.matcher(v)
                .matches());
    }

    /** The {@code tel:} form of a phone number: its digits, with a leading plus kept. */
    public static String tel(String phone) {
        String digits = phone.strip().replaceAll("[^0-9+]", "");
        return "tel:" + (digits.startsWith("+") ? "+" + digits.substring(1).replace("+", "") : digits.replace("+", ""));
    }

    /** A colour written as {@code #rrggbb}, in lower case. */
    public static Optional<String> color(String value) {
        return Optional.ofNullable(value)
                .map(String::strip)
                .filter(v -> COLOR.matcher(v).matches())
                .map(v -> v.toLowerCase(Locale.ROOT));
    }

    /** The WCAG 2.1 contrast ratio of two {@code #rrggbb} colours, from 1 to 21. */
    public static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String color) {
        int rgb = Integer.parseInt(color.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
