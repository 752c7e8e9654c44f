package io.github.somepolicy.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity across revisions: the rule, the file, the node's JSON Pointer and the message
 * arguments, never the line number, so unrelated edits above it do not change it.
 */
public final class Fingerprints {

    private Fingerprints() {}

    /** The fingerprint of a finding. */
    public static String of(Finding finding) {
        String identity = String.join(
                "\u0000",
                finding.ruleId(),
                finding.location().file(),
                finding.location().pointer(),
                finding.message().key(),
                String.join("\u0001", finding.message().args()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
