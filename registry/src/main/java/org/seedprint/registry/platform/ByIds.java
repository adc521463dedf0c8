package org.seedprint.registry.platform;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.hibernate.query.SelectionQuery;

/**
 * Loads entities by a list of ids with the list bound as a typed parameter list. Bound as a plain
 * value ({@code findByIdIn}, {@code findAllById}), Hibernate first tries to coerce the whole list
 * to one {@code Long}, and throws and catches a {@code CoercionException} on every call: a stack
 * trace per query on the match and search paths, for nothing.
 */
public final class ByIds {

    private ByIds() {}

    /** The entities with these ids (any order; missing ids are skipped). */
    public static <T> List<T> find(EntityManager em, Class<T> type, Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        String entity = em.getMetamodel().entity(type).getName();
        @SuppressWarnings("unchecked")
        SelectionQuery<T> q = em.createQuery("select e from " + entity + " e where e.id in :ids", type)
                .unwrap(SelectionQuery.class);
        return q.setParameterList("ids", ids, Long.class).getResultList();
    }
}
