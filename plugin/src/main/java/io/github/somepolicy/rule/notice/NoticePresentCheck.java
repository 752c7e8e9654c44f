package io.github.somepolicy.rule.notice;

import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.List;

/**
 * the ground the other notice rules stand on: an account has a notice for its visitors, a
 * file and/or a text of its own, and a notice file can be read: it lies inside the configuration root, is
 * no link, is UTF-8 text and is not too big.
 */
final class NoticePresentCheck extends NoticeCheck {

    static final String EMPTY = "empty";

    @Override
    List<Violation> check(CheckContext context, NoticeText.Reading reading) {
        if (reading instanceof NoticeText.Absent absent) {
            return List.of(context.violation(absent.at(), context.messageKey()));
        }
        if (reading instanceof NoticeText.Unreadable unreadable) {
            return List.of(context.violation(
                    unreadable.at(),
                    context.messageKey(unreadable.problem().variant()),
                    unreadable.file(),
                    NoticeText.MAX_BYTES / 1024));
        }
        if (reading instanceof NoticeText.Empty empty) {
            return List.of(context.violation(empty.at(), context.messageKey(EMPTY)));
        }
        return List.of();
    }

    @Override
    public List<String> messageVariants() {
        List<String> variants = new ArrayList<>();
        for (NoticeText.Problem problem : NoticeText.Problem.values()) {
            variants.add(problem.variant());
        }
        variants.add(EMPTY);
        return variants;
    }
}
