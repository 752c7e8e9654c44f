package io.github.somepolicy.rule.notice;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.SourcePosition;
import io.github.somepolicy.rule.ConfigurationView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An account's notice as the content rules read it: the shared file's analysis (made once per run for
 * each distinct file content) and the analysis of the account's own text. A topic is covered when either
 * covers it. A topic the file lacks is reported at the file, with the account as a related place, so the
 * engine makes one finding of the accounts that share the file; a topic missing from a notice without a
 * file is reported at the account's own text.
 */
final class Notice {

    private final NoticeText.Found found;
    private final NoticeAnalysis file;
    private final NoticeAnalysis own;

    private Notice(NoticeText.Found found, NoticeAnalysis file, NoticeAnalysis own) {
        this.found = found;
        this.file = file;
        this.own = own;
    }

    /** The analysis of a notice; the file's is shared by the run. */
    static Notice of(NoticeText.Found found, ConfigurationView configuration) {
        NoticeConcepts concepts = NoticeConcepts.builtIn();
        NoticeAnalysis file = found.hasFile() && !found.fileContent().isBlank()
                ? configuration.shared(
                        new SharedFile(found.fileContent()), k -> new NoticeAnalysis(concepts, k.content()))
                : null;
        // Accounts' own texts are analysed sentence by sentence with the run's units analysed so far.
        NoticeAnalysis own = found.own().isBlank()
                ? null
                : new NoticeAnalysis(
                        concepts,
                        found.own(),
                        configuration.shared(
                                NoticeAnalysis.Units.class,
                                k -> new NoticeAnalysis.Units(NoticeAnalysis.Units.RUN_BOUND)));
        return new Notice(found, file, own);
    }

    /** The key of a notice file's analysis among the values a run shares: its content. */
    private record SharedFile(String content) {}

    NoticeText.Found found() {
        return found;
    }

    /** The analyses there are: the file's, then the account's own text's. */
    List<NoticeAnalysis> parts() {
        List<NoticeAnalysis> parts = new ArrayList<>(2);
        if (file != null) {
            parts.add(file);
        }
        if (own != null) {
            parts.add(own);
        }
        return parts;
    }

    /**
     * Whether the notice is in a language the analysis knows: the file is, or, without a file, the
     * account's own text is. An account's own text in a known language is analysed even when its file
     * is not, but cannot make up for a file that was not analysed.
     */
    boolean knownLanguage() {
        if (file != null) {
            return file.knownLanguage();
        }
        return own == null || own.knownLanguage();
    }

    /** Where a topic is covered, in the file or the account's own text; empty when it is not. */
    Optional<Covered> covering(String key, List<String> extra) {
        if (file != null) {
            Optional<NoticeAnalysis.Evidence> evidence = file.covering(key, extra);
            if (evidence.isPresent()) {
                return Optional.of(new Covered(true, evidence.get()));
            }
        }
        if (own != null) {
            Optional<NoticeAnalysis.Evidence> evidence = own.covering(key, extra);
            if (evidence.isPresent()) {
                return Optional.of(new Covered(false, evidence.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Where a topic is covered.
     *
     * @param inFile whether in the shared file (else in the account's own text)
     * @param evidence the sentence
     */
    record Covered(boolean inFile, NoticeAnalysis.Evidence evidence) {}

    /** Where a missing topic is reported: the file's first heading, or the account's own text. */
    Location missingAt() {
        if (file != null) {
            return Location.at(found.file(), new SourcePosition(file.document().firstHeadingLine(), 1));
        }
        return found.ownAt();
    }

    /** The places a finding about a missing topic points to besides its own: the account that uses the file. */
    List<Location> related() {
        return file != null ? List.of(found.at()) : List.of();
    }
}
