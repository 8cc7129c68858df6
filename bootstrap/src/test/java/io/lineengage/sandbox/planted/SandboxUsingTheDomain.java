package io.lineengage.sandbox.planted;

import io.lineengage.domain.org.OrgId;

/** Planted violation: the fake LINE Platform using the product's domain. */
public class SandboxUsingTheDomain {
    public OrgId org() {
        return OrgId.generate();
    }
}
