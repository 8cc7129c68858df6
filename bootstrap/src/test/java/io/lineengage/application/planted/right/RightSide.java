package io.lineengage.application.planted.right;

import io.lineengage.application.planted.left.LeftSide;

/** Planted violation: the other half of the package cycle. */
public class RightSide {
    public LeftSide other() {
        return new LeftSide();
    }
}
