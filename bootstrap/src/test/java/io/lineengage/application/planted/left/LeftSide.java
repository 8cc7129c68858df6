package io.lineengage.application.planted.left;

import io.lineengage.application.planted.right.RightSide;

/** Planted violation: half of a package cycle. */
public class LeftSide {
    public RightSide other() {
        return new RightSide();
    }
}
