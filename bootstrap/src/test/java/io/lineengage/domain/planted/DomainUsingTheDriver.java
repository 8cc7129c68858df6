package io.lineengage.domain.planted;

import org.postgresql.util.PSQLException;

/** Planted violation: the PostgreSQL driver in the domain (a library no deny-list named). */
public class DomainUsingTheDriver {
    public boolean refused(Exception e) {
        return e instanceof PSQLException;
    }
}
