package io.lineengage.domain.audience;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.AttributeType;
import java.util.Map;
import java.util.Set;

/**
 * What an org's filters may name: its registered attributes with their types, its LINE accounts with their
 * providers, its uploaded customer lists, and its campaigns.
 */
public record FieldCatalogue(
        Map<String, AttributeType> attributes,
        Map<LineAccountId, String> providers,
        Set<String> lists,
        Set<String> campaigns) {
    public FieldCatalogue {
        attributes = Map.copyOf(attributes);
        providers = Map.copyOf(providers);
        lists = Set.copyOf(lists);
        campaigns = Set.copyOf(campaigns);
    }

    public FieldCatalogue(
            Map<String, AttributeType> attributes, Map<LineAccountId, String> providers, Set<String> lists) {
        this(attributes, providers, lists, Set.of());
    }
}
