package org.example.kustkommuner;

import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.RulePack;
import java.util.Map;

/** Kustkommunerna's rule pack: two rules and a profile. */
public final class KustkommunerPack implements RulePack {

    @Override
    public String name() {
        return "kustkommuner";
    }

    @Override
    public String catalogue() {
        return "org/example/kustkommuner/catalogue.yaml";
    }

    @Override
    public String messages() {
        return "org.example.kustkommuner.Messages";
    }

    @Override
    public Map<String, Check> checks() {
        return Map.of("moderator-domain", new ModeratorDomainCheck());
    }

    @Override
    public Map<String, String> profiles() {
        return Map.of("kustkommuner", "org/example/kustkommuner/kustkommuner.yaml");
    }
}
