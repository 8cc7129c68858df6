package io.lineengage.adapters.planted;

import io.lineengage.application.port.out.health.DatabaseHealthPort;

/** Planted violation: a port implementation that is public instead of hidden behind its Dagger module. */
public class PublicPortImplementation implements DatabaseHealthPort {
    @Override
    public boolean isReachable() {
        return true;
    }
}
