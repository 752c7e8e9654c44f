package io.github.somepolicy.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A finding's identity across revisions: the rule, the file, the node's JSON Pointer and the message
 * arguments, never the line number, so unrelated edits above it do not change it. Arguments that are
 * plain numbers are left out too: they are line numbers (where a duplicate key first appeared) or counts
 * (how many more aliases), which change with edits elsewhere in the file while the finding stays.
 */
public final class Fingerprints {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[0-9]{1,12}");

    private Fingerprints() {}

    /** The fingerprint of a finding. */
    public static String of(Finding finding) {
        String identity = String.join(
                "\u0000",
                finding.ruleId(),
                finding.location().file(),
                finding.location().pointer(),
                finding.message().key(),
                finding.message().args().stream()
                        .filter(arg -> !PLAIN_NUMBER.matcher(arg).matches())
                        .collect(Collectors.joining("\u0001")));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
