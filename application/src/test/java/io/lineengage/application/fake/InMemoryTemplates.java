package io.lineengage.application.fake;

import io.lineengage.application.port.out.template.TemplateRepository;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryTemplates implements TemplateRepository {
    private final Map<TemplateId, Template> templates = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Template template) {
        templates.put(template.id(), template);
    }

    @Override
    public synchronized Optional<Template> find(OrgId orgId, TemplateId id) {
        return Optional.ofNullable(templates.get(id))
                .filter(template -> template.orgId().equals(orgId));
    }

    @Override
    public synchronized Page<Template> list(OrgId orgId, PageRequest page) {
        List<Template> all = templates.values().stream()
                .filter(template -> template.orgId().equals(orgId))
                .sorted(Comparator.comparing(Template::createdAt)
                        .thenComparing(template -> template.id().value()))
                .toList();
        int start = 0;
        if (page.cursor().isPresent()) {
            start = all.stream()
                            .map(template -> template.id().value())
                            .toList()
                            .indexOf(page.cursor().get())
                    + 1;
            if (start == 0) {
                throw ValidationException.of("cursor", "is not a cursor this list gave out");
            }
        }
        List<Template> items = all.subList(start, Math.min(all.size(), start + page.limit()));
        boolean more = start + page.limit() < all.size();
        return new Page<>(
                items, more ? Optional.of(items.get(items.size() - 1).id().value()) : Optional.empty());
    }

    @Override
    public synchronized boolean update(Template template) {
        return find(template.orgId(), template.id()).isPresent() && templates.put(template.id(), template) != null;
    }

    @Override
    public synchronized boolean delete(OrgId orgId, TemplateId id) {
        return find(orgId, id).isPresent() && templates.remove(id) != null;
    }
}
