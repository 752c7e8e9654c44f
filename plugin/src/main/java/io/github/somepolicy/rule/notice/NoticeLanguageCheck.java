package io.github.somepolicy.rule.notice;

import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.CheckContext;
import java.util.List;

/**
 * a notice in a language the analysis does not know (neither Swedish nor English, such as
 * Finnish, Meänkieli, Northern Sami or Arabic) is not searched for topics, which would only give an error
 * per topic; it gets this one note instead, naming the topics to confirm by hand. Like the topic rules,
 * a shared file's note is one finding at the file with the accounts that use it as related places.
 */
final class NoticeLanguageCheck extends NoticeCheck {

    @Override
    List<Violation> check(CheckContext context, NoticeText.Reading reading) {
        if (!(reading instanceof NoticeText.Found found)) {
            return List.of();
        }
        Notice notice = notice(context, found);
        if (notice.knownLanguage()) {
            return List.of();
        }
        return List.of(context.violation(notice.missingAt(), notice.related(), context.messageKey()));
    }
}
