package io.lineengage.adapters.http.planted;

import io.lineengage.application.port.out.org.OrgRepository;

/** Planted violation: routes reaching past the in-ports to storage. */
public class RoutesUsingAnOutPort {
    private final OrgRepository orgs;

    public RoutesUsingAnOutPort(OrgRepository orgs) {
        this.orgs = orgs;
    }

    public boolean any() {
        return orgs != null;
    }
}
