package io.github.somepolicy.rule.cross;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Requires one file per account: two files with the same address (after {@link AccountAddress#normalise
 * normalising} it) or the same platform and handle describe one account twice. Each file is reported,
 * with the others as related places. Parameter {@code statuses}: the statuses compared (default planned
 * and active; a closed account's address may be used again by a new file). Accounts are grouped by their
 * keys in hash maps, so the work grows with the number of accounts and the duplicates found.
 */
final class DuplicateAccountCheck implements CrossCheck {

    static final String HANDLE = "handle";

    /** The most other files named in one message and given as related places. */
    static final int MAX_OTHERS = 5;

    @Override
    public List<String> messageVariants() {
        return List.of(HANDLE);
    }

    @Override
    public List<Violation> check(CrossContext context) {
        Object value = context.parameters().get("statuses");
        List<?> statuses = value instanceof List<?> list ? list : List.of("planned", "active");
        List<AccountEntry> accounts = new ArrayList<>();
        Map<String, List<AccountEntry>> byAddress = new HashMap<>();
        Map<String, List<AccountEntry>> byHandle = new HashMap<>();
        for (AccountEntry account : context.accounts()) {
            if (!statuses.contains(account.status())) {
                continue;
            }
            accounts.add(account);
            if (!account.address().isEmpty()) {
                byAddress
                        .computeIfAbsent(account.address(), k -> new ArrayList<>(1))
                        .add(account);
            }
            AccountAddress.handleKey(account.platform(), account.handle())
                    .ifPresent(key -> byHandle.computeIfAbsent(key, k -> new ArrayList<>(1))
                            .add(account));
        }
        List<Violation> violations = new ArrayList<>();
        for (AccountEntry account : accounts) {
            List<AccountEntry> sameAddress =
                    account.address().isEmpty() ? List.of() : others(byAddress.get(account.address()), account);
            Optional<String> handleKey = AccountAddress.handleKey(account.platform(), account.handle());
            List<AccountEntry> sameHandle =
                    handleKey.isEmpty() ? List.of() : others(byHandle.get(handleKey.get()), account);
            if (!sameAddress.isEmpty()) {
                Set<AccountEntry> all = new LinkedHashSet<>(sameAddress);
                all.addAll(sameHandle);
                violations.add(violation(context, account, List.copyOf(all), "/url", "", account.address()));
            } else if (!sameHandle.isEmpty()) {
                violations.add(violation(
                        context,
                        account,
                        sameHandle,
                        "/handle",
                        HANDLE,
                        account.handle().strip(),
                        account.platform()));
            }
        }
        return violations;
    }

    private static List<AccountEntry> others(List<AccountEntry> group, AccountEntry account) {
        if (group == null || group.size() < 2) {
            return List.of();
        }
        List<AccountEntry> others = new ArrayList<>(group.size() - 1);
        for (AccountEntry other : group) {
            if (other != account) {
                others.add(other);
            }
        }
        return others;
    }

    private static Violation violation(
            CrossContext context,
            AccountEntry account,
            List<AccountEntry> others,
            String pointer,
            String variant,
            Object... what) {
        List<Location> related = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (AccountEntry other : others) {
            files.add(other.file());
            if (related.size() < MAX_OTHERS) {
                related.add(other.position(pointer));
            }
        }
        Object[] args = new Object[what.length + 1];
        args[0] = CrossContext.files(files, MAX_OTHERS);
        System.arraycopy(what, 0, args, 1, what.length);
        return context.violation(account.position(pointer), related, variant, args);
    }
}
