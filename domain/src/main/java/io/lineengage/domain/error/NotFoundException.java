package io.lineengage.domain.error;

/** A thing the caller named does not exist (or is not theirs to see, which looks the same from outside). */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super(kind + " " + id + " was not found");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
