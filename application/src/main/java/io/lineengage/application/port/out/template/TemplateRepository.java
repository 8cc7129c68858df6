package io.lineengage.application.port.out.template;

import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import java.util.Optional;

/** Message templates, their messages kept as written. */
public interface TemplateRepository {
    void insert(Template template);

    Optional<Template> find(OrgId orgId, TemplateId id);

    /** The org's templates, oldest first. */
    Page<Template> list(OrgId orgId, PageRequest page);

    /** False when there is no such template. */
    boolean update(Template template);

    /** False when there is no such template. */
    boolean delete(OrgId orgId, TemplateId id);
}
