package io.lineengage.application.port.in.planted;

import io.lineengage.application.port.out.org.OrgRepository;

/** Planted violation: an in-port handing its callers an out-port. */
public interface InPortLeakingAnOutPort {
    OrgRepository orgs();
}
