package io.github.somepolicy.rule.privacy;

import io.github.somepolicy.model.Comment;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.List;

/**
 * No Swedish personal identity number or coordination number in any text value or comment: the configuration is
 * published, and the numbers are personal data that need a clear reason to be processed at all. A
 * finding shows the number with its last four digits masked.
 */
public final class PersonalIdentityNumberCheck implements Check {

    @Override
    public List<Violation> check(CheckContext context) {
        List<Violation> violations = new ArrayList<>();
        for (ScalarTexts.Text text : ScalarTexts.of(context.document().root(), false)) {
            for (IdentityNumberDetector.IdentityNumber number : IdentityNumberDetector.find(text.value())) {
                violations.add(context.violation(
                        text.location(), context.messageKey(), number.kind().term(), number.shown()));
            }
        }
        for (Comment comment : context.document().comments()) {
            for (IdentityNumberDetector.IdentityNumber number : IdentityNumberDetector.find(comment.text())) {
                violations.add(context.violation(
                        comment.location(), context.messageKey(), number.kind().term(), number.shown()));
            }
        }
        for (NoticeFiles.Line line : NoticeFiles.unsearched(context, "personal-identity-number")) {
            for (IdentityNumberDetector.IdentityNumber number : IdentityNumberDetector.find(line.text())) {
                violations.add(context.violation(
                        line.location(), context.messageKey(), number.kind().term(), number.shown()));
            }
        }
        return violations;
    }
}
